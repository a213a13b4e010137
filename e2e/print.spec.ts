/**
 * An entry page prints cleanly, since people attach it to change requests: with print media the header,
 * navigation and copy buttons are gone, and the example response is shown whole (wrapped, never cut off
 * by a horizontal scroll); and the browser turns it into a PDF.
 */
import path from 'node:path';
import { slug } from './page-types';
import { REPO } from './site-data';
import { expect, test } from './support/test';
import { readCatalog } from '../lib/catalog/load';

/** The entry whose example has the longest line: the hardest to fit on paper. */
const widest = readCatalog(path.join(REPO, 'content'))
  .entries.map((e) => ({
    slug: e.slug,
    width: Math.max(...`${e.meta.example.body}\n${e.meta.message}`.split('\n').map((l) => l.length)),
  }))
  .sort((a, b) => b.width - a.width)[0]!.slug;

for (const s of [...new Set([slug, widest])]) {
  test(`/en/errors/${s}/ prints without navigation or buttons, the example whole`, async ({ page }) => {
    // About the printable width of an A4 page at 96 dpi.
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.goto(`/en/errors/${s}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header')).toBeHidden();
    await expect(page.locator('a[href="#main"]')).toBeHidden();
    for (const button of await page.locator('button').all()) await expect(button).toBeHidden();
    expect(await page.locator('main nav:visible').count(), 'navigation shown in print').toBe(0);
    await expect(page.locator('h1')).toBeVisible();

    const examples = page.locator('pre.shiki');
    expect(await examples.count()).toBeGreaterThan(0);
    const cut = await examples.evaluateAll((pres) =>
      pres
        .filter((p) => p.checkVisibility() && p.scrollWidth > p.clientWidth + 1)
        .map((p) => `${p.scrollWidth} > ${p.clientWidth}: ${p.textContent!.slice(0, 60)}`),
    );
    expect(cut, 'examples that overflow sideways in print').toEqual([]);
    await expect(examples.first()).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'the page overflows sideways',
    ).toBeLessThanOrEqual(700);

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
}

test('a reader in dark mode prints the light page', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`/zh/errors/${slug}/`);
  const colours = () =>
    page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('h1')!).color,
      code: getComputedStyle(document.querySelector('pre.shiki')!).backgroundColor,
    }));
  const screen = await colours();
  expect(screen.background, 'dark on screen').not.toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'print' });
  const paper = await colours();
  expect(paper.background).toBe('rgb(255, 255, 255)');
  // Dark text: an oklch lightness, or each rgb channel, well below the middle.
  const oklch = /^oklch\(([\d.]+)/.exec(paper.text);
  const dark = oklch
    ? Number(oklch[1]) < 0.4
    : paper.text
        .match(/\d+/g)!
        .slice(0, 3)
        .every((c) => Number(c) < 100);
  expect(dark, paper.text).toBe(true);
  expect(paper.code, 'the example in its light theme').not.toBe(screen.code);
  // The reader's own choice of dark is printed light too.
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  expect((await colours()).background).toBe('rgb(255, 255, 255)');
  await context.close();
});

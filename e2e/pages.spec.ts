/**
 * With JavaScript off the reading pages still show their content, and an entry link previews as the error.
 * That no page type requests another host (no fonts, CDN or analytics), misses a file or throws is the
 * guard's (e2e/support/test.ts) on every test; e2e/a11y.spec.ts loads and scrolls through every page type of
 * both languages and the 404 page under it, e2e/csp.spec.ts a language-neutral redirect.
 */
import { allCodes, allStatuses, baseURL, entries, guideHeadings, HTML_LANG, LANGS, sampleSlugs } from './site-data';
import { expect, test } from './support/test';

const slug = sampleSlugs()[0]!;
const entry = entries.find((e) => e.slug === slug)!;
const status = allStatuses.includes(429) ? 429 : allStatuses[0]!;
const code = allCodes.includes(1640001) ? 1640001 : allCodes[0]!;

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`the entry page /${lang}/errors/${slug}/ shows its title, example, cause and fix`, async ({ page }) => {
      await page.goto(`/${lang}/errors/${slug}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.locator('h1')).toHaveText(entry.title[lang]);
      const example = page.locator('#example').locator('xpath=..').locator('pre.shiki').first();
      await expect(example, 'the example response, highlighted at build time').toBeVisible();
      await expect(example).toContainText(`HTTP/1.1 ${entry.status}`);
      if (entry.code !== null) await expect(page.locator('main')).toContainText(String(entry.code));
      for (const id of ['cause', 'fix']) {
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading, `#${id} heading`).toBeVisible();
        // The section has prose after its heading.
        const text = await heading.evaluate((h) => {
          let t = '';
          for (let n = h.nextElementSibling; n && !/^H[12]$/.test(n.tagName); n = n.nextElementSibling)
            t += n.textContent ?? '';
          return t.trim();
        });
        expect(text.length, `#${id} has text`).toBeGreaterThan(10);
      }
    });

    test(`the catalog, status, code and guide pages of /${lang}/ show their content`, async ({ page }) => {
      await page.goto(`/${lang}/errors/`);
      for (const e of entries) await expect.soft(page.locator(`article[id="${e.slug}"] h3`)).toHaveText(e.title[lang]);
      await page.goto(`/${lang}/status/${status}/`);
      for (const e of entries.filter((x) => x.status === status))
        await expect.soft(page.locator(`[id="${e.slug}"]`)).toBeVisible();
      await page.goto(`/${lang}/codes/${code}/`);
      for (const e of entries.filter((x) => x.code === code))
        await expect.soft(page.locator(`main a[href="/${lang}/errors/${e.slug}/"]`).first()).toBeVisible();
      await page.goto(`/${lang}/guide/gateway-or-backend/`);
      await expect(page.locator('main h2').first()).toBeVisible();
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(500);
    });
  }

  test('a language-neutral page offers both languages as links', async ({ page }) => {
    await page.goto(`/errors/${slug}/`);
    await expect(page.locator(`a[href="/zh/errors/${slug}/"]`)).toBeVisible();
    await expect(page.locator(`a[href="/en/errors/${slug}/"]`)).toBeVisible();
    await page.locator(`a[href="/en/errors/${slug}/"]`).click();
    await expect(page).toHaveURL(`${baseURL()}/en/errors/${slug}/`);
    await expect(page.locator('h1')).toHaveText(entry.title.en);
  });
});

test('an entry link pasted into a chat or ticket previews as the error: Open Graph title, description and site, in its language', async ({
  page,
}) => {
  for (const lang of LANGS) {
    await page.goto(`/${lang}/errors/${slug}/`);
    const tags = await page
      .locator('meta[property^="og:"]')
      .evaluateAll((els) =>
        Object.fromEntries(els.map((e) => [e.getAttribute('property'), e.getAttribute('content')])),
      );
    const og = (property: string): string | undefined => tags[`og:${property}`];
    expect(og('title')).toBe(`${entry.code ?? entry.status} ${entry.title[lang]}`);
    expect(og('description')?.length, 'og:description, the summary').toBeGreaterThan(10);
    expect(og('type')).toBe('article');
    expect(og('locale')).toBe(lang === 'zh' ? 'zh_CN' : 'en_US');
    expect(og('site_name')).toBeTruthy();
    // The export does not know its host: no absolute address that would point elsewhere.
    expect(og('url'), 'no og:url').toBeUndefined();
  }
});

test("an entry's links to the guide read as the guide's section titles, in its language", async ({ page }) => {
  const withGuide = entries.find((e) => e.guide.length > 0);
  test.skip(!withGuide, 'no entry links the guide');
  for (const lang of LANGS) {
    await page.goto(`/${lang}/errors/${withGuide!.slug}/`);
    for (const anchor of withGuide!.guide) {
      const title = guideHeadings(lang).find((h) => h.id === anchor)!.text;
      const related = page.locator('section', { has: page.locator('#related') });
      await expect(related.locator(`a[href$="/${lang}/guide/gateway-or-backend/#${anchor}"]`)).toContainText(title);
    }
  }
});

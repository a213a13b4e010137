/**
 * Every page of the export, not a sample, one test per page (so the workers share them): at every width the
 * site's CSS can break at (e2e/support/breakpoints.ts reads them from the exported stylesheets: the narrowest
 * phone, 320 px, and each breakpoint a class in use starts) no page is wider than the screen, and its own
 * content brings no duplicate id, image without alt, or link or button without a name; an entry page shows the
 * way to its fix (the jump to #fix) whole on the first screen of a 390 x 844 phone, and its release notes with
 * their code shown as code. Like every test, each page loads without a console error, a CSP violation or a
 * request to another host (the guard of e2e/support/test.ts). axe runs once per page type, in both languages and both schemes (e2e/a11y.spec.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pageTypes } from './page-types';
import { baseURL, entries, LANGS, REPO, slugs, type Lang } from './site-data';
import { exportBreakWidths } from './support/breakpoints';
import { expect, guardContext, guardProblems, test, type Guarded } from './support/test';
import { inlineCode } from '../lib/catalog/inline-code';

const OUT = path.resolve(REPO, process.env.E2E_OUT_DIR ?? 'out');

/** The page addresses of one language, from the export's HTML files. */
function pagesOf(lang: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'index.html') out.push(`/${path.relative(OUT, path.dirname(p))}/`);
    }
  };
  walk(path.join(OUT, lang));
  return out.sort();
}

const WIDTHS = exportBreakWidths(OUT);
/** A common phone, where an entry page's way to its fix must be on the first screen. */
const PHONE = { width: 390, height: 844 };
const ENTRY = new RegExp(`^/(${LANGS.join('|')})/errors/(${slugs.join('|')})/$`);

/** An entry page's release notes as a reader sees them: their count, any raw backtick, the text shown as code. */
function releaseNotes() {
  const section = document.getElementById('releases')?.closest('section');
  if (!section) return null;
  return {
    notes: section.querySelectorAll('dd').length,
    backtick: section.innerText.includes('`'),
    code: [...section.querySelectorAll('dd code')].map((c) => (c as HTMLElement).innerText),
  };
}

/** What an entry's release notes must show in `lang`: one note each, their code as code, no raw backtick. */
function releaseNotesOf(slug: string, lang: Lang) {
  const { releases } = entries.find((e) => e.slug === slug)!;
  if (!releases.length) return null;
  const code = releases.flatMap((r) =>
    inlineCode(r[lang])
      .filter((p) => p.code)
      .map((p) => p.text),
  );
  return { notes: releases.length, backtick: false, code };
}

/** Runs in the page: the structural accessibility problems a page's own content can bring. */
function proseProblems(): string[] {
  const out: string[] = [];
  const name = (el: Element) =>
    (
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby') &&
        document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent) ??
      ((el as HTMLElement).innerText ||
        [...el.querySelectorAll('img[alt], svg[aria-label]')]
          .map((i) => i.getAttribute('alt') ?? i.getAttribute('aria-label'))
          .join('')) ??
      el.getAttribute('title') ??
      ''
    ).trim();
  const ids = new Map<string, number>();
  for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) out.push(`id "${id}" is on ${n} elements`);
  for (const img of document.querySelectorAll('img:not([alt])'))
    out.push(`an image without alt: ${img.getAttribute('src')}`);
  for (const el of document.querySelectorAll('a[href], button'))
    if ((el as HTMLElement).checkVisibility() && !name(el))
      out.push(`a ${el.tagName.toLowerCase()} without a name: ${el.outerHTML.slice(0, 80)}`);
  return out;
}

test('the sweep covers every page of both languages, at the narrowest width and at each breakpoint', () => {
  for (const lang of LANGS) expect(pagesOf(lang).length, lang).toBeGreaterThan(100);
  // Every entry page in both languages gets the phone check and the release notes' (more than ten have notes).
  expect(LANGS.flatMap(pagesOf).filter((a) => ENTRY.test(a)).length).toBe(LANGS.length * slugs.length);
  expect(entries.filter((e) => e.releases.length).length).toBeGreaterThan(10);
  expect(WIDTHS[0]).toBe(320);
  expect(WIDTHS.length, `widths ${WIDTHS.join(', ')}`).toBeGreaterThan(1);
});

/**
 * The sweep's page: one per worker, reused from page to page (a context per page cost more than the check),
 * and guarded like every test's (e2e/support/test.ts): each test fails on what its own page load did.
 */
const sweep = test.extend<{ found: Guarded }, { sweepPage: Page; sweepFound: Guarded }>({
  sweepFound: [async ({}, use) => use({ violations: [], console: [], foreign: [] }), { scope: 'worker' }],
  sweepPage: [
    async ({ browser, sweepFound }, use, info) => {
      const context = await browser.newContext({ baseURL: info.project.use.baseURL ?? process.env.E2E_BASE_URL });
      await guardContext(context, new URL(baseURL()).hostname, sweepFound);
      const page = await context.newPage();
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  found: async ({ sweepFound }, use) => {
    for (const list of Object.values(sweepFound)) list.length = 0;
    await use(sweepFound);
  },
});

sweep.describe('every page fits the screen', () => {
  for (const lang of LANGS)
    for (const address of pagesOf(lang)) {
      sweep(`${address} at ${WIDTHS.join(', ')} px`, async ({ sweepPage: page, found }) => {
        await page.setViewportSize({ width: WIDTHS[0]!, height: 844 });
        await page.goto(address, { waitUntil: 'load' });
        const problems: string[] = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 844 });
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (wide <= 0) continue;
          const culprits = await page.evaluate(() =>
            [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
              .filter((el) => !el.closest('[data-scroll-region], pre, .overflow-x-auto'))
              .slice(0, 3)
              .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')}`),
          );
          problems.push(`${wide}px wider than a ${width} px screen (${culprits.join(', ')})`);
        }
        const entry = ENTRY.exec(address);
        if (entry) {
          // Every release note shows its code as code (no raw backticks on the page).
          const notes = await page.evaluate(releaseNotes);
          const expected = releaseNotesOf(entry[2]!, entry[1] as Lang);
          if (JSON.stringify(notes) !== JSON.stringify(expected))
            problems.push(`release notes: ${JSON.stringify(notes)}, not ${JSON.stringify(expected)}`);
          // The way to the fix on the first screen of a phone: the jump to #fix, whole.
          await page.setViewportSize(PHONE);
          const jump = await page.evaluate(() => {
            const el = document.querySelector('[data-fix-jump]');
            const r = el?.getBoundingClientRect();
            return {
              whole: !!r && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
              links: el?.querySelectorAll('a[href="#fix"]').length ?? 0,
              fix: document.querySelectorAll('#fix').length,
            };
          });
          if (!jump.whole || jump.links !== 1 || jump.fix !== 1)
            problems.push(`the way to the fix on a ${PHONE.width} px phone: ${JSON.stringify(jump)}`);
        }
        // What a page's own prose can break that its template's axe run (e2e/a11y.spec.ts) would not see on
        // another page of the type, by axe's WCAG rules: duplicate ids, images without alt, links and buttons
        // without a name. A DOM walk, not axe: axe on every page cost a second and a half each.
        problems.push(...(await page.evaluate(proseProblems)));
        expect(problems).toEqual([]);
        expect(guardProblems(found), 'the guard (e2e/support/test.ts)').toEqual([]);
      });
    }
});

test.describe('the 404 page', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('in English for an /en/ address, with the header and the entry an old slug meant', async ({ page }) => {
    const res = await page.goto('/en/errors/rate-limit-resource/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(
      page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Error catalog' }),
    ).toBeVisible();
    await expect(page.locator('[data-search-box]:visible')).toHaveCount(1);
    await expect(page.locator('[data-nearest-entry]')).toHaveAttribute(
      'data-nearest-entry',
      'rate-limit-resource-strategy',
    );
    await expect(page.locator('[data-nearest-entry] a')).toHaveAttribute(
      'href',
      '/en/errors/rate-limit-resource-strategy/',
    );
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  test('in Chinese for any other address', async ({ page }) => {
    const res = await page.goto('/no-such-page/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: '错误目录' })).toBeVisible();
    await expect(page.locator('[data-nearest-entry]')).toHaveCount(0);
  });
});

test('on a phone the header takes at most two rows, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of LANGS) {
    await page.goto(`/${lang}/errors/`);
    // Rows by vertical overlap: items of one row are centred, so their tops differ by a few pixels.
    const rows = await page.locator('header.site-header > div > *').evaluateAll((els) => {
      const boxes = els.map((e) => e.getBoundingClientRect()).sort((a, b) => a.top - b.top);
      let count = 0;
      let bottom = -Infinity;
      for (const b of boxes) {
        if (b.top >= bottom - 1) count++;
        bottom = Math.max(bottom, b.bottom);
      }
      return count;
    });
    expect(rows, lang).toBeLessThanOrEqual(2);
  }
});

/**
 * One heading style, in both schemes from one load of each page: the dark scheme changes only colours, and the
 * page follows the system's preference live (as e2e/a11y.spec.ts's axe run does).
 */
for (const lang of LANGS)
  test(`one heading style (light and dark scheme): every heading of a level looks the same on every page type of /${lang}/, linked or not`, async ({
    context,
  }) => {
    test.setTimeout(300_000);
    const styles = new Map<string, Set<string>>();
    for (const { name, path: address } of pageTypes(lang)) {
      // A page of its own each: a page's late client navigation (the search page's query) cannot abort the next.
      const page = await context.newPage();
      await page.goto(address);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        // What the reader sees of each heading: the style of its text, on the heading or on the link holding it.
        const seen = await page.locator('main :is(h1, h2, h3)').evaluateAll((els) =>
          els.map((h) => {
            const text = h.querySelector(':scope > a') ?? h;
            const s = getComputedStyle(text);
            return [h.tagName, `${s.fontSize} ${s.fontWeight} ${s.color} ${s.textDecorationLine}`] as const;
          }),
        );
        for (const [tag, style] of seen) {
          const key = `${colorScheme} ${lang} ${tag}`;
          if (!styles.has(key)) styles.set(key, new Set());
          styles.get(key)!.add(`${style} (${name})`);
        }
      }
      await page.close();
    }
    // The switch to the dark scheme took: a heading's colour differs between the two.
    const look = (key: string) => [...(styles.get(key) ?? [])].map((s) => s.replace(/ \(.*\)$/, ''))[0];
    expect(look(`dark ${lang} H1`), lang).not.toBe(look(`light ${lang} H1`));
    for (const [key, set] of styles) {
      const looks = new Set([...set].map((s) => s.replace(/ \(.*\)$/, '')));
      expect(looks.size, `${key}: ${[...set].join('; ')}`).toBe(1);
    }
  });

test('the home page says which status stands for the legacy ESB, in both languages', async ({ page }) => {
  for (const [lang, name] of [
    ['zh', '旧版 ESB'],
    ['en', 'Legacy ESB'],
  ] as const) {
    await page.goto(`/${lang}/`);
    const link = page.locator(`nav a[href="/${lang}/status/200/"]`);
    await expect(link).toContainText(name);
    await expect(page.locator('[data-esb-status-note]')).toContainText('1306');
  }
});

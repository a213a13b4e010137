/**
 * The language-neutral addresses send the reader to their language (the browser's preference: a zh* or en*
 * language, else zh), keeping the query and the fragment; an unknown address gets the site's 404 page.
 */
import { allCodes, allStatuses, baseURL, contractSlugs, HTML_LANG, slugs, type Lang } from './site-data';
import { expect, test } from './support/test';
import { t } from '../lib/i18n';

const slug = contractSlugs.find((s) => slugs.includes(s)) ?? slugs[0]!;
const status = allStatuses.includes(429) ? 429 : allStatuses[0]!;
const code = allCodes.includes(1640001) ? 1640001 : allCodes[0]!;

/** Each neutral address with a query and a fragment a ticket might carry. */
const NEUTRAL: [path: string, query: string, hash: string][] = [
  ['/', '?from=ticket', '#top'],
  ['/errors/', '?from=ticket', `#${slug}`],
  [`/errors/${slug}/`, '?from=ticket&x=1', '#cause'],
  [`/status/${status}/`, '?from=ticket', '#notes'],
  [`/codes/${code}/`, '?q=%E4%B8%AD%E6%96%87', '#list'],
  // A shared classifier result travels in the fragment.
  ['/classify/', '', '#r=N4IgLg9g'],
];

const LOCALES: [locale: string, lang: Lang][] = [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
  ['fr-FR', 'zh'],
];

for (const [locale, lang] of LOCALES) {
  test(`language-neutral addresses send a ${locale} reader to /${lang}/, keeping query and fragment`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    for (const [path, query, hash] of NEUTRAL) {
      await page.goto(path + query + hash);
      await page.waitForURL(`${baseURL()}/${lang}${path}${query}${hash}`);
      await expect(page.locator('html'), `${path} -> /${lang}${path}`).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.locator('h1').first()).toBeVisible();
    }
    // Without a query or a fragment, the address is just the language's.
    await page.goto(`/errors/${slug}/`);
    await page.waitForURL(`${baseURL()}/${lang}/errors/${slug}/`);
    await context.close();
  });
}

test('a reader whose languages list English before Chinese goes to /en/', async ({ browser }) => {
  const context = await browser.newContext({
    locale: 'de-DE',
    extraHTTPHeaders: { 'Accept-Language': 'de-DE,en;q=0.9,zh;q=0.8' },
  });
  const page = await context.newPage();
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'en-GB', 'zh-CN'] }),
  );
  await page.goto('/errors/');
  await page.waitForURL(`${baseURL()}/en/errors/`);
  await context.close();
});

test.describe('an unknown address', () => {
  for (const path of [
    '/no-such-page/',
    '/zh/no-such-page/',
    '/en/errors/no-such-entry/',
    '/errors/no-such-entry/',
    '/zh/status/999/',
    '/en/codes/1/',
  ]) {
    test(`${path} gets the site's 404 page with status 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      // The site's own page, in the address's language (/en/… in English, else Chinese), with a way back.
      const lang = path.startsWith('/en/') ? 'en' : 'zh';
      const other = lang === 'en' ? 'zh' : 'en';
      await expect(page.getByRole('heading', { name: t(lang).notFoundTitle })).toBeVisible();
      await expect(page.getByRole('heading', { name: t(other).notFoundTitle })).toBeHidden();
      await expect(page.locator(`main a[href="/${lang}/errors/"]:visible`)).toHaveCount(1);
      // Its stylesheet loaded: the page is styled, not raw HTML.
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    });
  }
});

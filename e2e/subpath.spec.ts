/**
 * The export built with BASE_PATH=/docs/apigw-errors, served under that sub-path beside the root build (as
 * an operator mounts it into an existing intranet site): pages, assets, links, redirects and copied
 * addresses all stay under the sub-path.
 */
import type { Page } from '@playwright/test';
import { copyLink, hydrated, targetFacts } from './helpers';
import { entries, HTML_LANG, sampleSlugs, slugs, SUB_PATH, subPathURL } from './site-data';
import { expect, test, watch } from './support/test';
import { t } from '../lib/i18n';

const slug = sampleSlugs()[0]!;
const entry = entries.find((e) => e.slug === slug)!;
const url = (path: string) => subPathURL() + path;

/** Every site-internal address the page refers to (links, scripts, stylesheets, icons) that leaves the sub-path. */
async function outsideSubPath(page: Page): Promise<string[]> {
  return page.evaluate((sub) => {
    const refs = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src], img[src]')].map((e) => e.getAttribute('src')!),
    ];
    return refs.filter((r) => r.startsWith('/') && !r.startsWith('//') && r !== sub && !r.startsWith(`${sub}/`));
  }, SUB_PATH);
}

/** Records the requests and failures of everything the page does from now on. */
const watchSite = (page: Page) => watch(page, new URL(url('/')).origin);

test('an entry page under the sub-path loads with all its assets, and every link stays under it', async ({
  page,
  watched: seen,
}) => {
  const response = await page.goto(url(`/en/errors/${slug}/`), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.en);
  await expect(page.locator('h1')).toHaveText(entry.title.en);
  await expect(page.locator('pre.shiki').first()).toBeVisible();
  // Styled: the stylesheet from the sub-path applied.
  expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/_next/static/')))).toBe(
    true,
  );
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(seen.failed, 'failed requests').toEqual([]);
  expect(seen.errors, 'script errors').toEqual([]);
  const origin = new URL(subPathURL()).origin;
  expect(
    seen.requests.filter((r) => !r.startsWith(`${origin}${SUB_PATH}/`)),
    'requests outside the sub-path',
  ).toEqual([]);
  expect(await outsideSubPath(page), 'addresses outside the sub-path').toEqual([]);
});

test('the home, catalog, guide and 404 pages under the sub-path refer only to addresses under it', async ({ page }) => {
  for (const path of [
    '/zh/',
    '/en/errors/',
    '/zh/guide/gateway-or-backend/',
    `/zh/status/${entry.status}/`,
    '/errors/',
  ]) {
    const response = await page.goto(url(path), { waitUntil: 'domcontentloaded' });
    expect.soft(response?.status(), `${SUB_PATH}${path} answers 200`).toBe(200);
    expect.soft(await outsideSubPath(page), `${SUB_PATH}${path}: addresses outside the sub-path`).toEqual([]);
  }
  const seen = watchSite(page);
  const response = await page.goto(url('/en/no-such-page/'), { waitUntil: 'load' });
  expect(response?.status(), 'an unknown address under the sub-path').toBe(404);
  await expect(page.getByRole('heading', { name: t('en').notFoundTitle })).toBeVisible();
  expect(await outsideSubPath(page), '404 page: addresses outside the sub-path').toEqual([]);
  await expect(page.locator(`main a[href="${SUB_PATH}/en/errors/"]`)).toBeVisible();
  expect(
    seen.failed.filter((f) => !f.endsWith('/en/no-such-page/')),
    '404 page: failed requests',
  ).toEqual([]);
});

test('navigating and switching language under the sub-path stay under it', async ({ page }) => {
  await page.goto(url(`/en/errors/${slug}/#cause`));
  // Client-side navigation through a <Link>.
  const crumb = await hydrated(page, 'nav[aria-label="breadcrumb"] a[href$="/en/errors/"]');
  await crumb.click();
  await page.waitForURL(url('/en/errors/'));
  await expect(page.locator(`article[id="${slug}"]`)).toBeVisible();
  // The language switch, keeping the fragment.
  await page.goto(url(`/en/errors/#${slug}`));
  await (await hydrated(page, `a[aria-label="${t('en').langSwitch}"]`)).click();
  await page.waitForURL(url(`/zh/errors/#${slug}`));
  await expect(page.locator(`[id="${slug}"]`)).toBeInViewport();
  expect((await targetFacts(page, slug))?.outlineStyle).not.toBe('none');
});

test('a copy-link button under the sub-path copies the sub-path address', async ({ page }) => {
  await page.goto(url(`/zh/errors/${slug}/`));
  expect(await copyLink(page, 'article button[data-copy-link=""]')).toBe(url(`/zh/errors/${slug}/`));
  expect(await copyLink(page, 'button[data-copy-link="cause"]')).toBe(url(`/zh/errors/${slug}/#cause`));
});

test('the language-neutral addresses under the sub-path redirect within it, keeping query and fragment', async ({
  browser,
}) => {
  for (const [locale, lang] of [
    ['en-US', 'en'],
    ['zh-CN', 'zh'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(url(`/errors/${slug}/?from=ticket#cause`));
    await page.waitForURL(url(`/${lang}/errors/${slug}/?from=ticket#cause`));
    await expect(page.locator('h1')).toHaveText(entry.title[lang]);
    await page.goto(url('/'));
    await page.waitForURL(url(`/${lang}/`));
    await page.goto(url('/errors/#' + slug));
    await page.waitForURL(url(`/${lang}/errors/#${slug}`));
    await context.close();
  }
});

test('catalog.json under the sub-path lists every entry', async ({ request }) => {
  const res = await request.get(url('/catalog.json'));
  expect(res.status()).toBe(200);
  const data = await res.json();
  expect(data.entries.map((e: { slug: string }) => e.slug).sort()).toEqual([...slugs].sort());
});

/**
 * The Content-Security-Policy holds on every page type, in both languages and under the sub-path: scripts
 * run only from the site and by the hashes scripts/csp.ts computed, and nothing the pages do is refused.
 * Every browser test of every spec fails on a violation, a console error or an uncaught exception (the
 * guard of e2e/support/test.ts, listening from before a page's first script), so each page type is loaded
 * under it by e2e/a11y.spec.ts in both languages; here the pages' own machinery is exercised where it loads
 * code later: the search palette's dynamic imports, the classify page's Web Worker, a client-side navigation,
 * the language-neutral redirect script. The policy nginx sends for every page type must be the page's
 * <meta> policy plus frame-ancestors (deploy/security-headers.conf and scripts/csp.ts in step), and the
 * pages carry the referrer policy as a <meta> too.
 */
import { type Page, type Response } from '@playwright/test';
import { hydrated } from './helpers';
import { neutralPageTypes, NOT_FOUND, pageTypes, slug } from './page-types';
import { LANGS, subPathURL } from './site-data';
import { expect, test } from './support/test';

/** The header policy is the page's meta policy plus frame-ancestors, which only a header can carry. */
async function expectSamePolicy(page: Page, response: Response | null, what: string) {
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"][data-csp]').getAttribute('content');
  expect(meta, `${what}: the policy <meta>`).toBeTruthy();
  expect(meta, `${what}: no 'unsafe-inline' or 'unsafe-eval' for scripts`).not.toMatch(
    /script-src[^;]*'unsafe-(inline|eval)'/,
  );
  expect(meta, `${what}: the page's inline scripts are allowed by hash`).toMatch(/script-src 'self' 'sha256-/);
  // For hosts that cannot send Referrer-Policy: a shared address must not leak to another site either way.
  await expect(page.locator('meta[name="referrer"]'), `${what}: <meta name="referrer">`).toHaveAttribute(
    'content',
    'no-referrer',
  );
  const header = (await response?.allHeaders())?.['content-security-policy'];
  expect.soft(header, `${what}: nginx sends the page's policy`).toBe(`${meta}; frame-ancestors 'none'`);
}

async function visit(page: Page, url: string, what: string) {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await expectSamePolicy(page, response, what);
  return response;
}

/** Opens the search palette (its code and the index load now, from 'self') and searches. */
async function searchInPalette(page: Page) {
  await hydrated(page, '[data-search-box]');
  await page.keyboard.press('/');
  await expect(page.locator('dialog.search-palette [role="listbox"]')).toHaveAttribute('data-ready', '', {
    timeout: 15_000,
  });
  await page.keyboard.type('timeout');
  await expect(page.locator('dialog.search-palette [role="option"]').first()).toBeVisible();
  await page.keyboard.press('Escape');
}

/** Classifies a paste: the page's Web Worker (a script from 'self') judges it and the page shows a verdict. */
async function classify(page: Page) {
  const box = await hydrated(page, '#classify-input');
  await box.fill(
    'HTTP/1.1 403 Forbidden\nX-Bkapi-Error-Code: 1640301\nContent-Type: application/json\n\n{"code":1640301,"data":null,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource","result":false}',
  );
  await expect(page.locator('[data-classify-status]')).toHaveAttribute('data-classify-status', 'done', {
    timeout: 30_000,
  });
  await expect(page.locator('[data-verdict]')).toBeVisible();
  // The worker starts when the rules arrive, before the paste: it is among the page's workers by now.
  expect(
    page.workers().map((w) => w.url()),
    'the classifier ran in its Web Worker',
  ).not.toEqual([]);
}

/** The page's policy from its <meta>, and what its HTML says of the referrer, as a fetch of the page gets them. */
function metaPolicy(html: string) {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" data-csp/
    .exec(html)?.[1]
    ?.replace(/&#x27;|&#39;/g, "'");
  return { meta, referrer: /<meta name="referrer" content="no-referrer"/.test(html) };
}

test('every page type, in both languages and neutral: nginx sends the policy of its <meta> plus frame-ancestors', async ({
  request,
}) => {
  for (const { name, path } of [...LANGS.flatMap((lang) => pageTypes(lang)), ...neutralPageTypes()]) {
    const response = await request.get(path);
    const { meta, referrer } = metaPolicy(await response.text());
    expect.soft(meta, `${name} ${path}: the policy <meta>`).toMatch(/script-src 'self' 'sha256-/);
    expect
      .soft(meta, `${name} ${path}: no 'unsafe-inline' or 'unsafe-eval' for scripts`)
      .not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect.soft(referrer, `${name} ${path}: <meta name="referrer" content="no-referrer">`).toBe(true);
    expect
      .soft(response.headers()['content-security-policy'], `${name} ${path}: the header`)
      .toBe(`${meta}; frame-ancestors 'none'`);
  }
});

for (const lang of LANGS) {
  test.describe(`CSP on /${lang}/`, () => {
    test(`an entry page: the search palette's code and index, then a client-side navigation`, async ({ page }) => {
      await visit(page, `/${lang}/errors/${slug}/`, 'entry');
      await searchInPalette(page);
      // A client-side navigation: the router fetches the next page's payload, runs no inline script.
      await (await hydrated(page, 'nav[aria-label="breadcrumb"] a')).click();
      await page.waitForURL(`**/${lang}/errors/`);
      await page.waitForLoadState('networkidle');
    });
    test('the classify page: its Web Worker judges a paste', async ({ page }) => {
      await visit(page, `/${lang}/classify/`, 'classify');
      await classify(page);
    });
  });
}

test('the 404 page and a language-neutral redirect: no violation', async ({ page }) => {
  const response = await visit(page, NOT_FOUND, '404 page');
  expect(response?.status()).toBe(404);
  // The redirect script of the neutral page must run (allowed by its hash) for the reader to arrive.
  const neutral = await page.goto(`/errors/${slug}/?from=ticket#cause`, { waitUntil: 'commit' });
  expect(neutral?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
  await page.waitForURL(/\/(zh|en)\/errors\/[^/]+\/\?from=ticket#cause$/);
  await page.waitForLoadState('networkidle');
});

test('under the sub-path: home, entry with the palette, classify with its worker, 404 and a redirect', async ({
  page,
}) => {
  const url = (p: string) => subPathURL() + p;
  await visit(page, url('/en/'), 'sub-path home');
  await visit(page, url(`/en/errors/${slug}/`), 'sub-path entry');
  await searchInPalette(page);
  await visit(page, url('/zh/classify/'), 'sub-path classify');
  await classify(page);
  expect((await visit(page, url(NOT_FOUND), 'sub-path 404'))?.status()).toBe(404);
  await page.goto(url(`/errors/${slug}/`));
  await page.waitForURL(new RegExp(`${subPathURL()}/(zh|en)/errors/${slug}/$`));
});

test('scripts and data are served with a policy that allows no inline script at all', async ({ request }) => {
  const html = await (await request.get('/en/')).text();
  const js = /src="([^"]+\.js)"/.exec(html)![1]!;
  for (const path of [js, '/catalog.json']) {
    const csp = (await request.get(path)).headers()['content-security-policy'];
    expect(csp, path).toContain("script-src 'self';");
  }
});

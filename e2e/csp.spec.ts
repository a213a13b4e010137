/**
 * The Content-Security-Policy holds on every page type, in both languages and under the sub-path: scripts
 * run only from the site and by the hashes scripts/csp.ts computed, and nothing the pages do is refused.
 * Each page is loaded with a listener for `securitypolicyviolation` installed before any of its scripts, and
 * fails on a violation, a console error or an uncaught exception. The pages' own machinery is exercised
 * where it loads code later: the search palette's dynamic imports, the classify page's Web Worker, a
 * client-side navigation, the language-neutral redirect script. The policy nginx sends must be the page's
 * <meta> policy plus frame-ancestors (deploy/security-headers.conf and scripts/csp.ts in step), and the
 * pages carry the referrer policy as a <meta> too.
 */
import { type Page, type Response } from '@playwright/test';
import { hydrated } from './helpers';
import { NOT_FOUND, pageTypes, slug } from './page-types';
import { LANGS, subPathURL } from './site-data';
import { expect, test } from './support/test';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Starts recording violations (per document, from before its first script), console errors and exceptions. */
async function guard(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(
        `${e.effectiveDirective} refused ${e.blockedURI || 'an inline script'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Chromium logs the 404 status of the 404 page itself: that is the page under test, not a failure.
    if (m.location().url.endsWith(NOT_FOUND) && /status of 404/.test(m.text())) return;
    problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('worker', (w) =>
    w.on('console', (m) => m.type() === 'error' && problems.push(`worker console: ${m.text()}`)),
  );
  return {
    /** Violations of the current document plus every console error so far (a refused script also logs one). */
    async check(what: string) {
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      expect.soft(violations, `${what}: CSP violations`).toEqual([]);
      expect.soft(problems, `${what}: console errors and exceptions`).toEqual([]);
    },
  };
}

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

for (const lang of LANGS) {
  test.describe(`CSP on /${lang}/`, () => {
    for (const { name, path } of pageTypes(lang)) {
      test(`${name} page ${path}: no violation`, async ({ page }) => {
        const g = await guard(page);
        await visit(page, path, path);
        if (name === 'entry') {
          await searchInPalette(page);
          // A client-side navigation: the router fetches the next page's payload, runs no inline script.
          await (await hydrated(page, 'nav[aria-label="breadcrumb"] a')).click();
          await page.waitForURL(`**/${lang}/errors/`);
          await page.waitForLoadState('networkidle');
        }
        if (name === 'search') await expect(page.locator('main a[href*="/errors/"]').first()).toBeVisible();
        if (name === 'classify') await classify(page);
        await g.check(path);
      });
    }
  });
}

test('the 404 page and a language-neutral redirect: no violation', async ({ page }) => {
  const g = await guard(page);
  const response = await visit(page, NOT_FOUND, '404 page');
  expect(response?.status()).toBe(404);
  await g.check('404 page');
  // The redirect script of the neutral page must run (allowed by its hash) for the reader to arrive.
  const neutral = await page.goto(`/errors/${slug}/?from=ticket#cause`, { waitUntil: 'commit' });
  expect(neutral?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
  await page.waitForURL(/\/(zh|en)\/errors\/[^/]+\/\?from=ticket#cause$/);
  await page.waitForLoadState('networkidle');
  await g.check('neutral redirect');
});

test('under the sub-path: home, entry with the palette, classify with its worker, 404 and a redirect', async ({
  page,
}) => {
  const url = (p: string) => subPathURL() + p;
  const g = await guard(page);
  await visit(page, url('/en/'), 'sub-path home');
  await visit(page, url(`/en/errors/${slug}/`), 'sub-path entry');
  await searchInPalette(page);
  await visit(page, url('/zh/classify/'), 'sub-path classify');
  await classify(page);
  expect((await visit(page, url(NOT_FOUND), 'sub-path 404'))?.status()).toBe(404);
  await page.goto(url(`/errors/${slug}/`));
  await page.waitForURL(new RegExp(`${subPathURL()}/(zh|en)/errors/${slug}/$`));
  await g.check('sub-path');
});

test('scripts and data are served with a policy that allows no inline script at all', async ({ request }) => {
  const html = await (await request.get('/en/')).text();
  const js = /src="([^"]+\.js)"/.exec(html)![1]!;
  for (const path of [js, '/catalog.json']) {
    const csp = (await request.get(path)).headers()['content-security-policy'];
    expect(csp, path).toContain("script-src 'self';");
  }
});

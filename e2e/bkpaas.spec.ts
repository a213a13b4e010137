/**
 * The portal installed in the BlueKing developer center: the package's server.cjs behind an emulation of the
 * platform's ingress (e2e/bkpaas-ingress.ts), which removes the app's path (/apigw-errors/, /stag--apigw-errors/,
 * nothing on a custom domain) and names it in X-Script-Name. At each address: pages load with every asset and
 * link under it and no CSP violation (the policy recomputed for that path, header and meta alike), directory
 * redirects stay inside the app, the 404 page is the app's, the language-neutral pages follow BlueKing's
 * blueking_language cookie, a paste is judged, and the installation's settings reach the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startBkpaas, type BkpaasSite } from './bkpaas-ingress';
import { hydrated } from './helpers';
import { entries, HTML_LANG, sampleSlugs } from './site-data';
import { expect, test, watch } from './support/test';
import { inlineScriptHashes } from '../deploy/bkpaas/csp.cjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures-classify');
const slug = sampleSlugs()[0]!;
const entry = entries.find((e) => e.slug === slug)!;

let site: BkpaasSite;
test.beforeAll(async () => {
  site = await startBkpaas({ BKPAAS_URL: 'https://paas.example.com', PORTAL_FEEDBACK_URL: 'javascript:alert(1)' });
});
test.afterAll(async () => {
  await site?.stop();
});

/** Each way a reader reaches the app: its address, and the path the pages must carry. */
const ROUTES: { name: string; base: () => string; prefix: string }[] = [
  { name: 'prod, /apigw-errors/', base: () => `${site.apps}/apigw-errors`, prefix: '/apigw-errors' },
  { name: 'stag, /stag--apigw-errors/', base: () => `${site.apps}/stag--apigw-errors`, prefix: '/stag--apigw-errors' },
  { name: 'a custom domain at /', base: () => site.custom, prefix: '' },
];

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} refused ${e.blockedURI || 'an inline script'}`),
    );
  });
}

/** Site-internal addresses of the page (links, scripts, styles, icons) that leave `prefix`. */
function outside(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate((p) => {
    const refs = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src], img[src]')].map((e) => e.getAttribute('src')!),
    ];
    return refs.filter((r) => r.startsWith('/') && !r.startsWith('//') && !r.startsWith(`${p}/`));
  }, prefix);
}

for (const route of ROUTES) {
  test.describe(`behind the BlueKing ingress, ${route.name}`, () => {
    test('an entry page loads whole under the app path, its CSP recomputed for it in header and meta', async ({
      page,
    }) => {
      await recordViolations(page);
      const seen = watch(page, new URL(route.base()).origin);
      const response = await page.goto(`${route.base()}/en/errors/${slug}/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.en);
      await expect(page.locator('h1')).toHaveText(entry.title.en);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
      expect(seen.failed).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.requests.filter((r) => !r.startsWith(`${route.base()}/`))).toEqual([]);
      expect(await outside(page, route.prefix)).toEqual([]);
      // The header is the meta policy plus frame-ancestors, and its hashes are those of the page as served.
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"][data-csp]').getAttribute('content');
      const headers = await response!.allHeaders();
      expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
      const html = await response!.text();
      expect(meta).toBe(
        `default-src 'self'; script-src 'self' ${inlineScriptHashes(html).join(' ')}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'`,
      );
      expect(html).not.toContain('__bk_base_path__');
      expect(headers['x-frame-options']).toBe('DENY');
    });

    test('a directory address without its slash is redirected inside the app, keeping the query', async ({
      page,
      request,
    }) => {
      const r = await request.get(`${route.base()}/zh/errors?from=ticket`, { maxRedirects: 0 });
      expect(r.status()).toBe(301);
      expect(r.headers().location).toBe(`${route.prefix}/zh/errors/?from=ticket`);
      await page.goto(`${route.base()}/en/errors`);
      await page.waitForURL(`${route.base()}/en/errors/`);
      await expect(page.locator('h1').first()).toBeVisible();
    });

    test("an unknown address gets the app's 404 page, under the app path", async ({ page }) => {
      await recordViolations(page);
      const response = await page.goto(`${route.base()}/zh/errors/no-such-entry/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').first()).toBeVisible();
      expect(await outside(page, route.prefix)).toEqual([]);
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    });

    test('a language-neutral address follows the blueking_language cookie before the browser', async ({ browser }) => {
      // BlueKing sets the cookie on its root domain; here the host is the ingress's.
      for (const [cookie, lang] of [
        ['en', 'en'],
        ['zh-cn', 'zh'],
        [null, 'zh'],
      ] as const) {
        const context = await browser.newContext({ locale: cookie === 'zh-cn' ? 'en-US' : 'zh-CN' });
        if (cookie) await context.addCookies([{ name: 'blueking_language', value: cookie, url: route.base() }]);
        const page = await context.newPage();
        await page.goto(`${route.base()}/errors/${slug}/?from=ticket#cause`);
        await page.waitForURL(`${route.base()}/${lang}/errors/${slug}/?from=ticket#cause`);
        await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
        await context.close();
      }
    });
  });
}

test('a paste is judged behind the ingress, its worker and rules loaded under the app path', async ({ page }) => {
  await recordViolations(page);
  const base = `${site.apps}/stag--apigw-errors`;
  const seen = watch(page, new URL(base).origin);
  await page.goto(`${base}/en/classify/`);
  await hydrated(page, '#classify-input');
  await page
    .locator('#classify-input')
    .fill(fs.readFileSync(path.join(FIXTURES, 'gateway-curl-with-secrets.txt'), 'utf8'));
  await expect(page.locator('[data-classify-status]')).toHaveAttribute('data-classify-status', 'done', {
    timeout: 30_000,
  });
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-source', 'gateway');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-entry', 'app-no-permission');
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(seen.failed).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.requests.filter((r) => !r.startsWith(`${base}/`))).toEqual([]);
  expect(seen.requests.some((r) => r.includes('/classify-rules.json'))).toBe(true);
});

test("the installation's settings reach the page: BKPAAS_URL as the developer center, a bad value left out", async ({
  page,
}) => {
  await page.goto(`${site.apps}/apigw-errors/zh/`);
  const content = await page.locator('meta[name="apigw-portal-config"]').getAttribute('content');
  // (A build made with PORTAL_* settings keeps its others; the run-time value wins for paas.)
  expect(JSON.parse(content!).paas).toBe('https://paas.example.com/');
  expect(content).not.toContain('javascript:');
  expect(site.log()).toContain('config: PORTAL_FEEDBACK_URL is not an http: or https: URL; left out');
});

test('the ingress answers only its routes; the process logs one line per request', async ({ request }) => {
  expect((await request.get(`${site.apps}/other-app/zh/`)).status()).toBe(404);
  const before = site.log().split('\n').length;
  expect((await request.get(`${site.apps}/apigw-errors/healthz`)).status()).toBe(200);
  await expect.poll(() => site.log().split('\n').length).toBe(before + 1);
  expect(site.log()).toMatch(/"GET \/healthz" 200 3 prefix="\/apigw-errors"/);
});

/**
 * What deploy/nginx.conf sends, checked on the wire: caching (a year for hashed assets, revalidation for
 * everything else), compression, the security headers on every response, the trailing-slash redirect and
 * the site's 404 page, at the root and under the sub-path.
 */
import { type APIRequestContext, type APIResponse } from '@playwright/test';
import { baseURL, sampleSlugs, SUB_PATH } from './site-data';
import { expect, test } from './support/test';
import { t } from '../lib/i18n';

const slug = sampleSlugs()[0]!;
const GZIP = { 'Accept-Encoding': 'gzip' };

/** A script and a stylesheet of the page at `prefix + /en/`: hashed assets under /_next/static/. */
async function assets(request: APIRequestContext, prefix: string) {
  const html = await (await request.get(`${prefix}/en/`)).text();
  const js = /(?:src|href)="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const css = /href="([^"]*\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(js, 'a script under /_next/static/').toBeTruthy();
  expect(css, 'a stylesheet under /_next/static/').toBeTruthy();
  return { js: js!, css: css! };
}

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  expect.soft(h['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect.soft(h['referrer-policy'], `${what}: Referrer-Policy`).toBe('no-referrer');
  expect.soft(h['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
  expect.soft(h['cross-origin-opener-policy'], `${what}: Cross-Origin-Opener-Policy`).toBe('same-origin');
  expect.soft(h['cross-origin-resource-policy'], `${what}: Cross-Origin-Resource-Policy`).toBe('same-origin');
  const permissions = h['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
    expect.soft(permissions, `${what}: Permissions-Policy denies ${feature}`).toContain(`${feature}=()`);
  expect.soft(permissions, `${what}: Permissions-Policy leaves copying to the site`).not.toContain('clipboard');
  const csp = h['content-security-policy'] ?? '';
  expect.soft(csp, `${what}: a Content-Security-Policy`).toContain("default-src 'self'");
  expect.soft(csp, `${what}: CSP frame-ancestors`).toContain("frame-ancestors 'none'");
  expect.soft(csp, `${what}: CSP connect-src`).toMatch(/connect-src 'self'(;|$)/);
  expect.soft(csp, `${what}: CSP without unsafe-eval`).not.toContain('unsafe-eval');
  expect.soft(csp, `${what}: CSP names no other origin`).not.toMatch(/https?:|\*/);
  // One of each, not duplicated by nested add_header directives.
  expect
    .soft(
      res.headersArray().filter((x) => x.name.toLowerCase() === 'content-security-policy'),
      `${what}: one CSP header`,
    )
    .toHaveLength(1);
}

for (const prefix of ['', SUB_PATH]) {
  const where = prefix || 'the root';
  test.describe(`served at ${where}`, () => {
    test('hashed assets are cached for a year, pages and data revalidate', async ({ request }) => {
      const { js, css } = await assets(request, prefix);
      for (const asset of [js, css]) {
        const res = await request.get(asset);
        expect(res.status(), asset).toBe(200);
        expect(res.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
      }
      for (const path of [
        `${prefix}/`,
        `${prefix}/en/`,
        `${prefix}/zh/errors/${slug}/`,
        `${prefix}/catalog.json`,
        `${prefix}/favicon.svg`,
      ]) {
        const res = await request.get(path);
        expect.soft(res.status(), path).toBe(200);
        expect.soft(res.headers()['cache-control'], `${path}: Cache-Control`).toBe('no-cache');
        expect
          .soft(res.headers()['etag'] ?? res.headers()['last-modified'], `${path}: a validator for cheap revalidation`)
          .toBeTruthy();
      }
      const page = await request.get(`${prefix}/en/`);
      expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
    });

    test('text is gzip-compressed for a client that accepts it', async ({ request }) => {
      const { js, css } = await assets(request, prefix);
      // (The favicon is below gzip_min_length; nginx rightly sends it as is.)
      for (const path of [
        `${prefix}/en/errors/`,
        `${prefix}/zh/errors/${slug}/`,
        js,
        css,
        `${prefix}/catalog.json`,
        `${prefix}/en/errors/${slug}/index.txt`,
      ]) {
        const res = await request.get(path, { headers: GZIP });
        expect.soft(res.status(), path).toBe(200);
        expect.soft(res.headers()['content-encoding'], `${path}: gzip`).toBe('gzip');
        expect.soft(res.headers()['vary'] ?? '', `${path}: Vary`).toMatch(/Accept-Encoding/i);
      }
      const plain = await request.get(`${prefix}/en/errors/`, { headers: { 'Accept-Encoding': 'identity' } });
      expect(plain.headers()['content-encoding'], 'no gzip when not accepted').toBeUndefined();
    });

    test('every response carries the security headers', async ({ request }) => {
      const { js } = await assets(request, prefix);
      for (const path of [
        `${prefix}/`,
        `${prefix}/zh/`,
        `${prefix}/en/errors/${slug}/`,
        js,
        `${prefix}/catalog.json`,
      ]) {
        expectSecurityHeaders(await request.get(path), path);
      }
      expectSecurityHeaders(await request.get(`${prefix}/no-such-page/`), '404 page');
      expectSecurityHeaders(await request.get(`${prefix}/zh/errors`, { maxRedirects: 0 }), 'redirect');
    });

    test('a directory address without its slash redirects to the one with it, keeping the query', async ({
      request,
    }) => {
      for (const [from, to] of [
        [`${prefix}/zh/errors`, `${prefix}/zh/errors/`],
        [`${prefix}/en/errors/${slug}`, `${prefix}/en/errors/${slug}/`],
        [`${prefix}/en/status/${429}?x=1`, `${prefix}/en/status/429/?x=1`],
        ...(prefix ? [[prefix, `${prefix}/`]] : []),
      ]) {
        const res = await request.get(from!, { maxRedirects: 0 });
        expect.soft([301, 308], `${from} redirects`).toContain(res.status());
        // A path, not an absolute URL: right behind a proxy or a port mapping.
        expect.soft(res.headers()['location'], `${from} -> ${to}`).toBe(to);
      }
      const followed = await request.get(`${prefix}/zh/errors`);
      expect(followed.status()).toBe(200);
      expect(followed.url()).toBe(`${baseURL()}${prefix}/zh/errors/`);
    });

    test("unknown addresses get the site's 404 page with status 404", async ({ request }) => {
      for (const path of [
        `${prefix}/no-such-page/`,
        `${prefix}/no-such-page`,
        `${prefix}/zh/errors/no-such-entry/`,
        `${prefix}/_next/`,
        `${prefix}/_next/static/no-such-file.js`,
      ]) {
        const res = await request.get(path, { maxRedirects: 0 });
        expect.soft(res.status(), path).toBe(404);
        const html = await res.text();
        expect.soft(html, `${path}: the site's own 404 page`).toContain(t('en').notFoundTitle);
        expect.soft(html, `${path}: links under ${where}`).toContain(`href="${prefix}/en/errors/"`);
      }
    });
  });
}

test('the server does not announce its version', async ({ request }) => {
  const res = await request.get('/en/');
  expect(res.headers()['server'] ?? '').not.toMatch(/\d/);
});

/**
 * deploy/Dockerfile, as far as it can be checked without a Docker engine: its nginx stage is carried out
 * into a stand-in for the image's file system and run with the official image's main config
 * (e2e/support/nginx-image.ts). Built at the root and with BASE_PATH, the "container" must serve the export with
 * its hashed-script CSP from the map the build wrote, its caching, its slash redirect and its 404 page, and
 * a page must load in the browser with no CSP violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO, SUB_PATH } from './site-data';
import { startImage, stages } from './support/nginx-image';
import { expect, test } from './support/test';

const variants = [
  { name: 'built for the root', basePath: '', buildOut: path.join(REPO, 'out') },
  { name: `built with BASE_PATH=${SUB_PATH}`, basePath: SUB_PATH, buildOut: path.join(REPO, 'out-subpath') },
];

test('the build stage builds the export the nginx stage copies', () => {
  const [build] = stages(fs.readFileSync(path.join(REPO, 'deploy', 'Dockerfile'), 'utf8'));
  const text = build!.map((i) => `${i.op} ${i.args}`).join('\n');
  expect(text).toMatch(/^FROM node:20\S* AS build$/m);
  expect(text).toMatch(/^WORKDIR \/src$/m);
  expect(text, 'installs from the lockfile').toMatch(/^RUN npm ci\b/m);
  expect(text, 'builds with the BASE_PATH build argument').toMatch(/^RUN BASE_PATH="\$BASE_PATH" npm run build$/m);
});

for (const v of variants) {
  test.describe(`the container ${v.name}`, () => {
    let image: Awaited<ReturnType<typeof startImage>>;
    test.beforeAll(async () => {
      image = await startImage({ repo: REPO, buildOut: v.buildOut, buildArgs: { BASE_PATH: v.basePath } });
    });
    test.afterAll(async () => image?.stop());

    test('serves the pages, assets, redirects and 404 page with the security headers', async ({ request }) => {
      const url = (p: string) => image.baseURL + v.basePath + p;
      const page = await request.get(url('/zh/'));
      expect(page.status()).toBe(200);
      expect(page.headers()['content-type']).toContain('text/html');
      expect(page.headers()['cache-control']).toBe('no-cache');
      const html = await page.text();
      expect(html).toContain('蓝鲸 API 网关');
      // The header's script hashes come from the CSP map the Dockerfile copied: the page's meta policy.
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
        .exec(html)?.[1]
        ?.replace(/&#x27;|&#39;/g, "'");
      expect(meta, 'the page has its policy as a <meta>').toBeTruthy();
      expect(page.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
      expect(page.headers()['x-content-type-options']).toBe('nosniff');

      const script = /src="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
      const asset = await request.get(image.baseURL + script, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(asset.status()).toBe(200);
      expect(asset.headers()['cache-control']).toContain('immutable');
      expect(asset.headers()['content-encoding']).toBe('gzip');

      const redirect = await request.get(url('/zh/errors'), { maxRedirects: 0 });
      expect(redirect.status()).toBe(301);
      expect(redirect.headers().location).toBe(`${v.basePath}/zh/errors/`);

      const missing = await request.get(url('/zh/no-such-page/'));
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toContain(`${v.basePath}/_next/static/`);
    });

    test('a page loads in the browser with no CSP violation', async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP: ${e.effectiveDirective} ${e.blockedURI}`),
        ),
      );
      await page.goto(image.baseURL + v.basePath + '/en/errors/');
      await expect(page.locator('button[data-copy-link]').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });
  });
}

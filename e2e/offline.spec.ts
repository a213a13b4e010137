/**
 * Offline (issue 24): after one visit the service worker keeps the classify and search pages, their scripts, the
 * classifier's worker and rules and the search index, so with the network gone a paste is judged and a search
 * answered, in both languages, at the root and under the sub-path; the page says it is offline.
 *
 * And with the service worker set off, none is registered. `npm test` builds two exports, both with the worker
 * on (each has its offline test above). The setting is applied by the build's last step alone (scripts/sw.ts:
 * nothing `next build` writes depends on it, lib/service-worker.ts), so a copy of the root export with that step
 * run again with SERVICE_WORKER=off is the export `SERVICE_WORKER=off npm run build` writes (scripts/sw.test.ts
 * holds the step to that), served by its own nginx.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO, subPathURL } from './site-data';
import { startNginx, type Served } from './support/nginx';
import { expect, test } from './support/test';
import { SW_FILE } from '../lib/service-worker';

const PASTE =
  'HTTP/1.1 403 Forbidden\nX-Bkapi-Error-Code: 1640301\n\n{"code":1640301,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource","result":false,"data":null}';

// Offline, a fetch the worker cannot answer from its cache (a prefetch of a page not kept) fails in the console.
test.use({ serviceWorkers: 'allow', allowConsole: [/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR_FAILED/] });

/** Visits once and waits until the worker controls the page and holds its precache. */
async function visitOnce(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

for (const where of ['root', 'sub-path'] as const)
  test(`classify and search work offline once visited (${where})`, async ({ page, context, baseURL }) => {
    const site = where === 'root' ? baseURL!.replace(/\/$/, '') : subPathURL();
    const path = new URL(site).pathname.replace(/\/$/, '');
    await visitOnce(page, `${site}/en/classify/`);
    await context.setOffline(true);
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`${site}/${lang}/classify/`);
      await expect(page.locator('[data-offline]')).toBeVisible();
      await page.locator('#classify-input').fill(PASTE);
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-entry', 'app-no-permission', {
        timeout: 30_000,
      });
      await page.goto(`${site}/${lang}/search/?q=1640301`);
      await expect(page.locator(`main a[href="${path}/${lang}/errors/app-no-permission/"]`).first()).toBeVisible({
        timeout: 30_000,
      });
    }
    await context.setOffline(false);
  });

test.describe('built with SERVICE_WORKER=off', () => {
  let served: Served | undefined;
  let copy = '';
  test.beforeAll(async () => {
    const out = path.resolve(REPO, process.env.E2E_OUT_DIR ?? 'out');
    if (!fs.existsSync(path.join(out, 'index.html'))) return;
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-sw-off-'));
    fs.cpSync(out, copy, { recursive: true });
    fs.chmodSync(copy, 0o755); // mkdtemp's 0700 would keep nginx's worker out
    // The build's last step, as `npm run build` runs it, with the setting off.
    const step = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'sw.ts')], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: copy, BASE_PATH: '', SERVICE_WORKER: 'off' },
    });
    if (step.status !== 0) throw new Error(`scripts/sw.ts failed: ${step.stdout}${step.stderr}`);
    served = await startNginx({ repo: REPO, outDir: copy });
  });
  test.afterAll(async () => {
    await served?.stop();
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  test('the pages register no service worker, and judge a paste and answer a search as before', async ({ page }) => {
    test.skip(!served, 'needs the root export on this machine (out/ or E2E_OUT_DIR)');
    const site = served!.baseURL.replace(/\/$/, '');
    const asked: string[] = [];
    page.context().on('request', (r) => asked.push(new URL(r.url()).pathname));
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`${site}/${lang}/classify/`);
      await page.locator('#classify-input').fill(PASTE);
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-entry', 'app-no-permission', {
        timeout: 30_000,
      });
      // The page is hydrated and its effects have run (the verdict came from its worker): no registration was asked.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      await page.goto(`${site}/${lang}/search/?q=1640301`);
      await expect(page.locator(`main a[href="/${lang}/errors/app-no-permission/"]`).first()).toBeVisible({
        timeout: 30_000,
      });
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    }
    expect(asked.filter((p) => p.endsWith(`/${SW_FILE}`))).toEqual([]);
    expect(fs.existsSync(path.join(copy, SW_FILE))).toBe(false);
  });
});

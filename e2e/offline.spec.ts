/**
 * Offline (issue 24): after one visit the service worker keeps the classify and search pages, their scripts, the
 * classifier's worker and rules and the search index, so with the network gone a paste is judged and a search
 * answered, in both languages, at the root and under the sub-path; the page says it is offline.
 */
import type { Page } from '@playwright/test';
import { subPathURL } from './site-data';
import { expect, test } from './support/test';

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

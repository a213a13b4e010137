/**
 * What scripts/weight.ts checks in the files, checked in the browser: opening an entry page (and reading
 * it to the end, so every viewport prefetch fires) fetches neither the search index nor the classifier's
 * rules or entries, and none of the scripts it runs carries fuse.js, the classifier or a highlighter. And
 * no page fetches other pages ahead of time: links do not prefetch (on the home page that was some 70
 * requests, all parsed on the main thread while the reader waits).
 */
import { slug } from './page-types';
import { LANGS } from './site-data';
import { expect, test } from './support/test';
import { MARKERS as TABLE_MARKERS } from '../lib/page-types';

/** The markers scripts/weight.ts looks for in the files: strings that survive minification. */
const MARKERS = Object.values(TABLE_MARKERS).flat();

for (const lang of LANGS) {
  test(`/${lang}/errors/{slug}/ fetches no search index, no classifier data and runs no search or classifier code`, async ({
    page,
  }) => {
    const requests: string[] = [];
    const scripts: { url: string; text: Promise<string> }[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), text: r.text().catch(() => '') });
    });
    await page.goto(`/${lang}/errors/${slug}/`, { waitUntil: 'load' });
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(
      requests.filter((p) => /\/search-index\/|classify-(rules|entries)\.json/.test(p)),
      'data only the search and classify pages need',
    ).toEqual([]);
    const carrying: string[] = [];
    for (const s of scripts) {
      const text = await s.text;
      const found = MARKERS.filter((m) => text.includes(m));
      if (found.length) carrying.push(`${s.url}: ${found.join(', ')}`);
    }
    expect(scripts.length, 'scripts seen').toBeGreaterThan(3);
    expect(carrying, 'scripts with search, classifier or highlighting code').toEqual([]);
  });
}

test('reading the home page and an entry page fetches only their own files, never other pages', async ({ page }) => {
  for (const path of ['/zh/', `/en/errors/${slug}/`]) {
    const pages: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      const address = url.pathname + url.search;
      // Another page's document or its RSC payload (Next fetches /x/__next.*.txt?_rsc=… to prefetch).
      if ((['document', 'fetch'].includes(r.resourceType()) && url.pathname !== path) || /__next\.|_rsc=/.test(address))
        pages.push(address);
    });
    await page.goto(path, { waitUntil: 'load' });
    // Links come into view and the pointer passes over them, as when someone reads the page.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.locator('main a').first().hover();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(pages, `${path} fetched other pages`).toEqual([]);
    page.removeAllListeners('request');
  }
});

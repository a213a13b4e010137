/**
 * What scripts/weight.ts checks in the files, checked in the browser: opening an entry page (and reading
 * it to the end, so every viewport prefetch fires) fetches neither the search index nor the classifier's
 * rules or entries, and none of the scripts it runs carries fuse.js, the classifier or a highlighter. And
 * no page fetches other pages ahead of time: links do not prefetch (on the home page that was some 70
 * requests, all parsed on the main thread while the reader waits).
 */
import type { Page } from '@playwright/test';
import { slug } from './page-types';
import { expect, test } from './support/test';
import { MARKERS as TABLE_MARKERS } from '../lib/page-types';

/** The markers scripts/weight.ts looks for in the files: strings that survive minification. */
const MARKERS = Object.values(TABLE_MARKERS).flat();

/**
 * Opens a page and reads it as a person does: links come into view and the pointer passes over them. Returns
 * every request the page made (path and query, with its kind) and the scripts it ran.
 */
async function read(page: Page, path: string) {
  const requests: { address: string; path: string; kind: string }[] = [];
  const scripts: { url: string; text: Promise<string> }[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    requests.push({ address: url.pathname + url.search, path: url.pathname, kind: r.resourceType() });
  });
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), text: r.text().catch(() => '') });
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.locator('main a').first().hover();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  return { requests, scripts };
}

// The entry page in both languages (its scripts are the same files; its words are not), the home page in one.
for (const path of ['/zh/', `/zh/errors/${slug}/`, `/en/errors/${slug}/`]) {
  const entry = path.includes('/errors/');
  test(`${path} fetches no other page${entry ? ', no search index, no classifier data, and runs no search or classifier code' : ''}`, async ({
    page,
  }) => {
    const { requests, scripts } = await read(page, path);
    // Another page's document or its RSC payload (Next fetches /x/__next.*.txt?_rsc=… to prefetch).
    expect(
      requests
        .filter((r) => (['document', 'fetch'].includes(r.kind) && r.path !== path) || /__next\.|_rsc=/.test(r.address))
        .map((r) => r.address),
      `${path} fetched other pages`,
    ).toEqual([]);
    if (!entry) return;
    expect(
      requests.map((r) => r.path).filter((p) => /\/search-index\/|classify-(rules|entries)\.json/.test(p)),
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

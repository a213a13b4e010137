/**
 * Search in the browser: the header box and its palette (keyboard alone), the search page from its address,
 * IME composition, what reading pages load before search is used, and typing on a slow CPU. What a query
 * must find comes from the ranking itself (lib/search) over the same catalog, so new content needs no edit here.
 */
import path from 'node:path';
import { type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { entries, LANGS, REPO, SUB_PATH, subPathURL, type Lang } from './site-data';
import { expect, test } from './support/test';
import { readCatalog } from '../lib/catalog/load';
import { buildSearchIndex } from '../lib/search/build-index';
import { createSearcher } from '../lib/search/rank';

const catalog = readCatalog(path.resolve(process.env.CONTENT_DIR ?? path.join(REPO, 'content')));
const searchers = Object.fromEntries(LANGS.map((l) => [l, createSearcher(buildSearchIndex(catalog, l))])) as Record<
  Lang,
  ReturnType<typeof createSearcher>
>;
const expected = (lang: Lang, q: string, limit?: number) => searchers[lang].search(q, limit);
/** Where a result links: a site page at its section, or an entry at the section that matched. */
const href = (lang: Lang, r: { slug: string; anchor?: string; path?: string }) =>
  r.path ?? `/${lang}/errors/${r.slug}/${r.anchor ? `#${r.anchor}` : ''}`;
const withStatus = (status: number) => entries.filter((e) => e.status === status).map((e) => e.slug);

const palette = (page: Page) => page.locator('dialog.search-palette');
const combobox = (page: Page) => palette(page).getByRole('combobox');
const options = (page: Page) => palette(page).getByRole('option');
const pageResults = (page: Page) => page.locator('ol.search-results > li > a');

/** Opens a page and waits until the header's search box is interactive. */
async function openWithBox(page: Page, path: string) {
  await page.goto(path);
  return hydrated(page, '[data-search-box]');
}

test.describe('the search box in the header', () => {
  test('a click opens the palette; results as you type; Escape closes and gives focus back', async ({ page }) => {
    const box = await openWithBox(page, '/en/errors/');
    await box.click();
    await expect(palette(page)).toBeVisible();
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type('429');
    const group = withStatus(429).slice(0, 8);
    await expect(options(page)).toHaveCount(group.length);
    expect(await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-href')))).toEqual(
      group.map((s) => `/en/errors/${s}/`),
    );
    await expect(options(page).first()).toContainText('429');
    await page.keyboard.press('Escape');
    await expect(palette(page)).toHaveCount(0);
    await expect(box).toBeFocused();
  });

  test('keyboard alone: / opens, arrows move the active option, Enter goes to it', async ({ page }) => {
    await openWithBox(page, '/zh/');
    await page.keyboard.press('/');
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type('timeout');
    const want = expected('zh', 'timeout', 8);
    expect(want.length).toBeGreaterThan(1);
    await expect(options(page)).toHaveCount(want.length);
    const ids = await options(page).evaluateAll((els) => els.map((e) => e.id));
    const active = (k: number) => expect(combobox(page)).toHaveAttribute('aria-activedescendant', ids[k]!);
    await active(0);
    await page.keyboard.press('ArrowDown');
    await active(1);
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await active(0);
    await page.keyboard.press('ArrowUp');
    await active(ids.length - 1);
    await page.keyboard.press('ArrowDown');
    await active(0);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href('zh', want[0]!)}$`));
    await expect(palette(page)).toHaveCount(0);
  });

  test('the palette answers a Chinese question, and an English query on the Chinese site', async ({ page }) => {
    await openWithBox(page, '/zh/');
    await page.keyboard.press('/');
    // The index arrives on the palette's first opening; a loaded machine takes its time.
    await expect(palette(page).locator('[role="listbox"]')).toHaveAttribute('data-ready', '', { timeout: 15_000 });
    await page.keyboard.type('请求太频繁');
    await expect(options(page).first()).toBeVisible({ timeout: 15_000 });
    const top3 = await options(page).evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-href')));
    expect(top3).toContain('/zh/errors/rate-limit-resource-strategy/');
    await combobox(page).fill('');
    await page.keyboard.type('backend is down');
    await expect(options(page).first()).toHaveAttribute('data-href', '/zh/errors/bad-gateway-connection-refused/');
  });

  test('Ctrl-K opens it too, a reason lands on its section, and the palette is a labelled modal dialog', async ({
    page,
  }) => {
    await openWithBox(page, '/en/status/429/');
    await page.keyboard.press('Control+k');
    await expect(palette(page)).toBeVisible();
    expect(await palette(page).evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
    await expect(palette(page)).toHaveAccessibleName(/.+/);
    await expect(combobox(page)).toHaveAttribute(
      'aria-controls',
      (await palette(page).getByRole('listbox').getAttribute('id'))!,
    );
    await page.keyboard.type('app not found');
    await expect(options(page).first()).toHaveAttribute(
      'data-href',
      '/en/errors/invalid-args-other-reasons/#app-not-found',
    );
    await expect(options(page).first().locator('mark').first()).toHaveText(/app not found/i);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/errors\/invalid-args-other-reasons\/#app-not-found$/);
    await expect(page.locator('#app-not-found')).toBeInViewport();
  });

  test('reading pages load no search code until the palette opens; the index is fetched once', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const scripts: string[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
    });
    await openWithBox(page, `/en/errors/${entries[0]!.slug}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/search-index/'))).toEqual([]);
    // react-query and fuse.js are not among the page's scripts.
    expect(scripts.filter((s) => s.includes('QueryClient') || s.includes('isCaseSensitive'))).toEqual([]);
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('/');
      await expect(palette(page).getByRole('listbox')).toHaveAttribute('data-ready', '');
      await page.keyboard.type('1642903');
      await expect(options(page).first()).toHaveAttribute('data-href', '/en/errors/rate-limit-resource-strategy/');
      await page.keyboard.press('Escape');
    }
    expect(requests.filter((u) => u.includes('/search-index/'))).toEqual([
      expect.stringMatching(/\/search-index\/en\.json$/),
    ]);
  });
});

test.describe('the search page', () => {
  test('/en/search/?q=429 lists the 429 entries first, in catalog order, each with its badges', async ({ page }) => {
    await page.goto('/en/search/?q=429');
    const group = withStatus(429);
    await expect(pageResults(page).first()).toBeVisible();
    const hrefs = await pageResults(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, group.length)).toEqual(group.map((s) => `/en/errors/${s}/`));
    await expect(page.getByRole('searchbox')).toHaveValue('429');
    for (const [k, slug] of group.entries()) {
      const entry = catalog.bySlug.get(slug)!;
      await expect(pageResults(page).nth(k)).toContainText(String(entry.meta.status));
      if (entry.meta.code) await expect(pageResults(page).nth(k)).toContainText(String(entry.meta.code));
      if (entry.meta.code_name) await expect(pageResults(page).nth(k)).toContainText(entry.meta.code_name);
    }
  });

  test('results are links in rank order, the matched text highlighted; typing rewrites the address', async ({
    page,
  }) => {
    await page.goto(`/zh/search/?q=${encodeURIComponent('app not found')}`);
    await expect(pageResults(page).first()).toHaveAttribute(
      'href',
      '/zh/errors/invalid-args-other-reasons/#app-not-found',
    );
    await expect(pageResults(page).first().locator('mark').first()).toHaveText(/app not found/i);
    const length = await page.evaluate(() => history.length);
    const box = await hydrated(page, '[data-search-page-input]');
    await box.fill('并发');
    await expect(page).toHaveURL(/\/zh\/search\/\?q=%E5%B9%B6%E5%8F%91$/);
    const want = expected('zh', '并发', 50).map((r) => href('zh', r));
    await expect(pageResults(page)).toHaveCount(want.length);
    expect(await pageResults(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(want);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.reload();
    await expect(pageResults(page).first()).toHaveAttribute('href', want[0]!);
  });

  test('the query is shown as text, never as markup', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => (dialogs++, d.dismiss()));
    const q = '<img src=x onerror=alert(1)><b>bold</b>';
    await page.goto(`/en/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-query]')).toHaveAttribute('data-query', q);
    await expect(page.getByRole('searchbox')).toHaveValue(q);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('no result: says so and offers the classifier and the statuses', async ({ page }) => {
    await page.goto('/zh/search/?q=xqzjvkwp');
    await expect(page.getByRole('status')).toContainText('xqzjvkwp');
    await expect(pageResults(page)).toHaveCount(0);
    await expect(page.locator('.search-empty a[href="/zh/classify/"]')).toBeVisible();
    await expect(page.locator('.search-empty a[href="/zh/status/429/"]')).toBeVisible();
  });

  test('a Chinese question on the Chinese site and an English one on the Chinese site find their entries', async ({
    page,
  }) => {
    for (const [q, slug] of [
      ['后端服务挂了', 'bad-gateway-connection-refused'],
      ['调用网关返回 403 但后端没有日志', 'app-no-permission'],
      ['file upload too large', 'body-size-limit-exceeded'],
    ] as const) {
      await page.goto(`/zh/search/?q=${encodeURIComponent(q)}`);
      await expect(pageResults(page).first()).toHaveAttribute('href', `/zh/errors/${slug}/`);
    }
  });

  test('a Chinese query on the English site finds the entry and shows it in English', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('请求体太大')}`);
    await expect(pageResults(page).first()).toHaveAttribute('href', '/en/errors/body-size-limit-exceeded/');
    await expect(pageResults(page).first()).toContainText(
      entries.find((e) => e.slug === 'body-size-limit-exceeded')!.title.en,
    );
  });

  test('nothing matching well: the nearest entries, said as such', async ({ page }) => {
    expect(searchers.zh.search('timeoutish things')).toEqual([]);
    await page.goto('/zh/search/?q=timeoutish%20things');
    await expect(page.locator('[data-nearest]')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('以下是最接近的');
    const want = searchers.zh.nearest('timeoutish things').map((r) => `/zh/errors/${r.slug}/`);
    expect(await pageResults(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(want);
    await expect(page.locator('.search-empty a[href="/zh/classify/"]')).toBeVisible();
  });

  test('without JavaScript: a GET form for q and a link to the catalog', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/en/search/?q=429');
    const form = page.locator('form[role="search"]');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(page.locator('a[href="/en/errors/"]').last()).toBeVisible();
    await form.locator('input[name="q"]').fill('timeout');
    await form.locator('input[name="q"]').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=timeout$/);
    await context.close();
  });

  test('under a sub-path: the index and the result links stay under it', async ({ page }) => {
    await page.goto(`${subPathURL()}/en/search/?q=1642903`);
    await expect(pageResults(page).first()).toHaveAttribute(
      'href',
      `${SUB_PATH}/en/errors/rate-limit-resource-strategy/`,
    );
  });
});

/** Types `steps` as an IME would (each with isComposing), then commits `final` with compositionend. */
async function compose(page: Page, selector: string, steps: string[], final: string | null) {
  await page.evaluate(
    ({ selector, steps, final }) => {
      const el = document.querySelector<HTMLInputElement>(selector)!;
      el.focus();
      // React tracks the value through the prototype's setter; set it there, as the browser does.
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const input = (v: string) => {
        set.call(el, v);
        el.dispatchEvent(
          new InputEvent('input', { bubbles: true, isComposing: true, data: v, inputType: 'insertCompositionText' }),
        );
      };
      if (steps.length) el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      for (const v of steps) {
        el.dispatchEvent(new CompositionEvent('compositionupdate', { bubbles: true, data: v }));
        input(v);
      }
      if (final !== null) {
        input(final);
        el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: final }));
      }
    },
    { selector, steps, final },
  );
}

test.describe('IME composition', () => {
  const steps = ['b', 'bi', 'bin', 'bing', 'bingf', 'bingfa', '并fa'];

  test('the search page searches nothing until compositionend', async ({ page }) => {
    await page.goto('/zh/search/');
    await hydrated(page, '[data-search-page-input]');
    await expect(page.locator('[data-query]')).toHaveAttribute('data-ready', '');
    await compose(page, '[data-search-page-input]', steps, null);
    await expect(page.locator('[data-search-page-input]')).toHaveValue('并fa');
    // Nothing may happen: give React the time it would need to search, then check that it did not.
    await page.waitForTimeout(300);
    await expect(page.locator('[data-query]')).toHaveAttribute('data-query', '');
    await expect(pageResults(page)).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
    await compose(page, '[data-search-page-input]', [], '并发');
    await expect(page.locator('[data-query]')).toHaveAttribute('data-query', '并发');
    await expect(pageResults(page).first()).toHaveAttribute('href', href('zh', expected('zh', '并发')[0]!));
    await expect(page).toHaveURL(/\?q=%E5%B9%B6%E5%8F%91$/);
  });

  test('the palette neither searches nor takes Enter mid-composition', async ({ page }) => {
    await openWithBox(page, '/zh/');
    await page.keyboard.press('/');
    await expect(palette(page).getByRole('listbox')).toHaveAttribute('data-ready', '');
    await compose(page, 'dialog.search-palette input', steps, null);
    await page.waitForTimeout(300);
    await expect(palette(page).getByRole('listbox')).toHaveAttribute('data-query', '');
    await expect(options(page)).toHaveCount(0);
    await compose(page, 'dialog.search-palette input', [], '并发');
    await expect(palette(page).getByRole('listbox')).toHaveAttribute('data-query', '并发');
    await expect(options(page).first()).toHaveAttribute('data-href', href('zh', expected('zh', '并发')[0]!));
  });
});

/** Long frames and slow input events while `act` runs, measured in the page. */
async function framesDuring(page: Page, act: () => Promise<void>) {
  await page.evaluate(() => {
    const perf = { events: [] as number[], loaf: [] as number[], frames: [] as number[], on: true };
    Object.assign(window, { __perf: perf });
    // Event Timing reports events slower than its threshold (16 ms at the least), from input to the next paint.
    new PerformanceObserver((list) => list.getEntries().forEach((e) => perf.events.push(e.duration))).observe({
      type: 'event',
      durationThreshold: 16,
    } as PerformanceObserverInit);
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => perf.loaf.push(e.duration))).observe({
        type: 'long-animation-frame',
      });
    } catch {
      // A Chromium without Long Animation Frames: the frame intervals below still tell.
    }
    let last = performance.now();
    const tick = (now: number) => {
      perf.frames.push(now - last);
      last = now;
      if (perf.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const perf = await page.evaluate(() => {
    const p = (window as unknown as { __perf: { events: number[]; loaf: number[]; frames: number[]; on: boolean } })
      .__perf;
    p.on = false;
    return p;
  });
  const max = (xs: number[]) => Math.round(xs.length ? Math.max(...xs) : 0);
  const frames = perf.frames.slice(1);
  return (
    `slowest input event ${max(perf.events)} ms, ${perf.events.filter((d) => d > 50).length} over 50 ms; ` +
    `long animation frames (>50 ms): ${perf.loaf.length}, max ${max(perf.loaf)} ms; ` +
    `frames over 25 ms: ${frames.filter((f) => f > 25).length} of ${frames.length}`
  );
}

test(
  'typing on a 4x slower CPU: results appear; long frames and input latency are reported',
  { tag: '@perf' },
  async ({ page }) => {
    const query = 'request backend timeout';
    await openWithBox(page, `/en/errors/${entries[0]!.slug}/`);
    // Link prefetches on load would be measured too: let the page settle first.
    await page.waitForLoadState('networkidle');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // The baseline: the same keystrokes into a bare input on the same page, so the figure below is search's own cost.
    await page.evaluate(() =>
      document.querySelector('main')!.prepend(Object.assign(document.createElement('input'), { id: 'baseline' })),
    );
    await page.locator('#baseline').focus();
    const baseline = await framesDuring(page, () => page.keyboard.type(query, { delay: 80 }));
    await page.locator('#baseline').blur();
    await page.keyboard.press('/');
    await expect(palette(page).getByRole('listbox')).toHaveAttribute('data-ready', '');
    const search = await framesDuring(page, () => page.keyboard.type(query, { delay: 80 }));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    console.log(
      `typing "${query}" (${query.length} keys, 80 ms apart) at 4x CPU throttling:\n  plain input: ${baseline}\n  search palette: ${search}`,
    );
    await expect(options(page).first()).toHaveAttribute('data-href', /\/en\/errors\//);
  },
);

test('the search page counts the requests since a query was typed: none, however many results', async ({ page }) => {
  await page.goto('/en/search/');
  const box = await hydrated(page, '[role="search"] input');
  await box.fill('bk_app_secret signature');
  await expect(pageResults(page).first()).toBeVisible();
  const line = page.locator('[data-requests-since-paste]');
  await expect(line).toHaveAttribute('data-requests-since-paste', '0');
  await expect(line).toContainText('Requests since you pasted: 0');
});

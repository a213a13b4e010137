// The dashboard's flow-log export and a HAR's capture views on the classify page (issue 30): an export dropped or
// chosen is read in a worker, its failures grouped with the HAR triage's attributes (data-group-entry, data-count),
// a chart with a table behind it, rate limits and timing explained, an example opened masked, a ticket with no
// secret, a comparison with an earlier export; both languages, at 390 px too, axe on the new views.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clearClipboard, hydrated, readClipboard } from './helpers';
import { expect, test } from './support/test';
import {
  generateExport,
  harCapture,
  rateLimited,
  SECRETS,
  type Generated,
  type HarSpec,
} from '../lib/capture/generate';

const open = async (page: Page, lang: 'zh' | 'en') => {
  await page.goto(`/${lang}/classify/`);
  await hydrated(page, '#classify-input');
};

/** Chooses a file with the page's own file chooser (the first; the comparison's comes later). */
const choose = (page: Page, text: string, name: string, mimeType = 'text/csv') =>
  page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name, mimeType, buffer: Buffer.from(text) });

/** Drops a file on the drop area as a person drags one from the desktop. */
async function drop(page: Page, text: string, name: string, type = 'text/csv') {
  const data = await page.evaluateHandle(
    ([content, fileName, mime]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], fileName, { type: mime }));
      return dt;
    },
    [text, name, type] as const,
  );
  const area = page.locator('#classify-input').locator('xpath=..');
  await area.dispatchEvent('dragenter', { dataTransfer: data });
  await area.dispatchEvent('dragover', { dataTransfer: data });
  await area.dispatchEvent('drop', { dataTransfer: data });
}

/** Failures per group entry (the key's entry part), most frequent first, as the generator made them. */
function expectedGroups(g: Generated): [string, number][] {
  const m = new Map<string, number>();
  for (const r of g.rows)
    if (r.kind.failed) m.set(r.kind.key.split('#')[0]!, (m.get(r.kind.key.split('#')[0]!) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
}

const groups = (page: Page) => page.locator('[data-export-triage] [data-group-entry]');

async function seenGroups(page: Page) {
  return groups(page).evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-group-entry')!, Number(e.getAttribute('data-count'))] as [string, number]),
  );
}

const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).include('[data-capture-view]').analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

for (const lang of ['en', 'zh'] as const) {
  test(`an export chosen on /${lang}/classify/: groups, chart, timing, an example opened, a masked ticket, before and after`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const g = generateExport({ rows: 2000, seed: 5 });
    await open(page, lang);
    await choose(page, g.csv, 'demo-20261201000000-20261201235959-logs.csv');
    await expect(groups(page)).toHaveCount(expectedGroups(g).length, { timeout: 60_000 });
    expect(await seenGroups(page)).toEqual(expectedGroups(g));
    // Nothing of the export went into the box.
    await expect(page.locator('#classify-input')).toHaveValue('');
    // The chart: an SVG with a title and a description, the same numbers in a table behind it.
    const chart = page.locator('[data-capture-view] [data-errors-chart] svg[role="img"]');
    await expect(chart.locator('title')).toHaveText(
      lang === 'en' ? 'Failed requests over time' : '失败请求随时间的分布',
    );
    await page.locator('[data-errors-chart] summary').click();
    const total = expectedGroups(g).reduce((s, [, n]) => s + n, 0);
    const sums = await page
      .locator('[data-chart-table] tbody tr td:last-child')
      .evaluateAll((tds) => tds.reduce((s, td) => s + Number(td.textContent), 0));
    expect(sums).toBe(total);
    // Timing: the 504s are the gateway giving up on the backend; the resource's timeout.
    await expect(page.locator('[data-timing] [data-timing-status="504"]')).toContainText(
      lang === 'en' ? 'the gateway gave up waiting for the backend after 60.0 s' : '网关等后端 60.0 秒',
    );
    // Rate limits from an export: named, and said to have no Reset to go by.
    await expect(page.locator('[data-rate-limits]')).toContainText(
      lang === 'en' ? 'The resource rate limit' : '资源频率控制',
    );
    // An example opened: the record in the box, masked, and its verdict below.
    await page.locator('[data-export-triage] [data-group-entry="backend-read-timeout"] button').click();
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-entry', 'backend-read-timeout', {
      timeout: 30_000,
    });
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-source', 'gateway');
    const boxText = await page.locator('#classify-input').inputValue();
    expect(boxText).toContain('backend_duration');
    for (const s of Object.values(SECRETS)) expect(boxText).not.toContain(s);
    // The export view stays while the example is read.
    await expect(groups(page)).toHaveCount(expectedGroups(g).length);
    // The group table as a ticket: counts in, secrets out.
    await clearClipboard(page);
    await page.locator('[data-copy="export-triage"]').click();
    await expect.poll(() => readClipboard(page)).toContain(`| ${expectedGroups(g)[0]![1]} |`);
    const ticket = await readClipboard(page);
    for (const s of Object.values(SECRETS)) expect(ticket).not.toContain(s);
    expect(ticket).toContain(lang === 'en' ? `${total} of 2000 records failed` : `2000 条记录中有 ${total} 条失败`);
    // Before and after: an earlier export with no timeouts and more rate limiting.
    const earlier = generateExport({ rows: 500, seed: 9, mix: { ok: 80, 'rate-limited': 20 } });
    await page.locator('[data-compare-input]').setInputFiles({
      name: 'before.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(earlier.csv),
    });
    await expect(page.locator('[data-comparison] [data-change]')).toHaveCount(3, { timeout: 30_000 });
    await expect(page.locator('[data-comparison] [data-change="changed"]')).toHaveCount(3);
    await clearClipboard(page);
    await page.locator('[data-copy="compare"]').click();
    await expect.poll(() => readClipboard(page)).toContain(lang === 'en' ? 'reason changed' : '原因变了');
    expect(await axe(page)).toEqual([]);
  });

  test(`an export dropped and a HAR of rate limits on /${lang}/classify/ at 390 px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, lang);
    const g = generateExport({ rows: 300, seed: 2 });
    await drop(page, g.csv, 'logs.csv');
    await expect(groups(page)).toHaveCount(expectedGroups(g).length, { timeout: 60_000 });
    expect(await axe(page)).toEqual([]);
    // The page does not scroll sideways: the table scrolls in its own region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A HAR with a burst of early retries after a 429.
    const specs: HarSpec[] = [
      { at: 0, status: 200 },
      { at: 1000, ...rateLimited('bk-resource-rate-limit', 10, 5) },
    ];
    for (let i = 1; i <= 7; i++)
      specs.push({
        at: 1000 + i * 200,
        ...rateLimited('bk-resource-rate-limit', 10, 5 - Math.floor((i * 200) / 1000)),
      });
    specs.push({ at: 7000, status: 200 });
    await drop(page, harCapture(specs), 'burst.har', 'application/json');
    await expect(page.locator('[data-capture-view="har"] [data-rate-limits]')).toContainText(
      lang === 'en'
        ? '7 requests went out before the counter reset (retries too early), 7 of them rejected again'
        : '有 7 个请求在计数重置之前就发出了（重试过早），其中 7 个再次被拒绝',
      { timeout: 60_000 },
    );
    await expect(page.locator('[data-capture-view="har"] [data-rate-limits]')).toContainText('10:00:06');
    await expect(page.locator('[data-capture-view="har"] [data-errors-chart] svg title')).toHaveCount(1);
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test('a 10,000-row export is read in the worker, grouped exactly (the click latency meanwhile is printed)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const g = generateExport();
  await open(page, 'en');
  await choose(page, g.csv, 'week.csv');
  const start = Date.now();
  const latency = await page.evaluate(async () => {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      document.body.addEventListener('click', () => resolve(), { once: true });
      document.body.click();
    });
    return performance.now() - t0;
  });
  await expect(groups(page)).toHaveCount(expectedGroups(g).length, { timeout: 150_000 });
  console.log(
    `10,000-row export: groups ${Date.now() - start} ms after the file; a click answered in ${latency.toFixed(0)} ms`,
  );
  expect(await seenGroups(page)).toEqual(expectedGroups(g));
});

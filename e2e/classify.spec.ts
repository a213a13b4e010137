/**
 * The classify page in the browser, against the static export: a verdict for each kind of response, HAR
 * files chosen, dropped and picked from, the ticket text and the share link with every secret masked, no
 * request carrying the paste, thirty-odd XSS payloads that must stay text, a 10 MB paste, the keyboard
 * alone, and an accessibility scan in both languages. Samples live in e2e/fixtures-classify/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Page, type Request } from '@playwright/test';
import LZString from 'lz-string';
import { XSS_PAYLOADS } from './fixtures-classify/xss-payloads';
import { clearClipboard, hydrated, readClipboard } from './helpers';
import { SUB_PATH, subPathURL } from './site-data';
import { compressFast } from './support/lz-fast';
import { expect, test } from './support/test';
import { mixedCapture } from '../lib/classify/capture';
import { decodeShare } from '../lib/share/share-link';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures-classify');
const sample = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** The secrets planted in the samples: none may reach the clipboard, a link or a request. */
const SECRETS = [
  'QueryTok3nValue9',
  'AppS3cretValue42',
  'UserT0kenValue77',
  'C00kieTokenValue5',
  'S3ssionValue66',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'HarAppS3cret11',
  'HarC00kie22',
  'HarQueryT0ken33',
];

const verdict = (page: Page) => page.locator('[data-verdict]');
const box = (page: Page) => page.locator('#classify-input');

/** Opens the classify page and waits until its island answers input. */
async function open(page: Page, lang: 'zh' | 'en' = 'en', hash = '') {
  await page.goto(`/${lang}/classify/${hash}`);
  await hydrated(page, '#classify-input');
}

async function paste(page: Page, text: string) {
  await box(page).fill(text);
  await expect(page.locator('[data-classify-status]')).toHaveAttribute('data-classify-status', 'done', {
    timeout: 30_000,
  });
}

async function expectVerdict(page: Page, source: string, entry: string) {
  await expect(verdict(page)).toHaveAttribute('data-source', source, { timeout: 30_000 });
  await expect(verdict(page)).toHaveAttribute('data-entry', entry);
}

/** How long the page takes to answer a click, in ms: a busy main thread shows here. */
function clickLatency(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      document.body.addEventListener('click', () => resolve(), { once: true });
      document.body.click();
    });
    return performance.now() - t0;
  });
}

/** Every request the page makes from now on. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}

/**
 * A same-origin GET (or HEAD) for one of the site's static files, without a body: scripts, the worker, the
 * two JSON files, and the pages and payloads Next prefetches for the links the verdict shows.
 */
function isStaticFile(r: Request, origin: string): boolean {
  const url = new URL(r.url());
  return (
    url.origin === origin &&
    ['GET', 'HEAD'].includes(r.method()) &&
    !r.postData() &&
    /^\/(?:_next\/static\/|.*\.(?:json|txt|js|css|svg)$|(?:zh|en)\/[a-z0-9/-]*\/$)/.test(url.pathname)
  );
}

test.describe('verdicts', () => {
  const cases = [
    {
      name: 'gateway, with its entry',
      file: 'gateway-curl-with-secrets.txt',
      source: 'gateway',
      entry: 'app-no-permission',
    },
    { name: 'legacy ESB', file: 'esb.txt', source: 'esb', entry: 'esb-1306404-component-not-found' },
    { name: "backend's access layer", file: 'backend-access-layer.txt', source: 'backend', entry: 'access-layer-page' },
    { name: 'backend service', file: 'backend-service.txt', source: 'backend', entry: 'backend-service-response' },
    { name: 'unknown, with candidates', file: 'unknown-429.txt', source: 'unknown', entry: '' },
  ];
  for (const c of cases) {
    test(`${c.name}: ${c.file}`, async ({ page }) => {
      await open(page);
      await paste(page, sample(c.file));
      await expectVerdict(page, c.source, c.entry);
      if (c.source === 'gateway' || c.source === 'esb') {
        const panel = page.locator(`[data-entry-panel="${c.entry}"]`);
        await expect(panel.locator(`a[href$="/en/errors/${c.entry}/"]`).first()).toBeVisible();
        await expect(panel.getByRole('heading', { name: 'Fix' })).toBeVisible();
      }
      if (c.source === 'backend') {
        await expect(page.locator('[data-next-step]')).toHaveAttribute(
          'data-next-step',
          c.file.includes('access') ? '5xx' : '4xx',
        );
        await expect(page.locator(`a[href$="/en/guide/gateway-or-backend/#${c.entry}"]`)).toBeVisible();
      }
      if (c.source === 'unknown') {
        expect(await page.locator('[data-candidate]').count()).toBeGreaterThan(1);
        await expect(page.locator('[data-candidate="rate-limit-resource-strategy"]')).toBeVisible();
      }
      // Each signal is marked for, against or as context, in words.
      await expect(page.locator('[data-evidence-list] > li').first()).toBeVisible();
      if (c.source !== 'unknown') await expect(page.locator('[data-stance="for"]').first()).toBeVisible();
    });
  }

  test('the verdict and the evidence in Chinese', async ({ page }) => {
    await open(page, 'zh');
    await paste(page, sample('gateway-curl-with-secrets.txt'));
    await expectVerdict(page, 'gateway', 'app-no-permission');
    await expect(verdict(page)).toHaveText('这个错误由 API 网关自己返回。');
    await expect(page.locator('[data-signal="error-code-header"]')).toContainText('X-Bkapi-Error-Code：错误由网关产生');
    await expect(page.locator('[data-signal="error-code-header"]')).toContainText('支持');
  });

  test('a piece of evidence is pointed out in the paste', async ({ page }) => {
    await open(page);
    await paste(page, sample('gateway-curl-with-secrets.txt'));
    await page.locator('[data-signal="error-code-header"] button').click();
    const selected = await box(page).evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    );
    expect(selected).toBe('X-Bkapi-Error-Code: 1640301');
  });
});

test.describe('HAR files', () => {
  const failedFirst = [429, 502, 200, 304];

  test('chosen with the file input: entries listed failed first, and the one picked is judged', async ({ page }) => {
    await open(page);
    await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'several.har'));
    const rows = page.locator('[data-har-list] li');
    await expect(rows).toHaveCount(4);
    expect((await rows.allInnerTexts()).map((t) => Number(t.trim().split(/\s+/)[0]))).toEqual(failedFirst);
    // The default: the first failure listed (the gateway's 429), checked.
    await expectVerdict(page, 'gateway', 'rate-limit-resource-strategy');
    await expect(page.getByRole('radio', { name: /429 POST .*\/users\// })).toBeChecked();
    await expect(page.locator('[data-fact="X-Bkapi-Request-ID"]')).toHaveText('22222222-0000-0000-0000-000000000003');
    await page.getByRole('radio', { name: /502 / }).check();
    await expectVerdict(page, 'backend', 'access-layer-page');
  });

  test('dropped on the box (a synthetic drop event carrying the file)', async ({ page }) => {
    await open(page);
    const data = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'several.har', { type: 'application/json' }));
      return dt;
    }, sample('several.har'));
    await box(page).dispatchEvent('dragenter', { dataTransfer: data });
    await box(page).dispatchEvent('dragover', { dataTransfer: data });
    await box(page).dispatchEvent('drop', { dataTransfer: data });
    await expect(page.locator('[data-har-list] li')).toHaveCount(4);
    await expectVerdict(page, 'gateway', 'rate-limit-resource-strategy');
    await page.getByRole('radio', { name: /502 / }).check();
    await expectVerdict(page, 'backend', 'access-layer-page');
  });

  test('a file past the limit is refused with a clear message, and the box keeps what was typed', async ({
    page,
  }, info) => {
    const big = info.outputPath('too-big.har');
    fs.writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 0x20));
    await open(page);
    await paste(page, sample('esb.txt'));
    await page.locator('input[type="file"]').setInputFiles(big);
    await expect(page.locator('[data-classify-notice="error"]')).toContainText('50.0 MB');
    await expect(box(page)).toHaveValue(sample('esb.txt'));
    await expectVerdict(page, 'esb', 'esb-1306404-component-not-found');
  });

  test('a paste past the limit is refused before it lands in the box', async ({ page }) => {
    await open(page);
    await box(page).fill('typed text');
    await box(page).evaluate((el) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'x'.repeat(50 * 1024 * 1024 + 1));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await expect(page.locator('[data-classify-notice="error"]')).toContainText('the page reads up to 50.0 MB');
    await expect(box(page)).toHaveValue('typed text');
  });
});

test.describe('handing it on', () => {
  // In Chinese; the other tests of the ticket and the link are in English. What a selection masks is the same in
  // both (lib/share/mask-more.test.ts).
  for (const lang of ['zh'] as const)
    test(`mask more: text selected in the preview is masked in the ticket and the link (/${lang}/)`, async ({
      page,
    }) => {
      await open(page, lang);
      await paste(page, sample('gateway-curl-with-secrets.txt'));
      await expectVerdict(page, 'gateway', 'app-no-permission');
      const preview = page.locator('[data-ticket-preview]');
      await page.locator('details:has([data-ticket-preview]) > summary').click();
      await expect(preview).toContainText('bkapi.example.com');
      await preview.evaluate((pre, value) => {
        const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(value);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + value.length);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return;
        }
      }, 'bkapi.example.com');
      await page.locator('[data-mask-selection]').click();
      await expect(page.locator('[data-masked-by-you]')).toHaveAttribute('data-masked-by-you', '1');
      await expect(preview).not.toContainText('bkapi.example.com');
      await clearClipboard(page);
      await page.locator('[data-copy="ticket"]').click();
      await expect.poll(() => readClipboard(page)).not.toBe('');
      expect(await readClipboard(page)).not.toContain('bkapi.example.com');
      await clearClipboard(page);
      await page.locator('[data-copy="link"]').click();
      await expect.poll(() => readClipboard(page)).not.toBe('');
      const shared = decodeShare(new URL(await readClipboard(page)).hash)!.text;
      expect(shared).not.toContain('bkapi.example.com');
      expect(shared).toContain('1640301');
    });

  test('"Copy for ticket" copies the verdict, the facts, the entry link and the response with secrets masked', async ({
    page,
    baseURL,
  }) => {
    await open(page);
    await paste(page, sample('gateway-curl-with-secrets.txt'));
    await expectVerdict(page, 'gateway', 'app-no-permission');
    await clearClipboard(page);
    await page.locator('[data-copy="ticket"]').click();
    await expect.poll(() => readClipboard(page)).not.toBe('');
    const ticket = await readClipboard(page);
    for (const want of [
      'The API gateway produced this error itself.',
      '`403`',
      '`1640301`',
      '`APP_NO_PERMISSION`',
      '`f466f78c-5130-4410-9d71-6b65c320cc3f`',
      '`Tue, 14 May 2024 08:30:00 GMT`',
      `<${baseURL}/en/errors/app-no-permission/#no-permission>`,
      '- **Request**: `GET bkapi.example.com/api/my-gateway/prod/users/?page=1&access_token=******`',
      '- **Host**: `bkapi.example.com`',
      '- **bk_app_code**: `my-app`',
      '- **Who acts**: ',
      '```http',
    ]) {
      expect(ticket).toContain(want);
    }
    for (const secret of SECRETS) expect(ticket).not.toContain(secret);
    // What was masked is shown on the page.
    await expect(page.locator('[data-masked="X-Bkapi-Authorization.bk_app_secret"]')).toBeVisible();
    await expect(page.locator('[data-masked="Authorization"]')).toBeVisible();
  });

  for (const lang of ['en', 'zh'] as const)
    test(`the list of what was masked names eight and counts the rest; a trace's tag names stay (/${lang}/)`, async ({
      page,
    }) => {
      const headers = Array.from({ length: 12 }, (_, i) => `X-Token-${i}: Value${i}abcdefgh1234`);
      const trace = JSON.stringify({
        tags: [
          { key: 'http.status_code', type: 'int64', value: 502 },
          { key: 'http.request.header.authorization', type: 'string', value: 'Bearer TagS3cretValue1234' },
        ],
      });
      await open(page, lang);
      await paste(
        page,
        ['HTTP/1.1 502 Bad Gateway', 'Content-Type: application/json', ...headers, '', trace].join('\n'),
      );
      // Thirteen masked values: eight named, then "and 5 more".
      await expect(page.locator('[data-masked-list] [data-masked]')).toHaveCount(8);
      await expect(page.locator('[data-masked-more]')).toHaveText(lang === 'en' ? 'and 5 more' : '另有 5 项');
      await expect(page.locator('[data-masked="X-Token-0"]')).toBeVisible();
      const ticket = page.locator('[data-ticket-preview]');
      await expect(ticket).toContainText('"key":"http.status_code"');
      await expect(ticket).toContainText('"key":"http.request.header.authorization"');
      await expect(ticket).not.toContainText('TagS3cretValue1234');
      await expect(ticket).not.toContainText('Value0abcdefgh1234');
    });

  test('"Copy link" round trip: the link restores the masked paste and the same verdict, with no secret in it', async ({
    page,
    context,
    baseURL,
  }) => {
    await open(page);
    await paste(page, sample('gateway-curl-with-secrets.txt'));
    await expectVerdict(page, 'gateway', 'app-no-permission');
    await clearClipboard(page);
    await page.locator('[data-copy="link"]').click();
    await expect.poll(() => readClipboard(page)).not.toBe('');
    const link = await readClipboard(page);
    expect(link.startsWith(`${baseURL}/en/classify/#v1=`)).toBe(true);
    const url = new URL(link);
    expect(url.search).toBe('');
    const restored = decodeShare(url.hash)!.text;
    for (const secret of SECRETS) {
      expect(link).not.toContain(secret);
      expect(restored).not.toContain(secret);
    }
    // The app code is an identifier the fix asks for, not a secret: it stays.
    expect(restored).toContain('X-Bkapi-Authorization: {"bk_app_code": "my-app", "bk_app_secret": "******"');
    const other = await context.newPage();
    const requests = recordRequests(other);
    await other.goto(link);
    await expectVerdict(other, 'gateway', 'app-no-permission');
    await expect(other.locator('#classify-input')).toHaveValue(restored);
    // The fragment never reaches the server.
    for (const r of requests) expect(r.url()).not.toContain('#');
  });

  test('a HAR link keeps the chosen entry', async ({ page, context }) => {
    await open(page);
    await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'several.har'));
    await page.getByRole('radio', { name: /429 POST/ }).check();
    await expectVerdict(page, 'gateway', 'rate-limit-resource-strategy');
    await expect(page.locator('[data-copy="link"]')).toBeEnabled();
    await clearClipboard(page);
    await page.locator('[data-copy="link"]').click();
    await expect.poll(() => readClipboard(page)).not.toBe('');
    const link = await readClipboard(page);
    for (const secret of SECRETS) expect(decodeShare(new URL(link).hash)!.text).not.toContain(secret);
    const other = await context.newPage();
    await other.goto(link);
    await expectVerdict(other, 'gateway', 'rate-limit-resource-strategy');
    await expect(other.getByRole('radio', { name: /429 POST/ })).toBeChecked();
  });

  test('the home page hands a paste over without putting it in the address', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/en/');
    await (await hydrated(page, '#home-paste')).fill(sample('esb.txt'));
    await page.getByRole('button', { name: /Classify/ }).click();
    await page.waitForURL('**/en/classify/');
    await expectVerdict(page, 'esb', 'esb-1306404-component-not-found');
    expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
    for (const r of requests) expect(decodeURIComponent(r.url())).not.toContain('1306404');
    // The hand-over is gone; what stays is the masked fragment that Back restores (first-screen.spec.ts).
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['apigw-classify-back']);
  });
});

test("no request leaves the page with the paste: only the site's own static files", async ({ page, baseURL }) => {
  await open(page);
  await page.waitForLoadState('networkidle');
  const requests = recordRequests(page);
  const marker = 'ZZ-marker-7f3a91';
  const text = sample('gateway-curl-with-secrets.txt').replace('my-app', marker);
  await paste(page, text);
  await expectVerdict(page, 'gateway', 'app-no-permission');
  await page.locator('[data-copy="ticket"]').click();
  await page.locator('[data-copy="link"]').click();
  await page.locator('[data-evidence-list] li button').first().click();
  await page.waitForTimeout(500);
  const origin = new URL(baseURL!).origin;
  for (const r of requests) {
    expect(isStaticFile(r, origin), `${r.method()} ${r.url()}`).toBe(true);
    expect(decodeURIComponent(r.url())).not.toContain(marker);
    expect(r.postData() ?? '').not.toContain(marker);
  }
});

test(`${XSS_PAYLOADS.length} XSS payloads pasted: none runs, loads or navigates`, async ({
  page,
  baseURL,
  context,
}) => {
  test.slow();
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  const origin = new URL(baseURL!).origin;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const foreign: string[] = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  await open(page);
  await page.waitForLoadState('networkidle');
  const requests = recordRequests(page);
  const start = page.url();
  for (const payload of XSS_PAYLOADS) {
    await paste(page, payload);
    await expect(verdict(page)).toHaveAttribute('data-source', /.+/);
    // A textarea's value has \n line ends whatever was pasted.
    expect(await box(page).inputValue()).toBe(payload.replace(/\r\n?/g, '\n'));
    const state = await page.evaluate(() => ({
      canary: (window as unknown as { __xss?: unknown }).__xss,
      handlers: document.querySelectorAll(
        'main [onerror], main [onload], main [onclick], main [onfocus], main [onmouseover], main [srcdoc]',
      ).length,
      // The page's own chain picture is the one svg it draws; it holds none of the paste.
      injected: document.querySelectorAll(
        'main iframe, main img, main object, main embed, main script, main svg:not([data-chain] > svg), main math, main form, main base, main meta, main link, main style',
      ).length,
    }));
    expect(state, payload).toEqual({ canary: undefined, handlers: 0, injected: 0 });
  }
  // A share link of a payload restores it as text too.
  await page.locator('[data-copy="link"]').click();
  await expect.poll(() => readClipboard(page)).toContain('#v1=');
  await page.goto(await readClipboard(page));
  await expect(verdict(page)).toHaveAttribute('data-source', /.+/);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(new URL(page.url()).pathname).toBe(new URL(start).pathname);
  for (const r of requests) expect(isStaticFile(r, origin), r.url()).toBe(true);
});

test('a 10 MB paste keeps the page responsive while it is classified', { tag: '@perf' }, async ({ page }) => {
  test.slow();
  const head = sample('gateway-curl-with-secrets.txt');
  const body = JSON.stringify({
    code: 1640301,
    data: Array.from({ length: 95_000 }, (_, i) => `${'row'.repeat(33)}-${i}`),
    code_name: 'APP_NO_PERMISSION',
    message: 'App has no permission to the resource',
    result: false,
  });
  const big = head.slice(0, head.lastIndexOf('{"code"')) + body + '\n';
  expect(big.length).toBeGreaterThan(10_000_000);
  await open(page);
  await paste(page, sample('esb.txt'));
  await page.evaluate((text) => navigator.clipboard.writeText(text), big);
  // From the paste until the hand-over is ready: main-thread gaps (a 10 ms timer that fires late), and for
  // each click its input delay and what the page was doing then.
  await page.evaluate(() => {
    const w = window as unknown as { __gaps: number[]; __clicks: string[] };
    w.__gaps = [];
    w.__clicks = [];
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.__gaps.push(now - last);
      last = now;
      if (
        !document.querySelector('[data-verdict][data-source="gateway"]') ||
        !document.querySelector('[data-copy="ticket"]:enabled')
      )
        setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    document.querySelector('h1')!.addEventListener('click', (e) => {
      const doing =
        document.querySelector('[data-classify-status]')!.getAttribute('data-classify-status') === 'busy'
          ? 'classifying'
          : document.querySelector('[data-copy="ticket"]:enabled')
            ? 'idle'
            : 'preparing the hand-over';
      w.__clicks.push(`${Math.round(performance.now() - e.timeStamp)} ms input delay while ${doing}`);
    });
  });
  await box(page).focus();
  const t0 = Date.now();
  await page.keyboard.press('ControlOrMeta+V');
  const pasted = Date.now() - t0;
  await page.locator('h1').click();
  await expectVerdict(page, 'gateway', 'app-no-permission');
  const toVerdict = Date.now() - t0;
  await page.locator('h1').click();
  await expect(page.locator('[data-copy="ticket"]')).toBeEnabled({ timeout: 60_000 });
  const toHandoff = Date.now() - t0;
  // Too large for the box: judged as it is, the box keeps what it had.
  await expect(page.locator('[data-classify-aside]')).toContainText('MB');
  await expect(box(page)).toHaveValue(sample('esb.txt'));
  const { gaps, clicks } = await page.evaluate(() => {
    const w = window as unknown as { __gaps: number[]; __clicks: string[] };
    return { gaps: w.__gaps, clicks: w.__clicks };
  });
  const workerMs = await page.locator('[data-classify-status]').getAttribute('data-worker-ms');
  console.log(
    `10 MB paste (${(big.length / 1e6).toFixed(1)} M characters): paste handled in ${pasted} ms, verdict after ${toVerdict} ms (the engine in the worker: ${workerMs} ms), ` +
      `ticket and link ready after ${toHandoff} ms. Clicks: ${clicks.join('; ')}. Longest main-thread gap ${Math.round(Math.max(...gaps))} ms over ${gaps.length} timer ticks.`,
  );
  expect(clicks).toHaveLength(2);
});

test('a HAR file of nearly 50 MB is judged without freezing the page', { tag: '@perf' }, async ({ page }, info) => {
  test.slow();
  const har = JSON.parse(sample('several.har'));
  const filler = har.log.entries[0];
  const big = {
    ...filler,
    response: {
      ...filler.response,
      content: { mimeType: 'application/json', text: JSON.stringify({ data: 'y'.repeat(100_000) }) },
    },
  };
  har.log.entries = [...Array.from({ length: 495 }, () => big), ...har.log.entries];
  const file = info.outputPath('big.har');
  fs.writeFileSync(file, JSON.stringify(har));
  const size = fs.statSync(file).size;
  expect(size).toBeGreaterThan(45_000_000);
  await open(page);
  await page.evaluate(() => {
    const w = window as unknown as { __gaps: number[] };
    w.__gaps = [];
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.__gaps.push(now - last);
      last = now;
      if (!document.querySelector('[data-verdict]')) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  });
  const t0 = Date.now();
  await page.locator('input[type="file"]').setInputFiles(file);
  // The page opens on the first failure it lists (the 429), then the reader picks another.
  await expectVerdict(page, 'gateway', 'rate-limit-resource-strategy');
  const toVerdict = Date.now() - t0;
  await expect(page.locator('[data-classify-aside]')).toContainText('big.har');
  await page.getByRole('radio', { name: /502 / }).check();
  await expectVerdict(page, 'backend', 'access-layer-page');
  const toChoice = Date.now() - t0 - toVerdict;
  const gaps = await page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps);
  console.log(
    `${(size / 1024 / 1024).toFixed(1)} MB HAR (${har.log.entries.length} entries): verdict ${toVerdict} ms after choosing the file, another entry judged in ${toChoice} ms; longest main-thread gap ${Math.round(Math.max(...gaps))} ms`,
  );
});

test('under a sub-path: the rules, the entries and the worker load from it, and links stay in it', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(`${subPathURL()}/en/classify/`);
  await hydrated(page, '#classify-input');
  await paste(page, sample('gateway-curl-with-secrets.txt'));
  await expectVerdict(page, 'gateway', 'app-no-permission');
  await expect(page.locator('[data-entry-panel] h3 a')).toHaveAttribute(
    'href',
    `${SUB_PATH}/en/errors/app-no-permission/`,
  );
  await clearClipboard(page);
  await page.locator('[data-copy="link"]').click();
  await expect.poll(() => readClipboard(page)).toContain(`${subPathURL()}/en/classify/#v1=`);
  const paths = requests.map((r) => new URL(r.url()).pathname);
  expect(paths).toEqual(
    expect.arrayContaining([`${SUB_PATH}/classify-rules.json`, `${SUB_PATH}/classify-entries.json`]),
  );
  expect(paths.filter((p) => !p.startsWith(`${SUB_PATH}/`))).toEqual([]);
});

test('keyboard alone: Tab to the box, type, Tab to the verdict and the copy buttons, Enter copies', async ({
  page,
  baseURL,
}) => {
  await open(page);
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 60; i++) {
      if (
        await page
          .locator(selector)
          .evaluate((el) => el === document.activeElement)
          .catch(() => false)
      )
        return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await tabTo('#classify-input');
  await page.keyboard.type('HTTP/1.1 429 Too Many Requests');
  await expectVerdict(page, 'unknown', '');
  await tabTo('[data-verdict]');
  await tabTo('[data-copy="ticket"]');
  await expect(page.locator('[data-copy="ticket"]')).toBeEnabled();
  await clearClipboard(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => readClipboard(page)).toContain('`429`');
  await tabTo('[data-copy="link"]');
  await page.keyboard.press('Enter');
  await expect.poll(() => readClipboard(page)).toContain(`${baseURL}/en/classify/#v1=`);
});

for (const lang of ['zh', 'en'] as const) {
  test(`no accessibility violations on /${lang}/classify/, empty and with a verdict`, async ({ page }) => {
    await open(page, lang);
    const empty = await new AxeBuilder({ page }).analyze();
    expect(empty.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'several.har'));
    await page.getByRole('radio', { name: /429 POST/ }).check();
    await expectVerdict(page, 'gateway', 'rate-limit-resource-strategy');
    await page.locator('details:has([data-ticket-preview]) > summary').click();
    const full = await new AxeBuilder({ page }).analyze();
    expect(full.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('hostile share links and files', () => {
  /** A link whose text expands to `bytes`, in lz-string's format: a repeated text packs into a few KB. */
  const expanding = (bytes: number) => `#v1=${compressFast(`apigw-classify ${bytes}\n${'A'.repeat(bytes)}`)}`;
  const wrongLength = () =>
    `#v1=${LZString.compressToEncodedURIComponent(`apigw-classify 999\n${'{"code":1640301}'.repeat(1000)}`)}`;

  for (const [name, hash, words] of [
    ['expands to 3 MB', () => expanding(3 * 1024 * 1024), /1 MB/],
    ['expands to 40 MB', () => expanding(40 * 1024 * 1024), /1 MB/],
    ['expands to 200 MB', () => expanding(200 * 1024 * 1024), /1 MB/],
    ['claims a wrong length', wrongLength, /incomplete or damaged/],
    ['is not lz text at all', () => '#v1=not*lz*text', /incomplete or damaged/],
  ] as const) {
    test(
      `a link that ${name} gets a message at once and the page stays responsive`,
      { tag: '@perf' },
      async ({ page }) => {
        await open(page);
        const link = hash();
        const start = Date.now();
        await page.evaluate((h) => (window.location.hash = h), link);
        await expect(page.locator('[data-classify-notice="error"]')).toContainText(words, { timeout: 5_000 });
        // Logged, not asserted: time depends on the machine; the cap is what bounds it (lz-bounded.test.ts).
        console.log(`${name}: message after ${Date.now() - start} ms`);
        await expect(box(page)).toHaveValue('');
        const clickTook = await clickLatency(page);
        console.log(`${name}: a click answered in ${clickTook.toFixed(0)} ms`);
        // Before the cap a 40 MB link froze the page for minutes; a bound this loose fails only on a real freeze.
        expect(clickTook).toBeLessThan(2000);
      },
    );
  }

  test('the Chinese page says it in Chinese', async ({ page }) => {
    await open(page, 'zh');
    await page.evaluate((h) => (window.location.hash = h), '#v1=not*lz*text');
    await expect(page.locator('[data-classify-notice="error"]')).toContainText('分享链接不完整或已损坏');
  });

  test('a PNG dropped on the box is refused as "not a response" and never poured into the box', async ({ page }) => {
    await open(page);
    await paste(page, sample('esb.txt'));
    const data = await page.evaluateHandle(() => {
      const png = new Uint8Array(64 * 1024);
      png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const dt = new DataTransfer();
      dt.items.add(new File([png], 'screenshot.png', { type: 'image/png' }));
      return dt;
    });
    await box(page).dispatchEvent('drop', { dataTransfer: data });
    await expect(page.locator('[data-classify-notice="error"]')).toContainText('an image, not a response');
    await expect(box(page)).toHaveValue(sample('esb.txt'));
  });
});

test.describe('whole-capture triage', () => {
  const drop = async (page: Page, har: string, name = 'capture.har') =>
    page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(har) });

  for (const lang of ['en', 'zh'] as const)
    test(`a HAR of a few hundred mixed responses shows its groups and counts first (/${lang}/)`, async ({ page }) => {
      const { har, expected, secrets } = mixedCapture(400);
      await open(page, lang);
      await drop(page, har);
      const rows = page.locator('[data-triage] [data-group-entry]');
      await expect(rows).toHaveCount(expected.size, { timeout: 30_000 });
      const seen = await rows.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-group-entry'), Number(e.getAttribute('data-count'))] as const),
      );
      const want = [...expected].map(([key, n]) => [key.split('#')[0], n] as const).sort((a, b) => b[1] - a[1]);
      expect(seen).toEqual(want);
      // Each group links its entry; "open" shows that response's full verdict below.
      await expect(rows.first().locator('a')).toHaveAttribute('href', `/${lang}/errors/rate-limit-resource-strategy/`);
      const esb = page.locator('[data-triage] [data-group-entry="esb-1306201-third-party-request-error"]');
      await esb.getByRole('button').click();
      await expectVerdict(page, 'esb', 'esb-1306201-third-party-request-error');
      await expect(esb.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
      // The whole summary for a ticket, masked.
      await clearClipboard(page);
      await page.locator('[data-copy="triage"]').click();
      await expect.poll(() => readClipboard(page)).toContain(`| ${expected.get('rate-limit-resource-strategy')} |`);
      const ticket = await readClipboard(page);
      for (const s of secrets) expect(ticket).not.toContain(s);
      const failures = [...expected.values()].reduce((a, b) => a + b, 0);
      expect(ticket).toContain(lang === 'en' ? `${failures} of 400` : `400 个请求中有 ${failures} 个失败`);
    });

  test(
    '20,000 entries are grouped in the worker with progress, the page answering clicks',
    { tag: '@perf' },
    async ({ page }) => {
      test.setTimeout(180_000);
      const { har, expected } = mixedCapture(20_000);
      await open(page);
      await drop(page, har);
      // From when the page has the file (Playwright's transfer of 32 MB is not the page's time).
      const start = Date.now();
      const clickTook = await clickLatency(page);
      await expect(page.locator('[data-classify-status="done"]')).toBeVisible({ timeout: 120_000 });
      const verdictAt = Date.now() - start;
      await expect(page.locator('[data-triage] [data-group-entry]')).toHaveCount(expected.size, { timeout: 120_000 });
      console.log(`20,000-entry HAR: the verdict ${verdictAt} ms after the drop`);
      console.log(
        `20,000-entry HAR: grouped ${Date.now() - start} ms after the drop; a click answered in ${clickTook.toFixed(0)} ms`,
      );
      await expect(page.locator('[data-group-entry="rate-limit-resource-strategy"]')).toHaveAttribute(
        'data-count',
        String(expected.get('rate-limit-resource-strategy')),
      );
      expect(clickTook).toBeLessThan(2000);
    },
  );
});

test.describe('in the reader’s language, phone first', () => {
  /** Runs of three or more English words in what the page says, outside code and the paste's own values (a header
   *  name such as X-Bkapi-Request-ID is a name, not prose). */
  const englishProse = (page: Page) =>
    page.locator('main').evaluate((main) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (el.closest('code, pre, kbd, textarea, .font-mono, [data-fact], [lang="en"], [hidden]')) continue;
        if (!el.checkVisibility()) continue;
        for (const m of n.textContent!.matchAll(/(?<![-\w])[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}(?![-\w])/g))
          found.push(m[0]);
      }
      return found;
    });

  for (const [name, file, source] of [
    ['a gateway paste', 'gateway-curl-with-secrets.txt', 'gateway'],
    ['a backend paste', 'backend-service.txt', 'backend'],
  ] as const) {
    test(`${name} on /zh/classify/ says nothing in English outside code`, async ({ page }) => {
      await open(page, 'zh');
      await paste(page, sample(file));
      await expect(verdict(page)).toHaveAttribute('data-source', source);
      expect(await englishProse(page)).toEqual([]);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('the language switch carries the paste, masked, and the verdict to the other language', async ({ page }) => {
    await open(page, 'zh');
    await paste(page, sample('gateway-curl-with-secrets.txt'));
    await expectVerdict(page, 'gateway', 'app-no-permission');
    await expect(page.locator('[data-copy="link"]')).toBeEnabled({ timeout: 30_000 });
    await page.locator('header a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/classify\/#v1=/);
    await expectVerdict(page, 'gateway', 'app-no-permission');
    const carried = await box(page).inputValue();
    expect(carried).toContain('X-Bkapi-Error-Code: 1640301');
    for (const secret of SECRETS) expect(carried).not.toContain(secret);
  });

  test('at 390 px the verdict is in view after a file is dropped, the fix before the evidence and the ticket', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, 'en');
    await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'backend-access-layer.txt'));
    await expectVerdict(page, 'backend', 'access-layer-page');
    await expect(page.locator('#verdict-title')).toBeInViewport();
    // The answer reads answer → fix → evidence → ticket.
    const top = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
    const [fix, evidence, copy] = await Promise.all([
      top('#classify-fix'),
      top('[data-evidence-list]'),
      top('[data-copy="ticket"]'),
    ]);
    expect(fix).toBeLessThan(evidence);
    expect(evidence).toBeLessThan(copy);
  });

  test('the decisive evidence comes first, the context after', async ({ page }) => {
    await open(page, 'en');
    await paste(page, sample('gateway-curl-with-secrets.txt'));
    await expectVerdict(page, 'gateway', 'app-no-permission');
    const stances = await page
      .locator('[data-evidence-list] > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-stance')));
    const firstContext = stances.indexOf('context');
    expect(
      stances.slice(firstContext).every((s) => s === 'context'),
      stances.join(' '),
    ).toBe(true);
    expect(stances[0]).toBe('for');
  });
});

test.describe('the chain picture and the next step', () => {
  const SPRING_GET = [
    '> GET /api/shop/prod/orders/42 HTTP/1.1',
    '> Host: bkapi.example.com',
    '>',
    '< HTTP/1.1 500 Internal Server Error',
    '< Content-Type: application/json',
    '< X-Bkapi-Request-ID: 5f1e0c2a-0000-4000-8000-00000000abcd',
    '< Date: Wed, 02 Dec 2026 08:00:00 GMT',
    '<',
    '{"timestamp":"2026-12-02T08:00:00.000+00:00","status":500,"error":"Internal Server Error","path":"/orders/42"}',
  ].join('\n');
  const STATES = [
    ['a gateway paste', () => sample('gateway-curl-with-secrets.txt'), 'gateway'],
    ['an access-layer paste', () => sample('backend-access-layer.txt'), 'access-layer'],
    ['a service paste', () => SPRING_GET, 'service'],
    ['an ESB paste', () => sample('esb.txt'), 'esb'],
    [
      'no response at all',
      () => 'curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received',
      'none',
    ],
    ['a bare status', () => sample('unknown-429.txt'), 'unknown'],
    ['a fragment (low confidence)', () => '1640302', 'gateway'],
  ] as const;

  // Each state once, the languages taking turns: which hop is marked is decided before the words (both languages
  // read the same analysis); the words of the picture are checked in both, three and four states each.
  STATES.forEach(([name, text, hop], i) => {
    const lang = i % 2 ? 'en' : 'zh';
    test(`${name}: the picture marks ${hop}, and axe finds nothing (/${lang}/)`, async ({ page }) => {
      await open(page, lang);
      await paste(page, text());
      await expect(page.locator('[data-chain]')).toHaveAttribute('data-chain', hop);
      const current = page.locator('[data-chain] [aria-current="true"]');
      if (hop === 'none' || hop === 'unknown') {
        await expect(current).toHaveCount(0);
        await expect(page.locator('[data-chain] [data-break]')).toHaveCount(hop === 'none' ? 1 : 0);
      } else await expect(current).toHaveAttribute('data-hop', hop);
      // The picture has a name, and its caption says the same in the page's language.
      const title = await page.locator('[data-chain] svg title').textContent();
      expect(title).toContain(lang === 'zh' ? '调用方' : 'Caller');
      await expect(page.locator('[data-chain] figcaption')).not.toBeEmpty();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });

  test('a backend 5xx: the next step is built from the paste, and the gateway owner acts', async ({ page }) => {
    await open(page, 'en');
    await paste(page, SPRING_GET);
    await expectVerdict(page, 'backend', 'backend-service-response');
    const step = page.locator('[data-next-step]');
    await expect(step).toHaveAttribute('data-next-step', '5xx');
    await expect(step.locator('[data-actor]')).toHaveAttribute('data-actor', 'gateway-owner');
    await expect(step).toContainText('HTTP 500, answered by the backend service (recognised as spring-boot).');
    const facts = step.locator('[data-paste-facts]');
    await expect(facts).toContainText('GET /api/shop/prod/orders/42');
    await expect(facts).toContainText('bkapi.example.com');
    await expect(facts).toContainText('Wed, 02 Dec 2026 08:00:00 GMT');
    await expect(facts).toContainText('5f1e0c2a-0000-4000-8000-00000000abcd');
    // The guide's examples are kept, folded under the case's words.
    const example = step.locator('details[data-example]').first();
    await expect(example).toBeVisible();
    await expect(example.locator('pre')).toBeHidden();
    await example.locator('summary').click();
    await expect(example.locator('pre')).toBeVisible();
  });

  test('a backend 4xx: the caller checks the request; in Chinese, with the facts from the paste', async ({ page }) => {
    await open(page, 'zh');
    await paste(page, sample('backend-service.txt'));
    await expectVerdict(page, 'backend', 'backend-service-response');
    const step = page.locator('[data-next-step]');
    await expect(step).toHaveAttribute('data-next-step', '4xx');
    await expect(step.locator('[data-actor]')).toHaveText('调用方处理');
    await expect(step).toContainText('HTTP 403，由后端服务返回');
    await expect(step.locator('[data-paste-facts]')).toContainText('7d0e4b1e-aaaa-bbbb-cccc-ddddeeeeffff');
  });

  test('a gateway error: who acts heads the answer', async ({ page }) => {
    await open(page, 'zh');
    await paste(page, sample('gateway-curl-with-secrets.txt'));
    await expectVerdict(page, 'gateway', 'app-no-permission');
    // Who acts heads the answer, beside the first thing to do, above the entry's own words.
    const actor = page.locator('[data-action] [data-actor]');
    await expect(actor).toHaveAttribute('data-actor', 'caller');
    await expect(actor).toContainText('调用方处理');
    const weight = await actor.evaluate((e) => Number(getComputedStyle(e).fontWeight));
    expect(weight).toBeGreaterThanOrEqual(600);
    const [actorTop, panelTop] = await Promise.all([
      actor.evaluate((e) => e.getBoundingClientRect().top),
      page.locator('[data-entry-panel]').evaluate((e) => e.getBoundingClientRect().top),
    ]);
    expect(actorTop).toBeLessThan(panelTop);
  });

  for (const lang of ['zh', 'en'] as const)
    test(`the guide shows the chain for its cases, each with its hop marked (/${lang}/)`, async ({ page }) => {
      await page.goto(`/${lang}/guide/gateway-or-backend/`);
      for (const [id, hop] of [
        ['gateway-response', 'gateway'],
        ['access-layer-page', 'access-layer'],
        ['backend-service-response', 'service'],
        ['legacy-esb', 'esb'],
      ] as const) {
        // The picture sits right under its case's heading.
        const figure = page.locator(`h2#${id} + figure[data-chain]`);
        await expect(figure).toHaveAttribute('data-chain', hop);
        await expect(figure.locator('[aria-current="true"]')).toHaveAttribute('data-hop', hop);
      }
    });
});

test.describe('the home page', () => {
  for (const lang of ['zh', 'en'] as const)
    test(`a bare code in the paste box opens its entry; a search field beside it (/${lang}/)`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await hydrated(page, '#home-paste');
      await page.locator('#home-paste').fill('1640302');
      await page.locator('#home-paste').press('Control+Enter');
      await page.waitForURL(`**/${lang}/errors/ip-not-allowed/`, { timeout: 30_000 });
      await page.goto(`/${lang}/`);
      await page.locator('#home-search').fill('请求体太大');
      await page.locator('#home-search').press('Enter');
      await page.waitForURL(`**/${lang}/search/?q=*`);
      await expect(page.locator('ol.search-results > li > a').first()).toHaveAttribute(
        'href',
        `/${lang}/errors/body-size-limit-exceeded/`,
      );
    });
});

test.describe('what is not a response, and a call that got none', () => {
  // On /zh/ the same keyword is "not a response", with the search offered, in e2e/first-screen.spec.ts.
  test('a keyword typed into the box is not judged as a response, and is offered to the search (en)', async ({
    page,
  }) => {
    await open(page, 'en');
    await paste(page, '签名错误');
    await expectVerdict(page, 'unknown', '');
    const block = page.locator('[data-not-a-response]');
    await expect(block).toBeVisible();
    const offer = block.locator('[data-search-offer]');
    await expect(offer).toContainText('签名错误');
    await expect(offer).toHaveAttribute('href', `/en/search/?q=${encodeURIComponent('签名错误')}`);
  });

  test('a client that got no response is told what to check, not asked to paste the response', async ({ page }) => {
    await open(page, 'en');
    await paste(
      page,
      'reqwest::Error { kind: Request, url: "https://bkapi.example.com/api/demo/prod/x", source: hyper::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) }\nError: error sending request for url (https://bkapi.example.com/api/demo/prod/x): tcp connect error: Connection refused (os error 111)',
    );
    await expectVerdict(page, 'unknown', '');
    const block = page.locator('[data-no-response]');
    await expect(block).toContainText('No response came back');
    await expect(block).toContainText('Connection refused');
    await expect(page.getByText('To tell them apart, paste the whole response:')).toHaveCount(0);
  });
});

test.describe('requests since you pasted', () => {
  test('reads 0 after a paste, and counts a request made on purpose', async ({ page }) => {
    await open(page, 'en');
    await paste(page, sample('backend-service.txt'));
    const line = page.locator('[data-requests-since-paste]');
    await expect(line).toHaveAttribute('data-requests-since-paste', '0');
    await expect(line).toContainText('Requests since you pasted: 0');
    // A request the test makes itself is seen and listed, with its query string called out.
    await page.evaluate(() => fetch('/en/?probe=1').then((r) => r.text()));
    await expect(line).toHaveAttribute('data-requests-since-paste', '1');
    await expect(line).toContainText('/en/?probe=1');
    await expect(line).toContainText('1 of them to another host or with a query string');
  });

  test('reads 0 after a file is dropped and after a shared link opens', async ({ page }) => {
    await open(page, 'en');
    await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'backend-access-layer.txt'));
    await expectVerdict(page, 'backend', 'access-layer-page');
    await expect(page.locator('[data-requests-since-paste]')).toHaveAttribute('data-requests-since-paste', '0');
    await page.locator('[data-copy="link"]').click();
    await expect.poll(() => readClipboard(page)).toContain('#');
    const link = await readClipboard(page);
    await page.goto('about:blank');
    await page.goto(link);
    await expectVerdict(page, 'backend', 'access-layer-page');
    await expect(page.locator('[data-requests-since-paste]')).toHaveAttribute('data-requests-since-paste', '0');
  });
});

for (const lang of ['en', 'zh'] as const) {
  test(`an error inside an error (${lang}): the chain of layers, and where it failed first leads`, async ({ page }) => {
    await open(page, lang);
    await paste(
      page,
      fs.readFileSync(
        path.join(import.meta.dirname, '../lib/classify/blind/nested/cmdb-create-biz-holds-esb-1306201-iam.txt'),
        'utf8',
      ),
    );
    await expectVerdict(page, 'backend', 'backend-service-response');
    const hops = page.locator('[data-hops]');
    await expect(hops.locator('li[data-hop-source]')).toHaveCount(2);
    await expect(hops.locator('li[data-hop-source]').nth(1)).toHaveAttribute('data-hop-source', 'esb');
    // The chain: the caller, then the service that answered, then the ESB inside it, marked where it failed first.
    await expect(hops.locator('ol > li').first()).toHaveText(lang === 'en' ? 'Caller' : '调用方');
    const failed = hops.locator('li[aria-current="step"]');
    await expect(failed).toHaveAttribute('data-hop-n', '2');
    await expect(failed).toContainText(lang === 'en' ? 'failed first' : '最先出错');
    const first = hops.locator('[data-first-failure]');
    await expect(first).toHaveAttribute('data-first-failure', 'esb-1306201-third-party-request-error');
    await expect(first.locator('a')).toHaveAttribute('href', `/${lang}/errors/esb-1306201-third-party-request-error/`);
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`a release note in the evidence (${lang}): code shown as code, no raw backticks`, async ({ page }) => {
    await open(page, lang);
    const body =
      '{"code":1640301,"data":null,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource [reason=\\"permission has expired, type=resource_permission, bk_app_code=demo\\"]","result":false}';
    await paste(page, `HTTP/1.1 403 Forbidden\nX-Bkapi-Error-Code: 1640301\nContent-Type: application/json\n\n${body}`);
    await expectVerdict(page, 'gateway', 'app-no-permission');
    const notes = page.locator('li[data-signal="release-note"]');
    await expect(notes.first()).toBeAttached();
    for (const text of await notes.allInnerTexts()) expect(text).not.toContain('`');
    if (lang === 'en') await expect(notes.first().locator('p code').first()).toBeAttached();
    else await expect(notes.first()).toContainText('网关不同版本');
  });
}

/**
 * The answer on the first screen, in the reader's words (issue 25): after a paste, a drop or a shared link the
 * headline (what happened, who acts, the first action) is inside the first screen and announced, on a laptop and
 * a phone, in both languages; Back restores the masked paste and its verdict; the Chinese page shows no engine
 * id and no English sentence outside code; junk and a keyword get "not a response"; every entry page has the way
 * to its fix on the first screen; the keyboard starts in the box; axe passes on the answer in both schemes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { hydrated } from './helpers';
import { slugs } from './site-data';
import { expect, test } from './support/test';
import { SIGNALS } from '../lib/classify';
import { encodeShare } from '../lib/share/share-link';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures-classify');
const sample = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const VIEWPORTS = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const GATEWAY = sample('gateway-curl-with-secrets.txt');

async function open(page: Page, lang: 'zh' | 'en', hash = '') {
  await page.goto(`/${lang}/classify/${hash}`);
  await hydrated(page, '#classify-input');
}

/** Pastes as a person does: the paste event (which the page watches), then the text arriving in the box. */
async function paste(page: Page, text: string) {
  const box = page.locator('#classify-input');
  await box.focus();
  await box.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await box.fill(text);
}

/** The headline is whole inside the window, and the live region says it. */
async function answered(page: Page, words: RegExp) {
  const title = page.locator('#verdict-title');
  await expect(title).toHaveText(words, { timeout: 30_000 });
  await expect(title).toBeInViewport({ ratio: 1 });
  await expect(page.locator('[data-action]')).toBeInViewport({ ratio: 1 });
  const said = await title.innerText();
  await expect(page.locator('[data-classify-status="done"]')).toContainText(said.slice(0, 20));
}

const HEADLINE = {
  zh: /^网关拒绝了请求：应用无权限访问该资源（403 · 1640301 · 应用 my-app · 网关 my-gateway · 环境 prod）$/,
  en: /^The gateway refused the request: App has no permission to the resource \(403 · 1640301 · app my-app/,
};

for (const lang of ['zh', 'en'] as const)
  for (const [width, viewport] of Object.entries(VIEWPORTS))
    test.describe(`the answer first (/${lang}/, ${width})`, () => {
      test.use({ viewport });

      test('after a paste the box shrinks and the headline is on the screen, announced', async ({ page }) => {
        await open(page, lang);
        await paste(page, GATEWAY);
        await answered(page, HEADLINE[lang]);
        await expect(page.locator('#classify-input')).toHaveAttribute('rows', '3');
        await page.locator('[data-edit-paste]').click();
        await expect(page.locator('#classify-input')).toHaveAttribute('rows', '14');
        await expect(page.locator('#classify-input')).toBeFocused();
      });

      test('after a file is dropped or chosen the headline is on the screen', async ({ page }) => {
        await open(page, lang);
        await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'gateway-curl-with-secrets.txt'));
        await answered(page, HEADLINE[lang]);
      });

      test('a shared link opens on its answer', async ({ page }) => {
        await open(page, lang, `#${encodeShare({ text: GATEWAY, harEntry: null })}`);
        await answered(page, /1640301/);
      });
    });

for (const lang of ['zh', 'en'] as const) {
  test(`Back from the entry restores the masked paste and its verdict (/${lang}/)`, async ({ page }) => {
    await open(page, lang);
    await paste(page, GATEWAY);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-entry', 'app-no-permission');
    await page.locator('[data-entry-panel] h3 a').click();
    await expect(page).toHaveURL(/\/errors\/app-no-permission\/$/);
    await page.goBack();
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-entry', 'app-no-permission', {
      timeout: 30_000,
    });
    const restored = await page.locator('#classify-input').inputValue();
    expect(restored).toContain('X-Bkapi-Error-Code: 1640301');
    expect(restored).not.toContain('AppS3cretValue42');
    // A fresh visit to the page starts empty, with the box ready for the keyboard.
    await page.goto(`/${lang}/`);
    await open(page, lang);
    await expect(page.locator('#classify-input')).toHaveValue('');
    await expect(page.locator('#classify-input')).toBeFocused();
  });

  test(`junk and a keyword are "not a response" (/${lang}/)`, async ({ page }) => {
    await open(page, lang);
    for (const text of ['签名错误', 'q8#Lz!vv 0x00ff @@ lorem ipsum ~~ 77aa']) {
      await paste(page, text);
      await expect(page.locator('[data-not-a-response]')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('#verdict-title')).toHaveText(
        lang === 'zh' ? '这不像是一个响应' : 'This does not look like a response',
      );
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-source', 'unknown');
    }
    await expect(page.locator('[data-search-offer]')).toBeVisible();
  });

  test(`a document holding several errors names none of them, and offers each (/${lang}/)`, async ({ page }) => {
    await open(page, lang);
    const body = (code: number, codeName: string, message: string) =>
      JSON.stringify({ code, data: null, code_name: codeName, message, result: false }, null, 2);
    await paste(
      page,
      [
        '## status: 403',
        '```json',
        body(1640301, 'APP_NO_PERMISSION', 'App has no permission to the resource'),
        '```',
        '## status: 404',
        '```json',
        body(1640401, 'API_NOT_FOUND', 'API not found'),
        '```',
      ].join('\n'),
    );
    await answered(
      page,
      lang === 'zh'
        ? /^这里有几个不同的错误，看不出你收到的是哪一个/
        : /^Several different errors: which one you got is not clear/,
    );
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-source', 'unknown');
    await expect(page.locator('[data-action]')).toContainText(
      lang === 'zh' ? '只贴出你收到的那一个响应' : 'Paste only the response you got',
    );
    for (const slug of ['app-no-permission', 'api-not-found'])
      await expect(page.locator(`[data-candidate="${slug}"] a`)).toHaveAttribute('href', `/${lang}/errors/${slug}/`);
  });
}

/** Engine words a Chinese reader must never see: paste-form ids, signal ids, entry slugs. */
const ENGINE_IDS = [
  ...Object.keys(SIGNALS),
  ...slugs,
  'json-in-text',
  'log-line',
  'client-error',
  'raw-http',
  'curl-verbose',
];
const ZH_PASTES = [
  'gateway-curl-with-secrets.txt',
  'backend-access-layer.txt',
  'backend-service.txt',
  'esb.txt',
  'unknown-429.txt',
].map(sample);

test('the Chinese answer speaks Chinese: no engine id, no English sentence outside code', async ({ page }) => {
  await open(page, 'zh');
  for (const text of [
    ...ZH_PASTES,
    '2026-12-01 10:00:00 ERROR request failed: {"code":1640301,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource","result":false,"data":null}',
    'curl: (7) Failed to connect to bkapi.example.com port 443 after 3 ms: Connection refused',
  ]) {
    await paste(page, text);
    await expect(page.locator('[data-classify-status="done"]')).toBeVisible({ timeout: 30_000 });
    // Everything the page says, open folds included, without the paste itself (the box, quoted blocks).
    const said = (withCode: boolean) =>
      page.locator('main').evaluate((main, keepCode) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
        const drop = ['pre', 'textarea', 'svg', 'script', 'style', '[data-fact]'];
        if (!keepCode) drop.push('code', 'kbd', 'samp', '.font-mono');
        copy.querySelectorAll(drop.join(',')).forEach((e) => e.remove());
        return copy.textContent ?? '';
      }, withCode);
    const ids = await said(true);
    const words = await said(false);
    for (const id of ENGINE_IDS)
      expect(ids, `"${id}" after ${text.slice(0, 40)}`).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
    const english = /\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3,}\b/.exec(words);
    expect(english?.[0] ?? null, `an English sentence after ${text.slice(0, 40)}`).toBeNull();
  }
});

// Every entry page's way to its fix on a phone's first screen: in the every-page sweep (e2e/every-page.spec.ts),
// from the load it makes of each page anyway.

test('the keyboard reaches the answer from the box', async ({ page }) => {
  await open(page, 'en');
  await expect(page.locator('#classify-input')).toBeFocused();
  await paste(page, GATEWAY);
  await expect(page.locator('[data-action] a')).toBeVisible({ timeout: 30_000 });
  for (let i = 0; i < 8 && !(await page.locator('[data-action] a').evaluate((a) => a === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(page.locator('[data-action] a')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#classify-fix$/);
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe passes on the answer (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, 'zh');
    await paste(page, GATEWAY);
    await expect(page.locator('[data-entry-panel]')).toBeVisible({ timeout: 30_000 });
    await page.locator('[data-evidence-more] summary').click();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

test.describe('the header', () => {
  for (const lang of ['zh', 'en'] as const)
    for (const [width, viewport] of Object.entries(VIEWPORTS))
      test(`the paste page is in sight in the header (/${lang}/, ${width})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(`/${lang}/errors/`);
        const link = page.getByRole('navigation', { name: 'main' }).locator(`a[href="/${lang}/classify/"]`);
        await expect(link).toBeInViewport({ ratio: 1 });
      });

  for (const scheme of ['light', 'dark'] as const)
    test(`every control's focus ring is whole, not clipped (${scheme}, phone)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(VIEWPORTS.phone);
      await page.goto('/en/errors/');
      await hydrated(page, 'header button[aria-label]');
      const seen: string[] = [];
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el?.closest('header')) return null;
          const s = getComputedStyle(el);
          // Chromium draws an `auto` outline about 2 px wide whatever its width says.
          const width = s.outlineStyle === 'none' ? 0 : Math.max(parseFloat(s.outlineWidth), 2);
          const out = width + parseFloat(s.outlineOffset || '0');
          const r = el.getBoundingClientRect();
          const clippedBy: string[] = [];
          for (let a = el.parentElement; a; a = a.parentElement) {
            const as = getComputedStyle(a);
            if (as.overflowX === 'visible' && as.overflowY === 'visible') continue;
            const b = a.getBoundingClientRect();
            if (r.left - out < b.left || r.right + out > b.right || r.top - out < b.top || r.bottom + out > b.bottom)
              clippedBy.push(a.tagName.toLowerCase());
          }
          return { what: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(), width, clippedBy };
        });
        if (!stop) continue;
        seen.push(stop.what);
        expect(stop.width, `${stop.what}: a focus ring`).toBeGreaterThan(0);
        expect(stop.clippedBy, `${stop.what}: the ring clipped`).toEqual([]);
      }
      // The name, five links, search, language and theme.
      expect(seen.length).toBeGreaterThanOrEqual(9);
    });
});

/**
 * The ids (APP_NO_PERMISSION, X-Bkapi-Error-Code, a request id) that wrap inside a word rather than after `_` or
 * `-`: each character's line, read from the layout.
 */
function midWordBreaks(page: Page) {
  return page.locator('main').evaluate((main) => {
    const ID = /[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+/g;
    const found: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const el = n.parentElement;
      if (!el?.checkVisibility() || el.closest('pre, textarea, svg')) continue;
      for (const m of n.data.matchAll(ID)) {
        let top: number | null = null;
        for (let i = m.index; i < m.index + m[0].length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const box = range.getClientRects()[0];
          if (!box?.width) continue;
          if (top !== null && box.top > top + 2 && !'_-'.includes(n.data[i - 1]!))
            found.push(`${m[0]} before ${i - m.index}`);
          top = box.top;
        }
      }
    }
    return found;
  });
}

for (const lang of ['zh', 'en'] as const)
  test(`ids wrap after _ or -, never mid-word: the verdict, entry pages, the catalog and the headers page (/${lang}/)`, async ({
    page,
  }) => {
    test.slow();
    // Each page loaded once and laid out at both phone widths (a resize relays it out as a load at that width would).
    const atBothWidths = async (what: string) => {
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 844 });
        expect(await midWordBreaks(page), `${what} at ${width} px`).toEqual([]);
      }
    };
    for (const address of [
      `/${lang}/errors/`,
      `/${lang}/headers/`,
      `/${lang}/errors/concurrency-limit-exceeded/`,
      `/${lang}/errors/app-no-permission/`,
      `/${lang}/errors/esb-1306203-ssl-error/`,
    ]) {
      await page.setViewportSize({ width: 320, height: 844 });
      await page.goto(address);
      await atBothWidths(address);
    }
    await page.setViewportSize({ width: 320, height: 844 });
    await open(page, lang);
    await paste(page, GATEWAY);
    await expect(page.locator('[data-entry-panel]')).toBeVisible({ timeout: 30_000 });
    await atBothWidths(`the verdict on /${lang}/`);
  });

test.describe('a HAR on a phone', () => {
  test.use({ viewport: VIEWPORTS.phone });
  for (const lang of ['zh', 'en'] as const)
    test(`the picker is readable, its buttons whole, the first failure listed chosen (/${lang}/)`, async ({ page }) => {
      await open(page, lang);
      await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'several.har'));
      const radios = page.locator('[data-har-list] input[type="radio"]');
      await expect(radios).toHaveCount(4, { timeout: 30_000 });
      await expect(radios.first()).toBeChecked();
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-entry', 'rate-limit-resource-strategy');
      const groups = page.locator('[data-triage] [data-group-entry]');
      await expect(groups).toHaveCount(2);
      for (const group of await groups.all()) {
        // Sentences get the card's width, not a column a word wide.
        for (const p of await group.locator('p').all()) expect((await p.boundingBox())!.width).toBeGreaterThan(250);
        const open = group.getByRole('button');
        await open.scrollIntoViewIfNeeded();
        await expect(open).toBeInViewport({ ratio: 1 });
      }
      for (const row of await page.locator('[data-har-list] label').all())
        expect((await row.boundingBox())!.width).toBeGreaterThan(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
});

test('dark scheme: the card tints only the hop that answered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, 'en');
  await paste(page, GATEWAY);
  const chain = page.locator('#classify-verdict').locator('xpath=..').locator('[data-chain]');
  await expect(chain).toHaveAttribute('data-chain', 'gateway', { timeout: 30_000 });
  const card = chain.locator('xpath=..');
  const [cardBg, pageBg] = await Promise.all([
    card.evaluate((e) => getComputedStyle(e).backgroundColor),
    page.locator('body').evaluate((e) => getComputedStyle(e).backgroundColor),
  ]);
  expect(cardBg).toBe(pageBg);
  const fills = await chain
    .locator('svg rect')
    .evaluateAll((rects) => rects.map((r) => [r.closest('[data-hop]') !== null, r.getAttribute('fill')] as const));
  expect(fills.filter(([hop, fill]) => fill !== 'none' && !hop)).toEqual([]);
  expect(fills.filter(([hop, fill]) => fill !== 'none' && hop)).toHaveLength(1);
});

/**
 * The addresses for tools (../shared/contract/urls.md): the resolver that any tool builds from an error
 * response, every entry as Markdown, and /llms.txt and /llms-full.txt for assistants; at the root and under
 * the sub-path, served by nginx with deploy/nginx.conf.
 */
import { type Page } from '@playwright/test';
import { clearClipboard, hydrated, readClipboard } from './helpers';
import { entries, LANGS, slugs, subPathURL } from './site-data';
import { expect, test } from './support/test';
import * as routes from '../lib/routes';

type Params = Parameters<typeof routes.resolver>[1];

/** Opens the resolver with `params` and waits for the address it settles on. */
async function resolveTo(page: Page, lang: 'zh' | 'en' | null, params: Params, expected: string) {
  await page.goto(routes.resolver(lang, params));
  await page.waitForURL((u) => u.pathname + u.search + u.hash === expected, { timeout: 20_000 });
}

test.describe('the resolver', () => {
  for (const [name, params, expected] of [
    ['a plain code', { code: '1642903' }, '/en/errors/rate-limit-resource-strategy/'],
    [
      'a reason of 1640001',
      { code: '1640001', message: 'Parameters error [reason="parameter bk_nonce required"]' },
      '/en/errors/invalid-args-other-reasons/#bk-nonce-required',
    ],
    [
      'an upstream_error of 502',
      { status: '502', message: 'Bad Gateway [upstream_error="cannot read header from upstream"]' },
      '/en/errors/bad-gateway-cannot-read-header/',
    ],
    [
      'an upstream_error of 504',
      {
        code: '1650401',
        message: 'Request backend service timeout [upstream_error="connection timed out while connecting to upstream"]',
      },
      '/en/errors/backend-connect-timeout/',
    ],
    [
      'the second code_name of 1640302',
      { code: '1640302', code_name: 'CROSS_TENANT_FORBIDDEN' },
      '/en/errors/cross-tenant-forbidden/',
    ],
    ['an ESB code', { code: '1306403' }, '/en/errors/esb-1306403-app-permission-denied/'],
    [
      'an unknown code, to the search',
      { code: '1649999', message: 'brand new error' },
      '/en/search/?q=brand%20new%20error',
    ],
  ] as const) {
    test(`${name} lands on ${expected}`, async ({ page }) => {
      await resolveTo(page, 'en', params, expected);
      await expect(page.locator('h1')).toBeVisible();
    });
  }

  test('a bare status lists its entries, each linking to its page, with the status page', async ({ page }) => {
    await page.goto(routes.resolver('zh', { status: '429' }));
    const list = page.locator('[data-resolver="list"]');
    await expect(list).toBeVisible({ timeout: 20_000 });
    const want = entries.filter((e) => e.status === 429).map((e) => e.slug);
    await expect(list.locator('[data-entry]')).toHaveCount(want.length);
    for (const slug of want)
      await expect(list.locator(`[data-entry="${slug}"] a`)).toHaveAttribute('href', `/zh/errors/${slug}/`);
    await expect(list.getByRole('link', { name: '状态码 429 的全部错误' })).toHaveAttribute('href', '/zh/status/429/');
  });

  test("the language-neutral /r/ keeps the query and resolves in the reader's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await resolveTo(page, null, { code: '1640401' }, '/en/errors/api-not-found/');
    await context.close();
  });

  test('an address with nothing in it explains itself with an example', async ({ page }) => {
    await page.goto(routes.resolver('en'));
    await expect(page.locator('[data-resolver="empty"]')).toBeVisible({ timeout: 20_000 });
    await page.locator('[data-resolver="empty"] a').first().click();
    await page.waitForURL('**/en/errors/app-code-cannot-be-empty/');
  });

  test("a code that is neither the gateway's nor the ESB's is the backend's own, with the guide's section", async ({
    page,
  }) => {
    for (const [lang, code, says] of [
      ['en', '9999999', "it is the backend service's own code"],
      ['zh', '40403', '它是后端服务自己的错误码'],
    ] as const) {
      await page.goto(routes.resolver(lang, { code, message: 'not found' }));
      const shown = page.locator('[data-resolver="backend"]');
      await expect(shown).toContainText(code, { timeout: 20_000 });
      await expect(shown).toContainText(says);
      await expect(shown.getByRole('link')).toHaveAttribute(
        'href',
        `/${lang}/guide/gateway-or-backend/#backend-service-response`,
      );
      expect(new URL(page.url()).pathname).toBe(`/${lang}/r/`);
    }
  });

  test('with JavaScript off it links to every code and status page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(routes.resolver('en', { code: '1640301' }));
    await expect(page.locator('[data-resolver="noscript"]')).toBeVisible();
    await expect(page.getByRole('link', { name: '1640301', exact: true })).toHaveAttribute(
      'href',
      '/en/codes/1640301/',
    );
    await expect(page.getByRole('link', { name: '429', exact: true })).toHaveAttribute('href', '/en/status/429/');
    await context.close();
  });

  test('under the sub-path it lands within the sub-path', async ({ page }) => {
    await page.goto(subPathURL() + routes.resolver('zh', { code: '1640302', code_name: 'IP_NOT_ALLOWED' }));
    await page.waitForURL(`${subPathURL()}/zh/errors/ip-not-allowed/`, { timeout: 20_000 });
  });

  test('each entry page shows the resolver address for its own error, which comes back to it', async ({ page }) => {
    await page.goto('/en/errors/cross-tenant-forbidden/');
    const shown = (await page.locator('[data-resolver-address] p.font-mono').textContent())!.trim();
    expect(shown).toBe('/en/r/?code=1640302&code_name=CROSS_TENANT_FORBIDDEN');
    await page.goto(shown);
    await page.waitForURL('**/en/errors/cross-tenant-forbidden/');
  });
});

test.describe('Markdown for people and assistants', () => {
  test("every entry's index.md in both languages, as text/markdown, with its facts", async ({ request }) => {
    for (const lang of LANGS)
      for (const e of entries) {
        const res = await request.get(routes.entryMarkdown(lang, e.slug));
        expect(res.status(), `${lang} ${e.slug}`).toBe(200);
        expect(res.headers()['content-type']).toBe('text/markdown; charset=utf-8');
        const md = await res.text();
        expect(md.startsWith(`# ${e.title[lang]}\n`), `${lang} ${e.slug} title`).toBe(true);
        expect(md).toContain(`\`${e.status}\``);
        if (e.code !== null) expect(md).toContain(`\`${e.code}\``);
      }
  });

  test('/llms.txt lists every entry in both languages; /llms-full.txt holds them all', async ({ request }) => {
    const res = await request.get('/llms.txt');
    expect(res.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const txt = await res.text();
    for (const lang of LANGS) for (const slug of slugs) expect(txt).toContain(`(/${lang}/errors/${slug}/index.md)`);
    const full = await (await request.get('/llms-full.txt')).text();
    for (const e of entries) expect(full).toContain(`\n## ${e.title.zh}\n`);
  });

  test('under the sub-path the Markdown and llms.txt point within it', async ({ request }) => {
    const txt = await (await request.get(`${subPathURL()}/llms.txt`)).text();
    expect(txt).toContain(`(${new URL(subPathURL()).pathname}/en/errors/${slugs[0]}/index.md)`);
    const md = await request.get(`${subPathURL()}/zh/errors/${slugs[0]}/index.md`);
    expect(md.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  });

  test('"Copy as Markdown" on an entry page copies its Markdown', async ({ page }) => {
    await page.goto('/zh/errors/app-no-permission/');
    await hydrated(page, '[data-copy="markdown"]');
    await clearClipboard(page);
    await page.locator('[data-copy="markdown"]').click();
    await expect.poll(() => readClipboard(page)).toContain('# 应用无权限访问该资源\n');
    await expect(page.locator('[data-copy="markdown"]')).toHaveText('已复制 Markdown');
  });
});

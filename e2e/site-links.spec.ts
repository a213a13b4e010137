/**
 * Links into the reader's own BlueKing (issue 29, ../shared/contract/site-config.md), in the browser. The
 * sub-path export is built WITH the three settings (scripts/test.sh), the root export without: at the root the
 * same settings are also given at run time, the way a BlueKing serving process writes the meta into each page,
 * and without them none of it appears. Every page is watched for requests to another host, and no link may
 * carry a secret of the secret fixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clearClipboard, copyLink, hydrated, readClipboard } from './helpers';
import { REPO, SUB_PATH, subPathURL } from './site-data';
import { expect, test } from './support/test';

/** What scripts/test.sh builds the sub-path export with. */
export const SETTINGS = {
  PORTAL_APIGW_DASHBOARD_URL: 'https://apigw.example.com/',
  PORTAL_PAAS_URL: 'https://paas.example.com/',
  PORTAL_FEEDBACK_URL: 'https://tracker.example.com/new?title={title}&body={body}',
};
const META = JSON.stringify({
  dashboard: SETTINGS.PORTAL_APIGW_DASHBOARD_URL,
  paas: SETTINGS.PORTAL_PAAS_URL,
  feedback: SETTINGS.PORTAL_FEEDBACK_URL,
});
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures-classify');
const SECRET_CURL = fs.readFileSync(path.join(FIXTURES, 'gateway-curl-with-secrets.txt'), 'utf8');
const SECRETS = [
  'QueryTok3nValue9',
  'AppS3cretValue42',
  'UserT0kenValue77',
  'C00kieTokenValue5',
  'S3ssionValue66',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
];
const REQUEST_ID = 'f466f78c-5130-4410-9d71-6b65c320cc3f';
const TOOLBOX = 'https://apigw.example.com/platform-tools/toolbox?request_id=';
/** A backend's error holding the ESB's: two hops, and the gateway's request id on the response the caller got. */
const NESTED = fs.readFileSync(
  path.join(FIXTURES, '../../lib/classify/blind/nested/cmdb-create-biz-holds-esb-1306201-iam.txt'),
  'utf8',
);
const NESTED_ID = '47c1d2e3-f4a5-4b6c-9d7e-8f9a0b1c2d3e';
const IP_REFUSAL = [
  'GET https://bkapi.example.com/api/bk-cmdb/prod/users/',
  '',
  'HTTP/1.1 403 Forbidden',
  'Content-Type: application/json',
  'X-Bkapi-Request-ID: 648945ac-2a80-4631-85ed-a5034b5a7529',
  'X-Bkapi-Error-Code: 1640302',
  '',
  '{"code":1640302,"data":null,"code_name":"IP_NOT_ALLOWED","message":"Request rejected by ip restriction [ip=\\"10.0.0.8\\" reason=\\"Your IP address is not allowed\\"]","result":false}',
].join('\n');

type Site = { name: string; base: (page: Page) => Promise<string>; configured: boolean };

/** The root export, with the meta written into each page as it is served (what a serving process does). */
async function runTimeMeta(page: Page): Promise<string> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const res = await route.fetch();
    const html = (await res.text()).replace(
      '<head>',
      `<head><meta name="apigw-portal-config" content='${META.replace(/'/g, '&#39;')}'>`,
    );
    await route.fulfill({ response: res, body: html });
  });
  return '';
}
const SITES: Site[] = [
  { name: `built with the settings, under ${SUB_PATH}`, base: async () => subPathURL(), configured: true },
  { name: 'given the settings at run time, at the root', base: runTimeMeta, configured: true },
  { name: 'without the settings, at the root', base: async () => '', configured: false },
];

async function classify(page: Page, base: string, lang: 'zh' | 'en', text: string) {
  await page.goto(`${base}/${lang}/classify/`);
  await hydrated(page, '#classify-input');
  await page.locator('#classify-input').fill(text);
  await expect(page.locator('[data-classify-status]')).toHaveAttribute('data-classify-status', 'done', {
    timeout: 30_000,
  });
}

/** Every link the page offers into another host: each must open in a new tab without a referrer. */
async function portalLinks(page: Page) {
  const links = await page.locator('[data-portal-link]').evaluateAll((as) =>
    as.map((a) => ({
      kind: a.getAttribute('data-portal-link'),
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    })),
  );
  for (const l of links) {
    expect(l.target).toBe('_blank');
    expect(l.rel).toBe('noopener noreferrer');
    for (const s of SECRETS) expect(l.href).not.toContain(s);
  }
  return links;
}

for (const site of SITES) {
  test.describe(site.name, () => {
    test('a permission error with an app code: the permission page and the flow log (en)', async ({
      page,
      watched,
    }) => {
      await classify(page, await site.base(page), 'en', SECRET_CURL);
      const fix = page.locator('[data-fix="permission"]');
      await expect(fix).toContainText('App my-app needs permission to gateway my-gateway.');
      const links = await portalLinks(page);
      if (site.configured) {
        expect(links).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              kind: 'app-permission',
              href: 'https://paas.example.com/developer-center/apps/my-app/cloudapi',
            }),
            expect.objectContaining({
              kind: 'flow-log',
              href: `https://apigw.example.com/platform-tools/toolbox?request_id=${REQUEST_ID}`,
            }),
          ]),
        );
        // The ticket carries the links the page shows.
        await expect(page.locator('[data-ticket-preview]')).toContainText(
          '<https://paas.example.com/developer-center/apps/my-app/cloudapi>',
        );
        await expect(page.locator('[data-ticket-preview]')).toContainText(`<${TOOLBOX}${REQUEST_ID}>`);
      } else {
        expect(links).toEqual([]);
        await expect(page.locator('[data-feedback]')).toHaveCount(0);
        await expect(page.locator('[data-ticket-preview]')).not.toContainText('example.com/developer-center');
      }
      expect(watched.foreign).toEqual([]);
    });

    test('a shared verdict shows the same links (en)', async ({ page }) => {
      await classify(page, await site.base(page), 'en', SECRET_CURL);
      await expect(page.locator('[data-copy="link"]')).toBeEnabled();
      const shared = await copyLink(page, '[data-copy="link"]');
      for (const s of SECRETS) expect(shared).not.toContain(s);
      await page.goto('about:blank');
      await page.goto(shared);
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-entry', 'app-no-permission', {
        timeout: 30_000,
      });
      const links = await portalLinks(page);
      expect(links.map((l) => l.kind).sort()).toEqual(site.configured ? ['app-permission', 'flow-log'] : []);
    });

    test('a bare request id pasted is answered as one (zh)', async ({ page, watched }) => {
      await classify(page, await site.base(page), 'zh', `  ${REQUEST_ID}\n`);
      const answer = page.locator(`[data-request-id-answer="${REQUEST_ID}"]`);
      await expect(answer).toContainText('这是一个请求 ID');
      await expect(page.locator('[data-verdict]')).toHaveCount(0);
      const links = await portalLinks(page);
      expect(links.map((l) => l.href)).toEqual(
        site.configured ? [`https://apigw.example.com/platform-tools/toolbox?request_id=${REQUEST_ID}`] : [],
      );
      expect(watched.foreign).toEqual([]);
    });

    test('an error inside an error: the request id on the response the caller got, with its flow log (zh, en)', async ({
      page,
    }) => {
      const base = await site.base(page);
      for (const lang of ['zh', 'en'] as const) {
        await classify(page, base, lang, NESTED);
        const hops = page.locator('[data-hops] li[data-hop-source]');
        await expect(hops).toHaveCount(2);
        const id = hops.first().locator(`[data-hop-request-id="${NESTED_ID}"]`);
        await expect(id).toContainText(`X-Bkapi-Request-ID: ${NESTED_ID}`);
        await expect(hops.nth(1).locator('[data-hop-request-id]')).toHaveCount(0);
        const link = id.locator('[data-portal-link="flow-log"]');
        if (site.configured) {
          await expect(link).toHaveAttribute('href', `${TOOLBOX}${NESTED_ID}`);
          await expect(link).toContainText(lang === 'zh' ? '流水日志' : 'flow log');
        } else await expect(link).toHaveCount(0);
        await portalLinks(page);
      }
    });

    test("each triage group: its request id's flow log, on the page and in the summary (en, zh)", async ({ page }) => {
      const base = await site.base(page);
      const har = fs.readFileSync(path.join(FIXTURES, 'several.har'));
      for (const lang of ['en', 'zh'] as const) {
        await page.goto(`${base}/${lang}/classify/`);
        await hydrated(page, '#classify-input');
        await page
          .locator('input[type="file"]')
          .setInputFiles({ name: 'several.har', mimeType: 'application/json', buffer: har });
        const rows = page.locator('[data-triage] [data-group-entry]');
        await expect(rows).toHaveCount(2, { timeout: 30_000 });
        const ids = ['22222222-0000-0000-0000-000000000003', '33333333-0000-0000-0000-000000000004'];
        const links = rows.locator('[data-portal-link="flow-log"]');
        if (site.configured)
          expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(
            ids.map((id) => `${TOOLBOX}${id}`),
          );
        else await expect(links).toHaveCount(0);
        for (const id of ids) await expect(page.locator('[data-triage]')).toContainText(id);
        await portalLinks(page);
        await clearClipboard(page);
        await page.locator('[data-copy="triage"]').click();
        await expect.poll(() => readClipboard(page)).toContain(ids[0]);
        const summary = await readClipboard(page);
        for (const id of ids)
          if (site.configured) expect(summary).toContain(`<${TOOLBOX}${id}>`);
          else expect(summary).not.toContain('platform-tools/toolbox');
      }
    });

    test('an IP refusal: the line to send and the gateway documentation page (zh)', async ({ page, watched }) => {
      await classify(page, await site.base(page), 'zh', IP_REFUSAL);
      await expect(page.locator('[data-line-to-send]')).toHaveText(
        '请在网关 bk-cmdb 的环境 prod 的 IP 访问保护中放行来源 IP 10.0.0.8（请求 ID 648945ac-2a80-4631-85ed-a5034b5a7529）。',
      );
      const links = await portalLinks(page);
      expect(links.filter((l) => l.kind === 'gateway-docs').map((l) => l.href)).toEqual(
        site.configured ? ['https://apigw.example.com/docs/api-docs/gateway/bk-cmdb'] : [],
      );
      expect(watched.foreign).toEqual([]);
    });

    test('feedback under a verdict: the masked summary first, then the tracker (en)', async ({
      page,
      context,
      guard,
    }) => {
      await classify(page, await site.base(page), 'en', SECRET_CURL);
      if (!site.configured) {
        await expect(page.locator('[data-feedback]')).toHaveCount(0);
        return;
      }
      await page.locator('[data-feedback-kind="wrong"]').click();
      const body = page.locator('[data-feedback-body]');
      await expect(body).toContainText(`- X-Bkapi-Request-ID: ${REQUEST_ID}`);
      await expect(body).toContainText('- Entry: app-no-permission');
      const shown = await body.innerText();
      for (const s of SECRETS) expect(shown).not.toContain(s);
      // The tracker opens in a new tab with exactly what was shown (answered here: no other host is reached).
      await context.route('https://tracker.example.com/**', (r) =>
        r.fulfill({ body: 'tracker', contentType: 'text/plain' }),
      );
      const [popup] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('[data-portal-link="feedback"]').click(),
      ]);
      await popup.waitForURL(/tracker\.example\.com/);
      const opened = new URL(popup.url());
      expect(opened.origin + opened.pathname).toBe('https://tracker.example.com/new');
      expect(opened.searchParams.get('title')).toBe(await page.locator('[data-feedback-title]').innerText());
      expect(opened.searchParams.get('body')).toBe(shown);
      for (const s of SECRETS) expect(popup.url()).not.toContain(s);
      // The one request to another host is the reader's own click on the tracker's link, answered here.
      const clicked = guard.foreign.filter((u) => u.startsWith('https://tracker.example.com/'));
      expect(clicked.length).toBeGreaterThan(0);
      guard.foreign.splice(0, guard.foreign.length, ...guard.foreign.filter((u) => !clicked.includes(u)));
    });

    test('feedback on an entry page (zh)', async ({ page }) => {
      const base = await site.base(page);
      await page.goto(`${base}/zh/errors/app-no-permission/`);
      await hydrated(page, '#main a');
      if (!site.configured) {
        await expect(page.locator('[data-feedback]')).toHaveCount(0);
        return;
      }
      await page.locator('[data-feedback-kind="missing"]').click();
      await expect(page.locator('[data-feedback-title]')).toHaveText('缺少错误：app-no-permission');
      await expect(page.locator('[data-feedback-body]')).toContainText('- 条目: app-no-permission');
      const href = await page.locator('[data-portal-link="feedback"]').getAttribute('href');
      expect(new URL(href!).searchParams.get('body')).toBe(await page.locator('[data-feedback-body]').innerText());
    });
  });
}

test('the meta: the settings as built under the sub-path, and nothing at the root', async ({ page }) => {
  await page.goto(`${subPathURL()}/en/`);
  await expect(page.locator('meta[name="apigw-portal-config"]')).toHaveAttribute('content', META);
  for (const p of ['/en/', '/zh/errors/ip-not-allowed/', '/en/classify/']) {
    await page.goto(p);
    await expect(page.locator('meta[name="apigw-portal-config"]')).toHaveCount(0);
  }
});

test('what to fetch to be sure: one step per missing piece, the request rebuilt with the debug header (zh, en)', async ({
  page,
}) => {
  for (const lang of ['zh', 'en'] as const) {
    await classify(page, '', lang, '502 Bad Gateway');
    const steps = page.locator('[data-fetch-steps] [data-fetch-step]');
    await expect(steps).toHaveCount(3);
    expect(
      await steps.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-fetch-step'), e.getAttribute('data-covers')]),
      ),
    ).toEqual([
      ['curl', 'debug'],
      ['har', 'body'],
      ['headers', 'headers request_id'],
    ]);
    await expect(steps.first().locator('code')).toHaveText(
      `curl -i -H 'X-Bkapi-Debug: true' -H 'X-Bkapi-Authorization: {"bk_app_code":"<bk_app_code>","bk_app_secret":"<bk_app_secret>"}' '<URL of the call>'`,
    );
  }
});

/** Every file of an export, relative to it. */
function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

test('the export built without the settings carries no trace of them; the one built with them does', () => {
  const out = path.resolve(REPO, process.env.E2E_OUT_DIR ?? 'out');
  const sub = path.resolve(REPO, process.env.E2E_OUT_SUBPATH_DIR ?? 'out-subpath');
  test.skip(!fs.existsSync(out) || !fs.existsSync(sub), 'reads both exports on this machine');
  // The settings' values in any file (the developer center's is left out: the catalog's own compapi example
  // uses that address), and what they render in any page or payload (the link templates live in the code).
  const values = [
    SETTINGS.PORTAL_APIGW_DASHBOARD_URL,
    new URL(SETTINGS.PORTAL_FEEDBACK_URL).host,
    '{title}&body={body}',
  ];
  const rendered = [
    'apigw-portal-config',
    'data-portal-link',
    'data-feedback',
    'platform-tools/toolbox?request_id=',
    'developer-center/apps/',
  ];
  const isPage = (f: string) => /\.(html|txt)$/.test(f);
  const traces = (dir: string) => {
    const found = new Map<string, string[]>();
    for (const f of files(dir)) {
      const text = fs.readFileSync(path.join(dir, f), 'latin1');
      const hits = [...values, ...(isPage(f) ? rendered : [])].filter((v) => text.includes(v));
      if (hits.length) found.set(f, hits);
    }
    return found;
  };
  expect([...traces(out)].slice(0, 10)).toEqual([]);
  // The same scan finds them where they are: the meta in every page of the sub-path export.
  const withSettings = traces(sub);
  const pages = files(sub).filter((f) => f.endsWith('.html'));
  expect(pages.filter((f) => !withSettings.get(f)?.includes('apigw-portal-config'))).toEqual([]);
});

test('the links, the line to send and the feedback pass the accessibility scan, in both languages', async ({
  page,
}) => {
  const scan = async () => {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  for (const lang of ['zh', 'en'] as const) {
    await classify(page, subPathURL(), lang, IP_REFUSAL);
    await page.locator('[data-feedback-kind="wrong"]').click();
    await expect(page.locator('[data-portal-link="feedback"]')).toBeVisible();
    await scan();
    await page.goto(`${subPathURL()}/${lang}/errors/ip-not-allowed/`);
    await (await hydrated(page, '[data-feedback-kind="missing"]')).click();
    await expect(page.locator('[data-portal-link="feedback"]')).toBeVisible();
    await scan();
  }
});

for (const lang of ['zh', 'en'] as const) {
  test(`the debug header fills the verdict, the chain picture and the ticket (${lang})`, async ({ page }) => {
    const debug = JSON.stringify({
      bk_request_id: REQUEST_ID,
      bk_gateway_name: 'bk-cmdb',
      bk_stage_name: 'prod',
      bk_resource_name: 'search_business',
      bk_backend_name: 'cmdb-api',
      bk_app_code: 'my-app',
      bk_username: 'admin',
      client_ip: '10.0.0.8',
    });
    await classify(
      page,
      '',
      lang,
      `HTTP/1.1 502 Bad Gateway\nX-Bkapi-Debug-Info: ${debug}\n\n<html>bad gateway</html>`,
    );
    const facts = page.locator('[data-answer] dl');
    for (const value of ['bk-cmdb', 'search_business', 'my-app', '10.0.0.8']) await expect(facts).toContainText(value);
    // The chain picture names the backend the gateway called.
    await expect(page.locator('[data-chain] [data-backend="cmdb-api"]')).toBeAttached();
    const ticket = page.locator('[data-ticket-preview]');
    for (const value of ['bk-cmdb', 'prod', 'search_business', 'cmdb-api']) await expect(ticket).toContainText(value);
  });
}

/**
 * Every public address of ../shared/contract/urls.md resolves, in both languages: the page answers 200,
 * carries the right <html lang> and has a heading. Addresses come from the catalog loader (every entry,
 * alias, status and code) and from the contract's own tables (every promised slug and guide anchor).
 *
 * The sweep covers a few hundred addresses, so the browser fetches them as served and parses each with its
 * own HTML parser (DOMParser), a few at a time, in one page: what a reader with JavaScript off, a crawler or
 * a ticket preview gets, at about 10 ms an address instead of 0.4 s for a full navigation on this machine.
 * How each page type renders and behaves with JavaScript on is the business of the other spec files.
 */
import { type Page } from '@playwright/test';
import {
  aliases,
  allCodes,
  allStatuses,
  contractAnchors,
  contractSlugs,
  entries,
  entryStatuses,
  guideAnchors,
  HTML_LANG,
  LANGS,
  slugs,
  type Lang,
} from './site-data';
import { expect, test } from './support/test';

type Facts = {
  path: string;
  status: number;
  lang: string | null;
  h1: string | null;
  count: Record<string, number>;
  ids: [string, string][];
};

/**
 * Fetches each path from the page's origin and reads, with the browser's HTML parser: the status, the
 * <html lang>, the first heading's text, how many elements match each selector of the path, and (with
 * `ids`) every element id with its tag.
 */
async function readPages(
  page: Page,
  items: { path: string; selectors?: string[] }[],
  opts: { ids?: boolean } = {},
): Promise<Facts[]> {
  if (page.url() === 'about:blank') await page.goto('/catalog.json');
  return page.evaluate(
    async ({ items, withIds }) => {
      const read = async ({ path, selectors = [] }: { path: string; selectors?: string[] }) => {
        const res = await fetch(path, { redirect: 'manual', cache: 'no-store' });
        const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
        return {
          path,
          status: res.status,
          lang: doc.documentElement.getAttribute('lang'),
          h1: doc.querySelector('h1')?.textContent?.trim() || null,
          count: Object.fromEntries(selectors.map((sel) => [sel, doc.querySelectorAll(sel).length])),
          ids: withIds ? [...doc.querySelectorAll('[id]')].map((e) => [e.id, e.tagName] as [string, string]) : [],
        };
      };
      const out: Facts[] = [];
      for (let i = 0; i < items.length; i += 6) out.push(...(await Promise.all(items.slice(i, i + 6).map(read))));
      return out;
    },
    { items, withIds: !!opts.ids },
  );
}

/** What every page of the site must have; soft, so one run names every broken address. */
function expectPage(facts: Facts, lang: Lang) {
  expect.soft(facts.status, `${facts.path} answers 200`).toBe(200);
  expect.soft(facts.lang, `${facts.path} has <html lang> of ${lang}`).toMatch(HTML_LANG[lang]);
  expect.soft(facts.h1, `${facts.path} has a heading`).toBeTruthy();
}

test('the contract lists slugs, and every one of them is an entry or an alias of one', () => {
  expect(contractSlugs.length).toBeGreaterThan(0);
  const missing = contractSlugs.filter((s) => !slugs.includes(s) && !aliases.has(s));
  expect(missing, 'contract slugs without an entry in content/errors').toEqual([]);
});

test('the guide has every anchor the contract promises', () => {
  const missing = contractAnchors.filter((a) => !guideAnchors.includes(a));
  expect(missing, 'contract anchors without a heading in the guide').toEqual([]);
});

for (const lang of LANGS) {
  test.describe(`/${lang}/`, () => {
    test(`every entry page /${lang}/errors/{slug}/ resolves with its title`, async ({ page }) => {
      const missing = contractSlugs.filter((s) => !slugs.includes(s) && !aliases.has(s));
      expect.soft(missing, 'contract slugs that are neither an entry nor an alias').toEqual([]);
      const items = entries.map((e) => ({
        path: `/${lang}/errors/${e.slug}/`,
        selectors: [`article[id="${e.slug}"]`],
      }));
      const pages = await readPages(page, items);
      entries.forEach((entry, i) => {
        const facts = pages[i]!;
        expectPage(facts, lang);
        expect.soft(facts.h1, `${facts.path} shows its title`).toBe(entry.title[lang]);
        expect.soft(facts.count[`article[id="${entry.slug}"]`], `${facts.path} is the entry ${entry.slug}`).toBe(1);
      });
    });

    test(`every alias resolves at /${lang}/errors/{alias}/ and points to the current address`, async ({ page }) => {
      test.skip(aliases.size === 0, 'no entry has an alias yet');
      const list = [...aliases];
      const article = (current: string) => `article[id="${current}"]`;
      const link = (current: string) => `[role="note"] a[href$="/${lang}/errors/${current}/"]`;
      const pages = await readPages(
        page,
        list.map(([alias, current]) => ({
          path: `/${lang}/errors/${alias}/`,
          selectors: [article(current), link(current)],
        })),
      );
      list.forEach(([, current], i) => {
        const facts = pages[i]!;
        expectPage(facts, lang);
        expect.soft(facts.count[article(current)], `${facts.path} shows the entry ${current}`).toBe(1);
        expect.soft(facts.count[link(current)], `${facts.path} links the new address`).toBe(1);
      });
    });

    test(`the catalog page /${lang}/errors/ carries every slug, alias and status group as an id`, async ({ page }) => {
      const [facts] = await readPages(page, [{ path: `/${lang}/errors/` }], { ids: true });
      expectPage(facts!, lang);
      const ids = new Map(facts!.ids);
      const want = [...slugs, ...aliases.keys(), ...contractSlugs, ...entryStatuses.map((s) => `status-${s}`)];
      expect(
        want.filter((id) => !ids.has(id)),
        `ids missing from /${lang}/errors/`,
      ).toEqual([]);
      // The entry element itself carries the slug, so :target highlights the whole entry.
      expect(
        slugs.filter((s) => ids.get(s) !== 'ARTICLE'),
        "slugs whose id is not on the entry's <article>",
      ).toEqual([]);
      // In the browser, with its stylesheet: every entry is shown.
      await page.goto(`/${lang}/errors/`);
      await expect(page.locator('main article.entry')).toHaveCount(entries.length);
    });

    test(`every status page /${lang}/status/{n}/ and code page /${lang}/codes/{n}/ resolves and lists its entries`, async ({
      page,
    }) => {
      const listedBy = (status: number) => entries.filter((x) => x.status === status).map((e) => `[id="${e.slug}"]`);
      const linkedBy = (code: number) =>
        entries.filter((x) => x.code === code).map((e) => `a[href$="/${lang}/errors/${e.slug}/"]`);
      const statusPages = await readPages(
        page,
        allStatuses.map((s) => ({ path: `/${lang}/status/${s}/`, selectors: listedBy(s) })),
      );
      for (const facts of statusPages) {
        expectPage(facts, lang);
        for (const [sel, n] of Object.entries(facts.count)) expect.soft(n, `${facts.path} lists ${sel}`).toBe(1);
      }
      const codePages = await readPages(
        page,
        allCodes.map((c) => ({ path: `/${lang}/codes/${c}/`, selectors: linkedBy(c) })),
      );
      for (const facts of codePages) {
        expectPage(facts, lang);
        for (const [sel, n] of Object.entries(facts.count))
          expect.soft(n, `${facts.path} has ${sel}`).toBeGreaterThan(0);
      }
    });

    test(`the guide /${lang}/guide/gateway-or-backend/ has every contract anchor as an element id`, async ({
      page,
    }) => {
      const ids = contractAnchors.map((a) => `[id="${a}"]`);
      const [facts] = await readPages(page, [{ path: `/${lang}/guide/gateway-or-backend/`, selectors: ids }]);
      expectPage(facts!, lang);
      for (const sel of ids) expect.soft(facts!.count[sel], `${facts!.path} has exactly one ${sel}`).toBe(1);
    });

    test(`home, classify, search and the other pages resolve under /${lang}/`, async ({ page }) => {
      const links = entryStatuses.map((s) => `a[href$="/${lang}/status/${s}/"]`);
      const pages = await readPages(page, [
        // The home page lists the catalog by status.
        { path: `/${lang}/`, selectors: links },
        { path: `/${lang}/classify/` },
        { path: `/${lang}/search/` },
        { path: `/${lang}/search/?q=${encodeURIComponent('rate limit')}` },
        { path: `/${lang}/headers/` },
        { path: `/${lang}/esb/` },
      ]);
      for (const facts of pages) expectPage(facts, lang);
      for (const sel of links) expect.soft(pages[0]!.count[sel], `/${lang}/ has ${sel}`).toBeGreaterThan(0);
    });
  });
}

test('every language-neutral address answers 200 with a way to both languages', async ({ request }) => {
  const paths = [
    '/',
    '/errors/',
    '/classify/',
    '/search/',
    '/guide/gateway-or-backend/',
    ...slugs.map((s) => `/errors/${s}/`),
    ...[...aliases.keys()].map((s) => `/errors/${s}/`),
    ...contractSlugs.map((s) => `/errors/${s}/`),
    ...allStatuses.map((s) => `/status/${s}/`),
    ...allCodes.map((c) => `/codes/${c}/`),
  ];
  for (const path of [...new Set(paths)]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect.soft(res.status(), `${path} answers 200`).toBe(200);
    const html = await res.text();
    // Without JavaScript the page offers a link to each language.
    for (const lang of LANGS) expect.soft(html, `${path} links /${lang}${path}`).toContain(`href="/${lang}${path}"`);
  }
});

test('/catalog.json is valid, versioned JSON with every entry in both languages', async ({ request }) => {
  const res = await request.get('/catalog.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^application\/json/);
  const data = JSON.parse(await res.text());
  expect(typeof data.version, 'version is a number').toBe('number');
  expect(Array.isArray(data.entries)).toBe(true);
  const served: string[] = data.entries.map((e: { slug: string }) => e.slug);
  expect(
    [...served].sort(),
    'catalog.json has exactly the entries of content/ (rebuild if this fails after a content change)',
  ).toEqual([...slugs].sort());
  const servedAliases = new Set(data.entries.flatMap((e: { aliases?: string[] }) => e.aliases ?? []));
  expect(
    contractSlugs.filter((s) => !served.includes(s) && !servedAliases.has(s)),
    'contract slugs missing from catalog.json',
  ).toEqual([]);
  for (const e of data.entries) {
    for (const lang of LANGS) {
      expect.soft(e.title?.[lang], `${e.slug} has a ${lang} title`).toBeTruthy();
      expect.soft(e.path?.[lang], `${e.slug} has a ${lang} path`).toBe(`/${lang}/errors/${e.slug}/`);
    }
  }
});

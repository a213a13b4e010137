/**
 * Addresses never break. e2e/published-addresses.txt (written by `npm run addresses`, checked in) lists every
 * address and fragment the portal has published. Every one of them must keep resolving, at the root and
 * under the sub-path: the page answers 200 and carries the fragment as an element id (an entry renamed
 * without an alias, or a heading whose id changed, fails here). And the file must list every address the
 * current catalog publishes, so a new entry's addresses are recorded the day it lands.
 */
import path from 'node:path';
import { type APIRequestContext } from '@playwright/test';
import { LANGS, REPO, SUB_PATH } from './site-data';
import { publishedAddresses, readAddressesFile } from './support/addresses';
import { expect, test } from './support/test';
import { readCatalog } from '../lib/catalog/load';

const listed = readAddressesFile();

/** Pages in the list with the fragments to find on each. */
function byPage(addresses: string[]): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const a of addresses) {
    const [p = '', fragment] = a.split('#');
    const ids = pages.get(p) ?? [];
    if (fragment !== undefined) ids.push(decodeURIComponent(fragment));
    pages.set(p, ids);
  }
  return pages;
}

/** Element ids of an HTML page, outside its scripts (Next's payload repeats them in another form). */
function elementIds(html: string): Set<string> {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return new Set([...markup.matchAll(/<[a-z][^>]*?\sid="([^"]+)"/gi)].map((m) => m[1]!.replace(/&amp;/g, '&')));
}

async function checkAll(request: APIRequestContext, prefix: string) {
  const pages = [...byPage(listed)];
  const problems: string[] = [];
  const check = async ([p, ids]: [string, string[]]) => {
    const res = await request.get(prefix + p, { maxRedirects: 0 });
    if (res.status() !== 200) return void problems.push(`${prefix}${p}: ${res.status()}`);
    if (p.endsWith('.json') || p.endsWith('.md')) return; // data files (catalog.json, the knowledge pack): no ids
    const html = await res.text();
    if (!/^\/(zh|en)\//.test(p)) {
      // A language-neutral address: a redirect page offering both languages (JavaScript carries the fragment on).
      for (const lang of LANGS)
        if (!html.includes(`href="${prefix}/${lang}${p}"`)) problems.push(`${prefix}${p}: no link to /${lang}${p}`);
      return;
    }
    const have = elementIds(html);
    for (const id of ids) if (!have.has(id)) problems.push(`${prefix}${p}#${id}: no element with that id`);
  };
  for (let i = 0; i < pages.length; i += 8) await Promise.all(pages.slice(i, i + 8).map(check));
  return problems;
}

test('the list of published addresses is there and covers every page type', () => {
  expect(listed.length, 'e2e/published-addresses.txt: run `npm run addresses`').toBeGreaterThan(100);
  for (const re of [
    /^\/(zh|en)\/errors\/[a-z0-9-]+\/#cause$/,
    /^\/(zh|en)\/errors\/#[a-z0-9-]+$/,
    /^\/errors\/[a-z0-9-]+\/$/,
    /^\/(zh|en)\/guide\/gateway-or-backend\/#/,
  ]) {
    expect(
      listed.some((a) => re.test(a)),
      `an address like ${re}`,
    ).toBe(true);
  }
});

test('every address in the current catalog is in e2e/published-addresses.txt', () => {
  const current = publishedAddresses(readCatalog(path.join(REPO, 'content')));
  const have = new Set(listed);
  const missing = current.filter((a) => !have.has(a));
  expect(
    missing,
    `addresses the site publishes that e2e/published-addresses.txt lacks: run \`npm run addresses\` and commit the file`,
  ).toEqual([]);
});

for (const prefix of ['', SUB_PATH]) {
  test(`every published address and fragment resolves ${prefix ? `under ${prefix}` : 'at the root'}`, async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const problems = await checkAll(request, prefix);
    expect(
      problems,
      "published addresses that no longer resolve: keep a renamed entry's old slug in `aliases` and its section ids",
    ).toEqual([]);
  });
}

/**
 * Every address and fragment the site publishes, from the catalog loader, and the checked-in record of them
 * (e2e/published-addresses.txt): shared by `npm run addresses` (scripts/addresses.ts, which writes the file)
 * and e2e/published-addresses.spec.ts (which checks that each one resolves and that none is missing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWLEDGE_FILES } from '../../lib/catalog/knowledge';
import { codes, entriesOfStatus, GUIDE, statuses, type Catalog } from '../../lib/catalog/load';
import { LANGS, type Lang } from '../../lib/i18n/lang';
import * as routes from '../../lib/routes';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ADDRESSES_FILE = path.join(REPO, 'e2e', 'published-addresses.txt');

/** Where each content page is published; a page without a route fails here, before it ships unlisted. */
function pagePath(lang: Lang | null, name: string): string {
  const route = { [GUIDE]: routes.guide, headers: routes.headers, esb: routes.esb }[name];
  if (!route) throw new Error(`content/pages/${name}: no route in lib/routes.ts`);
  return route(lang);
}

/** Every published address: page paths (neutral and per language) and `path#fragment` for every anchor. */
export function publishedAddresses(catalog: Catalog): string[] {
  // The knowledge pack's files: operators fetch them into the gateway dashboard (docs/knowledge-pack.md).
  const out = new Set<string>(['/catalog.json', ...Object.values(KNOWLEDGE_FILES).map((f) => `/knowledge/${f}`)]);
  const add = (p: string, ids: Iterable<string> = []) => {
    out.add(p);
    for (const id of ids) out.add(`${p}#${id}`);
  };
  const slugs = [...catalog.bySlug.keys(), ...catalog.aliases.keys()];
  const allStatuses = statuses(catalog);
  const allCodes = codes(catalog);

  // Language-neutral addresses (lang null): each sends the reader to their language (fragments ride along).
  for (const lang of [null, ...LANGS]) {
    for (const p of [routes.home(lang), routes.classify(lang), routes.search(lang)]) add(p);
    for (const name of catalog.pages.keys())
      add(pagePath(lang, name), lang ? catalog.pages.get(name)![lang].headingIds : []);
    if (!lang) {
      add(routes.catalog(null));
      for (const s of slugs) add(routes.entry(null, s));
      for (const s of allStatuses) add(routes.status(null, s));
      for (const c of allCodes) add(routes.code(null, c));
      continue;
    }
    // The catalog page: every entry (and each former slug) and every status group.
    add(routes.catalog(lang), [...slugs, ...new Set(catalog.entries.map((e) => `status-${e.meta.status}`))]);
    // Entry pages, at the current slug and every alias: the page's own sections and the content's headings.
    for (const entry of catalog.entries) {
      const ids = [
        ...(entry.meta.message ? ['message'] : []),
        ...(entry.meta.releases.length ? ['releases'] : []),
        'example',
        ...entry.docs[lang].headingIds,
        ...(entry.meta.related.length || entry.meta.guide.length ? ['related'] : []),
      ];
      for (const s of [entry.slug, ...entry.meta.aliases]) add(routes.entry(lang, s), ids);
    }
    // Status and code pages list their entries as anchors (and a status's notes have headings).
    for (const s of allStatuses) {
      const { sent, codeOnly } = entriesOfStatus(catalog, s);
      const listed = [...sent, ...codeOnly].map((e) => e.slug);
      add(routes.status(lang, s), [...listed, ...(catalog.statusNotes.get(s)?.[lang].headingIds ?? [])]);
    }
    for (const c of allCodes)
      add(
        routes.code(lang, c),
        catalog.entries.filter((e) => e.meta.code === c).map((e) => e.slug),
      );
  }
  return [...out].sort();
}

/** The addresses listed in the file (comments and blank lines skipped). */
export function readAddressesFile(file = ADDRESSES_FILE): string[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * What the tests enumerate: the catalog as the loader reads it (every entry, alias, status, code, guide anchor)
 * and the promises of the contract (../shared/contract/urls.md beside the repository: its slug and anchor
 * tables). Nothing here hard-codes a slug, so new content is tested as soon as it lands.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUB_PATH } from './support/nginx';
import { codes, GUIDE, readCatalog, statuses } from '../lib/catalog/load';
import { LANGS, type Lang } from '../lib/i18n/lang';

export { LANGS, SUB_PATH, type Lang };

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The contract lives in shared/, beside the repository (in CI as here). */
export const CONTRACT_FILE = path.resolve(
  process.env.CONTRACT_FILE ?? path.join(REPO, '..', 'shared', 'contract', 'urls.md'),
);

const catalog = readCatalog(path.resolve(process.env.CONTENT_DIR ?? path.join(REPO, 'content')));

export const entries = catalog.entries.map((e) => ({
  slug: e.slug,
  status: e.meta.status,
  code: e.meta.code,
  aliases: e.meta.aliases,
  title: { zh: e.docs.zh.frontmatter.title, en: e.docs.en.frontmatter.title } as Record<Lang, string>,
  headingIds: e.docs.en.headingIds,
  hasExampleBody: e.meta.example.body.trim().length > 0,
  guide: e.meta.guide,
  releases: e.meta.releases,
}));
export const slugs = entries.map((e) => e.slug);
/** alias -> current slug */
export const aliases = new Map(catalog.aliases);
/** Every status with a page (entries or notes) and the statuses that group entries on the catalog page. */
export const allStatuses = statuses(catalog);
export const entryStatuses = [...new Set(entries.map((e) => e.status))];
export const allCodes = codes(catalog);
export const guideAnchors = catalog.pages.get(GUIDE)?.en.headingIds ?? [];
/** The guide's sections (id, title) in each language. */
export const guideHeadings = (lang: Lang) => catalog.pages.get(GUIDE)?.[lang].headings ?? [];

/** The rows of the Markdown table that follows `heading` in the contract, as arrays of trimmed cells. */
function contractTable(markdown: string, heading: RegExp): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^#{2,4}\s/.test(l) && heading.test(l));
  if (start < 0) throw new Error(`${CONTRACT_FILE}: no heading matching ${heading}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,4}\s/.test(line)) break;
    if (!line.trim().startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue; // the separator row
    rows.push(cells);
  }
  return rows.slice(1); // without the header row
}

/** A cell like `app-no-permission`, in backticks. */
function tick(cell: string | undefined): string | null {
  return /^`([a-z0-9]+(?:-[a-z0-9]+)*)`$/.exec(cell ?? '')?.[1] ?? null;
}

function readContract() {
  if (!fs.existsSync(CONTRACT_FILE))
    throw new Error(`the contract is missing: ${CONTRACT_FILE} (shared/ must sit beside the repository)`);
  const md = fs.readFileSync(CONTRACT_FILE, 'utf8');
  const slugRows = contractTable(md, /gateway error entries/i);
  const anchorRows = contractTable(md, /anchors of the guide/i);
  const contractSlugs = slugRows.map((r) => tick(r.at(-1))).filter((s): s is string => !!s);
  const contractAnchors = anchorRows.map((r) => tick(r.at(-1))).filter((s): s is string => !!s);
  if (contractSlugs.length === 0 || contractSlugs.length !== slugRows.length) {
    throw new Error(
      `${CONTRACT_FILE}: could not read the slug table (${contractSlugs.length} slugs of ${slugRows.length} rows)`,
    );
  }
  if (contractAnchors.length === 0 || contractAnchors.length !== anchorRows.length) {
    throw new Error(
      `${CONTRACT_FILE}: could not read the guide anchor table (${contractAnchors.length} of ${anchorRows.length} rows)`,
    );
  }
  return { contractSlugs, contractAnchors };
}

export const { contractSlugs, contractAnchors } = readContract();

/** The `<html lang>` each language's pages carry. */
export const HTML_LANG: Record<Lang, RegExp> = { zh: /^zh(-|$)/, en: /^en(-|$)/ };

/** Where the global setup's nginx (or E2E_BASE_URL) serves the root export and the sub-path export. */
export function baseURL(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: the global setup (e2e/global-setup.ts) starts nginx and sets it');
  return url.replace(/\/$/, '');
}
export function subPathURL(): string {
  return (process.env.E2E_SUBPATH_URL ?? baseURL() + SUB_PATH).replace(/\/$/, '');
}

/** A few entries to exercise page behaviour on: the first of the contract, one far down the catalog page, and one with an alias if any. */
export function sampleSlugs(): string[] {
  const picks = [contractSlugs[0], contractSlugs.at(-1), entries.find((e) => e.aliases.length)?.slug].filter(
    (s): s is string => !!s && slugs.includes(s),
  );
  return [...new Set(picks)];
}

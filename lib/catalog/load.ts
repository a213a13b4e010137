import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { isEsbCode, statusInCode } from './codes';
import { toRule, type MatchRule } from './rules';
import { EntryFrontmatter, EntryMeta, PageFrontmatter } from './schema';
import { LANGS, type Lang } from '../i18n/lang';

/** A content file that does not fit the schema; the message starts with the file's path. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

/**
 * A `##` or `###` heading of a document: its `[#id]`, its text as plain words (for lists of sections), its
 * title as written (Markdown kept) and the line of the body it sits on.
 */
export type DocHeading = { id: string; text: string; title: string; level: 2 | 3; line: number };
/** One language of an MDX file: its checked frontmatter, its body and its headings (parsed here, once). */
export type Doc<F> = { file: string; frontmatter: F; body: string; headings: DocHeading[]; headingIds: string[] };

export type Entry = { slug: string; dir: string; meta: EntryMeta; docs: Record<Lang, Doc<EntryFrontmatter>> };
export type Page = Record<Lang, Doc<PageFrontmatter>>;

export type Catalog = {
  entries: Entry[];
  bySlug: Map<string, Entry>;
  /** Old slug -> current slug. */
  aliases: Map<string, string>;
  /** Content pages by name (`gateway-or-backend`, `headers`, `esb`). */
  pages: Map<string, Page>;
  /** The catalog's notes on a status, where it has any. */
  statusNotes: Map<number, Page>;
};

/** Where content lives; CONTENT_DIR points a build or a test at another copy. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');
export const GUIDE = 'gateway-or-backend';
/** Ids the entry page gives its own sections. */
const PAGE_IDS = ['message', 'releases', 'example', 'related'];

const FENCE = /^(```|~~~)/;
const HEADING = /^(#{2,3})\s+(.*?)\s*$/;
const HEADING_ID = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]$/;
/** Site-internal links in content: `](/errors/slug/#anchor)`. */
const INTERNAL_LINK = /\]\((\/[^)\s]*)\)/g;

function rel(file: string) {
  return path.relative(process.cwd(), file);
}

function issues(error: z.ZodError) {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

function parseYaml(file: string, text: string): unknown {
  try {
    return YAML.parse(text);
  } catch (e) {
    const hint = /compact mappings|Implicit map keys/.test((e as Error).message)
      ? ' (quote a value that contains ": ")'
      : '';
    throw new ContentError(rel(file), `invalid YAML: ${(e as Error).message.split('\n')[0]}${hint}`);
  }
}

/** Headings of a Markdown body, outside code fences; a `##`/`###` heading without `[#id]` is an error. */
export function headings(file: string, body: string): DocHeading[] {
  const found: DocHeading[] = [];
  let inFence = false;
  body.split('\n').forEach((line, n) => {
    if (FENCE.test(line.trim())) inFence = !inFence;
    if (inFence) return;
    const heading = HEADING.exec(line);
    if (!heading) return;
    const id = HEADING_ID.exec(heading[2] ?? '')?.[1];
    if (!id)
      throw new ContentError(rel(file), `heading "${line.trim()}" needs an explicit id: "${line.trim()} [#some-id]"`);
    if (found.some((h) => h.id === id)) throw new ContentError(rel(file), `heading id "${id}" is used twice`);
    const title = (heading[2] ?? '').replace(HEADING_ID, '');
    found.push({ id, text: title.replace(/`|\*\*/g, ''), title, level: heading[1]!.length as 2 | 3, line: n });
  });
  return found;
}

export type Section = { id: string; level: number; title: string; body: string; intro: string };

/**
 * The sections of a document by their heading's id, from the headings the loader found. A section's body
 * runs to the next heading of its level or above, so a `##` section holds its `###` children; `intro` is
 * the part before the first child.
 */
export function sectionsOf(doc: Pick<Doc<unknown>, 'body' | 'headings'>): Map<string, Section> {
  const lines = doc.body.split('\n');
  const heads = doc.headings;
  const text = (from: number, to: number) => lines.slice(from, to).join('\n').trim();
  return new Map(
    heads.map((h, k) => {
      const end = heads.slice(k + 1).find((o) => o.level <= h.level)?.line ?? lines.length;
      const next = heads[k + 1];
      const child = next && next.level > h.level ? next.line : end;
      return [
        h.id,
        { id: h.id, level: h.level, title: h.title, body: text(h.line + 1, end), intro: text(h.line + 1, child) },
      ];
    }),
  );
}

function readDoc<S extends z.ZodType>(file: string, schema: S): Doc<z.infer<S>> {
  if (!fs.existsSync(file)) throw new ContentError(rel(file), 'missing translation: the file does not exist');
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ContentError(rel(file), 'no frontmatter (a --- block at the top)');
  const parsed = schema.safeParse(parseYaml(file, match[1] ?? ''));
  if (!parsed.success) throw new ContentError(rel(file), `frontmatter: ${issues(parsed.error)}`);
  const body = (match[2] ?? '').replace(/\r\n?/g, '\n');
  const found = headings(file, body);
  return { file: rel(file), frontmatter: parsed.data, body, headings: found, headingIds: found.map((h) => h.id) };
}

function readDocs<S extends z.ZodType>(dir: string, schema: S): Record<Lang, Doc<z.infer<S>>> {
  const [zh, en] = LANGS.map((lang) => readDoc(path.join(dir, `${lang}.mdx`), schema));
  if (zh!.headingIds.join() !== en!.headingIds.join()) {
    throw new ContentError(
      en!.file,
      `heading ids differ from ${zh!.file}: [${en!.headingIds.join(', ')}] vs [${zh!.headingIds.join(', ')}]`,
    );
  }
  return { zh: zh!, en: en! };
}

/** The status digits of a gateway code must be the HTTP status: 16|SSS|NN. */
function checkCode(file: string, meta: EntryMeta) {
  const { system, code, status } = meta;
  if (system === 'none') {
    if (code !== null) throw new ContentError(file, `system "none" has no code, found ${code}`);
    return;
  }
  if (code === null) throw new ContentError(file, `system "${system}" needs a code`);
  if (system === 'esb' && !isEsbCode(code)) throw new ContentError(file, `ESB code ${code} is not 1306xxx`);
  if (system === 'gateway') {
    const named = statusInCode(code);
    if (named === null) throw new ContentError(file, `gateway code ${code} is not 16 + status + two digits`);
    if (!meta.status_from_upstream && named !== status) {
      throw new ContentError(file, `status/code mismatch: code ${code} says ${named}, status is ${status}`);
    }
  }
}

function readEntry(dir: string, slug: string): Entry {
  const file = path.join(dir, 'entry.yaml');
  if (!fs.existsSync(file)) throw new ContentError(rel(file), 'missing: every entry folder needs entry.yaml');
  const parsed = EntryMeta.safeParse(parseYaml(file, fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new ContentError(rel(file), issues(parsed.error));
  const meta = parsed.data;
  checkCode(rel(file), meta);
  const docs = readDocs(dir, EntryFrontmatter);
  for (const doc of Object.values(docs)) {
    const taken = doc.headingIds.find((id) => PAGE_IDS.includes(id));
    if (taken) throw new ContentError(doc.file, `heading id "${taken}" is taken by the entry page itself`);
    for (const id of ['cause', 'fix', ...meta.reasons.map((r) => r.id)]) {
      if (!doc.headingIds.includes(id)) throw new ContentError(doc.file, `missing the section with id "${id}"`);
    }
  }
  return { slug, dir: rel(dir), meta, docs };
}

function subdirs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Every site-internal link in the content must land on a page (and anchor) that exists. */
function checkLinks(catalog: Catalog) {
  const docs = [
    ...catalog.entries.flatMap((e) => Object.values(e.docs)),
    ...[...catalog.pages.values(), ...catalog.statusNotes.values()].flatMap((p) => Object.values(p)),
  ];
  for (const doc of docs) {
    for (const [, href] of doc.body.matchAll(INTERNAL_LINK)) {
      const problem = linkProblem(catalog, href!);
      if (problem) throw new ContentError(doc.file, `broken link ${href}: ${problem}`);
    }
  }
}

function linkProblem(catalog: Catalog, href: string): string | null {
  const [pathname = '', hash] = href.split('#');
  const parts = pathname.split('/').filter(Boolean);
  const anchors = (ids: string[]) => (hash && !ids.includes(hash) ? `no anchor #${hash}` : null);
  if (!pathname.endsWith('/')) return 'internal paths end with a slash';
  const [kind, key] = parts;
  if (kind === 'errors' && key) {
    const entry = catalog.bySlug.get(key);
    return entry ? anchors(entry.docs.en.headingIds) : `no entry "${key}"`;
  }
  if (kind === 'errors' && !key) return anchors([...catalog.bySlug.keys()]);
  if (kind === 'status' && key)
    return catalog.entries.some((e) => e.meta.status === Number(key)) || catalog.statusNotes.has(Number(key))
      ? null
      : `no status ${key}`;
  if (kind === 'codes' && key)
    return catalog.entries.some((e) => e.meta.code === Number(key)) ? null : `no code ${key}`;
  if (kind === 'guide' && key === GUIDE) return anchors(catalog.pages.get(GUIDE)?.en.headingIds ?? []);
  if (kind && !key && catalog.pages.has(kind)) return anchors(catalog.pages.get(kind)!.en.headingIds);
  if (kind === 'classify' || kind === 'search' || kind === undefined) return null;
  return 'unknown page';
}

function crossCheck(catalog: Catalog) {
  const guide = catalog.pages.get(GUIDE);
  for (const entry of catalog.entries) {
    const file = path.join(entry.dir, 'entry.yaml');
    for (const slug of entry.meta.related) {
      if (!catalog.bySlug.has(slug)) throw new ContentError(file, `related: unknown slug "${slug}"`);
    }
    for (const anchor of entry.meta.guide) {
      if (!guide?.en.headingIds.includes(anchor)) throw new ContentError(file, `guide: unknown anchor "${anchor}"`);
    }
    for (const alias of entry.meta.aliases) {
      if (catalog.bySlug.has(alias) || catalog.aliases.has(alias)) {
        throw new ContentError(file, `duplicate slug: alias "${alias}" is already a slug or an alias`);
      }
      catalog.aliases.set(alias, entry.slug);
    }
  }
  const defaults = new Map<string, string>();
  for (const { slug, meta } of catalog.entries) {
    if (!meta.default_for_code || meta.code === null) continue;
    const key = `${meta.code} ${meta.code_name}`;
    const other = defaults.get(key);
    if (other)
      throw new ContentError(
        path.join('content/errors', slug, 'entry.yaml'),
        `default_for_code: "${other}" is already the default for ${meta.code}`,
      );
    defaults.set(key, slug);
  }
}

/** Reads and checks all content; throws a ContentError naming the file at the first problem. */
export function readCatalog(root = CONTENT_DIR): Catalog {
  const errorsDir = path.join(root, 'errors');
  const entries = subdirs(errorsDir).map((slug) => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
      throw new ContentError(rel(path.join(errorsDir, slug)), 'a slug is lowercase ASCII kebab-case');
    return readEntry(path.join(errorsDir, slug), slug);
  });
  entries.sort((a, b) => a.meta.status - b.meta.status || a.meta.order - b.meta.order || a.slug.localeCompare(b.slug));
  const pages = new Map(
    subdirs(path.join(root, 'pages')).map((n) => [n, readDocs(path.join(root, 'pages', n), PageFrontmatter)] as const),
  );
  const statusNotes = new Map(
    subdirs(path.join(root, 'status')).map(
      (s) => [Number(s), readDocs(path.join(root, 'status', s), PageFrontmatter)] as const,
    ),
  );
  const catalog: Catalog = {
    entries,
    bySlug: new Map(entries.map((e) => [e.slug, e])),
    aliases: new Map(),
    pages,
    statusNotes,
  };
  crossCheck(catalog);
  checkLinks(catalog);
  return catalog;
}

let cached: Catalog | undefined;
/** The catalog, read once per process. */
export function loadCatalog(): Catalog {
  return (cached ??= readCatalog());
}

/** The classifier's match rules, one per entry. */
export function loadRules(): MatchRule[] {
  return loadCatalog().entries.map((e) => toRule(e.slug, e.meta));
}

/** Every numeric code in the catalog, once each. */
export function codes(catalog: Catalog): number[] {
  return [...new Set(catalog.entries.flatMap((e) => (e.meta.code === null ? [] : [e.meta.code])))];
}

/**
 * Statuses in reading order: the gateway's ascending, then those only the legacy ESB answers with (HTTP
 * 200), which a reader reaches for least.
 */
function byReadingOrder(catalog: Catalog) {
  const esbOnly = (status: number) => {
    const entries = catalog.entries.filter((e) => e.meta.status === status);
    return entries.length > 0 && entries.every((e) => e.meta.system === 'esb');
  };
  return (a: number, b: number) => Number(esbOnly(a)) - Number(esbOnly(b)) || a - b;
}

/** The entries grouped by HTTP status, in reading order. */
export function statusGroups(catalog: Catalog): [status: number, entries: Entry[]][] {
  const order = byReadingOrder(catalog);
  return [...groupBy(catalog.entries, (e) => e.meta.status)].sort(([a], [b]) => order(a, b));
}

/** A status group made only of legacy ESB entries (the ESB answers its errors with HTTP 200). */
export function isEsbGroup(entries: Entry[]): boolean {
  return entries.every((e) => e.meta.system === 'esb');
}

/**
 * The entries a status page lists: those sent with the status, and those whose code names the status in its
 * digits but that come with the upstream's status instead (1650070 reads 500 and is never sent with it).
 */
export function entriesOfStatus(catalog: Catalog, status: number): { sent: Entry[]; codeOnly: Entry[] } {
  const sent = catalog.entries.filter((e) => e.meta.status === status);
  const codeOnly = catalog.entries.filter(
    (e) => e.meta.status_from_upstream && e.meta.status !== status && statusInCode(e.meta.code ?? '') === status,
  );
  return { sent, codeOnly };
}

/** HTTP statuses that have a page, in reading order: every status with an entry or a note. */
export function statuses(catalog: Catalog): number[] {
  const all = new Set([...catalog.entries.map((e) => e.meta.status), ...catalog.statusNotes.keys()]);
  return [...all].sort(byReadingOrder(catalog));
}

/** Groups items by key, keeping first-seen order (Map.groupBy needs Node 21). */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

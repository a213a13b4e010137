import { sectionsOf, type Catalog, type Entry } from '@/lib/catalog/load';
import { type EntryMeta } from '@/lib/catalog/schema';
import { LANGS, type Lang } from '@/lib/i18n/lang';

/** Bump when a field changes meaning, so a cached index of the old shape is not read as the new one. */
const SEARCH_INDEX_VERSION = 2;

/** One entry as search sees it, in one language. */
export type SearchDoc = {
  slug: string;
  status: number;
  code: number | null;
  code_name: string | null;
  system: EntryMeta['system'];
  /** The message as the body carries it, suffixes included. */
  message: string;
  /** Identifying substrings of a message (`match`). */
  match: string[];
  /** Identifying whole messages (`match_exact`). */
  exact: string[];
  /** Reason texts, each with the id of its section on the entry page. */
  reasons: { id: string; text: string }[];
  /** The fallback for its code when no identifying text matches. */
  fallback: boolean;
  /** Legacy, deprecated or ESB: shown, but after a current gateway entry that matches as well. */
  minor: boolean;
  title: string;
  summary: string;
  keywords: string[];
  /** The other language's title and keywords: a Chinese query finds the entry on the English site. */
  other: string[];
  aliases: string[];
  /** Cause and fix as plain text, capped. */
  text: string;
};

/** The search index of one language: what `/search-index/{lang}.json` serves. */
export type SearchIndex = { version: number; lang: Lang; docs: SearchDoc[] };

/** Cause plus fix rarely needs more to be found; the cap keeps the file small. A CJK character counts twice. */
const TEXT_CAP = 800;

/** Markdown/MDX to the words a reader sees: code kept (log lines are searched for), markup dropped. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~).*$/gm, ' ')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/\s*\[#[a-z0-9-]+\]/g, '')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.|\|)\s+/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function cap(text: string, max: number): string {
  let width = 0;
  let end = 0;
  for (; end < text.length && width < max; end++) width += text.charCodeAt(end) >= 0x2e80 ? 2 : 1;
  if (end >= text.length) return text;
  const cut = text.lastIndexOf(' ', end);
  return text.slice(0, cut > end * 0.8 ? cut : end);
}

function doc(entry: Entry, lang: Lang): SearchDoc {
  const { meta, docs, slug } = entry;
  const { title, summary } = docs[lang].frontmatter;
  const otherLang = LANGS.find((l) => l !== lang)!;
  const other = docs[otherLang].frontmatter;
  return {
    slug,
    status: meta.status,
    code: meta.code,
    code_name: meta.code_name,
    system: meta.system,
    message: meta.message,
    match: meta.match,
    exact: meta.match_exact,
    reasons: meta.reasons.map(({ id, text }) => ({ id, text })),
    fallback: meta.default_for_code,
    minor: meta.legacy || meta.deprecated || meta.system === 'esb',
    title,
    summary,
    keywords: meta.keywords[lang],
    other: [other.title, ...meta.keywords[otherLang]],
    aliases: meta.aliases,
    text: cap(plainText(['cause', 'fix'].map((id) => sectionsOf(docs[lang]).get(id)?.body ?? '').join('\n')), TEXT_CAP),
  };
}

/** The search index of one language, entries in catalog order. Pure: the route and the bench both call it. */
export function buildSearchIndex(catalog: Catalog, lang: Lang): SearchIndex {
  return { version: SEARCH_INDEX_VERSION, lang, docs: catalog.entries.map((e) => doc(e, lang)) };
}

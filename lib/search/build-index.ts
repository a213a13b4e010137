import { GUIDE, sectionsOf, type Catalog, type Doc, type Entry } from '@/lib/catalog/load';
import { type EntryMeta } from '@/lib/catalog/schema';
import { loadVocabulary, type Concept } from '@/lib/catalog/vocabulary';
import { LANGS, type Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { ASKING, DOMAIN, FILLER, NEUTRAL } from './filler';

/** Bump when a field changes meaning, so a cached index of the old shape is not read as the new one. */
const SEARCH_INDEX_VERSION = 5;

/** A section of a page as search sees it: the id of its heading (the anchor a hit lands on) and its words. */
export type SearchSection = { id: string; text: string };

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
  /** Every section of the entry page (cause, each reason, fix, notes, examples) as plain text, capped. */
  sections: SearchSection[];
  /**
   * How people ask about it (`asked` in entry.yaml, both languages): the words of those questions that the
   * entry's other texts lack, once each (whole sentences would double the file), sorted and joined by spaces: one
   * string gzips a sixth smaller than a list of them (the searcher splits it again).
   */
  asked: string;
};

/** A section of a site page (the guide, the headers, the ESB page, a status's notes), found by its names. */
export type PageDoc = {
  /** Where a hit leads: the page's address in this language, at the section. */
  path: string;
  /** The page's title, and the section's (empty for the page's opening). */
  page: string;
  title: string;
  text: string;
  /**
   * What people call the page (its opening; `names` in its frontmatter), then, as one string, the telling words of
   * the questions people ask for the page or the section (`asked` in its frontmatter) that it does not already say.
   */
  names?: string[];
};

/** The search index of one language: what `/search-index/{lang}.json` serves. */
export type SearchIndex = {
  version: number;
  lang: Lang;
  docs: SearchDoc[];
  pages: PageDoc[];
  /** The trade's vocabulary (content/vocabulary.yaml): each concept's words, both languages. */
  vocabulary: string[][];
  /** Words that say nothing about the error, both languages (lib/search/filler.ts). */
  filler: string[];
  /** Words that ask for a page or a meaning (页面, 是什么意思, docs), and words that go with a status (状态码, HTTP). */
  asking: string[];
  neutral: string[];
  /** Words that say a question is about this trade (网关, gateway). */
  domain?: string[];
  /** The concepts that are a question's context rather than its subject (测试环境, 后端), by position. */
  context: number[];
};

/**
 * What a section keeps: its opening carries what it is about and is what people quote; the caps keep the
 * gzipped index within 1.5 times what it was when it held only cause and fix. A CJK character counts twice.
 */
const SECTION_CAP = 130;
const PAGE_SECTION_CAP = 60;
const QUOTED_CAP = 80;

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

/** The words of `list` that no text of `known` already is (case aside): search finds those there anyway. */
function fresh(list: readonly string[], known: readonly string[]): string[] {
  const seen = new Set(known.map((k) => k.toLowerCase()));
  return list.filter((w) => {
    const k = w.toLowerCase();
    return !seen.has(k) && (seen.add(k), true);
  });
}

function doc(entry: Entry, lang: Lang): SearchDoc {
  const { meta, docs, slug } = entry;
  const { title, summary } = docs[lang].frontmatter;
  const otherLang = LANGS.find((l) => l !== lang)!;
  const other = docs[otherLang].frontmatter;
  const named = [title, meta.message, meta.code_name ?? '', ...meta.match, ...meta.reasons.map((r) => r.text)];
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
    keywords: fresh(meta.keywords[lang], named),
    other: fresh([other.title, ...meta.keywords[otherLang]], [...named, ...meta.keywords[lang]]),
    aliases: meta.aliases,
    sections: sectionTexts(docs[lang], SECTION_CAP),
    asked: meta.asked ? askedWords([...meta.asked[lang], ...meta.asked[otherLang]], known(entry, lang)).join(' ') : '',
  };
}

/** Everything the entry's index already says, lower case: the asked words found there are left out. */
function known(entry: Entry, lang: Lang): string {
  const { meta, docs } = entry;
  const d = docs[lang];
  return [
    d.frontmatter.title,
    d.frontmatter.summary,
    meta.message,
    meta.code_name ?? '',
    ...meta.match,
    ...meta.reasons.map((r) => r.text),
    ...LANGS.flatMap((l) => meta.keywords[l]),
    ...sectionTexts(d, SECTION_CAP).map((s) => s.text),
  ]
    .join('\n')
    .toLowerCase();
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const FILLER_SET = new Set(FILLER);
const CJK_RUN = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

/**
 * The words of people's questions, once each, without filler and without what `known` holds. Chinese is cut
 * by the segmenter, and a run of its single characters is kept whole (被限频了), so the query's character
 * pairs still find the trade's words the segmenter does not know.
 */
function askedWords(questions: readonly string[], knownText: string): string[] {
  const out = new Set<string>();
  for (const q of questions) {
    let singles = '';
    const keep = (w: string) => {
      if (w.length < 2 || FILLER_SET.has(w) || /^\d+$/.test(w) || knownText.includes(w)) return;
      out.add(w);
    };
    const flush = () => {
      // Particles at either end of a run (了要续期, 的吗) are not part of its words.
      const chars = [...singles];
      while (chars.length && FILLER_SET.has(chars[0]!)) chars.shift();
      while (chars.length && FILLER_SET.has(chars.at(-1)!)) chars.pop();
      keep(chars.join(''));
      singles = '';
    };
    for (const { segment, isWordLike } of segmenter.segment(q.normalize('NFKC').toLowerCase())) {
      if (!isWordLike) flush();
      else if (CJK_RUN.test(segment) && segment.length === 1) singles += segment;
      else {
        flush();
        keep(segment);
      }
    }
    flush();
  }
  return [...out];
}

/**
 * The words of a question asked for a page that a name can hold: the segmenter's words of two characters or more
 * (拦截, 额度, throttled), not filler, a word that asks for a page (意思, mean: the query is read without it) or the
 * trade's own (蓝鲸, BlueKing's: every question here may say it). A run of single characters (the trade's words the segmenter does not know:
 * 网关, 后端) is left out: its pairs would name the section for any query that says 网关.
 */
function pageWords(question: string): string[] {
  return [...segmenter.segment(question.normalize('NFKC').toLowerCase())].flatMap(({ segment: w, isWordLike }) =>
    isWordLike &&
    w.length >= 2 &&
    !FILLER_SET.has(w) &&
    !ASKING.includes(w) &&
    !DOMAIN.some((d) => w.includes(d)) &&
    !/^\d+$/.test(w)
      ? [w]
      : [],
  );
}

/** Each section's own words (a `##` section's opening, without its `###` children, which are sections too). */
function sectionTexts(d: Pick<Doc<unknown>, 'body' | 'headings'>, max: number): SearchSection[] {
  return [...sectionsOf(d).values()]
    .map((s) => {
      // Past the cap, the section's quoted texts (`参数 bk_token 非法`, a log line): what people paste.
      const text = cap(plainText(s.intro), max);
      const quoted = [...s.intro.matchAll(/`([^`\n]{6,80})`/g)].map((m) => m[1]!).filter((q) => !text.includes(q));
      return { id: s.id, text: quoted.length ? `${text} ${cap(quoted.join(' '), QUOTED_CAP)}` : text };
    })
    .filter((s) => s.text.length > 0);
}

/** The opening of a page (before its first heading) and every section, each with the address it lands on. */
function pageDocs(
  d: Doc<{ title: string; summary?: string; names?: string[]; asked?: Record<string, string[]> }>,
  at: (id?: string) => string,
  telling: (word: string) => boolean,
): PageDoc[] {
  const first = d.headings[0]?.line ?? Infinity;
  const opening = d.body.split('\n').slice(0, first).join('\n');
  const page = d.frontmatter.title;
  const summary = d.frontmatter.summary ?? '';
  const asked = d.frontmatter.asked ?? {};
  for (const key of Object.keys(asked))
    if (key !== 'page' && !d.headingIds.includes(key)) throw new Error(`${d.file}: asked: no section ${key}`);
  // A section's names, then the words of the questions people ask for it that its title, names and text lack, as
  // one string (searched word by word as names are; no query holds it whole, so it never asks for the page alone).
  const named = (doc: PageDoc, key: string): PageDoc => {
    const names = doc.names ?? [];
    const known = [doc.page, doc.title, doc.text, ...names].join('\n').toLowerCase();
    const words = [...new Set((asked[key] ?? []).flatMap((q) => pageWords(q)))]
      .filter((w) => !known.includes(w) && telling(w))
      .join(' ');
    return words || names.length ? { ...doc, names: words ? [...names, words] : names } : doc;
  };
  return [
    named(
      {
        path: at(),
        page,
        title: '',
        text: cap(plainText(`${summary}\n${opening}`), PAGE_SECTION_CAP),
        ...(d.frontmatter.names && { names: d.frontmatter.names }),
      },
      'page',
    ),
    ...d.headings.map((h) => {
      const s = sectionsOf(d).get(h.id)!;
      return named({ path: at(h.id), page, title: h.text, text: cap(plainText(s.intro), PAGE_SECTION_CAP) }, h.id);
    }),
  ];
}

function pagesOf(catalog: Catalog, lang: Lang, telling: (word: string) => boolean): PageDoc[] {
  const at: Record<string, (id?: string) => string> = {
    [GUIDE]: (id) => routes.guide(lang, id),
    headers: (id) => routes.headers(lang, id),
    esb: (id) => routes.esb(lang) + (id ? `#${id}` : ''),
  };
  const out: PageDoc[] = [];
  for (const [name, page] of catalog.pages) if (at[name]) out.push(...pageDocs(page[lang], at[name], telling));
  for (const [status, page] of catalog.statusNotes)
    out.push(...pageDocs(page[lang], (id) => routes.status(lang, status) + (id ? `#${id}` : ''), telling));
  return out;
}

/** What the thesaurus reads after a Latin word of the vocabulary as the same word (`throttled`, `timeouts`). */
const ENDING = /^(s|es|ed|d|ing|er|ly)$/;

/**
 * A concept's words without those another of its words already reads: the thesaurus finds a Chinese word anywhere
 * (限频 inside 被限频, the rest being filler) and a Latin one with an ending (`rate limit` in `rate limited`), and
 * search looks for each word inside the entries' texts, so the longer word finds nothing the shorter does not.
 */
function lean(words: string[]): string[] {
  const low = words.map((w) => w.normalize('NFKC').toLowerCase());
  return words.filter((_, k) =>
    low.every((v) => {
      const w = low[k]!;
      if (v === w || v.length >= w.length) return true;
      if (!CJK_RUN.test(v)) return !(w.startsWith(v) && ENDING.test(w.slice(v.length)));
      const at = w.indexOf(v);
      return at < 0 || ![...(w.slice(0, at) + w.slice(at + v.length))].every((c) => FILLER_SET.has(c));
    }),
  );
}

/**
 * The search index of one language, entries in catalog order, then the site's pages and the vocabulary.
 * Pure: the route and the bench both call it.
 */
export function buildSearchIndex(
  catalog: Catalog,
  lang: Lang,
  vocabulary: readonly Concept[] = loadVocabulary(),
): SearchIndex {
  const docs = catalog.entries.map((e) => doc(e, lang));
  // A word a sixth of the entries' questions use (网关, 接口, request) tells none of them apart.
  const df = new Map<string, number>();
  const words = (d: SearchDoc) => (d.asked ? d.asked.split(' ') : []);
  for (const d of docs) for (const w of words(d)) df.set(w, (df.get(w) ?? 0) + 1);
  for (const d of docs) {
    const kept = words(d).filter((w) => df.get(w)! * 6 <= docs.length);
    // A word another of the entry's asked words holds (限频 in 被限频了, `time` at the start of `timeout`) is found
    // there: search looks for a query's word inside the asked words, Chinese anywhere, Latin at a word's start.
    d.asked = kept
      .filter((w) => !kept.some((v) => v !== w && (CJK_RUN.test(w) ? v.includes(w) : v.startsWith(w))))
      .sort()
      .join(' ');
  }
  // A word of the questions asked for a page would pull sentences about a symptom to the page if a sixth of the
  // entries are named by it (失败, 后端, failed: title, message, reasons, keywords), or if a tenth of the entries'
  // own asked words hold it (当前, 没有: how any question is put); its telling words stay (拦截, 流水, quota).
  const naming = docs.map((d) =>
    [d.title, d.message, ...d.reasons.map((r) => r.text), ...d.keywords, ...d.other].join('\n').toLowerCase(),
  );
  const telling = (w: string) =>
    naming.filter((t) => t.includes(w)).length * 6 <= docs.length && (df.get(w) ?? 0) * 10 <= docs.length;
  return {
    version: SEARCH_INDEX_VERSION,
    lang,
    docs,
    pages: pagesOf(catalog, lang, telling),
    vocabulary: vocabulary.map((c) => lean([...c.zh, ...c.en])),
    filler: [...FILLER],
    asking: [...ASKING],
    neutral: [...NEUTRAL],
    domain: [...DOMAIN],
    context: vocabulary.flatMap((c, k) => (c.context ? [k] : [])),
  };
}

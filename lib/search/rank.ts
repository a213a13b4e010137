import type { PageDoc, SearchDoc, SearchIndex } from './build-index';
import { createSpeller, vocabulary } from './fuzzy';
import { rangesOf, snippet, type Range } from './highlight';
import { identify, type Field, type Hit, type Prepared } from './identify';
import { norm, parsePaste } from './paste';
import { readSentence } from './sentence';
import { createThesaurus } from './thesaurus';
import { LONG, wordHits, type ConceptCache } from './words';

/** One result, with what the UI shows: where it links, its badges, and the text that matched. */
export type SearchResult = {
  slug: string;
  /** A reason's section on the entry page, when the query matched that reason. */
  anchor?: string;
  status: number;
  code: number | null;
  code_name: string | null;
  system: SearchDoc['system'];
  title: string;
  /** What matched: a badge (`status`, `code`, `code_name`, `slug`) or the field `text` comes from. */
  field: Field;
  /** The matched text (a window of it when long), and the stretches of it to highlight. */
  text: string;
  ranges: Range[];
  /**
   * A site page rather than an entry (the guide, the headers, the ESB page, a status's notes): where it leads,
   * in this language, at its section. Its `slug` is `page:` and that address; it has no status, code or name.
   */
  path?: string;
};

export type Searcher = {
  search(query: string, limit?: number): SearchResult[];
  /** Where `search` finds nothing: the entries whose names and words share most letters with the query. */
  nearest(query: string, limit?: number): SearchResult[];
};

/** A query shares at least this share of its letter pairs with an entry's text to be offered as near it. */
const NEAR = 0.34;

function pairs(text: string): Set<string> {
  const t = text.replace(/\s+/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Past this many words a query is a paste, not a list of numbers and names to look up one by one. */
const MAX_TOKENS = 4;

function prepare(doc: SearchDoc, i: number): Prepared {
  const message = norm(doc.message);
  const p: Omit<Prepared, 'all'> = {
    doc,
    i,
    message,
    base: message.split(/\s\[(?=[a-z_]+=)/)[0]!.trim(),
    exact: doc.exact.map(norm),
    match: doc.match.map(norm),
    reasons: doc.reasons.map((r) => norm(r.text)),
    keywords: doc.keywords.map(norm),
    other: doc.other.map(norm),
    title: norm(doc.title),
    summary: norm(doc.summary),
    sections: doc.sections.map((s) => norm(s.text)),
    asked: doc.asked ? doc.asked.split(' ') : [],
    slug: doc.slug,
    aliases: doc.aliases,
    codeName: doc.code_name?.toLowerCase() ?? null,
  };
  const { title, message: m, codeName, reasons, match, keywords, other, slug, summary, asked, sections } = p;
  const all = [title, m, codeName ?? '', ...reasons, ...match, ...keywords, ...other, slug, summary, ...asked];
  return { ...p, all: [...all, ...sections].join('\n') };
}

/** A page's section as an entry-shaped document, so the word ranking reads pages as it reads entries. */
function pageDoc(page: PageDoc): SearchDoc {
  return {
    slug: `page:${page.path}`,
    status: 0,
    code: null,
    code_name: null,
    system: 'gateway',
    message: '',
    match: [],
    exact: [],
    reasons: [],
    fallback: false,
    minor: false,
    title: page.title ? `${page.page} · ${page.title}` : page.page,
    summary: '',
    keywords: page.names ?? [],
    other: [],
    aliases: [],
    sections: [{ id: '', text: page.text }],
    asked: '',
  };
}

/** Site pages that answer to their names (not a status's notes: those are found by their status). */
const NAMED_PAGES = /\/(guide|headers|esb)\//;
/** Fields an entry holds words in without being about them: a page named by the query goes above it. */
const WEAK = new Set<Field>(['section', 'summary', 'asked', 'other']);
/** A page whose title holds more than half the query's words is asked for by its name. */
const HALF_NAMED = 0.5;
/** From this many words the rest of a query around a page's name says something else. */
const NAME_REST = 3;
/** About how many words a text holds: each Latin word of two letters or more, and a word per two Chinese characters. */
function wordsIn(text: string): number {
  return (text.match(/[a-z0-9]{2,}/g)?.length ?? 0) + (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) / 2;
}
/** Past this many site pages a list of entries is long enough. */
const MAX_PAGES = 3;
/** A status's page (`/status/502/`) at its opening, not a section: the page a status asked for by name leads to. */
const STATUS_PAGE = /\/status\/(\d{3})\/$/;
const LATIN = /[a-z0-9]/;
const CJK_CHAR = /[\u3400-\u9fff]/;

/**
 * Words of `list` blanked out of `q` (a Latin one at word bounds, a Chinese one anywhere), longest first, and
 * whether any was there.
 */
function blank(q: string, list: readonly string[]): { found: boolean; rest: string } {
  let rest = q;
  let found = false;
  for (const word of list)
    for (let at = rest.indexOf(word); at >= 0; at = rest.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (LATIN.test(word[0]!) && ((at > 0 && LATIN.test(rest[at - 1]!)) || LATIN.test(rest[end] ?? ''))) continue;
      rest = `${rest.slice(0, at)} ${rest.slice(end)}`;
      found = true;
    }
  return { found, rest };
}

/**
 * Builds the searcher of one language's index once (the fuse.js index of its words included); `search`
 * is then pure and fast. Order: exact look-ups (status, code, code_name, slug: a whole group in catalog
 * order), then a paste recognised by its identifying texts, then the query's words (CJK as substrings,
 * misspelt Latin words corrected by fuse.js), weighted by field.
 */
export function createSearcher(index: SearchIndex): Searcher {
  const prepared = index.docs.map(prepare);
  const pages = (index.pages ?? []).map((page, i) => ({ page, p: prepare(pageDoc(page), i) }));
  const pagePrepared = pages.map((x) => x.p);
  // Each page's opening (its title and names, not a section), where `i` is still the page's place in `pages`.
  const openings = pagePrepared.filter((p) => !pages[p.i]!.page.title);
  const pageNames = pages.flatMap(({ page }, k) => (page.names ? [{ k, names: page.names.map(norm) }] : []));
  // A word of a page (mock, debug) is no typo of an entry's.
  const speller = createSpeller(vocabulary(prepared), vocabulary([...prepared, ...pagePrepared], true));
  const thesaurus = createThesaurus(index.vocabulary ?? [], index.filler, index.context, index.domain);
  const conceptCache: ConceptCache = new Map();
  const pageCache: ConceptCache = new Map();
  const byLength = (list: readonly string[] = []) => [...new Set(list.map(norm))].sort((a, b) => b.length - a.length);
  const asking = byLength(index.asking);
  const neutral = byLength(index.neutral);
  const fillerWords = byLength([...thesaurus.filler].filter((w) => w.length > 1));
  // The words that go with any question here (网关, error, 状态码): around a page's name they say nothing else.
  const plain = byLength([...neutral, ...(index.domain ?? [])]);
  const statusPages = new Map<number, number>();
  pages.forEach(({ page }, k) => {
    const m = STATUS_PAGE.exec(page.path);
    if (m) statusPages.set(Number(m[1]), k);
  });

  /** A status's page, at its opening. */
  function statusPage(status: string): SearchResult {
    const k = statusPages.get(Number(status))!;
    const { page } = pages[k]!;
    return toPageResult({ i: k, score: 0, field: 'title', text: page.text, needles: [] }, page);
  }

  /** Whether a text holds a word that says something once filler and the given words are out (a lone 报 does not). */
  function says(text: string): boolean {
    const rest = blank(blank(text, neutral).rest, fillerWords).rest;
    for (const run of rest.split(/[^a-z0-9\u3400-\u9fff]+/)) {
      if (!run) continue;
      if (!CJK_CHAR.test(run)) {
        if (run.length >= 2 && !/^\d+$/.test(run) && !thesaurus.filler.has(run)) return true;
        continue;
      }
      const left = [...run].filter((c) => !thesaurus.filler.has(c));
      if (left.length >= 2) return true;
    }
    return false;
  }

  /**
   * The site pages a query's words find: the one asked for by its name (its title holds the query, or more than
   * half its words, the most of them), and the others, best first.
   */
  function pageHits(q: string): { named?: Hit; byName?: boolean; others: Hit[] } {
    if (!pages.length || q.length > LONG * 2) return { others: [] };
    // A question is as long as its words that say something: "how do I see whether …" is no paste.
    const long = blank(q, fillerWords).rest.replace(/\s/g, '').length > LONG;
    const hits = long ? [] : wordHits(pagePrepared, q, speller, thesaurus, pageCache, false, true);
    // A page one of whose names the query holds whole (是网关的问题还是后端的问题, "is it the gateway's fault"), the longest.
    let byName: { k: number; length: number; rest: string } | undefined;
    for (const { k, names: list } of pageNames)
      for (const name of list) {
        const { found, rest } = blank(q, [name]);
        if (name.length > (byName?.length ?? 0) && found) byName = { k, length: name.length, rest };
      }
    // A name inside a sentence that says more besides (后端还没返回响应头就把连接断了, "hung up before it sent any
    // response headers") is a word of that sentence, not the page asked for.
    if (byName && wordsIn(blank(blank(byName.rest, fillerWords).rest, plain).rest) >= NAME_REST) byName = undefined;
    if (byName) {
      const k = byName.k;
      // Its section, where one names more of the query (ratelimit response headers: the rate-limit headers).
      const own = hits.filter((hit) => pages[hit.i]!.page.page === pages[k]!.page.page);
      const named = own.reduce<Hit | undefined>(
        (best, hit) => (best && best.named! >= hit.named! ? best : hit),
        undefined,
      ) ?? {
        i: k,
        score: 0,
        field: 'keywords' as const,
        text: pages[k]!.page.page,
        needles: [],
      };
      return { named, byName: true, others: hits.filter((hit) => hit !== named).slice(0, MAX_PAGES) };
    }
    if (long) return { others: [] };
    // Between sections that name the query alike, the one whose page's own title and names hold more of it.
    let whole: Map<string, number> | undefined;
    const ofPage = (hit: Hit) => {
      whole ??= new Map(
        wordHits(openings, q, speller, thesaurus, new Map(), false, true).map((h) => [
          pages[h.i]!.page.page,
          h.named ?? 0,
        ]),
      );
      return whole.get(pages[hit.i]!.page.page) ?? 0;
    };
    const named = hits
      .filter((hit) => {
        const { page } = pages[hit.i]!;
        return NAMED_PAGES.test(page.path) && (hit.named! > HALF_NAMED || names(norm(page.title || page.page), q));
      })
      .reduce<Hit | undefined>(
        (best, hit) =>
          best && (best.named! > hit.named! || (best.named === hit.named && ofPage(best) >= ofPage(hit))) ? best : hit,
        undefined,
      );
    return { named, others: hits.filter((hit) => hit !== named).slice(0, MAX_PAGES) };
  }

  /** A title names what the query asks for: it holds the whole query, or a word of each concept the query is. */
  function names(title: string, q: string): boolean {
    if (title.includes(q)) return true;
    const { named, rest } = thesaurus.read(q);
    return named.length > 0 && !/[\p{L}\p{N}]/u.test(rest) && named.every((n) => n.alts.some((a) => title.includes(a)));
  }

  /** The entries a single token names exactly, with the field it named. */
  function exact(token: string): { field: Field; group: Prepared[] } | null {
    const by = (field: Field, test: (p: Prepared) => boolean) => {
      const group = prepared.filter(test);
      return group.length ? { field, group } : null;
    };
    if (/^\d{3}$/.test(token)) return by('status', (p) => p.doc.status === Number(token));
    if (/^\d{7}$/.test(token)) return by('code', (p) => p.doc.code === Number(token));
    if (/^[a-z0-9_]+$/.test(token) && token.includes('_')) return by('code_name', (p) => p.codeName === token);
    if (/^[a-z0-9-]+$/.test(token)) return by('slug', (p) => p.slug === token || p.aliases.includes(token));
    return null;
  }

  /** Everything but exact look-ups, best first, one hit per entry. */
  function textual(q: string, esb = false): Hit[] {
    const hits: Hit[] = [];
    const paste = parsePaste(q);
    let words: Hit[] | undefined;
    const wordsOf = () => (words ??= wordHits(prepared, paste.logPhrase ?? q, speller, thesaurus, conceptCache, esb));
    const known = paste.code !== null && prepared.some((p) => p.doc.code === paste.code);
    if (q.length >= 4 || known) {
      const scored = prepared.flatMap((p) => identify(p, paste) ?? []);
      if (known) {
        // A body's code settles the group; its texts only order the entries within it.
        const sameName =
          paste.codeName !== null && prepared.some((p) => p.doc.code === paste.code && p.codeName === paste.codeName);
        const inGroup = (p: Prepared) => p.doc.code === paste.code && (!sameName || p.codeName === paste.codeName);
        const score = new Map(scored.map((h) => [h.i, h]));
        const group = prepared.filter(inGroup).map(
          (p): Hit =>
            score.get(p.i) ?? {
              i: p.i,
              score: p.doc.fallback ? 1 : 0,
              field: 'code',
              text: p.doc.message,
              needles: [],
            },
        );
        hits.push(...group.sort((a, b) => b.score - a.score || a.i - b.i));
      }
      scored.sort((a, b) => b.score - a.score || a.i - b.i);
      // A text several entries share ties them: a keyword or a log phrase the paste holds (`access_token`, "Developer
      // Center"), or an identifying text two entries both carry inside a longer paste (`connection refused`, a reason
      // of one and the upstream_error of another). Between those the paste's words decide, not the catalog's order.
      const [first, second] = scored;
      if (first && second && second.score === first.score && (!first.identified || !first.needles.includes(q))) {
        const rank = new Map(wordsOf().map((h, k) => [h.i, k]));
        const at = (h: Hit) => rank.get(h.i) ?? rank.size + h.i;
        scored.sort((a, b) => b.score - a.score || at(a) - at(b));
      }
      hits.push(...scored);
    }
    // A long paste that named its entry needs no word-by-word search: its words would only add noise.
    if (hits.length === 0 || q.length <= LONG) hits.push(...wordsOf());
    return hits;
  }

  /** A number is a status, a code or the start of codes (`16429`, `1306`); never fuzzy: 1640302 is not "near" 1640303. */
  function numeric(q: string): Hit[] {
    const group =
      exact(q) ??
      (q.length >= 4 && q.length < 7
        ? { field: 'code' as const, group: prepared.filter((p) => String(p.doc.code ?? '').startsWith(q)) }
        : null);
    return (group?.group ?? []).map((p) => groupHit(p, group!.field));
  }

  /** An entry found by a look-up (its status, code, code_name or slug), shown by its message. */
  function groupHit(p: Prepared, field: Field): Hit {
    return { i: p.i, score: 0, field, text: p.doc.message || p.doc.summary, needles: [] };
  }

  /**
   * A short answer's neighbours: where the words found one or two results, the first entry's others of its status
   * follow them (the close entries a reader weighs it against: 504's two timeouts, 429's four limits), badged by
   * the status they share. Never before a result the words found.
   */
  function neighbours(found: SearchResult[], pagesFound: number): SearchResult[] {
    const first = found[0];
    if (!first || found.length + pagesFound > 2) return [];
    return (exact(String(first.status))?.group ?? [])
      .filter((p) => !found.some((r) => r.slug === p.doc.slug))
      .map((p) => toResult(groupHit(p, 'status'), p.doc));
  }

  function search(query: string, limit = 20): SearchResult[] {
    const q = norm(query);
    if (!q) return [];
    if (/^\d+$/.test(q)) {
      const found = numeric(q).map((h) => toResult(h, prepared[h.i]!.doc));
      // A status no entry has (415: only ever the backend's) has a page.
      return (found.length || !statusPages.has(Number(q)) ? found : [statusPage(q)]).slice(0, limit);
    }
    const out = new Map<number, Hit>();
    const add = (h: Hit) => out.has(h.i) || out.set(h.i, h);
    const tokens = q.split(/[\s,;|]+/).filter(Boolean);
    const rest: string[] = [];
    let groups = tokens.length <= MAX_TOKENS ? tokens.flatMap((t) => exact(t) ?? (rest.push(t), [])) : [];
    const sentence = readSentence(q);
    if (!groups.length) {
      // A status, code or code_name anywhere in a question or a log line (`… esb … code 1306406`, an access
      // log's 499) leads with its entries; the rest of the words order them.
      const named = [...sentence.numbers, ...sentence.codeNames].flatMap((t) => {
        const g = exact(t);
        return g && g.field !== 'slug' ? [g] : [];
      });
      // Unless the query is an entry's own text that happens to hold a number (an ESB message quoting a 502).
      if (named.length) {
        const paste = parsePaste(q);
        if (!prepared.some((p) => identify(p, paste)?.identified)) {
          groups = named;
          rest.push(sentence.codeNames.reduce((r, n) => r.replace(n, ' '), sentence.rest));
        }
      }
    }
    // `429 频率`: the 429 group first, ordered by how well the rest of the query matches, then the rest's own hits.
    const after =
      groups.length === 0
        ? textual(q, sentence.esb)
        : rest.length
          ? textual(rest.join(' '), sentence.esb)
          : q.length > 3
            ? textual(q, sentence.esb)
            : [];
    const order = new Map(after.map((h, k) => [h.i, k]));
    const pos = (p: Prepared) => order.get(p.i) ?? after.length + p.i;
    for (const { field, group } of groups) {
      for (const p of [...group].sort((a, b) => pos(a) - pos(b))) add(groupHit(p, field));
    }
    after.forEach(add);
    const entries = [...out.values()].map((h) => toResult(h, prepared[h.i]!.doc));
    // A status asked for as such (`502 页面`, 状态码 499 是什么意思, "what does 499 mean"): its page, then its entries.
    const ask = blank(q, asking);
    const statuses = [...new Set([...tokens, ...sentence.numbers])].filter((t) => statusPages.has(Number(t)));
    if (statuses.length && ask.found && !says(statuses.reduce((r, t) => r.replaceAll(t, ' '), ask.rest)))
      return [...statuses.map(statusPage), ...entries].slice(0, limit);
    if (groups.length || after[0]?.identified) return entries.slice(0, limit);
    // A page asked for by its name (网关还是后端, 请求 ID 是什么, X-Bkapi-Error-Code) comes first, or third where an
    // entry's own names hold as much of the query; other pages that hold the words follow the entries.
    // A page's name with a word that asks for it (esb docs, 网关响应头说明): the name is read without that word.
    const asked = ask.found && /[\p{L}\p{N}]/u.test(ask.rest);
    const { named, byName, others } = pageHits(asked ? norm(ask.rest) : q);
    const more = others.map((hit) => toPageResult(hit, pages[hit.i]!.page));
    if (!named) return entries.length ? [...entries, ...more, ...neighbours(entries, more.length)].slice(0, limit) : [];
    const top = after[0] ? (after[0].named ?? 1) : 0;
    // An entry whose names hold as much of the query as the page's title goes first only if it holds as much of the
    // query's words too (ESB 错误码列表: the ESB entries' titles name it as fully as the page's, but only the page is all of it).
    const held = (h: Hit | undefined) => h?.coverage ?? 1;
    const named1 = named.named!;
    const at =
      !asked &&
      !byName &&
      entries[0] &&
      !WEAK.has(entries[0].field) &&
      (named1 < top || (named1 === top && held(after[0]) >= held(named)))
        ? 2
        : 0;
    const lead = toPageResult(named, pages[named.i]!.page);
    return [...entries.slice(0, at), lead, ...entries.slice(at), ...more].slice(0, limit);
  }

  let grams: Set<string>[][] | null = null;
  function nearest(query: string, limit = 5): SearchResult[] {
    const q = pairs(norm(query).slice(0, LONG * 2));
    if (q.size === 0) return [];
    grams ??= prepared.map((p) => [p.title, p.summary, p.message, ...p.keywords, ...p.other].map(pairs));
    return prepared
      .map((p, i) => {
        let best = 0;
        for (const g of grams![i]!) {
          let shared = 0;
          for (const x of q) if (g.has(x)) shared++;
          best = Math.max(best, shared / q.size);
        }
        return { p, best };
      })
      .filter((x) => x.best >= NEAR)
      .sort((a, b) => b.best - a.best || a.p.i - b.p.i)
      .slice(0, limit)
      .map(({ p }) => toResult({ i: p.i, score: 0, field: 'summary', text: p.doc.summary, needles: [] }, p.doc));
  }

  return { search, nearest };
}

function toPageResult(hit: Hit, page: PageDoc): SearchResult {
  const ranges = hit.ranges ?? rangesOf(hit.text, hit.needles);
  const shown = snippet(hit.text, ranges);
  return {
    slug: `page:${page.path}`,
    status: 0,
    code: null,
    code_name: null,
    system: 'gateway',
    title: page.title ? `${page.page} · ${page.title}` : page.page,
    field: hit.field,
    text: shown.text,
    ranges: shown.ranges,
    path: page.path,
  };
}

function toResult(hit: Hit, doc: SearchDoc): SearchResult {
  const ranges = hit.ranges ?? rangesOf(hit.text, hit.needles);
  const shown = snippet(hit.text, ranges);
  const { slug, status, code, code_name, system, title } = doc;
  return {
    slug,
    ...(hit.anchor && { anchor: hit.anchor }),
    status,
    code,
    code_name,
    system,
    title,
    field: hit.field,
    text: shown.text,
    ranges: shown.ranges,
  };
}

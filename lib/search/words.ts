import type { Speller } from './fuzzy';
import type { Field, Hit, Prepared } from './identify';

/** `并发`, `递归`, `超时`: CJK has no spaces between words, so such a term is a substring to find. */
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const WORD_CHAR = /[a-z0-9]/;
/** Past this many words a query is prose or a paste: its first words carry it. */
const MAX_TERMS = 8;
/** A corrected word is weaker evidence than the word as typed. */
const TYPO = 0.8;
/** A legacy, deprecated or ESB entry needs clearly more evidence than a current one to rank above it. */
const MINOR = 0.75;

type FieldSpec = {
  field: Field;
  weight: number;
  get: (p: Prepared) => readonly string[];
  show: (p: Prepared, k: number) => string;
};

/** The message and the title weigh most: they are what people copy and what they remember. */
const FIELDS: FieldSpec[] = [
  { field: 'title', weight: 10, get: (p) => [p.title], show: (p) => p.doc.title },
  { field: 'message', weight: 8, get: (p) => [p.message], show: (p) => p.doc.message },
  { field: 'code_name', weight: 6, get: (p) => (p.codeName ? [p.codeName] : []), show: (p) => p.doc.code_name ?? '' },
  { field: 'reason', weight: 6, get: (p) => p.reasons, show: (p, k) => p.doc.reasons[k]!.text },
  { field: 'match', weight: 6, get: (p) => p.match, show: (p, k) => p.doc.match[k]! },
  { field: 'keywords', weight: 5, get: (p) => p.keywords, show: (p, k) => p.doc.keywords[k]! },
  { field: 'slug', weight: 4, get: (p) => [p.slug], show: (p) => p.doc.slug },
  { field: 'summary', weight: 3, get: (p) => [p.summary], show: (p) => p.doc.summary },
  { field: 'text', weight: 1, get: (p) => [p.text], show: (p) => p.doc.text },
];

/** A query word and what may stand for it: itself, or the index's words near it when it is misspelt. */
type Term = { alts: string[]; factor: number };

/** A Latin word matches at a word's start (`time` finds timeout, `rate` does not find strategy); CJK anywhere. */
function occurs(text: string, alt: string, cjk: boolean): boolean {
  for (let at = text.indexOf(alt); at >= 0; at = text.indexOf(alt, at + 1)) {
    if (cjk || at === 0 || !WORD_CHAR.test(text[at - 1]!)) return true;
  }
  return false;
}

export function terms(query: string, speller: Speller): Term[] {
  const words = query.split(/[\s,;:()"'`[\]{}<>=/\\|]+/).filter((w) => w.length >= (CJK.test(w) ? 1 : 2));
  return words.slice(0, MAX_TERMS).map((w) => {
    if (CJK.test(w) || speller.known(w)) return { alts: [w], factor: 1 };
    const near = speller.correct(w);
    return near.length ? { alts: near, factor: TYPO } : { alts: [w], factor: 1 };
  });
}

/**
 * Entries that hold the query's words, each word scored by the fields it is in (title and message first);
 * every word must occur, or, when no entry has them all, at least half of them.
 */
export function wordHits(prepared: readonly Prepared[], query: string, speller: Speller): Hit[] {
  const ts = terms(query, speller);
  if (!ts.length) return [];
  const phrase = ts.length > 1 ? query : null;
  const scored: (Hit & { matched: number })[] = [];
  for (const p of prepared) {
    let score = 0;
    let matched = 0;
    let shown: { weight: number; field: Field; text: string } | null = null;
    // A word found in a reason lands on that reason's section, whichever field is shown.
    let anchor: string | undefined;
    for (const t of ts) {
      let termScore = 0;
      for (const f of FIELDS) {
        const texts = f.get(p);
        for (let k = 0; k < texts.length; k++) {
          const text = texts[k]!;
          const alt = t.alts.find((a) => occurs(text, a, CJK.test(a)));
          if (alt === undefined) continue;
          // A keyword that is the whole word (`超时`) says more than one that contains it (`客户端超时`).
          termScore += f.weight + (f.field === 'keywords' && text === alt ? 2 : 0);
          if (!shown || f.weight > shown.weight) shown = { weight: f.weight, field: f.field, text: f.show(p, k) };
          if (f.field === 'reason') anchor ??= p.doc.reasons[k]!.id;
          break;
        }
      }
      if (termScore > 0) matched++;
      score += termScore * t.factor;
    }
    if (!matched || !shown) continue;
    if (phrase)
      for (const f of FIELDS.slice(0, 6)) if (f.get(p).some((text) => text.includes(phrase))) score += f.weight;
    if (p.doc.minor) score *= MINOR;
    const { field, text } = shown;
    scored.push({ i: p.i, score, field, text, anchor, needles: ts.flatMap((t) => t.alts), matched });
  }
  const all = scored.filter((h) => h.matched === ts.length);
  const enough = all.length ? all : scored.filter((h) => h.matched * 2 >= ts.length && ts.length > 1);
  return enough
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.i - b.i)
    .map(({ matched: _, ...hit }) => hit);
}

import type { SearchDoc } from './build-index';
import type { Paste } from './paste';

/** One entry's texts, normalised once when the searcher is built. */
export type Prepared = {
  doc: SearchDoc;
  /** Position in catalog order. */
  i: number;
  message: string;
  base: string;
  exact: string[];
  match: string[];
  reasons: string[];
  keywords: string[];
  /** The other language's title and keywords. */
  other: string[];
  title: string;
  summary: string;
  /** Every section's text, and how people ask about the entry. */
  sections: string[];
  asked: string[];
  slug: string;
  aliases: string[];
  codeName: string | null;
  /** Every text the word search looks in, joined: a word found nowhere in it is in none of them. */
  all: string;
};

export type Field =
  | 'status'
  | 'code'
  | 'code_name'
  | 'slug'
  | 'message'
  | 'match'
  | 'reason'
  | 'title'
  | 'summary'
  | 'keywords'
  | 'other'
  | 'asked'
  | 'section';

/** A ranked entry before it is shaped for the UI: which text matched and what to highlight in it. */
export type Hit = {
  i: number;
  score: number;
  field: Field;
  text: string;
  needles: string[];
  anchor?: string;
  ranges?: [number, number][];
  /** Found by an identifying text (a message, a reason, a `match`) rather than by words. */
  identified?: boolean;
  /** The share of the query's words (by units, not weight) its title holds: how far the title names what was asked. */
  named?: number;
  /** The share of the query's words (by weight) the entry holds, in twentieths: what the word ranking tiers by. */
  coverage?: number;
};

/** Below this, a text is too common to identify an entry by occurring in a paste. */
const MIN_IDENT = 6;
/** Reason texts are chosen to be distinctive, some short and bracketed (`[GA]`, a cross-tenant check). */
const MIN_REASON = 4;
/** Below this, a query is too short to be looked for inside an entry's identifying texts. */
const MIN_PART = 12;
/** Below this many characters (Chinese: half as many) or words, a query is not a sentence copied from a page. */
const MIN_SENTENCE = 24;
const MIN_WORDS = 5;

/**
 * Scores how surely a paste is this entry's message, by its identifying texts, strongest rule first:
 * a `match_exact` message, the whole message, a reason or `match` text occurring in the paste (longer
 * is more specific), the paste occurring in one of them, the same base message, a long keyword (log
 * lines live there) in the paste. Null when none applies; fuzzy search takes over from there.
 */
export function identify(p: Prepared, paste: Paste): Hit | null {
  const { doc } = p;
  const { message, query } = paste;
  const within = (t: string, min = MIN_IDENT) => t.length >= min && (message.includes(t) || query.includes(t));
  let best: Hit | null = null;
  const offer = (score: number, field: Field, text: string, needles: string[], anchor?: string) => {
    if (!best || score > best.score) best = { i: p.i, score, field, text, needles, anchor, identified: score >= 1500 };
  };

  p.exact.forEach((e, k) => message === e && offer(5000, 'match', doc.exact[k]!, [doc.exact[k]!]));
  if (p.message && message === p.message) offer(4800, 'message', doc.message, [doc.message]);
  else if (p.message.length >= 8 && within(p.message))
    offer(4000 + p.message.length, 'message', doc.message, [doc.message]);
  // The longest reason in the paste names the section to land on, whichever rule wins.
  let anchor: string | undefined;
  let anchorLen = 0;
  p.reasons.forEach((r, k) => {
    if (!within(r, MIN_REASON)) return;
    const reason = doc.reasons[k]!;
    if (r.length > anchorLen) [anchor, anchorLen] = [reason.id, r.length];
    offer(3000 + r.length, 'reason', reason.text, [reason.text], reason.id);
  });
  p.match.forEach((m, k) => within(m) && offer(3000 + m.length, 'match', doc.match[k]!, [doc.match[k]!]));
  if (message.length >= MIN_PART) {
    const part = (texts: string[], originals: string[], field: Field, ids?: string[]) =>
      texts.forEach(
        (t, k) =>
          t.includes(message) &&
          offer(2000 + (100 * message.length) / t.length, field, originals[k]!, [message], ids?.[k]),
      );
    part(
      p.reasons,
      doc.reasons.map((r) => r.text),
      'reason',
      doc.reasons.map((r) => r.id),
    );
    part(p.match, doc.match, 'match');
    part([p.message], [doc.message], 'message');
  }
  // A sentence copied from the entry's page (a section, the summary): after a reason of its own length.
  const cjk = /[\u3400-\u9fff]/.test(query);
  if (query.length >= (cjk ? MIN_SENTENCE / 2 : MIN_SENTENCE) && (cjk || query.split(' ').length >= MIN_WORDS)) {
    const k = p.sections.findIndex((t) => t.includes(query));
    if (k >= 0) offer(2990 + query.length, 'section', doc.sections[k]!.text, [query], doc.sections[k]!.id);
    else if (p.summary.includes(query)) offer(2990 + query.length, 'summary', doc.summary, [query]);
  }
  if (p.base.length >= MIN_IDENT && paste.base === p.base)
    offer(1500 + p.base.length, 'message', doc.message, [doc.message.slice(0, p.base.length)]);
  p.keywords.forEach(
    (kw, k) =>
      kw.length >= MIN_PART &&
      query.includes(kw) &&
      offer(1000 + kw.length, 'keywords', doc.keywords[k]!, [doc.keywords[k]!]),
  );
  if (paste.logPhrase) {
    const phrase = paste.logPhrase;
    p.keywords.forEach((kw, k) => kw.includes(phrase) && offer(900, 'keywords', doc.keywords[k]!, [phrase]));
    const k = p.sections.findIndex((t) => t.includes(phrase));
    if (k >= 0) offer(600, 'section', doc.sections[k]!.text, [phrase], doc.sections[k]!.id);
  }
  const hit = best as Hit | null;
  if (hit && !hit.anchor && anchor) hit.anchor = anchor;
  return hit;
}

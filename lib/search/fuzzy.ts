import Fuse from 'fuse.js/basic';
import type { Prepared } from './identify';

/** Latin words worth correcting: a letter, then two or more letters, digits or underscores. */
const WORDS = /[a-z][a-z0-9_]{2,}/g;
/** Shorter words are too ambiguous to correct: `ip` is not a typo of `id`. */
const MIN_TYPO = 4;
/** Corrections tried per misspelt word. */
const MAX_CANDIDATES = 3;

/**
 * Typo tolerance: fuse.js over the index's vocabulary rather than over its documents. Bitap over every
 * field of every entry costs 5 to 30 ms a query; over some thousands of distinct words, a fraction of one.
 * A misspelt word (`limt`, `concurency`) becomes the words of the index it is near (`limit`, `concurrency`),
 * and the word pass then ranks entries with its field weights, message and title first.
 */
export type Speller = {
  /** True when some word of the index starts with `word`, so it needs no correction. */
  known(word: string): boolean;
  /** The index's words near `word`, closest first; empty when none is near enough. */
  correct(word: string): string[];
};

/** The Latin words of the entries' naming fields (`all`: of every field, sections and asked words too). */
export function vocabulary(prepared: readonly Prepared[], all = false): string[] {
  const words = new Set<string>();
  for (const p of prepared) {
    if (all) for (const t of [...p.sections, ...p.asked]) for (const w of t.match(WORDS) ?? []) words.add(w);
    const texts = [
      p.title,
      p.message,
      p.summary,
      // Not every section's words nor people's: a misspelt word is corrected to the words that name entries,
      // and a vocabulary four times larger made correcting a word four times slower.
      p.codeName ?? '',
      p.slug.replace(/-/g, ' '),
      ...p.keywords,
      ...p.other,
      ...p.match,
      ...p.reasons,
    ];
    for (const t of texts) for (const w of t.match(WORDS) ?? []) words.add(w);
  }
  return [...words].sort();
}

/** `words` are corrected to; `known` (sorted, by default `words`) need no correction. */
export function createSpeller(words: readonly string[], knownWords: readonly string[] = words): Speller {
  // A correction is at most two letters longer or shorter than the word, so words are kept by length and a
  // search looks only at the lengths within reach: a third of the vocabulary instead of all of it.
  const byLength = new Map<number, Fuse<string>>();
  for (const [length, list] of groupLengths(words)) {
    // Two wrong letters in a seven-letter word pass, three do not; texts are already lower case.
    byLength.set(
      length,
      new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: 0.3, isCaseSensitive: true }),
    );
  }
  const known = (word: string) => {
    let lo = 0;
    let hi = knownWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (knownWords[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo < knownWords.length && knownWords[lo]!.startsWith(word);
  };
  const correct = (word: string) => {
    if (word.length < MIN_TYPO || !/^[a-z][a-z0-9_]*$/.test(word)) return [];
    const reach = word.length < 7 ? 1 : 2;
    const found: { item: string; score: number }[] = [];
    for (let n = word.length - reach; n <= word.length + reach; n++) {
      for (const r of byLength.get(n)?.search(word, { limit: MAX_CANDIDATES }) ?? [])
        found.push({ item: r.item, score: r.score ?? 1 });
    }
    return found
      .filter((r) => distance(word, r.item, reach) <= reach)
      .sort(
        (a, b) => a.score - b.score || Math.abs(a.item.length - word.length) - Math.abs(b.item.length - word.length),
      )
      .slice(0, MAX_CANDIDATES)
      .map((r) => r.item);
  };
  return { known, correct };
}

/**
 * Edits (a letter changed, added, dropped, or two swapped) between two words, counted up to `max + 1`: fuse.js
 * finds a long word's tail inside another (`segmentation` in `documentation`), which is no typo of it.
 */
function distance(a: string, b: string, max: number): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

function groupLengths(words: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const list = out.get(w.length);
    if (list) list.push(w);
    else out.set(w.length, [w]);
  }
  return out;
}

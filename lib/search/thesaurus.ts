import { norm } from './paste';

const WORD_CHAR = /[a-z0-9]/;

/** A concept of the vocabulary a query names: all its words, to be found as one word of the query. */
export type Named = { concept: number; alts: string[]; typed: string[]; context: boolean };

export type Thesaurus = {
  /** The concepts a query names, and the query with their words blanked out (the rest is read word by word). */
  read(query: string): { named: Named[]; rest: string };
  /** Words that say nothing about the error (的, 怎么, anyone, still): the rest of the query is read without them. */
  filler: ReadonlySet<string>;
  /** Words that say a question is about this trade (网关, gateway). */
  domain: ReadonlySet<string>;
};

/**
 * The trade's vocabulary (content/vocabulary.yaml, shipped in the index as each concept's words) as a query
 * reader: the longest of its words is read first (`rate limited` before `rate limit`), a Latin word only at
 * the start of a word of the query (`authn` is not in `authnz`'s middle), a Chinese one anywhere.
 */
export function createThesaurus(
  vocabulary: readonly (readonly string[])[],
  filler: readonly string[] = [],
  /** The concepts that are a question's context (测试环境, 后端): they order the entries, none must hold them. */
  context: readonly number[] = [],
  domain: readonly string[] = [],
): Thesaurus {
  const alts = vocabulary.map((words) => [...new Set(words.map(norm))]);
  const words = alts
    .flatMap((list, concept) => list.map((word) => ({ word, concept, latin: /^[a-z0-9]/.test(word) })))
    .sort((a, b) => b.word.length - a.word.length);
  function read(query: string) {
    const named = new Map<number, Named>();
    const taken = new Uint8Array(query.length);
    let rest = query;
    for (const { word, concept, latin } of words) {
      for (let at = query.indexOf(word); at >= 0; at = query.indexOf(word, at + 1)) {
        if (latin && at > 0 && WORD_CHAR.test(query[at - 1]!)) continue;
        let end = at + word.length;
        if (latin && /[a-z0-9]/.test(word.at(-1)!) && end < query.length && WORD_CHAR.test(query[end]!)) {
          // `timeouts`, `throttled`: a Latin word may be followed by an ending, not by another word's letters.
          const tail = /^[a-z]*/.exec(query.slice(end))![0];
          if (!/^(s|es|ed|d|ing|er|ly)$/.test(tail)) continue;
          end += tail.length;
        }
        if (taken.subarray(at, end).some(Boolean)) continue;
        taken.fill(1, at, end);
        rest = rest.slice(0, at) + ' '.repeat(end - at) + rest.slice(end);
        const seen = named.get(concept);
        if (!seen)
          named.set(concept, { concept, alts: alts[concept]!, typed: [word], context: context.includes(concept) });
        else if (!seen.typed.includes(word)) seen.typed.push(word);
      }
    }
    return { named: [...named.values()], rest };
  }
  return { read, filler: new Set(filler), domain: new Set(domain) };
}

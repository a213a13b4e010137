import { releaseRange } from './releases';
import type { EntryMeta } from './schema';

/** What the classifier needs to know of one catalog entry to recognise it in a response. */
export type MatchRule = {
  slug: string;
  system: EntryMeta['system'];
  status: number;
  code: number | null;
  code_name: string | null;
  /** Case-insensitive substrings of the message that pick this entry among those sharing its code. */
  match: string[];
  /** Whole messages (trimmed, case-insensitive) that pick this entry. */
  match_exact: string[];
  /** Chosen when the code matches and no text does. */
  default_for_code: boolean;
  /** The code's status digits do not follow the HTTP status (1650070 carries the upstream's). */
  status_from_upstream: boolean;
  /** The entry's message as the catalog gives it, for a pasted fragment of it. */
  message: string;
  /** What differs between releases, in English, for the classifier's evidence. */
  releases: string[];
  /** Named sections of the entry, each with the reason text that points at it. */
  reasons: { id: string; text: string }[];
};

/** The fields of an entry the classifier reads, as they are, plus its release notes as English lines. */
const RULE_FIELDS = [
  'system',
  'status',
  'code',
  'code_name',
  'match',
  'match_exact',
  'default_for_code',
  'reasons',
  'status_from_upstream',
  'message',
] as const satisfies readonly (keyof EntryMeta & keyof MatchRule)[];

export function toRule(slug: string, meta: EntryMeta): MatchRule {
  const picked = Object.fromEntries(RULE_FIELDS.map((k) => [k, meta[k]])) as Pick<
    EntryMeta,
    (typeof RULE_FIELDS)[number]
  >;
  return {
    slug,
    ...picked,
    releases: meta.releases.map((r) => `${releaseRange(r.from, r.until, 'en')}: ${r.en}`),
  };
}

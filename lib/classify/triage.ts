/**
 * Whole-capture triage: the failures of a HAR grouped by what explains them (one entry of the catalog, or one
 * case of the guide), most frequent first, each with its count, first and last time and an example. The
 * paste is parsed once and each response judged by the same stages as a single paste (classifyParsed).
 */
import { classifyParsed } from '.';
import type { Parsed } from './read/parse';
import type { Layer, Result, Source } from './types';
import type { MatchRule } from '../catalog/rules';

export type TriageGroup = {
  /** What the group's responses share: the entry or guide anchor, else the verdict and status. */
  key: string;
  source: Source;
  layer: Layer | null;
  entry: string | null;
  reason: string | null;
  status: number | null;
  code: number | null;
  code_name: string | null;
  count: number;
  /** The earliest and latest `startedDateTime` of the group, as recorded. */
  first: string | null;
  last: string | null;
  /** The first X-Bkapi-Request-ID among the group's responses. */
  requestId: string | null;
  /** The HAR index of the group's first response: the page opens its full verdict. */
  example: number;
  /** Method and URL of that response, for the summary. */
  request: string;
};

export type Triage = { entries: number; failures: number; groups: TriageGroup[] };

/** A response that needs explaining: an error status, no response at all, or an error the gateway or ESB sent. */
function failed(result: Result): boolean {
  return result.status === null || result.status >= 400 || result.source === 'gateway' || result.source === 'esb';
}

function keyOf(r: Result): string {
  if (r.entry) return r.reason ? `${r.entry}#${r.reason}` : r.entry;
  if (r.candidates.length) return r.candidates.join('|');
  return `${r.source}-${r.status ?? 'none'}`;
}

/** Times as HAR records them (ISO 8601) sort as text; a missing one never wins. */
const earlier = (a: string | null, b: string | undefined) => (b && (!a || b < a) ? b : a);
const later = (a: string | null, b: string | undefined) => (b && (!a || b > a) ? b : a);

export function triage(
  parsed: Parsed,
  rules: MatchRule[],
  onProgress?: (done: number, total: number) => void,
): Triage | null {
  if (parsed.form !== 'har') return null;
  const { responses } = parsed;
  const groups = new Map<string, TriageGroup>();
  let failures = 0;
  responses.forEach((response, index) => {
    if (onProgress && index % 1000 === 0) onProgress(index, responses.length);
    const result = classifyParsed(parsed, { response, chain: [], harIndex: index }, rules);
    if (!failed(result)) return;
    failures++;
    const key = keyOf(result);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        source: result.source,
        layer: result.layer,
        entry: result.entry,
        reason: result.reason,
        status: result.status,
        code: result.code,
        code_name: result.code_name,
        count: 0,
        first: null,
        last: null,
        requestId: null,
        example: index,
        request: response.har ? `${response.har.method} ${response.har.url}`.trim() : '',
      };
      groups.set(key, g);
    }
    g.count++;
    g.first = earlier(g.first, response.started);
    g.last = later(g.last, response.started);
    g.requestId ??= result.request_id;
  });
  onProgress?.(responses.length, responses.length);
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.example - b.example);
  return { entries: responses.length, failures, groups: sorted };
}

/**
 * The HAR triage of lib/classify/triage.ts, the same groups, faster: a response is classified once per distinct
 * response (status, host, headers that are not per-request, body: responseKey), and a quiet success (below 400, no
 * gateway error header, no error sign in the body) not at all, since it cannot be a failure. Same signature and
 * result as `triage`, so lib/classify-page/analyse.ts groupFailures can call either (triage.test.ts holds them
 * equal).
 */
import { quietSuccess, responseKey } from './judge';
import type { MatchRule } from '../catalog/rules';
import { classifyParsed, type Parsed, type Result, type Triage, type TriageGroup } from '../classify';

function failed(result: Result): boolean {
  return result.status === null || result.status >= 400 || result.source === 'gateway' || result.source === 'esb';
}

function keyOf(r: Result): string {
  if (r.entry) return r.reason ? `${r.entry}#${r.reason}` : r.entry;
  if (r.candidates.length) return r.candidates.join('|');
  return `${r.source}-${r.status ?? 'none'}`;
}

const hostOf = (url: string) => /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? null;

export function triageParsed(
  parsed: Parsed,
  rules: MatchRule[],
  onProgress?: (done: number, total: number) => void,
): Triage | null {
  if (parsed.form !== 'har') return null;
  const { responses } = parsed;
  const groups = new Map<string, TriageGroup>();
  const seen = new Map<string, Result>();
  let failures = 0;
  responses.forEach((response, index) => {
    if (onProgress && index % 1000 === 0) onProgress(index, responses.length);
    if (response.status !== null && response.status < 400 && quietSuccess(response)) return;
    const key = responseKey(response, hostOf(response.har?.url ?? ''));
    let result = seen.get(key);
    let requestId: string | null;
    if (result) {
      requestId = response.headers.find(([n]) => n === 'x-bkapi-request-id')?.[1] ?? result.request_id;
    } else {
      result = classifyParsed(parsed, { response, chain: [], harIndex: index }, rules);
      if (seen.size < 50_000) seen.set(key, result);
      requestId = result.request_id;
    }
    if (!failed(result)) return;
    failures++;
    const k = keyOf(result);
    let g = groups.get(k);
    if (!g) {
      g = {
        key: k,
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
      groups.set(k, g);
    }
    g.count++;
    const t = response.started;
    if (t && (!g.first || t < g.first)) g.first = t;
    if (t && (!g.last || t > g.last)) g.last = t;
    g.requestId ??= requestId;
  });
  onProgress?.(responses.length, responses.length);
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.example - b.example);
  return { entries: responses.length, failures, groups: sorted };
}

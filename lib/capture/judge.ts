/**
 * Each row's verdict, by the classifier's own stages (lib/classify through its face, classifyParsed), on a
 * response built from the row. Rows whose judged parts are the same (status, the gateway's error fields,
 * the body, the headers that are not per-request) get the same verdict, so each distinct response is judged
 * once: a 10,000-row export of a few kinds of failure costs a few hundred classifications, not 10,000.
 */
import type { RowVerdict } from './types';
import { ESB_CODE } from '../catalog/codes';
import type { MatchRule } from '../catalog/rules';
import { classifyParsed, type Parsed, type ParsedResponse, type Result } from '../classify';

/** A response that needs explaining (as lib/classify/triage.ts counts one): an error status, none, or the gateway's own error. */
export function isFailure(r: Pick<Result, 'status' | 'source'>): boolean {
  return r.status === null || r.status >= 400 || r.source === 'gateway' || r.source === 'esb';
}

/** The group of a verdict, as the HAR triage keys it (lib/classify/triage.ts keyOf). */
export function keyOf(r: Pick<Result, 'entry' | 'reason' | 'candidates' | 'source' | 'status'>): string {
  if (r.entry) return r.reason ? `${r.entry}#${r.reason}` : r.entry;
  if (r.candidates.length) return r.candidates.join('|');
  return `${r.source}-${r.status ?? 'none'}`;
}

/** Headers that differ from one request to the next and say nothing of who answered. */
const VOLATILE = new Set([
  'date',
  'x-bkapi-request-id',
  'x-request-id',
  'content-length',
  'set-cookie',
  'etag',
  'last-modified',
  'age',
  'expires',
  'x-bkapi-ratelimit-remaining',
  'x-bkapi-ratelimit-reset',
  'traceparent',
  'x-trace-id',
  'x-span-id',
]);

/** What a HAR response's verdict depends on: its status, host, the headers that are not per-request, its body. */
export function responseKey(response: ParsedResponse, host: string | null): string {
  let key = `${response.status}\u0000${host}\u0000`;
  for (const [name, value] of response.headers) if (!VOLATILE.has(name)) key += `${name}:${value}\u0000`;
  return key + response.body;
}

export const SUCCESS: RowVerdict = {
  source: 'backend',
  layer: null,
  entry: null,
  reason: null,
  code: null,
  code_name: null,
  candidates: [],
  key: 'success',
  failed: false,
};
const ERROR_BODY = new RegExp(
  String.raw`${ESB_CODE.source.slice(1, -1)}|"result"\s*:\s*false|code_name|upstream_error|bk_error|"error"`,
  'i',
);

export function quietSuccess(response: ParsedResponse): boolean {
  for (const [name] of response.headers) if (name.startsWith('x-bkapi-error')) return false;
  return !ERROR_BODY.test(response.body.slice(0, 64 * 1024));
}

/** The same test on a HAR entry's raw response (its header objects and body), before anything is built from it. */
export function quietRaw(status: number | null, headers: unknown[], body: string): boolean {
  if (status === null || status >= 400) return false;
  for (const h of headers) {
    const name = (h as { name?: unknown })?.name;
    if (typeof name === 'string' && name.length >= 13 && name.slice(0, 13).toLowerCase() === 'x-bkapi-error')
      return false;
  }
  return !ERROR_BODY.test(body.length > 64 * 1024 ? body.slice(0, 64 * 1024) : body);
}

export class Judge {
  private cache = new Map<string, RowVerdict>();
  /** How many responses were really classified (the rest came from the cache). */
  judged = 0;
  constructor(private rules: MatchRule[]) {}

  private run(key: string, response: ParsedResponse, form: Parsed['form']): RowVerdict {
    let v = this.cache.get(key);
    if (v) return v;
    const parsed: Parsed = { form, responses: [response] };
    const r = classifyParsed(parsed, { response, chain: [], harIndex: form === 'har' ? 0 : null }, this.rules);
    this.judged++;
    v = {
      source: r.source,
      layer: r.layer,
      entry: r.entry,
      reason: r.reason,
      code: r.code,
      code_name: r.code_name,
      candidates: r.candidates,
      key: keyOf(r),
      failed: isFailure(r),
    };
    // A cache of distinct responses; a capture of all-different bodies stops caching rather than growing without end.
    if (this.cache.size < 50_000) this.cache.set(key, v);
    return v;
  }

  /** A row of the export, read as the flow-log record it is (lib/classify/read/flow-log.ts reads the same fields). */
  exportRow(cells: {
    status: number | null;
    requestId: string | null;
    error: string;
    codeName: string;
    desc: string;
    body: string;
    gatewayAnswered: boolean | null;
    method: string;
    host: string;
    path: string;
  }): RowVerdict {
    const key = `${cells.status}\u0000${cells.gatewayAnswered}\u0000${cells.error}\u0000${cells.codeName}\u0000${cells.requestId ? 1 : 0}\u0000${cells.body}`;
    const response: ParsedResponse = {
      status: cells.status,
      reason: null,
      headers: cells.requestId ? [['x-bkapi-request-id', cells.requestId]] : [],
      body: cells.body,
      statusFrom: 'log-field',
      flowLog: {
        gatewayAnswered: cells.gatewayAnswered,
        error: cells.error || null,
        codeName: cells.codeName || null,
        desc: cells.desc || null,
      },
      request: { method: cells.method || null, url: `${cells.host}${cells.path}`, host: cells.host || null },
    };
    return this.run(key, response, 'flow-log');
  }

  /**
   * A HAR entry's response. A success (status below 400) with no error header of the gateway's and no sign of an
   * error body (an ESB code 1306xxx, `"result": false`, a code_name, an upstream_error) is passed without being
   * classified: it cannot be a failure (isFailure), and most of a capture is such responses, each body different.
   */
  harResponse(response: ParsedResponse, host: string | null = null): RowVerdict {
    if (response.status !== null && response.status < 400 && quietSuccess(response)) return SUCCESS;
    return this.run(responseKey(response, host), response, 'har');
  }
}

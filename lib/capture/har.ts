/**
 * A HAR (a browser's network panel saved, HAR 1.2) read into rows: each entry's response judged by the classifier
 * (through Judge: one classification per distinct response), its start, Date header, response headers (for the
 * rate-limit headers) and `timings` (blocked, dns, connect, ssl, send, wait, receive: HAR 1.2 section "timings";
 * -1 where a phase does not apply). The app is read from the request's X-Bkapi-Authorization (its bk_app_code).
 */
import { upstreamErrorOf } from './export';
import { Judge, quietRaw, SUCCESS } from './judge';
import type { CaptureRow, RowTiming } from './types';
import type { MatchRule } from '../catalog/rules';
import { decodeBase64, harEntries } from '../classify';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const ms = (v: unknown) => (typeof v === 'number' && v >= 0 ? v : null);

function appOf(request: Obj, seen: Map<string, string | null>): string | null {
  if (!Array.isArray(request.headers)) return null;
  for (const h of request.headers)
    if (
      isObj(h) &&
      typeof h.name === 'string' &&
      h.name.length === 21 &&
      h.name.toLowerCase() === 'x-bkapi-authorization'
    ) {
      const value = str(h.value);
      let app = seen.get(value);
      if (app === undefined) {
        app = /"bk_app_code"\s*:\s*"([\w.-]{1,64})"/.exec(value)?.[1] ?? null;
        if (seen.size < 1000) seen.set(value, app);
      }
      if (app) return app;
    }
  return null;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)/i;
const NO_HEADERS: ReadonlyMap<string, string> = new Map();

export type HarRead = { rows: CaptureRow[]; judged: number };

/** The HAR's value (already parsed) read into rows; null when it is not a HAR. */
export function readHarValue(value: unknown, rules: MatchRule[]): HarRead | null {
  const entries = harEntries(value);
  if (!entries) return null;
  const judge = new Judge(rules);
  const apps = new Map<string, string | null>();
  const rows = entries.map((e, index): CaptureRow => {
    const entry = isObj(e) ? e : {};
    const request = isObj(entry.request) ? entry.request : {};
    const response = isObj(entry.response) ? entry.response : {};
    const rawHeaders: unknown[] = Array.isArray(response.headers) ? response.headers : [];
    const content = isObj(response.content) ? response.content : {};
    const raw = str(content.text);
    const text = content.encoding === 'base64' ? decodeBase64(raw) : raw;
    const rawStatus = typeof response.status === 'number' ? response.status : Number(response.status);
    const status = Number.isInteger(rawStatus) && rawStatus >= 100 && rawStatus <= 999 ? rawStatus : null;
    // Most of a capture succeeds quietly: such an entry is not classified, nor its headers read (see Judge).
    const quiet = quietRaw(status, rawHeaders, text);
    const headers: [string, string][] = [];
    if (!quiet)
      for (const h of rawHeaders)
        if (isObj(h) && typeof h.name === 'string') headers.push([h.name.toLowerCase(), String(h.value ?? '')]);
    const body = quiet ? '' : text.trim();
    const url = str(request.url);
    // Host and path without the scheme, query or fragment (a query may carry a token).
    const m = ABSOLUTE.exec(url);
    const host = m ? m[1]! : null;
    const path = m ? `${m[1]}${m[2] || '/'}` : url.split(/[?#]/)[0]!;
    const method = str(request.method);
    const started = str(entry.startedDateTime) || null;
    const time = started ? Date.parse(started) : NaN;
    // A quiet success's phases are not needed (the timing is read for failures only; its total places it in time).
    const t = !quiet && isObj(entry.timings) ? entry.timings : null;
    const timing: RowTiming = t
      ? {
          total: ms(entry.time),
          backend: null,
          blocked: ms(t.blocked),
          dns: ms(t.dns),
          connect: ms(t.connect),
          ssl: ms(t.ssl),
          send: ms(t.send),
          wait: ms(t.wait),
          receive: ms(t.receive),
        }
      : { total: ms(entry.time), backend: null };
    const verdict = quiet
      ? SUCCESS
      : judge.harResponse(
          {
            ...(started && { started }),
            status,
            reason: str(response.statusText) || null,
            headers,
            body,
            har: { index, method, url, status },
          },
          host,
        );
    // Only a failure's headers and Date are read again (rate limits, the clock's skew): the rest are not kept.
    const failure = verdict.failed || status === null || status >= 400;
    const map = failure ? new Map(headers) : NO_HEADERS;
    const date = map.has('date') ? Date.parse(map.get('date')!) : NaN;
    return {
      index,
      time: Number.isNaN(time) ? null : time,
      timeText: started,
      requestId: failure ? (map.get('x-bkapi-request-id') ?? null) : null,
      method,
      path,
      resource: `${method} ${path}`.trim(),
      app: appOf(request, apps),
      backend: null,
      stage: null,
      status,
      headers: map,
      date: Number.isNaN(date) ? null : date,
      timing,
      upstreamError: body.includes('upstream_error') ? upstreamErrorOf(body) : null,
      verdict,
    };
  });
  return { rows, judged: judge.judged };
}

export function readHar(text: string, rules: MatchRule[]): HarRead | null {
  try {
    return readHarValue(JSON.parse(text), rules);
  } catch {
    return null;
  }
}

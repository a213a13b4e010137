/**
 * A HAR (a browser's network panel saved, HAR 1.2) read into rows: each entry's response judged by the classifier
 * (through Judge: one classification per distinct response), its start, Date header, response headers (for the
 * rate-limit headers) and `timings` (blocked, dns, connect, ssl, send, wait, receive: HAR 1.2 section "timings";
 * -1 where a phase does not apply). The app is read from the request's X-Bkapi-Authorization (its bk_app_code).
 */
import { upstreamErrorOf } from './export';
import { Judge } from './judge';
import type { CaptureRow, RowTiming } from './types';
import type { MatchRule } from '../catalog/rules';
import { harEntries, type ParsedResponse } from '../classify';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const ms = (v: unknown) => (typeof v === 'number' && v >= 0 ? v : null);

function decodeBase64(text: string): string {
  try {
    const bin = atob(text.replace(/\s+/g, ''));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return text;
  }
}

function appOf(request: Obj): string | null {
  if (!Array.isArray(request.headers)) return null;
  for (const h of request.headers)
    if (isObj(h) && str(h.name).toLowerCase() === 'x-bkapi-authorization') {
      const m = /"bk_app_code"\s*:\s*"([\w.-]{1,64})"/.exec(str(h.value));
      if (m) return m[1]!;
    }
  return null;
}

export type HarRead = { rows: CaptureRow[]; judged: number };

/** The HAR's value (already parsed) read into rows; null when it is not a HAR. */
export function readHarValue(value: unknown, rules: MatchRule[]): HarRead | null {
  const entries = harEntries(value);
  if (!entries) return null;
  const judge = new Judge(rules);
  const rows = entries.map((e, index): CaptureRow => {
    const entry = isObj(e) ? e : {};
    const request = isObj(entry.request) ? entry.request : {};
    const response = isObj(entry.response) ? entry.response : {};
    const headers: [string, string][] = [];
    if (Array.isArray(response.headers))
      for (const h of response.headers)
        if (isObj(h) && typeof h.name === 'string') headers.push([h.name.toLowerCase(), String(h.value ?? '')]);
    const content = isObj(response.content) ? response.content : {};
    const raw = str(content.text);
    const body = (content.encoding === 'base64' ? decodeBase64(raw) : raw).trim();
    const rawStatus = typeof response.status === 'number' ? response.status : Number(response.status);
    const status = Number.isInteger(rawStatus) && rawStatus >= 100 && rawStatus <= 999 ? rawStatus : null;
    const url = str(request.url);
    let path = url.split('?')[0]!;
    let host: string | null = null;
    try {
      const u = new URL(url);
      host = u.host;
      path = `${u.host}${u.pathname}`;
    } catch {
      // not an absolute URL: keep it, query cut
    }
    const method = str(request.method);
    const started = str(entry.startedDateTime) || null;
    const time = started ? Date.parse(started) : NaN;
    const map = new Map(headers);
    const date = map.has('date') ? Date.parse(map.get('date')!) : NaN;
    const t = isObj(entry.timings) ? entry.timings : {};
    const timing: RowTiming = {
      total: ms(entry.time),
      backend: null,
      blocked: ms(t.blocked),
      dns: ms(t.dns),
      connect: ms(t.connect),
      ssl: ms(t.ssl),
      send: ms(t.send),
      wait: ms(t.wait),
      receive: ms(t.receive),
    };
    const parsed: ParsedResponse = {
      ...(started && { started }),
      status,
      reason: str(response.statusText) || null,
      headers,
      body,
      har: { index, method, url, status },
    };
    const verdict = judge.harResponse(parsed, host);
    return {
      index,
      time: Number.isNaN(time) ? null : time,
      timeText: started,
      requestId: map.get('x-bkapi-request-id') ?? null,
      method,
      path,
      resource: `${method} ${path}`.trim(),
      app: appOf(request),
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

import { isObject } from './json';
import { toStatus } from './text';
import type { Parsed, ParsedResponse } from '../types';

/** Field names under which logs keep the HTTP status, the response headers and the body. */
const STATUS_KEYS = /^(?:status|status_?code|http_?status|http_?code|response_?status|resp_?status|upstream_?status)$/i;
const HEADER_KEYS = /^(?:headers|response_?headers|resp_?headers)$/i;
// `data` too: an HTTP client's error object keeps the parsed body there (axios: error.response.data).
const BODY_KEYS = /^(?:body|response_?body|resp_?body|response|resp|content|payload|text|output|data)$/i;
const HTML_DOC = /^\s*<(?:!doctype|html|head|title|h1|body)\b/i;
/** A walk over a log object stops here: logs are shallow, a hostile paste may not be. */
const MAX_NODES = 5000;
const MAX_DEPTH = 12;
const MAX_BODY_PARSES = 4;

/** The object is itself a response body when it carries a code or error fields at its top. */
function looksLikeBody(obj: Record<string, unknown>): boolean {
  return 'code' in obj || 'code_name' in obj || 'bk_error_code' in obj || ('result' in obj && 'message' in obj);
}

function headersOf(value: unknown): [string, string][] {
  const out: [string, string][] = [];
  if (Array.isArray(value)) {
    for (const h of value)
      if (isObject(h) && typeof h.name === 'string') out.push([h.name.toLowerCase(), String(h.value ?? '')]);
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' || typeof v === 'number') out.push([k.toLowerCase(), String(v)]);
      else if (Array.isArray(v) && typeof v[0] === 'string') out.push([k.toLowerCase(), v.join(', ')]);
    }
  }
  return out;
}

type Candidate = { score: number; res: ParsedResponse };

/**
 * A log line (JSON) that holds a response: the body escaped in a string field or nested under a
 * body-like key, with the status and headers in fields beside it. Null when the object is a body.
 */
export function fromLogObject(
  obj: Record<string, unknown>,
  parseInner: (text: string) => Parsed,
): ParsedResponse | null {
  if (looksLikeBody(obj)) return null;
  let status: number | null = null;
  let headers: [string, string][] = [];
  let best: Candidate | null = null;
  let parses = 0;
  const queue: [unknown, number, string][] = [[obj, 0, '']];
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const [value, depth, key] = queue[i]!;
    if (typeof value === 'string') {
      if (parses >= MAX_BODY_PARSES || (best && best.score >= 3)) continue;
      const head = value.slice(0, 64).trimStart();
      let cand: Candidate | null = null;
      // A body, an escaped body (`"{\"code\"…}"`), a raw response, or a line of text that holds one.
      const holds = head.startsWith('{') || head.startsWith('[') || head.startsWith('"{') || head.startsWith('HTTP/');
      if (holds || (value.length <= 64 * 1024 && value.includes('{"'))) {
        parses++;
        const inner = parseInner(value);
        const res = inner.responses[inner.responses.length - 1];
        if (res && inner.form !== 'text-body' && inner.form !== 'no-response') {
          const json = res.bodyJson?.value;
          cand = { score: isObject(json) && 'code' in json ? 3 : inner.form === 'raw-http' ? 3 : 2, res };
        }
      } else if (HTML_DOC.test(head))
        cand = { score: 1, res: { status: null, reason: null, headers: [], body: value.trim() } };
      if (cand && (!best || cand.score > best.score)) best = cand;
      continue;
    }
    if (!isObject(value) && !Array.isArray(value)) {
      if (status === null && STATUS_KEYS.test(key)) status = toStatus(value);
      continue;
    }
    if (depth > 0 && HEADER_KEYS.test(key) && headers.length === 0) {
      headers = headersOf(value);
      continue;
    }
    if (depth > 0 && isObject(value) && BODY_KEYS.test(key) && looksLikeBody(value) && (!best || best.score < 3)) {
      best = { score: 3, res: { status: null, reason: null, headers: [], body: '', bodyJson: { value } } };
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    if (queue.length >= MAX_NODES) continue;
    if (Array.isArray(value))
      for (let j = 0; j < value.length && queue.length < MAX_NODES; j++) queue.push([value[j], depth + 1, key]);
    else for (const k in value) if (queue.length < MAX_NODES) queue.push([value[k], depth + 1, k]);
  }
  if (!best) {
    // A log of the headers alone (a browser's header copy as JSON) still shows the gateway's headers.
    const known = headers.some(([n]) => /^(?:x-bkapi-|content-type$|server$)/.test(n));
    return known
      ? { status, reason: null, headers, body: '', ...(status !== null ? { statusFrom: 'log-field' as const } : {}) }
      : null;
  }
  const res = best.res;
  if (res.status === null && status !== null) Object.assign(res, { status, statusFrom: 'log-field' });
  if (res.headers.length === 0) res.headers = headers;
  return res;
}

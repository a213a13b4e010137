import { clientErrorStatus, headerMap, headersNear, statusNear } from './context';
import { harEntries, harResponse } from './har';
import { HAS_CURL_RESPONSE, HAS_STATUS_LINE, parseCurl, parseHeadersOnly, parseRaw } from './http';
import { findEscapedJson, findJson, isObject, type FoundJson } from './json';
import { fromLogObject } from './log-line';
import { looksBinary, toStatus } from './text';
import type { ParsedResponse } from './types';

/** The shape of the paste, as the evidence names it. */
export type Form =
  | 'empty'
  | 'binary'
  | 'json-body'
  | 'json-in-text'
  | 'escaped-json'
  | 'log-line'
  | 'html-body'
  | 'text-body'
  | 'raw-http'
  | 'curl-verbose'
  | 'headers'
  | 'status-line'
  | 'client-error'
  | 'har';

/** Every response recognised in a paste, in the order they arrived. */
export type Parsed = { form: Form; responses: ParsedResponse[] };

/** A body escaped inside a string inside a body: deeper than this is not a paste anyone makes. */
const MAX_UNWRAP = 4;
// No two adjacent optional-whitespace runs: `\s*[:=]?\s*` backtracks quadratically on a long blank run.
const BARE_STATUS =
  /^\s*(?:(?:http[ \t]+)?status(?:[ \t]+code)?(?:[ \t]*[:=])?[ \t]*)?(\d{3})(?:[ \t]+([A-Za-z][A-Za-z '-]{0,40}))?\s*$/i;
const HTML_START = /^\s*<(?:!doctype|html|head|body|title|h1|center|div|p|pre|\?xml)\b/i;

function body(text: string, json?: unknown): ParsedResponse {
  const res: ParsedResponse = { status: null, reason: null, headers: [], body: text.trim() };
  if (json !== undefined) res.bodyJson = { value: json };
  return res;
}

/** Recognises the form of a paste and returns the responses it holds. Pure; never throws on text. */
export function parse(text: string, level = 0): Parsed {
  if (text.trim() === '') return { form: 'empty', responses: [] };
  if (looksBinary(text)) return { form: 'binary', responses: [] };
  const first = /\S/.exec(text)!;
  // Found once and kept: on a large paste a second search would cost another full parse.
  const found = '{["'.includes(first[0]) ? findJson(text) : undefined;
  if (found && found.start === first.index) {
    return headerMap(found.value)
      ? afterHeaderMap(text, found, level)
      : fromJson(found.value, text.slice(found.start, found.end), level);
  }
  if (HAS_CURL_RESPONSE.test(text)) {
    const responses = parseCurl(text);
    if (responses.length) return { form: 'curl-verbose', responses };
  }
  if (HAS_STATUS_LINE.test(text)) {
    const responses = parseRaw(text);
    const only = responses.length === 1 ? responses[0]! : null;
    if (only && only.headers.length === 0 && only.body === '') return { form: 'status-line', responses };
    if (responses.length) return { form: 'raw-http', responses };
  }
  const headersOnly = parseHeadersOnly(text);
  if (headersOnly) return { form: 'headers', responses: [headersOnly] };
  const bare = BARE_STATUS.exec(text);
  if (bare && toStatus(bare[1]))
    return { form: 'status-line', responses: [statusOnly(toStatus(bare[1]), bare[2]?.trim() || null)] };
  if (HTML_START.test(text)) return { form: 'html-body', responses: [body(text)] };
  const inText = found === undefined ? findJson(text, (at) => !inRequestHeader(text, at)) : found;
  if (inText && (isObject(inText.value) || Array.isArray(inText.value))) {
    if (headerMap(inText.value)) return afterHeaderMap(text, inText, level);
    const parsed = fromJson(inText.value, text.slice(inText.start, inText.end), level);
    return parsed.form === 'json-body' ? withSurroundings('json-in-text', parsed.responses[0]!, text, inText) : parsed;
  }
  const escaped = findEscapedJson(text);
  if (escaped && isObject(escaped.value) && level < MAX_UNWRAP) {
    const inner = fromJson(escaped.value, '', level + 1);
    return inner.form === 'json-body' ? withSurroundings('escaped-json', inner.responses[0]!, text, escaped) : inner;
  }
  const clientStatus = clientErrorStatus(text);
  if (clientStatus) return { form: 'client-error', responses: [statusOnly(clientStatus, null)] };
  // Searched above and found no JSON: say so, so no later stage searches a large text again.
  return { form: 'text-body', responses: [{ ...body(text), bodyJson: { value: undefined } }] };
}

/** `X-Bkapi-Authorization: {"bk_app_code": ...}` is JSON the caller sent, not the response's body. */
function inRequestHeader(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return /^[ \t>]*(?:x-bkapi-authorization|authorization|x-bkapi-[a-z-]*token)[ \t]*:[ \t]*$/i.test(
    text.slice(lineStart, at),
  );
}

function statusOnly(status: number | null, reason: string | null): ParsedResponse {
  return { status, reason, headers: [], body: '' };
}

/** A body found inside other text keeps the status and header lines printed around it. */
function withSurroundings(form: Form, res: ParsedResponse, text: string, found: FoundJson): Parsed {
  const status = res.status ?? statusNear(text, found.start, found.end);
  if (status !== null && res.status === null) Object.assign(res, { status, statusFrom: 'log-field' });
  if (res.headers.length === 0) res.headers = headersNear(text, found.start);
  return { form, responses: [res] };
}

/** `print(response.headers)` then the body: the map is the headers, the body is whatever follows it. */
function afterHeaderMap(text: string, found: FoundJson, level: number): Parsed {
  const headers = headerMap(found.value)!;
  const rest = text.slice(found.end);
  const inner =
    level < MAX_UNWRAP && rest.trim() ? parse(rest, level + 1) : { form: 'headers' as const, responses: [] };
  const res = inner.responses[inner.responses.length - 1] ?? statusOnly(null, null);
  res.headers = [...headers, ...res.headers];
  const status = res.status ?? statusNear(text, found.start, found.end);
  if (status !== null && res.status === null) Object.assign(res, { status, statusFrom: 'log-field' });
  return { form: res.body || res.bodyJson ? inner.form : 'headers', responses: [res] };
}

/** A paste that is JSON as a whole: a HAR, a log line holding the body, a body, or a string holding one. */
function fromJson(value: unknown, source: string, level: number): Parsed {
  const entries = harEntries(value);
  if (entries) return { form: 'har', responses: entries.map((e, i) => harResponse(e, i)) };
  if (typeof value === 'string') {
    if (level >= MAX_UNWRAP) return { form: 'text-body', responses: [body(value)] };
    const inner = parse(value, level + 1);
    if (inner.form === 'json-body') return { form: 'escaped-json', responses: inner.responses };
    return inner;
  }
  if (typeof value === 'number' && toStatus(value)) {
    return { form: 'status-line', responses: [{ status: value, reason: null, headers: [], body: '' }] };
  }
  if (isObject(value) && level < MAX_UNWRAP) {
    const logged = fromLogObject(value, (inner) => parse(inner, level + 1));
    if (logged) return { form: 'log-line', responses: [logged] };
  }
  return { form: 'json-body', responses: [body(source, value)] };
}

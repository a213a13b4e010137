import { readClues } from './clues';
import { clientErrorStatus, headerMap, headersNear, statusNear } from './context';
import { readDump } from './dump';
import { flowLogFromJson, flowLogFromText, flowLogList } from './flow-log';
import { harEntries, harResponse } from './har';
import { HAS_CURL_RESPONSE, HAS_STATUS_LINE, parseCurl, parseHeadersOnly, parseRaw } from './http';
import { collectJson, findEscapedJson, findJson, findTruncatedJson, isObject, type FoundJson } from './json';
import { fromLogObject } from './log-line';
import { errorsSeen } from './several';
import { telemetryResponse } from './telemetry';
import { looksBinary, TRUNCATED, toStatus } from './text';
import { AUTHORIZATION_KEYS } from '../../catalog/credentials';
import type { Form, Parsed, ParsedResponse, SeenError, Span } from '../types';
import { halfWidth, preText, unwrap } from './unwrap';

export type { Form, Parsed } from '../types';

/** A body escaped inside a string inside a body: deeper than this is not a paste anyone makes. */
const MAX_UNWRAP = 4;
// No two adjacent optional-whitespace runs: `\s*[:=]?\s*` backtracks quadratically on a long blank run.
const BARE_STATUS =
  /^\s*(?:(?:http[ \t]+)?status(?:[ \t]+code)?(?:[ \t]*[:=])?[ \t]*)?(\d{3})(?:[ \t]+([A-Za-z][A-Za-z '-]{0,40}))?\s*$/i;
const WGET_STATUS = /^ {2}HTTP\/\d(?:\.\d)?[ \t]+\d{3}\b/m;
const LWP_INTERNAL = /^Client-Warning:[ \t]*Internal response\b.*$/m;
/** An HTML document that starts inside other text: at a line's start, after a client's own lines. */
const HTML_INSIDE = /^[ \t]*<(?:!doctype html|html)\b/im;
const HTML_START = /^\s*<(?:!doctype|html|head|body|title|h1|center|div|p|pre|\?xml)\b[^<>]*>/i;

function body(text: string, json?: unknown): ParsedResponse {
  const res: ParsedResponse = { status: null, reason: null, headers: [], body: text.trim() };
  if (json !== undefined) res.bodyJson = { value: json };
  return res;
}

/** Recognises the form of a paste and returns the responses it holds. Pure; never throws on text. */
export function parse(text: string, level = 0): Parsed {
  // The paste's own end, before any wrapper is undone: a logger that cut the record marks it there.
  const cut = level === 0 && TRUNCATED.test(text.slice(-512));
  text = unwrap(text);
  let parsed = parseForm(text, level);
  // No structure found in a text with full-width punctuation: read again with it as ASCII (a screenshot's copy),
  // and keep that reading where it finds a JSON body or headers the first did not.
  const half = level === 0 && parsed.form !== 'har' && !hasJsonBody(parsed) ? halfWidth(text) : null;
  if (half) {
    const again = parseForm(half, level);
    const [a, b] = [again.responses.at(-1), parsed.responses.at(-1)];
    if (hasJsonBody(again) || (a?.headers.length ?? 0) > (b?.headers.length ?? 0)) [parsed, text] = [again, half];
  }
  if (level > 0) return parsed;
  const { bodies = [], ...read } = parsed;
  const several = errorsSeen(text, bodies);
  parsed = withClues(read, text);
  if (several) parsed = { ...parsed, several };
  // A status line in the paste that the reading did not reach (escaped in a string, inside markup): the
  // response's status is there, unread, and may contradict what the body says.
  const unread = parsed.responses.at(-1)?.status === null && !parsed.clues?.status && STATUS_ANYWHERE.test(text);
  return cut || unread ? { ...parsed, ...(cut && { cut }), ...(unread && { statusUnread: true }) } : parsed;
}

/** A stack trace's last frame (`    at fn (file:///x.js:86:42)`), the object printed after it on the same line or the next. */
const STACK_FRAME_END = /\n[ \t]+at [^\n]*:\d+:\d+\)?[ \t]*\n?[ \t]*$/;

const STATUS_ANYWHERE = /HTTP\/\d(?:\.\d)?[ \t]+[1-5]\d\d\b/;

function hasJsonBody(parsed: Parsed): boolean {
  return isObject(parsed.responses.at(-1)?.bodyJson?.value);
}

/** Forms that are the response as a whole: nothing around them to read. */
const WHOLE = new Set<Form>([
  'empty',
  'telemetry',
  'binary',
  'json-body',
  'har',
  'log-line',
  'escaped-json',
  'html-body',
  'flow-log',
]);

/** Forms where the response is only text, or sits in text: what is around it may name its headers and status. */
const TEXT_AROUND = new Set<Form>(['text-body', 'client-error', 'json-in-text']);

/**
 * Reads what the text outside the response says: the error headers an SDK printed, the status a client
 * named, the request, or that no response came at all (then the form says so and there is no response).
 */
function withClues(parsed: Parsed, text: string): Parsed {
  const { span } = parsed;
  const outside = span
    ? `${text.slice(Math.max(0, span.start - 64 * 1024), span.start)}\n${text.slice(span.end, span.end + 16 * 1024)}`
    : text;
  const last = parsed.responses.at(-1);
  // A body a log record held without its status or headers, in a log whose other records name a status (a logger
  // that wrote the status line and the body as records of their own): that status, which can only confirm or
  // contradict the body's code. Every other whole form has nothing around it to read.
  const bare = parsed.form === 'log-line' && span && last && last.status === null && last.headers.length === 0;
  if (WHOLE.has(parsed.form) && !bare) return parsed;
  const clues = readClues(outside);
  if (!TEXT_AROUND.has(parsed.form)) {
    if (bare) {
      const none = { errorCode: null, errorMessage: null, requestId: null, noResponse: null };
      return clues.status ? { ...parsed, clues: { ...clues, ...none } } : parsed;
    }
    // The response's own lines are there: only the request line is read from the text around them.
    return {
      ...parsed,
      clues: { ...clues, errorCode: null, errorMessage: null, requestId: null, status: null, noResponse: null },
    };
  }
  const res = parsed.responses[parsed.responses.length - 1];
  const strength = parsed.strength ?? 10;
  const plain = parsed.form === 'text-body' || parsed.form === 'client-error' || strength < 8;
  if (plain && clues.noResponse && !clues.errorCode && !clues.status && res?.status == null) {
    return { form: 'no-response', responses: [], clues, notes: parsed.notes };
  }
  // An object printed right after a stack trace's last frame is the exception's own properties (Node prints an
  // error's fields so: got's, axios', undici's), not the response's body: the status its message names is all.
  const ownProps =
    parsed.form === 'json-in-text' &&
    span &&
    STACK_FRAME_END.test(text.slice(Math.max(0, span.start - 400), span.start));
  const props = res?.bodyJson?.value;
  // (Where the properties hold the response, axios' `response: { data: … }`, its body is read as it is.)
  const holdsResponse = isObject(props) && ['response', 'data', 'body'].some((k) => k in props);
  if (ownProps && !holdsResponse && clues.status && !clues.errorCode) {
    return { form: 'client-error', responses: [statusOnly(clues.status.status, null)], clues, notes: parsed.notes };
  }
  if ((parsed.form === 'text-body' || strength <= 1) && (clues.errorCode || (clues.status && clues.requestId))) {
    // An SDK's or a client's error message that names the gateway's error headers: the response is what it says.
    return {
      form: 'client-error',
      responses: [statusOnly(clues.status?.status ?? null, null)],
      clues,
      notes: parsed.notes,
    };
  }
  return { ...parsed, clues };
}

/**
 * A string a log record holds, read as a paste of its own. Where it is text around a body (a client's exception
 * logged whole: `…InternalServerError: 500 Internal Server Error: "{…}"`), the status that text names is the
 * body's, as it would be in the paste itself.
 */
function parseHeld(text: string, level: number): Parsed {
  const inner = parse(text, level + 1);
  const res = inner.responses.at(-1);
  if (!res || res.status !== null || !TEXT_AROUND.has(inner.form)) return inner;
  const status = withClues(inner, text).clues?.status;
  if (!status) return inner;
  return {
    ...inner,
    responses: [...inner.responses.slice(0, -1), { ...res, status: status.status, statusFrom: 'text' }],
  };
}

function parseForm(text: string, level: number): Parsed {
  if (text.trim() === '') return { form: 'empty', responses: [] };
  if (looksBinary(text)) return { form: 'binary', responses: [] };
  // Perl's LWP makes up a response where none came (its `Client-Warning: Internal response` says so).
  if (LWP_INTERNAL.test(text)) {
    const clues = readClues(text);
    const found = LWP_INTERNAL.exec(text)![0];
    return {
      form: 'no-response',
      responses: [],
      clues: { ...clues, noResponse: clues.noResponse ?? { kind: 'refused', found } },
    };
  }
  const span = telemetryResponse(text);
  if (span) {
    // A span that records the body records what was printed: its own status line and headers count first.
    const inner = span.body && level < MAX_UNWRAP ? parse(span.body, level + 1) : null;
    const res = inner?.responses.at(-1);
    if (res && (res.status !== null || res.headers.length > 0))
      return { form: 'telemetry', responses: [{ ...res, headers: [...span.headers, ...res.headers] }] };
    if (res?.bodyJson) return { form: 'telemetry', responses: [{ ...span, body: res.body, bodyJson: res.bodyJson }] };
    return { form: 'telemetry', responses: [span] };
  }
  const first = /\S/.exec(text)!;
  // Found once and kept: on a large paste a second search would cost another full parse.
  const found = '{["'.includes(first[0]) ? findJson(text) : undefined;
  if (found && found.start === first.index && found.end >= text.trimEnd().length) {
    return headerMap(found.value)
      ? afterHeaderMap(text, found, level)
      : fromJson(found.value, text.slice(found.start, found.end), level);
  }
  if (HAS_CURL_RESPONSE.test(text)) {
    const responses = parseCurl(text);
    if (responses.length) return { form: 'curl-verbose', responses };
  }
  if (!HAS_STATUS_LINE.test(text) && WGET_STATUS.test(text)) {
    // `wget -S` prints the response's head indented by two spaces among its own progress lines.
    const responses = parseRaw(text.replace(/^ {2}(?=\S)/gm, ''));
    if (responses.length) return { form: 'raw-http', responses };
  }
  if (HAS_STATUS_LINE.test(text)) {
    const responses = parseRaw(text);
    const only = responses.length === 1 ? responses[0]! : null;
    if (only && only.headers.length === 0 && only.body === '') return { form: 'status-line', responses };
    if (responses.length) return { form: 'raw-http', responses };
  }
  const record = flowLogFromText(text);
  if (record) return { form: 'flow-log', responses: [record] };
  const headersOnly = parseHeadersOnly(text);
  if (headersOnly) return { form: 'headers', responses: [headersOnly] };
  const bare = BARE_STATUS.exec(text);
  if (bare && toStatus(bare[1]))
    return { form: 'status-line', responses: [statusOnly(toStatus(bare[1]), bare[2]?.trim() || null)] };
  if (HTML_START.test(text)) {
    // A page that is mostly a `<pre>` quoting what came back (a report, a framework's page around it): what it quotes.
    const quoted = level < MAX_UNWRAP ? preText(text) : null;
    const inner = quoted ? parse(quoted, level + 1) : null;
    if (inner) return inner;
    return { form: 'html-body', responses: [body(text)] };
  }
  const located = locateJson(text, level);
  // JSON with no field of a response (a struct's braces, a tuple) gives way to a body escaped in a string beside it.
  const weak = !located || (located.strength ?? 10) <= 1;
  const inString = weak ? findEscapedJson(text) : null;
  const escaped = inString && !(isObject(inString.value) && credentialsOnly(inString.value)) ? inString : null;
  const dump = weak ? readDump(text) : null;
  if (located && !(escaped && isObject(escaped.value) && scoreOf(escaped.value).score > 1) && !dump) return located;
  // A dump of the caller's own value (a script's `const EXPECTED = {code: …}`) is not the response either.
  const before = dump ? text.slice(Math.max(0, dump.start - 200), dump.start).replace(/[\s{([]+$/, '') : '';
  const dumped = dump && !REQUEST_CONTEXT.test(before) ? dump : null;
  if (dumped && level < MAX_UNWRAP) {
    const inner = fromJson(dumped.value, '', level + 1);
    if (inner.form === 'json-body') return withSurroundings('json-in-text', inner.responses[0]!, text, dumped);
  }
  if (escaped && isObject(escaped.value) && level < MAX_UNWRAP) {
    const inner = fromJson(escaped.value, '', level + 1);
    return inner.form === 'json-body' ? withSurroundings('escaped-json', inner.responses[0]!, text, escaped) : inner;
  }
  const clientStatus = clientErrorStatus(text);
  // An error page or a body the client printed after its own lines (.NET's ToString, an exception's message).
  const page = HTML_INSIDE.exec(text);
  if (page && page.index > 0) {
    const res: ParsedResponse = { ...body(text.slice(page.index)), headers: headersNear(text, page.index) };
    const status = clientStatus ?? statusNear(text, page.index, page.index);
    if (status !== null) Object.assign(res, { status, statusFrom: 'log-field' });
    return { form: 'html-body', responses: [res], span: { start: page.index, end: text.length } };
  }
  const cut = findTruncatedJson(text);
  if (cut && level < MAX_UNWRAP) {
    const inner = fromJson(cut.value, '', level + 1);
    if (inner.form === 'json-body') {
      const located = withSurroundings('json-in-text', inner.responses[0]!, text, cut);
      const note = `The body was cut short by the client at offset ${cut.end}: only its first fields could be read.`;
      return { ...located, notes: [...(located.notes ?? []), note], strength: Math.min(located.strength ?? 10, 7) };
    }
  }
  if (clientStatus) return { form: 'client-error', responses: [statusOnly(clientStatus, null)] };
  // Searched above and found no JSON: say so, so no later stage searches a large text again.
  return { form: 'text-body', responses: [{ ...body(text), bodyJson: { value: undefined } }] };
}

/**
 * What precedes a JSON value that the caller sent rather than received: curl's data options and `>`
 * lines, the X-Bkapi-Authorization header, an SDK call's arguments, a log's request field, and a
 * declaration in code (`const EXPECTED = {…}`: a test's or a script's own value, not a response).
 */
const REQUEST_CONTEXT =
  /(?:\b(?:const|let|var|val|final|static)[ \t]+[\w$]+(?:[ \t]*:[ \t]*[\w$<>[\]]+)?[ \t]*=[ \t]*|^[ \t]*>|(?:^|[\s'"])(?:-d|--data(?:-raw|-binary|-urlencode)?|--json)[ \t=]*\$?['"]?|\b(?:x-bkapi-authorization|authorization|x-bkapi-[a-z-]*token)['"]?[ \t]*[:=][ \t]*['"]?|\b(?:json|data|params|kwargs|payload|request(?:_?body)?|req(?:_?body)?|request_data|body_params)['"]?[ \t]*[:=][ \t]*|(?:请求体|请求参数|request body|request payload)[ \t]*[:：]?[ \t]*)$/im;

/** The X-Bkapi-Authorization header's JSON: keys of credentials and nothing else, which no response body is. */
const credentialsOnly = (obj: Record<string, unknown>) => {
  const keys = Object.keys(obj);
  return keys.length > 0 && keys.every((k) => AUTHORIZATION_KEYS.has(k));
};

/** Keys a response's body has at its top; a JSON value with none of them is not worth choosing over text. */
const BODY_KEYS = [
  'code',
  'code_name',
  'message',
  'msg',
  'error',
  'errors',
  'error_msg',
  'errcode',
  'detail',
  'result',
  'status',
  'statusCode',
  'fault',
  'title',
  'bk_error_code',
];
const LOG_KEYS = ['level', 'severity', '@timestamp', 'logger', 'caller', 'log', 'stream', 'ts', 'lvl', 'log.level'];
/** Deep looks (a log wrapper's fields) at the last few candidates only, so a log of thousands stays linear. */
const MAX_DEEP = 32;

type Candidate = FoundJson & { score: number; why: string; named: boolean };
const HEADERS = 'a map of response headers';

/** Where `code` occurs in the text (a body's code, escaped or not), in order: one pass. */
function codePositions(text: string): number[] {
  const out: number[] = [];
  const re = /code/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

function scoreOf(value: unknown): { score: number; why: string } {
  if (!isObject(value)) return { score: Array.isArray(value) && harEntries(value) ? 10 : 0, why: 'not an object' };
  const code = value.code;
  if (typeof code === 'number' && /^16\d{5}$/.test(String(code)) && 'code_name' in value)
    return { score: 10, why: "the gateway's error protocol" };
  if (typeof code === 'number' && /^1306\d{3}$/.test(String(code)) && value.result === false)
    return { score: 9, why: "the legacy ESB's protocol" };
  if (harEntries(value)) return { score: 10, why: 'a HAR' };
  if (flowLogFromJson(value)) return { score: 8, why: "the gateway's flow-log record" };
  // A structured log's own fields (`level`, `msg`, `@timestamp`): a record about a response, not the response.
  if (LOG_KEYS.some((k) => k in value)) return { score: 1, why: 'a log record' };
  if (BODY_KEYS.some((k) => k in value)) return { score: 5, why: 'an error body' };
  return { score: 1, why: 'JSON without the fields of a response' };
}

/**
 * Every JSON value in a text that also holds other things (a chat message, a traceback, a log, a curl
 * command), and the one that is the response: a request's body, the X-Bkapi-Authorization JSON and a
 * call's arguments are never it; among the rest the gateway's or the ESB's protocol, then an error
 * body, then a log record wrapping one; on a tie the last, nearest the end of what was printed.
 */
function locateJson(text: string, level: number): Parsed | null {
  const notes: string[] = [];
  // Kept: every value that may be the response. Of the rest (a log's lines that name no code) only the last few,
  // so a 10 MB log does not hold tens of thousands of parsed lines in memory.
  const candidates: Candidate[] = [];
  let weak: Candidate[] = [];
  let count = 0;
  const codeAt = codePositions(text);
  let p = 0;
  collectJson(text, (f) => {
    const lineStart = text.lastIndexOf('\n', f.start) + 1;
    const before = text.slice(Math.max(lineStart, f.start - 200), f.start);
    if (before.trim() !== '' && REQUEST_CONTEXT.test(before)) {
      if (notes.length < 3)
        notes.push(`JSON at offset ${f.start} not read: the request's own data (${before.trim().slice(-40)}).`);
      return;
    }
    // X-Bkapi-Authorization's value wherever it is printed (a tuple, a map of the request's headers): credentials only.
    // An empty map in a dump (`params: %{}`, `headers: {}`) says nothing of anyone's response.
    if (f.end - f.start <= 2) return;
    if (isObject(f.value) && credentialsOnly(f.value)) {
      if (notes.length < 3) notes.push(`JSON at offset ${f.start} not read: the request's credentials.`);
      return;
    }
    count++;
    const c = Object.assign(f, scoreOf(f.value), { named: false });
    if (c.score === 1 && c.why !== 'a log record' && headerMap(f.value)) Object.assign(c, { score: 6, why: HEADERS });
    while (p < codeAt.length && codeAt[p]! < c.start) p++;
    c.named = p < codeAt.length && codeAt[p]! < c.end;
    if (c.score > 1 || c.named) candidates.push(c);
    else {
      weak.push(c);
      if (weak.length > 2 * MAX_DEEP) weak = weak.slice(-MAX_DEEP);
    }
  });
  if (count === 0) return null;
  const all = [...candidates, ...weak.slice(-MAX_DEEP)].sort((a, b) => a.start - b.start);
  // A log line that wraps the body (`{"log": "..."}`, `{"message": "..."}`) shows what it is only when looked into:
  // the last few lines, and any line that names a code, which is where an error's body sits in a long log.
  for (let i = all.length - 1, deep = 0; i >= 0 && deep < MAX_DEEP * 2; i--) {
    const c = all[i]!;
    if (c.score > 5 || !isObject(c.value) || level >= MAX_UNWRAP) continue;
    deep++;
    const held = fromLogObject(c.value, (inner) => parseHeld(inner, level));
    if (!held) continue;
    const inner = held.bodyJson?.value;
    const protocol = isObject(inner) && scoreOf(inner).score >= 9;
    Object.assign(c, { score: protocol ? 7 : Math.max(c.score, 4), why: 'a log record holding the response' });
  }
  let best: Candidate | null = null;
  for (const c of all) if (!best || c.score >= best.score) best = c;
  if (!best) return null;
  if (best.score <= 1 && count > 1 && notes.length < 3) notes.push('No JSON value has the fields of a response.');
  const others = count - 1;
  if (others > 0 && notes.length < 3)
    notes.push(
      `Read the JSON at offset ${best.start} (${best.why}); ${others} other JSON value${others > 1 ? 's' : ''} ranked lower.`,
    );
  const span = { start: best.start, end: best.end };
  const bodies = all.flatMap((c) => {
    const seen = c.score >= 5 && c.score !== 8 ? bodySeen(c.value) : null;
    return seen ? [{ ...seen, start: c.start, end: c.end }] : [];
  });
  if (headerMap(best.value)) return { ...afterHeaderMap(text, best, level), notes, span };
  const parsed = fromJson(best.value, text.slice(best.start, best.end), level);
  // `print(r.headers)` before `print(r.text)`: the map of headers printed before the body is the response's.
  const headers = all.filter((c) => c.end <= best.start && c.why === HEADERS).pop();
  const res0 = parsed.responses[parsed.responses.length - 1];
  if (headers && res0 && res0.headers.length === 0) res0.headers = headerMap(headers.value)!;
  if (parsed.form === 'json-body') {
    const res = withSurroundings('json-in-text', parsed.responses[0]!, text, best);
    return { ...res, notes, span, strength: best.score, bodies };
  }
  return { ...parsed, notes, span, bodies };
}

/** A failed request of a list of the gateway's records, as an error seen (its position is the whole list's). */
function recordSeen(r: ParsedResponse): (SeenError & Span)[] {
  const { flowLog, status } = r;
  if (!flowLog || status === null || status < 400) return [];
  const seen: SeenError =
    flowLog.gatewayAnswered === false || !flowLog.codeName
      ? { kind: 'backend' }
      : { kind: 'record', status, codeName: flowLog.codeName, message: flowLog.error };
  return [{ ...seen, start: 0, end: Number.MAX_SAFE_INTEGER }];
}

/**
 * What an error body found among others is: the gateway's or the ESB's (code and message), a backend's error
 * (it says it failed: `result: false`, an `error`, `errors` or `detail` field, a code in words), or nothing (a
 * success, another record).
 */
function bodySeen(value: unknown): SeenError | null {
  if (!isObject(value)) return null;
  const { code, message } = value;
  if (typeof code === 'number' && scoreOf(value).score >= 9)
    return {
      kind: /^16/.test(String(code)) ? 'gateway' : 'esb',
      code,
      message: typeof message === 'string' ? message : null,
    };
  const failed =
    value.result === false ||
    ['error', 'errors', 'detail'].some((k) => k in value) ||
    (typeof code === 'string' && !/^(?:0|ok|success)?$/i.test(code));
  return failed ? { kind: 'backend' } : null;
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
  const record = flowLogFromJson(value);
  if (record) return { form: 'flow-log', responses: [record] };
  // The records of many requests: each failed one is an error of its own, which one is meant is open.
  const records = flowLogList(value);
  if (records) return { form: 'flow-log', responses: records, bodies: records.flatMap(recordSeen) };
  if (isObject(value) && level < MAX_UNWRAP) {
    const logged = fromLogObject(value, (inner) => parseHeld(inner, level));
    if (logged) return { form: 'log-line', responses: [logged] };
  }
  // A record that only carries a text (a logger's, a tracker's or a bot's JSON around what was printed): what
  // it carries is the paste, not the record. The record itself is never the response.
  const carried =
    level < MAX_UNWRAP && source && !respondsItself(value)
      ? carriedText(value, isRecord(value) ? 0 : source.length)
      : null;
  if (carried) {
    const inner = parse(carried, level + 1);
    if (inner.form !== 'text-body' || inner.responses[0]?.status != null) return inner;
    return { form: 'text-body', responses: [{ ...body(carried), bodyJson: { value: undefined } }] };
  }
  return { form: 'json-body', responses: [body(source, value)] };
}

/** Fields only a response's own body has at its top: a record about a response has other names for them. */
const RESPONSE_FIELDS =
  /^(?:code|code_name|status|status_?code|error|errors|error_?code|result|bk_error_code|detail|title|type|success|ok)$/i;

/** A log, trace or event record: its fields say when and where something was logged, not what was answered. */
const RECORD_KEYS =
  /^(?:level|severity|@timestamp|timestamp|time|ts|logger|log|stream|msg|traceId|traceID|trace_id|spanId|spanID|span_id|event_id|MESSAGE|__REALTIME_TIMESTAMP|streams|tags|extra)$/;

function isRecord(value: unknown): boolean {
  return isObject(value) && Object.keys(value).filter((k) => RECORD_KEYS.test(k)).length >= 1;
}

function respondsItself(value: unknown): boolean {
  return isObject(value) && Object.keys(value).some((k) => RESPONSE_FIELDS.test(k));
}

/**
 * The one string that makes up most of a JSON value (at least half of `total`, its text's length, and 40
 * characters or more), at any depth: what a log record, a span's tag, an event's `extra` or a bot's message
 * carries. A walk of at most 5,000 values, without recursion.
 */
function carriedText(value: unknown, total: number): string | null {
  // A log or trace record (total 0) carries its longest text whatever its share; any other JSON only a dominant one.
  const record = total === 0;
  let best: string | null = null;
  const stack: unknown[] = [value];
  for (let n = 0; stack.length && n < 5000; n++) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length * 2 >= total && (record || v.length >= 40) && (!best || v.length > best.length)) best = v;
    } else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (isObject(v)) for (const k in v) stack.push(v[k]);
  }
  return best;
}

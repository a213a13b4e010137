import { HEADER_LINE, STATUS_LINE, isKnownHeader, toStatus } from './text';
import type { ParsedResponse } from '../types';

/** A status line at the start of a line, anywhere in the text. */
export const HAS_STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+\d{3}\b/m;
/** curl -v marks response lines with `< `. */
export const HAS_CURL_RESPONSE = /^< ?HTTP\/\d(?:\.\d)?[ \t]+\d{3}\b/m;
/** The next response of a chain: a status line followed by a header line (curl -i -L prints one per hop). */
const NEXT_RESPONSE = /^HTTP\/\d(?:\.\d)?[ \t]+\d{3}\b[^\n]*\n[!#$%&'*+.^_`|~0-9A-Za-z-]+:/gm;
/** curl's progress meter and data markers, which land between body lines when stderr is merged. */
// Spaces and tabs only, never `\s`: a class that crosses newlines makes the search below quadratic.
const CURL_NOISE =
  /^(?:[ \t]*% Total[ \t]|[ \t]*Dload[ \t]|[ \t]*\d+[ \t]+[\d.]+[kMG]?[ \t]+\d+[ \t]+[\d.]+[kMG]?[ \t]+\d+[ \t]+[\d.]+[kMG]?[ \t]|[{}] \[[\d.]+ ?\w* ?(?:bytes )?data\])/;
/** A newline followed by a line curl marks or its meter: where a run of body text ends. */
const CURL_LINE = new RegExp(`\\n(?=[<>*](?: |\\n|$)|${CURL_NOISE.source.slice(1)})`, 'g');
const CURL_TRAILER = /\* (?:Connection #\d+ to host|Closing connection)/;

const MAX_HEADER_LINES = 300;
/** Headers only a request carries: a block of these alone is what the caller sent, not a response's head. */
const REQUEST_ONLY = new Set([
  'x-bkapi-authorization',
  'authorization',
  'host',
  'user-agent',
  'accept',
  'accept-encoding',
  'accept-language',
  'cookie',
  'referer',
  'origin',
  'x-bk-username',
  'x-bk-tenant-id',
  'x-api-key',
]);

function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

function newResponse(statusLine: RegExpExecArray): ParsedResponse {
  return { status: toStatus(statusLine[2]), reason: statusLine[3]?.trim() || null, headers: [], body: '' };
}

function addHeader(res: ParsedResponse, line: string): boolean {
  if (line.startsWith(':')) {
    // HTTP/2 pseudo-headers as browsers show them: `:status: 502`.
    const m = /^:([a-z]+):[ \t]*(.*)$/.exec(line.trim());
    if (!m) return false;
    res.headers.push([`:${m[1]}`, m[2]!.trim()]);
    if (m[1] === 'status' && res.status === null) res.status = toStatus(m[2]!.trim());
    return true;
  }
  const h = HEADER_LINE.exec(line);
  if (!h) return false;
  res.headers.push([h[1]!.toLowerCase(), h[2]!.trim()]);
  return true;
}

/**
 * Raw responses as `curl -i` prints them: status line, headers, a blank line, the body; with `-L`
 * one header block per hop. Works on offsets so a large body is sliced once, never split.
 */
export function parseRaw(input: string): ParsedResponse[] {
  const text = input.replace(/\r\n?/g, '\n');
  const out: ParsedResponse[] = [];
  const first = HAS_STATUS_LINE.exec(text);
  if (!first) return out;
  let pos = first.index;
  while (pos < text.length) {
    const eol = lineEnd(text, pos);
    const sl = STATUS_LINE.exec(text.slice(pos, eol));
    if (!sl) break;
    const res = newResponse(sl);
    pos = eol + 1;
    while (pos < text.length) {
      const e = lineEnd(text, pos);
      const line = text.slice(pos, e);
      if (line.trim() === '') {
        pos = e + 1;
        break;
      }
      if (!addHeader(res, line)) break; // no blank line before the body: the body starts here
      pos = e + 1;
    }
    NEXT_RESPONSE.lastIndex = Math.min(pos, text.length);
    const next = NEXT_RESPONSE.exec(text);
    const end = next ? next.index : text.length;
    res.body = pos < end ? text.slice(pos, end).trim() : '';
    out.push(res);
    if (!next) break;
    pos = end;
  }
  return out;
}

/**
 * `curl -v` output: `<` lines are the response, `>` the request, `*` curl's notes; the body is the
 * unmarked lines after a response's headers. With `-L` there is one response per hop.
 */
export function parseCurl(input: string): ParsedResponse[] {
  const text = input.replace(/\r\n?/g, '\n');
  const out: ParsedResponse[] = [];
  let cur: ParsedResponse | null = null;
  let state: 'none' | 'headers' | 'body' = 'none';
  let body: string[] = [];
  const flush = () => {
    if (cur) cur.body = unwrapIncludedHead(cur, body.join('').trim());
    body = [];
  };
  let pos = 0;
  while (pos < text.length) {
    const eol = lineEnd(text, pos);
    const line = text.slice(pos, eol);
    const mark = line[0];
    if ((mark === '<' || mark === '>' || mark === '*') && (line.length === 1 || line[1] === ' ')) {
      pos = eol + 1;
      const rest = line.slice(2);
      if (mark !== '<') {
        if (state === 'body') state = 'none';
        continue;
      }
      const sl = STATUS_LINE.exec(rest.trim());
      if (sl && state !== 'headers') {
        flush();
        cur = newResponse(sl);
        out.push(cur);
        state = 'headers';
      } else if (cur && state === 'headers') {
        if (rest.trim() === '') state = 'body';
        else addHeader(cur, rest);
      }
      continue;
    }
    if (CURL_NOISE.test(line) || !cur) {
      pos = eol + 1; // curl's meter, or the command line and any sentence before the first response
      continue;
    }
    // Body text: jump to the next line curl marks, in one native search rather than line by line.
    CURL_LINE.lastIndex = eol;
    const next = CURL_LINE.exec(text);
    const end = next ? next.index + 1 : text.length;
    const chunk = text.slice(pos, end);
    const trailer = CURL_TRAILER.exec(chunk);
    if (trailer && trailer.index > 0) {
      // curl glues its closing note to a body that has no final newline.
      body.push(chunk.slice(0, trailer.index));
      const after = text.indexOf('\n', pos + trailer.index);
      pos = after < 0 ? text.length : after + 1;
      state = 'none';
      continue;
    }
    if (state === 'headers') state = 'body';
    body.push(chunk);
    pos = end;
  }
  flush();
  return out;
}

/** `curl -iv` prints the head twice, once marked and once in the body: keep the body only. */
function unwrapIncludedHead(res: ParsedResponse, body: string): string {
  if (!body.startsWith('HTTP/')) return body;
  const inner = parseRaw(body);
  const last = inner[inner.length - 1];
  return last && last.status === res.status ? last.body : body;
}

/**
 * Headers alone, as copied from a browser's network panel: every line up to the first blank one is
 * a header and at least one is a name people know. A body may follow the blank line.
 */
export function parseHeadersOnly(text: string): ParsedResponse | null {
  const res: ParsedResponse = { status: null, reason: null, headers: [], body: '' };
  let pos = 0;
  let known = 0;
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  for (let n = 0; pos < text.length; n++) {
    // A header block is tens of lines; past this it is text that happens to hold colons.
    if (n >= MAX_HEADER_LINES) return null;
    const nl = text.indexOf('\n', pos);
    const e = nl < 0 ? text.length : nl;
    const line = text.slice(pos, e).replace(/\r$/, '');
    pos = e + 1;
    if (line.trim() === '') break;
    if (!addHeader(res, line)) return null;
    const name = res.headers[res.headers.length - 1]![0];
    if (isKnownHeader(name) && !REQUEST_ONLY.has(name)) known++;
  }
  if (known === 0) return null;
  res.body = pos < text.length ? text.slice(pos).trim() : '';
  const cgi = res.headers.find(([n]) => n === 'status');
  if (res.status === null && cgi) res.status = toStatus(/^\s*(\d{3})/.exec(cgi[1])?.[1]);
  return res;
}

import type { ParsedResponse } from '../types';

/**
 * Turns whatever arrived into text. Invalid UTF-8 becomes U+FFFD rather than an error, because a
 * paste that is half binary still deserves a verdict on its readable half.
 */
export function decodeInput(input: unknown): string {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array) text = decodeBytes(input);
  else if (input instanceof ArrayBuffer) text = decodeBytes(new Uint8Array(input));
  else text = input == null ? '' : String(input);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-8 unless a byte-order mark says UTF-16 (Windows PowerShell 5 writes `>` redirects that way). */
function decodeBytes(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: false }).decode(bytes);
}

/** Share of control characters in the first few KiB: high means binary, not a response anyone typed. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n > 0.1;
}

/**
 * RFC 9110 token characters: what a header name may hold; starting with a letter, as every header any product
 * sends does. (A log line's timestamp, `2024-05-01T12:34:56Z Server: nginx`, is made of token characters too:
 * read as a header it would hide the line's real header and the body after it.)
 */
// Greedy `([^\n]*)` and trimming in code: a lazy value before `[ \t]*$` is quadratic on a long run of spaces.
export const HEADER_LINE = /^([A-Za-z][!#$%&'*+.^_`|~0-9A-Za-z-]*):[ \t]*([^\n]*)$/;
/** A client's or a logger's mark that it cut what it printed: what is missing may be what decides. */
export const TRUNCATED = /\(truncated\b|\[truncated\]|\btruncated\.\.\.|\.\.\. \d+ more (?:characters|bytes)|…\s*$/i;

/** `HTTP/1.1 502 Bad Gateway`, `HTTP/2 404`, `HTTP/2.0 200 OK`. */
export const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?)[ \t]+(\d{3})(?:[ \t]+([^\n]*))?$/;

/** Header names people paste often enough that one of them marks a block as headers. */
const KNOWN = new Set([
  'content-type',
  'content-length',
  'server',
  'date',
  'connection',
  'via',
  'location',
  'set-cookie',
  'cache-control',
  'www-authenticate',
  'transfer-encoding',
  'vary',
  'etag',
  'expires',
  'pragma',
  'access-control-allow-origin',
  'strict-transport-security',
  'keep-alive',
  'content-encoding',
  ':status',
  'status',
  'alt-svc',
  'age',
  'last-modified',
  'retry-after',
  'allow',
]);

export function isKnownHeader(name: string): boolean {
  const n = name.toLowerCase();
  return KNOWN.has(n) || n.startsWith('x-') || n.startsWith('access-control-');
}

export function header(res: ParsedResponse, name: string): string | null {
  for (const [n, v] of res.headers) if (n === name) return v;
  return null;
}

/** A status the paste shows, as a number, only within HTTP's range. */
export function toStatus(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

/** The first `max` characters of `text`, the last of them `mark` where it was longer: text kept exactly as it is. */
export function truncate(text: string, max: number, mark = '…'): string {
  return text.length > max ? `${text.slice(0, max - mark.length)}${mark}` : text;
}

/** `text` on one line (runs of white space as one space), truncated: for a detail sentence. */
export function clip(text: string, max = 160): string {
  // Only the head is shown, so only the head is normalised: a 10 MB body costs nothing here.
  const one = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(one, max);
}

/**
 * The shareable state of the classify page, carried in the address's fragment (`#v1=...&h=2`), which
 * browsers never send to a server. The paste is compressed with lz-string into URL-safe characters; the
 * caller masks it first (the link is as public as the chat it is pasted into).
 */
// lz-string is CommonJS: the default import works in the bundle, in vitest and in Node's ESM (Playwright).
import LZString from 'lz-string';
import { BOX_LIMIT } from './limits';
import { decompressBounded } from './lz-bounded';

export type Shared = { text: string; harEntry: number | null };

/** Fragments longer than this are refused outright: no real paste needs them, and decompressing costs time. */
const MAX_FRAGMENT = 8_000_000;
/** A link longer than this no longer survives chat tools and ticket systems; the page offers the ticket text instead. */
export const MAX_LINK = 100_000;

const VERSION = 'v1';
/**
 * Compressed ahead of the text, with its length: lz-string turns many a garbage or truncated fragment into
 * some text rather than an error, and the marker tells a whole, real link from that text.
 */
const MARKER = /^apigw-classify (\d+)\n/;
const marker = (text: string) => `apigw-classify ${text.length}\n`;

/** The fragment (without `#`) that carries `text` and the chosen HAR entry. */
export function encodeShare({ text, harEntry }: Shared): string {
  const parts = [`${VERSION}=${LZString.compressToEncodedURIComponent(marker(text) + text)}`];
  if (harEntry !== null && Number.isInteger(harEntry) && harEntry >= 0) parts.push(`h=${harEntry}`);
  return parts.join('&');
}

/** Why a share link could not be opened: it would exceed the box's limit, or it is not a whole link. */
export type ShareProblem = 'too-large' | 'malformed';

/**
 * What a fragment carries: the shared state, a problem with a share link, or null for a fragment that is no
 * share link at all (an in-page anchor such as `#main`). Never throws. Decompression stops once the text
 * passes the box's own limit (BOX_LIMIT), so no link, however crafted, costs more than that; the length
 * marker then tells a whole link from a truncated or forged one.
 */
export function readShare(fragment: string): { shared: Shared } | { problem: ShareProblem } | null {
  let raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (raw.length === 0) return null;
  if (raw.length > MAX_FRAGMENT) return raw.startsWith(`${VERSION}=`) ? { problem: 'too-large' } : null;
  if (raw.includes('%')) {
    try {
      raw = decodeURIComponent(raw);
    } catch {
      return raw.startsWith(`${VERSION}=`) ? { problem: 'malformed' } : null;
    }
  }
  let payload: string | null = null;
  let harEntry: number | null = null;
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    if (key === VERSION) payload = value;
    else if (key === 'h' && /^\d{1,7}$/.test(value)) harEntry = Number(value);
  }
  if (payload === null) return null;
  if (!/^[A-Za-z0-9+\-$ ]+$/.test(payload)) return { problem: 'malformed' };
  const out = decompressBounded(payload, BOX_LIMIT + marker('x'.repeat(BOX_LIMIT)).length);
  if ('error' in out) return { problem: out.error };
  const head = MARKER.exec(out.text);
  if (!head || out.text.length !== head[0].length + Number(head[1]) || head[1] === '0') return { problem: 'malformed' };
  return { shared: { text: out.text.slice(head[0].length), harEntry } };
}

/** The state a fragment carries, or null for anything else (a problem, an anchor). */
export function decodeShare(fragment: string): Shared | null {
  const read = readShare(fragment);
  return read && 'shared' in read ? read.shared : null;
}

/** The absolute address of the classify page with `fragment`, from the page's own address (host and sub-path kept). */
export function shareUrl(pageHref: string, fragment: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = '';
  return `${url.href}#${fragment}`;
}

/**
 * The shareable state of the classify page, carried in the address's fragment (`#v1=...&h=2`), which
 * browsers never send to a server. The paste is compressed with lz-string into URL-safe characters; the
 * caller masks it first (the link is as public as the chat it is pasted into).
 */
// lz-string is CommonJS: the default import works in the bundle, in vitest and in Node's ESM (Playwright).
import LZString from 'lz-string';

export type Shared = { text: string; harEntry: number | null };

/** Fragments longer than this are refused outright: no real paste needs them, and decompressing costs time. */
export const MAX_FRAGMENT = 8_000_000;
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

/**
 * The state a fragment carries, or null for anything else: an in-page anchor (`#main`), a truncated link,
 * text a person typed. Never throws. The fragment may arrive percent-encoded (some chat tools encode `$`).
 */
export function decodeShare(fragment: string): Shared | null {
  let raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (raw.length === 0 || raw.length > MAX_FRAGMENT) return null;
  if (raw.includes('%')) {
    try {
      raw = decodeURIComponent(raw);
    } catch {
      return null;
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
  if (!payload || !/^[A-Za-z0-9+\-$ ]+$/.test(payload)) return null;
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    return null;
  }
  const head = typeof text === 'string' ? MARKER.exec(text) : null;
  if (!head || text!.length !== head[0].length + Number(head[1]) || head[1] === '0') return null;
  return { text: text!.slice(head[0].length), harEntry };
}

/** The absolute address of the classify page with `fragment`, from the page's own address (host and sub-path kept). */
export function shareUrl(pageHref: string, fragment: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = '';
  return `${url.href}#${fragment}`;
}

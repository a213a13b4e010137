/**
 * "Mask more": text the reader selected in the ticket's preview, masked wherever it appears in what leaves the
 * page (the ticket, the share link), as written and in its common encodings (JSON-escaped, URL-encoded), so a
 * value the masker did not know is gone from every form of it.
 */
import { MASK } from './mask';
import { decodeShare, encodeShare } from './share-link';

/** Shorter than this, a selection would mask ordinary words and punctuation everywhere. */
export const MIN_SELECTION = 3;

/** The forms of one chosen value that can appear in a paste: as written, escaped in JSON, URL-encoded. */
function formsOf(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  let url = value;
  try {
    url = encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be URL-encoded: its written form is enough.
  }
  return [...new Set([value, json, url])].sort((a, b) => b.length - a.length);
}

/** The chosen values as the reader selected them: trimmed, long enough, each once. */
export function chosen(selections: readonly string[]): string[] {
  return [...new Set(selections.map((s) => s.trim()).filter((s) => s.length >= MIN_SELECTION && s !== MASK))];
}

export function maskMore(text: string, selections: readonly string[]): string {
  let out = text;
  for (const value of chosen(selections)) for (const form of formsOf(value)) out = out.split(form).join(MASK);
  return out;
}

/** The share fragment with the chosen values masked in its paste too; null where it cannot be read back. */
export function maskFragment(fragment: string, selections: readonly string[]): string | null {
  if (chosen(selections).length === 0) return fragment;
  const shared = decodeShare(`#${fragment}`);
  return shared ? encodeShare({ text: maskMore(shared.text, selections), harEntry: shared.harEntry }) : null;
}

/** A highlighted stretch of a text: [start, end), in UTF-16 code units. */
export type Range = [start: number, end: number];

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const WORD = /[a-z0-9]/;

/** Where the needles occur in the text, case-insensitively; a Latin needle only at a word's start (`rate`, not strategy). */
export function rangesOf(text: string, needles: readonly string[], max = 12): Range[] {
  const lower = text.toLowerCase();
  const found: Range[] = [];
  for (const needle of needles) {
    const n = needle.toLowerCase();
    if (!n) continue;
    const wordStart = WORD.test(n[0]!);
    for (let at = lower.indexOf(n); at >= 0 && found.length < 64; at = lower.indexOf(n, at + 1)) {
      if (wordStart && at > 0 && WORD.test(lower[at - 1]!)) continue;
      found.push([at, at + n.length]);
    }
  }
  return mergeRanges(found).slice(0, max);
}

/** A window of a long text around its first range, with the ranges moved to match. */
export function snippet(text: string, ranges: readonly Range[], width = 160): { text: string; ranges: Range[] } {
  if (text.length <= width) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 4), text.length - width));
  const end = Math.min(text.length, start + width);
  const head = start > 0 ? '…' : '';
  const shift = head.length - start;
  const moved = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): Range => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { text: head + text.slice(start, end) + (end < text.length ? '…' : ''), ranges: moved };
}

/** The text cut into plain and highlighted pieces, for rendering as text (never as HTML). */
export function segments(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [s, e] of mergeRanges(ranges)) {
    const start = Math.max(s, at);
    const end = Math.min(e, text.length);
    if (start >= end) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

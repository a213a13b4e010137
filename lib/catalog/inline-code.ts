/** A piece of a one-line text: plain words, or code that was between backticks. */
export type Piece = { code: boolean; text: string };

/**
 * Splits a line of content prose at its backticks, the way Markdown reads inline code: `` `a` `` is code,
 * a run of N backticks closes only on a run of the same length (so ``` ``x `y` z`` ``` holds backticks), one
 * space padding both ends of a code span is dropped, and a backtick that never closes stays a backtick.
 */
export function inlineCode(text: string): Piece[] {
  const out: Piece[] = [];
  const push = (code: boolean, t: string) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && !last.code && !code) last.text += t;
    else out.push({ code, text: t });
  };
  let at = 0;
  let plain = 0;
  while (at < text.length) {
    const open = /`+/g;
    open.lastIndex = at;
    const m = open.exec(text);
    if (!m) break;
    const fence = m[0];
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = m.index + fence.length;
    const end = close.exec(text);
    if (!end) {
      at = m.index + fence.length;
      continue;
    }
    push(false, text.slice(plain, m.index));
    let inner = text.slice(m.index + fence.length, end.index);
    if (inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim()) inner = inner.slice(1, -1);
    push(true, inner);
    at = plain = end.index + fence.length;
  }
  push(false, text.slice(plain));
  return out;
}

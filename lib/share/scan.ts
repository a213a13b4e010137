/**
 * Small scanners for quoted values at any escape depth. A body logged inside a JSON string escapes its
 * quotes once (`\"`), a log of that log twice (`\\\"`): the depth is the number of backslashes before the
 * opening quote, and the value ends at the quote that has the same number before it.
 */

function backslashesBefore(text: string, i: number): number {
  let n = 0;
  while (i - 1 - n >= 0 && text.charCodeAt(i - 1 - n) === 92) n++;
  return n;
}

/**
 * Where a quoted value that starts at `start` ends (the index of its closing delimiter). `depth` is the
 * number of backslashes before the opening quote. With `depth` 0 a quote after an even run of backslashes
 * closes; deeper, a run of exactly `depth` (or one longer by a multiple of 2·(depth+1), an escaped
 * backslash before it) closes. A real line break always ends the value, since no JSON or shell string
 * holds one. `escapedBreaks`: the value sits inside a JSON string, so `\r`, `\n` and an unescaped `"` end it.
 */
export function scanQuoted(text: string, start: number, depth: number, quote: string, escapedBreaks: boolean): number {
  const q = quote.charCodeAt(0);
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    if (
      escapedBreaks &&
      c === 92 &&
      (text[i + 1] === 'n' || text[i + 1] === 'r') &&
      backslashesBefore(text, i) % 2 === 0
    )
      return i;
    if (c !== q && !(escapedBreaks && c === 34)) continue;
    const run = backslashesBefore(text, i);
    if (escapedBreaks && c === 34) {
      if (run % 2 === 0) return i;
      continue;
    }
    if (depth === 0 ? run % 2 === 0 : run <= depth || (run - depth) % (2 * (depth + 1)) === 0)
      return i - Math.min(run, depth);
  }
  return text.length;
}

/** The index of the `]` or `}` that closes the bracket at `open`, skipping strings; the text's end if none. */
export function closeBracket(text: string, open: number): number {
  let level = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') level++;
    else if (c === ']' || c === '}') {
      level--;
      if (level === 0) return i;
    }
  }
  return text.length;
}

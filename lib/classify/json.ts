/** A JSON value found in text, and where it sat. */
export type FoundJson = { value: unknown; start: number; end: number; escaped?: boolean };

/** How many `{` starts to try in text with junk around the JSON; bounds the work to a few passes. */
const MAX_TRIES = 8;
const SCAN_BUDGET = 3;

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : -1;
}

/**
 * The end of the JSON value that opens at `start`, by counting brackets outside strings; -1 when it
 * never closes. One pass, no recursion, so depth costs nothing.
 */
export function balancedEnd(text: string, start: number, limit = text.length): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/**
 * Finds the JSON in a paste: the whole text, the text minus junk after it (V8 names the position),
 * or the first object inside a sentence. Never parses the whole input more than about twice.
 */
export function findJson(text: string, prefer?: (start: number) => boolean): FoundJson | null {
  const s = firstNonSpace(text);
  if (s < 0) return null;
  const first = text.charCodeAt(s);
  if (first === 123 || first === 91 || first === 34) {
    const whole = tryParse(text);
    if (whole.ok) return { value: whole.value, start: s, end: text.length };
    const at = /after JSON at position (\d+)/.exec(whole.error);
    if (at) {
      const end = Number(at[1]);
      const head = tryParse(text.slice(0, end));
      if (head.ok) return { value: head.value, start: s, end };
    }
  }
  let from = s;
  let fallback: FoundJson | null = null;
  // All tries together scan at most a few times the text, however many stray braces it holds.
  let budget = SCAN_BUDGET * text.length;
  for (let tries = 0; tries < MAX_TRIES && budget > 0; tries++) {
    const open = text.indexOf('{', from);
    if (open < 0) break;
    const end = balancedEnd(text, open, Math.min(text.length, open + budget));
    budget -= (end > 0 ? end : text.length) - open;
    if (end > 0) {
      const part = tryParse(text.slice(open, end));
      const value = part.ok ? part.value : fromPythonRepr(text.slice(open, end));
      if (value !== undefined) {
        const found = { value, start: open, end };
        if (!prefer || prefer(open)) return found;
        // Not the one wanted (a JSON request header): keep it in case nothing better follows.
        fallback ??= found;
        from = end;
        continue;
      }
    }
    from = open + 1;
  }
  return fallback;
}

/**
 * A JSON body escaped once inside other text (`body="{\"code\":1640001,...}"` in a log line):
 * undo one level of string escaping and look again.
 */
export function findEscapedJson(text: string): FoundJson | null {
  // `{\"` opens an escaped object; pretty-printed ones put escaped whitespace first (`{\n  \"`).
  const open = /\{(?:\\[nrt]|[ \t])*\\"/.exec(text);
  if (!open) return null;
  const at = open.index;
  // The escaped body ends at the first unescaped quote: the end of the string literal that holds it.
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
  const literal = text.slice(at, Math.min(end, text.length));
  let unescaped: string;
  try {
    unescaped = JSON.parse(`"${literal}"`) as string; // the engine's own unescaping: fast and exact
  } catch {
    unescaped = literal.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
      if (c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
      return c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c;
    });
  }
  const found = findJson(unescaped);
  return found ? { ...found, start: at, end: Math.min(end + 1, text.length), escaped: true } : null;
}

/**
 * Python's dict repr (`{'code': 1640001, 'data': None, 'result': False}`), as SDK logs print a
 * body. Returns undefined when the text is not one.
 */
export function fromPythonRepr(text: string): unknown {
  // A repr worth reading is a small body; a large non-JSON blob is not worth a character loop.
  if (text.length > 256 * 1024) return undefined;
  if (!text.includes("'") && !/\b(None|True|False)\b/.test(text)) return undefined;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      let j = i + 1;
      let str = '';
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] === '\\' && j + 1 < text.length) {
          j++;
          str += text[j] === "'" ? "'" : `\\${text[j]}`;
        } else str += text[j] === '"' ? '\\"' : text[j];
      }
      out += `"${str}"`;
      i = j;
    } else if (/[A-Za-z]/.test(c)) {
      const word = /^[A-Za-z_]+/.exec(text.slice(i, i + 8))![0];
      out += word === 'None' ? 'null' : word === 'True' ? 'true' : word === 'False' ? 'false' : word;
      i += word.length - 1;
    } else out += c;
  }
  const parsed = tryParse(out);
  return parsed.ok ? parsed.value : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

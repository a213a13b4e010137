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
      const value = part.ok ? part.value : relaxedJson(text.slice(open, end));
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

/** At most this many values are collected from one text: past that a log is read by its first ones (a 10 MB log of JSON lines holds about 45,000). */
const MAX_VALUES = 200000;

/**
 * Visits every top-level JSON object in a text (a log of JSON lines, a chat message with a request and a
 * response, a traceback), in order. Objects inside a found one are not listed again, and all the
 * bracket counting together scans the text at most a few times, so the cost is linear in its size.
 */
export function collectJson(text: string, visit: (found: FoundJson) => void): void {
  let seen = 0;
  let from = 0;
  let budget = SCAN_BUDGET * text.length;
  while (seen < MAX_VALUES && budget > 0) {
    const open = text.indexOf('{', from);
    if (open < 0) break;
    // A log of JSON lines: a value that fills its line is parsed as the line, without counting brackets first.
    if (open === 0 || text.charCodeAt(open - 1) === 10) {
      const nl = text.indexOf('\n', open);
      const lineEnd = nl < 0 ? text.length : text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (text.charCodeAt(lineEnd - 1) === 125) {
        const line = tryParse(text.slice(open, lineEnd));
        if (line.ok) {
          visit({ value: line.value, start: open, end: lineEnd });
          seen++;
          from = lineEnd;
          continue;
        }
      }
    }
    const end = balancedEnd(text, open, Math.min(text.length, open + budget));
    budget -= (end > 0 ? end : text.length) - open;
    if (end > 0) {
      const slice = text.slice(open, end);
      const part = tryParse(slice);
      const value = part.ok ? part.value : relaxedJson(slice);
      if (value !== undefined) {
        visit({ value, start: open, end });
        seen++;
        from = end;
        continue;
      }
    }
    from = open + 1;
  }
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

/** Words of JavaScript and Python that stand for JSON's literals, and placeholders a console prints for what it cut. */
const LITERALS: Record<string, string> = {
  None: 'null',
  True: 'true',
  False: 'false',
  null: 'null',
  true: 'true',
  false: 'false',
  undefined: 'null',
  NaN: 'null',
  Infinity: 'null',
};

/**
 * An object as a console or a debugger prints it, read tolerantly: Python's dict repr
 * (`{'code': 1640001, 'data': None, 'result': False}`), Node's `util.inspect` and a browser console's
 * preview (`{ code: 1640001, code_name: 'APP_NO_PERMISSION', data: null, …}`, `[Object]`, `[Array]`,
 * `... 3 more items`), trailing commas. One pass that rewrites it as JSON, then `JSON.parse`; undefined when
 * it is still not JSON.
 */
export function relaxedJson(text: string): unknown {
  // A dump worth reading is a small body; a large non-JSON blob is not worth a character loop.
  if (text.length > 256 * 1024) return undefined;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      let str = '';
      let j = i;
      for (;;) {
        const quote = text[j]!;
        for (j++; j < text.length && text[j] !== quote; j++) {
          if (text[j] === '\\' && j + 1 < text.length) {
            j++;
            str += text[j] === "'" || text[j] === '`' ? text[j] : `\\${text[j]}`;
          } else if (text[j] === '"') str += '\\"';
          else if (text[j] === '\n') str += '\\n';
          else str += text[j];
        }
        // Python joins adjacent literals (`'a '\n 'b'`, as pprint splits a long string): so does this.
        const next = /^\s*['"]/.exec(text.slice(j + 1, j + 200));
        if (!next) break;
        j += next[0].length;
      }
      out += `"${str}"`;
      i = j;
    } else if (
      c === '[' &&
      /^\[(?:Object|Array|Function[^\]]*|Circular[^\]]*|Getter[^\]]*|class[^\]]*)\]/.test(text.slice(i, i + 40))
    ) {
      // Node's placeholders for what it did not print: the value is unknown.
      out += 'null';
      i = text.indexOf(']', i);
    } else if (c === '…' || (c === '.' && text.startsWith('...', i))) {
      // A preview cut short (`…`, `... 3 more items`): drop the mark and what it says about the rest.
      const m = /^(?:…|\.\.\.)(?:[ \t]*\d+ more items?)?/.exec(text.slice(i, i + 40))!;
      i += m[0].length - 1;
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i, i + 200))![0];
      const after = /^[ \t]*:/.test(text.slice(i + word.length, i + word.length + 20));
      if (after)
        out += JSON.stringify(word); // an unquoted key
      else if (word in LITERALS) out += LITERALS[word];
      else if (/^[A-Z]\w*$/.test(word) && /^[ \t]*[{[(]/.test(text.slice(i + word.length))) out += '';
      // a class name before its value (`Headers {`, `AxiosError {`): the value follows
      else out += JSON.stringify(word);
      i += word.length - 1;
    } else if (c === '<' && /^<ref \*\d+>/.test(text.slice(i, i + 12))) {
      i = text.indexOf('>', i);
    } else out += c;
  }
  // Trailing commas, which consoles and Python's pprint never print but people add when they trim a dump.
  out = out.replace(/,(\s*[}\]])/g, '$1');
  try {
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object's opening: `{` and its first quoted key. */
const OBJECT_START = /\{\s*"[\w-]{1,64}"\s*:/g;

/**
 * A JSON object a client cut short (Spring's `… (424 bytes)]`, `...(truncated)`, an ellipsis): the first
 * object in `text` that never closes, read up to its last complete member and closed there. Its members
 * are what the client printed; the rest is lost, so the caller treats it as part of a body, never the whole.
 */
export function findTruncatedJson(text: string, limit = 64 * 1024): FoundJson | null {
  const head = text.slice(0, limit);
  for (const m of head.matchAll(OBJECT_START)) {
    if (balancedEnd(head, m.index) !== -1) continue;
    let depth = 0;
    let inString = false;
    let lastMember = -1;
    let i = m.index;
    for (; i < head.length; i++) {
      const c = head.charCodeAt(i);
      if (inString) {
        if (c === 92) i++;
        else if (c === 34) inString = false;
        else if (c === 10) break; // a JSON string holds no line break: the cut was here
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) depth--;
      else if (c === 44 && depth === 1) lastMember = i;
    }
    // Cut inside a member's string: that member's words so far are kept, closed where the cut fell.
    if (inString && depth === 1) {
      const partial = tryParse(`${head.slice(m.index, i).replace(/\\+$/, '').trimEnd()}"}`);
      if (partial.ok && isObject(partial.value)) return { value: partial.value, start: m.index, end: i };
    }
    if (lastMember < 0) return null;
    const closed = tryParse(`${head.slice(m.index, lastMember)}}`);
    return closed.ok && isObject(closed.value) ? { value: closed.value, start: m.index, end: lastMember } : null;
  }
  return null;
}

/**
 * The wrappers undone before a paste is read, each only where its marks are certain, so the response inside
 * is read as if it had been pasted bare: Spring's `<EOL>`, a prefix every line carries (a log's timestamps,
 * e-mail quoting), a text escaped whole as HTML, a `<pre>` block holding the text of an HTML page, and the
 * full-width punctuation of a text copied from a screenshot. Each is linear in the paste.
 */

/** What a log shipper, a CI log or a mail client puts before every line it prints. */
const LINE_PREFIXES: RegExp[] = [
  /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?[ \t]/, // kubectl logs --timestamps, GitHub Actions
  /^> ?/, // e-mail quoting (RFC 3676)
  /^\w{3} [ \d]\d \d\d:\d\d:\d\d \S+ [^:\s]+(?:\[\d+\])?: /, // syslog, journalctl's short format
];

/** The text without a prefix that at least four in five of its lines (and two or more) carry. */
function stripLinePrefixes(text: string): string {
  // Decided on the first lines (a wrapper prefixes every line alike), so a long paste costs one split at most.
  const sample = text.slice(0, 16384).split('\n').slice(0, 200);
  const filled = sample.filter((l) => l.trim() !== '');
  if (filled.length < 2) return text;
  for (const prefix of LINE_PREFIXES) {
    const carrying = filled.filter((l) => prefix.test(l)).length;
    // curl -v marks its request lines with `> ` too: among `<` and `*` lines that is curl's, not quoting.
    if (prefix.source === '^> ?' && filled.some((l) => /^[<*] /.test(l))) continue;
    // A timestamp is mark enough on half the lines (a wrapper around the log adds lines of its own).
    const share = prefix === LINE_PREFIXES[0] ? 2 : 5 / 4;
    if (carrying * share >= filled.length)
      return text
        .split('\n')
        .map((l) => l.replace(prefix, ''))
        .join('\n');
  }
  return text;
}

/**
 * The first status line after a prefix on its line (a logger's `ERROR:root:`, a chat's code fence, a
 * `status=…&body=`): where its line starts and the prefix before it. Found from each `HTTP/`, so a long
 * paste is scanned once, not tried at every line.
 */
function prefixedStatus(text: string): { at: number; prefix: string } | null {
  for (let i = text.indexOf('HTTP/'), n = 0; i > 0 && n < 200; i = text.indexOf('HTTP/', i + 5), n++) {
    if (!/^HTTP\/\d(?:\.\d)? [1-5]\d\d\b/.test(text.slice(i, i + 16))) continue;
    if (!/[\s:\]>|`=]/.test(text[i - 1]!)) continue;
    const at = text.lastIndexOf('\n', i - 1) + 1;
    if (i - at > 200) continue;
    const prefix = text.slice(at, i);
    // Inside a JSON record's string (`{"msg":"… got HTTP/1.1 403 Forbidden", "status": …}`): the JSON readers'.
    if (/"\s*:\s*"/.test(prefix)) continue;
    // A response's status line is followed by its headers or the blank line before its body; one followed by
    // other text (a stack trace, a sentence) is a client's message naming the status, read as such.
    const eol = text.indexOf('\n', i);
    const next =
      eol < 0
        ? ''
        : text
            .slice(eol + 1, eol + 201)
            .split('\n')[0]!
            .replace(/\r$/, '');
    if (next.trim() !== '' && !/^[A-Za-z][\w-]*:/.test(next.startsWith(prefix) ? next.slice(prefix.length) : next))
      continue;
    return { at, prefix };
  }
  return null;
}

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: ' ' };
export function decodeEntities(text: string): string {
  return text.replace(/&(quot|apos|amp|lt|gt|nbsp|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/g, (m, e: string) => {
    if (ENTITIES[e]) return ENTITIES[e];
    const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

/** The fields a log shipper keeps a printed line in (Docker's json-file, journald, Filebeat, Fluent Bit, pino). */
const LINE_FIELDS = ['log', 'message', 'msg', 'MESSAGE', 'text', 'line'];

/** What a logger may print before a line of its own: a time, a level, a pid (`2024/05/01 12:34:56 `, `[ERROR] `). */
const LOGGER_PREFIX = /[\d\s/:.,+\-[\]|A-Z]{0,80}?/;

/**
 * JSON Lines whose records each carry one printed line (Docker's json-file log, `journalctl -o json`, a
 * shipper's output): the lines they carry, in order. Null unless four in five lines are such records.
 */
function joinRecords(text: string): string | null {
  const head = text.trimStart();
  if (!head.startsWith('{') || !/^\{[^\n]*\}\s*\n\s*\{/.test(head.slice(0, 65536))) return null;
  // The first records decide: a response's own lines carried one a record (curl -v's `<`, a status line).
  const first = head.slice(0, 65536).split('\n').slice(0, 40).join('\n');
  // (A logger's prefix may come before the status line: Go's `2024/05/01 12:34:56 HTTP/1.1 403 Forbidden`; a
  // message that mentions a status among words of its own is a structured log's, read with its fields.)
  const carries = new RegExp(
    `"(?:log|message|msg|MESSAGE|text|line)"\\s*:\\s*"(?:[<>*] |${LOGGER_PREFIX.source}HTTP\\/\\d)`,
  );
  if (first !== head && !carries.test(first)) return null;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2 || lines.length > 20000) return null;
  const carried: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (!t.startsWith('{') || !t.endsWith('}')) continue;
    let record: unknown;
    try {
      record = JSON.parse(t);
    } catch {
      continue;
    }
    if (!record || typeof record !== 'object') continue;
    const r = record as Record<string, unknown>;
    const field = LINE_FIELDS.find((k) => typeof r[k] === 'string');
    if (field) carried.push((r[field] as string).replace(/\r?\n$/, ''));
  }
  if (carried.length * 5 < lines.length * 4) return null;
  // Only where what they carry is a response's own lines: a structured log with fields of its own is read as it is.
  const joined = carried.join('\n');
  return new RegExp(`^(?:[<>*] |${LOGGER_PREFIX.source}HTTP\\/\\d)`, 'm').test(joined) ? joined : null;
}

/**
 * A whole response inside a string literal (a dict's `"body"=>"HTTP/1.1 500 …\n…"`, a JSON field, a repr, a
 * chat bot's `"text": "…\n```HTTP/1.1 504 …"`): the string, unescaped, where a status line starts it or one of
 * its escaped lines (after a prefix of a few words) and it holds line breaks.
 */
function quotedResponse(text: string): string | null {
  const m = /HTTP\/\d(?:\.\d)? [1-5]\d\d\b/.exec(text);
  if (!m) return null;
  const start = literalStart(text, m.index);
  if (start < 0) return null;
  const quote = text[start]!;
  let end = start + 1;
  for (; end < text.length; end++) {
    if (text[end] === '\\') end++;
    else if (text[end] === quote || text[end] === '\n') break;
  }
  const inner = text.slice(start + 1, end);
  if (!/\\n/.test(inner)) return null;
  return inner.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))/g, (_, u?: string, x?: string, c?: string) =>
    u || x
      ? String.fromCharCode(parseInt((u ?? x)!, 16))
      : (({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c!] ?? c!),
  );
}

/**
 * Where the string literal that holds `at` opens: its quote, right before `at` or before an escaped line break
 * that starts the status line's line (with at most 200 characters of prefix on it); -1 where `at` is in no
 * literal so placed.
 */
function literalStart(text: string, at: number): number {
  if (at > 0 && (text[at - 1] === '"' || text[at - 1] === "'")) return at - 1;
  // The status line's own escaped line: back to `\n` (or the literal's quote) within 200 characters.
  const from = Math.max(0, at - 200);
  const line = text.slice(from, at);
  const nl = line.lastIndexOf('\\n');
  const quoteAt = Math.max(line.lastIndexOf('"'), line.lastIndexOf("'"));
  if (quoteAt > nl)
    return /[:=,[(]\s*$/.test(text.slice(Math.max(0, from + quoteAt - 8), from + quoteAt)) ? from + quoteAt : -1;
  if (nl < 0) return -1;
  // An escaped line break inside a literal: its quote is further back, on the same physical line.
  for (let i = from + nl - 1, n = 0; i >= 0 && n < 8192; i--, n++) {
    const c = text[i]!;
    if (c === '\n') return -1;
    if (c !== '"' && c !== "'") continue;
    let slashes = 0;
    while (text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return /[:=,[(]\s*$/.test(text.slice(Math.max(0, i - 8), i)) ? i : -1;
  }
  return -1;
}

/**
 * Lines a terminal or a mail client cut at a fixed width (80, as `fold` does): where two or more lines are
 * exactly that long, each is joined to the next, as it was before the cut.
 */
function unfold(text: string): string {
  const sample = text.slice(0, 32768).split('\n');
  for (const width of [80, 76, 120]) {
    if (sample.filter((l) => l.length === width).length < 2) continue;
    const lines = text.split('\n');
    const out: string[] = [];
    for (const l of lines) {
      const last = out.length - 1;
      if (last >= 0 && out[last]!.length % width === 0 && out[last]!.length > 0) out[last] += l;
      else out.push(l);
    }
    return out.join('\n');
  }
  return text;
}

/**
 * A Python bytes or str literal holding JSON (`body=b'{"code":…,"message":"…[reason=\\"…\\"]"}'`): its repr
 * doubled the JSON's own backslashes; undone, the JSON reads as the server sent it.
 */
const PY_LITERAL = /(\bb?')(\{"(?:[^'\\\n]|\\.){0,65536}?\})'/g;

/** The paste with the wrappers whose marks are certain undone; the same text where there are none. */
export function unwrap(text: string, depth = 0): string {
  let out = joinRecords(text) ?? text;
  // A page that is mostly a `<pre>` quoting what came back, after whatever a logger put before it.
  if (/<pre\b/i.test(out) && !/^\s*<(?:!doctype|html|head|body|div)\b/i.test(out)) out = preText(out) ?? out;
  // A paste encoded whole for a URL (a query value, a form field): no space or line break of its own, many %XX.
  if (out.length < 4 * 1024 * 1024 && !/[\s]/.test(out.trim()) && (out.match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0) >= 8) {
    try {
      out = decodeURIComponent(out.trim().replace(/\+/g, ' '));
    } catch {
      // not UTF-8 percent-encoding: read as it is
    }
  }
  // Spring's LogFormatUtils writes a body's line breaks as `<EOL>`: read them as the breaks they were.
  if (out.includes('<EOL>')) out = out.replace(/<EOL>/g, '\n');
  // A text escaped whole for HTML: entities, and no quote or angle bracket of its own.
  if (/&(?:quot|lt|gt|#34|#39);/.test(out) && !/["<>]/.test(out)) out = decodeEntities(out);
  // A chat's escaping (Slack's: only `&`, `<` and `>`, quotes left as they are): no angle bracket of its own.
  else if (/&(?:lt|gt);/.test(out) && !/[<>]/.test(out))
    out = out.replace(/&(lt|gt|amp);/g, (_, e: string) => ENTITIES[e]!);
  out = stripLinePrefixes(out);
  if (out.includes('\'{"'))
    out = out.replace(PY_LITERAL, (_, q: string, body: string) => q + body.replace(/\\([\\'])/g, '$1') + q.slice(-1));
  out = unfold(out);
  const http = out.includes('HTTP/');
  if (http && !/^HTTP\/\d/m.test(out)) {
    // Unescaped, the response's text may carry wrappers of its own (a logger's prefixes, a chat's escaping).
    const quoted = quotedResponse(out);
    if (quoted) return depth < 2 ? unwrap(quoted, depth + 1) : quoted;
  }
  // (An HTML page is left whole: the page reader looks into its `<pre>` itself.)
  if (
    http &&
    !/^HTTP\/\d/m.test(out) &&
    !/^\s*<(?:!doctype|html|head|body|title|h1|center|div|p|pre|\?xml)\b/i.test(out)
  ) {
    const m = prefixedStatus(out);
    // Not curl's `< ` and `> ` nor wget's indent: their readers know those lines as they are.
    if (m && !/^\s*[<>*]?\s*$/.test(m.prefix)) out = out.slice(0, m.at) + out.slice(m.at + m.prefix.length);
  }
  return out;
}

/** The text of the `<pre>` blocks of an HTML page, where they hold most of it (an error page quoting what came back). */
export function preText(html: string): string | null {
  const blocks = [...html.matchAll(/<pre\b[^>]*>([\s\S]*?)<\/pre>/gi)].map((m) => m[1]!);
  const inner = blocks.join('\n');
  if (inner.length * 2 < html.length || inner.trim().length < 20) return null;
  return decodeEntities(inner.replace(/<[^>]{1,100}>/g, ''));
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000\u201c\u201d]/;
/** Full-width punctuation and letters (a screenshot's text, an IME) as the ASCII they stand for. */
export function halfWidth(text: string): string | null {
  if (!FULL_WIDTH.test(text)) return null;
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\u201c\u201d]/g, '"');
}

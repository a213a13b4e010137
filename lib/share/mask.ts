/**
 * Masks the secrets of a pasted response before anything leaves the page's memory (a ticket, a link).
 * Pure and linear: a handful of regular-expression passes, so a 50 MB HAR is masked in the worker in well
 * under a second. Over-masking is the safe failure: a masked harmless value costs nothing, a leaked
 * `bk_app_secret` costs a rotation.
 */
import { scanQuoted, closeBracket } from './scan';
import { AUTHORIZATION_KEYS } from '../catalog/credentials';

/** What replaces a secret. Plain ASCII with no quote or backslash, so JSON and HAR stay parseable. */
export const MASK = '******';

export type MaskKind = 'header' | 'field' | 'query' | 'cookie' | 'jwt' | 'bearer' | 'password';

/** One masked value: what kind of place it sat in, its name there, and where it was (1-based line, offsets). */
export type Masked = { kind: MaskKind; name: string; line: number; start: number; end: number };

/** `withheld`: the 1-based lines of `text` replaced whole by WITHHELD, where a secret could not be delimited. */
export type MaskOutput = { text: string; masked: Masked[]; withheld: number[] };

/**
 * Names whose values are secret: the gateway's credentials (X-Bkapi-Authorization and its JSON fields
 * bk_app_secret, bk_token, access_token, bk_ticket, jwt, bk_signature), HTTP credentials (Authorization,
 * Cookie, Set-Cookie, X-Bkapi-JWT, X-Api-Key) and anything named like a token, secret, password or key.
 * `authenticate` is left out on purpose: WWW-Authenticate is a challenge, not a credential.
 */
const SECRET_WORDS = String.raw`token|secret|passw(?:or)?d|pwd|ticket|signature|session|credential|cookie|authorization|jwt|api[-_]?key|access[-_]?key|private[-_]?key`;
const NAME = String.raw`[\w.-]{0,40}?(?:${SECRET_WORDS})[\w.-]{0,40}|key|sign|sig|auth`;
const SECRET_NAME = new RegExp(`^(?:${NAME})$`, 'i');

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Names too generic to be sure of: a trace tag's `key`, a `sign` that is a sign. Their value is masked when it looks like one. */
const GENERIC = /^(?:key|sign|sig|auth)$/i;
/** What names a thing rather than hides it: dotted or dashed words (`http.status_code`, `x-bkapi-error-code`), one short word. */
const NAMELIKE = /^(?:[A-Za-z]+(?:[._:/-][A-Za-z]+)+|[A-Za-z]{1,12}|[+-]?\d{1,3})$/;

/** Whether a JSON or dict field's value is masked: always, except a name-like value under a generic name. */
function worthMasking(name: string, value: string): boolean {
  return !(GENERIC.test(name) && NAMELIKE.test(value));
}

type Hit = {
  start: number;
  end: number;
  kind: MaskKind;
  name: string;
  replacement?: string;
  inner?: Masked[];
  /** The secret values themselves, as they sit in the text (an Authorization header's fields one by one). */
  secrets: string[];
};

/** `Name: value` at the start of a real line (raw HTTP, curl -v's `>`/`<` lines, YAML-ish logs). */
const HEADER_LINE = new RegExp(String.raw`^([ \t]*(?:[<>][ \t]?)?)(${NAME})([ \t]*:[ \t]*)([^\r\n]*?)[ \t]*$`, 'gim');
/** The same after an escaped line break, inside a JSON string that holds a raw response. */
const ESCAPED_HEADER = new RegExp(String.raw`(?:\\r|\\n)[ \t]*(?:[<>][ \t]?)?(${NAME})[ \t]*:[ \t]*`, 'gi');
/**
 * A header inside quotes: curl's `-H 'Authorization: ...'`, `-H "Cookie: ..."`, at any escape depth. The
 * quote comes first and the backslashes before it are read by a lookbehind, so the engine can jump from
 * quote to quote instead of trying every position of a 50 MB HAR.
 */
const QUOTED_HEADER = new RegExp(String.raw`(['"])(?<=(\\{0,15})['"])(${NAME})[ \t]*:[ \t]*`, 'gi');
/** A key in JSON or a Python dict, at any escape depth: `"bk_app_secret": `, `\"jwt\": `, `'token': `. */
const KEY = new RegExp(String.raw`(['"])(?<=(\\{0,15})['"])(${NAME})\2\1\s*(?::|=>?)\s*`, 'gi');
/**
 * HAR's `{"name": "Authorization", "value": "..."}` (headers, queryString, postData.params), and a trace's tag
 * `{"key": "http.request.header.authorization", "type": "string", "value": "..."}` (Jaeger, Zipkin, OpenTelemetry),
 * at any escape depth (the backslashes before the first quote, `\1`, stand before every quote of the pair).
 */
const PAIR = new RegExp(
  String.raw`"(?<=(\\{0,15})")(?:name|key)\1"\s*:\s*\1"(${NAME}|[^"\\\n]{0,60}?\b(?:${SECRET_WORDS})[^"\\\n]{0,40})\1"[^]{0,300}?\1"value\1"\s*:\s*`,
  'gi',
);
const PAIR_REVERSED = new RegExp(String.raw`"value"\s*:\s*"((?:[^"\\]|\\.)*)"\s*,\s*"name"\s*:\s*"(${NAME})"`, 'gi');
/** HAR's cookie lists: every value is a session of some kind, whatever the cookie's name. */
const COOKIES = /"cookies"\s*:\s*\[/g;
const COOKIE_VALUE = /"value"\s*:\s*/g;
/** `token=...` in a query string, a form body, a log line. */
const QUERY = new RegExp(
  String.raw`(^|[?&;#\s"'(,])(${NAME})=(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^&\s#"'<>;,)\\]+))`,
  'gim',
);
/**
 * Header.payload.signature, both parts JSON objects in base64url: `{` and then `"` or a space encode as
 * `ey`, followed by `J` for a letter and `I` for a digit or punctuation, so only `ey` is fixed.
 */
const JWT = /\bey[A-Za-z0-9_-]{8,4096}\.ey[A-Za-z0-9_-]{2,16384}\.[A-Za-z0-9_-]*/g;
/** A bearer token outside a header; the lookahead spares prose such as "Bearer authentication". */
const BEARER = /\bBearer[ \t]+(?=[A-Za-z0-9._~+/-]*[0-9._~+/-])([A-Za-z0-9._~+/-]{8,}=*)/gi;
/** A header in brackets, as curl's HTTP/2 trace prints it: `* [HTTP/2] [1] [authorization: Basic ...]`. */
const BRACKETED = new RegExp(String.raw`\[(${NAME})[ \t]*:[ \t]*([^\]\r\n]*)\]`, 'gi');
/**
 * `name: value` inside a line (a log line's `password: hunter2`, a JavaScript object's `token: 'x'`): the
 * whole credential for an HTTP scheme (`Basic dXNl...`), a quoted value inside its quotes, else one word.
 */
const INLINE = new RegExp(
  String.raw`(^|[\s,;{(|])(${NAME})[ \t]*:[ \t]*(?:((?:Basic|Bearer|Digest|Token|Negotiate)[ \t]+[^\s,;\]'"]+)|'([^'\r\n]*)'|"([^"\r\n]*)"|(?![{[])([^\s,;'"\]})]+))`,
  'gim',
);
/**
 * A secret name whose value is an object, wherever the line starts (a log's timestamp before a header, a
 * dict): `X-Bkapi-Authorization: {…}`, `'credentials': {…}`. The object is masked to its closing brace
 * (X-Bkapi-Authorization field by field), or to the line's end where it does not close there.
 */
const OBJECT_VALUE = new RegExp(String.raw`(?:^|[^\w-])["']?(${NAME})["']?[ \t]*(?:[:=]|=>)[ \t]*(?=\{)`, 'gim');
/**
 * An object that opens with one of X-Bkapi-Authorization's keys, at any escape depth: the header's value by
 * what it is, where its name is not beside it (a HAR's name and value split across a log shipper's records).
 */
const CREDENTIALS = new RegExp(
  String.raw`\{(?=[ \t]*(\\{0,15})(["'])(?:${[...AUTHORIZATION_KEYS].join('|')})\1\2[ \t]*:)`,
  'g',
);
/** HAR's `"encoding": "base64"`: the body beside it is decoded, masked and encoded again. */
const BASE64_ENCODING = /"encoding"\s*:\s*"base64"/g;
const CONTENT_TEXT = /"text"\s*:\s*"/g;

/** `scheme://user:password@host`; found from its `://`, which is quick to search for. */
const URL_PASSWORD = /:\/\/[^\s:@/"'<>]+:([^\s@/"'<>]+)@/g;
/** curl's `-u user:password` / `--user=user:password`. */
const CURL_USER = /(?:^|\s)(?:-u|--user)(?:[ \t]+|=)(['"]?)[^\s'":]*:([^\s'"]+)\1/g;

/**
 * Every value to mask, as ranges of the original text. A rule whose value runs to the end of a line skips
 * its own matches inside a value it already took: an unterminated string repeated on one long line would
 * otherwise be scanned once per repetition.
 */
function collect(text: string): Hit[] {
  const hits: Hit[] = [];
  const add = (start: number, from: number, kind: MaskKind, name: string) => {
    // X-Bkapi-Authorization's value is an object: it runs to its closing brace, whatever escaping the
    // quotes inside it have (a repr of a HAR doubles them, and a quote scan would stop at the first).
    const end = AUTHORIZATION.test(name) && text[start] === '{' ? braceEnd(text, start, from) : from;
    const value = text.slice(start, end);
    if (end <= start || value === MASK) return end;
    const fields = AUTHORIZATION.test(name) ? maskAuthorizationFields(name, value) : null;
    if (fields) {
      const secrets = fields.masked.map((m) => value.slice(m.start, m.end));
      hits.push({ start, end, kind, name, replacement: fields.text, inner: fields.masked, secrets });
    } else hits.push({ start, end, kind, name, secrets: [value] });
    return end;
  };
  const each = (re: RegExp, f: (m: RegExpExecArray) => number) => {
    let covered = -1;
    for (const m of text.matchAll(re)) if (m.index >= covered) covered = f(m);
  };
  const kindOf = (name: string): MaskKind => (/cookie/i.test(name) ? 'cookie' : 'header');
  each(HEADER_LINE, (m) => {
    const start = m.index + m[1]!.length + m[2]!.length + m[3]!.length;
    return add(start, start + m[4]!.length, kindOf(m[2]!), m[2]!);
  });
  each(ESCAPED_HEADER, (m) => {
    const start = m.index + m[0].length;
    return add(start, scanQuoted(text, start, 0, '"', true), 'header', m[1]!);
  });
  each(QUOTED_HEADER, (m) => {
    const start = m.index + m[0].length;
    return add(start, scanQuoted(text, start, m[2]!.length, m[1]!, false), kindOf(m[3]!), m[3]!);
  });
  each(KEY, (m) => {
    const at = m.index + m[0].length;
    const open = m[2]! + m[1]!;
    if (text.startsWith(open, at)) {
      const end = scanQuoted(text, at + open.length, m[2]!.length, m[1]!, false);
      if (!worthMasking(m[3]!, text.slice(at + open.length, end))) return end;
      return add(at + open.length, end, 'field', m[3]!);
    }
    // A number or a bare word (`password: 123456`, `token=abc` in a Python repr); null, true and false say nothing.
    const bare = /^(?!null\b|true\b|false\b)[^\s,;}\]\\"'[{]+/.exec(text.slice(at, at + 4096));
    return bare ? add(at, at + bare[0].length, 'field', m[3]!) : at;
  });
  each(PAIR, (m) => {
    // At any escape depth, and with other text between name and value (a type, a log shipper's framing of each line).
    const at = m.index + m[0].length;
    const open = `${m[1]!}"`;
    if (!text.startsWith(open, at)) return at;
    const start = at + open.length;
    return add(start, scanQuoted(text, start, m[1]!.length, '"', false), kindOf(m[2]!), m[2]!);
  });
  each(PAIR_REVERSED, (m) => {
    const start = m.index + m[0].indexOf('"', m[0].indexOf(':')) + 1;
    return add(start, start + m[1]!.length, kindOf(m[2]!), m[2]!);
  });
  each(COOKIES, (m) => {
    const from = m.index + m[0].length;
    const to = closeBracket(text, from - 1);
    for (const v of text.slice(from, to).matchAll(COOKIE_VALUE)) {
      const at = from + v.index + v[0].length;
      if (text[at] === '"') add(at + 1, scanQuoted(text, at + 1, 0, '"', false), 'cookie', 'cookies');
    }
    return to;
  });
  each(QUERY, (m) => {
    const value = m[3] ?? m[4] ?? m[5]!;
    // A quoted value (`bk_app_secret='x'` in a Python call, `token="x"`) starts after its quote.
    const start = m.index + m[1]!.length + m[2]!.length + 1 + (m[5] === undefined ? 1 : 0);
    return add(start, start + value.length, 'query', m[2]!);
  });
  each(BRACKETED, (m) => {
    const start = m.index + m[0].length - 1 - m[2]!.length;
    return add(start, start + m[2]!.length, kindOf(m[1]!), m[1]!);
  });
  each(INLINE, (m) => {
    const value = m[3] ?? m[4] ?? m[5] ?? m[6]!;
    const quoted = m[4] !== undefined || m[5] !== undefined ? 1 : 0;
    const end = m.index + m[0].length - quoted;
    return add(end - value.length, end, kindOf(m[2]!), m[2]!);
  });
  each(OBJECT_VALUE, (m) => {
    const start = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', start);
    const limit = lineEnd === -1 ? text.length : lineEnd;
    const close = closeBracket(text.slice(0, limit), start);
    return add(start, Math.min(close + 1, limit), kindOf(m[1]!), m[1]!);
  });
  each(CREDENTIALS, (m) => {
    // An object that closes on its line (one that does not is left to the rules that read its fields).
    const end = braceEnd(text, m.index, m.index);
    if (end <= m.index) return m.index + 1;
    // Credentials and nothing else: an object with other keys (a log record, a body) is read by the other rules.
    const keys = [...text.slice(m.index, end).matchAll(AUTH_KEY)].map((k) => k[3]!);
    if (!keys.every((k) => AUTHORIZATION_KEYS.has(k))) return m.index + 1;
    return add(m.index, end, 'header', 'X-Bkapi-Authorization');
  });
  each(JWT, (m) => add(m.index, m.index + m[0].length, 'jwt', 'JWT'));
  each(BEARER, (m) => add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'bearer', 'Bearer'));
  each(URL_PASSWORD, (m) =>
    add(m.index + m[0].length - 1 - m[1]!.length, m.index + m[0].length - 1, 'password', 'URL'),
  );
  each(CURL_USER, (m) => {
    const end = m.index + m[0].length - m[1]!.length;
    return add(end - m[2]!.length, end, 'password', 'curl --user');
  });
  base64Bodies(text, hits);
  return hits;
}

/** The end of the object that opens at `start`, by its braces alone, on its line; `fallback` where it does not close there. */
function braceEnd(text: string, start: number, fallback: number): number {
  let depth = 0;
  for (let i = start; i < text.length && i < start + 8192; i++) {
    const c = text[i];
    if (c === '\n') break;
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return Math.max(i + 1, fallback);
  }
  return fallback;
}

/** The gateway's credential header, whose value is a JSON object of credentials and identifiers. */
const AUTHORIZATION = /^x-bkapi-authorization$/i;
/** The identifiers in it that are not secrets: the fixes for 1640001 and 1640301 ask for them. */
const IDENTIFIERS = new Set(['bk_app_code', 'bk_username', 'app_code', 'username']);
/** `"name": ` inside the header's object, at any escape depth (curl's `-H '…'`, a HAR value, a log). */
const AUTH_KEY = /(\\{0,15})(["'])(\w{1,64})\1\2\s*:\s*/g;
/** What may remain of the object once its values are taken out: braces, quotes, commas, space. */
const AUTH_REST = /^[\s{}[\],:"'\\]*$/;

/**
 * X-Bkapi-Authorization's value with every field masked except the identifiers, or null to mask the
 * whole value: where it is not an object of quoted names, or anything is left that is not understood.
 */
function maskAuthorizationFields(header: string, value: string): Omit<MaskOutput, 'withheld'> | null {
  if (!value.includes('{')) return null;
  const masked: Masked[] = [];
  let out = '';
  let rest = '';
  let pos = 0;
  for (const m of value.matchAll(AUTH_KEY)) {
    if (m.index < pos) return null;
    const [, slashes, quote, name] = m as unknown as [string, string, string, string];
    const at = m.index + m[0].length;
    const open = slashes + quote;
    let start = at;
    let end: number;
    if (value.startsWith(open, at)) {
      start = at + open.length;
      end = scanQuoted(value, start, slashes.length, quote, false);
    } else end = at + (/^[\w.+-]*/.exec(value.slice(at))?.[0].length ?? 0);
    rest += value.slice(pos, m.index);
    out += value.slice(pos, start);
    if (IDENTIFIERS.has(name.toLowerCase()) || end === start || value.slice(start, end) === MASK)
      out += value.slice(start, end);
    else {
      out += MASK;
      masked.push({ kind: 'field', name: `${header}.${name}`, line: 1, start, end });
    }
    pos = end;
  }
  rest += value.slice(pos);
  if (pos === 0 || !AUTH_REST.test(rest)) return null;
  return { text: out + value.slice(pos), masked };
}

function decodeBase64(b64: string): string | null {
  try {
    const bin = atob(b64.replace(/\\[rn]|\s+/g, ''));
    const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null; // not base64, or not text (an image): nothing readable to mask in it
  }
}

function encodeBase64(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * HAR bodies stored as base64 (`content.encoding: "base64"`): decoded, masked like any text, and encoded
 * again in place, so the HAR stays a HAR; what was masked inside is listed with the rest.
 */
function base64Bodies(text: string, hits: Hit[]) {
  for (const m of text.matchAll(BASE64_ENCODING)) {
    // A HAR content object holds no nested object: its braces are the nearest on either side.
    const open = text.lastIndexOf('{', m.index);
    const close = text.indexOf('}', m.index);
    if (open < 0 || close < 0) continue;
    CONTENT_TEXT.lastIndex = open;
    const t = CONTENT_TEXT.exec(text);
    if (!t || t.index > close) continue;
    const start = t.index + t[0].length;
    const end = scanQuoted(text, start, 0, '"', false);
    const decoded = decodeBase64(text.slice(start, end));
    if (decoded === null) continue;
    const inner = maskSecrets(decoded);
    if (inner.masked.length === 0) continue;
    const name = [...new Set(inner.masked.map((x) => x.name))].join(', ');
    hits.push({
      start,
      end,
      kind: 'field',
      name: `${name} (base64 body)`,
      replacement: encodeBase64(inner.text),
      inner: inner.masked.map((x) => ({ ...x, name: `${x.name} (base64 body)` })),
      // Found inside a wrapper (`views`), the encoded body is masked whole where it sits.
      secrets: [text.slice(start, end)],
    });
  }
}

/**
 * The text with every secret value replaced by MASK, and what was masked. Where two finds overlap (a JWT
 * inside an Authorization header) the one that starts first, then the longer, wins: it covers the other.
 *
 * A secret also travels inside wrappers the rules above do not read as they stand (a CSV cell whose quotes
 * are doubled around escaped JSON, a URL-encoded log, HTML entities): each wrapper is undone on a copy
 * (`views`), the rules read the copy, and every value they find there is masked in the text in whichever of
 * its encoded forms it sits. A value found that way but not located in the text is not guessed at: the lines
 * that hold it are withheld whole (`withheld`), so "masked" is only ever said of what is gone.
 */
export function maskSecrets(text: string): MaskOutput {
  const hits = collect(text);
  const hidden = hiddenValues(apply(text, hits).text);
  const missing: string[] = [];
  for (const [value, { kind, name }] of hidden) {
    const before = hits.length;
    if (value.length >= MIN_LOCATED)
      for (const form of encodedForms(value))
        for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + form.length))
          hits.push({ start: i, end: i + form.length, kind, name, secrets: [] });
    if (hits.length === before) missing.push(value);
  }
  return withhold(apply(text, hits), missing);
}

/** A value shorter than this is not searched for across the text (a `sig=1` would mask every 1): its lines are withheld. */
const MIN_LOCATED = 4;

/** What a line withheld reads in its place. */
export const WITHHELD = '[withheld: a secret here could not be masked on its own]';

function apply(text: string, found: Hit[]): { text: string; masked: Masked[] } {
  const hits = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  const masked: Masked[] = [];
  let pos = 0;
  let line = 1;
  let counted = 0;
  for (const hit of hits) {
    if (hit.start < pos) continue;
    line += countLines(text, counted, hit.start);
    counted = hit.start;
    parts.push(text.slice(pos, hit.start), hit.replacement ?? MASK);
    if (hit.inner)
      for (const m of hit.inner)
        masked.push({ kind: m.kind, name: m.name, line: line + m.line - 1, start: hit.start, end: hit.end });
    else masked.push({ kind: hit.kind, name: hit.name, line, start: hit.start, end: hit.end });
    pos = hit.end;
  }
  parts.push(text.slice(pos));
  return { text: masked.length ? parts.join('') : text, masked };
}

/**
 * Every line of `out` that holds a part of a value that could not be located is replaced by WITHHELD. A
 * value's runs of four or more letters and digits survive every wrapper but base64, so they find its lines.
 */
function withhold(out: { text: string; masked: Masked[] }, values: string[]): MaskOutput {
  if (values.length === 0) return { ...out, withheld: [] };
  const marks = values.flatMap((v) => v.match(/[A-Za-z0-9]{4,}/g) ?? [v]);
  const withheld: number[] = [];
  const lines = out.text.split('\n').map((l, i) => {
    if (!marks.some((m) => l.includes(m))) return l;
    withheld.push(i + 1);
    return WITHHELD + (l.endsWith('\r') ? '\r' : '');
  });
  return { text: lines.join('\n'), masked: out.masked, withheld };
}

/** The secret values the rules find once the wrappers around them are undone, with where they sat. */
function hiddenValues(text: string): Map<string, { kind: MaskKind; name: string }> {
  const found = new Map<string, { kind: MaskKind; name: string }>();
  for (const view of views(text))
    for (const hit of collect(view))
      for (const value of hit.secrets)
        if (!value.includes(MASK) && /[\p{L}\p{N}]/u.test(value) && !found.has(value))
          found.set(value, { kind: hit.kind, name: hit.name });
  return found;
}

/**
 * One layer of each wrapper a secret travels in, undone where its marks are: a CSV cell's doubled quotes
 * (RFC 4180), a JSON string's escapes (and a Python or JS repr's `\'`), URL encoding, HTML entities.
 */
const DECODERS: { mark: RegExp; decode: (s: string) => string }[] = [
  { mark: /""[\w.-]/, decode: (s) => s.replaceAll('""', '"') },
  { mark: /\\["'\\/nrtu]/, decode: (s) => s.replace(/\\(?:u([0-9a-fA-F]{4})|(.))/g, unescapeOne) },
  // In a form-encoded run (one with %XX in it) `+` is a space (WHATWG URL, application/x-www-form-urlencoded).
  {
    mark: /%[0-9A-Fa-f]{2}/,
    decode: (s) =>
      s
        .replace(/[\w%+.~*'()!=&-]*%[0-9A-Fa-f]{2}[\w%+.~*'()!=&-]*/g, (run) => run.replaceAll('+', ' '))
        .replace(/(?:%[0-9A-Fa-f]{2})+/g, decodePercent),
  },
  { mark: /&(?:quot|apos|amp|lt|gt|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/, decode: decodeEntities },
];
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
function unescapeOne(_: string, hex: string | undefined, ch: string | undefined): string {
  return hex ? String.fromCharCode(parseInt(hex, 16)) : (ESCAPES[ch!] ?? ch!);
}
function decodePercent(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
}
const ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };
function decodeEntities(s: string): string {
  return s.replace(/&(quot|apos|amp|lt|gt|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/g, (m, e: string) => {
    if (ENTITIES[e]) return ENTITIES[e];
    const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

/** How many layers are undone: three wrappers that each escape JSON three times make nine, and a CSV or URL layer may sit between. */
const MAX_LAYERS = 12;

/** The text with its wrappers undone, one layer more in each view, up to MAX_LAYERS deep. */
function views(text: string): string[] {
  const out: string[] = [];
  let current = text;
  for (let depth = 0; depth < MAX_LAYERS; depth++) {
    // One layer a view: undoing two at once (a CSV cell's quotes and the JSON escapes inside it) breaks the structure between them.
    const decoder = DECODERS.find(({ mark }) => mark.test(current));
    const next = decoder ? decoder.decode(current) : current;
    if (next === current) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** The forms a value takes in the wrappers `views` undoes: JSON-escaped up to three deep, CSV-doubled, URL-encoded, HTML-escaped. */
function encodedForms(value: string): string[] {
  const json = (s: string) => JSON.stringify(s).slice(1, -1);
  const forms = [value, json(value), json(json(value)), json(json(json(value)))];
  for (const f of forms.slice(0, 3)) forms.push(f.replaceAll('"', '""'));
  forms.push(encodeURIComponent(value), encodeURIComponent(value).replaceAll('%20', '+'));
  forms.push(value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`));
  return [...new Set(forms)];
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The masked values grouped for display: one row per kind and name, with how many and the first lines. */
export function summariseMasked(
  masked: readonly Masked[],
  maxLines = 5,
): { kind: MaskKind; name: string; count: number; lines: number[] }[] {
  const groups = new Map<string, { kind: MaskKind; name: string; count: number; lines: number[] }>();
  for (const m of masked) {
    const key = `${m.kind}\u0000${m.name.toLowerCase()}`;
    const g = groups.get(key) ?? { kind: m.kind, name: m.name, count: 0, lines: [] };
    g.count++;
    if (g.lines.length < maxLines && !g.lines.includes(m.line)) g.lines.push(m.line);
    groups.set(key, g);
  }
  return [...groups.values()];
}

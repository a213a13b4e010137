/**
 * Reads what people paste into search: a gateway message with its suffixes, a whole JSON body, the
 * `X-Bkapi-Error-*` headers, or a line of the gateway's nginx error log. Everything comes out normalised
 * (see `norm`) so it compares directly with the index's texts.
 */

/** Case, width (full-width digits and letters from a Chinese IME) and runs of white space don't matter. */
export function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type Paste = {
  /** The whole query. */
  query: string;
  /** The message: a body's `message` or the header's, else the query itself. */
  message: string;
  /** The message without its ` [k="v"]` suffixes. */
  base: string;
  /** The suffixes' values by key: `reason`, `upstream_error`, `method`, `path`, ... */
  fields: Record<string, string>;
  /** The code a body or header names, and its code_name. */
  code: number | null;
  codeName: string | null;
  /** The error of an nginx error-log line, without its time, pid and `client: ...` tail. */
  logPhrase: string | null;
};

/** ` [reason="...`: where the suffixes start. Values may hold brackets of their own (`signature [bk_signature] ...`). */
const SUFFIX_START = /\s\[(?=[a-z_]+=)/;
const PAIR = /([a-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^\s\]"]+))/g;
const NGINX_PREFIX = /^(?:.*?\[(?:emerg|alert|crit|error|warn|notice|info)\]\s+)?\d+#\d+:\s+(?:\*\d+\s+)?/;
const NGINX_WHILE = /\bwhile (?:reading|connecting|sending|requesting|ssl handshaking)\b/;

function unescape(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text.replace(/\\"/g, '"');
  }
}

type Body = { message: string | null; code: number | null; codeName: string | null };

/** Fields of a JSON body, whole or cut off: a partial paste still names its code and message. */
function fromBody(text: string): Body {
  const body: Body = { message: null, code: null, codeName: null };
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start >= 0 && end > start) {
    try {
      const v: unknown = JSON.parse(text.slice(start, end + 1));
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        const msg = o.message ?? o.bk_error_msg;
        const code = o.code ?? o.bk_error_code;
        if (typeof msg === 'string') body.message = msg;
        if (typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code))) body.code = Number(code);
        if (typeof o.code_name === 'string') body.codeName = o.code_name;
        return body;
      }
    } catch {
      // Not whole JSON: fall through to the field patterns.
    }
  }
  const code = /"(?:code|bk_error_code)"\s*:\s*"?(\d{3,7})\b|x-bkapi-error-code:\s*(\d{7})/i.exec(text);
  const codeName = /"code_name"\s*:\s*"([A-Za-z0-9_]+)"/.exec(text);
  const quoted = /"(?:message|bk_error_msg)"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  const header = /x-bkapi-error-message:[ \t]*(.+)$/im.exec(text);
  if (code) body.code = Number(code[1] ?? code[2]);
  if (codeName) body.codeName = codeName[1]!;
  body.message = quoted ? unescape(quoted[1]!) : (header?.[1] ?? null);
  return body;
}

function suffixes(message: string): { base: string; fields: Record<string, string> } {
  const at = message.search(SUFFIX_START);
  if (at < 0) return { base: message, fields: {} };
  const fields: Record<string, string> = {};
  for (const m of message.slice(at).matchAll(PAIR))
    fields[m[1]!] ??= (m[2] !== undefined ? unescape(m[2]) : m[3]!).trim();
  return { base: message.slice(0, at).trim(), fields };
}

function logPhrase(query: string): string | null {
  const prefix = NGINX_PREFIX.exec(query);
  if (!prefix && !NGINX_WHILE.test(query)) return null;
  const rest = prefix ? query.slice(prefix[0].length) : query;
  const phrase = rest.split(/, (?:client|server|request|upstream|host|referrer):/)[0]!.trim();
  return phrase.length >= 8 ? phrase : null;
}

/** What a query says once read as a paste. Cheap for a short query; call it for any. */
export function parsePaste(raw: string): Paste {
  const query = norm(raw);
  const body = /[{:]/.test(raw) ? fromBody(raw) : { message: null, code: null, codeName: null };
  const message = norm(body.message ?? raw);
  const { base, fields } = suffixes(message);
  return {
    query,
    message,
    base,
    fields,
    code: body.code,
    codeName: body.codeName?.toLowerCase() ?? null,
    logPhrase: logPhrase(query),
  };
}

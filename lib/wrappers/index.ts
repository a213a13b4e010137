/**
 * Real-world "wrappers" for an HTTP response (or JSON body, or log line) that a user received: each one
 * returns the text the way one real product prints, logs, ships or carries it, so that property tests
 * can check that the classifier and the secret masker still work on a response found inside any
 * composition of wrappers (a docker json-file line holding a pino line holding a Python repr, ...).
 *
 * Every wrapper is deterministic: fixed timestamps, ids and host names, no randomness, no clock.
 * `cite` names the product and the source file or documentation page that defines the format.
 * `lossy` is true where the product may hide or alter decisive parts of the text (truncation,
 * wrapping that can split a header name or a token, views that drop headers or line structure).
 */
import { inspect } from 'node:util';
import { stringify as yamlStringify } from 'yaml';

export type Wrapper = {
  id: string; // kebab-case, unique
  cite: string; // the product and where its format is defined/documented
  kind:
    'log-prefix' | 'escape' | 'dump' | 'telemetry' | 'tracker' | 'shipper' | 'markup' | 'chat' | 'layout' | 'encoding';
  /** true where the wrapper may hide or alter the decisive parts (truncation, wrapping that breaks a header name, lossy views) */
  lossy: boolean;
  /**
   * true where the wrapper prints a status beside the text (a dict's `status`, a span's `http.status_code`,
   * an exception's status): the text's own where it starts with a status line, else a made-up 500. On a
   * body or a fragment that asserts a fact the paste never had.
   */
  statusOfText?: true;
  wrap: (text: string) => string;
};

// ---------------------------------------------------------------------------------------------------------------
// Fixed values every wrapper uses instead of the clock, a random id or the machine's name.
// ---------------------------------------------------------------------------------------------------------------

const HOST = 'api-7f9c';
const PID = 4242;
const EPOCH_MS = 1714566896789; // 2024-05-01T12:34:56.789Z
const TRACE_ID = '5b8efff798038103d269b633813fc60c';
const SPAN_ID = 'eee19b7ec3c1b174';
const PARENT_SPAN_ID = 'eee19b7ec3c1b173';
const URL = 'https://api.example.com/v1/users';

const utf8 = new TextEncoder();
const byteLength = (s: string): number => utf8.encode(s).length;
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** Lines of a text without their `\n` (a `\r` before it stays); a final newline adds no empty line. */
function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Each line with `prefix` before it, every line ended by `\n`, as a per-line log collector writes them. */
function prefixLines(text: string, prefix: (line: string) => string): string {
  return splitLines(text)
    .map((line) => prefix(line) + '\n')
    .join('');
}

type HttpMessage = { version: string; code: number; reason: string; headers: [string, string][]; body: string };

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A raw HTTP/1.x response split into status, headers and body; null when the text does not start with one. */
function parseHttp(text: string): HttpMessage | null {
  const status = /^(HTTP\/\d(?:\.\d)?) (\d{3})(?: ([^\r\n]*))?(?:\r?\n|$)/.exec(text);
  if (!status) return null;
  const sep = /\r?\n\r?\n/.exec(text);
  const head = sep ? text.slice(0, sep.index) : text;
  const body = sep ? text.slice(sep.index + sep[0].length) : '';
  const headers = head
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== '')
    .map((line): [string, string] => {
      const colon = line.indexOf(':');
      return colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).trim()];
    });
  const code = Number(status[2]);
  return { version: status[1] ?? 'HTTP/1.1', code, reason: status[3] ?? REASONS[code] ?? '', headers, body };
}

/** Status code and reason of the response inside the text; a plain 500 where the text is no HTTP message. */
function statusOf(text: string): { code: number; reason: string } {
  const http = parseHttp(text);
  if (http && http.code >= 400 && http.code <= 599) return { code: http.code, reason: http.reason };
  return { code: 500, reason: 'Internal Server Error' };
}

// ---------------------------------------------------------------------------------------------------------------
// Escapers, each as its product writes it.
// ---------------------------------------------------------------------------------------------------------------

/** Go encoding/json string: like JSON.stringify, but HTML-safe (<, >, & as \u003c...) and U+2028/9 escaped. */
function goJson(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + hex(c.charCodeAt(0), 4));
}

/** CPython's unicode_repr (Objects/unicodeobject.c): quote choice, \xhh/\uhhhh/\Uhhhhhhhh for unprintables. */
function pythonRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (!/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** Ruby's rb_str_inspect (string.c) for a UTF-8 string. */
function rubyInspect(s: string): string {
  const chars = Array.from(s);
  const named: Record<string, string> = {
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\f': '\\f',
    '\v': '\\v',
    '\b': '\\b',
    '\x07': '\\a',
    '\x1b': '\\e',
  };
  let out = '"';
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    const next = chars[i + 1];
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '#' && (next === '$' || next === '@' || next === '{')) out += '\\#';
    else if (named[ch] !== undefined) out += named[ch];
    else if ((cp >= 0x20 && cp < 0x7f) || (cp > 0x9f && !/[\p{C}\p{Zl}\p{Zp}]/u.test(ch))) out += ch;
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4).toUpperCase();
    else out += '\\u{' + cp.toString(16).toUpperCase() + '}';
  });
  return out + '"';
}

/** Fluent Bit's flb_utils_write_str with escape_unicode: JSON escapes, every non-ASCII code point as \uhhhh. */
function fluentBitJson(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (cp < 0x20 || cp === 0x7f) out += '\\u' + hex(cp, 4);
    else if (cp < 0x80) out += ch;
    else if (cp > 0xffff) {
      const v = cp - 0x10000;
      out += '\\u' + hex(0xd800 + (v >> 10), 4) + '\\u' + hex(0xdc00 + (v & 0x3ff), 4);
    } else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else out += '\\u' + hex(cp, 4);
  }
  return out + '"';
}

/** tracing-subscriber's EscapeGuard (fmt/format/escape.rs): terminal control characters made visible. */
function tracingEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\x1b' || ch === '\x07' || ch === '\b' || ch === '\f' || ch === '\x7f') out += '\\x' + hex(cp, 2);
    else if (cp >= 0x80 && cp <= 0x9f) out += '\\u{' + cp.toString(16) + '}';
    else out += ch;
  }
  return out;
}

/** encodeURIComponent's unreserved set, over UTF-8 (a lone surrogate becomes U+FFFD rather than a URIError). */
function percentEncode(s: string): string {
  let out = '';
  for (const byte of utf8.encode(s)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.!~*'()]/.test(c) ? c : '%' + hex(byte, 2).toUpperCase();
  }
  return out;
}

const escapeHtmlPython = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

const escapeHtmlPhp = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;');

const escapeSlack = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A CommonMark code fence longer than any backtick run inside the text. */
function fence(text: string, info = ''): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const marks = '`'.repeat(Math.max(3, longest + 1));
  return marks + info + '\n' + text + (text.endsWith('\n') ? '' : '\n') + marks;
}

/** GNU coreutils fold (src/fold.c) without -b/-s: break before the character that would pass the width. */
function fold(text: string, width: number): string {
  let out = '';
  let line = '';
  let column = 0;
  const advance = (col: number, ch: string): number =>
    ch === '\b' ? Math.max(0, col - 1) : ch === '\r' ? 0 : ch === '\t' ? col + 8 - (col % 8) : col + 1;
  for (const ch of text) {
    if (ch === '\n') {
      out += line + '\n';
      line = '';
      column = 0;
      continue;
    }
    column = advance(column, ch);
    if (column > width && line !== '') {
      out += line + '\n';
      line = '';
      column = advance(0, ch);
    }
    line += ch;
  }
  return out + line;
}

/** Display cells of a character in a console (East Asian wide characters take two). */
function cells(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000;
  return wide ? 2 : 1;
}

/** PowerShell's ListWriter (Format-List): labels padded, continuation lines indented, values cut at the field width. */
function powershellList(props: [string, string][], screenWidth: number): string {
  const labelWidth = Math.max(...props.map(([name]) => name.length));
  const indent = labelWidth + 3;
  const field = screenWidth - indent;
  const out: string[] = [];
  for (const [name, value] of props) {
    let first = true;
    for (const line of value.split(/\r\n|\n/)) {
      const pieces: string[] = [];
      let piece = '';
      let used = 0;
      for (const ch of line) {
        if (used + cells(ch) > field && piece !== '') {
          pieces.push(piece);
          piece = '';
          used = 0;
        }
        piece += ch;
        used += cells(ch);
      }
      pieces.push(piece);
      for (const p of pieces) {
        out.push((first ? name.padEnd(labelWidth) + ' : ' : ' '.repeat(indent)) + p);
        first = false;
      }
    }
  }
  return '\n' + out.join('\n') + '\n\n\n';
}

/** systemd's utf8_is_printable: valid UTF-8 without control characters other than \t and \n. */
function journaldPrintable(s: string): boolean {
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp < 0x20 && ch !== '\t' && ch !== '\n') || (cp >= 0x7f && cp <= 0x9f)) return false;
    if (cp >= 0xd800 && cp <= 0xdfff) return false;
    if ((cp & 0xfffe) === 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef)) return false;
  }
  return true;
}

function springMessage(text: string): string {
  const http = parseHttp(text);
  const code = http ? http.code : 500;
  const reason = http ? http.reason : 'Internal Server Error';
  const body = http ? http.body : text;
  const names: Record<number, string> = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    405: 'MethodNotAllowed',
    409: 'Conflict',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    501: 'NotImplemented',
    502: 'BadGateway',
    503: 'ServiceUnavailable',
    504: 'GatewayTimeout',
  };
  const base =
    code >= 400 && code < 500
      ? 'org.springframework.web.client.HttpClientErrorException'
      : code >= 500 && code < 600
        ? 'org.springframework.web.client.HttpServerErrorException'
        : 'org.springframework.web.client.UnknownHttpStatusCodeException';
  const cls = names[code] && !base.endsWith('UnknownHttpStatusCodeException') ? `${base}$${names[code]}` : base;
  const preface = `${code} ${reason}: `;
  const shown = body === '' ? '[no body]' : '"' + body.replace(/[\n\r]/g, '<EOL>').replace(/\p{Cc}/gu, '?') + '"';
  return `${cls}: ${preface}${shown}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The wrappers.
// ---------------------------------------------------------------------------------------------------------------

const logPrefix: Wrapper[] = [
  {
    id: 'python-logging-basic',
    cite: 'CPython logging — Lib/logging/__init__.py: BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s" (logging.basicConfig default), StreamHandler.terminator "\\n"',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `ERROR:root:${t}\n`,
  },
  {
    id: 'python-logging-asctime',
    cite: 'CPython logging — Logging HOWTO format "%(asctime)s - %(name)s - %(levelname)s - %(message)s"; Lib/logging/__init__.py Formatter.default_time_format "%Y-%m-%d %H:%M:%S" + default_msec_format "%s,%03d"',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `2024-05-01 12:34:56,789 - gateway.client - ERROR - ${t}\n`,
  },
  {
    id: 'go-log-std',
    cite: 'Go standard library log — src/log/log.go: LstdFlags = Ldate|Ltime ("2009/01/23 01:23:23 message"), formatHeader, newline appended when missing',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `2024/05/01 12:34:56 ${t}${t.endsWith('\n') ? '' : '\n'}`,
  },
  {
    id: 'logback-pattern',
    cite: 'logback PatternLayout — logback manual, chapter Layouts (https://logback.qos.ch/manual/layouts.html): pattern "%d [%t] %-5level %logger - %msg%n", %d default ISO8601 "yyyy-MM-dd HH:mm:ss,SSS"',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `2024-05-01 12:34:56,789 [http-nio-8080-exec-1] ERROR com.example.gateway.UpstreamClient - ${t}\n`,
  },
  {
    id: 'pino-json',
    cite: 'pino (Node.js) — pinojs/pino docs/api.md output {"level":30,"time":...,"pid":...,"hostname":...,"msg":...}; lib/tools.js asString (JSON.stringify escaping)',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `{"level":50,"time":${EPOCH_MS},"pid":${PID},"hostname":"${HOST}","msg":${JSON.stringify(t)}}\n`,
  },
  {
    id: 'winston-json',
    cite: 'winston (Node.js) — winstonjs/logform json.js: format.json() serialises the info object with safe-stable-stringify (keys sorted: level, message)',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `{"level":"error","message":${JSON.stringify(t)}}\n`,
  },
  {
    id: 'rust-tracing-fmt',
    cite: 'Rust tracing-subscriber fmt — tokio-rs/tracing tracing-subscriber/src/fmt/format/mod.rs (Full format: "2022-02-15T18:40:14.289898Z  INFO target: message") and format/escape.rs (ESC, BEL, BS, FF, DEL shown as \\xNN)',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `2024-05-01T12:34:56.789012Z ERROR gateway::upstream: ${tracingEscape(t)}\n`,
  },
  {
    id: 'dotnet-ilogger-console',
    cite: '.NET Microsoft.Extensions.Logging.Console — dotnet/runtime src/libraries/Microsoft.Extensions.Logging.Console/src/SimpleConsoleFormatter.cs ("fail: Category[0]", message lines padded by 6 spaces)',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `fail: Gateway.UpstreamClient[0]\n      ${t.replace(/\n/g, '\n      ')}\n`,
  },
  {
    id: 'ruby-logger',
    cite: 'Ruby Logger — ruby/logger lib/logger/formatter.rb: Format = "%.1s, [%s #%d] %5s -- %s: %s\\n", DatetimeFormat "%Y-%m-%dT%H:%M:%S.%6N"',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `E, [2024-05-01T12:34:56.789012 #${PID}] ERROR -- : ${t}\n`,
  },
  {
    id: 'nginx-error-log',
    cite: 'nginx error_log — nginx src/core/ngx_log.c ngx_log_error_core ("YYYY/MM/DD HH:MM:SS [level] pid#tid: *cid msg", then the log handler\'s ", client: ..., server: ..., request: ..."), the whole line cut at NGX_MAX_ERROR_STR (2048) bytes',
    kind: 'log-prefix',
    lossy: true,
    wrap: (t) => {
      const line =
        `2024/05/01 12:34:56 [error] ${PID}#${PID}: *17 [lua] access.lua:42: upstream response: ${t}` +
        `, client: 10.0.0.1, server: api.example.com, request: "GET /v1/users HTTP/1.1", host: "api.example.com"`;
      let cut = '';
      let bytes = 0;
      for (const ch of line) {
        const n = byteLength(ch);
        if (bytes + n > 2047) break;
        cut += ch;
        bytes += n;
      }
      return cut + '\n';
    },
  },
  {
    id: 'syslog-rfc5424',
    cite: 'syslog — RFC 5424 §6 (HEADER "<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID", STRUCTURED-DATA "-", UTF-8 MSG starting with a BOM) and the §6.5 examples',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => `<11>1 2024-05-01T12:34:56.789Z ${HOST} gateway ${PID} - - \uFEFF${t}\n`,
  },
  {
    id: 'journald-json',
    cite: 'systemd journalctl -o json — systemd src/shared/logs-show.c update_json_data (field of JSON_THRESHOLD 4096 bytes or more printed as null without --all; a value with control characters other than \\t/\\n printed as an array of byte numbers) and src/basic/utf8.c unichar_is_control',
    kind: 'log-prefix',
    lossy: true,
    wrap: (t) => {
      let message: string;
      if ('MESSAGE'.length + 1 + byteLength(t) >= 4096) message = 'null';
      else if (journaldPrintable(t)) message = JSON.stringify(t);
      else message = '[' + Array.from(utf8.encode(t)).join(',') + ']';
      return (
        `{"__CURSOR":"s=3e5f1c2a9b8d4e7f8a1b2c3d4e5f6a7b;i=1a2b;b=8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a;m=14a9f3c2;t=6175f0b3c8a14;x=9f8e7d6c5b4a3928",` +
        `"__REALTIME_TIMESTAMP":"${EPOCH_MS}012","__MONOTONIC_TIMESTAMP":"346682306","_BOOT_ID":"8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a",` +
        `"PRIORITY":"3","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"gateway","_PID":"${PID}","_COMM":"gateway",` +
        `"_SYSTEMD_UNIT":"gateway.service","_HOSTNAME":"${HOST}","MESSAGE":${message}}\n`
      );
    },
  },
  {
    id: 'kubectl-logs-timestamps',
    cite: 'Kubernetes kubectl logs --timestamps — kubernetes pkg/kubelet/kuberuntime/logs/logs.go (timeFormatOut = RFC3339NanoFixed "2006-01-02T15:04:05.000000000Z07:00" + " " before each CRI log line); kubectl reference "Include timestamps on each line"',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => prefixLines(t, (line) => `2024-05-01T12:34:56.789012345Z ${line}`),
  },
  {
    id: 'docker-json-file',
    cite: 'Docker json-file logging driver — docs.docker.com/engine/logging/drivers/json-file ({"log":"...\\n","stream":"stdout","time":"2019-01-01T11:11:11.111111111Z"}, one record per line); moby daemon/logger/jsonfilelog (Go JSON: <, >, & as \\u003c \\u003e \\u0026)',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) =>
      prefixLines(
        t,
        (line) => `{"log":${goJson(line + '\n')},"stream":"stderr","time":"2024-05-01T12:34:56.789012345Z"}`,
      ),
  },
  {
    id: 'github-actions-log',
    cite: 'GitHub Actions job log — REST API "Download job logs for a workflow job" (GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs): every line prefixed "2022-06-20T09:27:57.8718342Z " (7 fraction digits), as in downloaded runner logs',
    kind: 'log-prefix',
    lossy: false,
    wrap: (t) => prefixLines(t, (line) => `2024-05-01T12:34:56.7890123Z ${line}`),
  },
];

const escapes: Wrapper[] = [
  {
    id: 'json-string',
    cite: 'ECMAScript JSON.stringify — ECMA-262 §25.5.2.3 QuoteJSONString (a string escaped once)',
    kind: 'escape',
    lossy: false,
    wrap: (t) => JSON.stringify(t),
  },
  {
    id: 'json-string-2',
    cite: 'ECMAScript JSON.stringify — ECMA-262 §25.5.2.3 QuoteJSONString applied twice (a JSON string logged as a string)',
    kind: 'escape',
    lossy: false,
    wrap: (t) => JSON.stringify(JSON.stringify(t)),
  },
  {
    id: 'json-string-3',
    cite: 'ECMAScript JSON.stringify — ECMA-262 §25.5.2.3 QuoteJSONString applied three times',
    kind: 'escape',
    lossy: false,
    wrap: (t) => JSON.stringify(JSON.stringify(JSON.stringify(t))),
  },
  {
    id: 'json-field-message',
    cite: 'ECMAScript JSON.stringify — ECMA-262 §25.5.2 of an object {"message": text} (a structured log event field)',
    kind: 'escape',
    lossy: false,
    wrap: (t) => JSON.stringify({ message: t }),
  },
  {
    id: 'json-field-message-nested',
    cite: 'ECMAScript JSON.stringify — ECMA-262 §25.5.2 of {"message": JSON.stringify(text)} (an already serialised body logged as a field)',
    kind: 'escape',
    lossy: false,
    wrap: (t) => JSON.stringify({ message: JSON.stringify(t) }),
  },
  {
    id: 'csv-python',
    statusOfText: true,
    cite: 'Python csv.writer (QUOTE_MINIMAL, "excel" dialect) — CPython Modules/_csv.c join_append_data: a field with the delimiter, quotechar, \\r or \\n is quoted and quotes doubled, rows end "\\r\\n" (RFC 4180)',
    kind: 'escape',
    lossy: false,
    wrap: (t) => {
      const field = (s: string): string => (/[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
      return `time,status,response\r\n2024-05-01 12:34:56,${statusOf(t).code},${field(t)}\r\n`;
    },
  },
  {
    id: 'html-escape-php',
    cite: 'PHP htmlspecialchars (PHP 8.1+ default flags ENT_QUOTES|ENT_SUBSTITUTE|ENT_HTML401) — php.net/manual/function.htmlspecialchars and php-src ext/standard/html.c: & < > " \' as &amp; &lt; &gt; &quot; &#039;',
    kind: 'escape',
    lossy: false,
    wrap: (t) => escapeHtmlPhp(t),
  },
];

const encodings: Wrapper[] = [
  {
    id: 'url-encode-component',
    cite: 'ECMAScript encodeURIComponent — ECMA-262 §19.2.6.5 (UTF-8 %XX except A-Z a-z 0-9 - _ . ! ~ * \' ( )), the whole text as a query value "q=..."',
    kind: 'encoding',
    lossy: false,
    wrap: (t) => `q=${percentEncode(t)}`,
  },
  {
    id: 'form-urlencoded',
    statusOfText: true,
    cite: 'Browser/Node URLSearchParams.toString() — WHATWG URL Standard §5.2 application/x-www-form-urlencoded serializer (space as "+")',
    kind: 'encoding',
    lossy: false,
    wrap: (t) => new URLSearchParams({ status: String(statusOf(t).code), body: t }).toString(),
  },
  {
    id: 'utf8-bom',
    cite: 'Windows PowerShell 5.1 Out-File/Set-Content -Encoding utf8 — learn.microsoft.com about_Character_Encoding ("utf8: UTF-8 with BOM"): U+FEFF before the text',
    kind: 'encoding',
    lossy: false,
    wrap: (t) => '\uFEFF' + t,
  },
  {
    id: 'fullwidth-ocr',
    cite: "Screenshot OCR / Chinese IME punctuation — Unicode Halfwidth and Fullwidth Forms (U+FF01–U+FF5E) and General Punctuation quotes: : , ; ! ? ( ) \" ' read back as ：，；！？（）“” ‘’ (product behaviour not traced to one OCR engine's source)",
    kind: 'encoding',
    lossy: true,
    wrap: (t) => {
      const map: Record<string, string> = {
        ':': '：',
        ',': '，',
        ';': '；',
        '!': '！',
        '?': '？',
        '(': '（',
        ')': '）',
      };
      let dq = false;
      let sq = false;
      return t.replace(/[:,;!?()"']/g, (c) => {
        if (c === '"') return (dq = !dq) ? '“' : '”';
        if (c === "'") return (sq = !sq) ? '‘' : '’';
        return map[c] ?? c;
      });
    },
  },
];

const layouts: Wrapper[] = [
  {
    id: 'crlf-line-endings',
    cite: 'Git core.autocrlf=true checkout on Windows — git-scm.com/docs/git-config (core.autocrlf: LF converted to CRLF in the working tree)',
    kind: 'layout',
    lossy: false,
    wrap: (t) => t.replace(/\r?\n/g, '\r\n'),
  },
  {
    id: 'fold-80',
    cite: 'GNU coreutils fold — src/fold.c (default width 80, a line broken before the column that would pass it; tab to the next multiple of 8, \\r resets the column)',
    kind: 'layout',
    lossy: true,
    wrap: (t) => fold(t, 80),
  },
  {
    id: 'truncate-512',
    cite: 'Ad-hoc length-capped logger/notifier, no single product — first 512 characters + "...(truncated)" (suffix as written by webhook-notifier and logging helpers in public code; the 512 cap is the brief\'s, not a documented product format)',
    kind: 'layout',
    lossy: true,
    wrap: (t) => {
      if (t.length <= 512) return t;
      let head = t.slice(0, 512);
      if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
      return head + '...(truncated)';
    },
  },
];

const dumps: Wrapper[] = [
  {
    id: 'php-var-dump',
    cite: 'PHP var_dump (CLI, no Xdebug) — php-src ext/standard/var.c php_var_dump: string(%zd) "..." with the byte length, the bytes unescaped',
    kind: 'dump',
    lossy: false,
    wrap: (t) => `string(${byteLength(t)}) "${t}"\n`,
  },
  {
    id: 'php-print-r',
    statusOfText: true,
    cite: 'PHP print_r — php-src Zend/zend.c zend_print_zval_r_to_buf / print_hash ("Array\\n(\\n    [key] => value\\n)\\n")',
    kind: 'dump',
    lossy: false,
    wrap: (t) => `Array\n(\n    [status] => ${statusOf(t).code}\n    [body] => ${t}\n)\n`,
  },
  {
    id: 'python-repr-dict',
    statusOfText: true,
    cite: "Python print() of a dict — CPython Objects/unicodeobject.c unicode_repr (quote choice, \\n \\r \\t \\\\ escapes, \\xhh/\\uhhhh for unprintables): {'status': 502, 'body': '...'}",
    kind: 'dump',
    lossy: false,
    wrap: (t) => `{'status': ${statusOf(t).code}, 'body': ${pythonRepr(t)}}\n`,
  },
  {
    id: 'python-requests-httperror',
    statusOfText: true,
    cite: 'Python requests — psf/requests src/requests/models.py Response.raise_for_status ("502 Server Error: Bad Gateway for url: ..."), printed after the script printed resp.text, as a traceback',
    kind: 'dump',
    lossy: false,
    wrap: (t) => {
      const { code, reason } = statusOf(t);
      const kind = code < 500 ? 'Client' : 'Server';
      return (
        `${t}${t.endsWith('\n') ? '' : '\n'}Traceback (most recent call last):\n` +
        `  File "/app/client.py", line 42, in <module>\n    resp.raise_for_status()\n` +
        `  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status\n` +
        `    raise HTTPError(http_error_msg, response=self)\n` +
        `requests.exceptions.HTTPError: ${code} ${kind} Error: ${reason} for url: ${URL}\n`
      );
    },
  },
  {
    id: 'ruby-inspect-hash',
    statusOfText: true,
    cite: 'Ruby p / Hash#inspect (Ruby 3.3 and earlier, "=>" without spaces) — ruby string.c rb_str_inspect (\\n \\e \\#{ escapes, \\uXXXX for unprintables)',
    kind: 'dump',
    lossy: false,
    wrap: (t) => `{"status"=>${statusOf(t).code}, "body"=>${rubyInspect(t)}}\n`,
  },
  {
    id: 'node-util-inspect',
    statusOfText: true,
    cite: 'Node.js console.log of an object — node:util inspect (lib/internal/util/inspect.js: single quotes, long multi-line strings split at \\n and joined with \' +\', strings past maxStringLength 10000 cut with "... N more characters"), run through the real util.inspect',
    kind: 'dump',
    lossy: true,
    wrap: (t) => inspect({ status: statusOf(t).code, body: t }) + '\n',
  },
  {
    id: 'yaml-block',
    statusOfText: true,
    cite: 'YAML dump by the yaml npm package (eemeli/yaml) — stringify(value, { lineWidth: 0 }) (documented ToString option; no folding, as PyYAML/go-yaml never split a word): block literal "body: |" for multi-line text, double-quoted with escapes where control characters such as \\r appear; the real library',
    kind: 'dump',
    lossy: false,
    wrap: (t) => yamlStringify({ status: statusOf(t).code, body: t }, { lineWidth: 0 }),
  },
  {
    id: 'yaml-folded-80',
    statusOfText: true,
    cite: 'YAML dump by the yaml npm package (eemeli/yaml) — stringify defaults (lineWidth 80): long lines folded, and in double-quoted scalars cut by an escaped line break ("\\" + newline) even inside a word; the real library',
    kind: 'dump',
    lossy: true,
    wrap: (t) => yamlStringify({ status: statusOf(t).code, body: t }),
  },
  {
    id: 'powershell-format-list',
    statusOfText: true,
    cite: 'PowerShell Invoke-WebRequest | Format-List StatusCode,StatusDescription,RawContent — PowerShell src/System.Management.Automation/FormatAndOutput/common/ListWriter.cs ("Name : value", continuation lines padded, values cut at the console width; 120 columns assumed)',
    kind: 'dump',
    lossy: true,
    wrap: (t) => {
      const { code, reason } = statusOf(t);
      return powershellList(
        [
          ['StatusCode', String(code)],
          ['StatusDescription', reason],
          ['RawContent', t],
        ],
        120,
      );
    },
  },
  {
    id: 'go-struct-plusv',
    cite: 'Go fmt %+v of a struct pointer — pkg.go.dev/fmt ("%+v adds field names"; strings printed raw): &{StatusCode:502 Body:...}',
    kind: 'dump',
    lossy: false,
    wrap: (t) => `&{StatusCode:${statusOf(t).code} Body:${t}}\n`,
  },
  {
    id: 'curl-verbose',
    cite: 'curl -v — curl manual --verbose ("> " header data sent, "< " header data received, "* " extra information), body written raw to stdout',
    kind: 'dump',
    lossy: false,
    wrap: (t) => {
      const request =
        '*   Trying 203.0.113.10:443...\n* Connected to api.example.com (203.0.113.10) port 443\n' +
        '> GET /v1/users HTTP/1.1\r\n> Host: api.example.com\r\n> User-Agent: curl/8.5.0\r\n> Accept: */*\r\n> \r\n';
      const http = parseHttp(t);
      const tail = '\n* Connection #0 to host api.example.com left intact\n';
      if (!http) return request + t + tail;
      const sep = /\r?\n\r?\n/.exec(t);
      const head = sep ? t.slice(0, sep.index + sep[0].length) : t;
      const headLines = head.split(/(?<=\n)/).map((line) => '< ' + line);
      return request + headLines.join('') + (sep ? http.body : '') + tail;
    },
  },
  {
    id: 'har-entry',
    statusOfText: true,
    cite: 'HAR 1.2 (HTTP Archive) as saved by browser DevTools "Save all as HAR" — W3C HAR spec (w3c.github.io/web-performance/specs/HAR/Overview.html): log.entries[].response {status, statusText, headers[{name,value}], content{size,mimeType,text}}',
    kind: 'dump',
    lossy: false,
    wrap: (t) => {
      const http = parseHttp(t);
      const headers = http ? http.headers.map(([name, value]) => ({ name, value })) : [];
      const body = http ? http.body : t;
      const mime = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? 'text/plain';
      const har = {
        log: {
          version: '1.2',
          creator: { name: 'WebInspector', version: '537.36' },
          pages: [],
          entries: [
            {
              startedDateTime: '2024-05-01T12:34:56.789Z',
              time: 152.4,
              request: {
                method: 'GET',
                url: URL,
                httpVersion: 'HTTP/1.1',
                headers: [{ name: 'Host', value: 'api.example.com' }],
                queryString: [],
                cookies: [],
                headersSize: -1,
                bodySize: 0,
              },
              response: {
                status: http ? http.code : 0,
                statusText: http ? http.reason : '',
                httpVersion: http ? http.version : '',
                headers,
                cookies: [],
                content: { size: byteLength(body), mimeType: mime, text: body },
                redirectURL: '',
                headersSize: -1,
                bodySize: byteLength(body),
              },
              cache: {},
              timings: { send: 0.1, wait: 150.2, receive: 2.1 },
            },
          ],
        },
      };
      return JSON.stringify(har, null, 2);
    },
  },
  {
    id: 'spring-rest-client-error',
    statusOfText: true,
    cite: 'Spring Framework RestTemplate/RestClient — spring-web DefaultResponseErrorHandler.getErrorMessage ("502 Bad Gateway: " + body) with spring-core LogFormatUtils.formatValue(body, -1, true): quoted, \\r/\\n as <EOL>, other control characters as "?", headers not shown',
    kind: 'dump',
    lossy: true,
    wrap: (t) => springMessage(t) + '\n',
  },
];

const telemetry: Wrapper[] = [
  {
    id: 'otel-otlp-json-exception',
    statusOfText: true,
    cite: 'OpenTelemetry OTLP/JSON — open-telemetry/opentelemetry-proto examples/trace.json (resourceSpans/scopeSpans/spans, attributes [{key, value:{stringValue}}]); semantic conventions exception event "exception.message"',
    kind: 'telemetry',
    lossy: false,
    wrap: (t) =>
      JSON.stringify({
        resourceSpans: [
          {
            resource: { attributes: [{ key: 'service.name', value: { stringValue: 'gateway' } }] },
            scopeSpans: [
              {
                scope: { name: 'gateway.http', version: '1.0.0' },
                spans: [
                  {
                    traceId: TRACE_ID,
                    spanId: SPAN_ID,
                    parentSpanId: PARENT_SPAN_ID,
                    name: 'GET /v1/users',
                    kind: 3,
                    startTimeUnixNano: '1714566896789000000',
                    endTimeUnixNano: '1714566896941000000',
                    attributes: [
                      { key: 'http.request.method', value: { stringValue: 'GET' } },
                      { key: 'http.response.status_code', value: { intValue: String(statusOf(t).code) } },
                    ],
                    events: [
                      {
                        timeUnixNano: '1714566896940000000',
                        name: 'exception',
                        attributes: [
                          { key: 'exception.type', value: { stringValue: 'HTTPError' } },
                          { key: 'exception.message', value: { stringValue: t } },
                        ],
                      },
                    ],
                    status: { code: 2 },
                  },
                ],
              },
            ],
          },
        ],
      }),
  },
  {
    id: 'jaeger-span-tags',
    statusOfText: true,
    cite: 'Jaeger query API / UI "Download JSON" — jaegertracing/jaeger model/json/model.go (Span.tags []KeyValue {"key","type":"string","value"}), Go encoding/json escaping',
    kind: 'telemetry',
    lossy: false,
    wrap: (t) =>
      `{"data":[{"traceID":"${TRACE_ID}","spans":[{"traceID":"${TRACE_ID}","spanID":"${SPAN_ID}","operationName":"GET /v1/users",` +
      `"references":[{"refType":"CHILD_OF","traceID":"${TRACE_ID}","spanID":"${PARENT_SPAN_ID}"}],"startTime":1714566896789000,"duration":152000,` +
      `"tags":[{"key":"span.kind","type":"string","value":"client"},{"key":"http.status_code","type":"int64","value":${statusOf(t).code}},` +
      `{"key":"error","type":"bool","value":true},{"key":"http.response.body","type":"string","value":${goJson(t)}}],` +
      `"logs":[],"processID":"p1","warnings":null}],"processes":{"p1":{"serviceName":"gateway","tags":[]}},"warnings":null}],` +
      `"total":0,"limit":0,"offset":0,"errors":null}`,
  },
  {
    id: 'zipkin-v2-span',
    statusOfText: true,
    cite: 'Zipkin API v2 JSON — openzipkin/zipkin-api zipkin2-api.yaml (Span: traceId, id, kind, name, timestamp, duration, localEndpoint, tags as string map)',
    kind: 'telemetry',
    lossy: false,
    wrap: (t) =>
      JSON.stringify([
        {
          traceId: TRACE_ID,
          parentId: PARENT_SPAN_ID,
          id: SPAN_ID,
          kind: 'CLIENT',
          name: 'get /v1/users',
          timestamp: 1714566896789000,
          duration: 152000,
          localEndpoint: { serviceName: 'gateway', ipv4: '10.0.0.7' },
          remoteEndpoint: { serviceName: 'upstream', port: 443 },
          tags: {
            error: String(statusOf(t).code),
            'http.method': 'GET',
            'http.path': '/v1/users',
            'http.status_code': String(statusOf(t).code),
            'http.response.body': t,
          },
        },
      ]),
  },
];

const trackers: Wrapper[] = [
  {
    id: 'sentry-event-extra',
    cite: 'Sentry event payload — develop.sentry.dev/sdk/data-model/event-payloads/ (event_id, timestamp, level, logger, message, exception.values, "extra" arbitrary data)',
    kind: 'tracker',
    lossy: false,
    wrap: (t) =>
      JSON.stringify({
        event_id: 'fc6d8c0c43fc4630ad850ee518f1b9d0',
        timestamp: '2024-05-01T12:34:56.789Z',
        platform: 'python',
        level: 'error',
        logger: 'gateway.client',
        server_name: HOST,
        message: { formatted: `Upstream returned ${statusOf(t).code}` },
        exception: {
          values: [
            {
              type: 'HTTPError',
              value: `${statusOf(t).code} ${statusOf(t).code < 500 ? 'Client' : 'Server'} Error: ${statusOf(t).reason} for url: ${URL}`,
              module: 'requests.exceptions',
            },
          ],
        },
        extra: { response_body: t },
      }),
  },
];

const shippers: Wrapper[] = [
  {
    id: 'loki-push',
    cite: 'Grafana Loki push API — grafana.com/docs/loki/latest/reference/loki-http-api (POST /loki/api/v1/push JSON {"streams":[{"stream":{labels},"values":[["<unix epoch in nanoseconds>","<log line>"]]}]})',
    kind: 'shipper',
    lossy: false,
    wrap: (t) =>
      JSON.stringify({
        streams: [{ stream: { job: 'gateway', level: 'error' }, values: [['1714566896789012345', t]] }],
      }),
  },
  {
    id: 'filebeat-ecs',
    cite: 'Elastic Filebeat filestream input, console output codec.json (escape_html false) — elastic.co Filebeat reference and Elastic Common Schema (message, log.file.path, log.offset, input.type, ecs.version), one event per line, a trailing \\r stripped (line_terminator auto)',
    kind: 'shipper',
    lossy: false,
    wrap: (t) => {
      let offset = 0;
      return prefixLines(t, (line) => {
        const event = JSON.stringify({
          '@timestamp': '2024-05-01T12:34:56.789Z',
          '@metadata': { beat: 'filebeat', type: '_doc', version: '8.13.0' },
          log: { offset, file: { path: '/var/log/gateway/error.log' } },
          message: line.replace(/\r$/, ''),
          input: { type: 'filestream' },
          ecs: { version: '8.0.0' },
          host: { name: HOST },
          agent: { type: 'filebeat', version: '8.13.0', name: HOST },
        });
        offset += byteLength(line) + 1;
        return event;
      });
    },
  },
  {
    id: 'logstash-json-lines',
    cite: 'Logstash json_lines codec output — elastic.co logstash-codec-json_lines docs; Logstash 8 ECS compatibility event fields (@timestamp, @version, message, host.name, event.original)',
    kind: 'shipper',
    lossy: false,
    wrap: (t) =>
      JSON.stringify({
        '@timestamp': '2024-05-01T12:34:56.789Z',
        '@version': '1',
        message: t,
        host: { name: HOST },
        event: { original: t },
      }) + '\n',
  },
  {
    id: 'fluent-bit-json-lines',
    cite: 'Fluent Bit stdout output Format json_lines (json_date_key "date", json_date_format double) — docs.fluentbit.io pipeline/outputs/standard-output; fluent/fluent-bit src/flb_utils.c flb_utils_write_str (non-ASCII as \\uXXXX); tail input, one record per line',
    kind: 'shipper',
    lossy: false,
    wrap: (t) => prefixLines(t, (line) => `{"date":1714566896.789012,"log":${fluentBitJson(line)}}`),
  },
];

const markups: Wrapper[] = [
  {
    id: 'markdown-fence',
    cite: 'Markdown fenced code block — CommonMark spec 0.31.2 §4.5 Fenced code blocks (fence longer than any backtick run inside)',
    kind: 'markup',
    lossy: false,
    wrap: (t) => fence(t) + '\n',
  },
  {
    id: 'html-pre-django',
    cite: 'Django DEBUG error page — django/views/templates/technical_500.html (<pre class="exception_value">{{ exception_value|force_escape }}</pre>), django.utils.html.escape = Python html.escape (& < > " \' as &amp; &lt; &gt; &quot; &#x27;)',
    kind: 'markup',
    lossy: false,
    wrap: (t) =>
      `<div id="summary">\n  <h1>HTTPError at /api/proxy</h1>\n  <pre class="exception_value">${escapeHtmlPython(t)}</pre>\n</div>\n`,
  },
  {
    id: 'email-quote',
    cite: 'Plain-text e-mail reply quoting (Thunderbird/Gmail "On ... wrote:" + "> " per line) — RFC 3676 §4.5 quote marks',
    kind: 'markup',
    lossy: false,
    wrap: (t) =>
      'On Wed, May 1, 2024 at 12:34 PM Ops <ops@example.com> wrote:\n' +
      prefixLines(t, (line) => (line === '' || line === '\r' ? '>' + line : '> ' + line)),
  },
  {
    id: 'github-issue-details',
    cite: 'GitHub issue comment with a collapsed section — GitHub Docs "Organizing information with collapsed sections" (<details><summary>...</summary> + blank line + fenced code)',
    kind: 'markup',
    lossy: false,
    wrap: (t) =>
      `The API returns this:\n\n<details>\n<summary>Response</summary>\n\n${fence(t, 'http')}\n\n</details>\n`,
  },
  {
    id: 'gitlab-ci-section',
    cite: 'GitLab CI job log custom collapsible sections — docs.gitlab.com ci/jobs/job_logs ("\\e[0Ksection_start:UNIX_TIMESTAMP:SECTION_NAME\\r\\e[0K" + header, "\\e[0Ksection_end:UNIX_TIMESTAMP:SECTION_NAME\\r\\e[0K")',
    kind: 'markup',
    lossy: false,
    wrap: (t) =>
      `\x1b[0Ksection_start:1714566896:response_dump\r\x1b[0KResponse from upstream\n${t}${t.endsWith('\n') ? '' : '\n'}` +
      `\x1b[0Ksection_end:1714566897:response_dump\r\x1b[0K\n`,
  },
];

const chats: Wrapper[] = [
  {
    id: 'wecom-markdown-bot',
    cite: 'WeCom (企业微信) group robot webhook — developer.work.weixin.qq.com/document/path/91770 (群机器人配置说明: {"msgtype":"markdown","markdown":{"content":...}}, <font color="warning">, "> " quotes)',
    kind: 'chat',
    lossy: false,
    wrap: (t) =>
      JSON.stringify({
        msgtype: 'markdown',
        markdown: {
          content:
            `### <font color="warning">接口调用失败告警</font>\n> 服务：gateway\n> 状态码：<font color="warning">${statusOf(t).code}</font>\n` +
            `> 时间：2024-05-01 20:34:56\n响应内容：\n${t}`,
        },
      }),
  },
  {
    id: 'slack-incoming-webhook',
    cite: 'Slack incoming webhook payload {"text": ...} — api.slack.com/messaging/webhooks and api.slack.com/reference/surfaces/formatting#escaping (&, <, > as &amp; &lt; &gt;; ``` preformatted block)',
    kind: 'chat',
    lossy: false,
    wrap: (t) => JSON.stringify({ text: `:rotating_light: *API error from gateway*\n\`\`\`${escapeSlack(t)}\`\`\`` }),
  },
];

export const WRAPPERS: readonly Wrapper[] = Object.freeze([
  ...logPrefix,
  ...escapes,
  ...encodings,
  ...layouts,
  ...dumps,
  ...telemetry,
  ...trackers,
  ...shippers,
  ...markups,
  ...chats,
]);

/** Apply wrappers in order (first is innermost). */
export function compose(text: string, ...ws: Wrapper[]): string {
  return ws.reduce((acc, w) => w.wrap(acc), text);
}

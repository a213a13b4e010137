import { isObject } from './json';
import { toStatus } from './text';

/**
 * What surrounds a body in a log line or a tool's output: the status and headers it printed beside
 * the body. Every search here looks at a bounded window, so a large paste costs no more than a small one.
 */
const WINDOW = 16 * 1024;

/** Names that only a response's headers carry: enough to take a `Name: value` line, or a map, for headers. */
const RESPONSE_HEADER =
  /^(?:x-bkapi-(?!authorization$|debug$)[a-z-]+|content-type|content-length|server|date|www-authenticate|location|via|x-request-id|x-mock-by|x-apisix-upstream-status|connection|transfer-encoding)$/i;
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,60}$/;
/** A request line as clients, `.http` files and logs print it: a method and a URL or path. */
const REQUEST_LINE =
  /^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?:https?:\/\/|\/)\S*(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/;

/**
 * `status=502`, `"status": 502`, `status_code: 502` in the text around a body found inside a log line;
 * else a status alone on its line before the body, as Postman's console and a Python shell print it.
 */
export function statusNear(text: string, start: number, end: number): number | null {
  const before = text.slice(Math.max(0, start - 4096), start);
  const around = `${before}\n${text.slice(end, end + 4096)}`;
  const m = /\b(?:status|status_?code|http_?status|http_?code)["']?\s*[:=]\s*["']?(\d{3})\b/i.exec(around);
  if (m) return toStatus(m[1]);
  let alone: string | undefined;
  for (const line of before.matchAll(/^[ \t]*([1-5]\d\d)(?:[ \t]+[A-Z][A-Za-z -]{1,40})?[ \t]*$/gm)) alone = line[1];
  return toStatus(alone);
}

/**
 * Response header lines printed before a body (Postman's console, a browser's "copy all", a log):
 * kept only when at least one is a name only responses carry, so prose with colons does not count.
 */
export function headersNear(text: string, start: number): [string, string][] {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  // Request headers may be printed first (Postman): for a name seen twice, the later line, nearer the body, wins.
  const found = new Map<string, string>();
  // The header lines right under a request line (`POST https://…` in an .http file, a log of the call) are the
  // request's: the run ends at the first line that is no header (a blank line, a status, a console's label).
  let request = false;
  for (const line of before.split('\n')) {
    const m = /^[ \t]*([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:[ \t]*(\S[^\n]*)$/.exec(line);
    if (REQUEST_LINE.test(line)) request = true;
    else if (!m) request = false;
    else if (!request && RESPONSE_HEADER.test(m[1]!)) found.set(m[1]!.toLowerCase(), m[2]!.trimEnd());
  }
  return [...found];
}

/**
 * A JSON (or Python) map of response headers, as `print(response.headers)` or a browser's header copy
 * shows them: header-shaped keys, text values, and at least one name only responses carry.
 */
export function headerMap(value: unknown): [string, string][] | null {
  if (!isObject(value)) return null;
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.length > 200) return null;
  let known = false;
  for (const [k, v] of entries) {
    if (!HEADER_NAME.test(k) || (typeof v !== 'string' && typeof v !== 'number')) return null;
    known ||= RESPONSE_HEADER.test(k);
  }
  return known ? entries.map(([k, v]) => [k.toLowerCase(), String(v)]) : null;
}

/**
 * The status in an HTTP client's error message, where that message is all the paste holds:
 * requests, urllib, axios, Go, .NET, PowerShell, Feign and Spring each word it their own way.
 */
const CLIENT_ERRORS = [
  /\b([1-5]\d\d) (?:Client|Server) Error: .{0,200}\bfor url\b/, // Python requests
  /\bHTTP Error ([1-5]\d\d):/, // urllib
  /\bRequest failed with status code ([1-5]\d\d)\b/, // axios
  /\bunexpected (?:HTTP )?status(?: code)?:? ([1-5]\d\d)\b/i, // Go clients
  /\bResponse status code does not indicate success: ([1-5]\d\d)\b/, // .NET HttpClient
  /\bThe remote server returned an error: \(([1-5]\d\d)\)/, // PowerShell, .NET WebClient
  /\[([1-5]\d\d) [A-Za-z -]{2,40}\] during \[[A-Z]+\] to \[/, // Feign
  /\bHttp(?:Client|Server)ErrorException(?:\$\w+)?: ([1-5]\d\d)\b/, // Spring RestTemplate
];

export function clientErrorStatus(text: string): number | null {
  if (text.length > 4096) return null;
  for (const re of CLIENT_ERRORS) {
    const m = re.exec(text);
    if (m) return toStatus(m[1]);
  }
  return null;
}

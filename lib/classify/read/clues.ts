import { toStatus } from './text';
import type { Clues, NoResponseKind, RequestInfo as Request } from '../types';

export type { Clues, NoResponseKind } from '../types';

/** Clues are read from the first and last parts of a paste: exceptions and SDK lines sit at its ends. */
const HEAD = 64 * 1024;
const TAIL = 16 * 1024;

function windowOf(text: string): string {
  return text.length <= HEAD + TAIL ? text : `${text.slice(0, HEAD)}\n${text.slice(-TAIL)}`;
}

// The error header as people's tools print it (every form checked against a fixture):
// `X-Bkapi-Error-Code: 1640301` (headers, HTTPie, wget -S), `'X-Bkapi-Error-Code': '1640301'` (a dict),
// `error_code: 1640301` (bkapi-client-core's ResponseError.__str__), `errorCode: 1640301` (the Go SDK's
// BkApiResponseDetail.Error), `bkapi_error_code=1640301` / `"bkapi_error_code": "1640301"` (the Go SDK's Map()
// in structured logs), `"error_code": 1640301` (a JSON log).
const KEY = `["']?`;
// PowerShell's header table puts the value after spaces, in braces: `X-Bkapi-Error-Code  {1640301}`.
// bkapi-client-core writes the message after the code: `error_code: 1640301, App has no permission ...`.
const ERROR_CODE = new RegExp(
  `(?:^|[^\\w-])${KEY}(x-bkapi-error-code|bkapi[_-]error[_-]code|error[_-]?code)${KEY}(?:[ \\t]*(?:[:=]|=>)[ \\t]*|[ \\t]{2,}\\{?)["']?(16\\d{5}|1306\\d{3})\\b\\}?(?:["']?,(?![ \\t]*[\\w-]+[ \\t]*[:=])[ \\t]*([^\\n]{1,300}))?`,
  'i',
);
// A quoted value up to its closing quote (a message holds quotes of its own), else up to the line's end.
const ERROR_MESSAGE = new RegExp(
  `(?:^|[^\\w-])${KEY}(?:x-bkapi-error-message|bkapi[_-]error[_-]message|errorMessage)${KEY}(?:[ \\t]*[:=][ \\t]*|[ \\t]{2,}\\{?)(?:'([^'\\n]{1,300})'|"((?:[^"\\\\\\n]|\\\\.){1,300})"|([^\\n]{1,300}))`,
  'i',
);
const REQUEST_ID = new RegExp(
  `(?:^|[^\\w-])${KEY}(?:x-bkapi-request-id|bkapi[_-]request[_-]id|request[_-]?id|requestId)${KEY}(?:[ \\t]*[:=][ \\t]*|[ \\t]{2,}\\{)["']?([0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}|[0-9a-f]{32})\\b`,
  'i',
);

/** HTTP's reason phrases (RFC 9110 and the usual variants), as clients print them after the status. */
const REASON_PHRASES = [
  'Moved Permanently',
  'Found',
  'See Other',
  'Not Modified',
  'Temporary Redirect',
  'Permanent Redirect',
  'Bad Request',
  'Unauthori[sz]ed',
  'Payment Required',
  'Forbidden',
  'Not Found',
  'Method Not Allowed',
  'Not Acceptable',
  'Proxy Authentication Required',
  'Request Time-?out',
  'Conflict',
  'Gone',
  'Length Required',
  'Precondition Failed',
  '(?:Request Entity|Payload|Content) Too Large',
  '(?:Request-)?URI Too (?:Long|Large)',
  'Unsupported Media Type',
  'Range Not Satisfiable',
  'Expectation Failed',
  'Misdirected Request',
  'Unprocessable (?:Entity|Content)',
  'Locked',
  'Failed Dependency',
  'Too Early',
  'Upgrade Required',
  'Precondition Required',
  'Too Many Requests',
  'Request Header Fields Too Large',
  'Client Closed Request',
  'Internal Server Error',
  'Not Implemented',
  'Bad Gateway',
  'Service (?:Temporarily )?Unavailable',
  'Gateway Time-?out',
  'HTTP Version Not Supported',
].join('|');

/** The status as clients and loggers word it; the first that matches wins, most specific first. */
const STATUS_TEXT: RegExp[] = [
  /\b([1-5]\d\d) (?:Client|Server) Error\b/, // Python requests' raise_for_status
  /\bstatus[_ ]?code["']?[ \t]*[:=][ \t]*["']?([1-5]\d\d)\b/i, // bkapi-client-core, logs
  /\bstatus_?code\r?\n[ \t]*([1-5]\d\d)[ \t]*$/im, // `>>> r.status_code` or `PS> $r.StatusCode`, the value on the next line
  /\bStatusCode[ \t]*:[ \t]*([1-5]\d\d)\b/, // PowerShell's Invoke-WebRequest
  /\bunexpected (?:HTTP )?status(?: code)?:? ([1-5]\d\d)\b/i, // Go clients
  /\bRequest failed with status code ([1-5]\d\d)\b/, // axios
  /\bHTTP Error ([1-5]\d\d)\b/, // urllib
  /\bResponse status code does not indicate success: ([1-5]\d\d)\b/, // .NET HttpClient
  /\bThe remote server returned an error: \(([1-5]\d\d)\)/, // PowerShell 5, .NET WebClient
  /\[([1-5]\d\d) [A-Za-z -]{2,40}\] during \[[A-Z]+\] to \[/, // Feign
  /\bHttp(?:Client|Server)ErrorException(?:\$\w+)?: ([1-5]\d\d)\b/, // Spring RestTemplate
  /\bHTTP(?:\/\d(?:\.\d)?)?[ \t]+([1-5]\d\d)\b/, // "HTTP 504", "HTTP/1.1 504" inside a sentence
  /\bhttp[_ ]?status["']?[ \t]*[:=][ \t]*["']?([1-5]\d\d)\b/i,
  /\bResponse\{[^}\n]{0,80}?\bcode=([1-5]\d\d), message=/, // OkHttp's and Retrofit's Response.toString()
  /<Response \[([1-5]\d\d)\]>/, // Python requests' repr
  /\bHTTP response code:? ([1-5]\d\d)\b/i, // Java's HttpURLConnection
  /[:：][ \t]*\(([1-5]\d\d)\)[ \t]*[^\s\d]/, // PowerShell and .NET in any language: `错误: (502) 错误的网关`
  /-w[ \t]*['"]?%\{(?:http_code|response_code)\}[^\n]*\n([1-5]\d\d)[ \t]*$/m, // curl -w '%{http_code}', the code on the next line
  /\bResponse\((?:Left|Right)\([^\n]{0,4000}?\),[ \t]*([1-5]\d\d),/, // sttp's Response(body, code, …)
  /\breturned error:?[ \t]*([1-5]\d\d)\b/i, // curl --fail: `The requested URL returned error: 429`
  /\bunacceptableStatusCode\(code:[ \t]*([1-5]\d\d)\)/,
  // A status beside its own reason phrase, in any client's words: `502 Bad Gateway from GET …`, `(502) Bad Gateway`.
  new RegExp(String.raw`\b([1-5]\d\d)\)?[ \t:]+(?:${REASON_PHRASES})\b`, 'i'),
  /(?:^|[\s,{(])["']?status["']?[ \t]*[:=][ \t]*["']?([1-5]\d\d)\b/im, // status=502, "status": 502
  /\b(?:returned|got|received|responded with|返回(?:了)?|状态码(?:为|是)?)[ \t]*(?:an? )?(?:HTTP )?(?:status )?([1-5]\d\d)\b/i,
  /(?:状态码|HTTP 状态|http_code)[ \t]*[:：=][ \t]*([1-5]\d\d)\b/i,
  /\s->\s([1-5]\d\d)\b/, // an alert's `GET https://… -> 403`
  // The most general last: `expected status code 200 but got 504` is read by `got` above.
  /\bresponse code:? ([1-5]\d\d)\b/i, // got's `HTTPError: Response code 404 (Not Found)`
  /\bstatus code\b[^\n\d]{0,30}?\b([1-5]\d\d)\b/i, // dio's `has a status code of 429`, Alamofire's `status code was unacceptable: 401`
  /\bstatus[ \t]+([1-5]\d\d)\b(?![ \t]*(?:ms|bytes|%))/i, // clj-http's `status 500`
];

/**
 * A client that got nothing back: curl's exit codes, Python's requests/urllib3, Go's net package,
 * Node's system errors, Java's and .NET's socket exceptions. The order puts the most specific first.
 */
const NO_RESPONSE: [NoResponseKind, RegExp][] = [
  [
    'dns',
    /curl: \(6\)[^\n]{0,200}|Could not resolve host:?[^\n]{0,100}|\bgetaddrinfo (?:ENOTFOUND|EAI_AGAIN)[^\n]{0,100}|\bno such host\b|NameResolutionError[^\n]{0,200}|Name or service not known|nodename nor servname provided|UnknownHostException[^\n]{0,100}|Temporary failure in name resolution/,
  ],
  [
    'refused',
    /curl: \(7\)[^\n]{0,200}|\bECONNREFUSED\b[^\n]{0,100}|connect: connection refused|\[Errno 111\] Connection refused|ConnectException: Connection refused[^\n]{0,100}|No connection could be made because the target machine actively refused it|Failed to establish a new connection[^\n]{0,200}/,
  ],
  [
    'timeout',
    /curl: \(28\)[^\n]{0,200}|\bReadTimeout(?:Error)?\b[^\n]{0,200}|\bConnectTimeout(?:Error)?\b[^\n]{0,200}|\bi\/o timeout\b|context deadline exceeded[^\n]{0,100}|Client\.Timeout exceeded[^\n]{0,100}|\bETIMEDOUT\b|\bESOCKETTIMEDOUT\b|timeout of \d+ms exceeded|SocketTimeoutException[^\n]{0,100}|Read timed out|Connection timed out|TaskCanceledException[^\n]{0,120}|The operation has timed out|\bTimeoutError\b[^\n]{0,100}/,
  ],
  [
    'tls',
    /curl: \(35\)[^\n]{0,200}|curl: \(60\)[^\n]{0,200}|SSLError[^\n]{0,200}|x509: [^\n]{0,200}|CERTIFICATE_VERIFY_FAILED|SSLHandshakeException[^\n]{0,100}|\bEPROTO\b/,
  ],
  [
    'reset',
    /curl: \(52\)[^\n]{0,100}|curl: \(56\)[^\n]{0,100}|\bECONNRESET\b|Connection reset by peer|RemoteDisconnected[^\n]{0,100}|socket hang up|Empty reply from server|connection aborted/i,
  ], // Any client, in its own words: what a network failure is called in every language's errors (the names of
  // errno values, "error sending request", "failed to connect", a timeout), once the text is shown to be an
  // error of the client's (an exception's name, `error:`, `errno`, "failed"). Only where no status and no
  // response show, so a body that mentions a timeout is not taken for one.
  [
    'timeout',
    /(?:\b(?:request|connect(?:ion)?|read|write|socket|operation|call|deadline)[ _-]?(?:timed?[ _-]?out|timeout)\b|\btimed out\b|\bTimeout(?:Exception|Error|Cancellation\w*)\b|\bdeadline exceeded\b|连接超时|请求超时|读取超时|响应超时)[^\n]{0,120}/i,
  ],
  [
    'refused',
    /(?:\bconnection refused\b|\bactively refused\b|\b(?:failed|unable|could ?n[o']t|cannot|can't) to connect\b|\bfailed to connect\b|\berror sending request\b|\bconnect(?:ion)? (?:error|failed)\b|\bEHOSTUNREACH\b|\bENETUNREACH\b|\bno route to host\b|\bnetwork is unreachable\b|连接被拒绝|拒绝连接|无法连接|连接失败)[^\n]{0,120}/i,
  ],
  [
    'reset',
    /(?:\bconnection (?:reset|closed|was closed|aborted|terminated)\b|\bServerDisconnected\w*|\bserver disconnected\b|\bunexpected (?:end of (?:file|stream)|EOF)\b|\bEOF occurred\b|\bbroken pipe\b|\bEPIPE\b|\bpremature(?:ly)? (?:close|end)\w*|连接(?:被)?重置|连接(?:被)?关闭|连接中断)[^\n]{0,120}/i,
  ],
];

/** What makes text an error of the client's own: an exception's name, `error:`, an errno, "failed". */
const CLIENT_ERROR =
  /\b\w*(?:Exception|Error)\b|\berror\b|\berrno\b|\bos error \d+|\bfailed\b|\bcaused by\b|失败|异常|错误/i;
/** How many of NO_RESPONSE's patterns name a product's own words; the rest need CLIENT_ERROR around them. */
const SPECIFIC = 5;

/** Where the request shows: curl's `>` lines, a client's "for url", an SDK's curl command, Go's `Get "…"`. */
const REQUEST_LINE = /^> ([A-Z]{3,7}) (\S+) HTTP\/[\d.]+$/m;
const CURL_HOST = /^> Host: (\S+)$/im;
const FOR_URL = /\b(?:for url|url|request_url|URL)[ \t]*[:=][ \t]*['"]?(https?:\/\/[^\s'"]+)/;
const GO_URL = /\b(Get|Post|Put|Delete|Patch|Head) "(https?:\/\/[^"\s]+)"/;
const METHOD_URL = /\b(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)[ \t]+['"]?(https?:\/\/[^\s'"]+)/;
const PS_URI = /\b(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b[^\n]*?-Uri[ \t]+['"]?(https?:\/\/[^\s'"]+)/i;
const CURL_CMD = /\bcurl\b[^\n]*?(?:-X[ \t]*['"]?([A-Z]+)['"]?[^\n]*?)?['"]?(https?:\/\/[^\s'"]+)/;

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** A request as HTTPie (`http -v`), a raw capture or Postman print it: `GET /path HTTP/1.1` and a Host line. */
const RAW_REQUEST_LINE = /^([A-Z]{3,7}) (\/\S*) HTTP\/[\d.]+$/m;
const RAW_HOST = /^Host: (\S+)$/im;

export function requestOf(text: string): Request | null {
  const found = requestIn(text);
  return found?.url ? { ...found, url: trimUrl(found.url) } : found;
}

/**
 * A URL as a sentence or a wrapper ends it: without trailing punctuation or a closing bracket it did not open
 * (`Response{…, url=https://…/x/}` ends in `/`, `…/users/{id}` keeps its braces).
 */
export function trimUrl(url: string): string {
  let u = url.replace(/[.,;:!?'"]+$/, '');
  for (const [open, close] of ['()', '[]', '{}']) {
    const count = (c: string) => u.split(c).length - 1;
    while (u.endsWith(close!) && count(close!) > count(open!)) u = u.slice(0, -1);
  }
  return u;
}

function requestIn(text: string): Request | null {
  const raw = RAW_REQUEST_LINE.exec(text);
  if (raw) {
    const host = RAW_HOST.exec(text)?.[1] ?? null;
    return { method: raw[1]!, url: host ? `${host}${raw[2]}` : raw[2]!, host };
  }
  const line = REQUEST_LINE.exec(text);
  if (line) {
    const host = CURL_HOST.exec(text)?.[1] ?? null;
    const url = /^https?:/.test(line[2]!) ? line[2]! : host ? `${host}${line[2]}` : line[2]!;
    return { method: line[1]!, url, host: host ?? hostOf(url) };
  }
  const go = GO_URL.exec(text);
  if (go) return { method: go[1]!.toUpperCase(), url: go[2]!, host: hostOf(go[2]!) };
  const mu = METHOD_URL.exec(text);
  if (mu) return { method: mu[1]!, url: mu[2]!, host: hostOf(mu[2]!) };
  const ps = PS_URI.exec(text);
  if (ps) return { method: null, url: ps[1]!, host: hostOf(ps[1]!) };
  const curl = CURL_CMD.exec(text);
  if (curl) return { method: curl[1] ?? null, url: curl[2]!, host: hostOf(curl[2]!) };
  const forUrl = FOR_URL.exec(text);
  if (forUrl) return { method: null, url: forUrl[1]!, host: hostOf(forUrl[1]!) };
  return null;
}

function messageOf(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const quoted = m[2]?.replace(/\\(.)/g, '$1');
  return (m[1] ?? quoted ?? m[3]?.replace(/[\s}]+$/, ''))?.trim() || null;
}

export function readClues(text: string): Clues {
  const w = windowOf(text);
  const code = ERROR_CODE.exec(w);
  let status: Clues['status'] = null;
  for (const re of STATUS_TEXT) {
    const m = re.exec(w);
    const s = m ? toStatus(m[1]) : null;
    if (m && s !== null) {
      status = { status: s, found: m[0].trim() };
      break;
    }
  }
  let noResponse: Clues['noResponse'] = null;
  for (const [i, [kind, re]] of NO_RESPONSE.entries()) {
    // A proxy's own body speaks of its upstream (Envoy's "upstream connect error"): a response, not a client's failure.
    if (i === SPECIFIC && (!CLIENT_ERROR.test(w) || /\bupstream\b/i.test(w))) break;
    const m = re.exec(w);
    if (m) {
      // The whole line the client printed, so a person reads its words, not the part a pattern stopped at.
      const start = w.lastIndexOf('\n', m.index) + 1;
      const end = w.indexOf('\n', m.index + m[0].length);
      noResponse = {
        kind,
        found: w
          .slice(start, end === -1 ? undefined : end)
          .trim()
          .slice(0, 300),
      };
      break;
    }
  }
  return {
    errorCode: code
      ? {
          code: Number(code[2]),
          found: code[0]
            .slice(0, code[0].indexOf(code[2]!) + code[2]!.length)
            .replace(/^[^\w'"]/, '')
            .trim(),
        }
      : null,
    errorMessage: messageOf(ERROR_MESSAGE.exec(w)) ?? code?.[3]?.trim() ?? null,
    requestId: REQUEST_ID.exec(w)?.[1] ?? null,
    status,
    request: requestOf(w),
    noResponse,
  };
}

/** Which way no response came, from the client's own words (the `no-response-came` evidence's text). */
export function noResponseKind(found: string): NoResponseKind | null {
  return NO_RESPONSE.find(([, re]) => re.test(found))?.[0] ?? null;
}

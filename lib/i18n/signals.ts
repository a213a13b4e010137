import type { Lang } from './lang';

/**
 * The name of every evidence signal in both languages: what the classify page shows for a piece of
 * evidence (the engine's own `detail` is English, for the command line). Keyed by the engine's ids without
 * importing the engine: lib/classify-page/evidence.ts, above both, holds them to the engine's SignalId, so a
 * new signal without its words does not build.
 */
export const SIGNAL_LABELS = {
  'input-form': { zh: '粘贴内容的形式', en: 'What kind of paste this is' },
  'no-response': { zh: '没有可判断的内容', en: 'Nothing readable to judge' },
  'har-entry': { zh: '读取的 HAR 条目', en: 'The HAR entry that was read' },
  'redirect-chain': { zh: '最后一个响应之前的重定向', en: 'Redirects before the last response' },
  status: { zh: 'HTTP 状态码', en: 'The HTTP status' },
  'content-type': { zh: 'Content-Type 响应头', en: 'The Content-Type header' },
  'request-id-header': {
    zh: 'X-Bkapi-Request-ID：请求经过了网关',
    en: 'X-Bkapi-Request-ID: the call passed the gateway',
  },
  'rate-limit-headers': {
    zh: 'X-Bkapi-RateLimit-* 响应头：请求经过了网关',
    en: 'X-Bkapi-RateLimit-* headers: the call passed the gateway',
  },
  'upstream-status-header': {
    zh: 'X-APISIX-Upstream-Status：后端返回的状态码',
    en: 'X-APISIX-Upstream-Status: the status the backend answered with',
  },
  'gateway-server-header': {
    zh: '网关自身的 Server 响应头，不代表后端',
    en: "The gateway's own Server header, not the backend's",
  },
  'www-authenticate': { zh: 'WWW-Authenticate 响应头', en: 'WWW-Authenticate header' },
  'error-code-header': {
    zh: 'X-Bkapi-Error-Code：错误由网关产生',
    en: 'X-Bkapi-Error-Code: the gateway wrote this error',
  },
  'error-message-header': {
    zh: 'X-Bkapi-Error-Message：错误由网关产生',
    en: 'X-Bkapi-Error-Message: the gateway wrote this error',
  },
  'gateway-body': { zh: '响应体符合网关错误协议', en: "The body follows the gateway's error protocol" },
  'gateway-body-legacy': {
    zh: '旧版网关协议（没有 code_name），错误码属于网关',
    en: "The old gateway's protocol, without code_name, with a gateway code",
  },
  'dns-failure-exception': {
    zh: 'DNS 解析失败的 502：网关响应体但没有错误响应头',
    en: 'The DNS-failure 502: gateway body without the error header',
  },
  'status-rewrite-200': {
    zh: '网关错误响应体以 HTTP 200 返回（旧版状态码改写）',
    en: 'A gateway error body sent with HTTP 200 (legacy status rewrite)',
  },
  'gateway-mock': { zh: 'x-mock-by：该响应由网关 mock 返回', en: 'x-mock-by: the gateway mocked this response' },
  'code-status-mismatch': {
    zh: '错误码中的状态码与 HTTP 状态码不一致',
    en: "The code's status digits differ from the HTTP status",
  },
  'esb-body': { zh: '响应体符合旧版 ESB 协议（1306xxx）', en: "The body follows the legacy ESB's protocol (1306xxx)" },
  'no-error-header': {
    zh: '有响应头，但没有 X-Bkapi-Error-Code',
    en: 'Headers are shown but X-Bkapi-Error-Code is not among them',
  },
  'passed-through': {
    zh: '网关响应头加上非网关格式的响应体：后端响应被原样返回',
    en: "Gateway headers on a body that is not the gateway's: the backend's response passed through",
  },
  'gateway-code-incomplete': {
    zh: '有 16 开头的错误码，但缺少网关协议的字段',
    en: "A 16xxxxx code without the gateway protocol's fields",
  },
  'backend-json': { zh: '非网关协议的 JSON 响应体', en: "A JSON body that is not the gateway's protocol" },
  'backend-code': { zh: '不是网关的错误码', en: "An error code that is not the gateway's" },
  'login-legacy-body': {
    zh: '登录服务自身的错误响应体（bk_error_code）',
    en: "The login service's own error body (bk_error_code)",
  },
  'html-page': { zh: 'HTML 页面：网关不会返回 HTML', en: 'An HTML page: the gateway never answers with HTML' },
  'error-page-markup': { zh: '代理服务器的默认错误页', en: "A proxy's default error page" },
  'text-body': { zh: '纯文本响应体：不是网关协议', en: "A plain-text body: not the gateway's protocol" },
  'empty-body': { zh: '响应没有响应体', en: 'The response has no body' },
  'product-access-layer': {
    zh: '后端前面的代理、负载均衡或 CDN',
    en: 'A proxy, load balancer or CDN in front of the backend',
  },
  'product-service': { zh: '后端服务所用的框架', en: "The backend service's framework" },
  'status-415': { zh: 'HTTP 415：网关不会返回该状态码', en: 'HTTP 415: the gateway never returns it' },
  'status-redirect': { zh: '重定向：网关不会返回重定向', en: 'A redirect: the gateway does not redirect' },
  'ip-allowlist': {
    zh: '后端或其接入层按 IP 拒绝了请求',
    en: 'The backend or its access layer rejects the caller by IP',
  },
  'status-not-from-gateway': { zh: '没有网关错误使用该状态码', en: 'No gateway error has this status' },
  'status-candidates': { zh: '只有状态码：可能对应的条目', en: 'Only a status: the entries it could be' },
  'catalog-match': { zh: '对应的错误说明条目', en: 'The catalog entry that explains it' },
  'catalog-reason': { zh: '条目中对应该原因的小节', en: 'The section of the entry for this reason' },
  'response-located': {
    zh: '粘贴内容中哪一部分被当作响应读取，其余部分为何未读取',
    en: 'Which part of the paste was read as the response, and why the others were not',
  },
  'no-response-came': {
    zh: '没有收到响应：客户端报告了网络错误或自身超时',
    en: 'No response came back: the client reports a network failure or its own timeout',
  },
  'not-a-response': {
    zh: '这不像是一个响应：没有状态码、响应头，也没有网关、ESB 或已知产品的错误体',
    en: 'This does not look like a response: no status, no headers, no error body of the gateway, the ESB or a known product',
  },
  'several-errors': {
    zh: '几个不同错误码的错误体并列，没有一个带着自己的状态码或响应头',
    en: 'Error bodies of different codes side by side, none with its own status or headers',
  },
  'error-code-text': {
    zh: 'SDK 或日志打印出的 X-Bkapi-Error-Code：错误由网关产生',
    en: 'X-Bkapi-Error-Code as an SDK or a log printed it: the gateway wrote this error',
  },
  'request-id-text': {
    zh: '响应旁边文字中给出的网关请求 ID',
    en: "The gateway's request id, as the text around the response gives it",
  },
  'flow-log-gateway': {
    zh: '网关流水日志：响应内容由网关提供',
    en: "The gateway's flow log: the response was written by the gateway",
  },
  'flow-log-backend': {
    zh: '网关流水日志：后端的响应被原样返回',
    en: "The gateway's flow log: the backend's response was returned as it was",
  },
  'flow-log-error': { zh: '流水日志中的 Error 字段', en: "The flow log's error field" },
  'gateway-body-partial': {
    zh: '网关错误响应体的一部分，错误码属于网关',
    en: "Part of the gateway's error body, with a code the gateway defines",
  },
  'fragment-code': { zh: '单独粘贴的网关错误码', en: "A code of the gateway's catalog, pasted alone" },
  'fragment-code-name': { zh: '单独粘贴的网关 code_name', en: "A code_name of the gateway's catalog, pasted alone" },
  'fragment-message': { zh: '网关错误信息中的文字', en: "Words of a gateway error's message" },
  'relayed-gateway-error': {
    zh: '后端转发的网关错误响应体：没有错误响应头，且错误码中的状态码与实际不符',
    en: "A gateway error body relayed by the backend: no error header, and the code's status differs",
  },
  'gateway-nginx-page': {
    zh: '网关自身的 nginx 也会返回的 OpenResty/nginx 页面',
    en: "An OpenResty/nginx page that the gateway's own nginx also writes",
  },
  'release-note': { zh: '网关不同版本在此处的差异', en: "What the gateway's releases do differently here" },
  'internal-error': { zh: '分类器未能读取部分内容', en: 'The classifier could not read part of the paste' },
} satisfies Record<string, Record<Lang, string>>;

/**
 * Why each signal matters, in Chinese: the line the English page takes from the engine's own `detail` (which
 * holds the paste's values, in English). lib/classify-page/evidence.ts holds it to the engine's ids.
 */
export const SIGNAL_MEANINGS_ZH = {
  'input-form': '页面先认出粘贴的是什么（响应、日志、HAR、客户端报错等），再按相应的方式读取。',
  'no-response': '粘贴内容里没有能读出状态码、响应头或响应体的部分。',
  'har-entry': 'HAR 中有多个请求时，判断的是这一个；可以在列表里换一个。',
  'redirect-chain': '最后的响应之前还有重定向；判断针对最后一个响应。',
  status: '状态码本身说明不了是谁返回的，要和其他依据一起看。',
  'content-type': '响应体的类型：网关的错误总是 JSON。',
  'request-id-header': '只有经过网关的请求才带这个响应头；它本身不说明错误是谁产生的。',
  'rate-limit-headers': '网关的限流插件写入这些响应头：请求经过了网关。',
  'upstream-status-header': '网关记下的后端状态码：后端确实返回过响应。',
  'gateway-server-header': 'Server 头是网关自己的，不能据此判断后端用的是什么。',
  'www-authenticate': '要求认证的响应头，网关和后端都可能发送。',
  'error-code-header': '只有网关自己产生错误时才会设置这个响应头，后端的响应不会带它。',
  'error-message-header': '只有网关自己产生错误时才会设置这个响应头。',
  'gateway-body': '响应体有网关错误协议的全部字段（code、code_name、message、result、data）。',
  'gateway-body-legacy': '较早的网关版本不返回 code_name，但错误码仍是网关的。',
  'dns-failure-exception': '后端域名解析失败时，网关返回自己的错误体，却不带错误响应头。',
  'status-rewrite-200': '旧版网关会把错误以 HTTP 200 返回，错误码仍说明了真实原因。',
  'gateway-mock': '这个响应是网关按配置 mock 出来的，没有到达后端。',
  'code-status-mismatch': '网关错误码的第 2 到 4 位是它的 HTTP 状态码；不一致时，这个错误体多半是被转发来的。',
  'esb-body': '旧版 ESB 的错误码是 1306xxx，响应体格式也与网关不同。',
  'no-error-header': '网关自己产生的错误一定带 X-Bkapi-Error-Code；有响应头而没有它，说明响应来自后端。',
  'passed-through': '经过网关的请求都带网关响应头；响应体却不是网关的格式，说明是后端的响应。',
  'gateway-code-incomplete': '错误码看起来像网关的，但缺少网关协议的其他字段，可能是后端自己的错误码。',
  'backend-json': '网关的错误体有固定字段；这个 JSON 不符合，来自后端。',
  'backend-code': '网关的错误码是 16 开头的 7 位数；这个错误码不是。',
  'login-legacy-body': '这是蓝鲸登录服务自己的错误格式，不是网关的。',
  'html-page': '网关的错误总是 JSON，HTML 页面来自后端或它前面的代理。',
  'error-page-markup': '这是 nginx、负载均衡或 CDN 的默认错误页，来自后端前面的代理。',
  'text-body': '网关的错误总是 JSON，纯文本来自后端。',
  'empty-body': '网关的错误总有响应体；空响应体多半来自后端。',
  'product-access-layer': '页面或响应头认出了后端前面的代理产品。',
  'product-service': '响应体或响应头认出了后端服务所用的框架。',
  'status-415': '网关从不返回 415，这是后端的判断。',
  'status-redirect': '网关不做重定向，重定向来自后端。',
  'ip-allowlist': '拒绝的文字是后端或其代理的，不是网关的 IP 白名单错误。',
  'status-not-from-gateway': '网关的错误里没有这个状态码，所以它来自后端。',
  'status-candidates': '只有状态码时，只能列出可能的条目；贴出完整的响应才能确定。',
  'catalog-match': '根据错误码、code_name 和 message 找到的说明条目。',
  'catalog-reason': 'message 里的原因对应条目中的这一小节。',
  'response-located': '粘贴内容中被当作响应读取的部分，以及其余部分没有读取的原因。',
  'no-response-came': '客户端自己报告了网络错误或超时：调用没有拿到任何响应。',
  'not-a-response': '内容里没有状态码、响应头，也没有网关、ESB 或已知产品的错误体。',
  'several-errors':
    '这像是一份文档、测试或多次调用的日志：看不出你收到的是哪一个。请贴出那一个响应本身，带上状态码和响应头（curl -i 可以显示）。',
  'error-code-text': 'SDK 或日志打印出了网关的错误码响应头：错误由网关产生。',
  'request-id-text': '网关的请求 ID，可以在网关的流水日志里查到这次请求。',
  'flow-log-gateway': '网关流水日志记录了这个错误由网关产生。',
  'flow-log-backend': '网关流水日志记录了后端的响应被原样返回。',
  'flow-log-error': '流水日志的 error 字段说明了网关在哪一步出错。',
  'gateway-body-partial': '只贴了网关错误体的一部分，但其中的错误码属于网关。',
  'fragment-code': '只有一个错误码：它属于网关，但没有响应头，无法完全确定。',
  'fragment-code-name': '只有一个 code_name：它属于网关，但没有响应头，无法完全确定。',
  'fragment-message': '只有网关错误信息中的文字，没有响应头，无法完全确定。',
  'relayed-gateway-error':
    '错误体是网关的，但没有网关的错误响应头、状态码也对不上：是后端把另一个网关的错误转发了回来。',
  'gateway-nginx-page': '网关自身的 nginx 也会返回这种页面，只看页面无法区分。',
  'release-note': '网关不同版本在这里的行为不同。',
  'internal-error': '分类器读取部分内容时出错；判断只依据其余部分。',
} satisfies Record<string, string>;

/** The paste's form, as the `input-form` evidence names it, in words (the id is the engine's). */
export const FORM_LABELS: Record<string, Record<Lang, string>> = {
  empty: { zh: '空白内容', en: 'an empty paste' },
  binary: { zh: '二进制数据', en: 'binary data' },
  'json-body': { zh: 'JSON 响应体', en: 'a JSON body' },
  'json-in-text': { zh: '夹在其他文字中的 JSON', en: 'JSON inside other text' },
  'escaped-json': { zh: '转义在字符串里的 JSON 响应体', en: 'a JSON body escaped inside a string' },
  'log-line': { zh: '包含响应的日志行', en: 'a log line holding the response' },
  'html-body': { zh: 'HTML 响应体', en: 'an HTML body' },
  'text-body': { zh: '纯文本响应体', en: 'a plain-text body' },
  'raw-http': { zh: '原始 HTTP 响应', en: 'a raw HTTP response' },
  'curl-verbose': { zh: 'curl -v 的输出', en: 'curl -v output' },
  headers: { zh: '只有响应头', en: 'headers alone' },
  'status-line': { zh: '只有状态行', en: 'a status line alone' },
  'client-error': { zh: 'HTTP 客户端的报错（只给出状态码）', en: "an HTTP client's error message" },
  har: { zh: 'HAR 文件', en: 'a HAR file' },
  'flow-log': { zh: '网关的流水日志记录', en: "the gateway's flow-log record" },
  'no-response': { zh: '没有收到响应的报告', en: 'a report that no response came back' },
  telemetry: { zh: '链路追踪或日志记录的属性', en: "a trace span's or log record's attributes" },
};

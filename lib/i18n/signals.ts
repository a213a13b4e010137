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

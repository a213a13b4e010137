/** Whom a signal points at when it is present. */
export type Weighs = 'gateway' | 'esb' | 'backend' | 'neutral';

/** One evidence id, described in both languages for the page (which translates evidence by id). */
export type SignalInfo = { weighs: Weighs; en: string; zh: string };

/** Every evidence `signal` the classifier emits. The ids are stable: the page and saved results key on them. */
export const SIGNALS = {
  'input-form': { weighs: 'neutral', en: 'What kind of paste this is', zh: '粘贴内容的形式' },
  'no-response': { weighs: 'neutral', en: 'Nothing readable to judge', zh: '没有可判断的内容' },
  'har-entry': { weighs: 'neutral', en: 'The HAR entry that was read', zh: '读取的 HAR 条目' },
  'redirect-chain': { weighs: 'neutral', en: 'Redirects before the last response', zh: '最后一个响应之前的重定向' },
  status: { weighs: 'neutral', en: 'The HTTP status', zh: 'HTTP 状态码' },
  'content-type': { weighs: 'neutral', en: 'The Content-Type header', zh: 'Content-Type 响应头' },
  'request-id-header': {
    weighs: 'neutral',
    en: 'X-Bkapi-Request-ID: the call passed the gateway',
    zh: 'X-Bkapi-Request-ID：请求经过了网关',
  },
  'rate-limit-headers': {
    weighs: 'neutral',
    en: 'X-Bkapi-RateLimit-* headers: the call passed the gateway',
    zh: 'X-Bkapi-RateLimit-* 响应头：请求经过了网关',
  },
  'upstream-status-header': {
    weighs: 'neutral',
    en: 'X-APISIX-Upstream-Status: the status the backend answered with',
    zh: 'X-APISIX-Upstream-Status：后端返回的状态码',
  },
  'gateway-server-header': {
    weighs: 'neutral',
    en: "The gateway's own Server header, not the backend's",
    zh: '网关自身的 Server 响应头，不代表后端',
  },
  'www-authenticate': { weighs: 'neutral', en: 'WWW-Authenticate header', zh: 'WWW-Authenticate 响应头' },
  'error-code-header': {
    weighs: 'gateway',
    en: 'X-Bkapi-Error-Code: the gateway wrote this error',
    zh: 'X-Bkapi-Error-Code：错误由网关产生',
  },
  'error-message-header': {
    weighs: 'gateway',
    en: 'X-Bkapi-Error-Message: the gateway wrote this error',
    zh: 'X-Bkapi-Error-Message：错误由网关产生',
  },
  'gateway-body': {
    weighs: 'gateway',
    en: "The body follows the gateway's error protocol",
    zh: '响应体符合网关错误协议',
  },
  'gateway-body-legacy': {
    weighs: 'gateway',
    en: "The old gateway's protocol, without code_name, with a gateway code",
    zh: '旧版网关协议（没有 code_name），错误码属于网关',
  },
  'dns-failure-exception': {
    weighs: 'gateway',
    en: 'The DNS-failure 502: gateway body without the error header',
    zh: 'DNS 解析失败的 502：网关响应体但没有错误响应头',
  },
  'status-rewrite-200': {
    weighs: 'gateway',
    en: 'A gateway error body sent with HTTP 200 (legacy status rewrite)',
    zh: '网关错误响应体以 HTTP 200 返回（旧版状态码改写）',
  },
  'gateway-mock': {
    weighs: 'gateway',
    en: 'x-mock-by: the gateway mocked this response',
    zh: 'x-mock-by：该响应由网关 mock 返回',
  },
  'code-status-mismatch': {
    weighs: 'neutral',
    en: "The code's status digits differ from the HTTP status",
    zh: '错误码中的状态码与 HTTP 状态码不一致',
  },
  'esb-body': {
    weighs: 'esb',
    en: "The body follows the legacy ESB's protocol (1306xxx)",
    zh: '响应体符合旧版 ESB 协议（1306xxx）',
  },
  'no-error-header': {
    weighs: 'backend',
    en: 'Headers are shown but X-Bkapi-Error-Code is not among them',
    zh: '有响应头，但没有 X-Bkapi-Error-Code',
  },
  'passed-through': {
    weighs: 'backend',
    en: "Gateway headers on a body that is not the gateway's: the backend's response passed through",
    zh: '网关响应头加上非网关格式的响应体：后端响应被原样返回',
  },
  'gateway-code-incomplete': {
    weighs: 'backend',
    en: "A 16xxxxx code without the gateway protocol's fields",
    zh: '有 16 开头的错误码，但缺少网关协议的字段',
  },
  'backend-json': {
    weighs: 'backend',
    en: "A JSON body that is not the gateway's protocol",
    zh: '非网关协议的 JSON 响应体',
  },
  'backend-code': { weighs: 'backend', en: "An error code that is not the gateway's", zh: '不是网关的错误码' },
  'login-legacy-body': {
    weighs: 'backend',
    en: "The login service's own error body (bk_error_code)",
    zh: '登录服务自身的错误响应体（bk_error_code）',
  },
  'html-page': {
    weighs: 'backend',
    en: 'An HTML page: the gateway never answers with HTML',
    zh: 'HTML 页面：网关不会返回 HTML',
  },
  'error-page-markup': { weighs: 'backend', en: "A proxy's default error page", zh: '代理服务器的默认错误页' },
  'text-body': {
    weighs: 'backend',
    en: "A plain-text body: not the gateway's protocol",
    zh: '纯文本响应体：不是网关协议',
  },
  'empty-body': { weighs: 'neutral', en: 'The response has no body', zh: '响应没有响应体' },
  'product-access-layer': {
    weighs: 'backend',
    en: 'A proxy, load balancer or CDN in front of the backend',
    zh: '后端前面的代理、负载均衡或 CDN',
  },
  'product-service': { weighs: 'backend', en: "The backend service's framework", zh: '后端服务所用的框架' },
  'status-415': {
    weighs: 'backend',
    en: 'HTTP 415: the gateway never returns it',
    zh: 'HTTP 415：网关不会返回该状态码',
  },
  'status-redirect': {
    weighs: 'backend',
    en: 'A redirect: the gateway does not redirect',
    zh: '重定向：网关不会返回重定向',
  },
  'ip-allowlist': {
    weighs: 'backend',
    en: 'The backend or its access layer rejects the caller by IP',
    zh: '后端或其接入层按 IP 拒绝了请求',
  },
  'status-not-from-gateway': {
    weighs: 'backend',
    en: 'No gateway error has this status',
    zh: '没有网关错误使用该状态码',
  },
  'status-candidates': {
    weighs: 'neutral',
    en: 'Only a status: the entries it could be',
    zh: '只有状态码：可能对应的条目',
  },
  'catalog-match': { weighs: 'neutral', en: 'The catalog entry that explains it', zh: '对应的错误说明条目' },
  'catalog-reason': { weighs: 'neutral', en: 'The section of the entry for this reason', zh: '条目中对应该原因的小节' },
  'response-located': {
    weighs: 'neutral',
    en: 'Which part of the paste was read as the response, and why the others were not',
    zh: '粘贴内容中哪一部分被当作响应读取，其余部分为何未读取',
  },
  'no-response-came': {
    weighs: 'neutral',
    en: 'No response came back: the client reports a network failure or its own timeout',
    zh: '没有收到响应：客户端报告了网络错误或自身超时',
  },
  'error-code-text': {
    weighs: 'gateway',
    en: 'X-Bkapi-Error-Code as an SDK or a log printed it: the gateway wrote this error',
    zh: 'SDK 或日志打印出的 X-Bkapi-Error-Code：错误由网关产生',
  },
  'request-id-text': {
    weighs: 'neutral',
    en: "The gateway's request id, as the text around the response gives it",
    zh: '响应旁边文字中给出的网关请求 ID',
  },
  'flow-log-gateway': {
    weighs: 'gateway',
    en: "The gateway's flow log: the response was written by the gateway",
    zh: '网关流水日志：响应内容由网关提供',
  },
  'flow-log-backend': {
    weighs: 'backend',
    en: "The gateway's flow log: the backend's response was returned as it was",
    zh: '网关流水日志：后端的响应被原样返回',
  },
  'flow-log-error': { weighs: 'neutral', en: "The flow log's error field", zh: '流水日志中的 Error 字段' },
  'gateway-body-partial': {
    weighs: 'gateway',
    en: "Part of the gateway's error body, with a code the gateway defines",
    zh: '网关错误响应体的一部分，错误码属于网关',
  },
  'fragment-code': {
    weighs: 'gateway',
    en: "A code of the gateway's catalog, pasted alone",
    zh: '单独粘贴的网关错误码',
  },
  'fragment-code-name': {
    weighs: 'gateway',
    en: "A code_name of the gateway's catalog, pasted alone",
    zh: '单独粘贴的网关 code_name',
  },
  'fragment-message': { weighs: 'gateway', en: "Words of a gateway error's message", zh: '网关错误信息中的文字' },
  'relayed-gateway-error': {
    weighs: 'backend',
    en: "A gateway error body relayed by the backend: no error header, and the code's status differs",
    zh: '后端转发的网关错误响应体：没有错误响应头，且错误码中的状态码与实际不符',
  },
  'gateway-nginx-page': {
    weighs: 'neutral',
    en: "An OpenResty/nginx page that the gateway's own nginx also writes",
    zh: '网关自身的 nginx 也会返回的 OpenResty/nginx 页面',
  },
  'release-note': {
    weighs: 'neutral',
    en: "What the gateway's releases do differently here",
    zh: '网关不同版本在此处的差异',
  },
  'internal-error': {
    weighs: 'neutral',
    en: 'The classifier could not read part of the paste',
    zh: '分类器未能读取部分内容',
  },
} as const satisfies Record<string, SignalInfo>;

export type SignalId = keyof typeof SIGNALS;

import type { Lang } from '../i18n/lang';
/**
 * Questions as people ask them when they have no code: symptoms, synonyms, the other language, numbers in a
 * sentence, and (issue 28) every family that failed on strangers' questions: the trade's slang, text quoted
 * from an entry's page, a code inside a sentence, a whole sentence about a symptom, log lines, close entries,
 * nonsense and the site's own pages. Each must put its entry first, or within the top 3 where `top: 3` says
 * several entries fit as well (the three rate limits). `entry` is a slug, `page:` and a page's address
 * without its language (`page:/headers/#error-headers`: any result at or under it), or `none` for nonsense,
 * which must find nothing. Run on both sites: a Chinese question on the English site too. The ranking test
 * and the benchmark's side-by-side with MiniSearch read this table; the blind set (blind-questions.json) is
 * kept out of it and out of every tuning.
 */
export type Kind =
  | 'symptom'
  | 'synonym'
  | 'number'
  | 'message'
  | 'slang'
  | 'page text'
  | 'sentence'
  | 'log line'
  | 'close entries'
  | 'nonsense'
  | 'site page';
/**
 * `site`: text quoted from one language's page is asked on that site only. `miss`: a question the ranker
 * still gets wrong, kept so the benchmark counts it (the unit test leaves it out; fix it and drop the flag).
 */
export type Question = { query: string; entry: string; top?: 3; kind: Kind; site?: Lang; miss?: true };

/** True when `results` (slugs in rank order, a page's as `page:/{lang}/…`) answer the question. */
export function answers(q: Pick<Question, 'entry' | 'top'>, results: readonly string[]): boolean {
  if (q.entry === 'none') return results.length === 0;
  const top = results.slice(0, q.top ?? 1);
  if (!q.entry.startsWith('page:')) return top.includes(q.entry);
  const at = q.entry.slice('page:'.length);
  return top.some(
    (s) =>
      s.startsWith('page:') &&
      s
        .slice('page:'.length)
        .replace(/^\/(zh|en)\//, '/')
        .startsWith(at),
  );
}

export const QUESTIONS: Question[] = [
  // Chinese
  { query: '网关超时', entry: 'backend-timeout', kind: 'symptom' },
  { query: '请求体太大', entry: 'body-size-limit-exceeded', kind: 'synonym' },
  { query: '签名错误', entry: 'invalid-args-other-reasons', kind: 'synonym' },
  { query: '请求太频繁', entry: 'rate-limit-resource-strategy', top: 3, kind: 'symptom' },
  { query: '并发太高', entry: 'concurrency-limit-exceeded', kind: 'synonym' },
  { query: '证书过期', entry: 'esb-1306203-ssl-error', kind: 'symptom' },
  { query: '死循环', entry: 'recursive-request-detected', kind: 'synonym' },
  { query: '后端服务挂了', entry: 'bad-gateway-connection-refused', kind: 'symptom' },
  { query: '接口不存在', entry: 'api-not-found', kind: 'synonym' },
  { query: '找不到接口', entry: 'api-not-found', kind: 'synonym' },
  { query: '没有权限调用接口', entry: 'app-no-permission', kind: 'symptom' },
  { query: '权限过期了怎么办', entry: 'app-no-permission', kind: 'symptom' },
  { query: 'IP 被拒绝', entry: 'ip-not-allowed', kind: 'symptom' },
  { query: '来源 IP 不在白名单', entry: 'ip-not-allowed', kind: 'symptom' },
  { query: '跨租户调用', entry: 'cross-tenant-forbidden', kind: 'synonym' },
  { query: '上传文件太大', entry: 'body-size-limit-exceeded', kind: 'symptom' },
  { query: 'URL 太长', entry: 'uri-size-limit-exceeded', kind: 'synonym' },
  { query: '查询参数太长', entry: 'uri-size-limit-exceeded', kind: 'synonym' },
  { query: '被限流了', entry: 'rate-limit-resource-strategy', top: 3, kind: 'symptom' },
  { query: '后端响应太慢', entry: 'backend-timeout', top: 3, kind: 'symptom' },
  { query: '读取后端响应超时', entry: 'backend-read-timeout', kind: 'symptom' },
  { query: '连接后端超时', entry: 'backend-connect-timeout', kind: 'symptom' },
  { query: '后端连接被拒绝', entry: 'bad-gateway-connection-refused', kind: 'symptom' },
  { query: '后端域名解析不了', entry: 'bad-gateway-dns-failure', kind: 'symptom' },
  { query: '连接被重置', entry: 'bad-gateway-connection-reset', kind: 'symptom' },
  { query: '应用密钥不对', entry: 'app-code-or-secret-incorrect', kind: 'synonym' },
  { query: '没有传用户身份', entry: 'user-identity-missing', kind: 'symptom' },
  { query: 'token 过期了', entry: 'access-token-invalid', top: 3, kind: 'symptom' },
  { query: '应用态 token 不能代表用户', entry: 'access-token-not-user-type', kind: 'symptom' },
  { query: '客户端主动断开', entry: 'client-closed-request', kind: 'symptom' },
  { query: '网关内部错误', entry: 'internal-server-error', kind: 'synonym' },
  { query: '服务熔断', entry: 'service-unavailable', kind: 'synonym' },
  { query: '调用网关返回 403 但后端没有日志', entry: 'app-no-permission', top: 3, kind: 'number' },
  { query: '为什么返回 413', entry: 'body-size-limit-exceeded', kind: 'number' },
  { query: '后端调用另一个网关报 508', entry: 'recursive-request-detected', kind: 'number' },
  { query: '压测的时候报 429', entry: 'concurrency-limit-exceeded', kind: 'number' },
  { query: '网关循环调用自己', entry: 'recursive-request-detected', kind: 'symptom' },
  { query: 'ESB 组件没有权限', entry: 'esb-1306403-app-permission-denied', kind: 'symptom' },
  { query: '必须指定操作人', entry: 'esb-1306401-operator-required', kind: 'message' },
  { query: '应用编码太长', entry: 'app-code-too-long', kind: 'synonym' },
  { query: '缺少签名', entry: 'app-secret-or-signature-required', kind: 'synonym' },
  { query: '后端宕机', entry: 'bad-gateway-connection-refused', kind: 'synonym' },
  // English
  { query: 'gateway timeout', entry: 'backend-timeout', kind: 'synonym' },
  { query: 'request body too big', entry: 'body-size-limit-exceeded', kind: 'synonym' },
  { query: 'file upload too large', entry: 'body-size-limit-exceeded', kind: 'symptom' },
  { query: 'too many requests', entry: 'rate-limit-resource-strategy', top: 3, kind: 'synonym' },
  { query: 'throttled', entry: 'rate-limit-resource-strategy', top: 3, kind: 'synonym' },
  { query: 'rate limited per resource', entry: 'rate-limit-resource-strategy', kind: 'symptom' },
  { query: 'too many concurrent requests', entry: 'concurrency-limit-exceeded', kind: 'synonym' },
  { query: 'certificate expired', entry: 'esb-1306203-ssl-error', kind: 'symptom' },
  { query: 'infinite loop', entry: 'recursive-request-detected', kind: 'synonym' },
  { query: 'backend calls another gateway and gets 508', entry: 'recursive-request-detected', kind: 'number' },
  { query: 'backend is down', entry: 'bad-gateway-connection-refused', kind: 'symptom' },
  { query: 'dns lookup failed', entry: 'bad-gateway-dns-failure', kind: 'symptom' },
  { query: 'backend restarted', entry: 'bad-gateway-connection-reset', top: 3, kind: 'symptom' },
  { query: 'no permission to call the api', entry: 'app-no-permission', kind: 'symptom' },
  { query: 'permission expired', entry: 'app-no-permission', kind: 'symptom' },
  { query: 'ip whitelist', entry: 'ip-not-allowed', kind: 'synonym' },
  { query: 'my ip is blocked', entry: 'ip-not-allowed', kind: 'symptom' },
  { query: 'cross tenant call', entry: 'cross-tenant-forbidden', kind: 'synonym' },
  { query: 'wrong path returns 404', entry: 'api-not-found', kind: 'number' },
  { query: 'url too long', entry: 'uri-size-limit-exceeded', kind: 'synonym' },
  { query: 'wrong app secret', entry: 'app-code-or-secret-incorrect', kind: 'symptom' },
  { query: 'missing app code', entry: 'app-code-cannot-be-empty', kind: 'symptom' },
  { query: 'user not logged in', entry: 'user-identity-missing', kind: 'symptom' },
  { query: 'token expired', entry: 'access-token-invalid', top: 3, kind: 'symptom' },
  { query: 'client closed the connection', entry: 'client-closed-request', kind: 'symptom' },
  { query: 'gateway internal error 500', entry: 'internal-server-error', top: 3, kind: 'number' },
  { query: 'circuit breaker', entry: 'service-unavailable', kind: 'synonym' },
  { query: 'read timeout', entry: 'backend-read-timeout', kind: 'symptom' },
  { query: 'connect timeout', entry: 'backend-connect-timeout', kind: 'symptom' },
  { query: 'slow backend', entry: 'backend-timeout', top: 3, kind: 'symptom' },
  { query: 'signature verification failed', entry: 'invalid-args-other-reasons', kind: 'message' },
  { query: 'nonce missing', entry: 'invalid-args-other-reasons', kind: 'symptom' },
  { query: 'esb operator required', entry: 'esb-1306401-operator-required', kind: 'synonym' },
  { query: 'esb component not found', entry: 'esb-1306404-component-not-found', kind: 'message' },
  { query: 'why does the gateway return 413', entry: 'body-size-limit-exceeded', kind: 'number' },
  { query: 'upstream prematurely closed', entry: 'bad-gateway-connection-reset', kind: 'message' },
  {
    query: 'Bad Gateway [upstream_error="connection refused"]',
    entry: 'bad-gateway-connection-refused',
    kind: 'message',
  },
  { query: 'unknown error [upstream_error="uri-blocker"]', entry: 'unknown-error', kind: 'message' },
  { query: 'app is not allowed to call the gateway', entry: 'app-no-permission', kind: 'symptom' },
  { query: 'tenant not allowed', entry: 'bk-tenant-not-allowed', kind: 'synonym' },
  // Issue 28, family 1: the trade's slang and abbreviations.
  { query: '被限频了', entry: 'rate-limit-resource-strategy', top: 3, kind: 'slang' },
  { query: '接口被流控了怎么办', entry: 'rate-limit-resource-strategy', top: 3, kind: 'slang' },
  { query: '频控触发了', entry: 'rate-limit-resource-strategy', top: 3, kind: 'slang' },
  { query: '鉴权失败', entry: 'invalid-args-other-reasons', top: 3, kind: 'slang' },
  { query: '登录态失效', entry: 'user-identity-missing', top: 3, kind: 'slang' },
  { query: '套娃调用', entry: 'recursive-request-detected', kind: 'slang' },
  { query: '时钟不同步', entry: 'invalid-args-other-reasons', kind: 'slang' },
  { query: '白名单没加', entry: 'ip-not-allowed', kind: 'slang' },
  { query: '包体太大传不上去', entry: 'body-size-limit-exceeded', kind: 'slang' },
  { query: 'throttled by the gateway', entry: 'rate-limit-resource-strategy', top: 3, kind: 'slang' },
  { query: 'authn failed', entry: 'user-identity-missing', top: 3, kind: 'slang' },
  { query: 'clock skew', entry: 'invalid-args-other-reasons', kind: 'slang' },
  { query: 'got ratelimited', entry: 'rate-limit-resource-strategy', top: 3, kind: 'slang' },
  { query: 'payload too large', entry: 'body-size-limit-exceeded', kind: 'slang' },
  { query: 'session expired', entry: 'user-identity-missing', top: 3, kind: 'slang' },
  // Family 2: text that is on an entry's page (a reason's section, a fix, a note).
  { query: '参数 bk_token 非法', entry: 'user-identity-missing', kind: 'page text' },
  { query: 'get_username_by_bk_token failed', entry: 'user-identity-missing', kind: 'page text' },
  { query: '并发检查在频率控制之前进行', entry: 'concurrency-limit-exceeded', kind: 'page text', site: 'zh' },
  { query: 'parse backend host fail, no valid ip found', entry: 'bad-gateway-dns-failure', kind: 'page text' },
  { query: '多租户版登录服务对该 bk_token 返回了 400', entry: 'user-identity-missing', kind: 'page text', site: 'zh' },
  {
    query: 'The concurrency check runs before the rate limits',
    entry: 'concurrency-limit-exceeded',
    kind: 'page text',
    site: 'en',
  },
  {
    query: 'header X-Bk-Tenant-Id is required and should not be empty',
    entry: 'cross-tenant-forbidden',
    kind: 'page text',
  },
  { query: 'no Authorization header starting with Bearer', entry: 'unauthorized', kind: 'page text', site: 'en' },
  // A sentence copied from an entry's page, anywhere in a section (from the entry's own en.mdx / zh.mdx).
  ...(
    [
      [
        "The tenant check asked bkauth for the calling app's tenant and bkauth knows no such app",
        'internal-server-error',
      ],
      ['A bk_app_secret issued by BlueKing is never longer than 128 characters', 'app-secret-too-long'],
      ['Some components reach their target system over HTTPS with client certificates', 'esb-1306203-ssl-error'],
      [
        'The ESB first looks up the component channel for the request path, then the component class the channel names',
        'esb-1306404-component-not-found',
      ],
      [
        "The request proves the app's identity with a bk_signature instead of a bk_app_secret",
        'invalid-args-other-reasons',
      ],
      ['Checks that the access_token in the header is exactly the one that was obtained', 'access-token-invalid'],
      // Past what the index keeps of a section: its words are found elsewhere on the entry, a quarter of them is enough.
      ["This component's channel is off, so the ESB refuses the call right away", 'esb-1306405-inactive-channel'],
      [
        'obtain the certificates again as the deployment documentation describes, place them in that directory, and retry',
        'esb-1306203-ssl-error',
      ],
    ] as const
  ).map(([query, entry]): Question => ({ query, entry, kind: 'page text', site: 'en' })),
  ...(
    [
      ['缺少权限的是用户，不是应用', 'esb-1306402-user-permission-denied'],
      ['网关与后端的连接已经建立，请求也已发出，但后端在超时时间内没有返回响应', 'backend-read-timeout'],
      ['调用方发出请求后，没有等到网关返回，就把连接关掉了', 'client-closed-request'],
    ] as const
  ).map(([query, entry]): Question => ({ query, entry, kind: 'page text', site: 'zh' })),
  {
    query: '常见的背景是目标系统升级后接口协议变了，而组件没有跟着更新',
    entry: 'esb-1306208-third-party-result-error',
    top: 3,
    kind: 'page text',
    site: 'zh',
  },
  // Family 3: a code, a status or a code_name inside a sentence.
  { query: 'esb 调用报错 code 1306406 是什么原因', entry: 'esb-1306406-parameters-error', kind: 'number' },
  { query: '调组件返回 1306403 要去哪里申请', entry: 'esb-1306403-app-permission-denied', kind: 'number' },
  { query: '网关返回 APP_NO_PERMISSION 是什么意思', entry: 'app-no-permission', kind: 'number' },
  {
    query: 'why do I get CONCURRENCY_LIMIT_RESTRICTION under load',
    entry: 'concurrency-limit-exceeded',
    kind: 'number',
  },
  { query: 'the esb answers code 1306406 for my request', entry: 'esb-1306406-parameters-error', kind: 'number' },
  { query: '上传文件报 413 了', entry: 'body-size-limit-exceeded', kind: 'number' },
  // Family 4: a whole sentence about a symptom.
  { query: 'approved but still denied', entry: 'app-no-permission', kind: 'sentence' },
  { query: '权限申请已经审批通过了还是报没权限', entry: 'app-no-permission', kind: 'sentence' },
  { query: '10% of requests 502', entry: 'bad-gateway-connection-reset', top: 3, kind: 'sentence' },
  { query: '偶尔有一部分请求 502，大部分正常', entry: 'bad-gateway-connection-reset', top: 3, kind: 'sentence' },
  { query: 'the egress IP changes every deploy', entry: 'ip-not-allowed', kind: 'sentence' },
  { query: '每次部署后出口 IP 都变了，请求被拒绝', entry: 'ip-not-allowed', kind: 'sentence' },
  { query: 'test env fine, prod 没权限', entry: 'app-no-permission', kind: 'sentence' },
  { query: '测试环境正常，生产环境报没有权限', entry: 'app-no-permission', kind: 'sentence' },
  { query: 'small files upload fine but big ones fail', entry: 'body-size-limit-exceeded', kind: 'sentence' },
  { query: '后端处理太慢，网关等不及先返回了', entry: 'backend-timeout', top: 3, kind: 'sentence', miss: true },
  { query: '服务自己调自己又经过了网关', entry: 'recursive-request-detected', kind: 'sentence' },
  // More symptoms in a whole Chinese sentence, written by analogy with the causes and fixes of BlueKing issue #74
  // (the gateway's FAQ thread), BKDocs ZH/APIGateway/1.13/UserGuide/FAQ/error-response.md and the knowledge doc
  // api_response_err_code.md: a context (测试环境, 后端) orders the entries without being required of them.
  ...(
    [
      ['应用已经申请了权限，但调用还是提示没有权限', 'app-no-permission'],
      ['上传大文件的时候接口直接报错，小文件没事', 'body-size-limit-exceeded'],
      ['应用密钥重置之后调用就全部失败了', 'app-code-or-secret-incorrect'],
      ['后端换了域名之后网关就连不上了', 'bad-gateway-dns-failure'],
      ['同一时间发太多请求被拒绝', 'concurrency-limit-exceeded'],
      ['服务器时间不对导致签名校验失败', 'invalid-args-other-reasons'],
      ['容器重新部署后 IP 变了，网关拒绝请求', 'ip-not-allowed'],
      ['后端服务没启动，网关转发不过去', 'bad-gateway-connection-refused'],
      ['网关的后端地址又配成了网关自己', 'recursive-request-detected'],
      ['GET 请求参数拼得太长被拒了', 'uri-size-limit-exceeded'],
    ] as const
  ).map(([query, entry]): Question => ({ query, entry, kind: 'sentence' })),
  { query: '后端服务重启的时候调用方偶尔报 502', entry: 'bad-gateway-connection-reset', top: 3, kind: 'sentence' },
  { query: '请求一直转圈，过了一分钟网关返回超时', entry: 'backend-timeout', top: 3, kind: 'sentence' },
  { query: '用户登录过期以后调接口就报错', entry: 'user-identity-missing', top: 3, kind: 'sentence' },
  { query: '每秒请求一多就被网关拒绝', entry: 'rate-limit-resource-strategy', top: 3, kind: 'sentence', miss: true },
  {
    query: '调用方自己设置的超时太短，请求还没返回就断开了',
    entry: 'client-closed-request',
    kind: 'sentence',
    miss: true,
  },
  // Family 5: log lines.
  {
    query:
      '10.0.0.1 - - [07/Dec/2026:10:00:00 +0800] "POST /api/v1/hosts/ HTTP/1.1" 499 0 "-" "python-requests/2.31.0"',
    entry: 'client-closed-request',
    kind: 'log line',
  },
  {
    query: '[2026-12-07 10:00:31 +0800] [7] [CRITICAL] WORKER TIMEOUT (pid:12) then the caller got 502',
    entry: 'bad-gateway-connection-reset',
    top: 3,
    kind: 'log line',
  },
  {
    query:
      '{"time":"2026-12-07T10:00:00+08:00","method":"GET","path":"/api/v1/tasks/","status":504,"request_time":60.001}',
    entry: 'backend-timeout',
    top: 3,
    kind: 'log line',
  },
  {
    query: '网关日志里 "GET /prod/api/ HTTP/1.1" 499 0，调用方说超时了',
    entry: 'client-closed-request',
    kind: 'log line',
  },
  {
    query: 'gunicorn 报 WORKER TIMEOUT，网关返回 502',
    entry: 'bad-gateway-connection-reset',
    top: 3,
    kind: 'log line',
  },
  // Family 6: the right entry among close ones.
  { query: '环境级别的频率控制', entry: 'rate-limit-stage-strategy', kind: 'close entries' },
  { query: '资源级别的限流', entry: 'rate-limit-resource-strategy', kind: 'close entries' },
  { query: '连不上后端，连接一直超时', entry: 'backend-connect-timeout', kind: 'close entries' },
  { query: 'stage rate limit', entry: 'rate-limit-stage-strategy', kind: 'close entries' },
  { query: 'resource rate limit', entry: 'rate-limit-resource-strategy', kind: 'close entries' },
  { query: 'app secret longer than 128', entry: 'app-secret-too-long', kind: 'close entries' },
  // Family 7: nonsense finds nothing (the page then offers the nearest entries, said as such).
  { query: '<img src=x onerror=1> canary', entry: 'none', kind: 'nonsense' },
  { query: 'lorem ipsum dolor sit amet', entry: 'none', kind: 'nonsense' },
  { query: '今天天气怎么样', entry: 'none', kind: 'nonsense' },
  { query: 'banana smoothie recipe', entry: 'none', kind: 'nonsense' },
  // Family 8: the site's own pages by their names.
  { query: '网关还是后端', entry: 'page:/guide/gateway-or-backend/', kind: 'site page' },
  { query: 'gateway or backend', entry: 'page:/guide/gateway-or-backend/', kind: 'site page' },
  { query: '响应头', entry: 'page:/', top: 3, kind: 'site page' },
  { query: 'X-Bkapi-Error-Code', entry: 'page:/headers/#error-headers', kind: 'site page' },
  { query: 'X-Bkapi-Request-ID', entry: 'page:/headers/#request-id', top: 3, kind: 'site page' },
  { query: '跨域', entry: 'page:/guide/gateway-or-backend/#cors', kind: 'site page' },
  { query: 'X-Bkapi-Debug', entry: 'page:/guide/gateway-or-backend/#debug-header', kind: 'site page' },
  // A page asked for in a sentence, each on its language's site (the pages' titles are in that language). From
  // BKDocs ZH/APIGateway/1.17/UserGuide/FAQ/gateway-error-or-backend-error.md (its title and headings) and
  // blueking-apigateway's knowledge_doc/api_response/api_response_err_code.md; and issue #74 (the FAQ thread).
  { query: '如何确认错误的 response 是网关还是后端服务返回的', entry: 'page:/guide/', kind: 'site page', site: 'zh' },
  { query: '怎么判断错误是网关返回的还是后端返回的', entry: 'page:/guide/', kind: 'site page', site: 'zh' },
  { query: '如何区分网关错误和后端错误', entry: 'page:/guide/', kind: 'site page', site: 'zh' },
  { query: '问题排查步骤', entry: 'page:/guide/gateway-or-backend/#steps', kind: 'site page', site: 'zh' },
  {
    query: '后端服务的接入层有 IP 白名单，网关转发过去被拒绝',
    entry: 'page:/guide/gateway-or-backend/#backend-ip-allowlist',
    kind: 'site page',
    site: 'zh',
  },
  { query: '请求 ID 是什么', entry: 'page:/headers/#request-id', kind: 'site page', site: 'zh' },
  { query: 'X-Bkapi-Error-Message 头', entry: 'page:/headers/#error-headers', kind: 'site page', site: 'zh' },
  { query: '限频相关的响应头', entry: 'page:/headers/#rate-limit', kind: 'site page', site: 'zh' },
  { query: '网关的 HTTP 头', entry: 'page:/headers/', kind: 'site page', site: 'zh' },
  { query: 'x-mock-by 响应头', entry: 'page:/headers/#mock', kind: 'site page', site: 'zh' },
  { query: 'ESB 错误码列表', entry: 'page:/esb/', kind: 'site page', site: 'zh' },
  { query: '旧版 ESB 的响应格式', entry: 'page:/esb/#format', kind: 'site page', site: 'zh' },
  { query: '浏览器跨域预检请求被拒绝', entry: 'page:/guide/gateway-or-backend/#cors', kind: 'site page', site: 'zh' },
  {
    query: 'the backend returns 308',
    entry: 'page:/guide/gateway-or-backend/#backend-308',
    kind: 'site page',
    site: 'en',
  },
  { query: 'which headers does the gateway add', entry: 'page:/headers/', kind: 'site page', site: 'en' },
  { query: 'legacy esb error codes', entry: 'page:/esb/', kind: 'site page', site: 'en' },
  { query: 'rate limit headers', entry: 'page:/headers/#rate-limit', kind: 'site page', site: 'en' },
  {
    query: 'how do I know whether the response came from the gateway or the backend service',
    entry: 'page:/guide/',
    kind: 'site page',
    site: 'en',
  },
  { query: '旧版 ESB 的错误码', entry: 'page:/esb/', kind: 'site page', site: 'zh' }, // Issue 28, second round: new questions for the three families the blind set still trailed MiniSearch in, written
  // before the ranker was changed for them (`miss` as first measured; dropped once fixed by method).
  // (a) An English sentence copied from an entry's page (its cause, fix or notes, content/errors/*/en.mdx) or one of
  // the gateway's own texts (the entry's `texts`, from blueking-apigateway-apisix; /work/shared/reference/gateway-texts.md):
  // each must land on the entry that page or text belongs to.
  {
    query: "It is usually the caller's egress IP, not necessarily the caller machine's own internal address",
    entry: 'ip-not-allowed',
    kind: 'page text',
    site: 'en',
    miss: true,
  },
  {
    query: "When both the stage and the resource have IP access protection, the resource's configuration applies",
    entry: 'ip-not-allowed',
    kind: 'page text',
    site: 'en',
  },
  {
    query: 'Request rejected, the request source IP has no permission, please apply for IP permission',
    entry: 'ip-not-allowed',
    kind: 'page text',
    site: 'en',
  },
  {
    query: "the app's secret was reset or replaced in the Developer Center and the caller still uses the old one",
    entry: 'app-code-or-secret-incorrect',
    kind: 'page text',
    site: 'en',
  },
  {
    query: 'Make sure the gateway you call belongs to the same BlueKing installation that issued the app',
    entry: 'app-code-or-secret-incorrect',
    kind: 'page text',
    site: 'en',
    miss: true,
  },
  {
    query:
      "the backend speaks only https while the gateway's backend address says http, and after connecting each side waits for the other",
    entry: 'backend-read-timeout',
    kind: 'page text',
    site: 'en',
    miss: true,
  },
  {
    query:
      'A gunicorn worker times out after 30 seconds by default and is killed, and the call it was making dies with it',
    entry: 'client-closed-request',
    kind: 'page text',
    site: 'en',
  },
  {
    query: 'the caller never receives a 499 and there is no body',
    entry: 'client-closed-request',
    kind: 'page text',
    site: 'en',
  },
  {
    query: 'A chunked upload has no Content-Length, so the plugin cannot compare it in advance',
    entry: 'body-size-limit-exceeded',
    kind: 'page text',
    site: 'en',
  },
  {
    query: 'upload the file to object storage or a file service first and pass only its address or ID to the API',
    entry: 'body-size-limit-exceeded',
    kind: 'page text',
    site: 'en',
  },
  {
    query:
      'Whenever it forwards a request to a backend, the gateway records its instance id in the X-Bkapi-Instance-Id request header',
    entry: 'recursive-request-detected',
    kind: 'page text',
    site: 'en',
  },
  { query: 'A method mismatch also gets this 404, not a 405', entry: 'api-not-found', kind: 'page text', site: 'en' },
  { query: 'This 404 carries no X-Bkapi-Request-ID', entry: 'api-not-found', kind: 'page text', site: 'en' },
  {
    query: "APISIX's own rate-limiting plugins reject with 503 by default, but the dashboard does not offer them",
    entry: 'service-unavailable',
    kind: 'page text',
    site: 'en',
  },
  { query: 'no matching audience found', entry: 'app-no-permission', kind: 'page text', site: 'en' },
  {
    query: 'mcp_server audience requires bk-apigateway gateway',
    entry: 'app-no-permission',
    kind: 'page text',
    site: 'en',
  },
  { query: 'Bearer token not found in Authorization header', entry: 'unauthorized', kind: 'page text', site: 'en' },
  {
    query: 'No `X-API-KEY` header found in the request',
    entry: 'invalid-args-other-reasons',
    kind: 'page text',
    site: 'en',
  },
  {
    query: 'server error: bkuser host is not configured.',
    entry: 'internal-server-error',
    kind: 'page text',
    site: 'en',
    miss: true,
  },
  {
    query: 'failed to acquire the bk-cache-fallback lock, error: timeout.',
    entry: 'internal-server-error',
    kind: 'page text',
    site: 'en',
  },
  {
    query: 'the app indicated by jwt is not verified',
    entry: 'invalid-args-other-reasons',
    kind: 'page text',
    site: 'en',
  },
  { query: 'Your IP address is not allowed', entry: 'ip-not-allowed', kind: 'page text', site: 'en' },
  { query: 'token verification failed, active=false', entry: 'unauthorized', kind: 'page text', site: 'en' },
  // (b) A Chinese sentence describing a symptom, from the causes in BKDocs ZH/APIGateway/1.13/UserGuide/FAQ/error-response.md
  // (499 after 30 s under gunicorn, https-only backends, a domain that does not resolve in the IDC, an unpublished
  // resource, app-type access_tokens, bk_username alone, tokens from another environment, reused headers and 508, 40M
  // bodies, a restart or deploy and 502) and from Chinese ops writing cited per question.
  // https://www.wuyungai.com/2025/08/15/http-502
  {
    query: '接口测试的时候偶发性出现 502，网络稳定，服务也没有新的变更',
    entry: 'bad-gateway-connection-reset',
    top: 3,
    kind: 'sentence',
  },
  // https://www.haomeiwen.com/subject/roeyxhtx.html
  {
    query: '生产环境压测出现 0.01% 的错误率，全部是 502',
    entry: 'bad-gateway-connection-reset',
    top: 3,
    kind: 'sentence',
  },
  {
    query: 'SaaS 调用网关接口失败，失败的请求基本都是 30s 左右，网关日志里是 499',
    entry: 'client-closed-request',
    kind: 'sentence',
  },
  // https://www.94iku.com/?cat=15
  {
    query: 'curl 设置了 10 秒超时，接口要跑 20 秒，nginx 日志记了 499',
    entry: 'client-closed-request',
    kind: 'sentence',
  },
  {
    query: '后端服务只支持 https，网关里配的后端地址是 http，调用一直 504',
    entry: 'backend-timeout',
    top: 3,
    kind: 'sentence',
  },
  { query: '后端服务的域名在 IDC 里 ping 不通，网关返回 502', entry: 'bad-gateway-dns-failure', kind: 'sentence' },
  { query: '网关上的资源改了还没发布，调用方一直 404', entry: 'api-not-found', kind: 'sentence' },
  {
    query: '用应用态的 access_token 去调需要用户认证的接口报错',
    entry: 'access-token-not-user-type',
    kind: 'sentence',
  },
  {
    query: '只传了 bk_username，没传 bk_token，网关说用户没认证',
    entry: 'username-not-verified',
    kind: 'sentence',
  },
  {
    query: 'access_token 是在别的环境生成的，拿到这边调用说不合法',
    entry: 'access-token-invalid',
    kind: 'sentence',
  },
  {
    query: '后端收到网关转过来的请求，又带着原来的请求头去调另一个网关，返回 508',
    entry: 'recursive-request-detected',
    kind: 'sentence',
  },
  // https://www.kugarocks.com/cloud-native/docker/networking/bridge-network
  {
    query: '容器里调用网关，网关开了 IP 白名单，加了容器 IP 还是被拒',
    entry: 'ip-not-allowed',
    kind: 'sentence',
    miss: true,
  },
  { query: '上传超过 40M 的文件，网关直接拒绝', entry: 'body-size-limit-exceeded', kind: 'sentence' },
  // https://github.com/higress-group/higress/issues/1528
  { query: '后端响应过慢导致出现 504', entry: 'backend-timeout', top: 3, kind: 'sentence' },
  // https://www.haomeiwen.com/subject/roeyxhtx.html
  {
    query: 'upstream 配了 keepalive 但没配 proxy_http_version，请求密集的时候偶尔 502',
    entry: 'bad-gateway-connection-reset',
    top: 3,
    kind: 'sentence',
  },
  // https://github.com/higress-group/higress/issues/2184
  { query: '后端服务返回时间长，网关 504', entry: 'backend-timeout', top: 3, kind: 'sentence' },
  { query: '后端重启那几秒，调用方报了一堆 502', entry: 'bad-gateway-connection-reset', top: 3, kind: 'sentence' },
  // https://www.wuyungai.com/2025/08/15/http-502
  { query: '后端进程没起来，网关转发一直失败', entry: 'bad-gateway-connection-refused', kind: 'sentence' },
  // A text two entries share (`connection refused`: a reason of the 400 and the upstream_error of the 502) inside a
  // longer sentence: the rest of its words decide (www.wuyungai.com/2025/08/15/http-502: the backend process down).
  { query: '后端进程挂了，网关返回 502 connection refused', entry: 'bad-gateway-connection-refused', kind: 'sentence' },
  // (c) Chinese ops slang: 加白/拉黑 (github.com/samwafgo/SamWaf/issues/287, github.com/1Panel-dev/1Panel/issues/4884),
  // 验签 (github.com/anlityli/chatait-free/issues/2, github.com/wechatpay-apiv3/wechatpay-apache-httpclient/issues/208),
  // 回源/源站 (blog.waf.pro/214.html, blog.waf.pro/217.html), 熔断 (blueking-apigateway's own plugin name, API 熔断:
  // src/dashboard/apigateway/apigateway/apps/plugin/constants.py), 安全秘钥 (blueking-apigateway's resource docs,
  // apigateway/biz/released_resource_doc/constants.py), AK/SK (github.com/caorushizi/oss-client/issues/40,
  // github.com/aliyun/oss-browser/pull/3), 密钥有误 (github.com/dspurl/tfshop/issues/13), appSecret 错误
  // (github.com/limoest/daily_reminder/issues/248), 卡住 (github.com/akfamily/akshare/issues/1552), 挂起
  // (github.com/tsy77/blog/issues/18), OOM (www.elecfans.com/d/7897562.html: 内存不足 and the 502 it brings).
  { query: 'IP 没加白', entry: 'ip-not-allowed', top: 3, kind: 'slang' },
  { query: 'IP 被拉黑了', entry: 'ip-not-allowed', top: 3, kind: 'slang' },
  { query: '验签失败', entry: 'invalid-args-other-reasons', top: 3, kind: 'slang' },
  { query: '回源超时', entry: 'backend-timeout', top: 3, kind: 'slang' },
  { query: '源站挂了', entry: 'bad-gateway-connection-refused', top: 3, kind: 'slang' },
  { query: '被熔断了', entry: 'service-unavailable', top: 3, kind: 'slang' },
  { query: '秘钥填错了', entry: 'app-code-or-secret-incorrect', top: 3, kind: 'slang' },
  { query: 'AK/SK 不对', entry: 'app-code-or-secret-incorrect', top: 3, kind: 'slang' },
  { query: '后端 OOM 了', entry: 'bad-gateway-connection-reset', top: 3, kind: 'slang', miss: true },
  { query: '调接口卡住了', entry: 'backend-timeout', top: 3, kind: 'slang' },
  { query: '请求被挂起', entry: 'backend-timeout', top: 3, kind: 'slang' },
  { query: '密钥有误', entry: 'app-code-or-secret-incorrect', top: 3, kind: 'slang' },
  { query: 'appid 和 appsecret 错误', entry: 'app-code-or-secret-incorrect', top: 3, kind: 'slang' },
  // Issue 28, third round: the site's own pages asked for by name, and nonsense, the two families the second blind
  // set trails most in; written before the ranker was changed for them (`miss` as first measured: 33 of 54 failed
  // on at least one site). (a) A page by the names people use: a status's page with 页面/是什么意思/"mean"/"page",
  // the guide as "gateway or backend", the headers, the legacy ESB (called 组件 API 网关 in BKDocs:
  // ZH/APIGateway/1.x/UserGuide/FAQ, and ESB in blueking-apigateway's api_response_err_code.md), the login service's
  // bk_error_code. Written after those documents' titles and the brief's examples, not copied from a thread.
  { query: '502 页面', entry: 'page:/status/502/', kind: 'site page', site: 'zh' },
  { query: '504 状态码页面', entry: 'page:/status/504/', kind: 'site page', site: 'zh' },
  { query: '状态码 429 是什么意思', entry: 'page:/status/429/', kind: 'site page', site: 'zh' },
  { query: 'HTTP 415 什么意思', entry: 'page:/status/415/', kind: 'site page', site: 'zh' },
  { query: '499 状态码含义', entry: 'page:/status/499/', kind: 'site page', site: 'zh' },
  { query: '网关响应头说明', entry: 'page:/headers/', kind: 'site page', site: 'zh' },
  {
    query: 'X-Bkapi-Request-Id 在哪里看',
    entry: 'page:/headers/#request-id',
    kind: 'site page',
    site: 'zh',
  },
  { query: '旧版 ESB 错误码说明', entry: 'page:/esb/', kind: 'site page', site: 'zh' },
  { query: 'ESB 文档', entry: 'page:/esb/', kind: 'site page', site: 'zh' },
  { query: '组件 API 网关的错误', entry: 'page:/esb/', kind: 'site page', site: 'zh' },
  { query: '是网关的问题还是后端的问题', entry: 'page:/guide/', kind: 'site page', site: 'zh' },
  { query: '怎么判断是不是网关报的错', entry: 'page:/guide/', kind: 'site page', site: 'zh' },
  { query: '登录服务的 bk_error_code 格式', entry: 'page:/esb/#login-format', kind: 'site page', site: 'zh' },
  {
    query: 'X-Bkapi-Debug 怎么用',
    entry: 'page:/guide/gateway-or-backend/#debug-header',
    kind: 'site page',
    site: 'zh',
  },
  { query: 'what does 499 mean', entry: 'page:/status/499/', kind: 'site page', site: 'en' },
  { query: '502 page', entry: 'page:/status/502/', kind: 'site page', site: 'en' },
  { query: 'http 429 meaning', entry: 'page:/status/429/', kind: 'site page', site: 'en' },
  { query: 'status 504 explained', entry: 'page:/status/504/', kind: 'site page', site: 'en' },
  { query: 'what is a 415', entry: 'page:/status/415/', kind: 'site page', site: 'en' },
  { query: 'esb docs', entry: 'page:/esb/', kind: 'site page', site: 'en' },
  { query: 'component api gateway errors', entry: 'page:/esb/', kind: 'site page', site: 'en' },
  { query: 'gateway response headers', entry: 'page:/headers/', kind: 'site page', site: 'en' },
  { query: 'where do I find the request id', entry: 'page:/headers/#request-id', kind: 'site page', site: 'en' },
  { query: "how do I tell if it's the gateway or my backend", entry: 'page:/guide/', kind: 'site page', site: 'en' },
  {
    query: 'is this error from the gateway or from my service',
    entry: 'page:/guide/',
    kind: 'site page',
    site: 'en',
  },
  { query: 'gateway vs backend', entry: 'page:/guide/', kind: 'site page', site: 'en' },
  { query: 'http headers', entry: 'page:/headers/', kind: 'site page', site: 'en' },
  { query: '网关 vs 后端', entry: 'page:/guide/', kind: 'site page', site: 'zh' },
  { query: 'ratelimit response headers', entry: 'page:/headers/#rate-limit', kind: 'site page', site: 'en' },
  { query: 'login service bk_error_code format', entry: 'page:/esb/#login-format', kind: 'site page', site: 'en' },
  {
    query: 'debug header',
    entry: 'page:/guide/gateway-or-backend/#debug-header',
    kind: 'site page',
    site: 'en',
    miss: true,
  },
  // (b) Nonsense: other products' real errors (MySQL's ERROR 1045 and 1040 "Too many connections", kubelet's
  // "Back-off restarting failed container", the scheduler's "Insufficient cpu", ImagePullBackOff, npm's ERESOLVE,
  // Java's NullPointerException, Python's ModuleNotFoundError, git's "not a git repository", a segfault, ENOSPC's
  // "No space left on device"), XSS and SQL-injection payloads (OWASP's XSS filter evasion and SQL injection cheat
  // sheets), and random words and Chinese prose (a Tang poem, daily chat). Each must find nothing.
  {
    query: "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)",
    entry: 'none',
    kind: 'nonsense',
    miss: true,
  },
  { query: 'Back-off restarting failed container', entry: 'none', kind: 'nonsense' },
  { query: '0/3 nodes are available: 3 Insufficient cpu', entry: 'none', kind: 'nonsense' },
  { query: 'npm ERR! code ERESOLVE unable to resolve dependency tree', entry: 'none', kind: 'nonsense' },
  { query: 'Exception in thread "main" java.lang.NullPointerException', entry: 'none', kind: 'nonsense' },
  { query: '<script>alert(document.cookie)</script>', entry: 'none', kind: 'nonsense' },
  { query: "' OR 1=1 --", entry: 'none', kind: 'nonsense' },
  { query: 'purple elephant keyboard sandwich', entry: 'none', kind: 'nonsense' },
  { query: "ModuleNotFoundError: No module named 'numpy'", entry: 'none', kind: 'nonsense' },
  { query: 'fatal: not a git repository (or any of the parent directories): .git', entry: 'none', kind: 'nonsense' },
  { query: 'Segmentation fault (core dumped)', entry: 'none', kind: 'nonsense' },
  { query: 'how to bake sourdough bread', entry: 'none', kind: 'nonsense' },
  { query: 'asdfghjkl qwerty', entry: 'none', kind: 'nonsense' },
  { query: '周末去哪里吃火锅', entry: 'none', kind: 'nonsense' },
  { query: '床前明月光，疑是地上霜', entry: 'none', kind: 'nonsense' },
  { query: '帮我写一首关于春天的诗', entry: 'none', kind: 'nonsense' },
  { query: 'Java 空指针异常怎么解决', entry: 'none', kind: 'nonsense', miss: true },
  { query: 'npm 安装依赖报错', entry: 'none', kind: 'nonsense' },
  { query: 'k8s 拉取镜像失败 ImagePullBackOff', entry: 'none', kind: 'nonsense' },
  { query: 'MySQL 连接数太多 Too many connections', entry: 'none', kind: 'nonsense', miss: true },
  { query: '我家的猫不吃饭怎么办', entry: 'none', kind: 'nonsense' },
  { query: 'Excel 表格怎么合并单元格', entry: 'none', kind: 'nonsense' },
  { query: '<script>alert("xss")</script> 测试', entry: 'none', kind: 'nonsense', miss: true },
  { query: '磁盘空间不足 No space left on device', entry: 'none', kind: 'nonsense', miss: true },
  { query: '这个西瓜甜不甜', entry: 'none', kind: 'nonsense' },
  { query: '股票今天涨了吗', entry: 'none', kind: 'nonsense' },
  // Issue 28, fourth round: the families the second blind set still trails in, written before the ranker was changed
  // for them (`miss` as first measured). (a) A whole sentence about a symptom, without the error's own words, in
  // English and Chinese, each after the source cited above it: the entry that explains the symptom must come first.
  // fixwikihub.com/articles/fix-413-request-entity-too-large, dechonet.pages.dev/guides/http-413-payload-too-large
  {
    query: 'a small json works but posting a big report to the api fails every time',
    entry: 'body-size-limit-exceeded',
    kind: 'sentence',
    miss: true,
  },
  // devops-atlasx.prodevopsguytech.com/issues/nginx-502-upstream ("502 rate spikes in sync with request volume")
  {
    query: 'the 502 rate goes up with traffic while the backend logs look healthy',
    entry: 'bad-gateway-connection-reset',
    top: 3,
    kind: 'sentence',
  },
  // github.com/apache/apisix/issues/9442, github.com/backstage/backstage/issues/18510
  {
    query: 'requests that run longer than a minute all end with an error from the gateway',
    entry: 'backend-timeout',
    top: 3,
    kind: 'sentence',
    miss: true,
  },
  // www.explaintopic.com/nginx/intermittent-502-bad-gateway-errors-in-nginx-on-ubuntu-20-04-16449.html
  {
    query: 'nothing is listening on the backend port any more and every call fails',
    entry: 'bad-gateway-connection-refused',
    kind: 'sentence',
  },
  // zijiebao.com/jishu/1030796.html (the client's own timeout closes the connection)
  {
    query: 'our http client gives up after 5 seconds while the api is still working on it',
    entry: 'client-closed-request',
    kind: 'sentence',
  },
  // github.com/TencentBlueKing/blueking-apigateway/issues/74 (校验访问权限: the grant is applied for and approved)
  {
    query: 'the app was granted access last year and now the same calls are refused',
    entry: 'app-no-permission',
    kind: 'sentence',
  },
  // BKDocs ZH/APIGateway/1.13/UserGuide/FAQ/error-response.md (the secret reset in the Developer Center)
  {
    query: 'we regenerated the app secret and the old deployment can no longer call anything',
    entry: 'app-code-or-secret-incorrect',
    kind: 'sentence',
    miss: true,
  },
  // the same FAQ (a backend domain that does not resolve where the gateway runs)
  {
    query: 'the backend hostname only resolves on the office network, not where the gateway runs',
    entry: 'bad-gateway-dns-failure',
    kind: 'sentence',
    miss: true,
  },
  // the same FAQ (508: a backend that reuses the incoming request's headers to call the gateway again)
  {
    query: 'our backend copies the incoming headers when it calls another api behind the same gateway',
    entry: 'recursive-request-detected',
    kind: 'sentence',
  },
  // developer.mozilla.org/en-US/docs/Web/HTTP/Status/414
  {
    query: 'a search with hundreds of ids in the query string is rejected before it reaches the service',
    entry: 'uri-size-limit-exceeded',
    kind: 'sentence',
  },
  // The same symptoms as Chinese ops writing tells them: devops-atlasx (as above), chajianwo.com/blog-28780.html (the
  // caller's timeout shorter than the work), landybird.github.io/nginx/2019/09/10/nginx499产生的原因 (a slow MySQL query),
  // www.wuyungai.com/2025/08/15/http-502 (端口未监听), BKDocs' FAQ (40M bodies, the secret, the IDC's domains), issue #74.
  {
    query: '请求量一上来 502 就变多，后端日志看起来一切正常',
    entry: 'bad-gateway-connection-reset',
    top: 3,
    kind: 'sentence',
  },
  {
    query: '前端 ajax 超时只设了 10 秒，接口要跑半分钟，调用方那边直接断了',
    entry: 'client-closed-request',
    kind: 'sentence',
    miss: true,
  },
  { query: '后端有个慢 SQL 要跑一分多钟，网关那边先报超时了', entry: 'backend-timeout', top: 3, kind: 'sentence' },
  { query: '后端端口没在监听，网关转发的请求全部失败', entry: 'bad-gateway-connection-refused', kind: 'sentence' },
  {
    query: '导入的 Excel 有五十多兆，一提交就被网关拦下来了',
    entry: 'body-size-limit-exceeded',
    kind: 'sentence',
    miss: true,
  },
  { query: '权限是去年申请的，最近调用又开始说没有权限', entry: 'app-no-permission', kind: 'sentence' },
  {
    query: '重新生成了 bk_app_secret，老的定时任务全部调用失败',
    entry: 'app-code-or-secret-incorrect',
    kind: 'sentence',
  },
  { query: '后端用的是机房内部域名，网关所在的环境解析不了', entry: 'bad-gateway-dns-failure', kind: 'sentence' },
  {
    query: '活动高峰每秒调用量翻了几倍，一部分请求被网关直接拒掉',
    entry: 'rate-limit-resource-strategy',
    top: 3,
    kind: 'sentence',
    miss: true,
  },
  { query: '查询条件全拼在 URL 上，参数一多请求就被拒了', entry: 'uri-size-limit-exceeded', kind: 'sentence' },
  // (b) A site page asked for in other words than its names: what a header or a status is for, where a value is
  // read, whether a call reached the backend (after www.alibabacloud.com/help/en/api-gateway/latest/troubleshooting:
  // an empty error-code header means the backend answered; and issue #74's FAQ).
  {
    query: 'which response header carries the gateway error code',
    entry: 'page:/headers/#error-headers',
    kind: 'site page',
    site: 'en',
  },
  {
    query: 'how do I see whether my request ever reached the backend',
    entry: 'page:/guide/',
    kind: 'site page',
    site: 'en',
  },
  { query: 'what does a 504 stand for', entry: 'page:/status/504/', kind: 'site page', site: 'en' },
  { query: 'explain http status 502', entry: 'page:/status/502/', kind: 'site page', site: 'en' },
  {
    query: 'where can I see how many calls I have left before the limit',
    entry: 'page:/headers/#rate-limit',
    kind: 'site page',
    site: 'en',
  },
  { query: 'list of the old component error codes', entry: 'page:/esb/', kind: 'site page', miss: true, site: 'en' },
  {
    query: '哪个响应头能看出是网关拦截的',
    entry: 'page:/headers/#error-headers',
    kind: 'site page',
    site: 'zh',
  },
  { query: '怎么确认请求有没有转发到后端', entry: 'page:/guide/', kind: 'site page', miss: true, site: 'zh' },
  { query: '504 代表什么', entry: 'page:/status/504/', kind: 'site page', site: 'zh' },
  { query: '502 这个状态码怎么理解', entry: 'page:/status/502/', kind: 'site page', site: 'zh' },
  {
    query: '剩余调用次数在哪个响应头里看',
    entry: 'page:/headers/#rate-limit',
    kind: 'site page',
    site: 'zh',
  },
  { query: '老的组件接口错误码对照表', entry: 'page:/esb/', kind: 'site page', site: 'zh' },
  {
    query: '怎么让网关告诉我它匹配到了哪个资源',
    entry: 'page:/guide/gateway-or-backend/#debug-header',
    kind: 'site page',
    site: 'zh',
  },
  // (c) Nonsense that shares one word with an entry (connection, timing out, restarts, failed, memory, renew,
  // permission denied): questions of other products' help forums, written after their kind, not copied.
  { query: 'printer says connection failed on windows 11', entry: 'none', kind: 'nonsense' },
  { query: 'steam download keeps timing out', entry: 'none', kind: 'nonsense' },
  { query: 'my wifi router restarts every night', entry: 'none', kind: 'nonsense' },
  { query: 'graphics driver install failed with error 43', entry: 'none', kind: 'nonsense' },
  { query: 'permission denied when saving photos to my phone gallery', entry: 'none', kind: 'nonsense' },
  { query: 'how to renew my passport online', entry: 'none', kind: 'nonsense' },
  // What would fool the rule that finds nothing for them: a question about the gateway or its backend in common
  // words and a product's name (it must still be answered), and another product's error in the trade's words.
  {
    query: 'backend connection failed on kubernetes',
    entry: 'bad-gateway-connection-refused',
    top: 3,
    kind: 'symptom',
  },
  { query: 'jenkins 调网关一直连接失败', entry: 'backend-connect-timeout', top: 3, kind: 'symptom', miss: true },
  {
    query: 'some requests fail with 502 after a deploy',
    entry: 'bad-gateway-connection-reset',
    top: 3,
    kind: 'sentence',
  },
  { query: 'Redis 连接超时 JedisPool 怎么配置', entry: 'none', kind: 'nonsense', miss: true },
  { query: '打印机连接不上电脑', entry: 'none', kind: 'nonsense', miss: true },
  { query: '手机下载游戏一直超时', entry: 'none', kind: 'nonsense' },
  { query: '路由器每天晚上自动重启', entry: 'none', kind: 'nonsense', miss: true },
  { query: '显卡驱动安装失败', entry: 'none', kind: 'nonsense' },
  { query: '电脑内存不足怎么清理', entry: 'none', kind: 'nonsense' },
  { query: '护照过期了怎么续期', entry: 'none', kind: 'nonsense', miss: true },
  // (d) Close entries told apart by what happened, not by their names: where the connection failed (the handshake,
  // the wait for an answer, before the headers), where a limit is set, what a token or a request carries.
  {
    query: '连接已经建上了，就是一直等不到后端的响应',
    entry: 'backend-read-timeout',
    kind: 'close entries',
    miss: true,
  },
  { query: 'TCP 握手都没完成就超时了', entry: 'backend-connect-timeout', kind: 'close entries' },
  {
    query: '限流是配在整个环境上的，不是单个资源',
    entry: 'rate-limit-stage-strategy',
    kind: 'close entries',
  },
  { query: '给某一个资源单独配的频率控制被触发了', entry: 'rate-limit-resource-strategy', kind: 'close entries' },
  {
    query: '后端还没返回响应头就把连接断了',
    entry: 'bad-gateway-cannot-read-header',
    kind: 'close entries',
  },
  { query: '请求里只带了用户名，没有登录票据', entry: 'username-not-verified', kind: 'close entries', miss: true },
  {
    query: 'the tcp handshake with the backend never completed',
    entry: 'backend-connect-timeout',
    kind: 'close entries',
  },
  {
    query: 'connected to the backend fine but it never sent a response',
    entry: 'backend-read-timeout',
    kind: 'close entries',
    miss: true,
  },
  {
    query: 'the limit is set on the whole stage, not on one resource',
    entry: 'rate-limit-stage-strategy',
    kind: 'close entries',
  },
  {
    query: 'the backend hung up before it sent any response headers',
    entry: 'bad-gateway-cannot-read-header',
    kind: 'close entries',
  },
  {
    query: 'the token only identifies the app, not a user',
    entry: 'access-token-not-user-type',
    kind: 'close entries',
    miss: true,
  },
  // What would fool the rules above: a page's name in a longer question that still asks for the page (the name inside a
  // sentence about a symptom is a word of it), and SSL's handshake beside TCP's.
  { query: '网关加了哪些响应头，分别是什么意思', entry: 'page:/headers/', kind: 'site page', site: 'zh' },
  { query: '网关返回的响应头里哪个是请求 ID', entry: 'page:/headers/#request-id', kind: 'site page', site: 'zh' },
  {
    query: 'which response headers does the gateway add to every call',
    entry: 'page:/headers/',
    kind: 'site page',
    site: 'en',
  },
  {
    query: 'what do the response headers on a gateway error tell me',
    entry: 'page:/headers/',
    kind: 'site page',
    site: 'en',
  },
  { query: 'SSL 握手失败', entry: 'esb-1306203-ssl-error', kind: 'close entries' },
  // What would fool 'per second' read as the rate limit and 'changed' as a concept: a concurrency asked per second, and
  // other things that changed (an IP, a domain, a certificate).
  { query: '每秒并发数太高被拒了', entry: 'concurrency-limit-exceeded', kind: 'close entries' },
  { query: '容器换了 IP 之后网关就拒绝了', entry: 'ip-not-allowed', kind: 'sentence' },
  {
    query: 'we changed the backend domain and now the gateway cannot reach it',
    entry: 'bad-gateway-dns-failure',
    kind: 'sentence',
  },
  { query: '换了证书之后组件报 SSL 错误', entry: 'esb-1306203-ssl-error', kind: 'sentence' },
  // What would fool the negated clause, the filler of quantities and the asking words: a symptom that is itself a
  // negation (返回的不是 JSON) or follows 'instead of', every request rather than some, a code_name that 'stands for'.
  {
    query: '组件调用第三方系统，返回的不是 JSON',
    entry: 'esb-1306208-third-party-result-error',
    top: 3,
    kind: 'sentence',
  },
  {
    query: 'the gateway returned an html page instead of json and the backend has no log of it',
    entry: 'page:/guide/gateway-or-backend/#access-layer-page',
    kind: 'site page',
    site: 'en',
  },
  {
    query: 'every request to the backend fails with 502',
    entry: 'bad-gateway-connection-refused',
    top: 3,
    kind: 'sentence',
  },
  { query: 'what does APP_NO_PERMISSION stand for', entry: 'app-no-permission', kind: 'number' },
  // What would fool the calls left read as the rate limit: a 429 with the header's remaining count (the entries first).
  {
    query: 'X-Bkapi-RateLimit-Remaining 剩余次数是 0 然后就 429 了',
    entry: 'rate-limit-stage-strategy',
    top: 3,
    kind: 'number',
  },
  // Issue 28, fifth round: site pages asked in the reader's own words, not the page's names, written and measured
  // before the pages were given the questions people ask of them. After the threads that ask them: Alibaba Cloud API
  // Gateway's troubleshooting page (www.alibabacloud.com/help/en/api-gateway/latest/troubleshooting: an empty error-code
  // header means the backend wrote the status; give support the request id; the debug header), BlueKing's FAQ
  // (github.com/TencentBlueKing/blueking-apigateway/issues/74: 网关错误响应说明 beside 后台错误响应说明, 499), Chinese
  // ops writing on nginx's 499 (www.iamshuaidi.com/?p=45841 "Nginx状态码 499的含义", chajianwo.com/blog-28780.html
  // "nginx499状态码是什么"), MDN's status pages (developer.mozilla.org/en-US/docs/Web/HTTP/Status: "what does 502
  // mean") and the ESB's 1306 codes as BK-ESB's users name them (github.com/TencentBlueKing/blueking-apigateway/issues/74).
  {
    query: 'how do I tell if my backend or the gateway failed',
    entry: 'page:/guide/',
    kind: 'site page',
    site: 'en',
  },
  {
    query: 'did my request even reach the backend or did the gateway stop it',
    entry: 'page:/guide/',
    kind: 'site page',
    site: 'en',
    miss: true,
  },
  { query: 'what does status 499 stand for', entry: 'page:/status/499/', kind: 'site page', site: 'en' },
  { query: 'what does 502 stand for', entry: 'page:/status/502/', kind: 'site page', site: 'en' },
  { query: 'what does status code 415 mean', entry: 'page:/status/415/', kind: 'site page', site: 'en' },
  { query: 'the old ESB codes list', entry: 'page:/esb/', kind: 'site page', site: 'en' },
  { query: 'where are the 1306 error codes explained', entry: 'page:/esb/', kind: 'site page', site: 'en' },
  {
    query: 'which header tells me the gateway rejected my call',
    entry: 'page:/headers/#error-headers',
    kind: 'site page',
    site: 'en',
  },
  {
    query: 'is there a header that shows the error came from the gateway',
    entry: 'page:/headers/#error-headers',
    kind: 'site page',
    site: 'en',
  },
  {
    query: 'what id should I give support so they can find my call in the logs',
    entry: 'page:/headers/#request-id',
    kind: 'site page',
    site: 'en',
  },
  {
    query: 'how many requests do I have left before I get throttled',
    entry: 'page:/headers/#rate-limit',
    kind: 'site page',
    site: 'en',
    miss: true,
  },
  {
    query: 'how can I make the gateway show which resource it matched',
    entry: 'page:/guide/gateway-or-backend/#debug-header',
    kind: 'site page',
    site: 'en',
  },
  { query: '接口报错了，怎么知道是网关的锅还是业务服务的锅', entry: 'page:/guide/', kind: 'site page', site: 'zh' },
  { query: '请求到底有没有到后端，怎么查', entry: 'page:/guide/', kind: 'site page', site: 'zh', miss: true },
  { query: '499 是什么意思', entry: 'page:/status/499/', kind: 'site page', site: 'zh' },
  { query: '网关日志里的 499 是啥', entry: 'page:/status/499/', kind: 'site page', site: 'zh', miss: true },
  { query: '502 是什么意思', entry: 'page:/status/502/', kind: 'site page', site: 'zh' },
  { query: '老版本 ESB 的错误码在哪里查', entry: 'page:/esb/', kind: 'site page', site: 'zh' },
  { query: '1306 开头的错误码是哪个系统的', entry: 'page:/esb/', kind: 'site page', site: 'zh' },
  {
    query: '响应头里哪个字段是网关的错误码',
    entry: 'page:/headers/#error-headers',
    kind: 'site page',
    site: 'zh',
  },
  {
    query: '给网关管理员提供哪个 ID 方便查日志',
    entry: 'page:/headers/#request-id',
    kind: 'site page',
    site: 'zh',
  },
  {
    query: '怎么知道还剩多少次调用额度',
    entry: 'page:/headers/#rate-limit',
    kind: 'site page',
    site: 'zh',
    miss: true,
  },
  {
    query: '怎么开启网关的调试信息看它匹配了哪个资源',
    entry: 'page:/guide/gateway-or-backend/#debug-header',
    kind: 'site page',
    site: 'zh',
  },
  // What the pages' new questions would wrongly pull: a symptom sentence that names a header, says the gateway
  // rejected or stopped a call, or asks what a code (not a status) stands for, must still reach its entry.
  {
    query: 'the error header says API rate limit exceeded by resource strategy',
    entry: 'rate-limit-resource-strategy',
    kind: 'sentence',
  },
  {
    query: 'the gateway rejected my call because the app has no permission',
    entry: 'app-no-permission',
    kind: 'sentence',
  },
  { query: 'what does 1642903 stand for', entry: 'rate-limit-resource-strategy', kind: 'number' },
  { query: '网关拦截了请求，提示应用没有权限', entry: 'app-no-permission', kind: 'sentence', miss: true },
  {
    query: '响应头 X-Bkapi-Error-Message 是 Request backend service timeout',
    entry: 'backend-timeout',
    kind: 'sentence',
  },
  { query: '请求没到后端，网关直接返回 API not found', entry: 'api-not-found', kind: 'sentence' },
  // And words of the pages' questions that any question says (我的, 多少, 当前): a question about a limit or a secret that
  // happens to say them is about its entry.
  { query: '当前并发多少会被限制', entry: 'concurrency-limit-exceeded', kind: 'close entries' },
  // (The ranker before this round fails it too: the secret-too-long entry first.)
  { query: '我的应用密钥填错了', entry: 'app-code-or-secret-incorrect', kind: 'synonym', miss: true },
  { query: 'how many concurrent requests are allowed', entry: 'concurrency-limit-exceeded', kind: 'close entries' },
  { query: 'where do I find my app secret', entry: 'app-code-or-secret-incorrect', top: 3, kind: 'synonym' },
  // Mixed questions: a Chinese word on the English site and the other way round (each index carries both languages'
  // vocabulary and filler for them).
  { query: 'staging is fine but prod 被限流 all day', entry: 'rate-limit-resource-strategy', top: 3, kind: 'slang' },
  { query: 'component call fails, 证书过期 on the third party', entry: 'esb-1306203-ssl-error', kind: 'slang' },
  { query: 'app secret 不对 after we rotated it', entry: 'app-code-or-secret-incorrect', kind: 'slang' },
  { query: '后端 keeps timing out after 60 seconds', entry: 'backend-timeout', top: 3, kind: 'slang' },
];

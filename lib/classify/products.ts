import type { ParsedResponse } from './types';

/**
 * One product recognised in a backend response: a proxy, load balancer or CDN in front of the
 * service ('access-layer'), or the service's own framework or protocol ('service').
 */
export type ProductHit = {
  /** A stable id: `nginx`, `spring-boot`, `blueking-iam`, ... */
  product: string;
  layer: 'access-layer' | 'service';
  /** A stable id of the signature that matched: `<product>.<what>`. */
  signal: string;
  /** The exact text that matched: a substring of the body, or a header as `name: value`. */
  found: string;
  /** What the match means, in a sentence a person can check. */
  detail: string;
};

type Layer = ProductHit['layer'];

/**
 * How strongly a hit names its product. 3: the product's own page or body, written by its source;
 * 2: a trait only that product shows; 1: a hint others can share (a header, a common shape).
 * Hits are returned heaviest first, so a body a product wrote outranks any header.
 */
type Weight = 1 | 2 | 3;

type Hit = ProductHit & { weight: Weight };

type Ctx = {
  status: number | null;
  /** The body, cut to its first 64 KB and last 4 KB so every scan stays linear and bounded. */
  body: string;
  /** `body`, trimmed: for signatures that are the whole body. */
  text: string;
  /** The body as a JSON object, where it is one. */
  json: Record<string, unknown> | null;
  headers: ReadonlyArray<readonly [string, string]>;
  /** The response passed the API gateway (an `X-Bkapi-*` header), which sets headers of its own. */
  viaGateway: boolean;
};

type Rule = {
  product: string;
  layer: Layer;
  signal: string;
  weight: Weight;
  find: (c: Ctx) => string | undefined;
  detail: string;
};

const HEAD_CHARS = 64 * 1024;
const TAIL_CHARS = 4 * 1024;
const JSON_LIMIT = 1024 * 1024;
const FOUND_LIMIT = 200;

const has = (s: string, needle: string) => (s.includes(needle) ? needle : undefined);
const match = (s: string, re: RegExp) => re.exec(s)?.[0];
const clip = (s: string) => (s.length > FOUND_LIMIT ? s.slice(0, FOUND_LIMIT) : s);
const A = 'access-layer' as const;
const S = 'service' as const;

function header(c: Ctx, name: string, value?: RegExp): string | undefined {
  for (const [n, v] of c.headers) {
    if (n.toLowerCase() === name && (!value || value.test(v))) return `${n}: ${v}`;
  }
  return undefined;
}

const headerValue = (c: Ctx, name: string) =>
  c.headers.find(([n]) => n.toLowerCase() === name)?.[1];

/** A header the API gateway may have set itself: says nothing about the backend when the call passed it. */
const ownHeader = (c: Ctx, name: string, value: RegExp) =>
  c.viaGateway ? undefined : header(c, name, value);

/** A JSON string member, escapes included; the alternatives never overlap, so the scan stays linear. */
const ERROR_MSG_MEMBER = /"error_msg"\s*:\s*"(?:[^"\\]|\\.){0,300}"/;
const DETAIL_MEMBER = /"detail"\s*:\s*"(?:[^"\\]|\\.){0,300}"/;

const jsonKeys = (c: Ctx) => (c.json ? Object.keys(c.json) : []);

// HAProxy's built-in pages (src/http.c, http_err_msgs): "<html><body><h1>503 Service Unavailable</h1>\n..."
const HAPROXY_PAGE =
  /<html><body><h1>\d{3} [^<]{1,60}<\/h1>\s{0,4}(?:No server is available to handle this request|The server didn't respond in time|The server returned an invalid or incomplete response|Request forbidden by administrative rules|Your browser sent an invalid request|You have sent too many requests in a given amount of time|An internal server error occur|The resource could not be found|Your browser didn't send a complete request in time|The resource is no longer available|Request sent to a non-authoritative server|You need a valid user and password)[^<\n]{0,40}/;

// Django REST framework's default messages (rest_framework/exceptions.py, authentication.py).
const DRF_DETAIL =
  /^(?:Authentication credentials were not provided\.|Incorrect authentication credentials\.|You do not have permission to perform this action\.|Not found\.|Malformed request\.|Invalid token\.|Invalid token header\.[^\n]{0,80}|User inactive or deleted\.|Method "[A-Z]{3,10}" not allowed\.|Unsupported media type "[^\n]{0,120}" in request\.|Could not satisfy the request Accept header\.|Request was throttled\.[^\n]{0,80}|JSON parse error - [\s\S]{0,300})$/;

// Starlette's HTTPException defaults to the status phrase; FastAPI's security classes add these.
const STARLETTE_DETAIL =
  /^(?:Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Conflict|Unsupported Media Type|Unprocessable Entity|Unprocessable Content|Too Many Requests|Internal Server Error|Not authenticated|Invalid authentication credentials)$/;

/** The signature table: most specific first; weight orders the result. */
const RULES: Rule[] = [
  // --- APISIX: the nginx pages of its OpenResty build carry a 'Powered by APISIX' line; its 500 page is
  // apisix/error_handling.lua; the route miss is apisix/init.lua.
  {
    product: 'apisix', layer: A, signal: 'apisix.error-page', weight: 3,
    find: (c) => has(c.body, 'Powered by <a href="https://apisix.apache.org/">APISIX</a>'),
    detail: "APISIX's default error page (OpenResty's page with APISIX's 'Powered by' line): an APISIX wrote it, not the service. Usually one in front of the backend; the API gateway's data plane is APISIX too, so without X-Bkapi-Request-ID check whether the gateway itself answered.",
  },
  {
    product: 'apisix', layer: A, signal: 'apisix.500-page', weight: 3,
    find: (c) => has(c.body, 'Faithfully yours, <a href="https://apisix.apache.org/">APISIX</a>'),
    detail: "APISIX's own 500 page (apisix/error_handling.lua): an APISIX failed internally, usually one in front of the backend (the API gateway runs on APISIX too).",
  },
  {
    product: 'apisix', layer: A, signal: 'apisix.route-not-found', weight: 3,
    find: (c) => match(c.text, /"error_msg"\s*:\s*"404 Route Not Found"/),
    detail: 'APISIX found no route for this host and path. The API gateway reports its own route misses as 1640401, so this came from an APISIX in front of the backend.',
  },
  {
    product: 'apisix', layer: A, signal: 'apisix.error-msg', weight: 2,
    find: (c) => (jsonKeys(c).join() === 'error_msg' ? match(c.text, ERROR_MSG_MEMBER) : undefined),
    detail: 'The {"error_msg": ...} body that APISIX and its plugins answer with.',
  },
  // --- nginx family pages are found by nginxFamily() below; Tengine writes its own tail.
  {
    product: 'tengine', layer: A, signal: 'tengine.error-page', weight: 3,
    find: (c) => match(c.body, /<hr\/>Powered by Tengine(?:\/[\d.]{1,20})?/),
    detail: "Tengine's built-in error page (src/http/ngx_http_special_response.c: '<hr/>Powered by Tengine'): a Tengine proxy in front of the backend.",
  },
  {
    product: 'ingress-nginx', layer: A, signal: 'ingress-nginx.default-backend', weight: 3,
    find: (c) => (c.text === 'default backend - 404' ? c.text : undefined),
    detail: "The Kubernetes ingress-nginx default backend: no Ingress rule matched the request's host or path.",
  },
  // --- Envoy / Istio local replies (source/common/router/router.cc and filters)
  {
    product: 'envoy', layer: A, signal: 'envoy.upstream-connect-error', weight: 3,
    find: (c) => match(c.body, /upstream connect error or disconnect\/reset before headers\.?[^\n<]{0,200}/),
    detail: "Envoy's local reply: it could not connect to the service, or the connection was reset before the response headers (the reset reason follows).",
  },
  {
    product: 'envoy', layer: A, signal: 'envoy.no-healthy-upstream', weight: 3,
    find: (c) => (c.text === 'no healthy upstream' ? c.text : undefined),
    detail: "Envoy's local reply: the cluster has no healthy endpoint (the service's pods or hosts are down or failing health checks).",
  },
  {
    product: 'envoy', layer: A, signal: 'envoy.upstream-timeout', weight: 3,
    find: (c) => (c.text === 'upstream request timeout' ? c.text : undefined),
    detail: "Envoy's local reply: the service did not answer within the route timeout.",
  },
  {
    product: 'envoy', layer: A, signal: 'envoy.rbac-denied', weight: 3,
    find: (c) => (c.text === 'RBAC: access denied' ? c.text : undefined),
    detail: "Envoy's RBAC filter (an Istio AuthorizationPolicy) rejected the request, often on its source address or identity.",
  },
  {
    product: 'envoy', layer: A, signal: 'envoy.local-rate-limited', weight: 3,
    find: (c) => (c.text === 'local_rate_limited' ? c.text : undefined),
    detail: "Envoy's local rate limit filter rejected the request.",
  },
  {
    product: 'envoy', layer: A, signal: 'envoy.jwt-authn', weight: 2,
    find: (c) => match(c.text, /^Jwt (?:is missing|verification fails|is expired|is not yet valid|issuer is not configured|audiences are not allowed)/),
    detail: "Envoy's jwt_authn filter rejected the request's token.",
  },
  {
    product: 'envoy', layer: A, signal: 'envoy.generated-header', weight: 2,
    find: (c) => header(c, 'x-envoy-ratelimited') ?? header(c, 'x-envoy-overloaded'),
    detail: 'Envoy set this on a response it generated itself (rate limited or overloaded).',
  },
  // --- HAProxy, AWS, CDNs, caches
  {
    product: 'haproxy', layer: A, signal: 'haproxy.error-page', weight: 3,
    find: (c) => match(c.body, HAPROXY_PAGE),
    detail: "HAProxy's built-in error page (src/http.c, http_err_msgs): HAProxy in front of the backend answered itself; a 403 'forbidden by administrative rules' is an ACL such as a source-IP allowlist.",
  },
  {
    product: 'aws-elb', layer: A, signal: 'aws-elb.error-page', weight: 3,
    find: (c) => (header(c, 'server', /^awselb\//i) ? match(c.body, /<center><h1>\d{3} [^<]{1,60}<\/h1><\/center>/) : undefined),
    detail: 'An AWS Application Load Balancer error page (Server: awselb/2.0): the load balancer could not get an answer from its targets.',
  },
  {
    product: 'aws-elb', layer: A, signal: 'aws-elb.server-header', weight: 2,
    find: (c) => header(c, 'server', /^awselb\//i),
    detail: 'AWS Elastic Load Balancing wrote this response itself; proxied responses keep the target\'s own Server header.',
  },
  {
    product: 'aws-cloudfront', layer: A, signal: 'aws-cloudfront.error-page', weight: 3,
    find: (c) => match(c.body, /Generated by cloudfront \(CloudFront\)|<H2>The request could not be satisfied\.<\/H2>/i),
    detail: "Amazon CloudFront's own error page: the CDN in front of the backend refused or could not reach the origin.",
  },
  {
    product: 'aws-cloudfront', layer: A, signal: 'aws-cloudfront.header', weight: 1,
    find: (c) => header(c, 'x-cache', /from cloudfront/i) ?? header(c, 'via', /CloudFront/) ?? header(c, 'x-amz-cf-id'),
    detail: 'The response passed through Amazon CloudFront.',
  },
  {
    product: 'aws-api-gateway', layer: A, signal: 'aws-api-gateway.missing-token', weight: 3,
    find: (c) => match(c.text, /"message"\s*:\s*"Missing Authentication Token"/),
    detail: 'Amazon API Gateway found no resource or method for this path (its answer for an unknown route).',
  },
  {
    product: 'aws-api-gateway', layer: A, signal: 'aws-api-gateway.error-type', weight: 2,
    find: (c) => header(c, 'x-amzn-errortype'),
    detail: 'Amazon API Gateway produced this error itself (x-amzn-ErrorType names it).',
  },
  {
    product: 'aws-api-gateway', layer: A, signal: 'aws-api-gateway.header', weight: 1,
    find: (c) => header(c, 'x-amz-apigw-id'),
    detail: 'The response passed through Amazon API Gateway.',
  },
  {
    product: 'cloudflare', layer: A, signal: 'cloudflare.error-page', weight: 3,
    find: (c) => match(c.body, /Cloudflare Ray ID: <strong[^>]{0,40}>[0-9a-f]{8,20}|id="cf-error-details"|class="cf-error-details[^"]{0,40}"/),
    detail: "Cloudflare's own error page (with its Ray ID): the CDN in front of the backend refused the request or could not reach the origin.",
  },
  {
    product: 'cloudflare', layer: A, signal: 'cloudflare.error-code', weight: 3,
    find: (c) => match(c.text, /^error code: 1\d{3}$/),
    detail: "Cloudflare's plain-text error for API clients; 1xxx codes are Cloudflare's own (1020: a firewall rule, often on the client IP, blocked the request).",
  },
  {
    product: 'cloudflare', layer: A, signal: 'cloudflare.header', weight: 1,
    find: (c) => header(c, 'cf-ray') ?? header(c, 'server', /^cloudflare/i),
    detail: 'The response passed through Cloudflare.',
  },
  {
    product: 'akamai', layer: A, signal: 'akamai.reference', weight: 3,
    find: (c) => match(c.body, /Reference&#32;&#35;[^\s<]{1,80}/),
    detail: "Akamai's edge error page (its entity-encoded 'Reference #'): the CDN refused the request (Access Denied is usually a client IP, geography or WAF rule).",
  },
  {
    product: 'akamai', layer: A, signal: 'akamai.server-header', weight: 2,
    find: (c) => header(c, 'server', /^AkamaiGHost/i),
    detail: 'Akamai\'s edge server (AkamaiGHost) wrote this response.',
  },
  {
    product: 'varnish', layer: A, signal: 'varnish.guru-meditation', weight: 3,
    find: (c) => match(c.body, /Guru Meditation:?(?:<\/h3>\s{0,8}<p>XID: \d{1,20})?/i),
    detail: "Varnish's built-in synthetic error page (builtin.vcl): the cache could not fetch from its backend.",
  },
  {
    product: 'varnish', layer: A, signal: 'varnish.header', weight: 1,
    find: (c) => header(c, 'x-varnish') ?? header(c, 'via', /varnish/i),
    detail: 'The response passed through a Varnish cache.',
  },
  {
    product: 'squid', layer: A, signal: 'squid.error-header', weight: 3,
    find: (c) => header(c, 'x-squid-error'),
    detail: 'Squid generated this response itself; the value is its error page and the system error number (ERR_CONNECT_FAIL 111: connection refused).',
  },
  {
    product: 'squid', layer: A, signal: 'squid.error-page', weight: 3,
    find: (c) => match(c.body, /<title>ERROR: The requested URL could not be retrieved<\/title>|<body id="?ERR_[A-Z_]{3,40}"?>/),
    detail: "Squid's error page: the proxy could not retrieve the URL from the backend.",
  },
  {
    product: 'squid', layer: A, signal: 'squid.header', weight: 1,
    find: (c) => header(c, 'server', /^squid/i) ?? header(c, 'via', /\(squid/i),
    detail: 'The response passed through a Squid proxy.',
  },
  // --- Kong (kong/runloop/handler.lua, balancer, plugins)
  {
    product: 'kong', layer: A, signal: 'kong.no-route', weight: 3,
    find: (c) => match(c.text, /"message"\s*:\s*"no (?:Route matched|API found) with those values"/),
    detail: "Kong's answer when no Route matches the request's host, path or method: a Kong in front of the backend.",
  },
  {
    product: 'kong', layer: A, signal: 'kong.proxy-error', weight: 3,
    find: (c) => match(c.text, /"message"\s*:\s*"(?:An invalid response was received from the upstream server|failure to get a peer from the ring-balancer|The upstream server is timing out|name resolution failed)"/),
    detail: 'Kong could not get an answer from the upstream service (refused, no healthy target, timeout or DNS).',
  },
  {
    product: 'kong', layer: A, signal: 'kong.plugin-error', weight: 2,
    find: (c) => (header(c, 'x-kong-response-latency') || header(c, 'server', /^kong\//i)
      ? match(c.text, /"message"\s*:\s*"(?:API rate limit exceeded|No API key found in request|Invalid authentication credentials|Unauthorized|You cannot consume this service)"/)
      : undefined),
    detail: 'A Kong plugin (rate limiting, key or ACL authentication) rejected the request.',
  },
  {
    product: 'kong', layer: A, signal: 'kong.response-header', weight: 2,
    find: (c) => header(c, 'x-kong-response-latency') ?? header(c, 'server', /^kong\//i),
    detail: 'Kong wrote this response itself (Kong sets X-Kong-Response-Latency and Server: kong on responses it generates).',
  },
  {
    product: 'kong', layer: A, signal: 'kong.upstream-header', weight: 1,
    find: (c) => header(c, 'x-kong-upstream-latency') ?? header(c, 'via', /kong\//i),
    detail: 'The response passed through Kong from its upstream service.',
  },
  // --- F5, IIS / HTTP.sys, Apache httpd
  {
    product: 'f5-bigip', layer: A, signal: 'f5-bigip.asm-rejected', weight: 3,
    find: (c) => has(c.body, 'The requested URL was rejected. Please consult with your administrator.'),
    detail: "F5 BIG-IP ASM's blocking page (often with HTTP 200): the web application firewall in front of the backend rejected the request; quote the support ID.",
  },
  {
    product: 'f5-bigip', layer: A, signal: 'f5-bigip.header', weight: 1,
    find: (c) => header(c, 'set-cookie', /^BIGipServer/) ?? header(c, 'server', /^BIG-?IP/i),
    detail: 'The response passed through an F5 BIG-IP load balancer.',
  },
  {
    product: 'aspnet-core', layer: S, signal: 'aspnet-core.host-filtering', weight: 3,
    find: (c) => (header(c, 'server', /^Kestrel/i) ? has(c.body, '<h2>Bad Request - Invalid Hostname</h2>') : undefined),
    detail: "ASP.NET Core's host filtering (AllowedHosts) rejected the Host header; add the host the gateway sends to AllowedHosts.",
  },
  {
    product: 'http-sys', layer: A, signal: 'http-sys.error-page', weight: 3,
    find: (c) => (header(c, 'server', /^Kestrel/i) ? undefined : match(c.body, /<hr><p>HTTP Error \d{3}\. [^<]{1,120}<\/p>/)),
    detail: 'Windows HTTP.sys answered before IIS or the app: for 400 Invalid Hostname, no site is bound to the Host header the gateway sends.',
  },
  {
    product: 'http-sys', layer: A, signal: 'http-sys.server-header', weight: 2,
    find: (c) => header(c, 'server', /^Microsoft-HTTPAPI/i),
    detail: 'Windows HTTP.sys wrote this response itself: no IIS site or application took the request.',
  },
  {
    product: 'iis', layer: A, signal: 'iis.error-page', weight: 3,
    find: (c) => match(c.body, /<h2>\d{3}(?:\.\d{1,2})? - [^<]{1,160}<\/h2>|<h3>HTTP Error \d{3}\.\d{1,2} - [^<]{1,80}<\/h3>/),
    detail: "IIS's own error page (or ARR's, for 502 'while acting as a gateway or proxy server').",
  },
  {
    product: 'iis', layer: A, signal: 'iis.server-header', weight: 1,
    find: (c) => header(c, 'server', /^Microsoft-IIS/i),
    detail: 'The response came from, or through, IIS.',
  },
  {
    product: 'aspnet', layer: S, signal: 'aspnet.yellow-screen', weight: 3,
    find: (c) => match(c.body, /Server Error in '[^'<]{0,100}' Application\./),
    detail: "ASP.NET's error page: the application itself threw an unhandled exception.",
  },
  {
    product: 'apache-httpd', layer: A, signal: 'apache-httpd.signature', weight: 3,
    find: (c) => match(c.body, /<address>Apache(?:\/[\d.]{1,12})?[^<]{0,120} Server at [^<]{1,200} Port \d{1,5}<\/address>/),
    detail: "Apache httpd's built-in error page with its server signature.",
  },
  {
    product: 'apache-httpd', layer: A, signal: 'apache-httpd.proxy-error', weight: 3,
    find: (c) => match(c.body, /<title>50[234] Proxy Error<\/title>/),
    detail: "Apache httpd's mod_proxy could not get a valid answer from the backend behind it.",
  },
  {
    product: 'apache-httpd', layer: A, signal: 'apache-httpd.error-page', weight: 2,
    find: (c) => (c.body.includes('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">') && !c.body.includes('Powered by Tengine')
      ? match(c.body, /<title>\d{3} [^<]{1,60}<\/title>\r?\n<\/head><body>\r?\n<h1>[^<]{1,60}<\/h1>/)
      : undefined),
    detail: "Apache httpd's built-in error page (signature turned off).",
  },
  // --- Java
  {
    product: 'tomcat', layer: S, signal: 'tomcat.error-report', weight: 3,
    find: (c) => match(c.body, /<h3>Apache Tomcat\/[^<]{1,40}<\/h3>|<h1>HTTP Status \d{3} [–-] [^<]{0,80}<\/h1>/),
    detail: "Tomcat's error report page (ErrorReportValve): the servlet container answered; Type/Message/Description say why.",
  },
  {
    product: 'jetty', layer: S, signal: 'jetty.error-page', weight: 3,
    find: (c) => match(c.body, /Powered by Jetty:\/\/ ?[^<]{0,40}|<h2>HTTP ERROR:? ?\d{3}[^<]{0,80}<\/h2>/),
    detail: "Jetty's error page (ErrorHandler): the Java service's servlet container answered.",
  },
  {
    product: 'spring-boot', layer: S, signal: 'spring-boot.whitelabel', weight: 3,
    find: (c) => has(c.body, '<h1>Whitelabel Error Page</h1>'),
    detail: "Spring Boot's Whitelabel Error Page: the Spring application answered with its fallback /error view.",
  },
  {
    product: 'spring-boot', layer: S, signal: 'spring-boot.error-json', weight: 3,
    find: (c) => {
      const j = c.json;
      return j && 'timestamp' in j && typeof j.status === 'number' && typeof j.error === 'string' && typeof j.path === 'string'
        ? clip(c.text) : undefined;
    },
    detail: "Spring Boot's default error JSON (DefaultErrorAttributes: timestamp, status, error, path): the Spring application answered.",
  },
  {
    product: 'spring', layer: S, signal: 'spring.problem-detail', weight: 2,
    find: (c) => (c.json?.type === 'about:blank' && typeof c.json.title === 'string' && typeof c.json.status === 'number' && 'instance' in c.json
      ? clip(c.text) : undefined),
    detail: "Spring Framework 6's RFC 9457 ProblemDetail (type about:blank with an instance path): a Spring application answered.",
  },
  {
    product: 'aspnet-core', layer: S, signal: 'aspnet-core.problem-details', weight: 3,
    find: (c) => (typeof c.json?.traceId === 'string' ? match(c.text, /"type"\s*:\s*"https:\/\/tools\.ietf\.org\/html\/rfc\d{4}#section-[\d.]{1,10}"/) : undefined),
    detail: "ASP.NET Core's ProblemDetails (an RFC type link, title, status and traceId): the .NET service answered.",
  },
  {
    product: 'aspnet-core', layer: S, signal: 'aspnet-core.problem-type', weight: 2,
    find: (c) => (typeof c.json?.traceId === 'string' ? undefined : match(c.text, /"type"\s*:\s*"https:\/\/tools\.ietf\.org\/html\/rfc\d{4}#section-[\d.]{1,10}"/)),
    detail: 'A problem-details body with the RFC section links ASP.NET Core uses: most likely a .NET service.',
  },
  {
    product: 'aspnet-core', layer: S, signal: 'aspnet-core.kestrel', weight: 1,
    find: (c) => header(c, 'server', /^Kestrel/i),
    detail: "The response came from ASP.NET Core's Kestrel server.",
  },
  // --- Node
  {
    product: 'express', layer: S, signal: 'express.cannot-method', weight: 3,
    find: (c) => match(c.body, /<pre>Cannot (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) [^<]{0,300}<\/pre>/) ?? match(c.text, /^Cannot (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/[^\s]{0,300}$/),
    detail: "Express's final handler (finalhandler): no route in the Node.js service matches this method and path.",
  },
  {
    product: 'express', layer: S, signal: 'express.error-page', weight: 2,
    find: (c) => (c.body.includes('<meta charset="utf-8">') && c.body.includes('<pre>') ? has(c.body, '<title>Error</title>') : undefined),
    detail: "Express's default error page (finalhandler): the Node.js service passed an error to Express.",
  },
  {
    product: 'express', layer: S, signal: 'express.powered-by', weight: 1,
    find: (c) => header(c, 'x-powered-by', /^Express/i),
    detail: 'The service runs on Express (its default X-Powered-By header).',
  },
  {
    product: 'node-http', layer: S, signal: 'node-http.keep-alive', weight: 1,
    find: (c) => header(c, 'keep-alive', /^timeout=5$/),
    detail: "Node.js's http server announces 'Keep-Alive: timeout=5' by default: a Node.js service.",
  },
  // --- Python
  {
    product: 'django', layer: S, signal: 'django.error-template', weight: 3,
    find: (c) => match(c.body, /<h1>(?:Bad Request \(400\)|Server Error \(500\))<\/h1>|<h1>403 Forbidden<\/h1><p><\/p>/) ?? (c.text === '<h1>403 Forbidden</h1>' ? c.text : undefined),
    detail: "Django's default error view (django/views/defaults.py): the Django service answered. A 400 'Bad Request (400)' usually means the gateway's Host is not in ALLOWED_HOSTS.",
  },
  {
    product: 'django', layer: S, signal: 'django.not-found', weight: 3,
    find: (c) => has(c.body, '<h1>Not Found</h1><p>The requested resource was not found on this server.</p>'),
    detail: "Django's default 404 page: no URL pattern of the Django service matches the path.",
  },
  {
    product: 'django', layer: S, signal: 'django.csrf-failure', weight: 3,
    find: (c) => has(c.body, 'CSRF verification failed. Request aborted.'),
    detail: "Django's CSRF middleware rejected the request (no CSRF token or cookie): exempt the API view or send the token.",
  },
  {
    product: 'django', layer: S, signal: 'django.debug-page', weight: 3,
    find: (c) => match(c.body, /Invalid HTTP_HOST header: [^\n<]{1,200}/) ?? match(c.body, /You.{1,7}re seeing this error because you have <code>DEBUG = True<\/code>/),
    detail: "Django's DEBUG technical page: the Django service answered (DisallowedHost: add the gateway's Host to ALLOWED_HOSTS).",
  },
  {
    product: 'django', layer: S, signal: 'django.runserver', weight: 1,
    find: (c) => header(c, 'server', /^WSGIServer\//i),
    detail: "Django's development server (runserver) answered.",
  },
  {
    product: 'flask', layer: S, signal: 'flask.werkzeug-page', weight: 3,
    find: (c) => match(c.body, /<!doctype html>\r?\n<html lang=en>\r?\n<title>[^<]{1,80}<\/title>/) ?? match(c.body, /<!DOCTYPE HTML PUBLIC "-\/\/W3C\/\/DTD HTML 3\.2 Final\/\/EN">\r?\n<title>\d{3} [^<]{1,60}<\/title>/),
    detail: "Werkzeug's HTTPException page (werkzeug/exceptions.py), as Flask sends it: the Python service answered.",
  },
  {
    product: 'flask', layer: S, signal: 'flask.werkzeug-debugger', weight: 3,
    find: (c) => match(c.body, / \/\/ Werkzeug Debugger<\/title>/),
    detail: "Werkzeug's interactive debugger page: the Flask service raised an exception in debug mode.",
  },
  {
    product: 'flask', layer: S, signal: 'flask.werkzeug-server', weight: 1,
    find: (c) => header(c, 'server', /^Werkzeug\//i),
    detail: "Werkzeug's development server (flask run) answered.",
  },
  {
    product: 'gunicorn', layer: S, signal: 'gunicorn.error-page', weight: 3,
    find: (c) => match(c.body, /<h1><p>[^<]{1,80}<\/p><\/h1>/),
    detail: "gunicorn's own error page (gunicorn/util.py write_error): the worker failed before the application answered (an exception, a bad request line or a header gunicorn refused).",
  },
  {
    product: 'gunicorn', layer: S, signal: 'gunicorn.server-header', weight: 1,
    find: (c) => header(c, 'server', /^gunicorn/i),
    detail: 'The service runs under gunicorn.',
  },
  {
    product: 'uvicorn', layer: S, signal: 'uvicorn.plain-500', weight: 3,
    find: (c) => (header(c, 'server', /^uvicorn/i) && c.text === 'Internal Server Error' ? c.text : undefined),
    detail: "uvicorn's own 500: the ASGI application raised before sending a response.",
  },
  {
    product: 'uvicorn', layer: S, signal: 'uvicorn.server-header', weight: 1,
    find: (c) => header(c, 'server', /^uvicorn/i),
    detail: 'The service runs under uvicorn (FastAPI, Starlette or another ASGI app).',
  },
  {
    product: 'tornado', layer: S, signal: 'tornado.error-page', weight: 3,
    find: (c) => match(c.body, /<html><title>\d{3}: [^<]{1,60}<\/title><body>\d{3}: [^<]{1,60}<\/body><\/html>/),
    detail: "Tornado's default error page (RequestHandler.write_error): the Tornado service answered.",
  },
  {
    product: 'tornado', layer: S, signal: 'tornado.server-header', weight: 1,
    find: (c) => header(c, 'server', /^TornadoServer/i),
    detail: 'The service runs on Tornado.',
  },
  // --- Ruby, PHP
  {
    product: 'rails', layer: S, signal: 'rails.public-page', weight: 3,
    find: (c) => match(c.body, /The page you were looking for doesn(?:'|’|&#39;)t exist|We(?:'|’|&#39;)re sorry, but something went wrong\.|The change you wanted was rejected\./),
    detail: "A Rails application's public error page (public/404.html, 422.html, 500.html).",
  },
  {
    product: 'rails', layer: S, signal: 'rails.routing-error', weight: 3,
    find: (c) => match(c.body, /No route matches \[[A-Z]{3,7}\] "[^"]{0,200}"/),
    detail: 'Rails found no route for this method and path.',
  },
  {
    product: 'rails', layer: S, signal: 'rails.error-json', weight: 2,
    find: (c) => (jsonKeys(c).sort().join() === 'error,status' && typeof c.json?.status === 'number' && typeof c.json.error === 'string'
      ? clip(c.text) : undefined),
    detail: "Rails' public exceptions JSON ({status, error}): a Rails API answered.",
  },
  {
    product: 'rails', layer: S, signal: 'rails.runtime-header', weight: 1,
    find: (c) => header(c, 'x-runtime'),
    detail: 'X-Runtime is set by Rack::Runtime: most likely a Rails or other Rack service.',
  },
  {
    product: 'laravel', layer: S, signal: 'laravel.error-view', weight: 3,
    find: (c) => has(c.body, 'ml-4 text-lg text-gray-500 uppercase tracking-wider') ?? match(c.body, /<title>Page Expired<\/title>/),
    detail: "Laravel's default error view (Illuminate/Foundation/Exceptions/views): the Laravel service answered.",
  },
  {
    product: 'laravel', layer: S, signal: 'laravel.csrf', weight: 3,
    find: (c) => match(c.text, /"message"\s*:\s*"CSRF token mismatch\."/),
    detail: "Laravel's CSRF check rejected the request (419): exclude the API route from VerifyCsrfToken.",
  },
  {
    product: 'laravel', layer: S, signal: 'laravel.json', weight: 2,
    find: (c) => match(c.text, /"message"\s*:\s*"Unauthenticated\."/)
      ?? (typeof c.json?.message === 'string' && c.json.errors && typeof c.json.errors === 'object' && !Array.isArray(c.json.errors)
        ? clip(c.text) : undefined),
    detail: "Laravel's JSON error ('Unauthenticated.' from the auth guard, or {message, errors} from validation).",
  },
  {
    product: 'laravel', layer: S, signal: 'laravel.session-cookie', weight: 1,
    find: (c) => header(c, 'set-cookie', /^(?:laravel_session|XSRF-TOKEN)=/),
    detail: 'Laravel sets this cookie: the service runs on Laravel.',
  },
  {
    product: 'php-fpm', layer: S, signal: 'php-fpm.script-not-found', weight: 3,
    find: (c) => (c.text === 'File not found.' || c.text === 'No input file specified.' ? c.text : undefined),
    detail: 'PHP-FPM found no script for the path nginx passed it (Primary script unknown): the PHP service has no such file or its SCRIPT_FILENAME is wrong.',
  },
  {
    product: 'php-fpm', layer: S, signal: 'php-fpm.access-denied', weight: 1,
    find: (c) => (c.text === 'Access denied.' ? c.text : undefined),
    detail: "PHP-FPM's security.limit_extensions refused to run the requested file.",
  },
  {
    product: 'php', layer: S, signal: 'php.powered-by', weight: 1,
    find: (c) => header(c, 'x-powered-by', /^PHP\//i),
    detail: 'The service runs on PHP.',
  },
  // --- Server headers the API gateway may set itself: weighed only on a response that did not pass it.
  {
    product: 'apisix', layer: A, signal: 'apisix.server-header', weight: 1,
    find: (c) => ownHeader(c, 'server', /^APISIX/i),
    detail: 'APISIX answered or forwarded this response (its Server header).',
  },
  {
    product: 'openresty', layer: A, signal: 'openresty.server-header', weight: 1,
    find: (c) => ownHeader(c, 'server', /^openresty/i),
    detail: 'OpenResty answered or forwarded this response (its Server header).',
  },
  {
    product: 'tengine', layer: A, signal: 'tengine.server-header', weight: 1,
    find: (c) => header(c, 'server', /^Tengine/i),
    detail: 'Tengine answered or forwarded this response (its Server header).',
  },
  {
    product: 'tencent-stgw', layer: A, signal: 'tencent-stgw.server-header', weight: 1,
    find: (c) => header(c, 'server', /^stgw/i),
    detail: "Tencent's STGW (the CLB load balancer layer) answered or forwarded this response.",
  },
  {
    product: 'nginx', layer: A, signal: 'nginx.server-header', weight: 1,
    find: (c) => ownHeader(c, 'server', /^nginx\b/i),
    detail: 'nginx answered or forwarded this response (its Server header).',
  },
  {
    product: 'istio-envoy', layer: A, signal: 'istio-envoy.server-header', weight: 1,
    find: (c) => header(c, 'server', /^istio-envoy/i),
    detail: "The response came through an Istio sidecar or gateway (Envoy's Server header in Istio).",
  },
  {
    product: 'envoy', layer: A, signal: 'envoy.header', weight: 1,
    find: (c) => header(c, 'server', /^envoy\b/i) ?? header(c, 'x-envoy-upstream-service-time'),
    detail: 'The response came through Envoy (x-envoy-upstream-service-time: the service answered through it).',
  },
  {
    product: 'caddy', layer: A, signal: 'caddy.server-header', weight: 1,
    find: (c) => header(c, 'server', /^Caddy/i),
    detail: 'The response came from, or through, Caddy.',
  },
  {
    product: 'apache-httpd', layer: A, signal: 'apache-httpd.server-header', weight: 1,
    find: (c) => header(c, 'server', /^Apache(?:\/|$|\s)/i),
    detail: 'Apache httpd answered or forwarded this response (its Server header).',
  },
  {
    product: 'tomcat', layer: S, signal: 'tomcat.server-header', weight: 1,
    find: (c) => header(c, 'server', /^Apache-Coyote/i),
    detail: "Tomcat's connector (Apache-Coyote) answered.",
  },
  {
    product: 'jetty', layer: S, signal: 'jetty.server-header', weight: 1,
    find: (c) => header(c, 'server', /^Jetty/i),
    detail: 'The Java service runs on Jetty.',
  },
  {
    product: 'aspnet', layer: S, signal: 'aspnet.powered-by', weight: 1,
    find: (c) => header(c, 'x-powered-by', /^ASP\.NET/i),
    detail: 'The service runs on ASP.NET under IIS.',
  },
];

type NginxTail = { test: RegExp; product: string; detail: string };

// ngx_http_special_response.c ends every built-in page with "<hr><center>" NGINX_VER "</center>";
// forks and products built on nginx put their own name there.
const NGINX_TAILS: NginxTail[] = [
  { test: /^openresty\b/i, product: 'openresty', detail: "OpenResty's built-in error page (nginx's page, OpenResty's name). The API gateway runs on OpenResty too: on a response without any sign of the gateway's plugins, check whether the gateway's own nginx wrote it (a 413, for example)." },
  { test: /^nginx\b/i, product: 'nginx', detail: "nginx's built-in error page (src/http/ngx_http_special_response.c): an nginx in front of the service (the backend's access layer) answered itself." },
  { test: /^stgw\b/i, product: 'tencent-stgw', detail: "Tencent STGW's error page (the layer behind Tencent Cloud CLB): the load balancer answered, the service was not reached or did not answer." },
  { test: /^cloudflare\b/i, product: 'cloudflare', detail: "Cloudflare's nginx-style error page: the CDN in front of the backend answered itself." },
  { test: /^tengine\b/i, product: 'tengine', detail: "Tengine's error page: a Tengine proxy in front of the backend answered itself." },
  { test: /^apisix\b/i, product: 'apisix', detail: 'An APISIX error page: an APISIX in front of the backend answered itself.' },
];

function nginxFamily(c: Ctx): Hit[] {
  const tail = /<hr><center>([^<\r\n]{1,80})<\/center>/.exec(c.body);
  if (tail) {
    const name = (tail[1] ?? '').trim();
    const known = NGINX_TAILS.find((t) => t.test.test(name));
    const product = known?.product ?? (name.split('/')[0] ?? name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (!product) return [];
    return [{
      product, layer: A, signal: `${product}.error-page`, weight: known ? 3 : 2, found: tail[0],
      detail: known?.detail ?? `The built-in error page of an nginx-based proxy that names itself '${name}': the backend's access layer answered itself.`,
    }];
  }
  const page = /<center><h1>\d{3} [^<]{1,60}<\/h1><\/center>/.exec(c.body);
  if (page && !header(c, 'server', /^awselb\//i)) {
    return [{
      product: 'nginx', layer: A, signal: 'nginx.untagged-error-page', weight: 1, found: page[0],
      detail: "nginx's error page layout with the server line removed (nginx built without it, or a product that copies the layout): an access layer, not the service, most likely wrote it.",
    }];
  }
  return [];
}

const GO_NOT_FOUND = '404 page not found';

// Go's http.Error (net/http/server.go) writes the text plus "\n" as text/plain; charset=utf-8 with
// X-Content-Type-Options: nosniff; Gin's serveError (gin.go) writes "404 page not found" as bare text/plain.
function goFamily(c: Ctx): Hit[] {
  const type = headerValue(c, 'content-type')?.trim().toLowerCase();
  if (c.text === '405 method not allowed') {
    return [{ product: 'gin', layer: S, signal: 'gin.default-body', weight: 3, found: c.text, detail: "Gin's default 405 body: the Gin service has this path for another method only." }];
  }
  if (c.text !== GO_NOT_FOUND) return [];
  if (type === 'text/plain') {
    return [{ product: 'gin', layer: S, signal: 'gin.default-body', weight: 3, found: c.text, detail: "Gin's default 404 (bare text/plain, no charset): no route of the Gin service matches the path." }];
  }
  const nosniff = header(c, 'x-content-type-options', /nosniff/i);
  const weight: Weight = type?.startsWith('text/plain; charset=utf-8') ? (nosniff ? 3 : 2) : 1;
  return [
    { product: 'go-net-http', layer: S, signal: 'go-net-http.not-found', weight, found: c.text, detail: "Go net/http's NotFound (text/plain; charset=utf-8, nosniff): no handler of the Go service matches the path." },
    { product: 'traefik', layer: A, signal: 'traefik.not-found', weight: 1, found: c.text, detail: 'Traefik, written in Go, sends the same body when no router matches the host or path: check whether a Traefik sits in front of the service.' },
  ];
}

// Koa's default for an unhandled status is the bare status phrase; Go's http.Error would add "\n" and nosniff.
function koa(c: Ctx): Hit[] {
  const type = headerValue(c, 'content-type')?.toLowerCase() ?? '';
  if (!/^(?:Not Found|Method Not Allowed|Internal Server Error|Unsupported Media Type|Bad Request|Unauthorized|Forbidden)$/.test(c.body)) return [];
  // Koa sets no Server header; uvicorn, for one, sends the same bare phrase with its own.
  if (!type.startsWith('text/plain; charset=utf-8') || header(c, 'server') || header(c, 'x-content-type-options') || header(c, 'x-powered-by')) return [];
  return [{ product: 'koa', layer: S, signal: 'koa.status-text', weight: 1, found: c.body, detail: "The bare status phrase as text/plain; charset=utf-8 is Koa's default body: most likely a Node.js (Koa) service." }];
}

function detailMember(c: Ctx): Hit[] {
  const j = c.json;
  if (!j || jsonKeys(c).join() !== 'detail') return [];
  const found = match(c.text, DETAIL_MEMBER) ?? match(c.text, /"detail"\s*:\s*\[/) ?? '"detail"';
  const d = j.detail;
  if (Array.isArray(d)) {
    const first = d[0] as Record<string, unknown> | undefined;
    return first && typeof first === 'object' && 'loc' in first && 'msg' in first
      ? [{ product: 'fastapi', layer: S, signal: 'fastapi.validation-error', weight: 3, found, detail: "FastAPI's request validation error (pydantic's loc/msg/type list, 422): the service rejected the request's parameters or body." }]
      : [];
  }
  if (typeof d !== 'string') return [];
  if (DRF_DETAIL.test(d)) {
    return [{ product: 'django-rest-framework', layer: S, signal: 'django-rest-framework.detail', weight: 3, found, detail: "Django REST framework's default error message ({\"detail\": ...}, rest_framework/exceptions.py): the Django service answered." }];
  }
  if (STARLETTE_DETAIL.test(d)) {
    return [{ product: 'fastapi', layer: S, signal: 'fastapi.detail', weight: 2, found, detail: "FastAPI/Starlette's HTTPException body with the bare status phrase ({\"detail\": \"Not Found\"}): the Python service answered." }];
  }
  return [
    { product: 'fastapi', layer: S, signal: 'fastapi.detail', weight: 1, found, detail: 'A {"detail": ...} body: FastAPI raises HTTPException this way.' },
    { product: 'django-rest-framework', layer: S, signal: 'django-rest-framework.detail', weight: 1, found, detail: 'A {"detail": ...} body: Django REST framework answers errors this way.' },
  ];
}

const numeric = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v
    : typeof v === 'string' && /^-?\d{1,12}$/.test(v) ? Number(v) : null;

// A body with its own numeric code is the service's protocol, unless the code is the API gateway's
// (16xxxxx) or the legacy ESB's (1306xxx): those are weighed elsewhere.
function businessJson(c: Ctx): Hit[] {
  const j = c.json;
  if (!j) return [];
  const code = numeric(j.code) ?? numeric(j.errcode) ?? numeric(j.error_code);
  if (code === null || /^(?:16\d{5}|1306\d{3})$/.test(String(code))) return [];
  const found = match(c.text, /"(?:code|errcode|error_code)"\s*:\s*"?-?\d{1,12}"?/) ?? String(code);
  if (code === 9900403 && j.permission && typeof j.permission === 'object') {
    return [{ product: 'blueking-iam', layer: S, signal: 'blueking-iam.no-permission', weight: 3, found, detail: "The BlueKing permission center's no-permission body (code 9900403 with the permission to apply for), as CMDB and other BlueKing systems return it: the backend system denied the user; apply for the listed actions." }];
  }
  if (typeof j.result === 'boolean' && typeof j.message === 'string' && ('request_id' in j || 'trace_id' in j)) {
    return [{ product: 'blueking-api', layer: S, signal: 'blueking-api.error', weight: 2, found, detail: "A BlueKing system's own API protocol (result, code, message, data, request_id) with a code that is not the gateway's 16xxxxx: the backend system answered; look its request_id up in that system's logs." }];
  }
  if (code >= 0 && code <= 16 && Array.isArray(j.details) && typeof j.message === 'string') {
    return [{ product: 'grpc-gateway', layer: S, signal: 'grpc-gateway.status', weight: 2, found, detail: 'A gRPC status as JSON (code 0-16, message, details): a gRPC service behind grpc-gateway answered.' }];
  }
  const described = ['message', 'msg', 'errmsg', 'error', 'data', 'result', 'success'].some((k) => k in j);
  return [{ product: 'business-json', layer: S, signal: 'business-json.code', weight: described ? 2 : 1, found, detail: "The service's own error protocol: a code that is not the gateway's (16xxxxx); the service wrote it, look it up in its documentation or logs." }];
}

// Caddy answers its own proxy failures with the status and an empty body.
function caddyEmpty(c: Ctx): Hit[] {
  const server = header(c, 'server', /^Caddy/i);
  return server && c.text === '' && (c.status ?? 0) >= 500
    ? [{ product: 'caddy', layer: A, signal: 'caddy.empty-error', weight: 2, found: server, detail: 'Caddy answers its own reverse-proxy failures with the status and an empty body: Caddy could not reach the service.' }]
    : [];
}

const DETECTORS: ReadonlyArray<(c: Ctx) => Hit[]> = [
  nginxFamily, goFamily, koa, detailMember, businessJson, caddyEmpty,
];

function bounded(body: string): string {
  return body.length <= HEAD_CHARS + TAIL_CHARS ? body : `${body.slice(0, HEAD_CHARS)}\n${body.slice(-TAIL_CHARS)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The body as a JSON object: the parse stage's value where it has one, else parsed here (once, up to 1 MB). */
function objectOf(res: ParsedResponse): Record<string, unknown> | null {
  if (res.bodyJson) return isObject(res.bodyJson.value) ? res.bodyJson.value : null;
  const text = res.body.length <= JSON_LIMIT ? res.body.trim() : '';
  if (!text.startsWith('{')) return null;
  for (const candidate of [text, text.slice(0, text.lastIndexOf('}') + 1)]) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (isObject(value)) return value;
    } catch {
      // Not JSON, or JSON with trailing junk: the second candidate cuts at the last brace.
    }
  }
  return null;
}

/**
 * The products a backend response shows: its access layer (proxy, load balancer, CDN) or its
 * service framework and protocol, each with the evidence. Heaviest first: a body the product wrote
 * outranks a trait, which outranks a header. Scans at most the body's first 64 KB and last 4 KB;
 * a JSON body of up to 1 MB is parsed whole (once, and only when the parse stage has not).
 */
export function detectProducts(res: ParsedResponse): ProductHit[] {
  const body = bounded(res.body);
  const text = body.trim();
  const c: Ctx = {
    status: res.status,
    body,
    text,
    json: objectOf(res),
    headers: res.headers,
    viaGateway: res.headers.some(([n]) => n.toLowerCase().startsWith('x-bkapi-')),
  };
  const hits: Hit[] = [];
  for (const rule of RULES) {
    const found = rule.find(c);
    if (found !== undefined) {
      hits.push({ product: rule.product, layer: rule.layer, signal: rule.signal, weight: rule.weight, found: clip(found), detail: rule.detail });
    }
  }
  for (const detect of DETECTORS) hits.push(...detect(c));

  const seen = new Set<string>();
  return hits
    .map((hit, order) => ({ hit, order }))
    .sort((a, b) => b.hit.weight - a.hit.weight || a.order - b.order)
    .filter(({ hit }) => {
      const key = `${hit.product}\u0000${hit.signal}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ hit: { weight: _weight, ...hit } }) => hit);
}

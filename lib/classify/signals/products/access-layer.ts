import { A, ERROR_MSG_MEMBER, HAPROXY_PAGE, S, has, headerLine, jsonKeys, match } from './context';
import type { Ctx, Hit, Rule } from './context';

// Proxies, load balancers, CDNs and caches in front of a service: most specific first.
export const ACCESS_LAYER_RULES: Rule[] = [
  // --- APISIX: the nginx pages of its OpenResty build carry a 'Powered by APISIX' line; its 500 page is
  // apisix/error_handling.lua; the route miss is apisix/init.lua.
  {
    product: 'apisix',
    layer: A,
    signal: 'apisix.error-page',
    weight: 3,
    find: (c) => has(c.body, 'Powered by <a href="https://apisix.apache.org/">APISIX</a>'),
    detail:
      "APISIX's default error page (OpenResty's page with APISIX's 'Powered by' line): an APISIX wrote it, not the service. Usually one in front of the backend; the API gateway's data plane is APISIX too, so without X-Bkapi-Request-ID check whether the gateway itself answered.",
  },
  {
    product: 'apisix',
    layer: A,
    signal: 'apisix.500-page',
    weight: 3,
    find: (c) => has(c.body, 'Faithfully yours, <a href="https://apisix.apache.org/">APISIX</a>'),
    detail:
      "APISIX's own 500 page (apisix/error_handling.lua): an APISIX failed internally, usually one in front of the backend (the API gateway runs on APISIX too).",
  },
  {
    product: 'apisix',
    layer: A,
    signal: 'apisix.route-not-found',
    weight: 3,
    find: (c) => match(c.text, /"error_msg"\s*:\s*"404 Route Not Found"/),
    detail:
      'APISIX found no route for this host and path. The API gateway reports its own route misses as 1640401, so this came from an APISIX in front of the backend.',
  },
  {
    product: 'apisix',
    layer: A,
    signal: 'apisix.error-msg',
    weight: 2,
    find: (c) => (jsonKeys(c).join() === 'error_msg' ? match(c.text, ERROR_MSG_MEMBER) : undefined),
    detail: 'The {"error_msg": ...} body that APISIX and its plugins answer with.',
  },
  // --- nginx family pages are found by nginxFamily() below; Tengine writes its own tail.
  {
    product: 'tengine',
    layer: A,
    signal: 'tengine.error-page',
    weight: 3,
    find: (c) => match(c.body, /<hr\/>Powered by Tengine(?:\/[\d.]{1,20})?/),
    detail:
      "Tengine's built-in error page (src/http/ngx_http_special_response.c: '<hr/>Powered by Tengine'): a Tengine proxy in front of the backend.",
  },
  {
    product: 'ingress-nginx',
    layer: A,
    signal: 'ingress-nginx.default-backend',
    weight: 3,
    find: (c) => (c.text === 'default backend - 404' ? c.text : undefined),
    detail: "The Kubernetes ingress-nginx default backend: no Ingress rule matched the request's host or path.",
  },
  // --- Envoy / Istio local replies (source/common/router/router.cc and filters)
  {
    product: 'envoy',
    layer: A,
    signal: 'envoy.upstream-connect-error',
    weight: 3,
    find: (c) => match(c.body, /upstream connect error or disconnect\/reset before headers\.?[^\n<]{0,200}/),
    detail:
      "Envoy's local reply: it could not connect to the service, or the connection was reset before the response headers (the reset reason follows).",
  },
  {
    product: 'envoy',
    layer: A,
    signal: 'envoy.no-healthy-upstream',
    weight: 3,
    find: (c) => (c.text === 'no healthy upstream' ? c.text : undefined),
    detail:
      "Envoy's local reply: the cluster has no healthy endpoint (the service's pods or hosts are down or failing health checks).",
  },
  {
    product: 'envoy',
    layer: A,
    signal: 'envoy.upstream-timeout',
    weight: 3,
    find: (c) => (c.text === 'upstream request timeout' ? c.text : undefined),
    detail: "Envoy's local reply: the service did not answer within the route timeout.",
  },
  {
    product: 'envoy',
    layer: A,
    signal: 'envoy.rbac-denied',
    weight: 3,
    find: (c) => (c.text === 'RBAC: access denied' ? c.text : undefined),
    detail:
      "Envoy's RBAC filter (an Istio AuthorizationPolicy) rejected the request, often on its source address or identity.",
  },
  {
    product: 'envoy',
    layer: A,
    signal: 'envoy.local-rate-limited',
    weight: 3,
    find: (c) => (c.text === 'local_rate_limited' ? c.text : undefined),
    detail: "Envoy's local rate limit filter rejected the request.",
  },
  {
    product: 'envoy',
    layer: A,
    signal: 'envoy.jwt-authn',
    weight: 2,
    find: (c) =>
      match(
        c.text,
        /^Jwt (?:is missing|verification fails|is expired|is not yet valid|issuer is not configured|audiences are not allowed)/,
      ),
    detail: "Envoy's jwt_authn filter rejected the request's token.",
  },
  {
    product: 'envoy',
    layer: A,
    signal: 'envoy.generated-header',
    weight: 2,
    find: (c) => headerLine(c, 'x-envoy-ratelimited') ?? headerLine(c, 'x-envoy-overloaded'),
    detail: 'Envoy set this on a response it generated itself (rate limited or overloaded).',
  },
  // --- HAProxy, AWS, CDNs, caches
  {
    product: 'haproxy',
    layer: A,
    signal: 'haproxy.error-page',
    weight: 3,
    find: (c) => match(c.body, HAPROXY_PAGE),
    detail:
      "HAProxy's built-in error page (src/http.c, http_err_msgs): HAProxy in front of the backend answered itself; a 403 'forbidden by administrative rules' is an ACL such as a source-IP allowlist.",
  },
  {
    product: 'aws-elb',
    layer: A,
    signal: 'aws-elb.error-page',
    weight: 3,
    find: (c) =>
      headerLine(c, 'server', /^awselb\//i) ? match(c.body, /<center><h1>\d{3} [^<]{1,60}<\/h1><\/center>/) : undefined,
    detail:
      'An AWS Application Load Balancer error page (Server: awselb/2.0): the load balancer could not get an answer from its targets.',
  },
  {
    product: 'aws-elb',
    layer: A,
    signal: 'aws-elb.server-header',
    weight: 2,
    find: (c) => headerLine(c, 'server', /^awselb\//i),
    detail:
      "AWS Elastic Load Balancing wrote this response itself; proxied responses keep the target's own Server header.",
  },
  {
    product: 'aws-cloudfront',
    layer: A,
    signal: 'aws-cloudfront.error-page',
    weight: 3,
    find: (c) =>
      match(c.body, /Generated by cloudfront \(CloudFront\)|<H2>The request could not be satisfied\.<\/H2>/i),
    detail:
      "Amazon CloudFront's own error page: the CDN in front of the backend refused or could not reach the origin.",
  },
  {
    product: 'aws-cloudfront',
    layer: A,
    signal: 'aws-cloudfront.header',
    weight: 1,
    find: (c) =>
      headerLine(c, 'x-cache', /from cloudfront/i) ??
      headerLine(c, 'via', /CloudFront/) ??
      headerLine(c, 'x-amz-cf-id'),
    detail: 'The response passed through Amazon CloudFront.',
  },
  {
    product: 'aws-api-gateway',
    layer: A,
    signal: 'aws-api-gateway.missing-token',
    weight: 3,
    find: (c) => match(c.text, /"message"\s*:\s*"Missing Authentication Token"/),
    detail: 'Amazon API Gateway found no resource or method for this path (its answer for an unknown route).',
  },
  {
    product: 'aws-api-gateway',
    layer: A,
    signal: 'aws-api-gateway.error-type',
    wrote: true,
    weight: 2,
    find: (c) => headerLine(c, 'x-amzn-errortype'),
    detail: 'Amazon API Gateway produced this error itself (x-amzn-ErrorType names it).',
  },
  {
    product: 'aws-api-gateway',
    layer: A,
    signal: 'aws-api-gateway.header',
    weight: 1,
    find: (c) => headerLine(c, 'x-amz-apigw-id'),
    detail: 'The response passed through Amazon API Gateway.',
  },
  {
    product: 'cloudflare',
    layer: A,
    signal: 'cloudflare.error-page',
    weight: 3,
    find: (c) =>
      match(
        c.body,
        /Cloudflare Ray ID: <strong[^>]{0,40}>[0-9a-f]{8,20}|id="cf-error-details"|class="cf-error-details[^"]{0,40}"/,
      ),
    detail:
      "Cloudflare's own error page (with its Ray ID): the CDN in front of the backend refused the request or could not reach the origin.",
  },
  {
    product: 'cloudflare',
    layer: A,
    signal: 'cloudflare.error-code',
    weight: 3,
    find: (c) => match(c.text, /^error code: 1\d{3}$/),
    detail:
      "Cloudflare's plain-text error for API clients; 1xxx codes are Cloudflare's own (1020: a firewall rule, often on the client IP, blocked the request).",
  },
  {
    product: 'cloudflare',
    layer: A,
    signal: 'cloudflare.header',
    weight: 1,
    find: (c) => headerLine(c, 'cf-ray') ?? headerLine(c, 'server', /^cloudflare/i),
    detail: 'The response passed through Cloudflare.',
  },
  {
    product: 'akamai',
    layer: A,
    signal: 'akamai.reference',
    weight: 3,
    find: (c) => match(c.body, /Reference&#32;&#35;[^\s<]{1,80}/),
    detail:
      "Akamai's edge error page (its entity-encoded 'Reference #'): the CDN refused the request (Access Denied is usually a client IP, geography or WAF rule).",
  },
  {
    product: 'akamai',
    layer: A,
    signal: 'akamai.server-header',
    weight: 2,
    find: (c) => headerLine(c, 'server', /^AkamaiGHost/i),
    detail: "Akamai's edge server (AkamaiGHost) wrote this response.",
  },
  {
    product: 'varnish',
    layer: A,
    signal: 'varnish.guru-meditation',
    weight: 3,
    find: (c) => match(c.body, /Guru Meditation:?(?:<\/h3>\s{0,8}<p>XID: \d{1,20})?/i),
    detail: "Varnish's built-in synthetic error page (builtin.vcl): the cache could not fetch from its backend.",
  },
  {
    product: 'varnish',
    layer: A,
    signal: 'varnish.header',
    weight: 1,
    find: (c) => headerLine(c, 'x-varnish') ?? headerLine(c, 'via', /varnish/i),
    detail: 'The response passed through a Varnish cache.',
  },
  {
    product: 'squid',
    layer: A,
    signal: 'squid.error-header',
    weight: 3,
    find: (c) => headerLine(c, 'x-squid-error'),
    detail:
      'Squid generated this response itself; the value is its error page and the system error number (ERR_CONNECT_FAIL 111: connection refused).',
  },
  {
    product: 'squid',
    layer: A,
    signal: 'squid.error-page',
    weight: 3,
    find: (c) =>
      match(c.body, /<title>ERROR: The requested URL could not be retrieved<\/title>|<body id="?ERR_[A-Z_]{3,40}"?>/),
    detail: "Squid's error page: the proxy could not retrieve the URL from the backend.",
  },
  {
    product: 'squid',
    layer: A,
    signal: 'squid.header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^squid/i) ?? headerLine(c, 'via', /\(squid/i),
    detail: 'The response passed through a Squid proxy.',
  },
  // --- Kong (kong/runloop/handler.lua, balancer, plugins)
  {
    product: 'kong',
    layer: A,
    signal: 'kong.no-route',
    weight: 3,
    find: (c) => match(c.text, /"message"\s*:\s*"no (?:Route matched|API found) with those values"/),
    detail: "Kong's answer when no Route matches the request's host, path or method: a Kong in front of the backend.",
  },
  {
    product: 'kong',
    layer: A,
    signal: 'kong.proxy-error',
    weight: 3,
    find: (c) =>
      match(
        c.text,
        /"message"\s*:\s*"(?:An invalid response was received from the upstream server|failure to get a peer from the ring-balancer|The upstream server is timing out|name resolution failed)"/,
      ),
    detail: 'Kong could not get an answer from the upstream service (refused, no healthy target, timeout or DNS).',
  },
  {
    product: 'apisix',
    layer: A,
    signal: 'apisix.auth-plugin-error',
    weight: 3,
    // Apache APISIX's authentication plugins (apisix/plugins/key-auth.lua, jwt-auth.lua, basic-auth.lua) answer
    // a missing or wrong credential with {"message": "..."} of their own.
    find: (c) =>
      match(
        c.text,
        /^\{\s*"message"\s*:\s*"(?:Missing API key (?:found )?in request|Invalid API key in request|Missing JWT token in request|Missing authorization in request|Invalid authorization in request|Invalid user authorization|Missing related consumer)"\s*\}$/,
      ),
    detail:
      "Apache APISIX's authentication plugin refused the request: an APISIX in front of the service, not BlueKing's gateway (whose errors carry code and code_name).",
  },
  {
    product: 'kong',
    layer: A,
    signal: 'kong.plugin-error',
    weight: 2,
    find: (c) =>
      headerLine(c, 'x-kong-response-latency') || headerLine(c, 'server', /^kong\//i)
        ? match(
            c.text,
            /"message"\s*:\s*"(?:API rate limit exceeded|No API key found in request|Invalid authentication credentials|Unauthorized|You cannot consume this service)"/,
          )
        : undefined,
    detail: 'A Kong plugin (rate limiting, key or ACL authentication) rejected the request.',
  },
  {
    product: 'kong',
    layer: A,
    signal: 'kong.response-header',
    wrote: true,
    weight: 2,
    find: (c) => headerLine(c, 'x-kong-response-latency') ?? headerLine(c, 'server', /^kong\//i),
    detail:
      'Kong wrote this response itself (Kong sets X-Kong-Response-Latency and Server: kong on responses it generates).',
  },
  {
    product: 'kong',
    layer: A,
    signal: 'kong.upstream-header',
    weight: 1,
    find: (c) => headerLine(c, 'x-kong-upstream-latency') ?? headerLine(c, 'via', /kong\//i),
    detail: 'The response passed through Kong from its upstream service.',
  },
  // --- F5, IIS / HTTP.sys, Apache httpd
  {
    product: 'f5-bigip',
    layer: A,
    signal: 'f5-bigip.asm-rejected',
    weight: 3,
    find: (c) => has(c.body, 'The requested URL was rejected. Please consult with your administrator.'),
    detail:
      "F5 BIG-IP ASM's blocking page (often with HTTP 200): the web application firewall in front of the backend rejected the request; quote the support ID.",
  },
  {
    product: 'f5-bigip',
    layer: A,
    signal: 'f5-bigip.header',
    weight: 1,
    find: (c) => headerLine(c, 'set-cookie', /^BIGipServer/) ?? headerLine(c, 'server', /^BIG-?IP/i),
    detail: 'The response passed through an F5 BIG-IP load balancer.',
  },
  {
    product: 'aspnet-core',
    layer: S,
    signal: 'aspnet-core.host-filtering',
    weight: 3,
    find: (c) =>
      headerLine(c, 'server', /^Kestrel/i) ? has(c.body, '<h2>Bad Request - Invalid Hostname</h2>') : undefined,
    detail:
      "ASP.NET Core's host filtering (AllowedHosts) rejected the Host header; add the host the gateway sends to AllowedHosts.",
  },
  {
    product: 'http-sys',
    layer: A,
    signal: 'http-sys.error-page',
    weight: 3,
    find: (c) =>
      headerLine(c, 'server', /^Kestrel/i) ? undefined : match(c.body, /<hr><p>HTTP Error \d{3}\. [^<]{1,120}<\/p>/),
    detail:
      'Windows HTTP.sys answered before IIS or the app: for 400 Invalid Hostname, no site is bound to the Host header the gateway sends.',
  },
  {
    product: 'http-sys',
    layer: A,
    signal: 'http-sys.server-header',
    weight: 2,
    find: (c) => headerLine(c, 'server', /^Microsoft-HTTPAPI/i),
    detail: 'Windows HTTP.sys wrote this response itself: no IIS site or application took the request.',
  },
  {
    product: 'iis',
    layer: A,
    signal: 'iis.error-page',
    weight: 3,
    find: (c) =>
      match(c.body, /<h2>\d{3}(?:\.\d{1,2})? - [^<]{1,160}<\/h2>|<h3>HTTP Error \d{3}\.\d{1,2} - [^<]{1,80}<\/h3>/),
    detail: "IIS's own error page (or ARR's, for 502 'while acting as a gateway or proxy server').",
  },
  {
    product: 'iis',
    layer: A,
    signal: 'iis.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^Microsoft-IIS/i),
    detail: 'The response came from, or through, IIS.',
  },
  {
    product: 'aspnet',
    layer: S,
    signal: 'aspnet.yellow-screen',
    weight: 3,
    find: (c) => match(c.body, /Server Error in '[^'<]{0,100}' Application\./),
    detail: "ASP.NET's error page: the application itself threw an unhandled exception.",
  },
  {
    product: 'apache-httpd',
    layer: A,
    signal: 'apache-httpd.signature',
    weight: 3,
    find: (c) =>
      match(c.body, /<address>Apache(?:\/[\d.]{1,12})?[^<]{0,120} Server at [^<]{1,200} Port \d{1,5}<\/address>/),
    detail: "Apache httpd's built-in error page with its server signature.",
  },
  {
    product: 'apache-httpd',
    layer: A,
    signal: 'apache-httpd.proxy-error',
    weight: 3,
    find: (c) => match(c.body, /<title>50[234] Proxy Error<\/title>/),
    detail: "Apache httpd's mod_proxy could not get a valid answer from the backend behind it.",
  },
  {
    product: 'apache-httpd',
    layer: A,
    signal: 'apache-httpd.error-page',
    weight: 2,
    find: (c) =>
      c.body.includes('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">') && !c.body.includes('Powered by Tengine')
        ? match(c.body, /<title>\d{3} [^<]{1,60}<\/title>\r?\n<\/head><body>\r?\n<h1>[^<]{1,60}<\/h1>/)
        : undefined,
    detail: "Apache httpd's built-in error page (signature turned off).",
  },
];

type NginxTail = { test: RegExp; product: string; detail: string };

// ngx_http_special_response.c ends every built-in page with "<hr><center>" NGINX_VER "</center>";
// forks and products built on nginx put their own name there.
const NGINX_TAILS: NginxTail[] = [
  {
    test: /^openresty\b/i,
    product: 'openresty',
    detail:
      "OpenResty's built-in error page (nginx's page, OpenResty's name). The API gateway runs on OpenResty too: on a response without any sign of the gateway's plugins, check whether the gateway's own nginx wrote it (a 413, for example).",
  },
  {
    test: /^nginx\b/i,
    product: 'nginx',
    detail:
      "nginx's built-in error page (src/http/ngx_http_special_response.c): an nginx in front of the service (the backend's access layer) answered itself.",
  },
  {
    test: /^stgw\b/i,
    product: 'tencent-stgw',
    detail:
      "Tencent STGW's error page (the layer behind Tencent Cloud CLB): the load balancer answered, the service was not reached or did not answer.",
  },
  {
    test: /^cloudflare\b/i,
    product: 'cloudflare',
    detail: "Cloudflare's nginx-style error page: the CDN in front of the backend answered itself.",
  },
  {
    test: /^tengine\b/i,
    product: 'tengine',
    detail: "Tengine's error page: a Tengine proxy in front of the backend answered itself.",
  },
  {
    test: /^apisix\b/i,
    product: 'apisix',
    detail: 'An APISIX error page: an APISIX in front of the backend answered itself.',
  },
];

export function nginxFamily(c: Ctx): Hit[] {
  const tail = /<hr><center>([^<\r\n]{1,80})<\/center>/.exec(c.body);
  if (tail) {
    const name = (tail[1] ?? '').trim();
    const known = NGINX_TAILS.find((t) => t.test.test(name));
    const product =
      known?.product ??
      (name.split('/')[0] ?? name)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    if (!product) return [];
    return [
      {
        product,
        layer: A,
        signal: `${product}.error-page`,
        weight: known ? 3 : 2,
        found: tail[0],
        detail:
          known?.detail ??
          `The built-in error page of an nginx-based proxy that names itself '${name}': the backend's access layer answered itself.`,
      },
    ];
  }
  const page = /<center><h1>\d{3} [^<]{1,60}<\/h1><\/center>/.exec(c.body);
  if (page && !headerLine(c, 'server', /^awselb\//i)) {
    return [
      {
        product: 'nginx',
        layer: A,
        signal: 'nginx.untagged-error-page',
        weight: 1,
        found: page[0],
        detail:
          "nginx's error page layout with the server line removed (nginx built without it, or a product that copies the layout): an access layer, not the service, most likely wrote it.",
      },
    ];
  }
  return [];
}

// Caddy answers its own proxy failures with the status and an empty body.
export function caddyEmpty(c: Ctx): Hit[] {
  const server = headerLine(c, 'server', /^Caddy/i);
  return server && c.text === '' && (c.status ?? 0) >= 500
    ? [
        {
          product: 'caddy',
          layer: A,
          signal: 'caddy.empty-error',
          weight: 2,
          found: server,
          detail:
            'Caddy answers its own reverse-proxy failures with the status and an empty body: Caddy could not reach the service.',
        },
      ]
    : [];
}

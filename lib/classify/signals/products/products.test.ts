import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectProducts, type ProductHit } from './index';
import type { ParsedResponse } from '../../types';

type Headers = [string, string][];

const res = (body: string, headers: Headers = [], status: number | null = null): ParsedResponse => ({
  status,
  reason: null,
  headers,
  body,
});

/** nginx's page as ngx_http_special_response.c builds it: head, centred h1, then the server tail. */
const nginxPage = (status: string, tail: string | null) =>
  `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n` +
  (tail === null ? '' : `<hr><center>${tail}</center>\r\n`) +
  '</body>\r\n</html>\r\n';

/** Werkzeug's HTTPException.get_body(). */
const werkzeugPage = (code: number, name: string, description: string) =>
  `<!doctype html>\n<html lang=en>\n<title>${code} ${name}</title>\n<h1>${name}</h1>\n<p>${description}</p>\n`;

const HAPROXY_503 =
  '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n';
const TOMCAT_404 =
  '<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line {height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP Status 404 – Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr class="line" /><h3>Apache Tomcat/9.0.83</h3></body></html>';
const EXPRESS_404 =
  '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /api/v1/hosts</pre>\n</body>\n</html>\n';

/** The hit's evidence is really in the paste: a substring of the body, or one header as `name: value`. */
function expectFoundInPaste(hit: ProductHit, r: ParsedResponse) {
  const inHeaders = r.headers.some(([n, v]) => `${n}: ${v}` === hit.found);
  expect(inHeaders || r.body.includes(hit.found), `${hit.signal} found ${JSON.stringify(hit.found)}`).toBe(true);
}

type Case = [title: string, response: ParsedResponse, product: string, signal: string, layer: ProductHit['layer']];

// Each case: the heaviest hit names the product, by that signature, on the right layer.
const CASES: Case[] = [
  // nginx family (ngx_http_special_response.c and the products built on it)
  [
    'nginx page with version',
    res(nginxPage('404 Not Found', 'nginx/1.15.5')),
    'nginx',
    'nginx.error-page',
    'access-layer',
  ],
  [
    'nginx page, server_tokens off',
    res(nginxPage('504 Gateway Time-out', 'nginx')),
    'nginx',
    'nginx.error-page',
    'access-layer',
  ],
  [
    'nginx page with build name',
    res(nginxPage('403 Forbidden', 'nginx/1.18.0 (Ubuntu)')),
    'nginx',
    'nginx.error-page',
    'access-layer',
  ],
  [
    'nginx 308 page',
    res(nginxPage('308 Permanent Redirect', 'nginx/1.24.0'), [], 308),
    'nginx',
    'nginx.error-page',
    'access-layer',
  ],
  [
    'openresty page',
    res(nginxPage('502 Bad Gateway', 'openresty/1.21.4.1')),
    'openresty',
    'openresty.error-page',
    'access-layer',
  ],
  [
    'Tencent stgw page',
    res(nginxPage('503 Service Temporarily Unavailable', 'stgw')),
    'tencent-stgw',
    'tencent-stgw.error-page',
    'access-layer',
  ],
  [
    'Cloudflare nginx-style page',
    res(nginxPage('400 Bad Request', 'cloudflare')),
    'cloudflare',
    'cloudflare.error-page',
    'access-layer',
  ],
  [
    'nginx page without its server line',
    res(nginxPage('502 Bad Gateway', null)),
    'nginx',
    'nginx.untagged-error-page',
    'access-layer',
  ],
  [
    'Tengine page',
    res(
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\r\n<html>\r\n<head><title>404 Not Found</title></head>\r\n<body bgcolor="white">\r\n<h1>404 Not Found</h1>\r\n<p>The requested URL was not found on this server.</p>\r\n<hr/>Powered by Tengine/2.3.3</body>\r\n</html>\r\n',
    ),
    'tengine',
    'tengine.error-page',
    'access-layer',
  ],
  [
    'ingress-nginx default backend',
    res('default backend - 404'),
    'ingress-nginx',
    'ingress-nginx.default-backend',
    'access-layer',
  ],
  // APISIX
  [
    'APISIX default page',
    res(
      '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>openresty</center>\r\n<p><em>Powered by <a href="https://apisix.apache.org/">APISIX</a>.</em></p></body>\r\n</html>\r\n',
    ),
    'apisix',
    'apisix.error-page',
    'access-layer',
  ],
  [
    'APISIX 500 page',
    res(
      '<!DOCTYPE html>\n<html>\n<body>\n<h1>An error occurred.</h1>\n<p>You can report issue to <a href="https://github.com/apache/apisix/issues">APISIX</a></p>\n<p><em>Faithfully yours, <a href="https://apisix.apache.org/">APISIX</a>.</em></p>\n</body>\n</html>\n',
    ),
    'apisix',
    'apisix.500-page',
    'access-layer',
  ],
  [
    'APISIX route miss',
    res('{"error_msg":"404 Route Not Found"}', [['server', 'APISIX/3.8.0']]),
    'apisix',
    'apisix.route-not-found',
    'access-layer',
  ],
  [
    'APISIX plugin error_msg',
    res('{"error_msg":"failed to check token"}'),
    'apisix',
    'apisix.error-msg',
    'access-layer',
  ],
  // Envoy / Istio local replies
  [
    'Envoy connect error',
    res(
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111',
    ),
    'envoy',
    'envoy.upstream-connect-error',
    'access-layer',
  ],
  [
    'Envoy no healthy upstream',
    res('no healthy upstream', [['server', 'envoy']]),
    'envoy',
    'envoy.no-healthy-upstream',
    'access-layer',
  ],
  ['Envoy route timeout', res('upstream request timeout'), 'envoy', 'envoy.upstream-timeout', 'access-layer'],
  [
    'Istio RBAC denial',
    res('RBAC: access denied', [['server', 'istio-envoy']]),
    'envoy',
    'envoy.rbac-denied',
    'access-layer',
  ],
  ['Envoy local rate limit', res('local_rate_limited'), 'envoy', 'envoy.local-rate-limited', 'access-layer'],
  ['Envoy jwt_authn', res('Jwt is missing'), 'envoy', 'envoy.jwt-authn', 'access-layer'],
  [
    'Envoy generated header',
    res('', [['x-envoy-ratelimited', 'true']]),
    'envoy',
    'envoy.generated-header',
    'access-layer',
  ],
  // HAProxy, AWS, CDNs, caches, proxies
  ['HAProxy 503 page', res(HAPROXY_503), 'haproxy', 'haproxy.error-page', 'access-layer'],
  [
    'HAProxy 403 page',
    res('<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n'),
    'haproxy',
    'haproxy.error-page',
    'access-layer',
  ],
  [
    'AWS ALB page',
    res(nginxPage('502 Bad Gateway', null), [['server', 'awselb/2.0']]),
    'aws-elb',
    'aws-elb.error-page',
    'access-layer',
  ],
  [
    'AWS ELB header alone',
    res('', [['server', 'awselb/2.0']], 503),
    'aws-elb',
    'aws-elb.server-header',
    'access-layer',
  ],
  [
    'CloudFront page',
    res(
      '<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY>\n<H1>403 ERROR</H1>\n<H2>The request could not be satisfied.</H2>\n<HR noshade size="1px">\nRequest blocked.\n<PRE>\nGenerated by cloudfront (CloudFront)\n</PRE></BODY></HTML>',
    ),
    'aws-cloudfront',
    'aws-cloudfront.error-page',
    'access-layer',
  ],
  [
    'CloudFront header',
    res('{}', [['x-cache', 'Error from cloudfront']]),
    'aws-cloudfront',
    'aws-cloudfront.header',
    'access-layer',
  ],
  [
    'API Gateway unknown route',
    res('{"message":"Missing Authentication Token"}', [['x-amzn-errortype', 'MissingAuthenticationTokenException']]),
    'aws-api-gateway',
    'aws-api-gateway.missing-token',
    'access-layer',
  ],
  [
    'API Gateway error type',
    res('{"message":"Forbidden"}', [['x-amzn-errortype', 'ForbiddenException']]),
    'aws-api-gateway',
    'aws-api-gateway.error-type',
    'access-layer',
  ],
  [
    'Cloudflare 5xx page',
    res(
      '<title>api.example.com | 522: Connection timed out</title>\n<span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">8e3c1b0f9a7d2c41</strong></span>',
    ),
    'cloudflare',
    'cloudflare.error-page',
    'access-layer',
  ],
  [
    'Cloudflare 1020',
    res('error code: 1020', [['cf-ray', '8e3c1b0f9a7d2c41-HKG']]),
    'cloudflare',
    'cloudflare.error-code',
    'access-layer',
  ],
  [
    'Cloudflare header',
    res('{"ok":false}', [['cf-ray', '8e3c1b0f9a7d2c41-HKG']]),
    'cloudflare',
    'cloudflare.header',
    'access-layer',
  ],
  [
    'Akamai Access Denied',
    res(
      '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don\'t have permission to access "http&#58;&#47;&#47;api&#46;example&#46;com&#47;" on this server.<P>\nReference&#32;&#35;18&#46;2d351ab8&#46;1700000000&#46;1a2b3c4d\n</BODY>\n</HTML>\n',
    ),
    'akamai',
    'akamai.reference',
    'access-layer',
  ],
  [
    'Varnish guru meditation',
    res(
      '<!DOCTYPE html>\n<html>\n  <head>\n    <title>503 Backend fetch failed</title>\n  </head>\n  <body>\n    <h1>Error 503 Backend fetch failed</h1>\n    <p>Backend fetch failed</p>\n    <h3>Guru Meditation:</h3>\n    <p>XID: 10389692</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n',
    ),
    'varnish',
    'varnish.guru-meditation',
    'access-layer',
  ],
  ['Varnish pass-through header', res('{}', [['x-varnish', '32770']]), 'varnish', 'varnish.header', 'access-layer'],
  [
    'Squid error header',
    res('', [['x-squid-error', 'ERR_CONNECT_FAIL 111']]),
    'squid',
    'squid.error-header',
    'access-layer',
  ],
  [
    'Squid error page',
    res(
      '</head><body id=ERR_CONNECT_FAIL>\n<div id="titles">\n<h1>ERROR</h1>\n<h2>The requested URL could not be retrieved</h2>\n</div>',
    ),
    'squid',
    'squid.error-page',
    'access-layer',
  ],
  [
    'Kong route miss',
    res('{"message":"no Route matched with those values"}', [['server', 'kong/3.4.2']]),
    'kong',
    'kong.no-route',
    'access-layer',
  ],
  [
    'Kong upstream failure',
    res('{\n  "message":"failure to get a peer from the ring-balancer"\n}'),
    'kong',
    'kong.proxy-error',
    'access-layer',
  ],
  [
    'Kong plugin rejection',
    res('{"message":"API rate limit exceeded"}', [['x-kong-response-latency', '1']]),
    'kong',
    'kong.plugin-error',
    'access-layer',
  ],
  ['Kong response header', res('', [['x-kong-response-latency', '0']]), 'kong', 'kong.response-header', 'access-layer'],
  ['Kong via header', res('{}', [['via', 'kong/3.4.2']]), 'kong', 'kong.upstream-header', 'access-layer'],
  ['Caddy empty 502', res('', [['server', 'Caddy']], 502), 'caddy', 'caddy.empty-error', 'access-layer'],
  [
    'F5 ASM rejection',
    res(
      "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 1234567890123456789<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>",
    ),
    'f5-bigip',
    'f5-bigip.asm-rejected',
    'access-layer',
  ],
  [
    'HTTP.sys invalid hostname',
    res(
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD><TITLE>Bad Request</TITLE>\r\n<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n<BODY><h2>Bad Request - Invalid Hostname</h2>\r\n<hr><p>HTTP Error 400. The request hostname is invalid.</p>\r\n</BODY></HTML>\r\n',
      [['server', 'Microsoft-HTTPAPI/2.0']],
    ),
    'http-sys',
    'http-sys.error-page',
    'access-layer',
  ],
  [
    'IIS ARR 502 page',
    res('<h2>502 - Web server received an invalid response while acting as a gateway or proxy server.</h2>'),
    'iis',
    'iis.error-page',
    'access-layer',
  ],
  ['IIS detailed error', res('<h3>HTTP Error 404.0 - Not Found</h3>'), 'iis', 'iis.error-page', 'access-layer'],
  [
    'Apache signature',
    res(
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>Apache/2.4.58 (Ubuntu) Server at api.example.com Port 80</address>\n</body></html>\n',
    ),
    'apache-httpd',
    'apache-httpd.signature',
    'access-layer',
  ],
  [
    'Apache mod_proxy error',
    res('<title>502 Proxy Error</title>'),
    'apache-httpd',
    'apache-httpd.proxy-error',
    'access-layer',
  ],
  [
    'Apache page without signature',
    res(
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>403 Forbidden</title>\n</head><body>\n<h1>Forbidden</h1>\n<p>You don\'t have permission to access this resource.</p>\n</body></html>\n',
    ),
    'apache-httpd',
    'apache-httpd.error-page',
    'access-layer',
  ],
  // Java
  ['Tomcat error report', res(TOMCAT_404), 'tomcat', 'tomcat.error-report', 'service'],
  [
    'Jetty error page',
    res(
      '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>\n<title>Error 400 Bad Request</title>\n</head>\n<body><h2>HTTP ERROR 400 Bad Request</h2>\n<table>\n<tr><th>URI:</th><td>/v1/query</td></tr>\n</table>\n<hr><a href="https://eclipse.org/jetty">Powered by Jetty:// 9.4.43.v20210629</a><hr/>\n\n</body>\n</html>\n',
    ),
    'jetty',
    'jetty.error-page',
    'service',
  ],
  [
    'Spring Whitelabel',
    res(
      "<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Mon Nov 04 10:12:09 CST 2024</div><div>There was an unexpected error (type=Not Found, status=404).</div></body></html>",
    ),
    'spring-boot',
    'spring-boot.whitelabel',
    'service',
  ],
  [
    'Spring Boot error JSON',
    res(
      '{"timestamp":"2024-11-04T02:12:09.512+00:00","status":415,"error":"Unsupported Media Type","path":"/api/v1/hosts"}',
    ),
    'spring-boot',
    'spring-boot.error-json',
    'service',
  ],
  [
    'Spring ProblemDetail',
    res(
      '{"type":"about:blank","title":"Not Found","status":404,"detail":"No static resource api/x.","instance":"/api/x"}',
    ),
    'spring',
    'spring.problem-detail',
    'service',
  ],
  [
    'ASP.NET Core ProblemDetails',
    res(
      '{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.16","title":"Unsupported Media Type","status":415,"traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"}',
    ),
    'aspnet-core',
    'aspnet-core.problem-details',
    'service',
  ],
  [
    'problem type without traceId',
    res('{"type":"https://tools.ietf.org/html/rfc7231#section-6.5.1","title":"Bad Request","status":400}'),
    'aspnet-core',
    'aspnet-core.problem-type',
    'service',
  ],
  [
    'ASP.NET Core host filtering',
    res(
      '<BODY><h2>Bad Request - Invalid Hostname</h2>\r\n<hr><p>HTTP Error 400. The request hostname is invalid.</p>\r\n</BODY></HTML>',
      [['server', 'Kestrel']],
    ),
    'aspnet-core',
    'aspnet-core.host-filtering',
    'service',
  ],
  [
    'ASP.NET yellow screen',
    res("<h1>Server Error in '/' Application.<hr width=100% size=1 color=silver></h1>"),
    'aspnet',
    'aspnet.yellow-screen',
    'service',
  ],
  // Node
  [
    'Express cannot GET',
    res(EXPRESS_404, [['x-powered-by', 'Express']]),
    'express',
    'express.cannot-method',
    'service',
  ],
  [
    'Express error page',
    res(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Bad Request</pre>\n</body>\n</html>\n',
    ),
    'express',
    'express.error-page',
    'service',
  ],
  ['Express header', res('{"ok":false}', [['x-powered-by', 'Express']]), 'express', 'express.powered-by', 'service'],
  ['Node keep-alive', res('', [['keep-alive', 'timeout=5']]), 'node-http', 'node-http.keep-alive', 'service'],
  [
    'Koa status text',
    res('Not Found', [['content-type', 'text/plain; charset=utf-8']]),
    'koa',
    'koa.status-text',
    'service',
  ],
  // Go
  [
    'Go net/http NotFound',
    res('404 page not found\n', [
      ['content-type', 'text/plain; charset=utf-8'],
      ['x-content-type-options', 'nosniff'],
    ]),
    'go-net-http',
    'go-net-http.not-found',
    'service',
  ],
  ['Gin 404', res('404 page not found', [['content-type', 'text/plain']]), 'gin', 'gin.default-body', 'service'],
  ['Gin 405', res('405 method not allowed'), 'gin', 'gin.default-body', 'service'],
  // Python
  ['Django 400 (guide)', res('<h1>Bad Request (400)</h1>'), 'django', 'django.error-template', 'service'],
  [
    'Django 500 template',
    res(
      '\n<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n',
    ),
    'django',
    'django.error-template',
    'service',
  ],
  ['Django 403 template', res('  <h1>403 Forbidden</h1><p></p>\n'), 'django', 'django.error-template', 'service'],
  [
    'Django 404 template',
    res('  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n'),
    'django',
    'django.not-found',
    'service',
  ],
  [
    'Django CSRF failure',
    res('<h1>Forbidden <span>(403)</span></h1>\n  <p>CSRF verification failed. Request aborted.</p>'),
    'django',
    'django.csrf-failure',
    'service',
  ],
  [
    'Django DisallowedHost',
    res(
      '<pre class="exception_value">Invalid HTTP_HOST header: &#x27;10.0.0.5:8000&#x27;. You may need to add &#x27;10.0.0.5&#x27; to ALLOWED_HOSTS.</pre>',
    ),
    'django',
    'django.debug-page',
    'service',
  ],
  [
    'Django runserver header',
    res('', [['server', 'WSGIServer/0.2 CPython/3.11.4']]),
    'django',
    'django.runserver',
    'service',
  ],
  [
    'DRF 415',
    res('{"detail":"Unsupported media type \\"text/plain\\" in request."}', [
      ['allow', 'POST, OPTIONS'],
      ['vary', 'Accept'],
    ]),
    'django-rest-framework',
    'django-rest-framework.detail',
    'service',
  ],
  [
    'DRF 401',
    res('{"detail":"Authentication credentials were not provided."}'),
    'django-rest-framework',
    'django-rest-framework.detail',
    'service',
  ],
  [
    'DRF 405',
    res('{"detail":"Method \\"GET\\" not allowed."}'),
    'django-rest-framework',
    'django-rest-framework.detail',
    'service',
  ],
  ['FastAPI Not Found', res('{"detail":"Not Found"}', [['server', 'uvicorn']]), 'fastapi', 'fastapi.detail', 'service'],
  [
    'FastAPI validation',
    res('{"detail":[{"type":"missing","loc":["body","bk_biz_id"],"msg":"Field required","input":{}}]}'),
    'fastapi',
    'fastapi.validation-error',
    'service',
  ],
  [
    'FastAPI validation, pydantic v1',
    res('{"detail":[{"loc":["query","page"],"msg":"value is not a valid integer","type":"type_error.integer"}]}'),
    'fastapi',
    'fastapi.validation-error',
    'service',
  ],
  [
    'Werkzeug page',
    res(
      werkzeugPage(
        404,
        'Not Found',
        'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
      ),
    ),
    'flask',
    'flask.werkzeug-page',
    'service',
  ],
  [
    'Werkzeug 415 from Flask',
    res(
      werkzeugPage(
        415,
        'Unsupported Media Type',
        'Did not attempt to load JSON data because the request Content-Type was not &#39;application/json&#39;.',
      ),
    ),
    'flask',
    'flask.werkzeug-page',
    'service',
  ],
  [
    'Werkzeug redirect',
    res(
      '<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="/api/v1/hosts/">/api/v1/hosts/</a>. If not, click the link.\n',
    ),
    'flask',
    'flask.werkzeug-page',
    'service',
  ],
  [
    'Werkzeug before 2.1',
    res(
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n',
    ),
    'flask',
    'flask.werkzeug-page',
    'service',
  ],
  [
    'Werkzeug debugger',
    res("<title>KeyError: 'name' // Werkzeug Debugger</title>"),
    'flask',
    'flask.werkzeug-debugger',
    'service',
  ],
  [
    'Werkzeug server',
    res('', [['server', 'Werkzeug/3.0.1 Python/3.11.4']]),
    'flask',
    'flask.werkzeug-server',
    'service',
  ],
  [
    'gunicorn error page',
    res(
      '<html>\n  <head>\n    <title>Internal Server Error</title>\n  </head>\n  <body>\n    <h1><p>Internal Server Error</p></h1>\n    \n  </body>\n</html>\n',
    ),
    'gunicorn',
    'gunicorn.error-page',
    'service',
  ],
  ['gunicorn header', res('', [['server', 'gunicorn']]), 'gunicorn', 'gunicorn.server-header', 'service'],
  [
    'uvicorn 500',
    res('Internal Server Error', [
      ['server', 'uvicorn'],
      ['content-type', 'text/plain; charset=utf-8'],
    ]),
    'uvicorn',
    'uvicorn.plain-500',
    'service',
  ],
  [
    'Tornado error page',
    res('<html><title>405: Method Not Allowed</title><body>405: Method Not Allowed</body></html>'),
    'tornado',
    'tornado.error-page',
    'service',
  ],
  // Ruby, PHP
  [
    'Rails 404 page',
    res("<h1>The page you were looking for doesn't exist.</h1>"),
    'rails',
    'rails.public-page',
    'service',
  ],
  [
    'Rails 7.1 500 page',
    res('<h1>We’re sorry, but something went wrong.</h1>'),
    'rails',
    'rails.public-page',
    'service',
  ],
  [
    'Rails routing error',
    res('<h1>Routing Error</h1>\n<p>No route matches [GET] "/api/v1/hosts"</p>'),
    'rails',
    'rails.routing-error',
    'service',
  ],
  ['Rails JSON', res('{"status":404,"error":"Not Found"}'), 'rails', 'rails.error-json', 'service'],
  ['Rack runtime', res('', [['x-runtime', '0.012345']]), 'rails', 'rails.runtime-header', 'service'],
  [
    'Laravel view',
    res(
      '<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">\n                        Not Found                    </div>',
    ),
    'laravel',
    'laravel.error-view',
    'service',
  ],
  ['Laravel CSRF', res('{\n    "message": "CSRF token mismatch."\n}'), 'laravel', 'laravel.csrf', 'service'],
  ['Laravel auth', res('{"message":"Unauthenticated."}'), 'laravel', 'laravel.json', 'service'],
  [
    'Laravel validation',
    res('{"message":"The name field is required.","errors":{"name":["The name field is required."]}}'),
    'laravel',
    'laravel.json',
    'service',
  ],
  [
    'Laravel cookie',
    res('', [['set-cookie', 'laravel_session=eyJpdiI6; path=/; httponly; samesite=lax']]),
    'laravel',
    'laravel.session-cookie',
    'service',
  ],
  [
    'PHP-FPM file not found',
    res('File not found.\n', [
      ['server', 'nginx/1.22.1'],
      ['x-powered-by', 'PHP/8.2.7'],
    ]),
    'php-fpm',
    'php-fpm.script-not-found',
    'service',
  ],
  ['PHP-FPM no input file', res('No input file specified.'), 'php-fpm', 'php-fpm.script-not-found', 'service'],
  ['PHP header', res('', [['x-powered-by', 'PHP/8.2.7']]), 'php', 'php.powered-by', 'service'],
  // Business JSON
  [
    'BlueKing IAM no-permission (guide)',
    res('{"code": 9900403, "permission": {"system_id": "bk_cmdb", "actions": [{"id": "find_business_resource"}]}}'),
    'blueking-iam',
    'blueking-iam.no-permission',
    'service',
  ],
  [
    'BlueKing API error (guide)',
    res(
      '{"result": false, "message": "you have no permission to call this api.", "code": 3540100, "trace_id": "5ddbc49db2554edbbdf26e6c15ca6884", "request_id": "c9d7fe1fcade42869f4ec6b4ac6434f1", "data": null}',
    ),
    'blueking-api',
    'blueking-api.error',
    'service',
  ],
  [
    'gRPC status JSON',
    res('{"code":5,"message":"host not found","details":[]}'),
    'grpc-gateway',
    'grpc-gateway.status',
    'service',
  ],
  [
    'own business code',
    res('{"code":40001,"message":"invalid parameter: bk_biz_id","data":null}'),
    'business-json',
    'business-json.code',
    'service',
  ],
  [
    'string business code',
    res('{"errcode":"10010","errmsg":"token expired"}'),
    'business-json',
    'business-json.code',
    'service',
  ],
  // Server headers, on a response that did not pass the gateway
  ['nginx Server header', res('{"x":1}', [['server', 'nginx/1.20.1']]), 'nginx', 'nginx.server-header', 'access-layer'],
  [
    'openresty Server header',
    res('', [['server', 'openresty']]),
    'openresty',
    'openresty.server-header',
    'access-layer',
  ],
  [
    'stgw Server header',
    res('', [['server', 'stgw/1.3.12.4_1.13.5']]),
    'tencent-stgw',
    'tencent-stgw.server-header',
    'access-layer',
  ],
  ['IIS Server header', res('', [['server', 'Microsoft-IIS/10.0']]), 'iis', 'iis.server-header', 'access-layer'],
  [
    'HTTP.sys Server header',
    res('', [['server', 'Microsoft-HTTPAPI/2.0']]),
    'http-sys',
    'http-sys.server-header',
    'access-layer',
  ],
  ['Jetty Server header', res('', [['server', 'Jetty(9.4.43.v20210629)']]), 'jetty', 'jetty.server-header', 'service'],
  ['Tomcat connector header', res('', [['server', 'Apache-Coyote/1.1']]), 'tomcat', 'tomcat.server-header', 'service'],
  ['Kestrel header', res('', [['server', 'Kestrel']]), 'aspnet-core', 'aspnet-core.kestrel', 'service'],
  ['Akamai server', res('', [['server', 'AkamaiGHost']]), 'akamai', 'akamai.server-header', 'access-layer'],
  [
    'F5 cookie',
    res('', [['set-cookie', 'BIGipServerpool_api=1677787402.20480.0000; path=/']]),
    'f5-bigip',
    'f5-bigip.header',
    'access-layer',
  ],
];

describe('detectProducts: one case per signature', () => {
  it.each(CASES)('%s', (_title, response, product, signal, layer) => {
    const hits = detectProducts(response);
    expect(hits[0]).toMatchObject({ product, signal, layer });
    for (const hit of hits) {
      expectFoundInPaste(hit, response);
      expect(hit.signal.startsWith(`${hit.product}.`), hit.signal).toBe(true);
      expect(hit.detail.length).toBeGreaterThan(20);
    }
  });

  it('keeps one layer per product across all its signatures', () => {
    const layers = new Map<string, Set<string>>();
    for (const [, r] of CASES) {
      for (const hit of detectProducts(r))
        layers.set(hit.product, (layers.get(hit.product) ?? new Set()).add(hit.layer));
    }
    for (const [product, set] of layers) expect([product, [...set]]).toEqual([product, [...set].slice(0, 1)]);
  });
});

describe('detectProducts: weighing', () => {
  it('puts the product that wrote the body before the one that only relayed it', () => {
    const hits = detectProducts(
      res('File not found.', [
        ['server', 'nginx/1.22.1'],
        ['x-powered-by', 'PHP/8.2.7'],
      ]),
    );
    expect(hits[0]?.product).toBe('php-fpm');
    expect(
      hits
        .slice(1)
        .map((h) => h.product)
        .sort(),
    ).toEqual(['nginx', 'php']);
  });

  it('ranks a service body above pass-through proxy headers', () => {
    const hits = detectProducts(
      res('{"timestamp":"2024-11-04T02:12:09.512+00:00","status":404,"error":"Not Found","path":"/x"}', [
        ['via', '1.1 varnish (Varnish/6.0)'],
        ['x-varnish', '32770'],
        ['x-kong-upstream-latency', '12'],
        ['via', 'kong/3.4.2'],
      ]),
    );
    expect(hits[0]?.product).toBe('spring-boot');
    expect(
      hits
        .slice(1)
        .map((h) => h.product)
        .sort(),
    ).toEqual(['kong', 'varnish']);
  });

  it('names APISIX before the OpenResty it runs on', () => {
    const body =
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>openresty</center>\r\n<p><em>Powered by <a href="https://apisix.apache.org/">APISIX</a>.</em></p></body>\r\n</html>\r\n';
    expect(detectProducts(res(body)).map((h) => h.product)).toEqual(['apisix', 'openresty']);
  });

  it('gives a Go 404 without headers to Go, and names Traefik as the same bytes', () => {
    const hits = detectProducts(res('404 page not found'));
    expect(hits.map((h) => [h.product, h.layer])).toEqual([
      ['go-net-http', 'service'],
      ['traefik', 'access-layer'],
    ]);
  });

  it('tells ASP.NET Core host filtering from HTTP.sys by the Server header', () => {
    const page =
      '<BODY><h2>Bad Request - Invalid Hostname</h2>\r\n<hr><p>HTTP Error 400. The request hostname is invalid.</p>\r\n</BODY>';
    expect(detectProducts(res(page, [['server', 'Kestrel']])).map((h) => h.product)).toEqual([
      'aspnet-core',
      'aspnet-core',
    ]);
    expect(detectProducts(res(page)).map((h) => h.product)).toEqual(['http-sys']);
  });

  it('does not read a Tengine page as Apache, though both use the HTML 2.0 doctype', () => {
    const page =
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\r\n<html>\r\n<head><title>404 Not Found</title></head>\r\n<body bgcolor="white">\r\n<h1>404 Not Found</h1>\r\n<hr/>Powered by Tengine</body></html>';
    expect(detectProducts(res(page)).map((h) => h.product)).toEqual(['tengine']);
  });

  it('gives an unknown nginx-based proxy its own name', () => {
    const hits = detectProducts(res(nginxPage('502 Bad Gateway', 'Microsoft-Azure-Application-Gateway/v2')));
    expect(hits[0]).toMatchObject({ product: 'microsoft-azure-application-gateway', layer: 'access-layer' });
  });

  it('leaves an ambiguous {"detail": ...} to both frameworks that send it', () => {
    const hits = detectProducts(res('{"detail":"host 10.0.0.5 is offline"}'));
    expect(hits.map((h) => h.product)).toEqual(['fastapi', 'django-rest-framework']);
  });

  it("does not take uvicorn's bare 500 for Koa", () => {
    const hits = detectProducts(
      res('Internal Server Error', [
        ['server', 'uvicorn'],
        ['content-type', 'text/plain; charset=utf-8'],
      ]),
    );
    expect(hits.map((h) => h.product)).toEqual(['uvicorn', 'uvicorn']);
  });

  it('reads one hit per product and signature', () => {
    const hits = detectProducts(
      res('', [
        ['server', 'envoy'],
        ['x-envoy-upstream-service-time', '3'],
      ]),
    );
    expect(hits.map((h) => h.signal)).toEqual(['envoy.header']);
  });
});

describe('detectProducts: headers the API gateway sets', () => {
  const passed: Headers = [['x-bkapi-request-id', '6b1a9a52-7d0b-4c36-b5de-3e3c8f4a1d10']];

  it('ignores Server: APISIX, openresty or nginx on a response that passed the gateway', () => {
    for (const server of ['APISIX/3.2.1', 'openresty', 'nginx']) {
      expect(detectProducts(res('{"ok":true}', [['server', server], ...passed]))).toEqual([]);
    }
  });

  it('weighs the same headers when the call did not pass the gateway', () => {
    expect(detectProducts(res('', [['server', 'APISIX/3.2.1']]))[0]).toMatchObject({
      product: 'apisix',
      signal: 'apisix.server-header',
    });
  });

  it("still reads a backend's own page that passed the gateway", () => {
    const hits = detectProducts(res(nginxPage('403 Forbidden', 'nginx/1.20.1'), [['server', 'openresty'], ...passed]));
    expect(hits.map((h) => h.signal)).toEqual(['nginx.error-page']);
  });

  it("does not take the gateway's or the ESB's codes for a business code", () => {
    expect(
      detectProducts(
        res('{"code":1640001,"data":null,"code_name":"INVALID_ARGS","message":"Parameters error","result":false}'),
      ),
    ).toEqual([]);
    expect(
      detectProducts(
        res('{"result":false,"code":1306404,"data":null,"message":"component not found","request_id":"x"}'),
      ),
    ).toEqual([]);
  });

  it("uses the parse stage's JSON when it has one", () => {
    const hits = detectProducts({
      ...res('log: {...}'),
      bodyJson: { value: { code: 9900403, permission: { actions: [] } } },
    });
    expect(hits[0]?.product).toBe('blueking-iam');
  });
});

describe('detectProducts: a few more header signatures', () => {
  it.each([
    ['istio-envoy', 'istio-envoy.server-header'],
    ['envoy', 'envoy.header'],
    ['Caddy', 'caddy.server-header'],
    ['Apache/2.4.58 (Ubuntu)', 'apache-httpd.server-header'],
    ['Tengine/2.3.3', 'tengine.server-header'],
    ['squid/5.7', 'squid.header'],
    ['uvicorn', 'uvicorn.server-header'],
    ['TornadoServer/6.3.3', 'tornado.server-header'],
  ])('Server: %s', (server, signal) => {
    expect(detectProducts(res('', [['server', server]], 200)).map((h) => h.signal)).toContain(signal);
  });

  it('reads X-Powered-By: ASP.NET, x-amz-apigw-id and PHP-FPM access denial', () => {
    expect(detectProducts(res('', [['x-powered-by', 'ASP.NET']]))[0]?.signal).toBe('aspnet.powered-by');
    expect(detectProducts(res('', [['x-amz-apigw-id', 'Kx1vXFJdoAMEb2Q=']]))[0]?.signal).toBe('aws-api-gateway.header');
    expect(detectProducts(res('Access denied.'))[0]?.signal).toBe('php-fpm.access-denied');
  });

  it('matches header names whatever their case', () => {
    expect(detectProducts(res('', [['Server', 'awselb/2.0']]))[0]?.product).toBe('aws-elb');
  });
});

describe('detectProducts: bounded, linear work', () => {
  it('reads the first 64 KB and the last 4 KB of a large body', () => {
    const filler = 'x'.repeat(100_000);
    expect(detectProducts(res(`${filler}<h1>Whitelabel Error Page</h1>${filler}`))).toEqual([]);
    expect(detectProducts(res(`<h1>Whitelabel Error Page</h1>${filler}`))[0]?.product).toBe('spring-boot');
    expect(
      detectProducts(res(`${filler}<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n`))[0]?.product,
    ).toBe('nginx');
  });

  it('stays fast on bodies built to make regular expressions backtrack', () => {
    const size = 2_000_000;
    const bodies = [
      '<hr><center>'.repeat(size / 12),
      '<html><body><h1>503 '.repeat(size / 20),
      `{"detail":"${'\\"'.repeat(size / 2)}`,
      `{"code":${'1'.repeat(size)}`,
      'Guru Meditation:</h3>'.repeat(size / 21),
      '<address>Apache Server at '.repeat(size / 27),
      'Reference&#32;&#35;'.repeat(size / 19),
      `upstream connect error or disconnect/reset before headers.${' '.repeat(size)}`,
      '<center><h1>502 '.repeat(size / 16),
      ' '.repeat(size),
    ];
    const start = performance.now();
    for (const body of bodies)
      detectProducts(
        res(body, [
          ['server', 'nginx'],
          ['content-type', 'text/html'],
        ]),
      );
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('never throws, and every hit shows evidence from the paste', () => {
    const fragments = fc.constantFrom(
      '<hr><center>',
      'nginx',
      '</center>',
      '{"detail":',
      '"code":',
      '9900403',
      '<h1>',
      '</h1>',
      '404 page not found',
      'Powered by Jetty://',
      'error code: 1020',
      '"',
      '\\',
      '{',
      '}',
      '\r\n',
      ' ',
      'Guru Meditation',
      '<h1><p>',
      '</p></h1>',
    );
    const body = fc.array(fc.oneof(fragments, fc.string()), { maxLength: 30 }).map((parts) => parts.join(''));
    const headers = fc.array(
      fc.tuple(
        fc.constantFrom('server', 'x-powered-by', 'content-type', 'via', 'x-bkapi-request-id', 'set-cookie'),
        fc.string(),
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(body, headers, fc.option(fc.integer({ min: 100, max: 599 })), (b, h, status) => {
        const r = res(b, h, status);
        for (const hit of detectProducts(r)) expectFoundInPaste(hit, r);
      }),
      { numRuns: 300 },
    );
  });
});

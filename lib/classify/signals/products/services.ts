import { A, S, clip, has, headerLine, jsonKeys, match, ownHeader } from './context';
import type { Ctx, Hit, Rule } from './context';

// Service frameworks and runtimes, then server headers: most specific first.
export const SERVICE_RULES: Rule[] = [
  // --- Java
  {
    product: 'tomcat',
    layer: S,
    signal: 'tomcat.error-report',
    weight: 3,
    find: (c) => match(c.body, /<h3>Apache Tomcat\/[^<]{1,40}<\/h3>|<h1>HTTP Status \d{3} [–-] [^<]{0,80}<\/h1>/),
    detail:
      "Tomcat's error report page (ErrorReportValve): the servlet container answered; Type/Message/Description say why.",
  },
  {
    product: 'jetty',
    layer: S,
    signal: 'jetty.error-page',
    weight: 3,
    find: (c) => match(c.body, /Powered by Jetty:\/\/ ?[^<]{0,40}|<h2>HTTP ERROR:? ?\d{3}[^<]{0,80}<\/h2>/),
    detail: "Jetty's error page (ErrorHandler): the Java service's servlet container answered.",
  },
  {
    product: 'spring-boot',
    layer: S,
    signal: 'spring-boot.whitelabel',
    weight: 3,
    find: (c) => has(c.body, '<h1>Whitelabel Error Page</h1>'),
    detail: "Spring Boot's Whitelabel Error Page: the Spring application answered with its fallback /error view.",
  },
  {
    product: 'spring-boot',
    layer: S,
    signal: 'spring-boot.error-json',
    weight: 3,
    find: (c) => {
      const j = c.json;
      return j &&
        'timestamp' in j &&
        typeof j.status === 'number' &&
        typeof j.error === 'string' &&
        typeof j.path === 'string'
        ? clip(c.text)
        : undefined;
    },
    detail:
      "Spring Boot's default error JSON (DefaultErrorAttributes: timestamp, status, error, path): the Spring application answered.",
  },
  {
    product: 'spring',
    layer: S,
    signal: 'spring.problem-detail',
    weight: 2,
    find: (c) =>
      c.json?.type === 'about:blank' &&
      typeof c.json.title === 'string' &&
      typeof c.json.status === 'number' &&
      'instance' in c.json
        ? clip(c.text)
        : undefined,
    detail:
      "Spring Framework 6's RFC 9457 ProblemDetail (type about:blank with an instance path): a Spring application answered.",
  },
  {
    product: 'aspnet-core',
    layer: S,
    signal: 'aspnet-core.problem-details',
    weight: 3,
    find: (c) =>
      typeof c.json?.traceId === 'string'
        ? match(c.text, /"type"\s*:\s*"https:\/\/tools\.ietf\.org\/html\/rfc\d{4}#section-[\d.]{1,10}"/)
        : undefined,
    detail: "ASP.NET Core's ProblemDetails (an RFC type link, title, status and traceId): the .NET service answered.",
  },
  {
    product: 'aspnet-core',
    layer: S,
    signal: 'aspnet-core.problem-type',
    weight: 2,
    find: (c) =>
      typeof c.json?.traceId === 'string'
        ? undefined
        : match(c.text, /"type"\s*:\s*"https:\/\/tools\.ietf\.org\/html\/rfc\d{4}#section-[\d.]{1,10}"/),
    detail: 'A problem-details body with the RFC section links ASP.NET Core uses: most likely a .NET service.',
  },
  {
    product: 'aspnet-core',
    layer: S,
    signal: 'aspnet-core.kestrel',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^Kestrel/i),
    detail: "The response came from ASP.NET Core's Kestrel server.",
  },
  // --- Node
  {
    product: 'express',
    layer: S,
    signal: 'express.cannot-method',
    weight: 3,
    find: (c) =>
      match(c.body, /<pre>Cannot (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) [^<]{0,300}<\/pre>/) ??
      match(c.text, /^Cannot (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/[^\s]{0,300}$/),
    detail: "Express's final handler (finalhandler): no route in the Node.js service matches this method and path.",
  },
  {
    product: 'express',
    layer: S,
    signal: 'express.error-page',
    weight: 2,
    find: (c) =>
      c.body.includes('<meta charset="utf-8">') && c.body.includes('<pre>')
        ? has(c.body, '<title>Error</title>')
        : undefined,
    detail: "Express's default error page (finalhandler): the Node.js service passed an error to Express.",
  },
  {
    product: 'express',
    layer: S,
    signal: 'express.powered-by',
    weight: 1,
    find: (c) => headerLine(c, 'x-powered-by', /^Express/i),
    detail: 'The service runs on Express (its default X-Powered-By header).',
  },
  {
    product: 'node-http',
    layer: S,
    signal: 'node-http.keep-alive',
    weight: 1,
    find: (c) => headerLine(c, 'keep-alive', /^timeout=5$/),
    detail: "Node.js's http server announces 'Keep-Alive: timeout=5' by default: a Node.js service.",
  },
  // --- Python
  {
    product: 'django',
    layer: S,
    signal: 'django.error-template',
    weight: 3,
    find: (c) =>
      match(c.body, /<h1>(?:Bad Request \(400\)|Server Error \(500\))<\/h1>|<h1>403 Forbidden<\/h1><p><\/p>/) ??
      (c.text === '<h1>403 Forbidden</h1>' ? c.text : undefined),
    detail:
      "Django's default error view (django/views/defaults.py): the Django service answered. A 400 'Bad Request (400)' usually means the gateway's Host is not in ALLOWED_HOSTS.",
  },
  {
    product: 'django',
    layer: S,
    signal: 'django.not-found',
    weight: 3,
    find: (c) => has(c.body, '<h1>Not Found</h1><p>The requested resource was not found on this server.</p>'),
    detail: "Django's default 404 page: no URL pattern of the Django service matches the path.",
  },
  {
    product: 'django',
    layer: S,
    signal: 'django.csrf-failure',
    weight: 3,
    find: (c) => has(c.body, 'CSRF verification failed. Request aborted.'),
    detail:
      "Django's CSRF middleware rejected the request (no CSRF token or cookie): exempt the API view or send the token.",
  },
  {
    product: 'django',
    layer: S,
    signal: 'django.debug-page',
    weight: 3,
    find: (c) =>
      match(c.body, /Invalid HTTP_HOST header: [^\n<]{1,200}/) ??
      match(c.body, /You.{1,7}re seeing this error because you have <code>DEBUG = True<\/code>/),
    detail:
      "Django's DEBUG technical page: the Django service answered (DisallowedHost: add the gateway's Host to ALLOWED_HOSTS).",
  },
  {
    product: 'django',
    layer: S,
    signal: 'django.runserver',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^WSGIServer\//i),
    detail: "Django's development server (runserver) answered.",
  },
  {
    product: 'flask',
    layer: S,
    signal: 'flask.werkzeug-page',
    weight: 3,
    find: (c) =>
      match(c.body, /<!doctype html>\r?\n<html lang=en>\r?\n<title>[^<]{1,80}<\/title>/) ??
      match(
        c.body,
        /<!DOCTYPE HTML PUBLIC "-\/\/W3C\/\/DTD HTML 3\.2 Final\/\/EN">\r?\n<title>\d{3} [^<]{1,60}<\/title>/,
      ),
    detail: "Werkzeug's HTTPException page (werkzeug/exceptions.py), as Flask sends it: the Python service answered.",
  },
  {
    product: 'flask',
    layer: S,
    signal: 'flask.werkzeug-debugger',
    weight: 3,
    find: (c) => match(c.body, / \/\/ Werkzeug Debugger<\/title>/),
    detail: "Werkzeug's interactive debugger page: the Flask service raised an exception in debug mode.",
  },
  {
    product: 'flask',
    layer: S,
    signal: 'flask.werkzeug-server',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^Werkzeug\//i),
    detail: "Werkzeug's development server (flask run) answered.",
  },
  {
    product: 'gunicorn',
    layer: S,
    signal: 'gunicorn.error-page',
    weight: 3,
    find: (c) => match(c.body, /<h1><p>[^<]{1,80}<\/p><\/h1>/),
    detail:
      "gunicorn's own error page (gunicorn/util.py write_error): the worker failed before the application answered (an exception, a bad request line or a header gunicorn refused).",
  },
  {
    product: 'gunicorn',
    layer: S,
    signal: 'gunicorn.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^gunicorn/i),
    detail: 'The service runs under gunicorn.',
  },
  {
    product: 'uvicorn',
    layer: S,
    signal: 'uvicorn.plain-500',
    weight: 3,
    find: (c) => (headerLine(c, 'server', /^uvicorn/i) && c.text === 'Internal Server Error' ? c.text : undefined),
    detail: "uvicorn's own 500: the ASGI application raised before sending a response.",
  },
  {
    product: 'uvicorn',
    layer: S,
    signal: 'uvicorn.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^uvicorn/i),
    detail: 'The service runs under uvicorn (FastAPI, Starlette or another ASGI app).',
  },
  {
    product: 'tornado',
    layer: S,
    signal: 'tornado.error-page',
    weight: 3,
    find: (c) => match(c.body, /<html><title>\d{3}: [^<]{1,60}<\/title><body>\d{3}: [^<]{1,60}<\/body><\/html>/),
    detail: "Tornado's default error page (RequestHandler.write_error): the Tornado service answered.",
  },
  {
    product: 'tornado',
    layer: S,
    signal: 'tornado.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^TornadoServer/i),
    detail: 'The service runs on Tornado.',
  },
  // --- Ruby, PHP
  {
    product: 'rails',
    layer: S,
    signal: 'rails.public-page',
    weight: 3,
    find: (c) =>
      match(
        c.body,
        /The page you were looking for doesn(?:'|’|&#39;)t exist|We(?:'|’|&#39;)re sorry, but something went wrong\.|The change you wanted was rejected\./,
      ),
    detail: "A Rails application's public error page (public/404.html, 422.html, 500.html).",
  },
  {
    product: 'rails',
    layer: S,
    signal: 'rails.routing-error',
    weight: 3,
    find: (c) => match(c.body, /No route matches \[[A-Z]{3,7}\] "[^"]{0,200}"/),
    detail: 'Rails found no route for this method and path.',
  },
  {
    product: 'rails',
    layer: S,
    signal: 'rails.error-json',
    weight: 2,
    find: (c) =>
      jsonKeys(c).sort().join() === 'error,status' &&
      typeof c.json?.status === 'number' &&
      typeof c.json.error === 'string'
        ? clip(c.text)
        : undefined,
    detail: "Rails' public exceptions JSON ({status, error}): a Rails API answered.",
  },
  {
    product: 'rails',
    layer: S,
    signal: 'rails.runtime-header',
    weight: 1,
    find: (c) => headerLine(c, 'x-runtime'),
    detail: 'X-Runtime is set by Rack::Runtime: most likely a Rails or other Rack service.',
  },
  {
    product: 'laravel',
    layer: S,
    signal: 'laravel.error-view',
    weight: 3,
    find: (c) =>
      has(c.body, 'ml-4 text-lg text-gray-500 uppercase tracking-wider') ??
      match(c.body, /<title>Page Expired<\/title>/),
    detail: "Laravel's default error view (Illuminate/Foundation/Exceptions/views): the Laravel service answered.",
  },
  {
    product: 'laravel',
    layer: S,
    signal: 'laravel.csrf',
    weight: 3,
    find: (c) => match(c.text, /"message"\s*:\s*"CSRF token mismatch\."/),
    detail: "Laravel's CSRF check rejected the request (419): exclude the API route from VerifyCsrfToken.",
  },
  {
    product: 'laravel',
    layer: S,
    signal: 'laravel.json',
    weight: 2,
    find: (c) =>
      match(c.text, /"message"\s*:\s*"Unauthenticated\."/) ??
      (typeof c.json?.message === 'string' &&
      c.json.errors &&
      typeof c.json.errors === 'object' &&
      !Array.isArray(c.json.errors)
        ? clip(c.text)
        : undefined),
    detail: "Laravel's JSON error ('Unauthenticated.' from the auth guard, or {message, errors} from validation).",
  },
  {
    product: 'laravel',
    layer: S,
    signal: 'laravel.session-cookie',
    weight: 1,
    find: (c) => headerLine(c, 'set-cookie', /^(?:laravel_session|XSRF-TOKEN)=/),
    detail: 'Laravel sets this cookie: the service runs on Laravel.',
  },
  {
    product: 'php-fpm',
    layer: S,
    signal: 'php-fpm.script-not-found',
    weight: 3,
    find: (c) => (c.text === 'File not found.' || c.text === 'No input file specified.' ? c.text : undefined),
    detail:
      'PHP-FPM found no script for the path nginx passed it (Primary script unknown): the PHP service has no such file or its SCRIPT_FILENAME is wrong.',
  },
  {
    product: 'php-fpm',
    layer: S,
    signal: 'php-fpm.access-denied',
    weight: 1,
    find: (c) => (c.text === 'Access denied.' ? c.text : undefined),
    detail: "PHP-FPM's security.limit_extensions refused to run the requested file.",
  },
  {
    product: 'php',
    layer: S,
    signal: 'php.powered-by',
    weight: 1,
    find: (c) => headerLine(c, 'x-powered-by', /^PHP\//i),
    detail: 'The service runs on PHP.',
  },
  // --- Server headers the API gateway may set itself: weighed only on a response that did not pass it.
  {
    product: 'apisix',
    layer: A,
    signal: 'apisix.server-header',
    weight: 1,
    find: (c) => ownHeader(c, 'server', /^APISIX/i),
    detail: 'APISIX answered or forwarded this response (its Server header).',
  },
  {
    product: 'openresty',
    layer: A,
    signal: 'openresty.server-header',
    weight: 1,
    find: (c) => ownHeader(c, 'server', /^openresty/i),
    detail: 'OpenResty answered or forwarded this response (its Server header).',
  },
  {
    product: 'tengine',
    layer: A,
    signal: 'tengine.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^Tengine/i),
    detail: 'Tengine answered or forwarded this response (its Server header).',
  },
  {
    product: 'tencent-stgw',
    layer: A,
    signal: 'tencent-stgw.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^stgw/i),
    detail: "Tencent's STGW (the CLB load balancer layer) answered or forwarded this response.",
  },
  {
    product: 'nginx',
    layer: A,
    signal: 'nginx.server-header',
    weight: 1,
    find: (c) => ownHeader(c, 'server', /^nginx\b/i),
    detail: 'nginx answered or forwarded this response (its Server header).',
  },
  {
    product: 'istio-envoy',
    layer: A,
    signal: 'istio-envoy.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^istio-envoy/i),
    detail: "The response came through an Istio sidecar or gateway (Envoy's Server header in Istio).",
  },
  {
    product: 'envoy',
    layer: A,
    signal: 'envoy.header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^envoy\b/i) ?? headerLine(c, 'x-envoy-upstream-service-time'),
    detail: 'The response came through Envoy (x-envoy-upstream-service-time: the service answered through it).',
  },
  {
    product: 'caddy',
    layer: A,
    signal: 'caddy.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^Caddy/i),
    detail: 'The response came from, or through, Caddy.',
  },
  {
    product: 'apache-httpd',
    layer: A,
    signal: 'apache-httpd.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^Apache(?:\/|$|\s)/i),
    detail: 'Apache httpd answered or forwarded this response (its Server header).',
  },
  {
    product: 'tomcat',
    layer: S,
    signal: 'tomcat.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^Apache-Coyote/i),
    detail: "Tomcat's connector (Apache-Coyote) answered.",
  },
  {
    product: 'jetty',
    layer: S,
    signal: 'jetty.server-header',
    weight: 1,
    find: (c) => headerLine(c, 'server', /^Jetty/i),
    detail: 'The Java service runs on Jetty.',
  },
  {
    product: 'aspnet',
    layer: S,
    signal: 'aspnet.powered-by',
    weight: 1,
    find: (c) => headerLine(c, 'x-powered-by', /^ASP\.NET/i),
    detail: 'The service runs on ASP.NET under IIS.',
  },
];

const numeric = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^-?\d{1,12}$/.test(v) ? Number(v) : null;

// A body with its own numeric code is the service's protocol, unless the code is the API gateway's
// (16xxxxx) or the legacy ESB's (1306xxx): those are weighed elsewhere.
export function businessJson(c: Ctx): Hit[] {
  const j = c.json;
  if (!j) return [];
  const code = numeric(j.code) ?? numeric(j.errcode) ?? numeric(j.error_code);
  if (code === null || /^(?:16\d{5}|1306\d{3})$/.test(String(code))) return [];
  const found = match(c.text, /"(?:code|errcode|error_code)"\s*:\s*"?-?\d{1,12}"?/) ?? String(code);
  if (code === 9900403 && j.permission && typeof j.permission === 'object') {
    return [
      {
        product: 'blueking-iam',
        layer: S,
        signal: 'blueking-iam.no-permission',
        weight: 3,
        found,
        detail:
          "The BlueKing permission center's no-permission body (code 9900403 with the permission to apply for), as CMDB and other BlueKing systems return it: the backend system denied the user; apply for the listed actions.",
      },
    ];
  }
  if (typeof j.result === 'boolean' && typeof j.message === 'string' && ('request_id' in j || 'trace_id' in j)) {
    return [
      {
        product: 'blueking-api',
        layer: S,
        signal: 'blueking-api.error',
        weight: 2,
        found,
        detail:
          "A BlueKing system's own API protocol (result, code, message, data, request_id) with a code that is not the gateway's 16xxxxx: the backend system answered; look its request_id up in that system's logs.",
      },
    ];
  }
  if (code >= 0 && code <= 16 && Array.isArray(j.details) && typeof j.message === 'string') {
    return [
      {
        product: 'grpc-gateway',
        layer: S,
        signal: 'grpc-gateway.status',
        weight: 2,
        found,
        detail: 'A gRPC status as JSON (code 0-16, message, details): a gRPC service behind grpc-gateway answered.',
      },
    ];
  }
  const described = ['message', 'msg', 'errmsg', 'error', 'data', 'result', 'success'].some((k) => k in j);
  return [
    {
      product: 'business-json',
      layer: S,
      signal: 'business-json.code',
      weight: described ? 2 : 1,
      found,
      detail:
        "The service's own error protocol: a code that is not the gateway's (16xxxxx); the service wrote it, look it up in its documentation or logs.",
    },
  ];
}

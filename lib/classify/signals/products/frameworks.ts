import type { Ctx, Hit, Rule, Weight } from './context';
import { A, headerLine, headerValue, jsonKeys, match, S } from './context';

/**
 * More service frameworks, each by the body its default error handler writes (the source named in the
 * detail), so a person knows which service, and in which language, answered.
 */
export const FRAMEWORK_RULES: Rule[] = [
  {
    product: 'nestjs',
    layer: S,
    signal: 'nestjs.not-found',
    weight: 3,
    find: (c) =>
      typeof c.json?.statusCode === 'number' && typeof c.json.message === 'string' && typeof c.json.error === 'string'
        ? match(c.json.message, /^Cannot (?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \/\S*$/)
        : undefined,
    detail:
      "NestJS's default NotFoundException ({statusCode, message: 'Cannot GET /path', error}): no route of the Node.js service matches.",
  },
  {
    product: 'fastify',
    layer: S,
    signal: 'fastify.route-not-found',
    weight: 3,
    find: (c) =>
      typeof c.json?.message === 'string' ? match(c.json.message, /^Route (?:[A-Z]+):\S+ not found$/) : undefined,
    detail: "Fastify's default 404 ('Route GET:/path not found'): no route of the Node.js service matches.",
  },
  {
    product: 'hapi',
    layer: S,
    signal: 'hapi.boom',
    weight: 2,
    find: (c) =>
      jsonKeys(c).sort().join() === 'error,message,statusCode' && c.json?.error === c.json?.message
        ? `statusCode ${String(c.json?.statusCode)}, error ${String(c.json?.error)}`
        : undefined,
    detail:
      "hapi's Boom error ({statusCode, error, message} with the bare status phrase): a Node.js (hapi) service answered.",
  },
  {
    product: 'quarkus',
    layer: S,
    signal: 'quarkus.resteasy',
    weight: 3,
    find: (c) => match(c.body, /RESTEASY\d{6}: [^\n<]{1,160}/),
    detail: "RESTEasy's error text (RESTEASYnnnnnn), as Quarkus and WildFly write it: the Java service answered.",
  },
  {
    product: 'micronaut',
    layer: S,
    signal: 'micronaut.hateoas-error',
    weight: 3,
    find: (c) => {
      const embedded = c.json?._embedded as Record<string, unknown> | undefined;
      return c.json?._links && embedded && Array.isArray(embedded.errors)
        ? match(c.text, /"_embedded"\s*:/)
        : undefined;
    },
    detail:
      "Micronaut's default error body (a JSON+HAL document with _links and _embedded.errors): the Java service answered.",
  },
  {
    product: 'sinatra',
    layer: S,
    signal: 'sinatra.not-found',
    weight: 3,
    find: (c) => match(c.body, /Sinatra doesn(?:'|’|&rsquo;)t know this ditty\./),
    detail: "Sinatra's development 404 page ('Sinatra doesn't know this ditty'): no route of the Ruby service matches.",
  },
  {
    product: 'phoenix',
    layer: S,
    signal: 'phoenix.error-json',
    weight: 2,
    find: (c) => {
      const errors = c.json?.errors as Record<string, unknown> | undefined;
      return jsonKeys(c).join() === 'errors' && errors && typeof errors.detail === 'string'
        ? `errors.detail: ${errors.detail}`
        : undefined;
    },
    detail: 'Phoenix\'s generated ErrorJSON ({"errors": {"detail": ...}}): an Elixir (Phoenix) service answered.',
  },
  {
    product: 'fiber',
    layer: S,
    signal: 'fiber.cannot-route',
    weight: 2,
    find: (c) => (c.json ? undefined : match(c.text, /^Cannot (?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \/\S*$/)),
    detail:
      "The plain-text 'Cannot GET /path' of Go's Fiber (Express writes the same words inside an HTML page): no route of the service matches.",
  },
];

// The detectors below weigh what they find: a body the rules above cannot tell apart on one signature.

/** A JSON `detail` member, escapes included (linear, as ERROR_MSG_MEMBER in context.ts). */
const DETAIL_MEMBER = /"detail"\s*:\s*"(?:[^"\\]|\\.){0,300}"/;

// Django REST framework's default messages (rest_framework/exceptions.py, authentication.py).
const DRF_DETAIL =
  /^(?:Authentication credentials were not provided\.|Incorrect authentication credentials\.|You do not have permission to perform this action\.|Not found\.|Malformed request\.|Invalid token\.|Invalid token header\.[^\n]{0,80}|User inactive or deleted\.|Method "[A-Z]{3,10}" not allowed\.|Unsupported media type "[^\n]{0,120}" in request\.|Could not satisfy the request Accept header\.|Request was throttled\.[^\n]{0,80}|JSON parse error - [\s\S]{0,300})$/;

// Starlette's HTTPException defaults to the status phrase; FastAPI's security classes add these.
const STARLETTE_DETAIL =
  /^(?:Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Conflict|Unsupported Media Type|Unprocessable Entity|Unprocessable Content|Too Many Requests|Internal Server Error|Not authenticated|Invalid authentication credentials)$/;

const GO_NOT_FOUND = '404 page not found';

// Go's http.Error (net/http/server.go) writes the text plus "\n" as text/plain; charset=utf-8 with
// X-Content-Type-Options: nosniff; Gin's serveError (gin.go) writes "404 page not found" as bare text/plain.
export function goFamily(c: Ctx): Hit[] {
  const type = headerValue(c, 'content-type')?.trim().toLowerCase();
  if (c.text === '405 method not allowed') {
    return [
      {
        product: 'gin',
        layer: S,
        signal: 'gin.default-body',
        weight: 3,
        found: c.text,
        detail: "Gin's default 405 body: the Gin service has this path for another method only.",
      },
    ];
  }
  if (c.text !== GO_NOT_FOUND) return [];
  if (type === 'text/plain') {
    return [
      {
        product: 'gin',
        layer: S,
        signal: 'gin.default-body',
        weight: 3,
        found: c.text,
        detail: "Gin's default 404 (bare text/plain, no charset): no route of the Gin service matches the path.",
      },
    ];
  }
  const nosniff = headerLine(c, 'x-content-type-options', /nosniff/i);
  const weight: Weight = type?.startsWith('text/plain; charset=utf-8') ? (nosniff ? 3 : 2) : 1;
  return [
    {
      product: 'go-net-http',
      layer: S,
      signal: 'go-net-http.not-found',
      weight,
      found: c.text,
      detail:
        "Go net/http's NotFound (text/plain; charset=utf-8, nosniff): no handler of the Go service matches the path.",
    },
    {
      product: 'traefik',
      layer: A,
      signal: 'traefik.not-found',
      weight: 1,
      found: c.text,
      detail:
        'Traefik, written in Go, sends the same body when no router matches the host or path: check whether a Traefik sits in front of the service.',
    },
  ];
}

// Koa's default for an unhandled status is the bare status phrase; Go's http.Error would add "\n" and nosniff.
export function koa(c: Ctx): Hit[] {
  const type = headerValue(c, 'content-type')?.toLowerCase() ?? '';
  if (
    !/^(?:Not Found|Method Not Allowed|Internal Server Error|Unsupported Media Type|Bad Request|Unauthorized|Forbidden)$/.test(
      c.body,
    )
  )
    return [];
  // Koa sets no Server header; uvicorn, for one, sends the same bare phrase with its own.
  if (
    !type.startsWith('text/plain; charset=utf-8') ||
    headerLine(c, 'server') ||
    headerLine(c, 'x-content-type-options') ||
    headerLine(c, 'x-powered-by')
  )
    return [];
  return [
    {
      product: 'koa',
      layer: S,
      signal: 'koa.status-text',
      weight: 1,
      found: c.body,
      detail:
        "The bare status phrase as text/plain; charset=utf-8 is Koa's default body: most likely a Node.js (Koa) service.",
    },
  ];
}

export function detailMember(c: Ctx): Hit[] {
  const j = c.json;
  if (!j || jsonKeys(c).join() !== 'detail') return [];
  const found = match(c.text, DETAIL_MEMBER) ?? match(c.text, /"detail"\s*:\s*\[/) ?? '"detail"';
  const d = j.detail;
  if (Array.isArray(d)) {
    const first = d[0] as Record<string, unknown> | undefined;
    return first && typeof first === 'object' && 'loc' in first && 'msg' in first
      ? [
          {
            product: 'fastapi',
            layer: S,
            signal: 'fastapi.validation-error',
            weight: 3,
            found,
            detail:
              "FastAPI's request validation error (pydantic's loc/msg/type list, 422): the service rejected the request's parameters or body.",
          },
        ]
      : [];
  }
  if (typeof d !== 'string') return [];
  if (DRF_DETAIL.test(d)) {
    return [
      {
        product: 'django-rest-framework',
        layer: S,
        signal: 'django-rest-framework.detail',
        weight: 3,
        found,
        detail:
          'Django REST framework\'s default error message ({"detail": ...}, rest_framework/exceptions.py): the Django service answered.',
      },
    ];
  }
  if (STARLETTE_DETAIL.test(d)) {
    return [
      {
        product: 'fastapi',
        layer: S,
        signal: 'fastapi.detail',
        weight: 2,
        found,
        detail:
          'FastAPI/Starlette\'s HTTPException body with the bare status phrase ({"detail": "Not Found"}): the Python service answered.',
      },
    ];
  }
  return [
    {
      product: 'fastapi',
      layer: S,
      signal: 'fastapi.detail',
      weight: 1,
      found,
      detail: 'A {"detail": ...} body: FastAPI raises HTTPException this way.',
    },
    {
      product: 'django-rest-framework',
      layer: S,
      signal: 'django-rest-framework.detail',
      weight: 1,
      found,
      detail: 'A {"detail": ...} body: Django REST framework answers errors this way.',
    },
  ];
}

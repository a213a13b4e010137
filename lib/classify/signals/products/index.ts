import { ACCESS_LAYER_RULES } from './access-layer';
import {
  A,
  DETAIL_MEMBER,
  DRF_DETAIL,
  HEAD_CHARS,
  JSON_LIMIT,
  S,
  STARLETTE_DETAIL,
  TAIL_CHARS,
  clip,
  headerLine,
  headerValue,
  jsonKeys,
  match,
} from './context';
import type { Ctx, Hit, ProductHit, Rule, Weight } from './context';
import { FRAMEWORK_RULES } from './frameworks';
import { SERVICE_RULES } from './services';
import { VENDOR_RULES } from './vendors';
import { isObject } from '../../read/json';
import type { ParsedResponse } from '../../types';

export type { ProductHit } from './context';
export { API_GATEWAY_PRODUCTS } from './vendors';

/** The signature table: most specific first; weight orders the result. */
const RULES: Rule[] = [...ACCESS_LAYER_RULES, ...VENDOR_RULES, ...SERVICE_RULES, ...FRAMEWORK_RULES];

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

function nginxFamily(c: Ctx): Hit[] {
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

const GO_NOT_FOUND = '404 page not found';

// Go's http.Error (net/http/server.go) writes the text plus "\n" as text/plain; charset=utf-8 with
// X-Content-Type-Options: nosniff; Gin's serveError (gin.go) writes "404 page not found" as bare text/plain.
function goFamily(c: Ctx): Hit[] {
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
function koa(c: Ctx): Hit[] {
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

function detailMember(c: Ctx): Hit[] {
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

const numeric = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^-?\d{1,12}$/.test(v) ? Number(v) : null;

// A body with its own numeric code is the service's protocol, unless the code is the API gateway's
// (16xxxxx) or the legacy ESB's (1306xxx): those are weighed elsewhere.
function businessJson(c: Ctx): Hit[] {
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

// Caddy answers its own proxy failures with the status and an empty body.
function caddyEmpty(c: Ctx): Hit[] {
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

const DETECTORS: ReadonlyArray<(c: Ctx) => Hit[]> = [
  nginxFamily,
  goFamily,
  koa,
  detailMember,
  businessJson,
  caddyEmpty,
];

function bounded(body: string): string {
  return body.length <= HEAD_CHARS + TAIL_CHARS ? body : `${body.slice(0, HEAD_CHARS)}\n${body.slice(-TAIL_CHARS)}`;
}

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
      hits.push({
        product: rule.product,
        layer: rule.layer,
        signal: rule.signal,
        weight: rule.weight,
        ...(rule.wrote ? { wrote: rule.wrote } : {}),
        found: clip(found),
        detail: rule.detail,
      });
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

import { truncate } from '../../read/text';

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
  /** A header only the product's own responses carry (not ones it relays): it wrote this response. */
  wrote?: true;
};

export type Layer = ProductHit['layer'];

/**
 * How strongly a hit names its product. 3: the product's own page or body, written by its source;
 * 2: a trait only that product shows; 1: a hint others can share (a header, a common shape).
 * Hits are returned heaviest first, so a body a product wrote outranks any header.
 */
export type Weight = 1 | 2 | 3;

export type Hit = ProductHit & { weight: Weight };

export type Ctx = {
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

export type Rule = {
  product: string;
  layer: Layer;
  signal: string;
  weight: Weight;
  find: (c: Ctx) => string | undefined;
  detail: string;
  wrote?: true;
};

export const HEAD_CHARS = 64 * 1024;
export const TAIL_CHARS = 4 * 1024;
export const JSON_LIMIT = 1024 * 1024;
const FOUND_LIMIT = 200;

export const has = (s: string, needle: string) => (s.includes(needle) ? needle : undefined);
export const match = (s: string, re: RegExp) => re.exec(s)?.[0];
/** Found text kept exact (the page finds it in the paste), at most FOUND_LIMIT characters. */
export const clip = (s: string) => truncate(s, FOUND_LIMIT, '');
export const A = 'access-layer' as const;
export const S = 'service' as const;

/** The header line `Name: value` of the first header `name` (whose value matches `value`), as found text. */
export function headerLine(c: Ctx, name: string, value?: RegExp): string | undefined {
  for (const [n, v] of c.headers) {
    if (n.toLowerCase() === name && (!value || value.test(v))) return `${n}: ${v}`;
  }
  return undefined;
}

export const headerValue = (c: Ctx, name: string) => c.headers.find(([n]) => n.toLowerCase() === name)?.[1];

/** A header the API gateway may have set itself: says nothing about the backend when the call passed it. */
export const ownHeader = (c: Ctx, name: string, value: RegExp) =>
  c.viaGateway ? undefined : headerLine(c, name, value);

/** A JSON string member, escapes included; the alternatives never overlap, so the scan stays linear. */
export const ERROR_MSG_MEMBER = /"error_msg"\s*:\s*"(?:[^"\\]|\\.){0,300}"/;

export const jsonKeys = (c: Ctx) => (c.json ? Object.keys(c.json) : []);

// HAProxy's built-in pages (src/http.c, http_err_msgs): "<html><body><h1>503 Service Unavailable</h1>\n..."
export const HAPROXY_PAGE =
  /<html><body><h1>\d{3} [^<]{1,60}<\/h1>\s{0,4}(?:No server is available to handle this request|The server didn't respond in time|The server returned an invalid or incomplete response|Request forbidden by administrative rules|Your browser sent an invalid request|You have sent too many requests in a given amount of time|An internal server error occur|The resource could not be found|Your browser didn't send a complete request in time|The resource is no longer available|Request sent to a non-authoritative server|You need a valid user and password)[^<\n]{0,40}/;

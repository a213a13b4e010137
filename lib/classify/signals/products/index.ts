import { ACCESS_LAYER_RULES, caddyEmpty, nginxFamily } from './access-layer';
import { HEAD_CHARS, JSON_LIMIT, TAIL_CHARS, clip } from './context';
import type { Ctx, Hit, ProductHit, Rule } from './context';
import { FRAMEWORK_RULES, detailMember, goFamily, koa } from './frameworks';
import { SERVICE_RULES, businessJson } from './services';
import { VENDOR_RULES } from './vendors';
import { isObject } from '../../read/json';
import type { ParsedResponse } from '../../types';

export type { ProductHit } from './context';
export { API_GATEWAY_PRODUCTS } from './vendors';

/** The signature table: most specific first; weight orders the result. */
const RULES: Rule[] = [...ACCESS_LAYER_RULES, ...VENDOR_RULES, ...SERVICE_RULES, ...FRAMEWORK_RULES];

/** The detectors that weigh what they find, each in its layer's file; their order is the order of equal weights. */
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

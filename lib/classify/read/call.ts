/**
 * What a paste says about the call, besides who answered it (contract: `gateway`, `app`, `client_ip`,
 * `debug`, `missing`): the gateway, stage and resource it went through, the caller's identifiers, the
 * address the gateway saw, the bk-debug header decoded, and what to fetch for a sure verdict. Read from the
 * response's headers first, then from bounded windows of the text, so a 10 MB paste costs no more.
 */
import { header } from './text';
import type { Facts } from '../signals/signals';
import type { Result } from '../types';

export type GatewayInfo = { name: string | null; stage: string | null; resource: string | null };
export type AppInfo = { bk_app_code: string | null; bk_username: string | null };
/** X-Bkapi-Debug-Info, as blueking-apigateway-apisix's bk-debug plugin writes it (src/apisix/plugins/bk-debug.lua). */
export type DebugInfo = {
  request_id: string | null;
  gateway: string | null;
  stage: string | null;
  resource: string | null;
  backend: string | null;
  bk_app_code: string | null;
  bk_username: string | null;
  client_ip: string | null;
  instance: string | null;
  /** The request's headers as the gateway received them, each secret one masked. */
  request_headers: Record<string, string>;
};
export type Missing = 'status' | 'headers' | 'body' | 'request_id' | 'debug';
export type Call = {
  gateway: GatewayInfo | null;
  app: AppInfo | null;
  client_ip: string | null;
  debug: DebugInfo | null;
  missing: Missing[];
};

const WINDOW = 64 * 1024;
const DEBUG_TEXT = /x-bkapi-debug-info["']?\s*[:=]\s*["']?(\{[^\n]{2,16000}\})/i;
/** The shared API domain's path (`/api/{gateway}/{stage}/…`, contract urls) or a gateway's sub-domain. */
const API_PATH = /^\/api\/([a-z][a-z0-9-]{2,31})\/([A-Za-z][\w-]{0,31})(?:\/|$)/;
const URL_IN_TEXT = /https?:\/\/[^\s"'<>\\)\]}]+/g;
/** bkapi-client-core's errors name the gateway and the operation: `Request bk-cmdb:search_business error`. */
const SDK_OPERATION = /\bRequest(?:ing)? ([a-z][a-z0-9-]{2,31}):(\w{1,64})\b/;
const APP_CODE = /["']?\b(?:bk_app_code|app_code)["']?\s*(?:[:=]|=>)\s*\\*["']?([a-z0-9][a-z0-9_-]{0,31})\b/i;
const USERNAME = /["']?\bbk_username["']?\s*(?:[:=]|=>)\s*\\*["']?([\w.@-]{1,64})/i;
/** The gateway's IP restriction names the address it saw: `[ip="10.0.0.8" reason="…"]`. */
const CLIENT_IP =
  /\b(?:client_ip|remote_addr|ip)\\*["']?\s*[:=]\s*\\*["']?((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})\b/i;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const SECRET_HEADER = /authorization|cookie|token|secret|jwt|ticket|signature|api[-_]?key|password/i;

/** The debug header's JSON read into the contract's fields; null when it is not the plugin's object. */
export function readDebug(value: string): DebugInfo | null {
  let obj: unknown;
  try {
    obj = JSON.parse(value);
  } catch {
    return null;
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return null;
  const o = obj as Record<string, unknown>;
  if (!('bk_request_id' in o) && !('bk_gateway_name' in o)) return null;
  const headers: Record<string, string> = {};
  if (o.request_headers && typeof o.request_headers === 'object')
    for (const [k, v] of Object.entries(o.request_headers as Record<string, unknown>)) {
      const text = Array.isArray(v) ? v.join(', ') : String(v);
      headers[k] = SECRET_HEADER.test(k) ? maskFields(k, text) : text;
    }
  return {
    request_id: str(o.bk_request_id),
    gateway: str(o.bk_gateway_name),
    stage: str(o.bk_stage_name),
    resource: str(o.bk_resource_name),
    backend: str(o.bk_backend_name),
    bk_app_code: str(o.bk_app_code),
    bk_username: str(o.bk_username),
    client_ip: str(o.client_ip),
    instance: str(o.instance_id),
    request_headers: headers,
  };
}

/** X-Bkapi-Authorization keeps its identifiers (the fixes ask for them); any other secret header is masked whole. */
function maskFields(name: string, value: string): string {
  if (!/^x-bkapi-authorization$/i.test(name)) return '******';
  try {
    const o = JSON.parse(value) as Record<string, unknown>;
    return JSON.stringify(
      Object.fromEntries(
        Object.entries(o).map(([k, v]) => [k, /^(?:bk_)?(?:app_code|username)$/.test(k) ? v : '******']),
      ),
    );
  } catch {
    return '******';
  }
}

function gatewayOfUrl(url: string): GatewayInfo | null {
  let u: URL;
  try {
    // curl -v's request line gives `host/path` without a scheme, and a log a path alone.
    u = new URL(
      /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.startsWith('/') ? url : `http://${url}`,
      'http://host.invalid',
    );
  } catch {
    return null;
  }
  const path = API_PATH.exec(u.pathname);
  if (path) return { name: path[1]!, stage: path[2]!, resource: null };
  // A gateway's own sub-domain under the API domain: `{gateway}.bkapi.example.com/{stage}/…`.
  const sub = /^([a-z][a-z0-9-]{2,31})\.(?:bkapi|apigw|api-gateway)\./.exec(u.hostname);
  const stage = /^\/([A-Za-z][\w-]{0,31})\//.exec(u.pathname);
  return sub ? { name: sub[1]!, stage: stage?.[1] ?? null, resource: null } : null;
}

/** What the paste says about the call; `result` is the verdict so far, which `missing` is about. */
export function aboutTheCall(text: string, facts: Facts, result: Pick<Result, 'source' | 'request_id'>): Call {
  const head = text.length > WINDOW * 2 ? `${text.slice(0, WINDOW)}\n${text.slice(-WINDOW)}` : text;
  const res = facts.res;
  const debugValue = (res && header(res, 'x-bkapi-debug-info')) ?? DEBUG_TEXT.exec(head)?.[1] ?? null;
  const debug = debugValue ? readDebug(debugValue) : null;

  let gateway: GatewayInfo | null = debug?.gateway
    ? { name: debug.gateway, stage: debug.stage, resource: debug.resource }
    : null;
  if (!gateway && facts.request?.url) gateway = gatewayOfUrl(facts.request.url);
  if (!gateway) for (const m of head.matchAll(URL_IN_TEXT)) if ((gateway = gatewayOfUrl(m[0]))) break;
  const sdk = SDK_OPERATION.exec(head);
  if (sdk) gateway = { name: gateway?.name ?? sdk[1]!, stage: gateway?.stage ?? null, resource: sdk[2]! };

  const appCode = debug?.bk_app_code ?? APP_CODE.exec(head)?.[1] ?? null;
  const username = debug?.bk_username ?? USERNAME.exec(head)?.[1] ?? null;
  const app = appCode || username ? { bk_app_code: appCode, bk_username: username } : null;
  const client_ip = debug?.client_ip ?? CLIENT_IP.exec(head)?.[1] ?? null;

  // Where no response came there is nothing to fetch from one: the page says what to check instead.
  const missing: Missing[] = [];
  if (!facts.noResponse) {
    if (facts.status === null) missing.push('status');
    if (!facts.hasHeaders && !facts.flowLog) missing.push('headers');
    if (facts.body.kind === 'empty' && !facts.flowLog) missing.push('body');
    if (result.request_id === null && result.source !== 'esb') missing.push('request_id');
    if (debug === null && result.source !== 'esb' && (gateway === null || result.source === 'unknown'))
      missing.push('debug');
  }
  return { gateway, app, client_ip, debug, missing };
}

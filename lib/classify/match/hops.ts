/**
 * Errors inside errors (contract: hops). A backend's error whose message holds the ESB's error, which holds
 * a third party's status; a gateway error whose reason holds the backend's JSON. People stop at the outer
 * layer and ask the wrong team: each layer is read as a hop, outermost first, down to where it failed first.
 * Only what a message shows is taken: JSON inside it (escaped or not), a gateway or ESB code with its
 * message, a status a client's words give (`status_code: 404`, `404 Client Error`), or a report that no
 * response came. Bounded: four layers, the first 8 KB of each message.
 */
import { ESB_CODE, GATEWAY_CODE } from '../../catalog/codes';
import type { MatchRule } from '../../catalog/rules';
import { readBody, type BodyFacts } from '../read/body';
import { readClues } from '../read/clues';
import { findJson, isObject } from '../read/json';
import type { Facts } from '../signals/signals';
import type { Hop, Layer, Source } from '../types';

const DEPTH = 4;
const MESSAGE = 8 * 1024;
/** A code of the gateway or the ESB named in words: `code: 1306201`, `"code":1640301`, `[1306201]`, `error_code=…`. */
const CODE_IN_MESSAGE = /(?:\bcode\b["']?\s*[:=]\s*["']?|\[)((?:16\d{5}|1306\d{3}))\b/i;

/** The message fields a body keeps its text in, across the gateway, the ESB, BlueKing products and frameworks. */
const MESSAGE_KEYS = ['message', 'msg', 'bk_error_msg', 'error', 'errmsg', 'error_msg', 'detail', 'reason'];

function messageOf(body: BodyFacts): string | null {
  const obj = body.obj;
  if (!obj) return null;
  // A field holding another layer's error body whole (`data`, `error`, `detail` as an object) comes first.
  for (const v of Object.values(obj))
    if (isObject(v) && CODE_IN_MESSAGE.test(JSON.stringify(v))) return JSON.stringify(v).slice(0, MESSAGE);
  for (const k of MESSAGE_KEYS) {
    const v = obj[k];
    if (typeof v === 'string' && v.trim()) return v.slice(0, MESSAGE);
    if (isObject(v)) return JSON.stringify(v).slice(0, MESSAGE);
  }
  return null;
}

function entryOf(rules: MatchRule[], code: number | null, message: string | null): string | null {
  if (code === null) return null;
  const same = rules.filter((r) => r.code === code);
  if (same.length <= 1) return same[0]?.slug ?? null;
  const lower = (message ?? '').toLowerCase();
  return (
    same.find((r) => [...r.match, ...r.reasons.map((x) => x.text)].some((t) => lower.includes(t.toLowerCase())))
      ?.slug ?? same[0]!.slug
  );
}

/** The layer a message holds, or null where it holds none. */
function innerOf(message: string, outer: Source, rules: MatchRule[]): { hop: Hop; message: string | null } | null {
  // JSON inside the message: a body of its own, judged as a body.
  const json = message.includes('{') ? findJson(message.replace(/\\"/g, '"')) : null;
  if (json && isObject(json.value) && Object.keys(json.value).length > 0) {
    const body = readBody({ status: null, reason: null, headers: [], body: JSON.stringify(json.value) });
    const source: Source = body.protocol ? 'gateway' : body.esb ? 'esb' : 'backend';
    const code = body.protocol?.code ?? body.esb?.code ?? body.code;
    const inner = messageOf(body);
    const status = typeof json.value.status === 'number' ? json.value.status : null;
    return {
      hop: {
        source,
        layer: source === 'backend' ? ('service' as Layer) : null,
        status: status !== null && status >= 100 && status <= 599 ? status : null,
        code,
        code_name: body.protocol?.code_name ?? body.codeName,
        entry: source === 'backend' ? null : entryOf(rules, code, inner),
        message: inner,
      },
      message: inner,
    };
  }
  // An error page inside the message (a proxy's page the layer outside read as its answer): the page's status.
  const page = /<title>\s*([1-5]\d\d)\b|<h1>\s*([1-5]\d\d)\b/i.exec(message);
  if (page)
    return {
      hop: {
        source: 'backend',
        layer: 'access-layer',
        status: Number(page[1] ?? page[2]),
        code: null,
        code_name: null,
        entry: 'access-layer-page',
        message: message.slice(page.index, page.index + 200),
      },
      message: null,
    };
  const named = CODE_IN_MESSAGE.exec(message);
  if (named) {
    const code = Number(named[1]);
    const rest = message.slice(named.index + named[0].length).replace(/^[\]"',:\s]+/, '') || null;
    const source: Source = ESB_CODE.test(String(code))
      ? 'esb'
      : GATEWAY_CODE.test(String(code))
        ? 'gateway'
        : 'backend';
    return {
      hop: {
        source,
        layer: null,
        status: null,
        code,
        code_name: null,
        entry: entryOf(rules, code, rest),
        message: rest,
      },
      message: rest,
    };
  }
  const status = outer === 'gateway' ? null : readClues(message).status;
  if (status) {
    // A third party's status in the words of the layer that called it (the ESB's `error: 500 Server Error …`).
    return {
      hop: {
        source: 'backend',
        layer: null,
        status: status.status,
        code: null,
        code_name: null,
        entry: null,
        message: status.found,
      },
      message: null,
    };
  }
  return null;
}

/**
 * The layers of `body`, the response the caller got being `outer`: [] where its message holds no other
 * layer, else `outer` first and each layer inside after it.
 */
export function peelHops(outer: Hop, body: BodyFacts, rules: MatchRule[]): Hop[] {
  if (outer.source === 'unknown') return [];
  let message = messageOf(body);
  const hops: Hop[] = [];
  for (let depth = 0; message && depth < DEPTH; depth++) {
    const inner = innerOf(message, hops.at(-1)?.source ?? outer.source, rules);
    if (!inner) break;
    hops.push(inner.hop);
    message = inner.message;
  }
  return hops.length ? [outer, ...hops] : [];
}

/**
 * A backend that passed a gateway's error body on as its own (decide: relayed-gateway-error): the backend's
 * response, then the gateway's error inside it. Null for any other response.
 */
export function relayedHops(facts: Facts, relayed: boolean, inner: string | null): Hop[] | null {
  const protocol = facts.body.protocol;
  if (!relayed || !protocol) return null;
  return [
    {
      source: 'backend',
      layer: 'service',
      status: facts.status,
      code: null,
      code_name: null,
      entry: 'backend-service-response',
      message: null,
    },
    {
      source: 'gateway',
      layer: null,
      status: null,
      code: protocol.code,
      code_name: protocol.code_name,
      entry: inner,
      message: protocol.message,
    },
  ];
}

import { CODE_IN_TEXT, statusInCode } from '../../catalog/codes';
import type { MatchRule } from '../../catalog/rules';
import { choose, namedPool, poolFor } from '../match/choose';
import { keyOf } from '../read/several';
import { TRUNCATED } from '../read/text';
import { API_GATEWAY_PRODUCTS } from '../signals/products';
import { ev, type Facts } from '../signals/signals';
import type { Confidence, Evidence, Layer, Source } from '../types';

/** Who produced the response, and for a backend response the guide anchor that explains the case. */
export type Decision = {
  source: Source;
  layer: Layer | null;
  /** Set for a backend response: `backend-415`, `backend-308`, `backend-ip-allowlist`, or the layer's anchor. */
  anchor: string | null;
  /** The paste shows a status and too little else: the match lists the entries it could be. */
  statusOnly: boolean;
  /** `low` where the verdict rests on a fragment or a guess about the text around it. */
  confidence: Confidence;
  /** Entries the match should offer besides (or instead of) its own: a relayed error's inner entry, a page the gateway may have written. */
  candidates: string[];
  /** A pasted fragment: what the match should look the entry up by. */
  fragment: Fragment | null;
  /** A gateway body that a backend relayed: the match names its entry as a candidate. */
  relayed: boolean;
  /** The status read is not the response's (a document's heading among several errors): the result shows none. */
  noStatus: boolean;
  evidence: Evidence[];
};

export type Fragment = { code: number | null; codeName: string | null; messages: string[]; system: 'gateway' | 'esb' };

const LAYER_ANCHOR: Record<Layer, string> = {
  'access-layer': 'access-layer-page',
  service: 'backend-service-response',
};

/**
 * One rule of the decision: the verdict where the rule applies, else null, and the next rule is tried.
 * A rule that can answer `high` says in its comment why `high` is a promise there.
 */
export type DecideRule = { name: string; apply: (facts: Facts, rules: MatchRule[]) => Decision | null };

/**
 * Who produced the response: the first rule of DECIDE_RULES that applies. Headers weigh more than the body,
 * because only the gateway's error wrapper sets X-Bkapi-Error-Code; the documented exceptions (DNS-failure 502,
 * HTTP 200 rewrite, pass-through) are rules of their own, not accidents of the order.
 */
export function decide(facts: Facts, rules: MatchRule[]): Decision {
  const d = decideWhy(facts, rules).decision;
  // The response's status is in the paste but was not read: it may contradict the body (a relayed error).
  return d.confidence === 'high' && facts.statusUnread && facts.status === null ? { ...d, confidence: 'low' } : d;
}

/** The rule that decides, by name, and its decision (before `decide`'s last guard). */
export function decideWhy(facts: Facts, rules: MatchRule[]): { rule: string; decision: Decision } {
  for (const rule of DECIDE_RULES) {
    const decision = rule.apply(facts, rules);
    if (decision) return { rule: rule.name, decision };
  }
  throw new Error('No rule of the decision applied: the last one always does.');
}

type Verdict = Partial<
  Pick<Decision, 'layer' | 'statusOnly' | 'candidates' | 'fragment' | 'relayed' | 'noStatus' | 'evidence'>
>;

/** A decision, `high` until a rule lowers it; a backend verdict gets its guide anchor (whose evidence comes last). */
function verdict(facts: Facts, source: Source, v: Verdict = {}): Decision {
  const layer = v.layer ?? null;
  const evidence = v.evidence ?? [];
  return {
    source,
    layer,
    statusOnly: v.statusOnly ?? false,
    evidence,
    confidence: 'high',
    candidates: v.candidates ?? [],
    fragment: v.fragment ?? null,
    relayed: v.relayed ?? false,
    noStatus: v.noStatus ?? false,
    anchor: source === 'backend' ? backendAnchor(facts, layer, evidence) : null,
  };
}

const low = (d: Decision): Decision => ({ ...d, confidence: 'low' });

/** A backend verdict, `high` only where `sureOfBackend` holds. */
const sure = (facts: Facts, d: Decision): Decision => (sureOfBackend(facts, d.layer) ? d : low(d));

const fromUpstream = (rules: MatchRule[], code: number) => rules.some((r) => r.code === code && r.status_from_upstream);

/**
 * The gateway's verdict, after what a rule found (`evidence`): a 200 with a gateway code is the bk-status-rewrite
 * plugin's; a code whose status digits disagree with the status (and is not one that carries the upstream's
 * status) leaves it open whether a backend relayed the gateway's body: `low`.
 */
function gatewayVerdict(facts: Facts, rules: MatchRule[], evidence: Evidence[] = []): Decision {
  const { body } = facts;
  const code = body.protocol?.code ?? facts.errorCode ?? body.incomplete?.code ?? null;
  if (code !== null && facts.status === 200) {
    evidence.push(
      ev(
        'status-rewrite-200',
        `HTTP 200 with code ${code}`,
        "The bk-status-rewrite plugin answers the errors of the gateway's own plugins with 200 (X-Bkapi-Error-Code still set); failures reaching the backend keep their 502 or 504.",
      ),
    );
  } else if (
    code !== null &&
    !fromUpstream(rules, code) &&
    facts.status !== null &&
    statusInCode(code) !== facts.status
  ) {
    // A code flagged status_from_upstream carries the upstream's status; any other names its status in digits 3-5.
    evidence.push(
      ev(
        'code-status-mismatch',
        `code ${code}, status ${facts.status}`,
        "The code's status digits should equal the HTTP status; check that the paste is one response.",
      ),
    );
    // A backend relaying the gateway's body says so by exactly this; without the headers to tell, it is open.
    return low(verdict(facts, 'gateway', { evidence }));
  }
  return verdict(facts, 'gateway', { evidence });
}

/** The client's own words say no response came back (refused, reset, timed out, a name not resolved): `unknown`, `low`; a timeout offers the gateway's 499 entries. */
function noResponse(facts: Facts, rules: MatchRule[]): Decision | null {
  if (!facts.noResponse) return null;
  const candidates = facts.noResponse === 'timeout' ? rules.filter((r) => r.status === 499).map((r) => r.slug) : [];
  return low(verdict(facts, 'unknown', { candidates }));
}

/** No response could be read from the paste: `unknown` (the face reports every `unknown` as `low`). */
function nothingRead(facts: Facts): Decision | null {
  return facts.res ? null : verdict(facts, 'unknown');
}

/**
 * The gateway's own flow-log record says the gateway answered (and the body is not the ESB's). `high` is a
 * promise: the record is the gateway's account of that very request, not a guess from the response.
 */
function flowLogGateway(facts: Facts, rules: MatchRule[]): Decision | null {
  return facts.flowLog?.gatewayAnswered === true && !facts.body.esb ? gatewayVerdict(facts, rules) : null;
}

/** The flow-log record says the backend answered. `high` is a promise: the gateway recorded the backend's status. */
function flowLogBackend(facts: Facts): Decision | null {
  return facts.flowLog?.gatewayAnswered === false ? verdict(facts, 'backend', { layer: layerOf(facts) }) : null;
}

/**
 * X-Bkapi-Error-Code holds a gateway code. `high` is a promise: only the gateway's error wrapper sets it (a
 * status that disagrees with the code, or a 200, is weighed by gatewayVerdict).
 */
function errorCodeHeader(facts: Facts, rules: MatchRule[]): Decision | null {
  return facts.errorCode !== null ? gatewayVerdict(facts, rules) : null;
}

/**
 * X-Bkapi-Error-Message without a code (and no ESB body). `high` only with the gateway's whole protocol in the
 * body beside it: the header is the gateway's too, but without a code the entry rests on its words alone.
 */
function errorMessageHeader(facts: Facts, rules: MatchRule[]): Decision | null {
  if (facts.errorMessage === null || facts.body.esb) return null;
  return facts.body.protocol ? gatewayVerdict(facts, rules) : low(gatewayVerdict(facts, rules));
}

/** The response's headers are shown, and it is not a 200 (which the gateway's 200 rewrite explains). */
const headersShown = (facts: Facts) => facts.hasHeaders && facts.status !== 200;

/**
 * The gateway's body (code 1650200) under text/plain with headers and no X-Bkapi-Error-Code: the documented
 * DNS-failure exception. `high` is a promise: the gateway writes exactly this body, without its error headers,
 * when the backend's host does not resolve.
 */
function dnsFailureBody(facts: Facts, rules: MatchRule[]): Decision | null {
  const { protocol } = facts.body;
  if (!protocol || !headersShown(facts) || protocol.code !== 1650200) return null;
  if (!/^(?:text\/plain\b|$)/i.test(facts.contentType ?? '')) return null;
  return gatewayVerdict(facts, rules, [
    ev(
      'dns-failure-exception',
      `1650200, Content-Type: ${facts.contentType ?? '(none)'}`,
      'When the backend host does not resolve, the gateway (release 1.20 and later) writes this body itself, as text/plain and without its error headers; the message says "parse backend host fail, no valid ip found". Earlier releases answered otherwise: 1.15 to 1.19 with nginx\'s HTML 502 page, 1.12 and 1.13 with the gateway\'s JSON "Bad Gateway" and its error headers, 1.10 and 1.11 with a wrapped 500.',
    ),
  ]);
}

/**
 * The gateway's body under a 200 with none of the gateway's headers (its 200 rewrite keeps them), or under a
 * service's own Server header, which an error the gateway writes never carries: a service passed it on. `high`
 * is a promise: the headers shown are whole and the gateway sets its own on every response it writes.
 */
function gatewayBodyRelayed(facts: Facts): Decision | null {
  const { protocol } = facts.body;
  if (!protocol || !facts.hasHeaders || facts.errorCode !== null) return null;
  const serviceServer = facts.products.some((p) => p.layer === 'service' && /^server:/i.test(p.found));
  if (!((facts.status === 200 && !facts.passedGateway) || serviceServer)) return null;
  const evidence = [
    ev(
      'relayed-gateway-error',
      `code ${protocol.code}, status ${facts.status}, no X-Bkapi-* header`,
      "The gateway's error body, sent by a service: none of the gateway's headers, which it sets on every response it writes. The entry named among the candidates explains the inner error; the service's owner should look at the call it made.",
    ),
  ];
  return verdict(facts, 'backend', { layer: 'service', relayed: true, evidence });
}

/**
 * The gateway's body, its status digits disagreeing with the status, headers shown and no error header: a
 * backend that called another gateway (or another API of this one) and passed the answer on as its own.
 * `high` is a promise: the gateway sets X-Bkapi-Error-Code on every error it writes and sends the code's status.
 */
function gatewayBodyStatusDisagrees(facts: Facts, rules: MatchRule[]): Decision | null {
  const { protocol } = facts.body;
  if (!protocol || !headersShown(facts) || facts.status === null) return null;
  if (fromUpstream(rules, protocol.code) || statusInCode(protocol.code) === facts.status) return null;
  const evidence = [
    ev(
      'relayed-gateway-error',
      `code ${protocol.code}, status ${facts.status}, no X-Bkapi-Error-Code`,
      "The gateway sets X-Bkapi-Error-Code on every error it writes and sends the code's status: the backend relayed an error it got from a gateway. The entry named among the candidates explains the inner error; the backend's owner should look at the call it made.",
    ),
  ];
  return verdict(facts, 'backend', { layer: 'service', relayed: true, evidence });
}

/** The gateway's whole protocol with its status, headers shown but not X-Bkapi-Error-Code: the gateway's, `low`. */
function gatewayBodyWithoutHeader(facts: Facts, rules: MatchRule[]): Decision | null {
  if (!facts.body.protocol || !headersShown(facts)) return null;
  const evidence = [
    ev(
      'no-error-header',
      'X-Bkapi-Error-Code absent',
      'Unusual for a gateway error (the gateway sets it on every error it writes); the body still carries the full protocol and its status agrees.',
    ),
  ];
  return low(gatewayVerdict(facts, rules, evidence));
}

/**
 * The gateway's protocol, all five fields and no others, without headers to contradict it. `high` is a
 * promise: no framework or service writes `{code: 16xxxxx, code_name, message, result: false, data: null}`
 * but the gateway (a status that disagrees is weighed by gatewayVerdict).
 */
function gatewayBody(facts: Facts, rules: MatchRule[]): Decision | null {
  return facts.body.protocol ? gatewayVerdict(facts, rules) : null;
}

/**
 * The old gateway's protocol without code_name, every other field right and the code one the catalog knows
 * as the gateway's. `high` is a promise: a backend's stray 16xxxxx number does not pass all of that.
 */
function legacyGatewayBody(facts: Facts, rules: MatchRule[]): Decision | null {
  const { incomplete } = facts.body;
  if (!incomplete || !isLegacyProtocol(facts, rules)) return null;
  const evidence = [
    ev(
      'gateway-body-legacy',
      `code ${incomplete.code}, no code_name`,
      'The old gateway sent its protocol without code_name; this code is one the gateway defines.',
    ),
  ];
  return gatewayVerdict(facts, rules, evidence);
}

/** A code the gateway defines in a body with only some of its fields: probably cut from a gateway error, `low`. */
function partialGatewayBody(facts: Facts, rules: MatchRule[]): Decision | null {
  const { incomplete } = facts.body;
  if (!incomplete || !isPartialProtocol(facts, rules)) return null;
  const evidence = [
    ev(
      'gateway-body-partial',
      `code ${incomplete.code}`,
      `A code the gateway defines, in a body that has only some of its fields (missing: ${incomplete.missing.join(', ')}): probably cut from a gateway error. Paste the whole response, with its headers, to be sure.`,
    ),
  ];
  return low(gatewayVerdict(facts, rules, evidence));
}

/** The legacy ESB's body (1306xxx, `result: false`, no code_name). `high` is a promise: that protocol is the ESB's alone. */
function esbBody(facts: Facts): Decision | null {
  return facts.body.esb ? verdict(facts, 'esb') : null;
}

/**
 * The legacy ESB's own page, `{result: false, data: null, message}` with one of its handlers' fixed messages.
 * `high` is a promise: those messages are the ESB's 404 and 500 handlers' own words.
 */
function esbPage(facts: Facts): Decision | null {
  if (!facts.body.esbPage) return null;
  const evidence = [
    ev(
      'esb-body',
      facts.body.esbPage.message,
      "The legacy ESB's own page: its handler for an unknown component path (404) or an unhandled error (500).",
    ),
  ];
  return verdict(facts, 'esb', { evidence });
}

/** X-Mock-By names the gateway's mock. `high` is a promise: the gateway's mock plugin answered, no backend was called. */
function gatewayMock(facts: Facts): Decision | null {
  return facts.mock ? verdict(facts, 'gateway') : null;
}

/** Only a few lines of text, no status or headers, naming a gateway or ESB code, code_name or message: `low`. */
function fragment(facts: Facts, rules: MatchRule[]): Decision | null {
  if (facts.form !== 'text-body' || facts.hasHeaders || facts.status !== null) return null;
  const found = fragmentOf(facts, rules);
  if (!found) return null;
  return low(verdict(facts, found.fragment.system, { fragment: found.fragment, evidence: [found.evidence] }));
}

/** A page the gateway's own nginx writes before any plugin runs, or an OpenResty in front of the backend: `unknown`, both offered. */
function gatewayNginx(facts: Facts, rules: MatchRule[]): Decision | null {
  const page = gatewayNginxPage(facts, rules);
  return page ? low(verdict(facts, 'unknown', { candidates: page.candidates, evidence: [page.evidence] })) : null;
}

/**
 * A status and headers are all there is: no body, or a status a client retold in text that is the client's
 * own (an exception, a log line), with nothing else. The rules from `no-status` to `status-alone`
 * apply only then, and `status-alone` always does: no later rule sees such a paste.
 */
function statusAndHeadersOnly(facts: Facts): boolean {
  const retold =
    facts.form === 'text-body' &&
    facts.statusFrom === 'text' &&
    !facts.hasHeaders &&
    !facts.products.length &&
    !facts.ipAllowlist &&
    !facts.says415;
  return retold || facts.body.kind === 'empty';
}

/** A rule for a paste that is a status and headers only. */
const onlyStatus =
  (apply: DecideRule['apply']): DecideRule['apply'] =>
  (facts, rules) =>
    statusAndHeadersOnly(facts) ? apply(facts, rules) : null;

/** A status and headers only, without the status: `unknown`. */
function noStatus(facts: Facts): Decision | null {
  return facts.status === null ? verdict(facts, 'unknown') : null;
}

/**
 * The gateway's headers in telemetry or a cut paste: telemetry records the headers it was configured to
 * capture, and a cut paste may have lost the rest, so X-Bkapi-Error-Code may still have been sent: `unknown`.
 */
function gatewayHeadersMaybeIncomplete(facts: Facts): Decision | null {
  if (!facts.passedGateway || (facts.form !== 'telemetry' && !truncated(facts))) return null;
  return verdict(facts, 'unknown', { statusOnly: true });
}

/** The DNS-failure 502 is the one gateway error without X-Bkapi-Error-Code; without its body it looks like a backend 502: `unknown`. */
function dnsFailureStatus(facts: Facts): Decision | null {
  if (!facts.passedGateway || facts.status !== 502 || !/^text\/plain\b/i.test(facts.contentType ?? '')) return null;
  return verdict(facts, 'unknown', { statusOnly: true });
}

/**
 * The gateway's headers without X-Bkapi-Error-Code: the backend's response. `high` only where `sureOfBackend`
 * holds: the gateway sets that header on every error it writes, so its absence counts in a response shown whole.
 */
function passedGatewayNoErrorHeader(facts: Facts): Decision | null {
  if (!facts.passedGateway) return null;
  const evidence = [
    ev(
      'no-error-header',
      'X-Bkapi-Error-Code absent',
      'The gateway sets it on every error it writes: this one came from the backend.',
    ),
  ];
  return sure(facts, verdict(facts, 'backend', { layer: layerOf(facts), evidence }));
}

/** Headers a named product sends: the backend's. `high` only where `sureOfBackend` holds. */
function productHeaders(facts: Facts): Decision | null {
  return facts.products.length ? sure(facts, verdict(facts, 'backend', { layer: layerOf(facts) })) : null;
}

/** A status no gateway error in the catalog has (a 415, a redirect, another 3xx-5xx). */
function notAGatewayStatus(facts: Facts, rules: MatchRule[]): boolean {
  const { status } = facts;
  if (status === null || rules.some((r) => r.status === status)) return false;
  return facts.says415 || (status >= 300 && status !== 304);
}

/**
 * With the response's headers shown and none of the gateway's, a status the gateway never sends is probably
 * the backend's (the gateway may still stand in front of the headers' writer): `low`.
 */
function statusNotFromGatewayWithHeaders(facts: Facts, rules: MatchRule[]): Decision | null {
  if (!facts.hasHeaders || !notAGatewayStatus(facts, rules)) return null;
  const evidence = [
    ev('status-not-from-gateway', String(facts.status), 'No gateway error in the catalog has this status.'),
  ];
  return low(verdict(facts, 'backend', { evidence }));
}

/** A status the gateway never sends, alone: `unknown`, with the guide's case for it (415, a redirect) as candidate. */
function statusNotFromGateway(facts: Facts, rules: MatchRule[]): Decision | null {
  const { status } = facts;
  if (status === null || !notAGatewayStatus(facts, rules)) return null;
  const evidence = [ev('status-not-from-gateway', String(status), 'No gateway error in the catalog has this status.')];
  const anchor = facts.says415 || status === 415 ? 'backend-415' : status < 400 ? 'backend-308' : null;
  return verdict(facts, 'unknown', { statusOnly: true, evidence, candidates: anchor ? [anchor] : [] });
}

/** A status alone, in a client's words or a trace's tag, says nothing of who sent it: `unknown`, the catalog's entries for it as candidates. */
function statusAlone(facts: Facts): Decision {
  return verdict(facts, 'unknown', { statusOnly: true });
}

/**
 * Different errors side by side and no response around the one read (no headers of its own, not a HAR entry
 * or a flow-log record): a document's examples, a test's mocks, a log of many calls, a question comparing two.
 * Which one the person got is not in the text: `unknown`, the entries they name as candidates, never one entry
 * picked by its place in the text. Errors are different when they lead to different entries (one error
 * repeated, or the same error with another upstream address in its message, is one).
 */
function severalErrors(facts: Facts, rules: MatchRule[]): Decision | null {
  if (facts.several.length < 2 || facts.form === 'har') return null;
  // A list of the gateway's records is requests side by side; any other response with its own framing is one.
  const records = facts.several.some((e) => e.kind === 'record');
  if (!records && (facts.hasHeaders || facts.flowLog)) return null;
  const kinds = new Map<string, string[]>();
  for (const e of facts.several) {
    if (e.kind === 'gateway' || e.kind === 'esb') {
      const pool = poolFor(rules, e.code, null, e.kind);
      const chosen = e.message ? choose(pool, [e.message], null, { fallback: false }) : null;
      const slugs = chosen ? [chosen.rule.slug] : pool.map((r) => r.slug);
      kinds.set(chosen ? chosen.rule.slug : `code ${e.code}`, slugs);
    } else if (e.kind === 'record') {
      const pool = namedPool(rules, e.codeName, e.status);
      const chosen = e.message ? choose(pool, [e.message], null, { fallback: false }) : null;
      kinds.set(chosen ? chosen.rule.slug : keyOf(e), chosen ? [chosen.rule.slug] : pool.map((r) => r.slug));
    } else if (e.kind === 'code') {
      const slugs = rules.filter((r) => r.code === e.code).map((r) => r.slug);
      kinds.set(slugs.length === 1 ? slugs[0]! : `code ${e.code}`, slugs);
    } else kinds.set(keyOf(e), []);
  }
  if (kinds.size < 2) return null;
  const found = facts.several.map((e) =>
    'code' in e ? String(e.code) : e.kind === 'record' ? `${e.status} ${e.codeName}` : keyOf(e),
  );
  const evidence = [
    ev(
      'several-errors',
      [...new Set(found)].join(', '),
      'Different errors side by side, none with its response around it (a document, a test, a log of many calls): which one you got is not in the text. Paste the one response itself, with its status and headers (curl -i shows them).',
    ),
  ];
  return verdict(facts, 'unknown', { evidence, noStatus: true, candidates: [...new Set([...kinds.values()].flat())] });
}

/** Not a body that reads as any part of an HTTP response: `unknown` ("this does not look like a response"). */
function notAResponse(facts: Facts): Decision | null {
  if (facts.body.kind === 'empty' || looksLikeResponse(facts)) return null;
  const evidence = [
    ev(
      'not-a-response',
      facts.body.kind === 'json' ? 'JSON without any field of a response' : 'text without a status or headers',
      'Nothing here is part of an HTTP response: no status, no headers, no error body of the gateway, the ESB or a known product. Paste the response itself (curl -i shows it whole), or search the catalog for these words.',
    ),
  ];
  return verdict(facts, 'unknown', { evidence });
}

/**
 * A body that is none of the gateway's or the ESB's: the backend's, its layer from what wrote it. `high` only
 * where `sureOfBackend` holds: the response's own status and whole headers (none of the gateway's error
 * headers among them), or a body a named product writes, nothing cut, and no gateway code in unread text.
 */
function backendBody(facts: Facts): Decision | null {
  if (facts.body.kind === 'empty') return null;
  const evidence = facts.passedGateway
    ? [
        ev(
          'passed-through',
          'gateway headers, non-gateway body',
          'The gateway called the backend and returned its response as is.',
        ),
      ]
    : [];
  return sure(facts, verdict(facts, 'backend', { layer: layerOf(facts), evidence }));
}

/** The rules in their order: the first that applies decides. */
export const DECIDE_RULES: readonly DecideRule[] = [
  { name: 'no-response', apply: noResponse },
  { name: 'nothing-read', apply: nothingRead },
  { name: 'several-errors', apply: severalErrors },
  { name: 'flow-log-gateway', apply: flowLogGateway },
  { name: 'flow-log-backend', apply: flowLogBackend },
  { name: 'error-code-header', apply: errorCodeHeader },
  { name: 'error-message-header', apply: errorMessageHeader },
  { name: 'dns-failure-body', apply: dnsFailureBody },
  { name: 'gateway-body-relayed', apply: gatewayBodyRelayed },
  { name: 'gateway-body-status-disagrees', apply: gatewayBodyStatusDisagrees },
  { name: 'gateway-body-without-header', apply: gatewayBodyWithoutHeader },
  { name: 'gateway-body', apply: gatewayBody },
  { name: 'legacy-gateway-body', apply: legacyGatewayBody },
  { name: 'partial-gateway-body', apply: partialGatewayBody },
  { name: 'esb-body', apply: esbBody },
  { name: 'esb-page', apply: esbPage },
  { name: 'gateway-mock', apply: gatewayMock },
  { name: 'fragment', apply: fragment },
  { name: 'gateway-nginx-page', apply: gatewayNginx },
  { name: 'no-status', apply: onlyStatus(noStatus) },
  { name: 'gateway-headers-maybe-incomplete', apply: onlyStatus(gatewayHeadersMaybeIncomplete) },
  { name: 'dns-failure-status', apply: onlyStatus(dnsFailureStatus) },
  { name: 'passed-gateway-no-error-header', apply: onlyStatus(passedGatewayNoErrorHeader) },
  { name: 'product-headers', apply: onlyStatus(productHeaders) },
  { name: 'status-not-from-gateway-with-headers', apply: onlyStatus(statusNotFromGatewayWithHeaders) },
  { name: 'status-not-from-gateway', apply: onlyStatus(statusNotFromGateway) },
  { name: 'status-alone', apply: onlyStatus(statusAlone) },
  { name: 'not-a-response', apply: notAResponse },
  { name: 'backend-body', apply: backendBody },
];

/** HTTP's own phrases: a text that is only one of them says nothing about who wrote it. */
const REASON_PHRASE =
  /^(?:bad gateway|gateway time-?out|service unavailable|internal server error|not found|forbidden|unauthorized|bad request|too many requests|request entity too large|payload too large|unknown error)$/i;

/**
 * A paste that is only part of an error: a code alone (`1640301`), a code_name (`APP_NO_PERMISSION`),
 * or words of a message the catalog names. The entry it names, never a firm verdict.
 */
function fragmentOf(facts: Facts, rules: MatchRule[]): { fragment: Fragment; evidence: Evidence } | null {
  const text = (facts.res?.body ?? '').trim();
  // A fragment is what a person copied of one error: a few lines at most, not a script or a document that names codes.
  if (text.length === 0 || text.length > 2000 || text.split('\n').filter((l) => l.trim()).length > 3) return null;
  // A list of codes (a diff, a table, a document) is about codes, not one error's fragment.
  const codes = new Set(Array.from(text.matchAll(new RegExp(CODE_IN_TEXT, 'g')), (m) => m[1]));
  if (codes.size > 1) return null;
  const code = CODE_IN_TEXT.exec(text);
  if (code) {
    const n = Number(code[1]);
    const rule = rules.find((r) => r.code === n);
    if (rule && rule.system !== 'none') {
      const system = rule.system;
      return {
        fragment: { code: n, codeName: codeNameIn(text, rules), messages: [text], system },
        evidence: ev(
          'fragment-code',
          code[1]!,
          `Code ${n} is one of the ${system === 'esb' ? "legacy ESB's" : "gateway's"}: probably its error. Paste the whole response, with its headers, to be sure.`,
        ),
      };
    }
  }
  const codeName = codeNameIn(text, rules);
  if (codeName) {
    return {
      fragment: { code: null, codeName, messages: [text], system: 'gateway' },
      evidence: ev(
        'fragment-code-name',
        codeName,
        `${codeName} is a code_name of the gateway: probably its error. Paste the whole response, with its headers, to be sure.`,
      ),
    };
  }
  if (REASON_PHRASE.test(text)) return null;
  const lower = text.toLowerCase();
  let best: { rule: MatchRule; text: string } | null = null;
  for (const rule of rules) {
    if (rule.system === 'none') continue;
    const base = rule.message.replace(/\s*\[.*$/, '');
    for (const t of [...rule.match, ...rule.reasons.map((r) => r.text), base]) {
      if (
        t.length >= 12 &&
        !REASON_PHRASE.test(t) &&
        t.length > (best?.text.length ?? 0) &&
        lower.includes(t.toLowerCase())
      )
        best = { rule, text: t };
    }
  }
  if (!best) return null;
  const system = best.rule.system === 'esb' ? 'esb' : 'gateway';
  return {
    fragment: { code: best.rule.code, codeName: best.rule.code_name, messages: [text], system },
    evidence: ev(
      'fragment-message',
      best.text,
      `Words of a ${system === 'esb' ? 'legacy ESB' : 'gateway'} error's message: probably that error. Paste the whole response, with its headers, to be sure.`,
    ),
  };
}

const HTTP_STATUS_NAME =
  /^(?:bad gateway|gateway timeout|service unavailable|internal server error|not found|forbidden|unauthorized|bad request|too many requests|payload too large|request entity too large|uri too long|method not allowed|request timeout|not implemented|conflict)$/i;

function codeNameIn(text: string, rules: MatchRule[]): string | null {
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{6,}\b/g)) {
    // BAD_GATEWAY, UNAUTHORIZED: also the names of HTTP statuses in Spring's HttpStatus and others' enums.
    if (HTTP_STATUS_NAME.test(m[0].replace(/_/g, ' '))) continue;
    if (rules.some((r) => r.code_name === m[0] && r.system === 'gateway')) return m[0];
  }
  return null;
}

/** A code the gateway defines in a body with no fields the gateway never sends: part of its error, cut short. */
function isPartialProtocol(facts: Facts, rules: MatchRule[]): boolean {
  const { incomplete, obj } = facts.body;
  if (!incomplete || !obj) return false;
  if (Object.keys(obj).some((k) => !['code', 'code_name', 'message', 'result', 'data'].includes(k))) return false;
  return rules.some((r) => r.system === 'gateway' && r.code === incomplete.code);
}

/**
 * The pages the gateway's own nginx writes before any plugin runs (a request line, header or body too
 * large), with OpenResty's name or none: the gateway may have written them as well as an access layer
 * behind it. Never for a response that shows it passed the gateway.
 */
function gatewayNginxPage(facts: Facts, rules: MatchRule[]): { evidence: Evidence; candidates: string[] } | null {
  if (facts.passedGateway || facts.body.kind !== 'html') return null;
  const page = facts.products.find((p) => /^(?:openresty|nginx)\.(?:error-page|untagged-error-page)$/.test(p.signal));
  if (!page || (page.product !== 'openresty' && page.signal !== 'nginx.untagged-error-page')) return null;
  const body = facts.res?.body ?? '';
  const status = facts.status;
  const headerTooLarge = status === 400 && /Request Header Or Cookie Too Large/i.test(body);
  if (status !== 414 && status !== 413 && !headerTooLarge) return null;
  const candidates = rules
    .filter((r) => r.system === 'gateway' && (status === 400 ? r.status === 414 : r.status === status))
    .map((r) => r.slug);
  return {
    candidates,
    evidence: ev(
      'gateway-nginx-page',
      page.found,
      `The gateway runs on OpenResty, and its nginx answers ${status === 413 ? 'an oversize body' : status === 414 ? 'an oversize request line' : 'oversize headers'} with this very page before any of its plugins runs, so no X-Bkapi-* header is set: either the gateway or an OpenResty/nginx in front of the backend wrote it. With X-Bkapi-Request-ID in the response it would be the backend's; without it, shorten the ${status === 413 ? 'body' : 'address or headers'} and try again.`,
    ),
  };
}

/**
 * The pre-APISIX gateway's body lacks code_name. Every other field must be right and the code must be
 * one the catalog knows as the gateway's, so a backend's stray 16xxxxx number still is not enough.
 */
function isLegacyProtocol(facts: Facts, rules: MatchRule[]): boolean {
  const { incomplete } = facts.body;
  if (!incomplete || incomplete.missing.join() !== 'code_name' || facts.body.obj?.code_name !== undefined) return false;
  return rules.some((r) => r.system === 'gateway' && r.code === incomplete.code);
}

/** Keys a response's error body has in some framework or product: what tells a body from any other JSON. */
const RESPONSE_KEYS =
  /^(?:code|status|status_?code|error|errors|error_?code|error_?msg|error_?message|err_?msg|errcode|errmsg|message|msg|detail|details|title|type|result|success|ok|reason|fault|faultstring|exception|trace_?id|request_?id|timestamp|path|data|bk_error_code|bk_error_msg|retcode|ret)$/i;

/**
 * Whether the paste shows anything of an HTTP response: a status, headers, the mark of a product that
 * writes responses, an HTML page, or a JSON body with the fields of one. Text with none of these (a word
 * typed into the box, a table of log rows, random bytes) is not judged as anyone's response.
 */
function looksLikeResponse(facts: Facts): boolean {
  if (facts.status !== null || facts.hasHeaders || facts.passedGateway || facts.flowLog) return true;
  if (facts.products.length || facts.says415 || facts.ipAllowlist) return true;
  if (facts.body.kind === 'html') return true;
  if (facts.body.kind === 'json') return Object.keys(facts.body.obj ?? {}).some((k) => RESPONSE_KEYS.test(k));
  return false;
}

/** A client's or a logger's mark that it cut what it printed, on the paste's end or the response's. */
function truncated(facts: Facts): boolean {
  if (facts.cut) return true;
  const body = facts.res?.body ?? '';
  const last = facts.res?.headers.at(-1)?.[1] ?? '';
  return TRUNCATED.test(body.length > 8192 ? body.slice(-8192) : body) || TRUNCATED.test(last);
}

/**
 * A body that does not read as what it says it is (JSON declared or begun, and not JSON): cut or folded on
 * the way (a log line's length limit, wrapping at 80 columns, an escape undone only in part). What decides,
 * the code of a gateway or ESB error, may be in the part that could not be read.
 */
function damaged(facts: Facts): boolean {
  if (facts.body.kind === 'json' || facts.body.kind === 'empty') return false;
  return /\bjson\b/i.test(facts.contentType ?? '') || /^\s*[{[]/.test(facts.res?.body ?? '');
}

/**
 * The forms that show a response whole, as it was received: only there does a header's absence say anything.
 * A response found inside other text (a log, a dump, a record, an exception) may have lost what decides.
 */
const WHOLE_FORMS = new Set<Facts['form']>(['raw-http', 'curl-verbose', 'har', 'flow-log', 'headers']);

/**
 * A backend verdict is `high` only where the response's decisive parts show: its status, read from the
 * response itself (a status line, a HAR entry, a flow-log record, a client's print of the response beside
 * its headers), and either its headers (none of the
 * gateway's error headers among them) or a body that a named product writes. A body alone, or a status
 * a client retold, leaves room for a gateway error cut short or reworded: `low`.
 */
function sureOfBackend(facts: Facts, layer: Layer | null): boolean {
  if (!WHOLE_FORMS.has(facts.form) && !facts.products.some((p) => p.wrote || p.layer === 'access-layer')) return false;
  if (truncated(facts) || damaged(facts)) return false;
  // A gateway code in the body's code field, its other fields not all there: perhaps the gateway's own, cut or mangled.
  if (facts.body.incomplete) return false;
  // A body read only as text that names a gateway or ESB code may be their error, escaped past reading.
  if (facts.body.kind !== 'json' && CODE_IN_TEXT.test((facts.res?.body ?? '').slice(0, 65536))) return false;
  // A status printed beside the headers (.NET's ToString, a log's fields) is the response's own; one from a page's title or prose is not.
  const own = facts.res?.statusFrom === undefined || (facts.res.statusFrom === 'log-field' && facts.hasHeaders);
  if (facts.status === null || !own) return false;
  if (layer === 'service' && serviceInDoubt(facts)) return false;
  return (facts.hasHeaders && facts.form !== 'telemetry') || facts.flowLog !== null || facts.products.length > 0;
}

/** Proxies and API gateways that answer in JSON of their own: their header in front of a JSON body leaves its writer open. */
const JSON_WRITERS = new Set([...API_GATEWAY_PRODUCTS, 'apisix', 'envoy', 'istio-envoy', 'traefik']);

/**
 * Where "the service wrote it" is a guess: a proxy's status (502, 503, 504: something behind could not be
 * reached, which a proxy in front of the service says as often as the service), a JSON-writing proxy named
 * in the headers, or a body two products of different layers both print (Go's and Traefik's `404 page not found`).
 */
function serviceInDoubt(facts: Facts): boolean {
  if (facts.status === 502 || facts.status === 503 || facts.status === 504) return true;
  if (facts.products.some((p) => p.layer === 'access-layer' && JSON_WRITERS.has(p.product))) return true;
  return new Set(facts.products.map((p) => p.layer)).size > 1 && facts.body.kind !== 'json';
}

/**
 * A product named in the body says who wrote the body; a header only says who relayed it, except the few
 * that only a product's own responses carry (`wrote`: x-amzn-ErrorType, X-Kong-Response-Latency). Without
 * either, JSON comes from the service and a bare `<title>NNN ...</title>` page from a proxy.
 */
function layerOf(facts: Facts): Layer | null {
  const body = facts.res?.body ?? '';
  // products.ts reads the first 64 KB and the last 4 KB; its findings can only be there.
  const text = (body.length > 72 * 1024 ? `${body.slice(0, 64 * 1024)}\n${body.slice(-4 * 1024)}` : body).toLowerCase();
  const inBody = facts.products.filter((h) => h.wrote || (h.found && text.includes(h.found.toLowerCase())));
  if (inBody.length) return inBody[0]!.layer;
  if (facts.body.kind === 'json') return 'service';
  if (facts.body.kind === 'html' && /<title>\s*\d{3}\b/i.test(text.slice(0, 2048)) && body.length < 4096)
    return 'access-layer';
  if (facts.products.some((h) => h.layer === 'service')) return 'service';
  if (facts.products.length) return 'access-layer';
  if (facts.body.kind === 'html' || facts.body.kind === 'text') return 'service';
  return null;
}

function backendAnchor(facts: Facts, layer: Layer | null, evidence: Evidence[]): string | null {
  if (facts.says415) return 'backend-415';
  if (facts.status !== null && facts.status >= 300 && facts.status < 400 && facts.status !== 304) return 'backend-308';
  if (facts.ipAllowlist) return 'backend-ip-allowlist';
  // Another vendor's API gateway gives its own reason (a key, a quota): that is the case, not an IP allowlist.
  if (
    layer === 'access-layer' &&
    facts.status === 403 &&
    !facts.products.some((p) => API_GATEWAY_PRODUCTS.has(p.product))
  ) {
    // A proxy, load balancer or CDN refuses on its own rules (nginx deny, HAProxy ACL, a CDN firewall);
    // for calls the gateway forwards, the usual rule is a source-IP allowlist without the gateway's egress IPs.
    evidence.push(
      ev(
        'ip-allowlist',
        '403 from the access layer',
        "The access layer's own refusal: most often an IP allowlist; allow the gateway's egress IPs.",
      ),
    );
    return 'backend-ip-allowlist';
  }
  return layer ? LAYER_ANCHOR[layer] : null;
}

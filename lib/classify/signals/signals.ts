import { detectProducts, type ProductHit } from './products';
import type { SignalId } from './signal-map';
import { readBody, type BodyFacts } from '../read/body';
import type { NoResponseKind } from '../read/clues';
import type { Parsed } from '../read/parse';
import type { Picked } from '../read/pick';
import { clip, header, toStatus } from '../read/text';
import type { Evidence, FlowLog, ParsedResponse, RequestInfo, SeenError } from '../types';

export { SIGNALS } from './signal-map';

/** What the chosen response shows, read once; the decision and the match work from this alone. */
export type Facts = {
  res: ParsedResponse | null;
  status: number | null;
  /** Where the status came from when no status line showed it (ParsedResponse.statusFrom, or the text around). */
  statusFrom: ParsedResponse['statusFrom'] | null;
  hasHeaders: boolean;
  contentType: string | null;
  /** X-Bkapi-Error-Code as a gateway code, and the raw value whatever it holds. */
  errorCode: number | null;
  errorCodeRaw: string | null;
  errorMessage: string | null;
  requestId: string | null;
  /** Any header only the gateway sets: the call passed through it. */
  passedGateway: boolean;
  mock: boolean;
  body: BodyFacts;
  products: ProductHit[];
  /** The body's text names an IP allowlist rejection. */
  ipAllowlist: string | null;
  /** The body says 415 Unsupported Media Type even where no status shows. */
  says415: boolean;
  form: Parsed['form'];
  /** The client got no response at all, and why. */
  noResponse: NoResponseKind | null;
  /** The gateway's flow-log record, where that was pasted. */
  flowLog: FlowLog | null;
  request: RequestInfo | null;
  /** The paste was cut where it ends (a logger's or client's truncation mark): Parsed.cut. */
  cut: boolean;
  /** Parsed.statusUnread: the paste shows a status line the reading did not reach. */
  statusUnread: boolean;
  /** Parsed.several: different errors side by side; empty where the paste shows one. */
  several: SeenError[];
};

export function ev(signal: SignalId, found: string, detail: string): Evidence {
  return { signal, found: clip(found), detail };
}

const FORM_NAMES: Record<Parsed['form'], string> = {
  empty: 'an empty paste',
  binary: 'binary data',
  'json-body': 'a JSON body',
  'json-in-text': 'JSON inside other text',
  'escaped-json': 'a JSON body escaped inside a string',
  'log-line': 'a log line holding the response',
  'html-body': 'an HTML body',
  'text-body': 'a plain-text body',
  'raw-http': 'a raw HTTP response',
  'curl-verbose': 'curl -v output',
  headers: 'headers alone',
  'status-line': 'a status line alone',
  'client-error': "an HTTP client's error message, which shows only the status",
  har: 'a HAR file',
  'flow-log': "the gateway's flow-log record of the request",
  'no-response': 'a report that no response came back',
  telemetry: "a trace span's or log record's attributes, holding the response's status and headers",
};

/** What each way of getting no response means, and what to check first. */
const NO_RESPONSE_DETAIL: Record<NoResponseKind, string> = {
  dns: "No response came back: the client could not resolve the gateway's domain. Check the domain in the address (the gateway's API domain of this environment) and the client's DNS.",
  refused:
    "No response came back: nothing accepted the connection. Check the gateway's domain and port, a proxy or firewall on the network path, and that the address is the gateway's and not the backend's.",
  timeout:
    "No response came back within the client's timeout. The gateway logs such a call as 499 (client closed the request): compare the client's timeout with the backend's response time (see the 499 entry) and check the network path.",
  tls: "No response came back: the TLS handshake failed (certificate, protocol or a proxy in between). Check the certificate the client trusts for the gateway's domain.",
  reset:
    'No response came back: the connection was closed before a response was sent. Check a proxy on the network path and retry; if it persists, give the gateway owner the time of the call.',
};

const IP_REJECT = [
  /\b(?:client |remote |source |your |request |caller )?ip(?: address)?\b[^\n]{0,60}?\b(?:is )?(?:not (?:allowed|permitted|authori[sz]ed|in (?:the )?(?:white|allow) ?list)|denied|forbidden|blocked|rejected|refused|banned)/i,
  /\b(?:access|request|connection) (?:denied|forbidden|rejected|refused|blocked)\b[^.\n]{0,30}\b(?:for|from) (?:ip|the ip|client ip|address)\b/i,
  /\bip[ _-]?(?:white|allow)[ _-]?list\b|\b(?:white|allow)[ _-]?list(?:ed)?\b[^.\n]{0,30}\bip\b|\bip[ _-]?restrict/i,
  /IP\s*(?:地址)?\s*(?:不在|未在|不允许|禁止|被拒绝|受限)|白名单|访问来源.{0,10}(?:拒绝|禁止)/,
];

export function signals(parsed: Parsed, picked: Picked): { facts: Facts; evidence: Evidence[] } {
  const evidence: Evidence[] = [ev('input-form', parsed.form, `Read as ${FORM_NAMES[parsed.form]}.`)];
  const res = picked.response;
  const body = res ? readBody(res) : readBody({ status: null, reason: null, headers: [], body: '' });
  const facts: Facts = {
    res,
    status: res?.status ?? null,
    statusFrom: res?.statusFrom ?? null,
    hasHeaders: (res?.headers.length ?? 0) > 0,
    contentType: null,
    errorCode: null,
    errorCodeRaw: null,
    errorMessage: null,
    requestId: null,
    passedGateway: false,
    mock: false,
    body,
    products: [],
    ipAllowlist: null,
    says415: false,
    form: parsed.form,
    noResponse: parsed.form === 'no-response' ? (parsed.clues?.noResponse?.kind ?? null) : null,
    flowLog: res?.flowLog ?? null,
    cut: parsed.cut ?? false,
    statusUnread: parsed.statusUnread ?? false,
    several: parsed.several ?? [],
    request:
      res?.request ??
      (res?.har ? requestOfHar(res.har.method, res.har.url) : null) ??
      parsed.clues?.request ??
      requestOfBody(body.obj) ??
      null,
  };
  for (const note of parsed.notes ?? []) evidence.push(ev('response-located', note, note));
  if (parsed.form === 'no-response' && parsed.clues?.noResponse) {
    const { kind, found } = parsed.clues.noResponse;
    evidence.push(ev('no-response-came', found, NO_RESPONSE_DETAIL[kind]));
    return { facts, evidence };
  }
  if (!res) {
    evidence.push(ev('no-response', parsed.form, 'There is no response to judge.'));
    return { facts, evidence };
  }
  if (res.har)
    evidence.push(
      ev(
        'har-entry',
        `#${res.har.index} ${res.har.method} ${res.har.url}`,
        `Entry ${res.har.index} of ${parsed.responses.length}.`,
      ),
    );
  // A redirect chain; a list of the gateway's records is requests side by side, not one after another.
  if (picked.chain.length && parsed.form !== 'flow-log') {
    const hops = [...picked.chain, res].map((r) => r.status ?? '?').join(' -> ');
    evidence.push(ev('redirect-chain', hops, 'Several responses: the last one counts.'));
  }
  let statusFrom = res.statusFrom;
  if (facts.status === null && body.kind === 'html') {
    // Error pages carry their status: nginx-style `<title>504 Gateway Time-out</title>`, Django's `<h1>Bad Request (400)</h1>`.
    const m = /<title>\s*(\d{3})\b|<h1>\s*(\d{3})\b|<h1>[A-Za-z ]{2,40} \((\d{3})\)<\/h1>/i.exec(
      res.body.slice(0, 4096),
    );
    facts.status = toStatus(m?.[1] ?? m?.[2] ?? m?.[3]);
    statusFrom = 'page-title';
  }
  const clueStatus = parsed.clues?.status;
  if (facts.status === null && clueStatus) {
    facts.status = clueStatus.status;
    statusFrom = 'text';
  }
  const ownStatus = body.obj && !body.protocol ? toStatus(body.obj.status ?? body.obj.statusCode) : null;
  if (facts.status === null && ownStatus !== null) {
    facts.status = ownStatus;
    statusFrom = 'body-field';
  }
  facts.statusFrom = statusFrom ?? null;
  if (facts.status !== null) {
    const froms: Record<string, string> = {
      'log-field': ' (from a log field)',
      'page-title': " (from the page's title)",
      text: ` (from the text: "${clueStatus?.found ?? ''}")`,
      'body-field': " (from the body's own status field: nothing else shows one)",
    };
    const from = (statusFrom && froms[statusFrom]) || '';
    evidence.push(
      ev('status', `${facts.status}${res.reason ? ` ${res.reason}` : ''}`, `HTTP status ${facts.status}${from}.`),
    );
  }
  readHeaders(facts, res, evidence);
  readClueHeaders(facts, parsed, evidence);
  readFlowLog(facts, evidence);
  readBodyEvidence(facts, evidence);
  readProducts(facts, res, evidence);
  return { facts, evidence };
}

function readHeaders(facts: Facts, res: ParsedResponse, evidence: Evidence[]) {
  facts.contentType = header(res, 'content-type');
  if (facts.contentType) evidence.push(ev('content-type', facts.contentType, 'The declared type of the body.'));
  const code = header(res, 'x-bkapi-error-code');
  if (code !== null) {
    facts.errorCodeRaw = code;
    facts.errorCode = /^\s*16\d{5}\s*$/.test(code) ? Number(code) : null;
    evidence.push(
      ev(
        'error-code-header',
        `X-Bkapi-Error-Code: ${code}`,
        facts.errorCode ? 'Set only on errors the gateway wrote.' : 'Present, but not a gateway code.',
      ),
    );
  }
  facts.errorMessage = header(res, 'x-bkapi-error-message');
  if (facts.errorMessage !== null)
    evidence.push(
      ev(
        'error-message-header',
        `X-Bkapi-Error-Message: ${facts.errorMessage}`,
        'Set only on errors the gateway wrote.',
      ),
    );
  facts.requestId = header(res, 'x-bkapi-request-id');
  if (facts.requestId !== null)
    evidence.push(
      ev(
        'request-id-header',
        `X-Bkapi-Request-ID: ${facts.requestId}`,
        'Proves the call passed the gateway, not who wrote the body.',
      ),
    );
  const limits = res.headers.filter(([n]) => n.startsWith('x-bkapi-ratelimit-'));
  if (limits.length)
    evidence.push(
      ev(
        'rate-limit-headers',
        limits.map(([n, v]) => `${n}: ${v}`).join('; '),
        'Sent on every response that passed the gateway.',
      ),
    );
  const upstream = header(res, 'x-apisix-upstream-status');
  if (upstream)
    evidence.push(
      ev(
        'upstream-status-header',
        `X-APISIX-Upstream-Status: ${upstream}`,
        'The gateway reached the backend, which answered with this status.',
      ),
    );
  const server = header(res, 'server');
  if (
    server &&
    /^(?:apisix|openresty)\b/i.test(server) &&
    (facts.requestId !== null || code !== null || limits.length > 0)
  ) {
    // products.ts already ignores it; the evidence tells the person why it was not counted.
    evidence.push(
      ev(
        'gateway-server-header',
        `Server: ${server}`,
        'The gateway runs on APISIX/OpenResty and sets this itself; it says nothing about the backend.',
      ),
    );
  }
  const auth = header(res, 'www-authenticate');
  if (auth) evidence.push(ev('www-authenticate', `WWW-Authenticate: ${auth}`, 'Asks the caller to authenticate.'));
  facts.mock = /bk-apigateway/i.test(header(res, 'x-mock-by') ?? '');
  if (facts.mock)
    evidence.push(
      ev('gateway-mock', `x-mock-by: ${header(res, 'x-mock-by')}`, 'The gateway answered with a configured mock.'),
    );
  facts.passedGateway =
    facts.requestId !== null || limits.length > 0 || code !== null || facts.errorMessage !== null || !!upstream;
}

/**
 * The path a framework's own error body names, where nothing else shows the request: Spring Boot's error
 * attributes (`timestamp`, `status`, `error`, `path`), RFC 9457's problem details (`instance`, a path). The
 * backend's path, after the gateway mapped the call: no method, no host.
 */
function requestOfBody(obj: Record<string, unknown> | null | undefined): RequestInfo | null {
  if (!obj) return null;
  const spring = 'timestamp' in obj && 'error' in obj && 'status' in obj ? obj.path : null;
  const problem = 'title' in obj && 'status' in obj ? obj.instance : null;
  const path = [spring, problem].find((p): p is string => typeof p === 'string' && /^\/[^\s]{0,2000}$/.test(p));
  return path ? { method: null, url: path, host: null } : null;
}

function requestOfHar(method: string, url: string): RequestInfo | null {
  if (!url) return null;
  let host: string | null = null;
  try {
    host = new URL(url).host || null;
  } catch {
    // A relative or broken URL: no host to show.
  }
  return { method: method || null, url, host };
}

/** The gateway's error headers written out as text (an SDK's exception, a log's fields), where no header shows them. */
function readClueHeaders(facts: Facts, parsed: Parsed, evidence: Evidence[]) {
  const clues = parsed.clues;
  if (!clues) return;
  if (facts.errorCode === null && facts.errorCodeRaw === null && clues.errorCode) {
    const { code, found } = clues.errorCode;
    facts.errorCodeRaw = String(code);
    facts.errorCode = /^16\d{5}$/.test(String(code)) ? code : null;
    if (facts.errorCode !== null) {
      evidence.push(
        ev(
          'error-code-text',
          found,
          "The gateway's X-Bkapi-Error-Code, as an SDK or a log printed it: only errors the gateway wrote carry it.",
        ),
      );
    }
  }
  if (facts.errorMessage === null && clues.errorMessage && facts.errorCode !== null)
    facts.errorMessage = clues.errorMessage;
  if (facts.requestId === null && clues.requestId) {
    facts.requestId = clues.requestId;
    evidence.push(
      ev(
        'request-id-text',
        clues.requestId,
        'The request id the gateway sent, as the text around the response gives it.',
      ),
    );
  }
  if (facts.errorCode !== null) facts.passedGateway = true;
}

/** The flow-log record says in its own words whether the gateway answered or passed the backend's response on. */
function readFlowLog(facts: Facts, evidence: Evidence[]) {
  const log = facts.flowLog;
  if (!log) return;
  if (log.desc) {
    evidence.push(
      ev(
        log.gatewayAnswered ? 'flow-log-gateway' : 'flow-log-backend',
        log.desc,
        log.gatewayAnswered
          ? "The record's response description: the gateway did not reach the backend or the call failed there, and the gateway wrote the response."
          : "The record's response description: the gateway called the backend and returned its response as it was.",
      ),
    );
  } else if (log.error) {
    evidence.push(
      ev('flow-log-gateway', log.error, "The record's error field is set only when the gateway wrote the response."),
    );
  }
  if (log.error && log.desc) evidence.push(ev('flow-log-error', log.error, "The record's error field."));
  if (log.codeName && !facts.body.protocol)
    facts.body = { ...facts.body, codeName: facts.body.codeName ?? log.codeName };
}

function readBodyEvidence(facts: Facts, evidence: Evidence[]) {
  const { body, res } = facts;
  const raw = res?.body ?? '';
  if (body.protocol) {
    const { code, code_name, message } = body.protocol;
    evidence.push(
      ev(
        'gateway-body',
        `code ${code}, code_name ${code_name}`,
        `Fields code, code_name, message, result: false, data: null. Message: ${clip(message, 120)}`,
      ),
    );
  } else if (body.incomplete) {
    evidence.push(
      ev(
        'gateway-code-incomplete',
        `code ${body.incomplete.code}`,
        `A 16-prefixed number alone is not enough; missing: ${body.incomplete.missing.join(', ')}.`,
      ),
    );
  } else if (body.esb) {
    evidence.push(
      ev('esb-body', `code ${body.esb.code}`, 'The legacy ESB answers with 1306xxx, request_id and no code_name.'),
    );
  } else if (body.login) {
    evidence.push(ev('login-legacy-body', `bk_error_code ${body.login.code}`, "The login service's own error format."));
  } else if (body.kind === 'json') {
    evidence.push(ev('backend-json', raw || 'JSON', "JSON without the gateway's error protocol."));
    if (body.code !== null) evidence.push(ev('backend-code', `code ${body.code}`, 'Not a 16xxxxx gateway code.'));
  } else if (body.kind === 'html') {
    evidence.push(ev('html-page', raw, 'The gateway answers with JSON, never HTML.'));
    if (/<title>\s*\d{3}\b[^<]*<\/title>/i.test(raw.slice(0, 2048)) && raw.length < 4096) {
      evidence.push(
        ev('error-page-markup', raw.match(/<title>[^<]*<\/title>/i)![0], "The shape of a proxy's built-in error page."),
      );
    }
  } else if (body.kind === 'text') {
    evidence.push(ev('text-body', raw, "Plain text, not the gateway's JSON."));
  } else if (facts.hasHeaders || facts.status !== null) {
    evidence.push(ev('empty-body', '(no body)', 'Nothing in the body to read.'));
  }
  if (!body.protocol && !body.esb) {
    const sample = `${raw.slice(0, 8192)}\n${body.message ?? ''}`;
    for (const re of IP_REJECT) {
      const m = re.exec(sample);
      if (m) {
        facts.ipAllowlist = m[0];
        evidence.push(
          ev(
            'ip-allowlist',
            m[0],
            "The backend or its access layer rejects callers by IP: allow the gateway's egress IPs.",
          ),
        );
        break;
      }
    }
    facts.says415 = facts.status === 415 || (facts.status === null && /unsupported media type/i.test(sample));
  }
  if (facts.says415)
    evidence.push(
      ev(
        'status-415',
        facts.status === 415 ? '415' : 'Unsupported Media Type',
        'The gateway never returns 415: the backend rejects the Content-Type.',
      ),
    );
  if (facts.status !== null && facts.status >= 300 && facts.status < 400 && facts.status !== 304) {
    evidence.push(
      ev(
        'status-redirect',
        `${facts.status}${header(res!, 'location') ? ` -> ${header(res!, 'location')}` : ''}`,
        'The gateway never redirects: the backend or its access layer did (often http -> https).',
      ),
    );
  }
}

function readProducts(facts: Facts, res: ParsedResponse, evidence: Evidence[]) {
  let hits: ProductHit[] = [];
  try {
    // Hand over the body already parsed, so products.ts does not parse a large body a second time.
    const value = facts.body.value;
    hits = detectProducts(value === undefined || res.bodyJson ? res : { ...res, bodyJson: { value } });
  } catch {
    evidence.push(ev('internal-error', 'product detection', 'Could not check for known servers and frameworks.'));
  }
  for (const hit of hits) {
    facts.products.push(hit);
    evidence.push(
      ev(
        hit.layer === 'access-layer' ? 'product-access-layer' : 'product-service',
        `${hit.product}: ${hit.found}`,
        hit.detail,
      ),
    );
  }
}

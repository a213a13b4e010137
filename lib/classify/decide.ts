import { ev, type Facts } from './signals';
import type { Evidence, Layer, Source } from './types';
import type { MatchRule } from '../catalog/rules';

/** Who produced the response, and for a backend response the guide anchor that explains the case. */
export type Decision = {
  source: Source;
  layer: Layer | null;
  /** Set for a backend response: `backend-415`, `backend-308`, `backend-ip-allowlist`, or the layer's anchor. */
  anchor: string | null;
  /** The paste shows a status and too little else: the match lists the entries it could be. */
  statusOnly: boolean;
  evidence: Evidence[];
};

const LAYER_ANCHOR: Record<Layer, string> = {
  'access-layer': 'access-layer-page',
  service: 'backend-service-response',
};

/**
 * The rules, strongest first. Headers weigh more than the body, because only the gateway's error
 * wrapper sets X-Bkapi-Error-Code; the documented exceptions (DNS-failure 502, HTTP 200 rewrite,
 * pass-through) are rules of their own, not accidents of the order.
 */
export function decide(facts: Facts, rules: MatchRule[]): Decision {
  const evidence: Evidence[] = [];
  const { body } = facts;
  const verdict = (source: Source, layer: Layer | null = null, statusOnly = false): Decision => ({
    source,
    layer,
    statusOnly,
    evidence,
    anchor: source === 'backend' ? backendAnchor(facts, layer, evidence) : null,
  });
  const gatewayVerdict = () => {
    const code = body.protocol?.code ?? facts.errorCode ?? body.incomplete?.code ?? null;
    if (code !== null && facts.status === 200) {
      evidence.push(
        ev(
          'status-rewrite-200',
          `HTTP 200 with code ${code}`,
          'A legacy plugin rewrites the status of gateway errors to 200.',
        ),
      );
    } else if (
      code !== null &&
      code !== 1650070 &&
      facts.status !== null &&
      String(code).slice(2, 5) !== String(facts.status)
    ) {
      // 1650070 carries the upstream's status by design; any other code names its status in digits 3-5.
      evidence.push(
        ev(
          'code-status-mismatch',
          `code ${code}, status ${facts.status}`,
          "The code's status digits should equal the HTTP status; check that the paste is one response.",
        ),
      );
    }
    return verdict('gateway');
  };
  if (!facts.res) return verdict('unknown');
  if (facts.errorCode !== null || (facts.errorMessage !== null && !body.esb)) return gatewayVerdict();
  if (body.protocol) {
    // Headers shown without X-Bkapi-Error-Code: the DNS failure is the documented case; the 200 rewrite has its own evidence.
    const shown = facts.hasHeaders && facts.status !== 200;
    if (shown && body.protocol.code === 1650200 && /^(?:text\/plain\b|$)/i.test(facts.contentType ?? '')) {
      evidence.push(
        ev(
          'dns-failure-exception',
          `1650200, Content-Type: ${facts.contentType ?? '(none)'}`,
          'When the backend host does not resolve, the gateway writes this body directly, without its error headers.',
        ),
      );
    } else if (shown) {
      evidence.push(
        ev(
          'no-error-header',
          'X-Bkapi-Error-Code absent',
          'Unusual for a gateway error; the body still carries the full protocol.',
        ),
      );
    }
    return gatewayVerdict();
  }
  if (body.incomplete && isLegacyProtocol(facts, rules)) {
    evidence.push(
      ev(
        'gateway-body-legacy',
        `code ${body.incomplete.code}, no code_name`,
        'The old gateway sent its protocol without code_name; this code is one the gateway defines.',
      ),
    );
    return gatewayVerdict();
  }
  if (body.esb) return verdict('esb');
  if (facts.mock) return verdict('gateway');
  if (body.kind !== 'empty') {
    if (facts.passedGateway)
      evidence.push(
        ev(
          'passed-through',
          'gateway headers, non-gateway body',
          'The gateway called the backend and returned its response as is.',
        ),
      );
    return verdict('backend', layerOf(facts));
  }
  return decideBare(facts, rules, evidence, verdict);
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

/** No body: the headers and the status are all there is. */
function decideBare(
  facts: Facts,
  rules: MatchRule[],
  evidence: Evidence[],
  verdict: (source: Source, layer?: Layer | null, statusOnly?: boolean) => Decision,
): Decision {
  const { status } = facts;
  if (status === null) return verdict('unknown');
  const known = rules.some((r) => r.status === status);
  if (facts.passedGateway) {
    // The DNS-failure 502 is the one gateway error without X-Bkapi-Error-Code; without its body it looks like a backend 502.
    if (status === 502 && /^text\/plain\b/i.test(facts.contentType ?? '')) return verdict('unknown', null, true);
    evidence.push(
      ev(
        'no-error-header',
        'X-Bkapi-Error-Code absent',
        'The gateway sets it on every error it writes: this one came from the backend.',
      ),
    );
    return verdict('backend', layerOf(facts));
  }
  if (facts.products.length) return verdict('backend', layerOf(facts));
  if (!known && (facts.says415 || (status >= 300 && status !== 304))) {
    evidence.push(ev('status-not-from-gateway', String(status), 'No gateway error in the catalog has this status.'));
    return verdict('backend');
  }
  return verdict('unknown', null, true);
}

/**
 * A product named in the body says who wrote the body; a header only says who relayed it. Without
 * either, JSON comes from the service and a bare `<title>NNN ...</title>` page from a proxy.
 */
export function layerOf(facts: Facts): Layer | null {
  const body = facts.res?.body ?? '';
  // products.ts reads the first 64 KB and the last 4 KB; its findings can only be there.
  const text = (body.length > 72 * 1024 ? `${body.slice(0, 64 * 1024)}\n${body.slice(-4 * 1024)}` : body).toLowerCase();
  const inBody = facts.products.filter((h) => h.found && text.includes(h.found.toLowerCase()));
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
  if (layer === 'access-layer' && facts.status === 403) {
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

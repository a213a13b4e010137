// Each rule of the decision, by a paste it decides (the first rule that applies, in DECIDE_RULES' order),
// against the real catalog. A rule that can answer `high` says why `high` is a promise there.
import { describe, expect, it } from 'vitest';
import { DECIDE_RULES, decideWhy, type Decision } from './decide';
import { loadRules } from '../../catalog/load';
import { parse } from '../read/parse';
import { pick } from '../read/pick';
import { signals } from '../signals/signals';

const rules = loadRules();

function why(text: string) {
  const parsed = parse(text);
  return decideWhy(signals(parsed, pick(parsed)).facts, rules);
}

const protocol = (code: number, codeName: string, message: string) =>
  JSON.stringify({ code, data: null, code_name: codeName, message, result: false });
const http = (statusLine: string, headers: string[], body = '') =>
  [`HTTP/1.1 ${statusLine}`, ...headers, '', body].join('\n');

type Case = {
  rule: string;
  paste: string;
  decision: Partial<Decision>;
  /** For a `high` verdict: why `high` is a promise there. */
  high?: string;
};

const CASES: Case[] = [
  {
    rule: 'no-response',
    paste: 'curl: (7) Failed to connect to bkapi.example.com port 443 after 3 ms: Connection refused',
    decision: { source: 'unknown', confidence: 'low' },
  },
  { rule: 'nothing-read', paste: '', decision: { source: 'unknown' } },
  {
    rule: 'several-errors',
    paste: [
      '## 403',
      '',
      '应用无权限时：',
      '',
      protocol(1640301, 'APP_NO_PERMISSION', 'App has no permission to the resource'),
      '',
      '资源不存在时（404）：',
      '',
      protocol(1640401, 'API_NOT_FOUND', 'API not found'),
    ].join('\n'),
    decision: { source: 'unknown', candidates: ['app-no-permission', 'api-not-found'] },
  },
  {
    rule: 'flow-log-gateway',
    paste: JSON.stringify({
      request_id: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a',
      http_path: '/api/demo/prod/users/',
      backend_host: '',
      response_body: protocol(1640302, 'IP_NOT_ALLOWED', 'Request rejected by ip restriction'),
      status: 403,
      code_name: 'IP_NOT_ALLOWED',
      response_desc: '网关未请求或请求后端接口异常，响应内容由网关提供。',
    }),
    decision: { source: 'gateway', confidence: 'high' },
    high: "the gateway's own record of that request says it answered",
  },
  {
    rule: 'flow-log-backend',
    paste: JSON.stringify({
      request_id: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b',
      http_path: '/api/demo/prod/users/42/',
      backend_host: 'users.prod.svc:8000',
      response_body: '{"detail":"Not found."}',
      status: 404,
      code_name: '',
      response_desc: '网关已请求后端接口，并将其响应原样返回。',
    }),
    decision: { source: 'backend', layer: 'service', confidence: 'high' },
    high: "the gateway's own record says it called the backend and returned its response",
  },
  {
    rule: 'error-code-header',
    paste: http(
      '404 Not Found',
      ['Content-Type: application/json', 'X-Bkapi-Error-Code: 1640401', 'X-Bkapi-Request-ID: 1f2e3d4c'],
      protocol(1640401, 'API_NOT_FOUND', 'API not found'),
    ),
    decision: { source: 'gateway', confidence: 'high' },
    high: "only the gateway's error wrapper sets X-Bkapi-Error-Code, and the status agrees with the code",
  },
  {
    rule: 'error-message-header',
    paste: http('404 Not Found', ['X-Bkapi-Error-Message: API not found', 'Content-Type: text/plain'], 'not found'),
    decision: { source: 'gateway', confidence: 'low' },
  },
  {
    rule: 'dns-failure-body',
    paste: http(
      '502 Bad Gateway',
      ['Content-Type: text/plain; charset=utf-8', 'X-Bkapi-Request-ID: 2a3b4c5d'],
      protocol(1650200, 'BAD_GATEWAY', 'Bad Gateway [parse backend host fail, no valid ip found]'),
    ),
    decision: { source: 'gateway', confidence: 'high' },
    high: 'the gateway writes exactly this body, without its error headers, when the backend host does not resolve',
  },
  {
    rule: 'gateway-body-relayed',
    paste: http(
      '200 OK',
      ['Content-Type: application/json'],
      protocol(1640301, 'APP_NO_PERMISSION', 'App has no permission to the resource'),
    ),
    decision: { source: 'backend', layer: 'service', relayed: true, confidence: 'high' },
    high: "the headers are shown whole and carry none of the gateway's, which it sets on every response it writes",
  },
  {
    rule: 'gateway-body-status-disagrees',
    paste: http(
      '502 Bad Gateway',
      ['Content-Type: application/json'],
      protocol(1640401, 'API_NOT_FOUND', 'API not found'),
    ),
    decision: { source: 'backend', layer: 'service', relayed: true, confidence: 'high' },
    high: "the gateway sends its code's own status and sets X-Bkapi-Error-Code on every error it writes",
  },
  {
    rule: 'gateway-body-without-header',
    paste: http(
      '404 Not Found',
      ['Content-Type: application/json'],
      protocol(1640401, 'API_NOT_FOUND', 'API not found'),
    ),
    decision: { source: 'gateway', confidence: 'low' },
  },
  {
    rule: 'gateway-body',
    paste: protocol(1640401, 'API_NOT_FOUND', 'API not found'),
    decision: { source: 'gateway', confidence: 'high' },
    high: 'the five fields of the gateway protocol, with a 16xxxxx code, are written by the gateway alone',
  },
  {
    rule: 'legacy-gateway-body',
    paste: http(
      '405 Method Not Allowed',
      ['Content-Type: application/json; charset=utf-8', 'X-Bkapi-Request-ID: d95519c6'],
      JSON.stringify({ code: 1640501, data: null, message: 'Request unsupported method', result: false }),
    ),
    decision: { source: 'gateway', confidence: 'high' },
    high: "every field of the old gateway's protocol is right and the code is one the catalog knows as the gateway's",
  },
  {
    rule: 'partial-gateway-body',
    paste: JSON.stringify({ code: 1640401, message: 'API not found' }),
    decision: { source: 'gateway', confidence: 'low' },
  },
  {
    rule: 'esb-body',
    paste: JSON.stringify({ result: false, code: 1306201, message: 'Request component error', data: null }),
    decision: { source: 'esb', confidence: 'high' },
    high: "a 1306xxx code with result false and no code_name is the legacy ESB's protocol alone",
  },
  {
    rule: 'esb-page',
    paste: http(
      '404 Not Found',
      ['Content-Type: application/json'],
      JSON.stringify({ result: false, data: null, message: 'The content does not exist' }),
    ),
    decision: { source: 'esb', confidence: 'high' },
    high: "the message is the ESB's own 404 handler's",
  },
  {
    rule: 'gateway-mock',
    paste: http('200 OK', ['Content-Type: application/json', 'X-Mock-By: bk-apigateway'], '{"ok": true}'),
    decision: { source: 'gateway', confidence: 'high' },
    high: "X-Mock-By names the gateway's mock plugin, which answers without calling any backend",
  },
  { rule: 'fragment', paste: '1640401', decision: { source: 'gateway', confidence: 'low' } },
  {
    rule: 'gateway-nginx-page',
    paste: http(
      '413 Request Entity Too Large',
      ['Server: openresty', 'Content-Type: text/html'],
      '<html>\n<head><title>413 Request Entity Too Large</title></head>\n<body>\n<center><h1>413 Request Entity Too Large</h1></center>\n<hr><center>openresty</center>\n</body>\n</html>',
    ),
    decision: { source: 'unknown', confidence: 'low' },
  },
  {
    rule: 'no-status',
    paste: 'Content-Type: application/json\nX-Bkapi-Request-ID: 13131313-1313-4131-8131-131313131313',
    decision: { source: 'unknown' },
  },
  {
    rule: 'gateway-headers-maybe-incomplete',
    paste: http('500 Internal Server Error', ['X-Bkapi-Request-ID: 3c4d5e6f', 'X-Trace: 9f8e7d... (truncated)']),
    decision: { source: 'unknown', statusOnly: true },
  },
  {
    rule: 'dns-failure-status',
    paste: http('502 Bad Gateway', ['Content-Type: text/plain', 'X-Bkapi-Request-ID: 4d5e6f70']),
    decision: { source: 'unknown', statusOnly: true },
  },
  {
    rule: 'passed-gateway-no-error-header',
    paste: http('500 Internal Server Error', ['Content-Length: 0', 'X-Bkapi-Request-ID: 5e6f7081']),
    decision: { source: 'backend', confidence: 'high' },
    high: 'the response is shown whole, its status its own, and the gateway sets X-Bkapi-Error-Code on every error it writes',
  },
  {
    rule: 'product-headers',
    paste: http('502 Bad Gateway', ['Server: Caddy', 'Content-Length: 0']),
    decision: { source: 'backend', layer: 'access-layer', confidence: 'high' },
    high: 'Caddy answers its own proxy failures with the status and an empty body, shown whole here',
  },
  {
    rule: 'status-not-from-gateway-with-headers',
    paste: http('418 I am a teapot', ['Content-Length: 0']),
    decision: { source: 'backend', confidence: 'low' },
  },
  {
    rule: 'status-not-from-gateway',
    paste: 'HTTP/1.1 308 Permanent Redirect',
    decision: { source: 'unknown', statusOnly: true, candidates: ['backend-308'] },
  },
  { rule: 'status-alone', paste: 'HTTP/1.1 502 Bad Gateway', decision: { source: 'unknown', statusOnly: true } },
  { rule: 'not-a-response', paste: 'hello world', decision: { source: 'unknown' } },
  {
    rule: 'backend-body',
    paste: http('500 Internal Server Error', ['Content-Type: application/json'], '{"error": "database is locked"}'),
    decision: { source: 'backend', layer: 'service', confidence: 'high' },
    high: "the response is shown whole (its own status, its headers with none of the gateway's error headers), nothing cut",
  },
];

describe('the rules of the decision', () => {
  it('are each tested here, in their order', () => {
    expect(CASES.map((c) => c.rule)).toEqual(DECIDE_RULES.map((r) => r.name));
  });

  it.each(CASES.map((c) => [c.rule, c.high ? `high: ${c.high}` : 'never high', c] as const))(
    '%s (%s)',
    (name, _, c) => {
      const { rule, decision } = why(c.paste);
      expect(rule).toBe(name);
      expect(decision).toMatchObject(c.decision);
      if (decision.confidence === 'high' && decision.source !== 'unknown') expect(c.high).toBeTruthy();
    },
  );
});

import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import type { MatchRule } from '../../catalog/rules';
import { parse } from '../read/parse';
import { pick } from '../read/pick';
import { signals } from '../signals/signals';

const rule = (slug: string, status: number, code: number | null): MatchRule => ({
  slug,
  system: code === null ? 'none' : 'gateway',
  status,
  code,
  code_name: null,
  match: [],
  match_exact: [],
  default_for_code: true,
  reasons: [],
  status_from_upstream: false,
  message: '',
  releases: [],
});
const RULES = [
  rule('api-not-found', 404, 1640401),
  rule('bad-gateway', 502, 1650200),
  rule('client-closed-request', 499, null),
];
const PROTOCOL = (code: number, message = 'm') =>
  JSON.stringify({ code, code_name: 'X', message, result: false, data: null });

function verdict(text: string) {
  const parsed = parse(text);
  const d = decide(signals(parsed, pick(parsed)).facts, RULES);
  return {
    source: d.source,
    layer: d.layer,
    anchor: d.anchor,
    confidence: d.confidence,
    signals: d.evidence.map((e) => e.signal),
  };
}

describe('decide', () => {
  it('trusts the error header over the body', () => {
    expect(verdict('HTTP/1.1 404 Not Found\nX-Bkapi-Error-Code: 1640401\n\n<html>odd</html>').source).toBe('gateway');
    expect(verdict('HTTP/1.1 404 Not Found\nX-Bkapi-Error-Code: 1640401\n\n').source).toBe('gateway');
  });

  it('takes a bare gateway body for the gateway', () => {
    expect(verdict(PROTOCOL(1640401)).source).toBe('gateway');
  });

  it('applies the DNS-failure exception: gateway body, no error header, text/plain', () => {
    const v = verdict(
      `HTTP/1.1 502 Bad Gateway\nContent-Type: text/plain\nX-Bkapi-Request-ID: r\n\n${PROTOCOL(1650200, 'Bad Gateway')}`,
    );
    expect(v.source).toBe('gateway');
    expect(v.signals).toContain('dns-failure-exception');
  });

  it('applies the status-rewrite exception: gateway body with HTTP 200', () => {
    const v = verdict(`HTTP/1.1 200 OK\nX-Bkapi-Error-Code: 1640401\n\n${PROTOCOL(1640401)}`);
    expect(v.source).toBe('gateway');
    expect(verdict(`HTTP/1.1 200 OK\n\n${PROTOCOL(1640401)}`).signals).toContain('status-rewrite-200');
  });

  it('calls gateway headers on a non-protocol body a backend response passed through', () => {
    const v = verdict(
      'HTTP/1.1 500 Internal Server Error\nX-Bkapi-Request-ID: r\nContent-Type: application/json\n\n{"error":"db down"}',
    );
    expect(v).toMatchObject({ source: 'backend', layer: 'service', anchor: 'backend-service-response' });
    expect(v.signals).toContain('passed-through');
  });

  it('takes part of a gateway body for a probable gateway error, never a firm one', () => {
    // The contract's fragments: a body with only some of the protocol's fields names its entry, with low confidence.
    expect(verdict('{"code":1640401,"message":"API not found"}')).toMatchObject({
      source: 'gateway',
      confidence: 'low',
    });
  });

  it('does not take a 16-prefixed code among other fields for the gateway', () => {
    expect(verdict('{"code":1640401,"message":"API not found","request_id":"r","trace":"x"}')).toMatchObject({
      source: 'backend',
      layer: 'service',
    });
  });

  it('calls the ESB body esb', () => {
    expect(verdict('{"result":false,"code":1306404,"data":null,"message":"x","request_id":"r"}').source).toBe('esb');
  });

  it('maps 415, redirects and IP allowlists to the guide anchors', () => {
    expect(
      verdict('HTTP/1.1 415 Unsupported Media Type\nContent-Type: text/html\n\n<h1>Unsupported Media Type</h1>').anchor,
    ).toBe('backend-415');
    expect(verdict('HTTP/1.1 415 Unsupported Media Type').source).toBe('unknown');
    expect(verdict('HTTP/1.1 308 Permanent Redirect\nLocation: https://x/\n\n').anchor).toBe('backend-308');
    expect(verdict('HTTP/1.1 403 Forbidden\n\nip 10.1.2.3 not allowed').anchor).toBe('backend-ip-allowlist');
  });

  it('tells the access layer from the service', () => {
    expect(
      verdict(
        '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
      ).layer,
    ).toBe('access-layer');
    expect(verdict('<h1>Bad Request (400)</h1>').layer).toBe('service');
  });

  it('leaves a bare status unknown, whoever could send it; with headers, one the gateway never sends is probably the backend', () => {
    expect(verdict('HTTP/1.1 502 Bad Gateway').source).toBe('unknown');
    expect(verdict('HTTP/1.1 409 Conflict')).toMatchObject({ source: 'unknown', layer: null, anchor: null });
    expect(verdict('HTTP/1.1 409 Conflict\nContent-Length: 0')).toMatchObject({ source: 'backend', confidence: 'low' });
    expect(verdict('HTTP/1.1 200 OK').source).toBe('unknown');
    expect(verdict('').source).toBe('unknown');
  });

  it('leaves a bodiless text/plain 502 that passed the gateway unknown: it may be the DNS failure', () => {
    expect(verdict('HTTP/1.1 502 Bad Gateway\nContent-Type: text/plain\nX-Bkapi-Request-ID: r').source).toBe('unknown');
    expect(verdict('HTTP/1.1 404 Not Found\nX-Bkapi-Request-ID: r').source).toBe('backend');
  });
});

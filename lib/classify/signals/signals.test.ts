import { describe, expect, it } from 'vitest';
import { SIGNALS, signals } from './signals';
import { readBody } from '../read/body';
import { parse } from '../read/parse';
import { pick } from '../read/pick';

const read = (text: string) => signals(parse(text), pick(parse(text)));
const ids = (text: string) => read(text).evidence.map((e) => e.signal);
const res = (body: string) => ({ status: null, reason: null, headers: [], body });

describe('body protocol', () => {
  it('recognises the gateway protocol whatever the key order', () => {
    const b = readBody(
      res('{"result":false,"message":"API not found","data":null,"code_name":"API_NOT_FOUND","code":1640401}'),
    );
    expect(b.protocol).toEqual({ code: 1640401, code_name: 'API_NOT_FOUND', message: 'API not found' });
  });

  it('does not take a 16-prefixed number alone for the protocol', () => {
    for (const body of [
      '{"code":1640401,"message":"x"}',
      '{"code":"1640401","code_name":"A","message":"x","result":false,"data":null}',
      '{"code":1640401,"code_name":"A","message":"x","result":false,"data":null,"trace_id":"t"}',
    ]) {
      const b = readBody(res(body));
      expect(b.protocol).toBeNull();
      expect(b.incomplete?.code).toBe(1640401);
    }
    expect(readBody(res('{"code":16404011,"message":"x"}')).incomplete).toBeNull();
  });

  it('recognises the ESB body and the login service body', () => {
    expect(readBody(res('{"result":false,"code":1306406,"data":null,"message":"bad","request_id":"r"}')).esb).toEqual({
      code: 1306406,
      message: 'bad',
    });
    expect(
      readBody(res('{"result":false,"bk_error_code":1302100,"bk_error_msg":"no login","data":{}}')).login?.code,
    ).toBe(1302100);
  });

  it('keeps a backend code and message as the response gives them', () => {
    const b = readBody(
      res('{"result":false,"message":"you have no permission","code":3540100,"request_id":"x","data":null}'),
    );
    expect([b.kind, b.code, b.message, b.protocol, b.esb]).toEqual([
      'json',
      3540100,
      'you have no permission',
      null,
      null,
    ]);
  });
});

describe('signals', () => {
  it('reads the gateway headers case-insensitively', () => {
    const { facts } = read(
      'HTTP/2 404\nx-bkapi-request-id: RID\nX-BKAPI-ERROR-CODE: 1640401\nx-bkapi-error-message: API not found\n\n',
    );
    expect([facts.requestId, facts.errorCode, facts.errorMessage, facts.passedGateway]).toEqual([
      'RID',
      1640401,
      'API not found',
      true,
    ]);
  });

  it('counts the rate-limit headers as passing the gateway', () => {
    const { facts, evidence } = read(
      'HTTP/1.1 200 OK\nX-Bkapi-RateLimit-Limit: 10\nX-Bkapi-RateLimit-Remaining: 9\n\n{"ok":true}',
    );
    expect(facts.passedGateway).toBe(true);
    expect(evidence.map((e) => e.signal)).toContain('rate-limit-headers');
  });

  it('takes the status from an nginx page title when no status line shows it', () => {
    expect(
      read('<html><head><title>503 Service Temporarily Unavailable</title></head><body></body></html>').facts.status,
    ).toBe(503);
  });

  it('notices 415, redirects and IP allowlists', () => {
    expect(ids('HTTP/1.1 415 Unsupported Media Type\n\n')).toContain('status-415');
    expect(ids('{"detail":"Unsupported media type \\"text/plain\\" in request."}')).toContain('status-415');
    expect(ids('HTTP/1.1 308 Permanent Redirect\nLocation: https://b/\n\n')).toContain('status-redirect');
    expect(ids('HTTP/1.1 403 Forbidden\n\n{"message":"Your IP address is not in the whitelist"}')).toContain(
      'ip-allowlist',
    );
    expect(ids('HTTP/1.1 403 Forbidden\n\n访问 IP 不在白名单中')).toContain('ip-allowlist');
  });

  it("does not mistake the gateway's own IP restriction for a backend allowlist", () => {
    expect(
      ids(
        '{"code":1640302,"code_name":"IP_NOT_ALLOWED","message":"Request rejected by ip restriction","result":false,"data":null}',
      ),
    ).not.toContain('ip-allowlist');
  });

  it("sets aside the gateway's own Server header on a response that passed the gateway", () => {
    const { facts, evidence } = read(
      'HTTP/1.1 500 Internal Server Error\nServer: APISIX/3.2\nX-Bkapi-Request-ID: r\n\n{"err":"boom"}',
    );
    expect(facts.products).toEqual([]);
    expect(evidence.map((e) => e.signal)).toContain('gateway-server-header');
  });

  it('emits only signals the SIGNALS map describes', () => {
    const samples = [
      '',
      'HTTP/1.1 502',
      '<html><title>502 Bad Gateway</title><center>nginx</center></html>',
      'plain',
      '{"a":1}',
    ];
    for (const s of samples) for (const e of read(s).evidence) expect(SIGNALS).toHaveProperty(e.signal);
  });
});

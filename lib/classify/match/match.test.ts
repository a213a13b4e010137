import { describe, expect, it } from 'vitest';
import { choose } from './choose';
import { match } from './match';
import type { MatchRule } from '../../catalog/rules';
import { decide } from '../decide/decide';
import { parse } from '../read/parse';
import { pick } from '../read/pick';
import { signals } from '../signals/signals';

function rule(slug: string, over: Partial<MatchRule>): MatchRule {
  return {
    slug,
    system: 'gateway',
    status: 400,
    code: 1640001,
    code_name: 'INVALID_ARGS',
    match: [],
    match_exact: [],
    default_for_code: false,
    reasons: [],
    status_from_upstream: false,
    message: '',
    releases: [],
    ...over,
  };
}

const RULES: MatchRule[] = [
  rule('app-code-cannot-be-empty', { match: ['app code cannot be empty'] }),
  rule('access-token-invalid', { match: ['access_token is invalid'] }),
  rule('access-token-invalid-ssm', { match: ['access_token is invalid, ssm error'] }),
  rule('invalid-args-other', { default_for_code: true, reasons: [{ id: 'app-not-found', text: 'app not found' }] }),
  rule('ip-not-allowed', { status: 403, code: 1640302, code_name: 'IP_NOT_ALLOWED', match: ['ip restriction'] }),
  rule('cross-tenant', { status: 403, code: 1640302, code_name: 'CROSS_TENANT_FORBIDDEN', default_for_code: true }),
  rule('bad-gateway-dns', { status: 502, code: 1650200, code_name: 'BAD_GATEWAY', match_exact: ['Bad Gateway'] }),
  rule('bad-gateway-read-header', {
    status: 502,
    code: 1650200,
    code_name: 'BAD_GATEWAY',
    match: ['cannot read header from upstream'],
  }),
  rule('esb-404', { system: 'esb', status: 200, code: 1306404, code_name: null, default_for_code: true }),
  rule('client-closed', { system: 'none', status: 499, code: null, code_name: null }),
];

const body = (code: number, code_name: string, message: string) =>
  JSON.stringify({ code, code_name, message, result: false, data: null });

function run(text: string) {
  const parsed = parse(text);
  const { facts } = signals(parsed, pick(parsed));
  return match(facts, decide(facts, RULES), RULES);
}

describe('match', () => {
  it('picks the entry whose text the reason holds, longest first', () => {
    expect(run(body(1640001, 'INVALID_ARGS', 'Parameters error [reason="app code cannot be empty"]')).entry).toBe(
      'app-code-cannot-be-empty',
    );
    expect(
      run(body(1640001, 'INVALID_ARGS', 'Parameters error [reason="access_token is invalid, ssm error message: x"]'))
        .entry,
    ).toBe('access-token-invalid-ssm');
    expect(
      run(body(1640001, 'INVALID_ARGS', 'Parameters error [reason="ACCESS_TOKEN IS INVALID, url: x, code: 403"]'))
        .entry,
    ).toBe('access-token-invalid');
  });

  it('falls back on the default for the code, naming the reason section it found', () => {
    const r = run(body(1640001, 'INVALID_ARGS', 'Parameters error [reason="app not found"]'));
    expect(r.entry).toBe('invalid-args-other');
    expect(r.evidence.map((e) => e.signal)).toEqual(['catalog-match', 'catalog-reason']);
  });

  it('tells the two code_names of 1640302 apart', () => {
    expect(run(body(1640302, 'IP_NOT_ALLOWED', 'Request rejected by ip restriction [ip="1.2.3.4"]')).entry).toBe(
      'ip-not-allowed',
    );
    expect(
      run(body(1640302, 'CROSS_TENANT_FORBIDDEN', 'Cross tenant forbidden [reason="ip restriction text"]')).entry,
    ).toBe('cross-tenant');
  });

  it('lets the reason decide 1650200: exact "Bad Gateway" against an upstream_error', () => {
    expect(run(body(1650200, 'BAD_GATEWAY', 'Bad Gateway')).entry).toBe('bad-gateway-dns');
    expect(
      run(body(1650200, 'BAD_GATEWAY', 'Bad Gateway [upstream_error="cannot read header from upstream"]')).entry,
    ).toBe('bad-gateway-read-header');
    const neither = run(body(1650200, 'BAD_GATEWAY', 'Bad Gateway [upstream_error="connection refused"]'));
    expect([neither.entry, neither.candidates]).toEqual([null, ['bad-gateway-dns', 'bad-gateway-read-header']]);
  });

  it('matches from the error headers when there is no body', () => {
    const r = run(
      'HTTP/1.1 403 Forbidden\nX-Bkapi-Error-Code: 1640302\nX-Bkapi-Error-Message: Request rejected by ip restriction\n\n',
    );
    expect([r.entry, r.code, r.code_name]).toEqual(['ip-not-allowed', 1640302, null]);
  });

  it('matches ESB codes among ESB rules', () => {
    expect(
      run('{"result":false,"code":1306404,"data":null,"message":"component not found","request_id":"r"}'),
    ).toMatchObject({ entry: 'esb-404', code: 1306404, code_name: null });
  });

  it('lists every entry with the status when only a status shows', () => {
    expect(run('HTTP/1.1 502 Bad Gateway')).toMatchObject({
      entry: null,
      candidates: ['bad-gateway-dns', 'bad-gateway-read-header'],
    });
    expect(run('HTTP/1.1 499')).toMatchObject({ entry: 'client-closed', candidates: ['client-closed'] });
  });

  it('gives a backend response its guide anchor and its own code', () => {
    expect(run('HTTP/1.1 500 Internal Server Error\n\n{"code":3540100,"message":"no"}')).toMatchObject({
      entry: 'backend-service-response',
      code: 3540100,
    });
  });

  it('prefers match_exact over substrings, and compares case-insensitively', () => {
    expect(choose(RULES, ['bad gateway'], null)!.rule.slug).toBe('bad-gateway-dns');
    expect(choose([], ['x'], null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { classify, harEntriesOf, SIGNALS } from './index';
import type { MatchRule } from '../catalog/rules';
import { SIGNAL_LABELS } from '../i18n/signals';

const RULES: MatchRule[] = [
  {
    slug: 'api-not-found',
    system: 'gateway',
    status: 404,
    code: 1640401,
    code_name: 'API_NOT_FOUND',
    match: [],
    match_exact: [],
    default_for_code: true,
    reasons: [],
    status_from_upstream: false,
    message: '',
    releases: [],
  },
];
const har = JSON.stringify({
  log: {
    entries: [
      {
        request: { method: 'GET', url: 'https://a/x' },
        response: {
          status: 404,
          headers: [{ name: 'X-Bkapi-Request-Id', value: 'r1' }],
          content: {
            text: '{"code":1640401,"code_name":"API_NOT_FOUND","message":"API not found","result":false,"data":null}',
          },
        },
      },
      {
        request: { method: 'GET', url: 'https://a/y' },
        response: { status: 200, headers: [], content: { text: 'ok' } },
      },
    ],
  },
});

describe('classify', () => {
  it('runs every stage and returns the contract fields, with the request id from the header', () => {
    expect(classify(har, RULES)).toEqual(
      expect.objectContaining({
        source: 'gateway',
        status: 404,
        code: 1640401,
        code_name: 'API_NOT_FOUND',
        entry: 'api-not-found',
        candidates: [],
        request_id: 'r1',
      }),
    );
  });

  it('reads the HAR entry the person chose', () => {
    expect(classify(har, RULES, { harEntry: 1 })).toMatchObject({ status: 200, request_id: null });
  });

  it('takes bytes as well as text', () => {
    expect(
      classify(new TextEncoder().encode('HTTP/1.1 404 Not Found\nX-Bkapi-Error-Code: 1640401\n\n'), RULES).entry,
    ).toBe('api-not-found');
  });

  it('reads UTF-16 bytes with a byte-order mark, as Windows PowerShell 5 saves them', () => {
    const text = 'HTTP/1.1 404 Not Found\r\nX-Bkapi-Error-Code: 1640401\r\n\r\n';
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(classify(le, RULES).entry).toBe('api-not-found');
  });

  it("does not take the ESB body's request_id for the X-Bkapi-Request-ID", () => {
    expect(
      classify('{"result":false,"code":1306404,"data":null,"message":"x","request_id":"esb-id"}', RULES).request_id,
    ).toBeNull();
  });

  it('works with no rules at all: no entry has the status, and a status alone names no author', () => {
    const r = classify('HTTP/1.1 502', []);
    expect(r).toMatchObject({ source: 'unknown', entry: null, candidates: [], confidence: 'low' });
    expect(r.evidence.map((e) => e.signal)).toContain('status-not-from-gateway');
  });
});

describe('harEntriesOf', () => {
  it('lists the entries of a HAR, and nothing for other pastes', () => {
    expect(harEntriesOf(har)).toEqual([
      { index: 0, method: 'GET', url: 'https://a/x', status: 404 },
      { index: 1, method: 'GET', url: 'https://a/y', status: 200 },
    ]);
    expect(harEntriesOf('{"a":1}')).toEqual([]);
  });
});

describe('SIGNALS', () => {
  it('describes every signal in both languages with stable kebab-case ids', () => {
    for (const id of Object.keys(SIGNALS)) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const label = SIGNAL_LABELS[id as keyof typeof SIGNAL_LABELS];
      expect(label.en.length && label.zh.length, id).toBeGreaterThan(0);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classify, harEntriesOf, SIGNALS } from './index';
import { loadRules } from '../catalog/load';

/** The contract's result (../shared/contract/classify.md), field for field and nothing more. */
const ResultSchema = z.strictObject({
  source: z.enum(['gateway', 'esb', 'backend', 'unknown']),
  layer: z.enum(['access-layer', 'service']).nullable(),
  status: z.number().int().min(100).max(599).nullable(),
  code: z.number().int().nullable(),
  code_name: z.string().nullable(),
  entry: z.string().nullable(),
  candidates: z.array(z.string()),
  request_id: z.string().nullable(),
  confidence: z.enum(['high', 'low']),
  reason: z.string().nullable(),
  request: z
    .strictObject({ method: z.string().nullable(), url: z.string().nullable(), host: z.string().nullable() })
    .nullable(),
  hops: z.array(
    z.strictObject({
      source: z.enum(['gateway', 'esb', 'backend', 'unknown']),
      layer: z.enum(['access-layer', 'service']).nullable(),
      status: z.number().int().min(100).max(599).nullable(),
      code: z.number().int().nullable(),
      code_name: z.string().nullable(),
      entry: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
  gateway: z
    .strictObject({ name: z.string().nullable(), stage: z.string().nullable(), resource: z.string().nullable() })
    .nullable(),
  app: z.strictObject({ bk_app_code: z.string().nullable(), bk_username: z.string().nullable() }).nullable(),
  client_ip: z.string().nullable(),
  debug: z
    .strictObject({
      request_id: z.string().nullable(),
      gateway: z.string().nullable(),
      stage: z.string().nullable(),
      resource: z.string().nullable(),
      backend: z.string().nullable(),
      bk_app_code: z.string().nullable(),
      bk_username: z.string().nullable(),
      client_ip: z.string().nullable(),
      instance: z.string().nullable(),
      request_headers: z.record(z.string(), z.string()),
    })
    .nullable(),
  missing: z.array(z.enum(['status', 'headers', 'body', 'request_id', 'debug'])),
  evidence: z.array(
    z.strictObject({
      signal: z.string().refine((s) => s in SIGNALS, 'a signal SIGNALS describes'),
      found: z.string(),
      detail: z.string(),
    }),
  ),
});

const rules = loadRules();
const slugs = new Set(rules.map((r) => r.slug));
const ANCHORS = new Set([
  'backend-415',
  'backend-308',
  'backend-ip-allowlist',
  'access-layer-page',
  'backend-service-response',
]);

function check(input: string | Uint8Array, harEntry?: number) {
  const result = classify(input, rules, harEntry === undefined ? {} : { harEntry });
  ResultSchema.parse(result);
  // classify catches everything; the stages themselves should not have needed it.
  expect(result.evidence.filter((e) => e.signal === 'internal-error')).toEqual([]);
  if (result.entry !== null) expect(slugs.has(result.entry) || ANCHORS.has(result.entry)).toBe(true);
  if (result.source !== 'backend') expect(result.layer).toBeNull();
  return result;
}

const header = fc.tuple(
  fc.constantFrom(
    'X-Bkapi-Request-ID',
    'x-bkapi-error-code',
    'Content-Type',
    'Server',
    'Location',
    'X-Bkapi-Error-Message',
  ),
  fc.string(),
);
const protocolish = fc.record(
  {
    code: fc.oneof(
      fc.integer({ min: 1600000, max: 1659999 }),
      fc.integer({ min: 1306000, max: 1306999 }),
      fc.integer(),
      fc.string(),
    ),
    code_name: fc.option(fc.constantFrom('INVALID_ARGS', 'IP_NOT_ALLOWED', 'CROSS_TENANT_FORBIDDEN', 'x')),
    message: fc.oneof(fc.string(), fc.constantFrom('Bad Gateway', 'Parameters error [reason="app not found"]')),
    result: fc.oneof(fc.constant(false), fc.boolean(), fc.constant(null)),
    data: fc.oneof(fc.constant(null), fc.jsonValue()),
  },
  { requiredKeys: [] },
);
const response = fc.record({
  status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer(), fc.string()),
  headers: fc.array(header, { maxLength: 5 }),
  body: fc.oneof(
    fc.string(),
    protocolish.map((b) => JSON.stringify(b)),
    fc.jsonValue().map((v) => JSON.stringify(v)),
  ),
});
const harShaped = fc
  .array(
    fc.record(
      {
        request: fc.record({ method: fc.string(), url: fc.webUrl() }),
        response: fc.record(
          {
            status: fc.oneof(fc.integer(), fc.string()),
            headers: fc.anything(),
            content: fc.record({ text: fc.anything(), encoding: fc.constantFrom('base64', undefined, 'x') }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 8 },
  )
  .map((entries) => JSON.stringify({ log: { entries } }));
const raw = response.map(
  (r) => `HTTP/1.1 ${r.status} X\n${r.headers.map(([n, v]) => `${n}: ${v}`).join('\n')}\n\n${r.body}`,
);
const curl = response.map(
  (r) =>
    `> GET / HTTP/2\n>\n< HTTP/2 ${r.status}\n${r.headers.map(([n, v]) => `< ${n}: ${v}`).join('\n')}\n<\n${r.body}\n* Connection #0 left intact`,
);

describe('classify never throws and always keeps the contract', () => {
  it('for arbitrary strings, including unicode and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void check(s)),
      { numRuns: 400 },
    );
  });

  it('for arbitrary bytes, invalid UTF-8 included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => void check(b)),
      { numRuns: 300 },
    );
  });

  it('for arbitrary JSON values, bare, escaped in a string, or in a log line', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        check(JSON.stringify(v));
        check(JSON.stringify(JSON.stringify(v)));
        check(JSON.stringify({ level: 'error', body: JSON.stringify(v), status: 502 }));
      }),
      { numRuns: 300 },
    );
  });

  it('for protocol-like bodies in raw, curl and HAR wrappers', () => {
    fc.assert(
      fc.property(
        fc.oneof(raw, curl, harShaped),
        fc.option(fc.integer({ min: -2, max: 10 }), { nil: undefined }),
        (s, i) => void check(s, i),
      ),
      { numRuns: 300 },
    );
  });

  it('for JSON nested deeply, at random depths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const close = open === '[' ? ']' : '}';
        check(`${open.repeat(depth)}1${close.repeat(depth)}`);
        check(`${open.repeat(depth)}1`); // never closed
      }),
      { numRuns: 50 },
    );
  });

  // The forms real pastes take: an SDK's line, a traceback, a console dump, a flow-log detail, a report of
  // no response, each with random text around it.
  const pieces = fc.constantFrom(
    'Error responded by API Gateway, status_code: 403, request_id: 3b8a2e4c-0f1d-4b6a-9c7e-5d2f8a1b3c4e, error_code: 1640301, x',
    'requestId: 0f3c2e4c0f1d4b6a9c7e5d2f8a1b3c4e, errorCode: 1640001, errorMessage: Parameters error',
    "{code: 1640401, data: null, code_name: 'API_NOT_FOUND', …}",
    "{'code': 1650401, 'data': None, 'result': False}",
    '请求ID\tabc\n请求路径\t/a\n后端域名\t--\n状态码\t502\nError\tBad Gateway\n响应说明\t网关未请求或请求后端接口异常，响应内容由网关提供。',
    'curl: (28) Operation timed out after 30001 milliseconds',
    'Get "https://h/": dial tcp 10.0.0.5:443: i/o timeout',
    '-d \'{"bk_app_code": "x"}\'',
    'X-Bkapi-Authorization: {"bk_app_code": "x"}',
    '{"log":"{\\"code\\":1640301}\\n","stream":"stderr"}',
  );
  const realPaste = fc
    .array(fc.oneof(pieces, fc.string({ maxLength: 40 })), { minLength: 1, maxLength: 6 })
    .map((a) => a.join('\n'));

  it('keeps the contract on pastes as people make them, and never calls a paste without a response the backend', () => {
    fc.assert(
      fc.property(realPaste, (s) => {
        const r = check(s);
        if (r.source === 'unknown') expect(r.confidence).toBe('low');
        if (r.reason !== null) expect(r.entry).not.toBeNull();
        if (r.evidence.some((e) => e.signal === 'no-response-came')) expect(r.source).toBe('unknown');
        expect(classify(s, rules)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  // What surrounds a response without being one: the request's JSON, a shell prompt, words.
  const noise = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '$ curl -s -d \'{"bk_biz_id": 2, "code": 1}\' https://bkapi.example.com/api/x/',
          '> POST /api/x/ HTTP/1.1',
          'X-Bkapi-Authorization: {"bk_app_code": "x", "bk_app_secret": "y"}',
          'json={"page": {"start": 0}}',
          '[root@vm-1 ~]# ',
          '返回了：',
        ),
        fc.string({ maxLength: 40 }).map((t) => t.replace(/[{}]/g, '')),
      ),
      { maxLength: 4 },
    )
    .map((a) => a.join('\n'));

  it('finds a gateway body wherever it sits among request JSON and text', () => {
    const body =
      '{"code":1640302,"data":null,"code_name":"IP_NOT_ALLOWED","message":"Request rejected by ip restriction","result":false}';
    fc.assert(
      fc.property(noise, noise, (before, after) => {
        const r = check(`${before}\n${body}\n${after}`);
        expect(r).toMatchObject({ source: 'gateway', entry: 'ip-not-allowed' });
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          raw,
          curl,
          harShaped,
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (s) => {
          expect(classify(s, rules)).toEqual(classify(s, rules));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('survives inputs that are not strings or bytes at all', () => {
    for (const v of [null, undefined, 42, {}, [], new ArrayBuffer(4)]) check(v as unknown as string);
  });
});

describe('classify on large and hostile input', () => {
  it('reads a 10 MB paste', () => {
    const big = `HTTP/1.1 502 Bad Gateway\nContent-Type: text/html\n\n<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(10 * 1024 * 1024)}</body></html>`;
    const r = check(big);
    expect([r.source, r.status]).toEqual(['backend', 502]);
    const json = `{"code":1650200,"code_name":"BAD_GATEWAY","message":"Bad Gateway [reason=\\"${'y'.repeat(10 * 1024 * 1024)}\\"]","result":false,"data":null}`;
    expect(check(json)).toMatchObject({ source: 'gateway', code: 1650200 });
  });

  it('reads JSON nested 100000 levels deep', () => {
    const n = 100_000;
    // Read to the bottom, and judged: JSON with no field of a response is nobody's response.
    expect(check(`${'['.repeat(n)}${']'.repeat(n)}`).evidence.map((e) => e.signal)).toContain('not-a-response');
    expect(check(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`).source).toBe('unknown');
    expect(check(JSON.stringify({ body: `${'['.repeat(n)}${']'.repeat(n)}` })).source).not.toBeUndefined();
    check(`junk before ${'{"a":'.repeat(n)}`);
  });

  it('stays linear on pathological text: runs of spaces, braces, quotes, escapes, lines', () => {
    const MB = 1 << 20;
    const spaces = ' '.repeat(MB);
    const hostile = [
      `HTTP/1.1 200 a${spaces}b`,
      `HTTP/1.1 200 OK\nX-A: a${spaces}\u2028b\n\n{}`,
      `Content-Type: a${spaces}b`,
      `< HTTP/1.1 200 OK\n<\nx${'\n'.repeat(MB)}y`,
      '{'.repeat(MB),
      `x ${'{"a":'.repeat(MB / 5)}`,
      '{\\"'.repeat(MB / 3),
      `${'a: b\n'.repeat(MB / 5)}{}`,
      `status ${'\n'.repeat(MB)}`,
      `${'HTTP/1.1 200 OK\nA: b\n\n'.repeat(MB / 20)}`,
      `{'a': ${"'x', ".repeat(MB / 6)}`,
      `<title>502${spaces}`,
      `X-Bkapi-Request-Id: r\n${'Server: x\n'.repeat(MB / 10)}{"a":1}`,
    ];
    for (const text of hostile) {
      const start = performance.now();
      check(text);
      // Linear work on 1 MB takes milliseconds; anything quadratic would take minutes.
      expect(performance.now() - start, text.slice(0, 40)).toBeLessThan(3000);
    }
  });

  it('reads a HAR of 5000 entries, picks the last failure, and lists them all', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({
      request: { method: 'GET', url: `https://bkapi.example.com/api/x/${i}` },
      response: {
        status: i === 4321 ? 429 : 200,
        headers: [{ name: 'X-Bkapi-Request-ID', value: `id-${i}` }],
        content: {
          text:
            i === 4321
              ? '{"code":1642902,"code_name":"RATE_LIMIT_RESTRICTION","message":"API rate limit exceeded by stage strategy","result":false,"data":null}'
              : '{}',
        },
      },
    }));
    const har = JSON.stringify({ log: { entries } });
    expect(check(har)).toMatchObject({
      source: 'gateway',
      status: 429,
      request_id: 'id-4321',
      entry: 'rate-limit-stage-strategy',
    });
    expect(check(har, 7)).toMatchObject({ status: 200, request_id: 'id-7' });
    expect(harEntriesOf(har)).toHaveLength(5000);
  });
});

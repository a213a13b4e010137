// Error bodies side by side (a document's examples, a test's mocks, a log of many calls) against one error
// shown once or many times: generated from the catalog's own gateway entries, in the forms such texts take.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './index';
import { loadRules } from '../catalog/load';

const rules = loadRules();
// The gateway's entries whose message picks them alone among their code's (the body names that entry).
const named = rules.filter(
  (r) =>
    r.system === 'gateway' &&
    r.code !== null &&
    r.code_name !== null &&
    classify(body(r), rules).entry === r.slug &&
    classify(body(r), rules).source === 'gateway',
);

function body(r: (typeof rules)[number], indent = 0): string {
  return JSON.stringify(
    { code: r.code, data: null, code_name: r.code_name, message: r.message, result: false },
    null,
    indent,
  );
}

/** How a text that is not one response lays several bodies out. */
const LAYOUTS: ((bodies: string[], statuses: number[]) => string)[] = [
  // A Markdown document: a section per status, each body in a fence, the reason and what to do under it.
  (bodies, statuses) =>
    bodies
      .map((b, i) => `## status: ${statuses[i]}\n\n\`\`\`json\n${b}\n\`\`\`\n\n- 原因：……\n- 处理：……\n`)
      .join('\n'),
  // A test's table of mocked bodies.
  (bodies) => `CASES = [\n${bodies.map((b) => `    (${b}, True),`).join('\n')}\n]`,
  // A chat question comparing them.
  (bodies) => `这几个错误有什么区别？\n\n${bodies.join('\n\n')}\n\n谢谢`,
  // A log of many calls, one record per line.
  (bodies) =>
    bodies.map((b, i) => `2024-05-13 03:00:0${i},102 WARNING call failed: ${JSON.stringify(JSON.parse(b))}`).join('\n'),
];

describe('several errors side by side', () => {
  it('two or more different gateway errors with no response around them: unknown, each one a candidate', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...named), { minLength: 2, maxLength: 4, selector: (r) => r.slug }),
        fc.constantFrom(...LAYOUTS),
        fc.boolean(),
        (picked, layout, pretty) => {
          const text = layout(
            picked.map((r) => body(r, pretty ? 2 : 0)),
            picked.map((r) => r.status),
          );
          const r = classify(text, rules);
          expect(r.source, text).toBe('unknown');
          expect(r.entry).toBeNull();
          expect(r.confidence).toBe('low');
          expect(r.status).toBeNull();
          for (const p of picked) expect(r.candidates, text).toContain(p.slug);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('one error, however often the text shows it, is one error: its verdict stands', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...named),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(...LAYOUTS.slice(1)),
        (rule, times, layout) => {
          const text = layout(Array(times).fill(body(rule)), Array(times).fill(rule.status));
          const r = classify(text, rules);
          expect(r.source, text).toBe('gateway');
          expect(r.entry, text).toBe(rule.slug);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a response shown whole keeps its verdict when the text around it quotes other errors', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...named), { minLength: 2, maxLength: 3, selector: (r) => r.slug }),
        (picked) => {
          const [got, ...quoted] = picked as [(typeof named)[number], ...(typeof named)[number][]];
          const text = [
            `文档里说的是这些：\n\n${quoted.map((q) => body(q)).join('\n')}\n\n我收到的是：\n`,
            `HTTP/1.1 ${got.status} X`,
            'Content-Type: application/json',
            `X-Bkapi-Error-Code: ${got.code}`,
            'X-Bkapi-Request-Id: 1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0',
            '',
            body(got),
          ].join('\n');
          const r = classify(text, rules);
          expect(r.source, text).toBe('gateway');
          expect(r.entry, text).toBe(got.slug);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("a list of the gateway's request records (the dashboard's request-log API)", () => {
  const record = (i: number, r: (typeof named)[number]) => ({
    request_id: `8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5${i}`,
    timestamp: 1751366500 + i,
    gateway_name: 'bk-user-api',
    stage: 'prod',
    resource_name: 'list_users',
    method: 'GET',
    http_host: 'bk-user-api.example.com',
    http_path: '/prod/users',
    status: r.status,
    code_name: r.code_name,
    error: r.message,
    response_desc: '网关未请求或请求后端接口异常，响应内容由网关提供。',
  });
  const list = (rs: (typeof named)[number][]) =>
    JSON.stringify({ data: { count: rs.length, results: rs.map((r, i) => record(i, r)) } }, null, 2);

  it('records of different errors: unknown, each a candidate; records of one error: that error', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...named), { minLength: 2, maxLength: 3, selector: (r) => r.slug }),
        (picked) => {
          const r = classify(list(picked), rules);
          expect(r.source).toBe('unknown');
          for (const p of picked) expect(r.candidates).toContain(p.slug);
          const same = classify(list([picked[0]!, picked[0]!]), rules);
          expect(same.source).toBe('gateway');
          expect(same.entry).toBe(picked[0]!.slug);
        },
      ),
      { numRuns: 100 },
    );
  });
});

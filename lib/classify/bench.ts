// Figures for `npm run bench`: the classifier's cost on a large paste relative to JSON.parse of the
// same text (budget: 3), and the time to classify every fixture. Node only: reads the fixtures from disk.
import fs from 'node:fs';
import { mixedCapture } from './capture';
import { readFixtures } from './fixture-files';
import { classify, safeParse } from './index';
import type { Parsed } from './read/parse';
import { triage } from './triage';
import type { MatchRule } from '../catalog/rules';

export type BenchCase = { name: string; bytes: number; classifyMs: number; jsonParseMs: number; ratio: number };
export type BenchFigures = {
  /** The ~1 MB HAR paste: classify time / JSON.parse time, medians of `runs` runs. The figure the budget applies to. */
  ratio: number;
  budget: number;
  runs: number;
  /** Every large paste measured, the HAR first. */
  cases: BenchCase[];
  fixtures: number;
  /** All fixtures classified once, after one warm-up pass. */
  fixturesMs: number;
};

const BUDGET = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Medians of JSON.parse and classify on the same text, run in alternation so both see the same
 * machine load and garbage-collector state; a few warm-up rounds first so compilation is not timed.
 */
function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  for (let i = 0; i < 5; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    a();
    as.push(performance.now() - start);
    start = performance.now();
    b();
    bs.push(performance.now() - start);
  }
  return [median(as), median(bs)];
}

/** A browser's HAR export of about 1 MB: many successful API calls, one gateway error among them. */
function largeHar(targetBytes = 1024 * 1024): string {
  const entries: unknown[] = [];
  let size = 0;
  // Browsers pretty-print HAR files; the compact size is about 0.7 of the printed one.
  for (let i = 0; size < targetBytes * 0.7; i++) {
    const failed = i % 97 === 50;
    const text = failed
      ? '{"code":1642902,"data":null,"code_name":"RATE_LIMIT_RESTRICTION","message":"API rate limit exceeded by stage strategy","result":false}'
      : JSON.stringify({
          result: true,
          code: 0,
          data: { id: i, name: `item-${i}`, tags: ['a', 'b', 'c'], owner: { id: i % 7, email: `u${i}@example.com` } },
          message: '',
        });
    const entry = {
      startedDateTime: '2024-05-14T03:30:00.000Z',
      time: 35,
      request: {
        method: 'GET',
        url: `https://bkapi.example.com/api/demo/prod/items/${i}/`,
        httpVersion: 'HTTP/1.1',
        headers: [{ name: 'accept', value: 'application/json' }],
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: {
        status: failed ? 429 : 200,
        statusText: failed ? 'Too Many Requests' : 'OK',
        httpVersion: 'HTTP/1.1',
        headers: [
          { name: 'content-type', value: 'application/json' },
          { name: 'x-bkapi-request-id', value: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
        ],
        cookies: [],
        content: { size: text.length, mimeType: 'application/json', text },
        redirectURL: '',
        headersSize: -1,
        bodySize: text.length,
      },
      cache: {},
      timings: { send: 0, wait: 30, receive: 5 },
    };
    entries.push(entry);
    size += JSON.stringify(entry).length;
  }
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'bench', version: '1' }, entries } }, null, 1);
}

/** A pretty-printed backend JSON body of about 1 MB, as a person pastes a large error response. */
function largeBody(targetBytes = 1024 * 1024): string {
  const items = Array.from({ length: Math.ceil(targetBytes / 90) }, (_, i) => ({
    id: i,
    field: `f${i}`,
    error: 'must not be blank',
  }));
  return JSON.stringify({ result: false, code: 4000012, message: 'validation failed', errors: items }, null, 2);
}

/**
 * An application's log of JSON lines (zap-style: level, ts, msg, fields), as people paste a stretch of one:
 * thousands of lines of successful calls and, two thirds in, the one whose response was a gateway error.
 */
function largeLog(targetBytes = 1024 * 1024): string {
  const lines: string[] = [];
  let size = 0;
  const errorAt = Math.floor(targetBytes * 0.66);
  let placed = false;
  for (let i = 0; size < targetBytes; i++) {
    const line: string =
      !placed && size >= errorAt
        ? JSON.stringify({
            level: 'error',
            ts: '2026-03-02T10:00:01.402+0800',
            msg: 'bkapi call failed',
            status: 403,
            response:
              '{"code":1640301,"data":null,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource","result":false}',
          })
        : JSON.stringify({
            level: 'info',
            ts: '2026-03-02T10:00:01.120+0800',
            caller: 'api/client.go:88',
            msg: 'bkapi call done',
            method: 'GET',
            path: `/api/demo/prod/items/${i}/`,
            status: 200,
            latency_ms: i % 40,
            request_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          });
    placed ||= line.includes('"level":"error"');
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** JSON.parse over each line of a log: what reading the same JSON costs at the least. */
function parseLines(text: string) {
  for (const line of text.split('\n')) if (line) JSON.parse(line);
}

function measure(
  name: string,
  text: string,
  rules: MatchRule[],
  runs: number,
  baseline = () => JSON.parse(text),
): BenchCase {
  const [jsonParseMs, classifyMs] = timePair(baseline, () => classify(text, rules), runs);
  return { name, bytes: text.length, classifyMs, jsonParseMs, ratio: classifyMs / jsonParseMs };
}

/**
 * Whole-capture triage of a 20,000-entry HAR (parse, then every entry judged and grouped), against
 * JSON.parse of the same file, medians of a few alternated runs.
 */
export function benchTriage(rules: MatchRule[], entries = 20_000, runs = 5) {
  const { har } = mixedCapture(entries);
  let groups = 0;
  const [jsonParseMs, triageMs] = timePair(
    () => JSON.parse(har),
    () => (groups = triage(safeParse(har) as Parsed, rules)!.groups.length),
    runs,
  );
  return { entries, bytes: har.length, groups, triageMs, jsonParseMs, ratio: triageMs / jsonParseMs };
}

export function benchClassify(rules: MatchRule[], runs = 21): BenchFigures {
  const log1 = largeLog();
  const log10 = largeLog(10 * 1024 * 1024);
  const cases = [
    measure('har-1mb', largeHar(), rules, runs),
    measure('json-body-1mb', largeBody(), rules, runs),
    measure('json-lines-log-1mb', log1, rules, runs, () => parseLines(log1)),
    measure('json-lines-log-10mb', log10, rules, Math.max(5, Math.floor(runs / 4)), () => parseLines(log10)),
  ];
  const pastes = readFixtures().map((f) => ({
    input: new Uint8Array(fs.readFileSync(f.file)),
    options: f.expected.options,
  }));
  const all = () => pastes.forEach((p) => classify(p.input, rules, p.options));
  all();
  const start = performance.now();
  all();
  return {
    ratio: cases[0]!.ratio,
    budget: BUDGET,
    runs,
    cases,
    fixtures: pastes.length,
    fixturesMs: performance.now() - start,
  };
}

// Figures for `npm run bench`: reading a capture whole (every row judged, grouped, the timeline, rate limits, timing,
// the comparison's summary, masked examples) against parsing it alone: a 10,000-row export against papaparse alone,
// a 20,000-entry HAR (lib/classify/capture.ts mixedCapture, the one lib/classify/bench.ts benchTriage uses) against
// JSON.parse. Medians of alternated runs. Budget: 3 times the parse.
import { analyseCapture } from './analyse';
import { parseCsv } from './export';
import { generateExport } from './generate';
import { triageParsed } from './triage';
import type { MatchRule } from '../catalog/rules';
import { safeParse, type Parsed } from '../classify';
import { mixedCapture } from '../classify/capture';

export const CAPTURE_BUDGET = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  for (let i = 0; i < 2; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    as.push(performance.now() - t);
    t = performance.now();
    b();
    bs.push(performance.now() - t);
  }
  return [median(as), median(bs)];
}

export type CaptureFigure = {
  name: string;
  rows: number;
  bytes: number;
  groups: number;
  /** Distinct responses the classifier judged. */
  judged: number;
  parseMs: number;
  readMs: number;
  ratio: number;
};

export function benchCapture(rules: MatchRule[], runs = 7): CaptureFigure[] {
  const csv = generateExport({ rows: 10_000 }).csv;
  const { har } = mixedCapture(20_000);
  const out: CaptureFigure[] = [];
  for (const [name, text, parse] of [
    ['export, 10,000 rows (papaparse alone)', csv, () => parseCsv(csv)],
    ['HAR, 20,000 entries (JSON.parse)', har, () => JSON.parse(har)],
  ] as const) {
    let report = analyseCapture(text, rules)!;
    const [parseMs, readMs] = timePair(parse, () => (report = analyseCapture(text, rules)!), runs);
    out.push({
      name,
      rows: report.grouped.rows,
      bytes: text.length,
      groups: report.grouped.groups.length,
      judged: report.judged,
      parseMs,
      readMs,
      ratio: readMs / parseMs,
    });
  }
  // The page's HAR triage table: the paste parsed as the worker parses it, then grouped (lib/capture/triage.ts).
  let triaged = triageParsed(safeParse(har) as Parsed, rules)!;
  const [parseMs, readMs] = timePair(
    () => JSON.parse(har),
    () => (triaged = triageParsed(safeParse(har) as Parsed, rules)!),
    runs,
  );
  out.push({
    name: 'HAR triage, 20,000 entries (safeParse + triageParsed, against JSON.parse)',
    rows: triaged.entries,
    bytes: har.length,
    groups: triaged.groups.length,
    judged: 0,
    parseMs,
    readMs,
    ratio: readMs / parseMs,
  });
  return out;
}

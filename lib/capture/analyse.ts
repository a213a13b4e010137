/**
 * A capture or an export read whole, for the classify page's capture views: what the worker
 * (components/classify/capture-worker.ts) sends back. Every row judged; the failures grouped with their splits; the
 * timeline for the chart; rate limits; where the time went; what a later comparison needs; and, for an export, each
 * group's example record with `params`, `body` and `headers` masked again (lib/share/mask.ts), then the whole record
 * masked, before it is shown or put in the box.
 */
import { compareInput, type CompareInput } from './compare';
import { readExport, SENT_COLUMNS } from './export';
import { groupRows, timeline, type Grouped, type Timeline } from './group';
import { readHar } from './har';
import { explainRateLimits, type RateLimitReport } from './rate-limit';
import { looksLikeExport } from './sniff';
import { whereTimeWent, type TimingFinding } from './timing';
import type { CaptureKind, CaptureRow } from './types';
import type { MatchRule } from '../catalog/rules';
import { maskSecrets } from '../share/mask';

export type CaptureReport = {
  kind: CaptureKind;
  grouped: Grouped;
  timeline: Timeline | null;
  rateLimits: RateLimitReport | null;
  timing: TimingFinding[];
  compare: CompareInput;
  /** Export only: each group's example record as masked JSON (a flow-log record the classifier reads). */
  examples: Record<number, string>;
  /** Rows that did not have the header's number of cells. */
  broken: number;
  /** Distinct responses the classifier judged. */
  judged: number;
  ms: number;
};

/** An export's record with the caller's columns masked, then the whole record masked once more. */
export function maskedRecord(cells: Record<string, string>): string {
  const record: Record<string, string> = {};
  for (const [k, v] of Object.entries(cells)) {
    record[k] = (SENT_COLUMNS as readonly string[]).includes(k) ? maskSecrets(v).text : v;
  }
  return maskSecrets(JSON.stringify(record, null, 2)).text;
}

function report(kind: CaptureKind, rows: CaptureRow[], judged: number, broken: number, t0: number): CaptureReport {
  const grouped = groupRows(rows);
  for (const g of grouped.groups) g.request = maskSecrets(g.request).text;
  return {
    kind,
    grouped,
    timeline: timeline(rows, grouped),
    rateLimits: explainRateLimits(rows),
    timing: whereTimeWent(rows),
    compare: compareInput(rows),
    examples: {},
    broken,
    judged,
    ms: performance.now() - t0,
  };
}

/** The report on a text that is an export or a HAR; null for anything else. */
export function analyseCapture(text: string, rules: MatchRule[]): CaptureReport | null {
  const t0 = performance.now();
  if (looksLikeExport(text.slice(0, 4096))) {
    const read = readExport(text, rules);
    const out = report('export', read.rows, read.judged, read.broken, t0);
    for (const g of out.grouped.groups) out.examples[g.example] = maskedRecord(read.cells(g.example));
    out.ms = performance.now() - t0;
    return out;
  }
  const har = readHar(text, rules);
  return har ? report('har', har.rows, har.judged, 0, t0) : null;
}

/**
 * A capture's or an export's failures grouped as the HAR triage groups them (lib/classify/triage.ts: by the entry
 * or guide case that explains them, most frequent first), with count, first and last time, and how each group
 * splits by resource, app and backend; and the failures per group over the capture's time span, for the chart.
 */
import type { CaptureRow, RowVerdict } from './types';

export type Split = [name: string, count: number][];

export type CaptureGroup = Omit<RowVerdict, 'failed'> & {
  status: number | null;
  count: number;
  /** Earliest and latest time of the group's rows (ms since the epoch), and as recorded. */
  first: number | null;
  last: number | null;
  firstText: string | null;
  lastText: string | null;
  /** The first request id among the group's rows. */
  requestId: string | null;
  /** The group's first row (its index in the capture): the page opens its verdict. */
  example: number;
  /** Method and host/path of that row, no query string. */
  request: string;
  byResource: Split;
  byApp: Split;
  byBackend: Split;
};

export type Grouped = {
  rows: number;
  failures: number;
  groups: CaptureGroup[];
  start: number | null;
  end: number | null;
};

const NONE = '—';

function count(map: Map<string, number>, name: string | null) {
  const k = name ?? NONE;
  map.set(k, (map.get(k) ?? 0) + 1);
}

const sorted = (m: Map<string, number>): Split =>
  [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

export function groupRows(rows: readonly CaptureRow[]): Grouped {
  type Acc = CaptureGroup & { res: Map<string, number>; apps: Map<string, number>; backends: Map<string, number> };
  const groups = new Map<string, Acc>();
  let failures = 0;
  let start: number | null = null;
  let end: number | null = null;
  for (const row of rows) {
    if (row.time !== null) {
      if (start === null || row.time < start) start = row.time;
      if (end === null || row.time > end) end = row.time;
    }
    const v = row.verdict;
    if (!v.failed) continue;
    failures++;
    let g = groups.get(v.key);
    if (!g) {
      g = {
        key: v.key,
        source: v.source,
        layer: v.layer,
        entry: v.entry,
        reason: v.reason,
        code: v.code,
        code_name: v.code_name,
        candidates: v.candidates,
        status: row.status,
        count: 0,
        first: null,
        last: null,
        firstText: null,
        lastText: null,
        requestId: null,
        example: row.index,
        request: `${row.method} ${row.path}`.trim(),
        byResource: [],
        byApp: [],
        byBackend: [],
        res: new Map(),
        apps: new Map(),
        backends: new Map(),
      };
      groups.set(v.key, g);
    }
    g.count++;
    if (row.time !== null) {
      if (g.first === null || row.time < g.first) [g.first, g.firstText] = [row.time, row.timeText];
      if (g.last === null || row.time > g.last) [g.last, g.lastText] = [row.time, row.timeText];
    }
    g.requestId ??= row.requestId;
    count(g.res, row.resource ?? (row.path || null));
    count(g.apps, row.app);
    count(g.backends, row.backend);
  }
  const out = [...groups.values()]
    .map(({ res, apps, backends, ...g }) => ({
      ...g,
      byResource: sorted(res),
      byApp: sorted(apps),
      byBackend: sorted(backends),
    }))
    .sort((a, b) => b.count - a.count || a.example - b.example);
  return { rows: rows.length, failures, groups: out, start, end };
}

/** Failures per group in equal slices of the span: what the chart draws and the table behind it lists. */
export type Timeline = {
  start: number;
  /** Length of one slice, ms. */
  step: number;
  /** The groups drawn (the most frequent; the rest summed as `other`). */
  keys: string[];
  /** counts[slice][key index]; the last column is `other` when there are more groups than drawn. */
  counts: number[][];
  other: boolean;
  /** The slice with the most failures, and how many. */
  peak: { slice: number; count: number };
};

const NICE_STEPS = [1, 5, 10, 30, 60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400].map((s) => s * 1000);

export function timeline(rows: readonly CaptureRow[], grouped: Grouped, maxSlices = 48, maxKeys = 5): Timeline | null {
  if (grouped.start === null || grouped.end === null || grouped.failures === 0) return null;
  const span = Math.max(1, grouped.end - grouped.start);
  const step = NICE_STEPS.find((s) => span / s <= maxSlices) ?? Math.ceil(span / maxSlices / 86_400_000) * 86_400_000;
  const start = Math.floor(grouped.start / step) * step;
  const slices = Math.floor((grouped.end - start) / step) + 1;
  const keys = grouped.groups.slice(0, maxKeys).map((g) => g.key);
  const other = grouped.groups.length > keys.length;
  const width = keys.length + (other ? 1 : 0);
  const counts = Array.from({ length: slices }, () => new Array<number>(width).fill(0));
  const col = new Map(keys.map((k, i) => [k, i]));
  for (const row of rows) {
    if (!row.verdict.failed || row.time === null) continue;
    const c = col.get(row.verdict.key) ?? (other ? keys.length : -1);
    if (c >= 0) counts[Math.floor((row.time - start) / step)]![c]!++;
  }
  let peak = { slice: 0, count: 0 };
  counts.forEach((s, i) => {
    const n = s.reduce((a, b) => a + b, 0);
    if (n > peak.count) peak = { slice: i, count: n };
  });
  return { start, step, keys, counts, other, peak };
}

/**
 * Where the time went for 499, 502 and 504 (and a HAR's requests that got no response): who gave up, after how long,
 * and which timeout to change. Read from the gateway's message (`[upstream_error="…"]`: nginx's words for the phase
 * where forwarding stopped, as the catalog's 502/504 entries quote them), the export's request_duration against
 * backend_duration (views.py exports both, in ms; constants.py lines 134-143), and a HAR entry's timings (HAR 1.2:
 * connect, ssl, wait = time to the first byte, receive).
 */
import type { CaptureRow } from './types';

export type Phase = 'connect' | 'send' | 'header' | 'body' | 'refused' | 'reset' | 'dns' | null;
/** Who ended the request. */
export type Who = 'client' | 'gateway' | 'backend';
/** The timeout to change: the caller's, the gateway resource's (its backend settings), the backend's own. */
export type Timeout = 'client' | 'resource' | 'backend' | null;

export type TimingFinding = {
  status: number | null;
  who: Who;
  phase: Phase;
  timeout: Timeout;
  count: number;
  /** The time until it ended: the export's backend_duration for the gateway, else request_duration; a HAR's time. */
  medianMs: number | null;
  maxMs: number | null;
  /** The export's request_duration and backend_duration (medians), where recorded. */
  totalMs: number | null;
  backendMs: number | null;
  /** A HAR's phases (medians): waiting for the first byte, receiving, connecting, TLS. */
  waitMs: number | null;
  receiveMs: number | null;
  connectMs: number | null;
  sslMs: number | null;
  example: number;
};

export function phaseOf(upstreamError: string | null): Phase {
  const e = (upstreamError ?? '').toLowerCase();
  if (!e) return null;
  if (e.includes('refused')) return 'refused';
  if (e.includes('resolve') || e.includes('dns')) return 'dns';
  if (e.includes('connecting')) return 'connect';
  if (e.includes('sending')) return 'send';
  if (e.includes('response header')) return 'header';
  if (e.includes('reading upstream')) return 'body';
  if (e.includes('reset') || e.includes('prematurely closed')) return 'reset';
  return null;
}

function classify(row: CaptureRow): { who: Who; phase: Phase; timeout: Timeout } | null {
  const { status } = row;
  const phase = phaseOf(row.upstreamError);
  const fromGateway = row.verdict.source === 'gateway';
  if (status === 499) return { who: 'client', phase: null, timeout: 'client' };
  if (status === null) return row.timing.total !== null ? { who: 'client', phase: null, timeout: 'client' } : null;
  if (status === 504)
    return fromGateway ? { who: 'gateway', phase, timeout: 'resource' } : { who: 'backend', phase, timeout: 'backend' };
  if (status === 502) {
    if (!fromGateway) return { who: 'backend', phase, timeout: 'backend' };
    if (phase === 'refused' || phase === 'dns') return { who: 'backend', phase, timeout: null };
    const ms = row.timing.backend ?? row.timing.wait ?? row.timing.total ?? 0;
    return { who: 'backend', phase, timeout: ms >= 1000 ? 'backend' : null };
  }
  return null;
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : null);
const vals = (rows: CaptureRow[], f: (r: CaptureRow) => number | null | undefined) =>
  rows.map(f).filter((x): x is number => typeof x === 'number');

export function whereTimeWent(rows: readonly CaptureRow[]): TimingFinding[] {
  const buckets = new Map<
    string,
    { rows: CaptureRow[]; c: NonNullable<ReturnType<typeof classify>>; status: number | null }
  >();
  for (const row of rows) {
    const c = classify(row);
    if (!c) continue;
    const key = `${row.status}|${c.who}|${c.phase}|${c.timeout}`;
    const b = buckets.get(key) ?? { rows: [], c, status: row.status };
    b.rows.push(row);
    buckets.set(key, b);
  }
  return [...buckets.values()]
    .map(({ rows: rs, c, status }) => {
      const ended = vals(rs, (r) =>
        c.who === 'gateway' ? (r.timing.backend ?? r.timing.wait ?? r.timing.total) : r.timing.total,
      );
      return {
        status,
        ...c,
        count: rs.length,
        medianMs: median(ended),
        maxMs: ended.length ? Math.max(...ended) : null,
        totalMs: median(vals(rs, (r) => r.timing.total)),
        backendMs: median(vals(rs, (r) => r.timing.backend)),
        waitMs: median(vals(rs, (r) => r.timing.wait)),
        receiveMs: median(vals(rs, (r) => r.timing.receive)),
        connectMs: median(vals(rs, (r) => r.timing.connect)),
        sslMs: median(vals(rs, (r) => r.timing.ssl)),
        example: rs[0]!.index,
      };
    })
    .sort((a, b) => b.count - a.count);
}

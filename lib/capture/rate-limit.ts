/**
 * Rate limits explained from the headers the gateway sends with them. Their producer:
 * TencentBlueKing/blueking-apigateway-apisix at abf2b17, src/apisix/plugins/bk-rate-limit/init.lua lines 123-155:
 * on a rejection (429) `X-Bkapi-RateLimit-Limit` is the strategy's token count, `-Remaining` 0, `-Reset` the
 * window's time to live in seconds (rate-limit-redis.lua lines 76-85 and 163-185: redis TTL of the counter, so
 * relative, whole seconds) and `-Plugin` the plugin that rejected: bk-resource-rate-limit (an app on one resource,
 * bk-resource-rate-limit.lua line 35), bk-stage-rate-limit (an app on the whole stage, bk-stage-rate-limit.lua
 * line 34) or bk-stage-global-rate-limit (every app together on the stage, bk-stage-global-rate-limit.lua line 28).
 *
 * Since Reset is relative, the reset is placed on the capture's own clock (when the response arrived plus Reset),
 * so a client clock that disagrees with the server's Date header moves nothing; the disagreement is reported.
 */
import type { CaptureRow } from './types';

export type Strategy = 'resource' | 'stage' | 'stage-global';

/** The plugins and the catalog entries that explain them. */
export const STRATEGIES: Record<string, { plugin: string; strategy: Strategy; entry: string }> = {
  'bk-resource-rate-limit': {
    plugin: 'bk-resource-rate-limit',
    strategy: 'resource',
    entry: 'rate-limit-resource-strategy',
  },
  'bk-stage-rate-limit': { plugin: 'bk-stage-rate-limit', strategy: 'stage', entry: 'rate-limit-stage-strategy' },
  'bk-stage-global-rate-limit': {
    plugin: 'bk-stage-global-rate-limit',
    strategy: 'stage-global',
    entry: 'rate-limit-stage-global',
  },
};
const BY_ENTRY = new Map(Object.values(STRATEGIES).map((s) => [s.entry, s]));

export type RateLimitHeaders = {
  limit: number | null;
  remaining: number | null;
  reset: number | null;
  plugin: string | null;
};

export function readRateLimit(headers: ReadonlyMap<string, string>): RateLimitHeaders | null {
  const n = (name: string) => {
    const v = headers.get(`x-bkapi-ratelimit-${name}`);
    const x = v === undefined ? NaN : Number(v.trim());
    return Number.isFinite(x) ? x : null;
  };
  const plugin = headers.get('x-bkapi-ratelimit-plugin')?.trim() || null;
  const out = { limit: n('limit'), remaining: n('remaining'), reset: n('reset'), plugin };
  return out.limit === null && out.reset === null && plugin === null ? null : out;
}

/** One strategy that rejected requests: its limit, how many 429s, and the last reset seen. */
export type Fired = {
  plugin: string | null;
  strategy: Strategy | null;
  entry: string | null;
  limit: number | null;
  rejected: number;
  /** The scope the counter is kept for: a resource (method and path) or a stage's host. */
  scope: string;
  /** The last rejection: Reset in seconds, and when that is on the capture's clock (ms) and as text (HH:MM:SS). */
  reset: number | null;
  resetAt: number | null;
  resetClock: string | null;
  /** The same moment by the server's clock (its Date header plus Reset), where the two clocks disagree. */
  serverClock: string | null;
};

export type Run = { scope: string; length: number; first: string | null; last: string | null };

export type RateLimitReport = {
  rejected: number;
  fired: Fired[];
  /** Requests sent to a limited scope before its reset, after a 429 there: retries too early (null: no Reset known). */
  early: number | null;
  /** Of those early requests, how many were rejected again. */
  earlyRejected: number | null;
  /** Runs of two or more 429s in a row on one scope. */
  runs: Run[];
  /** The server's clock minus the capture's (ms, median over responses with a Date), when 2 s or more apart. */
  skew: number | null;
};

/** The zone offset of a recorded time ("+08:00", "Z"), in minutes; null when it has none. */
export function offsetOf(text: string | null): number | null {
  const m = text ? /(Z|([+-])(\d\d):?(\d\d))$/.exec(text) : null;
  if (!m) return null;
  return m[1] === 'Z' ? 0 : (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
}

/** A moment as HH:MM:SS on the clock of `offset` minutes from UTC (UTC where none is known). */
export function clock(ms: number, offset: number | null): string {
  const d = new Date(ms + (offset ?? 0) * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

function host(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

function scopeOf(row: CaptureRow, strategy: Strategy | null): string {
  if (strategy === 'resource' || strategy === null) return row.resource ?? `${row.method} ${row.path}`;
  return `${row.stage ?? host(row.path)}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function explainRateLimits(rows: readonly CaptureRow[]): RateLimitReport | null {
  if (!rows.some((r) => r.status === 429)) return null;
  const timed = rows.filter((r) => r.time !== null);
  // A capture is usually in time order already: sorted only when it is not.
  const inOrder = timed.every((r, i) => i === 0 || timed[i - 1]!.time! <= r.time!);
  const ordered = inOrder ? timed : timed.sort((a, b) => a.time! - b.time! || a.index - b.index);
  const skews = ordered
    .filter((r) => r.date !== null)
    .map((r) => r.date! - (r.time! + (r.timing.wait ?? r.timing.total ?? 0)));
  const skewMs = skews.length ? median(skews) : 0;
  const skew = Math.abs(skewMs) >= 2000 ? Math.round(skewMs / 1000) * 1000 : null;
  const fired = new Map<string, Fired>();
  const windows = new Map<string, number>();
  let rejected = 0;
  let early = 0;
  let earlyRejected = 0;
  let anyReset = false;
  const runs: Run[] = [];
  const current = new Map<string, Run>();
  for (const row of ordered) {
    const headers = readRateLimit(row.headers);
    const limited = row.status === 429;
    const known = headers?.plugin
      ? STRATEGIES[headers.plugin]
      : row.verdict.entry
        ? BY_ENTRY.get(row.verdict.entry)
        : undefined;
    const strategy = known?.strategy ?? null;
    // The counters a request counts against: its app on its resource, its app on the stage (and the stage's
    // global one, which a 429 of that plugin closes for everyone: keyed without the app).
    // Nothing limited yet, or this one passed with nothing open: it changes nothing.
    if (!limited && windows.size === 0 && current.size === 0) continue;
    const app = row.app ?? '';
    const res = `resource ${app} ${scopeOf(row, 'resource')}`;
    const stage = `stage ${app} ${scopeOf(row, 'stage')}`;
    const global = `global ${scopeOf(row, 'stage')}`;
    // Early: this request went to a counter a 429 said was spent, before it reset.
    if ([res, stage, global].some((k) => row.time! < (windows.get(k) ?? -Infinity))) {
      early++;
      if (limited) earlyRejected++;
    }
    const scope = scopeOf(row, strategy);
    const counter = strategy === 'stage' ? stage : strategy === 'stage-global' ? global : res;
    if (!limited) {
      current.delete(res);
      current.delete(stage);
      current.delete(global);
      continue;
    }
    let run = current.get(counter);
    if (!run) {
      run = { scope, length: 0, first: row.timeText, last: null };
      current.set(counter, run);
      runs.push(run);
    }
    run.length++;
    run.last = row.timeText;
    rejected++;
    const id = `${headers?.plugin ?? known?.plugin ?? ''} ${scope}`;
    let f = fired.get(id);
    if (!f) {
      f = {
        plugin: headers?.plugin ?? known?.plugin ?? null,
        strategy,
        entry: known?.entry ?? row.verdict.entry,
        limit: headers?.limit ?? null,
        rejected: 0,
        scope,
        reset: null,
        resetAt: null,
        resetClock: null,
        serverClock: null,
      };
      fired.set(id, f);
    }
    f.rejected++;
    f.limit = headers?.limit ?? f.limit;
    if (headers?.reset !== null && headers?.reset !== undefined) {
      anyReset = true;
      const arrived = row.time! + (row.timing.total ?? 0);
      const at = arrived + headers.reset * 1000;
      const offset = offsetOf(row.timeText);
      f.reset = headers.reset;
      f.resetAt = at;
      f.resetClock = clock(at, offset);
      f.serverClock = skew !== null && row.date !== null ? clock(row.date + headers.reset * 1000, offset) : null;
      windows.set(counter, Math.max(windows.get(counter) ?? -Infinity, at));
    }
  }
  if (rejected === 0) return null;
  return {
    rejected,
    fired: [...fired.values()].sort((a, b) => b.rejected - a.rejected),
    early: anyReset ? early : null,
    earlyRejected: anyReset ? earlyRejected : null,
    runs: runs.filter((r) => r.length >= 2).sort((a, b) => b.length - a.length),
    skew,
  };
}

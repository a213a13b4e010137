/**
 * Before and after: two captures or exports compared per resource (the export's resource_name; a HAR's method and
 * path). For each resource: what failed before and no longer does (fixed), what fails now and did not (new), what
 * still fails for another reason (changed), what fails as before (same).
 */
import type { CaptureRow } from './types';

export type Change = 'fixed' | 'new' | 'changed' | 'same';

export type ResourceChange = {
  resource: string;
  change: Change;
  /** The failure groups (keys) and their counts, before and after. */
  before: [key: string, count: number][];
  after: [key: string, count: number][];
};

export type Comparison = {
  before: { rows: number; failures: number };
  after: { rows: number; failures: number };
  resources: ResourceChange[];
};

/** What a comparison needs of a capture, small enough to keep and to send between threads. */
export type CompareInput = { rows: number; failed: [resource: string, key: string][] };

export function compareInput(rows: readonly CaptureRow[]): CompareInput {
  const failed: [string, string][] = [];
  for (const r of rows) if (r.verdict.failed) failed.push([r.resource ?? `${r.method} ${r.path}`, r.verdict.key]);
  return { rows: rows.length, failed };
}

function failuresByResource(input: CompareInput) {
  const out = new Map<string, Map<string, number>>();
  for (const [res, key] of input.failed) {
    const m = out.get(res) ?? new Map<string, number>();
    m.set(key, (m.get(key) ?? 0) + 1);
    out.set(res, m);
  }
  return { out, failures: input.failed.length };
}

const ORDER: Record<Change, number> = { new: 0, changed: 1, fixed: 2, same: 3 };
const list = (m: Map<string, number> | undefined): [string, number][] =>
  [...(m ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

export function compareCaptures(before: CompareInput, after: CompareInput): Comparison {
  const b = failuresByResource(before);
  const a = failuresByResource(after);
  const names = new Set([...b.out.keys(), ...a.out.keys()]);
  const resources: ResourceChange[] = [];
  for (const resource of names) {
    const was = b.out.get(resource);
    const now = a.out.get(resource);
    let change: Change;
    if (!now) change = 'fixed';
    else if (!was) change = 'new';
    else {
      const same = was.size === now.size && [...was.keys()].every((k) => now.has(k));
      change = same ? 'same' : 'changed';
    }
    resources.push({ resource, change, before: list(was), after: list(now) });
  }
  resources.sort((x, y) => ORDER[x.change] - ORDER[y.change] || (x.resource < y.resource ? -1 : 1));
  return {
    before: { rows: before.rows, failures: b.failures },
    after: { rows: after.rows, failures: a.failures },
    resources,
  };
}

// A HAR read into rows: the same groups as the classifier's own triage (lib/classify/triage.ts), each distinct
// failure judged once.
import { describe, expect, it } from 'vitest';
import { analyseCapture } from './analyse';
import { readHar } from './har';
import { loadRules } from '../catalog/load';
import { safeParse, triage, type Parsed } from '../classify';
import { mixedCapture } from '../classify/capture';

const rules = loadRules();

describe('a HAR read whole', () => {
  it('groups as the triage does: the same keys and counts, first and last times, examples', () => {
    const { har, expected } = mixedCapture(3000);
    const report = analyseCapture(har, rules)!;
    const reference = triage(safeParse(har) as Parsed, rules)!;
    expect(report.kind).toBe('har');
    expect(report.grouped.failures).toBe(reference.failures);
    expect(report.grouped.groups.map((g) => [g.key, g.count, g.example, g.firstText, g.lastText, g.requestId])).toEqual(
      reference.groups.map((g) => [g.key, g.count, g.example, g.first, g.last, g.requestId]),
    );
    for (const [key, n] of expected)
      expect(report.grouped.groups.find((g) => g.entry === key.split('#')[0])?.count, key).toBe(n);
    // Each kind of failure classified once; the successes, each body different, not at all.
    expect(report.judged).toBeLessThan(20);
  });

  it('reads the app from X-Bkapi-Authorization and keeps no query string', () => {
    const { har, secrets } = mixedCapture(200);
    const rows = readHar(har, rules)!.rows;
    expect(rows[0]!.app).toBe('demo-app');
    expect(rows.every((r) => !r.path.includes('?'))).toBe(true);
    const report = JSON.stringify(analyseCapture(har, rules));
    for (const secret of secrets) expect(report).not.toContain(secret);
  });

  it('is not a HAR: null', () => {
    expect(readHar('{"a": 1}', rules)).toBeNull();
    expect(analyseCapture('HTTP/1.1 502 Bad Gateway', rules)).toBeNull();
  });
});

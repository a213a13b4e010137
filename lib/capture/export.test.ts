// The dashboard's flow-log export read, judged and grouped: exports of known mix from the generator (the column list
// of ES_LOG_FIELDS, BOM, JSON with commas, quotes and newlines in cells, both response_desc texts, 10,000 rows).
import { describe, expect, it } from 'vitest';
import { analyseCapture, maskedRecord } from './analyse';
import { groupsTicket } from './explain';
import { exportTime, parseCsv, readExport } from './export';
import { generateExport, SECRETS, type Generated } from './generate';
import { groupRows } from './group';
import { looksLikeExport } from './sniff';
import { loadRules } from '../catalog/load';
import { analyse, handoff } from '../classify-page/analyse';
import { decodeShare } from '../share/share-link';

const rules = loadRules();

/** What the generator put in: per failing kind, count, first and last time, and the splits. */
function expected(g: Generated) {
  const out = new Map<
    string,
    {
      count: number;
      first: number;
      last: number;
      res: Map<string, number>;
      app: Map<string, number>;
      be: Map<string, number>;
    }
  >();
  for (const r of g.rows) {
    if (!r.kind.failed) continue;
    const e = out.get(r.kind.key) ?? {
      count: 0,
      first: Infinity,
      last: -Infinity,
      res: new Map(),
      app: new Map(),
      be: new Map(),
    };
    e.count++;
    e.first = Math.min(e.first, r.time * 1000);
    e.last = Math.max(e.last, r.time * 1000);
    e.res.set(r.resource, (e.res.get(r.resource) ?? 0) + 1);
    e.app.set(r.app, (e.app.get(r.app) ?? 0) + 1);
    e.be.set(r.backend, (e.be.get(r.backend) ?? 0) + 1);
    out.set(r.kind.key, e);
  }
  return out;
}

const asMap = (split: [string, number][]) => new Map(split);

describe('the flow-log export', () => {
  const g = generateExport();

  it('is recognised from its header row, with or without the byte-order mark', () => {
    expect(looksLikeExport(g.csv.slice(0, 2000))).toBe(true);
    expect(looksLikeExport(g.csv.slice(1, 2000))).toBe(true);
    expect(looksLikeExport('request_id,timestamp,status,error\r\n')).toBe(true);
    expect(looksLikeExport('{"log": {"entries": []}}')).toBe(false);
    expect(looksLikeExport('HTTP/1.1 429 Too Many Requests\r\n')).toBe(false);
  });

  it('reads every row whole: quoted cells with commas, quotes, newlines and JSON stay one cell each', () => {
    const rows = parseCsv(g.csv);
    expect(rows).toHaveLength(10_001);
    expect(rows[0]![0]).toBe('request_id');
    const header = rows[0]!;
    const body = JSON.parse(rows[1]![header.indexOf('body')]!);
    expect(body.item).toBe('鼠标, "无线"');
    expect(body.memo).toBe('line one\nline two');
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('groups 10,000 rows with the exact counts, splits and first and last times', () => {
    const read = readExport(g.csv, rules);
    expect(read.rows).toHaveLength(10_000);
    expect(read.broken).toBe(0);
    // Each distinct response is judged once.
    expect(read.judged).toBeLessThanOrEqual(8);
    const grouped = groupRows(read.rows);
    const want = expected(g);
    expect(grouped.failures).toBe([...want.values()].reduce((s, e) => s + e.count, 0));
    expect(new Map(grouped.groups.map((x) => [x.key, x.count]))).toEqual(
      new Map([...want].map(([k, e]) => [k, e.count])),
    );
    for (const group of grouped.groups) {
      const e = want.get(group.key)!;
      expect(group.first, group.key).toBe(e.first);
      expect(group.last, group.key).toBe(e.last);
      expect(asMap(group.byResource), group.key).toEqual(e.res);
      expect(asMap(group.byApp), group.key).toEqual(e.app);
      expect(asMap(group.byBackend), group.key).toEqual(e.be);
    }
    // Most frequent first; gateway and backend told apart from error and response_desc.
    expect(grouped.groups.map((x) => x.count)).toEqual([...grouped.groups.map((x) => x.count)].sort((a, b) => b - a));
    const bySource = new Map(grouped.groups.map((x) => [x.key, x.source]));
    expect(bySource.get('backend-read-timeout')).toBe('gateway');
    expect(bySource.get('rate-limit-resource-strategy')).toBe('gateway');
    expect(bySource.get('backend-service-response')).toBe('backend');
  });

  it('reads the English response_desc, no BOM, and the multi-tenant column order the same way', () => {
    const a = generateExport({ rows: 600, seed: 3 });
    const b = generateExport({ rows: 600, seed: 3, english: true, bom: false, tenant: true });
    const ga = groupRows(readExport(a.csv, rules).rows);
    const gb = groupRows(readExport(b.csv, rules).rows);
    expect(gb.groups.map((x) => [x.key, x.source, x.count])).toEqual(ga.groups.map((x) => [x.key, x.source, x.count]));
    expect(ga.groups.length).toBe(5);
  });

  it('reads the export timestamp as epoch seconds', () => {
    expect(exportTime('1764547200')).toBe(1_764_547_200_000);
    expect(exportTime('1764547200123')).toBe(1_764_547_200_123);
    expect(exportTime('2025-12-01 00:00:00')).toBe(Date.UTC(2025, 11, 1));
    expect(exportTime('')).toBeNull();
  });

  it('never lets params, body or headers reach the ticket, an example record or a share link', () => {
    const small = generateExport({ rows: 400, seed: 11 });
    const report = analyseCapture(small.csv, rules)!;
    expect(report.kind).toBe('export');
    const ticket = groupsTicket('zh', report.grouped, 'export', 480, () => ({ title: null, link: null }));
    const examples = Object.values(report.examples);
    expect(examples.length).toBe(report.grouped.groups.length);
    for (const text of [ticket, ...examples, JSON.stringify(report)]) {
      for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    }
    // An example opened in the box: its verdict is the group's, and its share link carries no secret.
    for (const group of report.grouped.groups) {
      const record = report.examples[group.example]!;
      const a = analyse(record, rules, null);
      expect(a.result.entry ?? a.result.source, group.key).toBe(group.entry ?? group.source);
      const link = decodeShare(handoff(record, a).fragment!)!.text;
      for (const secret of Object.values(SECRETS)) expect(link).not.toContain(secret);
    }
  });

  it('masks the caller columns of a record again, keeping what the fixes ask for', () => {
    const text = maskedRecord({
      request_id: 'r1',
      params: `access_token=${SECRETS.params}&page=1`,
      body: JSON.stringify({ password: SECRETS.body, n: 1 }),
      headers: JSON.stringify({ Cookie: `bk_token=${SECRETS.cookie}` }),
      app_code: 'demo-app',
    });
    for (const secret of [SECRETS.params, SECRETS.body, SECRETS.cookie]) expect(text).not.toContain(secret);
    expect(text).toContain('demo-app');
    expect(text).toContain('page=1');
  });

  it('counts rows cut short rather than failing', () => {
    const cut = g.csv.slice(0, Math.floor(g.csv.length / 3));
    const read = readExport(cut, rules);
    expect(read.rows.length).toBeGreaterThan(3000);
    expect(read.broken).toBeLessThanOrEqual(1);
  });
});

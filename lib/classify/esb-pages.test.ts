// The ESB's own pages the classifier knows are exactly the reference's (content/reference/gateway-texts.jsonl,
// rows `kind: esb, where: page`): a page added to the ESB, or one the classifier invents, fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from './index';
import { ESB_PAGES } from './read/body';
import { loadRules } from '../catalog/load';

const rows = fs
  .readFileSync(path.join(import.meta.dirname, '../../content/reference/gateway-texts.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { kind: string; where: string; status: number; template: string });
const pages = rows.filter((r) => r.kind === 'esb' && r.where === 'page');

describe("the ESB's own pages", () => {
  it('are the reference rows, no more and no fewer', () => {
    expect([...ESB_PAGES].sort()).toEqual(pages.map((p) => p.template).sort());
  });

  it.each(pages.map((p) => [p.status, p] as const))('reads its %i page as the ESB, surely', (_, p) => {
    const raw = `HTTP/1.1 ${p.status} X\nServer: nginx\nContent-Type: application/json\n\n${JSON.stringify({ result: false, data: null, message: p.template })}`;
    expect(classify(raw, loadRules())).toMatchObject({ source: 'esb', status: p.status, confidence: 'high' });
  });

  it('does not take a backend body of the same shape with other words for the ESB', () => {
    const raw =
      'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"result": false, "data": null, "message": "host not found"}';
    expect(classify(raw, loadRules()).source).toBe('backend');
  });
});

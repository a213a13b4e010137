import { describe, expect, it } from 'vitest';
import { mixedCapture } from './capture';
import { safeParse } from './index';
import type { Parsed } from './read/parse';
import { triage } from './triage';
import { loadRules } from '../catalog/load';

const rules = loadRules();
const parsed = (text: string) => safeParse(text) as Parsed;

describe('triage: the failures of a whole capture, grouped', () => {
  it('groups a capture of mixed responses by the entry or guide case that explains each, most frequent first', () => {
    const { har, expected } = mixedCapture(400);
    const result = triage(parsed(har), rules)!;
    expect(result.entries).toBe(400);
    expect(result.failures).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(new Map(result.groups.map((g) => [g.key, g.count]))).toEqual(expected);
    const counts = result.groups.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives each group its verdict, first and last time, an example request id and the example to open', () => {
    const { groups } = triage(parsed(mixedCapture(400).har), rules)!;
    const rate = groups.find((g) => g.entry === 'rate-limit-resource-strategy')!;
    expect(rate).toMatchObject({
      source: 'gateway',
      status: 429,
      code: 1642903,
      first: '2024-05-14T03:30:00.000Z',
      last: '2024-05-14T03:36:30.000Z',
      requestId: '00000000-0000-4000-8000-000000000000',
      example: 0,
    });
    expect(groups.find((g) => g.entry === 'app-no-permission')).toMatchObject({ reason: 'no-permission', example: 3 });
    expect(groups.find((g) => g.entry === 'access-layer-page')).toMatchObject({
      source: 'backend',
      layer: 'access-layer',
    });
    expect(groups.find((g) => g.entry?.startsWith('esb-'))).toMatchObject({ source: 'esb', status: 200 });
  });

  it('reports progress and leaves other pastes alone', () => {
    const seen: number[] = [];
    triage(parsed(mixedCapture(2500).har), rules, (done) => seen.push(done));
    expect(seen).toEqual([0, 1000, 2000, 2500]);
    expect(triage(parsed('{"code":1640301}'), rules)).toBeNull();
  });
});

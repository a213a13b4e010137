// The faster HAR triage gives exactly what lib/classify/triage.ts gives, on the mixed capture and on fixtures of
// rate limits and timeouts.
import { describe, expect, it } from 'vitest';
import { harCapture, rateLimited } from './generate';
import { triageParsed } from './triage';
import { loadRules } from '../catalog/load';
import { safeParse, triage, type Parsed } from '../classify';
import { mixedCapture } from '../classify/capture';

const rules = loadRules();

describe('triageParsed', () => {
  it('equals the classifier triage on a mixed capture of 3,000 entries', () => {
    const parsed = safeParse(mixedCapture(3000).har) as Parsed;
    expect(triageParsed(parsed, rules)).toEqual(triage(parsed, rules));
  });

  it('equals it on rate limits, timeouts and an ESB error with status 200', () => {
    const har = harCapture([
      { at: 0, status: 200 },
      { at: 10, ...rateLimited('bk-stage-rate-limit', 100, 30) },
      { at: 20, ...rateLimited('bk-resource-rate-limit', 10, 3) },
      {
        at: 30,
        status: 200,
        body: JSON.stringify({
          result: false,
          code: 1306201,
          message: 'Request third-party interface error',
          data: null,
        }),
      },
      { at: 40, status: 504, body: '<html><title>504 Gateway Time-out</title><center>nginx</center></html>' },
      { at: 50, status: 0, body: '' },
    ]);
    const parsed = safeParse(har) as Parsed;
    const fast = triageParsed(parsed, rules)!;
    expect(fast).toEqual(triage(parsed, rules));
    expect(fast.failures).toBe(5);
  });

  it('reports progress and answers null for anything but a HAR', () => {
    const seen: number[] = [];
    triageParsed(safeParse(mixedCapture(2500).har) as Parsed, rules, (done) => seen.push(done));
    expect(seen).toEqual([0, 1000, 2000, 2500]);
    expect(triageParsed(safeParse('HTTP/1.1 502 Bad Gateway') as Parsed, rules)).toBeNull();
  });
});

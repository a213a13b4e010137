// Rate limits explained from bk-rate-limit's headers (blueking-apigateway-apisix, src/apisix/plugins/bk-rate-limit/
// init.lua lines 123-155): which strategy fired, the limit, the reset as a clock time; retries sent before the
// reset; runs of 429; a client clock that disagrees with the server's.
import { describe, expect, it } from 'vitest';
import { rateLimitSentences } from './explain';
import { harCapture, rateLimited, type HarSpec } from './generate';
import { readHar } from './har';
import { clock, explainRateLimits, offsetOf } from './rate-limit';
import { loadRules } from '../catalog/load';

const rules = loadRules();
const rows = (specs: HarSpec[], skew = 0) => readHar(harCapture(specs, undefined, skew), rules)!.rows;

/** A client that retries every 200 ms after a 429 whose counter resets in 5 s, then waits properly. */
function burst(): HarSpec[] {
  const specs: HarSpec[] = [{ at: 0, status: 200 }];
  // 10:00:01.000: rejected, Reset 5 (the counter resets at 10:00:06.021 by the client's clock).
  specs.push({ at: 1000, ...rateLimited('bk-resource-rate-limit', 10, 5) });
  // Seven retries 200 ms apart, all before the reset: all rejected again; each carries a later Reset.
  for (let i = 1; i <= 7; i++)
    specs.push({ at: 1000 + i * 200, ...rateLimited('bk-resource-rate-limit', 10, 5 - Math.floor((i * 200) / 1000)) });
  // After the reset: served.
  specs.push({ at: 7000, status: 200 }, { at: 7500, status: 200 });
  // Another resource, never limited: not early.
  specs.push({ at: 1500, status: 200, path: '/users/' });
  return specs;
}

describe('rate limits', () => {
  it('name the strategy, the limit and the reset as a clock time', () => {
    const r = explainRateLimits(rows(burst()))!;
    expect(r.rejected).toBe(8);
    expect(r.fired).toHaveLength(1);
    expect(r.fired[0]).toMatchObject({
      plugin: 'bk-resource-rate-limit',
      strategy: 'resource',
      limit: 10,
      rejected: 8,
    });
    expect(r.fired[0]!.entry).toBe('rate-limit-resource-strategy');
    // The last rejection: 10:00:02.400 + 22 ms, Reset 4 s.
    expect(r.fired[0]!.resetClock).toBe('10:00:06');
    expect(rateLimitSentences('en', r)).toEqual([
      "The resource rate limit (bk-resource-rate-limit) rejected 8 requests; it counts one app's requests to this resource.",
      'At most 10 requests per window.',
      'At the last rejection the counter had 4 s to go: it resets at 10:00:06 by your clock.',
      'After being limited, 7 requests went out before the counter reset (retries too early), 7 of them rejected again. Wait for the reset before retrying.',
      '1 run of 429 in a row; the longest, 8 (GET bkapi.example.com/api/demo/prod/orders/), from 2026-12-01T10:00:01.000+08:00 to 2026-12-01T10:00:02.400+08:00.',
    ]);
    expect(rateLimitSentences('zh', r)).toEqual([
      '资源频率控制（bk-resource-rate-limit）拒绝了 8 个请求，范围：同一应用对这个资源的请求。',
      '每个时间窗口最多 10 个请求。',
      '最后一次被拒绝时，计数还要 4 秒重置，即按你的时钟 10:00:06。',
      '被限流后，有 7 个请求在计数重置之前就发出了（重试过早），其中 7 个再次被拒绝。请等到重置时间再重试。',
      '连续 429 共 1 段，最长一段 8 个（GET bkapi.example.com/api/demo/prod/orders/，2026-12-01T10:00:01.000+08:00 至 2026-12-01T10:00:02.400+08:00）。',
    ]);
  });

  it('count a request after the reset as on time, and one to a resource never limited as not early', () => {
    const specs: HarSpec[] = [
      { at: 0, ...rateLimited('bk-resource-rate-limit', 5, 2) },
      { at: 500, status: 200, path: '/users/' },
      { at: 1900, ...rateLimited('bk-resource-rate-limit', 5, 1) },
      { at: 5000, status: 200 },
    ];
    const r = explainRateLimits(rows(specs))!;
    expect(r.early).toBe(1);
    expect(r.earlyRejected).toBe(1);
    expect(r.runs).toEqual([expect.objectContaining({ length: 2 })]);
  });

  it('close the whole stage for every app when the global limit fires', () => {
    const specs: HarSpec[] = [
      { at: 0, ...rateLimited('bk-stage-global-rate-limit', 1000, 10), app: 'a' },
      { at: 100, status: 200, path: '/users/', app: 'b' },
      { at: 11_000, status: 200, path: '/users/', app: 'b' },
    ];
    const r = explainRateLimits(rows(specs))!;
    expect(r.fired[0]).toMatchObject({ strategy: 'stage-global', entry: 'rate-limit-stage-global', limit: 1000 });
    expect(r.early).toBe(1);
    expect(rateLimitSentences('en', r)[0]).toBe(
      "The stage's global rate limit (bk-stage-global-rate-limit) rejected 1 request; it counts every app's requests to the whole stage.",
    );
  });

  it('place the reset on the capture clock when the client clock is five minutes behind the server', () => {
    const skewed = explainRateLimits(rows(burst(), 300_000))!;
    const plain = explainRateLimits(rows(burst()))!;
    expect(skewed.early).toBe(plain.early);
    expect(skewed.fired[0]!.resetClock).toBe('10:00:06');
    expect(skewed.skew).toBe(300_000);
    expect(plain.skew).toBeNull();
    expect(skewed.fired[0]!.serverClock).toBe('10:05:06');
    const en = rateLimitSentences('en', skewed);
    expect(en).toContain("By the server's clock (its Date header) that is 10:05:06.");
    expect(en.at(-1)).toBe(
      "Your clock and the server's differ by 300 s (the server is ahead): the times above are on your clock and are not affected.",
    );
    expect(rateLimitSentences('zh', skewed).at(-1)).toBe(
      '你的时钟与服务器相差 300 秒（服务器快）：上面的时间都按你的时钟计算，不受影响。',
    );
  });

  it('say an export cannot tell when the counter resets', () => {
    const r = explainRateLimits(
      rows([{ at: 0, ...rateLimited('bk-resource-rate-limit', 5, 2) }]).map((row) => ({ ...row, headers: new Map() })),
    )!;
    expect(r.early).toBeNull();
    expect(r.fired[0]!.entry).toBe('rate-limit-resource-strategy');
    expect(rateLimitSentences('en', r)).toContain(
      'An export has no response headers, so when the counter resets is not known; whether retries came too early needs a HAR or the headers.',
    );
  });

  it('read zone offsets and clock times', () => {
    expect(offsetOf('2026-12-01T10:00:00.000+08:00')).toBe(480);
    expect(offsetOf('2026-12-01T02:00:00.000Z')).toBe(0);
    expect(offsetOf('2026-12-01T02:00:00.000-0530')).toBe(-330);
    expect(clock(Date.UTC(2026, 11, 1, 2, 0, 6), 480)).toBe('10:00:06');
  });
});

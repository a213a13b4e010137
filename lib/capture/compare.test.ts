// Before and after: two captures compared per resource (fixed, new, reason changed, unchanged), and as a ticket block.
import { describe, expect, it } from 'vitest';
import { compareCaptures, compareInput } from './compare';
import { compareTicket } from './explain';
import { readExport } from './export';
import { generateExport, harCapture, rateLimited, SECRETS } from './generate';
import { readHar } from './har';
import { loadRules } from '../catalog/load';
import { CAPTURE_STRINGS } from '../i18n/capture';

const rules = loadRules();

const TIMEOUT = JSON.stringify({
  code: 1650401,
  code_name: 'REQUEST_BACKEND_TIMEOUT',
  message: 'Request backend service timeout [upstream_error="connection timed out while connecting to upstream"]',
  result: false,
  data: null,
});
const NO_PERMISSION = JSON.stringify({
  code: 1640301,
  code_name: 'APP_NO_PERMISSION',
  message: 'App has no permission to the resource [reason="no permission, bk_app_code=demo-app"]',
  result: false,
  data: null,
});

describe('before and after', () => {
  // Before: /orders/ times out (connect), /users/ is rate limited, /items/ has no permission.
  const before = readHar(
    harCapture([
      { at: 0, status: 504, body: TIMEOUT, path: '/orders/' },
      { at: 10, status: 504, body: TIMEOUT, path: '/orders/' },
      { at: 20, ...rateLimited('bk-resource-rate-limit', 10, 3), path: '/users/' },
      { at: 30, status: 403, body: NO_PERMISSION, path: '/items/' },
      { at: 40, status: 200, path: '/health/' },
    ]),
    rules,
  )!.rows;
  // After: /orders/ answers, /users/ is still limited, /items/ now times out, /health/ fails anew.
  const after = readHar(
    harCapture([
      { at: 0, status: 200, path: '/orders/' },
      { at: 20, ...rateLimited('bk-resource-rate-limit', 10, 3), path: '/users/' },
      { at: 25, ...rateLimited('bk-resource-rate-limit', 10, 2), path: '/users/' },
      { at: 30, status: 504, body: TIMEOUT, path: '/items/' },
      { at: 40, status: 403, body: NO_PERMISSION, path: '/health/' },
    ]),
    rules,
  )!.rows;

  it('says per resource what is fixed, new, changed or unchanged', () => {
    const c = compareCaptures(compareInput(before), compareInput(after));
    const res = (p: string) => `GET bkapi.example.com/api/demo/prod${p}`;
    expect(c.before).toEqual({ rows: 5, failures: 4 });
    expect(c.after).toEqual({ rows: 5, failures: 4 });
    expect(c.resources.map((r) => [r.resource, r.change])).toEqual([
      [res('/health/'), 'new'],
      [res('/items/'), 'changed'],
      [res('/orders/'), 'fixed'],
      [res('/users/'), 'same'],
    ]);
    const items = c.resources.find((r) => r.resource === res('/items/'))!;
    expect(items.before).toEqual([['app-no-permission#no-permission', 1]]);
    expect(items.after).toEqual([['backend-connect-timeout', 1]]);
    expect(c.resources.find((r) => r.change === 'fixed')!.before).toEqual([['backend-connect-timeout', 2]]);
  });

  it('writes the comparison as a ticket block in both languages', () => {
    const c = compareCaptures(compareInput(before), compareInput(after));
    const en = compareTicket('en', c);
    expect(en.split('\n').slice(0, 6)).toEqual([
      '**Before and after (per resource)**',
      '',
      'Before: 4 of 5 requests failed; after: 4 of 5.',
      '',
      '| Resource | Change | Before | After |',
      '| --- | --- | --- | --- |',
    ]);
    expect(en).toContain(
      '| `GET bkapi.example.com/api/demo/prod/items/` | reason changed | `app-no-permission#no-permission ×1` | `backend-connect-timeout ×1` |',
    );
    expect(en).toContain(
      '| `GET bkapi.example.com/api/demo/prod/orders/` | fixed | `backend-connect-timeout ×2` | none |',
    );
    const zh = compareTicket('zh', c);
    expect(zh).toContain('修复前：5 个请求中 4 个失败；修复后：5 个请求中 4 个失败。');
    expect(zh).toContain('| 已修复 |');
    for (const secret of Object.values(SECRETS)) expect(en + zh).not.toContain(secret);
  });

  it('compares two exports by resource name', () => {
    const a = readExport(generateExport({ rows: 300, seed: 1 }).csv, rules).rows;
    const b = readExport(generateExport({ rows: 300, seed: 2, mix: { ok: 90, 'rate-limited': 10 } }).csv, rules).rows;
    const c = compareCaptures(compareInput(a), compareInput(b));
    expect(c.resources.map((r) => r.resource).sort()).toEqual(['create_order', 'get_order', 'list_users']);
    expect(c.resources.every((r) => r.change === 'changed')).toBe(true);
    expect(c.resources.every((r) => r.after.every(([k]) => k === 'rate-limit-resource-strategy'))).toBe(true);
  });
});

/** Every string of a dictionary by its path; a function called with sample arguments. */
function paths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (typeof value === 'function') return paths((value as (...a: unknown[]) => unknown)(3, 'x', 'y', 'z'), `${path}()`);
  if (Array.isArray(value)) return value.flatMap((v) => paths(v, `${path}[]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => paths(v, `${path}.${k}`));
  return [];
}

describe('the capture strings', () => {
  it('exist in both languages, key for key, with full-width punctuation in Chinese', () => {
    expect(new Set(paths(CAPTURE_STRINGS.zh))).toEqual(new Set(paths(CAPTURE_STRINGS.en)));
    const zh: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') zh.push(v);
      else if (typeof v === 'function') walk((v as (...a: unknown[]) => unknown)(3, 'x', 'y', 'z'));
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(CAPTURE_STRINGS.zh);
    expect(zh.filter((s) => /[\u4e00-\u9fff][,:;?!()]|[,:;?!(][\u4e00-\u9fff]/.test(s))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogData } from './catalog-data';
import { createEngine, failsOn } from './engine';
import { loadCatalog } from '../../../lib/catalog/load';

const engine = createEngine(catalogData(loadCatalog()));
const slugOf = (key: string, lang: 'zh' | 'en' = 'en') => {
  const f = engine.find(key, lang);
  return f.kind === 'entry' ? f.entry.slug : f.kind === 'list' ? f.entries.map((e) => e.slug) : null;
};

describe('the command line engine: what a key names', () => {
  it('finds an entry by code, code_name, slug, alias and message', () => {
    expect(slugOf('1640301')).toBe('app-no-permission');
    expect(slugOf('APP_NO_PERMISSION')).toBe('app-no-permission');
    expect(slugOf('app_no_permission')).toBe('app-no-permission');
    expect(slugOf('app-no-permission')).toBe('app-no-permission');
    expect(slugOf('App has no permission to the resource')).toBe('app-no-permission');
    expect(slugOf('Parameters error [reason="app code cannot be empty"]')).toBe('app-code-cannot-be-empty');
    for (const e of loadCatalog().entries) for (const alias of e.meta.aliases) expect(slugOf(alias)).toBe(e.slug);
  });

  it('lists what a status or a shared code_name names, and finds words as the site searches them', () => {
    expect(slugOf('RATE_LIMIT_RESTRICTION')).toEqual([
      'rate-limit-stage-strategy',
      'rate-limit-resource-strategy',
      'rate-limit-stage-global',
    ]);
    expect(slugOf('429')).toContain('concurrency-limit-exceeded');
    expect(slugOf('508')).toBe('recursive-request-detected');
    const words = slugOf('权限过期', 'zh');
    expect(Array.isArray(words) ? words[0] : words).toBe('app-no-permission');
    expect(engine.find('zzzz qqqq xxxx', 'en')).toEqual({ kind: 'none', query: 'zzzz qqqq xxxx' });
  });

  it('reads a pasted body through the classifier, with the reason its message names', () => {
    const body =
      '{"code":1640001,"code_name":"INVALID_ARGS","message":"Parameters error [reason=\\"parameter bk_nonce required\\"]"}';
    expect(engine.find(body)).toMatchObject({
      kind: 'entry',
      entry: { slug: 'invalid-args-other-reasons' },
      reason: 'bk-nonce-required',
    });
  });

  it('classifies the paste with its secrets masked first', () => {
    const paste = [
      '> GET /prod/api/v1/hosts/?access_token=tok-9f8e7d6c5b4a3210fedcba HTTP/1.1',
      '> Host: bkapi.example.com',
      '>',
      '< HTTP/1.1 403 Forbidden',
      '< X-Bkapi-Error-Code: 1640301',
      '<',
      '{"code":1640301,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource","result":false}',
    ].join('\n');
    const { result, masked } = engine.classifyPaste(paste);
    expect(result).toMatchObject({ source: 'gateway', entry: 'app-no-permission' });
    expect(masked).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain('tok-9f8e7d6c5b4a3210fedcba');
    expect(failsOn(result, ['gateway'])).toBe(true);
    expect(failsOn(result, ['backend'])).toBe(false);
  });
});

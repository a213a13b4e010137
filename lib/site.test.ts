import { describe, expect, it } from 'vitest';
import { localPath, redirectScript, switchLang } from './site';

describe('site paths', () => {
  it('prefixes a path with the language', () => {
    expect(localPath('en', '/errors/backend-timeout/')).toBe('/en/errors/backend-timeout/');
    expect(localPath('zh', 'status/429/')).toBe('/zh/status/429/');
  });

  it('switches only the leading language segment', () => {
    expect(switchLang('/zh/errors/zh-slug/', 'en')).toBe('/en/errors/zh-slug/');
    expect(switchLang('/en/', 'zh')).toBe('/zh/');
  });

  /** Where the shipped script sends a reader with these preferences from `url` (under `base`). */
  function redirect(languages: string[], url: string, base = '', language = '', cookie = '') {
    const u = new URL(url, 'https://site.example');
    let to = '';
    const location = { pathname: u.pathname, search: u.search, hash: u.hash, replace: (x: string) => (to = x) };
    new Function('navigator', 'location', 'document', redirectScript(base))({ languages, language }, location, {
      cookie,
    });
    return to;
  }

  it('the shipped redirect picks the first zh or en preference, else zh', () => {
    expect(redirect(['en-US', 'zh-CN'], '/')).toBe('/en/');
    expect(redirect(['fr-FR', 'zh-TW', 'en'], '/')).toBe('/zh/');
    expect(redirect(['fr-FR', 'de'], '/')).toBe('/zh/');
    expect(redirect([], '/')).toBe('/zh/');
    expect(redirect(['eng'], '/')).toBe('/zh/');
  });

  it('the shipped redirect keeps the path, query and fragment, under the sub-path', () => {
    expect(redirect(['en'], '/errors/api-not-found/#cause')).toBe('/en/errors/api-not-found/#cause');
    expect(redirect(['zh-CN'], '/r/?code=1640001')).toBe('/zh/r/?code=1640001');
    expect(redirect(['en'], '/docs/apigw-errors/status/429/', '/docs/apigw-errors')).toBe(
      '/docs/apigw-errors/en/status/429/',
    );
  });

  it("the shipped redirect follows BlueKing's blueking_language cookie before the browser's preferences", () => {
    // The values BlueKing's login and the gateway dashboard write (bk-deploy.md §4: zh-cn, en).
    expect(redirect(['zh-CN', 'zh'], '/errors/api-not-found/', '', '', 'blueking_language=en')).toBe(
      '/en/errors/api-not-found/',
    );
    expect(redirect(['en-US'], '/', '', '', 'bk_token=x; blueking_language=zh-cn; other=1')).toBe('/zh/');
    expect(
      redirect(['zh-CN'], '/docs/apigw-errors/status/429/?q=1#a', '/docs/apigw-errors', '', 'a=b;blueking_language=en'),
    ).toBe('/docs/apigw-errors/en/status/429/?q=1#a');
    // A value it does not know, an empty one, or a cookie that only ends with the name: the browser decides.
    expect(redirect(['en-US'], '/', '', '', 'blueking_language=fr')).toBe('/en/');
    expect(redirect(['en-US'], '/', '', '', 'blueking_language=')).toBe('/en/');
    expect(redirect(['en-US'], '/', '', '', 'not_blueking_language=zh-cn')).toBe('/en/');
    expect(redirect(['en-US'], '/', '', '', '')).toBe('/en/');
  });
});

import { describe, expect, it } from 'vitest';
import { localPath, preferredLang, switchLang } from './site';

describe('site paths', () => {
  it('prefixes a path with the language', () => {
    expect(localPath('en', '/errors/backend-timeout/')).toBe('/en/errors/backend-timeout/');
    expect(localPath('zh', 'status/429/')).toBe('/zh/status/429/');
  });

  it('switches only the leading language segment', () => {
    expect(switchLang('/zh/errors/zh-slug/', 'en')).toBe('/en/errors/zh-slug/');
    expect(switchLang('/en/', 'zh')).toBe('/zh/');
  });

  it('picks the first zh or en preference, else zh', () => {
    expect(preferredLang(['en-US', 'zh-CN'])).toBe('en');
    expect(preferredLang(['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(preferredLang(['fr-FR', 'de'])).toBe('zh');
    expect(preferredLang([])).toBe('zh');
    expect(preferredLang(['eng'])).toBe('zh');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadRules } from '../catalog/load';
import { classify } from '../classify';
import { classifyEntriesJson } from './entries-json';
import { headline } from './headline';

const rules = loadRules();
const entries = classifyEntriesJson(loadCatalog()).entries;
const ROOT = path.resolve(import.meta.dirname, '../..');
const judge = (text: string) => {
  const result = classify(text, rules);
  return { result, entry: result.entry ? entries[result.entry] : undefined };
};
const both = (text: string) => {
  const { result, entry } = judge(text);
  return { zh: headline('zh', result, entry), en: headline('en', result, entry), result, entry };
};

describe('the verdict headline', () => {
  it("says what happened in the paste's own values, who acts and the first action", () => {
    const paste = fs.readFileSync(path.join(ROOT, 'e2e/fixtures-classify/gateway-curl-with-secrets.txt'), 'utf8');
    const { zh, en } = both(paste);
    expect(zh.text).toBe(
      '网关拒绝了请求：应用无权限访问该资源（403 · 1640301 · 应用 my-app · 网关 my-gateway · 环境 prod）',
    );
    expect(zh.who).toBe('调用方处理');
    expect(zh.action).toBe('为应用申请或续期接口权限');
    expect(en.text).toMatch(
      /^The gateway refused the request: App has no permission to the resource \(403 · 1640301 · app my-app/,
    );
    expect(en.steps).toBe(true);
  });

  it('names the backend and who acts by the status class', () => {
    const five = both(
      'HTTP/1.1 500 Internal Server Error\nContent-Type: text/html\n\n<html><body>Whitelabel Error Page</body></html>',
    );
    expect(five.result.source).toBe('backend');
    expect(five.zh.text.startsWith('后端')).toBe(true);
    expect(five.zh.who).toBe('后端负责人处理');
    const four = both('HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"detail": "Not found."}');
    expect(four.zh.who).toBe('调用方处理');
  });

  it('says "no response" and "not a response" in words, never as a verdict on a response', () => {
    const none = both('curl: (7) Failed to connect to bkapi.example.com port 443 after 3 ms: Connection refused');
    expect(none.result.source).toBe('unknown');
    expect(none.zh.text).toBe('没有收到响应');
    expect(none.en.action).toMatch(/timeout/);
    const junk = both('签名错误');
    expect(junk.zh.text).toBe('这不像是一个响应');
    expect(junk.zh.who).toBeNull();
  });

  it('says "probably" where the verdict rests on a fragment', () => {
    const { zh, en, result } = both('APP_NO_PERMISSION');
    expect(result.confidence).toBe('low');
    expect(zh.text.startsWith('很可能是')).toBe(true);
    expect(en.text.startsWith('Probably: ')).toBe(true);
  });

  // Every entry, reached by its own example response: the Chinese headline holds its Chinese title and no slug.
  it.each(Object.values(entries))('speaks the reader’s language for $slug', (entry) => {
    const body = JSON.stringify({
      code: entry.code,
      code_name: entry.code_name,
      message: entry.message,
      data: null,
      result: false,
    });
    const { result } = judge(`HTTP/1.1 ${entry.status} X\nX-Bkapi-Error-Code: ${entry.code}\n\n${body}`);
    const zh = headline('zh', result, entry);
    expect(zh.text).toContain(entry.title.zh);
    expect(zh.text).not.toContain(entry.slug);
    expect(zh.action).toBe(entry.action.zh);
    expect(headline('en', result, entry).text).toContain(entry.title.en);
  });
});

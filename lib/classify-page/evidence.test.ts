import { describe, expect, it } from 'vitest';
import { lineAt, locate, signalLabel, stanceOf } from './evidence';
import { orderHarEntries, shortUrl } from './har-list';
import { SIGNALS } from '../classify';

describe('stanceOf', () => {
  it('marks a signal for the verdict it points at, against another, context when it points nowhere', () => {
    expect(stanceOf('error-code-header', 'gateway')).toBe('for');
    expect(stanceOf('error-code-header', 'backend')).toBe('against');
    expect(stanceOf('esb-body', 'esb')).toBe('for');
    expect(stanceOf('html-page', 'gateway')).toBe('against');
    expect(stanceOf('status', 'gateway')).toBe('context');
    expect(stanceOf('html-page', 'unknown')).toBe('context');
    expect(stanceOf('a-signal-from-a-newer-engine', 'backend')).toBe('context');
  });

  it('has a label in both languages for every signal the engine emits', () => {
    for (const id of Object.keys(SIGNALS)) {
      expect(signalLabel(id, 'zh')).not.toBe(id);
      expect(signalLabel(id, 'en')).not.toBe(id);
    }
    expect(signalLabel('unheard-of', 'en')).toBe('unheard-of');
  });
});

describe('locate', () => {
  const paste = 'HTTP/1.1 403 Forbidden\r\nx-bkapi-error-code:1640301\r\n\r\n{"code": 1640301}';
  it('finds the text itself', () => {
    expect(locate(paste, 'status', '403 Forbidden')).toEqual({ start: 9, end: 22, line: 1 });
  });
  it('finds the header the evidence names, whatever its case and spacing', () => {
    expect(locate(paste, 'error-code-header', 'X-Bkapi-Error-Code: 1640301')).toEqual({ start: 24, end: 42, line: 2 });
  });
  it('falls back on a number the evidence mentions, and ignores descriptions', () => {
    expect(locate('{"code": 1640301}', 'gateway-body', 'code 1640301, code_name X')?.line).toBe(1);
    expect(locate(paste, 'input-form', 'raw-http')).toBeNull();
    expect(locate(paste, 'html-page', 'nothing like it')).toBeNull();
  });
  it('counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});

describe('HAR list', () => {
  it('lists failed entries first, each group in recorded order', () => {
    const e = (index: number, status: number | null) => ({ index, method: 'GET', url: `/${index}`, status });
    expect(orderHarEntries([e(0, 200), e(1, 403), e(2, 304), e(3, null), e(4, 502)]).map((x) => x.index)).toEqual([
      1, 3, 4, 0, 2,
    ]);
  });
  it('cuts the middle of a long URL', () => {
    const url = `https://bkapi.example.com/${'a'.repeat(200)}/end`;
    expect(shortUrl(url, 41)).toBe(`${url.slice(0, 20)}…${url.slice(-20)}`);
    expect(shortUrl('/short')).toBe('/short');
  });
});

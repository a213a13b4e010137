import { describe, expect, it } from 'vitest';
import { mergeRanges, rangesOf, segments, snippet } from './highlight';
import { norm, parsePaste } from './paste';

describe('parsePaste', () => {
  it('reads the suffixes of a gateway message, brackets inside values included', () => {
    const p = parsePaste(
      'Parameters error [reason="signature [bk_signature] verification failed, please provide valid bk_signature"]',
    );
    expect(p.base).toBe('parameters error');
    expect(p.fields.reason).toBe('signature [bk_signature] verification failed, please provide valid bk_signature');
  });

  it('reads several pairs in one bracket and unquoted values', () => {
    const p = parsePaste('API not found [method="POST" path="/api/v1/hosts/"]');
    expect(p.fields).toEqual({ method: 'post', path: '/api/v1/hosts/' });
    expect(parsePaste('Request backend service failed [detail=Bad err=EOF status=502]').fields.status).toBe('502');
  });

  it('takes code, code_name and the unescaped message from a JSON body, whole or cut off', () => {
    const whole = parsePaste(
      '{"code": 1640001, "code_name": "INVALID_ARGS", "message": "Parameters error [reason=\\"app not found\\"]"}',
    );
    expect([whole.code, whole.codeName, whole.message, whole.fields.reason]).toEqual([
      1640001,
      'invalid_args',
      'parameters error [reason="app not found"]',
      'app not found',
    ]);
    const cut = parsePaste('"code": 1642903, "message": "API rate limit exceeded by resource strategy", "res');
    expect([cut.code, cut.message]).toEqual([1642903, 'api rate limit exceeded by resource strategy']);
  });

  it('takes them from the X-Bkapi-Error-* headers', () => {
    const p = parsePaste(
      'X-Bkapi-Error-Code: 1640302\nX-Bkapi-Error-Message: Request rejected by ip restriction [ip="1.2.3.4"]',
    );
    expect([p.code, p.base]).toEqual([1640302, 'request rejected by ip restriction']);
  });

  it('cuts an nginx error-log line down to its error', () => {
    const line =
      '2024/05/01 10:00:00 [error] 12#12: *34 upstream prematurely closed connection while reading response header from upstream, client: 10.0.0.1, server: _';
    expect(parsePaste(line).logPhrase).toBe(
      'upstream prematurely closed connection while reading response header from upstream',
    );
    expect(parsePaste('429').logPhrase).toBeNull();
  });

  it('normalises width, case and spaces', () => {
    expect(norm('  ＡＰＩ\tNot   found ４０４ ')).toBe('api not found 404');
  });
});

describe('highlighting', () => {
  it('finds Latin words at word starts only, CJK anywhere', () => {
    expect(rangesOf('API rate limit exceeded by resource strategy', ['rate'])).toEqual([[4, 8]]);
    expect(rangesOf('超过资源频率控制', ['频率'])).toEqual([[4, 6]]);
  });

  it('merges overlapping ranges and cuts text into marked pieces', () => {
    expect(
      mergeRanges([
        [5, 8],
        [0, 2],
        [1, 3],
        [8, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
    expect(segments('abcdef', [[1, 3]])).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'def', mark: false },
    ]);
  });

  it('windows a long text around its first range and moves the ranges with it', () => {
    const text = `${'x'.repeat(300)} needle ${'y'.repeat(300)}`;
    const cut = snippet(text, [[301, 307]], 100);
    expect(cut.text.startsWith('…') && cut.text.endsWith('…')).toBe(true);
    const [s, e] = cut.ranges[0]!;
    expect(cut.text.slice(s, e)).toBe('needle');
  });
});

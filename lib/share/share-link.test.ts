import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, shareUrl } from './share-link';

describe('share link', () => {
  it('round-trips any text and the chosen HAR entry', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 500, unit: 'grapheme' }),
        fc.option(fc.nat({ max: 9999 }), { nil: null }),
        (text, harEntry) => {
          expect(decodeShare(`#${encodeShare({ text, harEntry })}`)).toEqual({ text, harEntry });
        },
      ),
    );
  });

  it('uses only characters a URL fragment carries as they are', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100, unit: 'binary' }), (text) => {
        expect(encodeShare({ text, harEntry: 3 })).toMatch(/^v1=[A-Za-z0-9+\-$]+&h=3$/);
      }),
      { numRuns: 50 },
    );
  });

  it('survives percent-encoding by a chat tool', () => {
    const fragment = encodeShare({ text: 'HTTP/1.1 403 Forbidden\n\n{"code": 1640301}', harEntry: null });
    expect(decodeShare(encodeURIComponent(fragment))?.text).toBe('HTTP/1.1 403 Forbidden\n\n{"code": 1640301}');
  });

  it('returns null for every fragment that is not a share link, and never throws', () => {
    for (const f of [
      '',
      '#',
      '#main',
      '#app-no-permission',
      '#v1=',
      '#v1=%E0%A4%A',
      '#v1=<script>',
      '#h=2',
      `#v1=${LZString.compressToEncodedURIComponent('no marker')}`,
      '#v1=abc',
      '#v1=' + 'A'.repeat(10_000),
    ]) {
      expect(decodeShare(f), f).toBeNull();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (garbage) => {
        expect(() => decodeShare(garbage)).not.toThrow();
        expect(() => decodeShare(`#v1=${garbage}`)).not.toThrow();
      }),
    );
  });

  it('keeps a truncated link from restoring half a paste', () => {
    const fragment = encodeShare({ text: 'x'.repeat(50) + 'the end', harEntry: null });
    // The last character or so can be lz-string's padding: a cut link gives the whole paste or nothing.
    for (let n = 1; n < fragment.length - 3; n++)
      expect([null, 'x'.repeat(50) + 'the end']).toContainEqual(decodeShare(fragment.slice(0, -n))?.text ?? null);
  });

  it('builds an absolute address from the page address, dropping any query and old fragment', () => {
    expect(shareUrl('https://docs.example.com/docs/apigw-errors/en/classify/?q=1#old', 'v1=abc')).toBe(
      'https://docs.example.com/docs/apigw-errors/en/classify/#v1=abc',
    );
  });
});

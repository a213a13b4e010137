import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded } from './lz-bounded';

describe('decompressBounded', () => {
  it("reads exactly what lz-string's compressor wrote, for any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        const packed = LZString.compressToEncodedURIComponent(text);
        expect(decompressBounded(packed, 10 * text.length + 10)).toEqual({ text });
      }),
      { numRuns: 300 },
    );
  });

  it('stops as soon as the output passes the cap, however much the link would expand to', { timeout: 60_000 }, () => {
    const big = 'apigw '.repeat(400_000); // 2.4 MB of text in a link of a few KB
    const packed = LZString.compressToEncodedURIComponent(big);
    expect(packed.length).toBeLessThan(20_000);
    expect(decompressBounded(packed, 1024 * 1024)).toEqual({ error: 'too-large' });
    expect(decompressBounded(packed, 3_000_000)).toEqual({ text: big });
  });

  it('calls a truncated or foreign fragment malformed, never throwing', () => {
    const packed = LZString.compressToEncodedURIComponent('hello world, hello world');
    expect(decompressBounded(packed.slice(0, 5), 1000)).toEqual({ error: 'malformed' });
    expect(decompressBounded('not*lz*text', 1000)).toEqual({ error: 'malformed' });
    expect(decompressBounded('', 1000)).toEqual({ error: 'malformed' });
    fc.assert(fc.property(fc.string(), (s) => void decompressBounded(s, 1000)));
  });
});

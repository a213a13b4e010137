import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { compressFast } from './lz-fast';

describe('compressFast', () => {
  it("writes exactly what lz-string's compressor writes, for any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('a', 'b', '中') }),
        ),
        (text) => {
          expect(compressFast(text)).toBe(LZString.compressToEncodedURIComponent(text));
        },
      ),
      { numRuns: 500 },
    );
    const long = `apigw-classify 1000000\n${'{"code":1640301} '.repeat(60_000)}`;
    expect(compressFast(long)).toBe(LZString.compressToEncodedURIComponent(long));
  });
});

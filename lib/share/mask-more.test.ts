import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK } from './mask';
import { maskFragment, maskMore, MIN_SELECTION } from './mask-more';
import { decodeShare, encodeShare } from './share-link';

describe('mask more: what the reader selects is masked in every form of it', () => {
  it('masks the value as written, JSON-escaped and URL-encoded', () => {
    const value = 'my "internal" host/10.0.0.8';
    const text = `a ${value} b ${JSON.stringify(value)} c ?q=${encodeURIComponent(value)}`;
    const out = maskMore(text, [value]);
    expect(out).not.toContain('internal');
    expect(out.split(MASK).length - 1).toBe(3);
  });

  it('ignores selections too short to be a value, and the mask itself', () => {
    expect(maskMore('a to b', ['to', ' ', MASK])).toBe('a to b');
  });

  it('never leaves a chosen value in the ticket or the link (property)', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: MIN_SELECTION, maxLength: 30 })
          .filter((s) => s.trim().length >= MIN_SELECTION && !s.includes(MASK)),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (value, before, after) => {
          const v = value.trim();
          const text = `${before}${v}${after}\n{"k": ${JSON.stringify(v)}}`;
          const out = maskMore(text, [value]);
          expect(out.includes(v)).toBe(false);
          const fragment = maskFragment(encodeShare({ text, harEntry: null }), [value]);
          expect(decodeShare(`#${fragment}`)!.text.includes(v)).toBe(false);
        },
      ),
      { numRuns: 300, seed: 20261207 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { debounceFor, formatSize, MAX_INPUT } from './limits';

describe('limits', () => {
  it('formats sizes for people', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(12_595)).toBe('12.3 KB');
    expect(formatSize(MAX_INPUT)).toBe('50.0 MB');
  });
  it('waits longer before classifying a larger paste', () => {
    expect(debounceFor(10)).toBeLessThan(debounceFor(1_000_000));
    expect(debounceFor(1_000_000)).toBeLessThan(debounceFor(10_000_000));
  });
});

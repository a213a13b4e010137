import { describe, expect, it } from 'vitest';
import { createThesaurus } from './thesaurus';

const thesaurus = createThesaurus([
  ['限频', '流控', '频率控制', 'rate limit', 'rate limited', 'throttle'],
  ['超时', 'timeout'],
]);

describe('reading the trade’s words out of a query', () => {
  it('reads a word as its concept, longest word first, and blanks it out of the rest', () => {
    const { named, rest } = thesaurus.read('被限频了 接口超时');
    expect(named.map((n) => [n.concept, n.typed])).toEqual([
      [0, ['限频']],
      [1, ['超时']],
    ]);
    expect(rest.replace(/\s+/g, ' ').trim()).toBe('被 了 接口');
    expect(thesaurus.read('got rate limited').named[0]!.typed).toEqual(['rate limited']);
  });

  it('takes a Latin word at a word’s start, with an ending, never inside another word', () => {
    expect(thesaurus.read('throttled twice').named[0]!.typed).toEqual(['throttle']);
    expect(thesaurus.read('throttled twice').rest.trim()).toBe('twice');
    expect(thesaurus.read('timeouts').named).toHaveLength(1);
    expect(thesaurus.read('antithrottle').named).toEqual([]);
    expect(thesaurus.read('throttleable').named).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { inlineCode } from './inline-code';

describe('inlineCode', () => {
  it('turns backticked words into code and keeps the rest as words', () => {
    expect(inlineCode('The reason reads `bk_token is not valid`; status 400.')).toEqual([
      { code: false, text: 'The reason reads ' },
      { code: true, text: 'bk_token is not valid' },
      { code: false, text: '; status 400.' },
    ]);
  });

  it('reads several spans, one at the very start', () => {
    expect(inlineCode('`a` or `b`')).toEqual([
      { code: true, text: 'a' },
      { code: false, text: ' or ' },
      { code: true, text: 'b' },
    ]);
  });

  it('keeps backticks inside a span opened by two', () => {
    expect(inlineCode('see `` You must call `.validate()` first `` here')).toEqual([
      { code: false, text: 'see ' },
      { code: true, text: 'You must call `.validate()` first' },
      { code: false, text: ' here' },
    ]);
  });

  it('leaves a backtick that never closes as it is, and a line without any whole', () => {
    expect(inlineCode('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
    expect(inlineCode('no code here')).toEqual([{ code: false, text: 'no code here' }]);
    expect(inlineCode('')).toEqual([]);
  });

  it('reads the Chinese release notes the same way', () => {
    expect(inlineCode('reason 为 `bk_token is invalid`。')).toEqual([
      { code: false, text: 'reason 为 ' },
      { code: true, text: 'bk_token is invalid' },
      { code: false, text: '。' },
    ]);
  });
});

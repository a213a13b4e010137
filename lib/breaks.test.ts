import { describe, expect, it } from 'vitest';
import { breakParts } from './breaks';

describe('breakParts', () => {
  it('splits after each separator, keeping every character', () => {
    expect(breakParts('APP_NO_PERMISSION')).toEqual(['APP_', 'NO_', 'PERMISSION']);
    expect(breakParts('X-Bkapi-Request-ID')).toEqual(['X-', 'Bkapi-', 'Request-', 'ID']);
    expect(breakParts('/en/r/?code=1&code_name=A_B')).toEqual(['/', 'en/', 'r/', '?code=1&', 'code_', 'name=A_', 'B']);
    expect(breakParts('f466f78c-5130').join('')).toBe('f466f78c-5130');
  });

  it('leaves a word without separators, or ending in one, whole', () => {
    expect(breakParts('1640301')).toEqual(['1640301']);
    expect(breakParts('a_')).toEqual(['a_']);
    expect(breakParts('')).toEqual(['']);
  });
});

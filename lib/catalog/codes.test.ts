import { describe, expect, it } from 'vitest';
import { CODE_IN_TEXT, isEsbCode, isPlatformCode, statusInCode } from './codes';

describe('code shapes', () => {
  it("tells the gateway's, the ESB's and anyone else's codes apart", () => {
    expect([statusInCode(1640001), statusInCode(164000), statusInCode('16400011')]).toEqual([400, null, null]);
    expect([isEsbCode(1306201), isEsbCode(1306), statusInCode(1306201)]).toEqual([true, false, null]);
    expect([statusInCode(1650070), statusInCode(1642903), statusInCode(1306201)]).toEqual([500, 429, null]);
    expect(CODE_IN_TEXT.exec('error 1640301 from x')?.[1]).toBe('1640301');
    expect(CODE_IN_TEXT.exec('id 916403012')).toBeNull();
    expect([isPlatformCode(1640301), isPlatformCode('1306406'), isPlatformCode(1649999)]).toEqual([true, true, true]);
    expect([isPlatformCode(40403), isPlatformCode('9999999'), isPlatformCode(0)]).toEqual([false, false, false]);
  });
});

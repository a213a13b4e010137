/**
 * The shapes of the codes the catalog holds, for the loader (which checks every entry against them) and the
 * classifier (which reads them in a paste): the one place they are written.
 */

/** The gateway's: 16, the HTTP status it is usually sent with, two more digits (1640001 reads 16 · 400 · 01). */
export const GATEWAY_CODE = /^16(\d{3})\d{2}$/;
/** The legacy ESB's: 1306 and three digits. */
export const ESB_CODE = /^1306\d{3}$/;
/** Either, standing alone inside other text. */
export const CODE_IN_TEXT = /(?:^|[^\d])(16\d{5}|1306\d{3})(?!\d)/;

export const isEsbCode = (code: number | string) => ESB_CODE.test(String(code));
/** A code of neither shape (40403, 9999999) is no code of the gateway's or the ESB's: the backend's own. */
export const isPlatformCode = (code: number | string) => GATEWAY_CODE.test(String(code)) || isEsbCode(code);
/** The status a gateway code names in its digits 3-5 (`1640001` → 400), or null for any other code. */
export function statusInCode(code: number | string): number | null {
  const m = GATEWAY_CODE.exec(String(code));
  return m ? Number(m[1]) : null;
}

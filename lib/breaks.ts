/**
 * Where an identifier may wrap: after each `_`, `-`, `/` and `&` (APP_NO_PERMISSION, X-Bkapi-Error-Code, a
 * request id, an address's path and query). The browser breaks a line at none of `_`, and at `-` not before a
 * digit; the page puts a `<wbr>` between the parts (components/breakable.tsx), so an id never breaks mid-word.
 */
export function breakParts(text: string): string[] {
  return text.split(/(?<=[_\-/&])(?=.)/);
}

/**
 * What a dropped or chosen file is, from its first bytes, before any of it goes into the box: a text
 * (a HAR, a log, a saved response) is read; an image, an archive, a PDF or any other binary is refused at
 * once, so a 5 MB PNG is never poured into the text box as mojibake.
 */
export type BinaryKind = 'image' | 'document' | 'archive' | 'executable' | 'binary';

const SIGNATURES: [kind: BinaryKind, bytes: number[]][] = [
  ['image', [0x89, 0x50, 0x4e, 0x47]],
  ['image', [0xff, 0xd8, 0xff]],
  ['image', [0x47, 0x49, 0x46, 0x38]],
  ['image', [0x52, 0x49, 0x46, 0x46]],
  ['document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['archive', [0x50, 0x4b, 0x03, 0x04]],
  ['archive', [0x1f, 0x8b]],
  ['archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['executable', [0x4d, 0x5a]],
];

/** The kind of binary file the bytes start, or null for text (UTF-8 or UTF-16 with its byte-order mark). */
export function binaryKind(head: Uint8Array): BinaryKind | null {
  for (const [kind, sig] of SIGNATURES) if (sig.every((b, i) => head[i] === b)) return kind;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  return head.length > 0 && control / head.length > 0.1 ? 'binary' : null;
}

/**
 * lz-string's `compressToEncodedURIComponent`, with the same output, in linear time: its dictionary is a trie
 * keyed by numbers instead of an object keyed by ever longer strings. lz-string takes minutes to pack the
 * 200 MB texts that hostile share links expand to; this packs them in seconds, so the browser tests can
 * build those links when they run instead of keeping them as files. Test tooling only: the site uses lz-string.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

export function compressFast(text: string): string {
  const out: string[] = [];
  let val = 0;
  let position = 0;
  const bits = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      val = (val << 1) | (value & 1);
      if (position === 5) {
        out.push(ALPHABET[val]!);
        position = 0;
        val = 0;
      } else position++;
      value >>= 1;
    }
  };
  const chars = new Map<number, number>();
  const pending = new Set<number>();
  const phrases = new Map<number, number>();
  let enlargeIn = 2;
  let dictSize = 3;
  let numBits = 2;
  let w = -1; // the code of the current phrase
  let wChar = -1; // its character, while it is one character long and not yet sent
  const grow = () => {
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  };
  const emit = () => {
    if (wChar >= 0 && pending.has(wChar)) {
      const wide = wChar >= 256;
      bits(wide ? 1 : 0, numBits);
      bits(wChar, wide ? 16 : 8);
      grow();
      pending.delete(wChar);
    } else bits(w, numBits);
    grow();
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let code = chars.get(c);
    if (code === undefined) {
      code = dictSize++;
      chars.set(c, code);
      pending.add(c);
    }
    if (w < 0) {
      w = code;
      wChar = c;
      continue;
    }
    const key = w * 65536 + c;
    const next = phrases.get(key);
    if (next !== undefined) {
      w = next;
      wChar = -1;
      continue;
    }
    emit();
    phrases.set(key, dictSize++);
    w = code;
    wChar = c;
  }
  if (w >= 0) emit();
  bits(2, numBits);
  for (;;) {
    val <<= 1;
    if (position === 5) {
      out.push(ALPHABET[val]!);
      break;
    }
    position++;
  }
  return out.join('');
}

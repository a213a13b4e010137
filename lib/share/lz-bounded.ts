/**
 * lz-string's `decompressFromEncodedURIComponent`, with a cap on what it may produce. lz-string itself
 * expands a hostile 44 KB link to 200 MB before anyone can look at the result; this reads the same format
 * (lz-string 1.5.0, `_decompress` with the URI-safe alphabet) and stops as soon as the output passes `max`
 * characters, so a link costs at most about `max` characters of work whatever it claims. The round trip
 * against lz-string's own compressor is a property test beside this file.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type Bounded = { text: string } | { error: 'too-large' | 'malformed' };

export function decompressBounded(input: string, max: number): Bounded {
  const data = input.replace(/ /g, '+');
  const length = data.length;
  if (length === 0) return { error: 'malformed' };
  const valueAt = (i: number) => VALUE.get(data.charAt(i)) ?? -1;
  let val = valueAt(0);
  let position = 32;
  let index = 1;
  let bad = val < 0;
  const read = (n: number): number => {
    let bits = 0;
    for (let power = 1, maxpower = 1 << n; power !== maxpower; power <<= 1) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = valueAt(index++);
        if (val < 0 && index <= length) bad = true;
      }
      bits |= (resb > 0 ? 1 : 0) * power;
    }
    return bits;
  };

  const dictionary: string[] = ['0', '1', '2'];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return { text: '' };
  if (first !== 0 && first !== 1) return { error: 'malformed' };
  const c = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = c;
  let w = c;
  const result: string[] = [c];
  let size = c.length;
  for (;;) {
    if (bad || index > length) return { error: 'malformed' };
    let code = read(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(read(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 1 << numBits;
      numBits++;
    }
    let entry: string;
    if (dictionary[code] !== undefined) entry = dictionary[code]!;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { error: 'malformed' };
    size += entry.length;
    if (size > max) return { error: 'too-large' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 1 << numBits;
      numBits++;
    }
  }
}

/**
 * Sets of BMP code units as bit tables (8 KB each), for the scans that test a character at every position: one array read
 * where a Set of char codes hashes the code first.
 */
export function charBits(chars: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(0x10000 / 32)
  for (const ch of chars) { const c = ch.charCodeAt(0); bits[c >> 5] |= 1 << (c & 31) }
  return bits
}

/** Whether code unit `c` is in `bits`. NaN (read past the end of a string) is taken as U+0000, which no caller's set holds. */
export const hasChar = (bits: Uint32Array, c: number): boolean => ((bits[c >> 5] >>> (c & 31)) & 1) === 1

/** Whether code unit `c` is a CJK unified ideograph of the basic block (U+4E00–9FFF), as [\u4e00-\u9fff] in a regex; NaN is not. */
export const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff

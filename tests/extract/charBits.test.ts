import { describe, expect, it } from 'vitest'
import { charBits, hasChar } from '../../src/extract/charBits'

describe('charBits', () => {
  const bits = charBits('局委a')
  it('holds the code units of its characters and no other', () => {
    for (const ch of '局委a') expect(hasChar(bits, ch.charCodeAt(0))).toBe(true)
    // (neighbours in the same 32-bit word, and the first unit of every word)
    for (const c of ['局'.charCodeAt(0) + 1, '局'.charCodeAt(0) - 1, 'b'.charCodeAt(0), 0, 0xffff]) expect(hasChar(bits, c)).toBe(false)
  })
  it('reads past the end of a string (NaN) as U+0000: no member of a set without it', () => {
    expect(hasChar(bits, '局'.charCodeAt(5))).toBe(false)
    expect(hasChar(charBits('\u0000'), '局'.charCodeAt(5))).toBe(true)
  })
})

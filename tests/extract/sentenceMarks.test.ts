import { describe, expect, it } from 'vitest'
import { occursIn } from '../../src/extract/sentenceMarks'

describe('occursIn', () => {
  const text = '2023年全年办理案件12件。宪法宣传周期间开展活动3次；上半年检查5次'
  const first = { start: 0, end: text.indexOf('。') }
  const second = { start: first.end + 1, end: text.indexOf('；') }
  it('answers per span, whichever span or text was read before', () => {
    expect(occursIn(text, first, '年')).toBe(true)
    expect(occursIn(text, first, '期其')).toBe(false)
    expect(occursIn(text, second, '期其')).toBe(true)
    expect(occursIn(text, second, '年')).toBe(false)
    expect(occursIn(text, first, '月季半')).toBe(false)
    expect(occursIn(text, { start: second.end + 1, end: text.length }, '月季半')).toBe(true)
    // (another text with the same span is read again)
    expect(occursIn('某某某某某某某某某某某某某某某', first, '年')).toBe(false)
  })
  it('refuses a character it does not read', () => {
    expect(() => occursIn(text, first, '件')).toThrow(/not in MARKS/)
  })
})

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalise } from '../../src/extract'

describe('normalisation', () => {
  it('turns traditional into simplified at the same offsets', () => {
    const original = '吉林市船營區人民政府:糾紛調解成功率達到97%'
    const n = normalise(original)
    expect(n.script).toBe('traditional')
    expect(n.text).toBe('吉林市船营区人民政府:纠纷调解成功率达到97%')
    expect(n.text.length).toBe(original.length)
  })

  it('leaves simplified text alone', () => {
    const s = '全年共开展执法检查86次,消除隐患93起。'
    expect(normalise(s)).toEqual({ text: s, script: 'simplified' })
  })

  it('maps full-width digits, letters and punctuation to half-width', () => {
    expect(normalise('达到８６．５％，共１２件').text).toBe('达到86.5%,共12件')
    expect(normalise('a\u3000b').text).toBe('a b')
  })

  it('always preserves length, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => normalise(s).text.length === s.length))
  })
})

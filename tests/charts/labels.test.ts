import { describe, expect, it } from 'vitest'
import { plainLabel, textUnits, truncateLabel } from '../../src/charts'

describe('label fitting', () => {
  it('measures CJK as one unit and Latin as 0.6', () => {
    expect(textUnits('东湖区司法局')).toBe(6)
    expect(textUnits('ab')).toBeCloseTo(1.2)
  })

  it('cuts to the width with an ellipsis, and leaves short labels alone', () => {
    expect(truncateLabel('西岭区人力资源和社会保障局', 8)).toBe('西岭区人力资源…')
    expect(textUnits(truncateLabel('Xiling District Human Resources and Social Security Bureau', 15))).toBeLessThanOrEqual(15)
    expect(truncateLabel('东湖区司法局', 8)).toBe('东湖区司法局')
  })

  it('keeps rich-text markup in data from being parsed', () => {
    expect(plainLabel('{a|b}')).toBe('｛a｜b｝')
  })
})

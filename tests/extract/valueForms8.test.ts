/**
 * Value forms of the values8 round, each on sentences written for this test (never a corpus
 * sentence): cases dealt with versus penalties (the corpus README's ruling), and the look-alikes
 * the p-* openings showed.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf as values } from './seeds'

const value = (text: string, indicator: string): number | undefined => values(text)[indicator]?.[0]

describe('cases dealt with are enforcement cases; only penalties are penalty cases', () => {
  it('reads 查处/查办…违法案件 as enforcement cases, never as penalties', () => {
    for (const t of ['全年查处各类违法案件58件。', '本局共查办违法案件58起，结案54起。', '全年查处各类案件58件。']) {
      expect(value(t, 'enforcement_cases')).toBe(58)
      expect(value(t, 'penalty_cases')).toBeUndefined()
    }
  })

  it('gives each indicator its own figure when both are stated', () => {
    const t = '全年立案查处违法案件58件，其中作出行政处罚决定41件。'
    expect(value(t, 'enforcement_cases')).toBe(58)
    expect(value(t, 'penalty_cases')).toBe(41)
  })
})

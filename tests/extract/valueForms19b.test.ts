/**
 * Runs the value forms of valsB19 (valueForms19b.ts): every probe's indicator reads the value it wants, or nothing. One test per
 * form lists the failing texts; before the rules of valsB19 every form but the deliberated decisions failed in most of its probes.
 */
import { describe, expect, it } from 'vitest'
import { extractText } from './seeds'
import { buildProbes, type Probe } from './valueForms19b'

const probes = buildProbes()

function failure(p: Probe): string {
  const got = extractText(p.text).observations.find((o) => o.indicator_id === p.indicator)
  if ((got?.value ?? null) === p.want) return ''
  return `${p.text} → ${p.indicator}: ${got ? got.value : 'none'}, want ${p.want ?? 'none'}`
}

describe('value forms (valsB19)', () => {
  it('generates a matrix over several subjects, verbs, terms, units and numerals', () => {
    expect(probes.length).toBeGreaterThan(400)
  })

  for (const form of [...new Set(probes.map((p) => p.form))]) {
    it(form, () => {
      expect(probes.filter((p) => p.form === form).map(failure).filter(Boolean)).toEqual([])
    })
  }
})

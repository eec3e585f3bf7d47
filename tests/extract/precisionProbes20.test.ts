/**
 * Runs the precision probes (precisionProbes20.ts): per kind, the probes whose reading is wrong (a value missed or taken, a
 * figure that must not be taken taken by any indicator) are listed. A ratchet per kind, lowered as the rules improve.
 */
import { describe, expect, it } from 'vitest'
import { extractText } from './seeds'
import { buildPrecisionProbes, type Probe } from './precisionProbes20'

const probes = buildPrecisionProbes()

function failure(p: Probe): string {
  const observations = extractText(p.text).observations
  const mine = observations.find((o) => o.indicator_id === p.indicator)
  const wrong = p.value !== undefined && (mine?.value ?? null) !== p.value ? `${p.indicator}: ${mine ? mine.value : 'none'}, want ${p.value ?? 'none'}` : ''
  const taken = observations.filter((o) => p.mustNot.includes(o.value)).map((o) => `${o.indicator_id} took ${o.value}`)
  return [wrong, ...taken].filter(Boolean).join('; ')
}

/** Probes per kind still failing (none): raise none of them. */
const STILL_FAILING: Record<string, number> = {}

const results = probes.map((p) => ({ p, why: failure(p) }))
const kinds = [...new Set(probes.map((p) => p.name))]

describe('precision probes', () => {
  it('has a matrix of each kind', () => {
    expect(probes.length).toBeGreaterThan(1500)
    expect(kinds.length).toBeGreaterThanOrEqual(8)
  })

  it.each(kinds)('%s', (kind) => {
    const failing = results.filter((r) => r.p.name === kind && r.why).map((r) => `${r.p.text} → ${r.why}`)
    if (failing.length > (STILL_FAILING[kind] ?? 0)) expect(failing).toEqual([])
  })
})

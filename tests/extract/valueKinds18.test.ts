/**
 * Runs the value kinds (valueKinds18.ts): every own form is read with its value (and its qualifier where the form sets one),
 * and no near kind's figure is taken (by any indicator but the one a wording allows). Prints the probes and failures per
 * group; one test per family and form or kind lists the failing texts, over a ratchet of cells left failing on purpose, whose
 * wrong values must all sit in the low confidence band. Before the rules of vals18, 276 of the 20,426 probes failed.
 */
import { describe, expect, it } from 'vitest'
import { extractText } from './seeds'
import { confidenceBand } from '../../src/extract/confidence'
import { probeFailure } from './distractorMatrix'
import { buildNearProbes, buildOwnProbes, NEAR_NAMES, OWN_FORMS, PASSAGES, type OwnProbe } from './valueKinds18'

const owns = buildOwnProbes()
const nears = buildNearProbes()

function ownFailure(p: OwnProbe): string {
  const mine = extractText(p.text).observations.find((o) => o.indicator_id === p.indicator)
  if (mine?.value === p.value && (!p.qualifier || mine.qualifier === p.qualifier)) return ''
  return `${p.indicator}: ${mine ? `${mine.value} ${mine.qualifier}` : 'none'}, want ${p.value}${p.qualifier ? ` ${p.qualifier}` : ''}`
}

const ownResults = owns.map((p) => ({ p, key: `${p.family}: ${p.form}`, why: ownFailure(p) }))
const nearResults = nears.map((p) => ({ p, key: `${p.family}: ${p.context}`, why: probeFailure(p, extractText(p.text).observations) }))
const families = [...new Set([...owns, ...nears].map((p) => p.family))]

/**
 * Cells (family: form or kind) still failing, with how many probes: a ratchet, lowered as the rules improve, never raised. A law in
 * force since a date (条例施行以来…) is left read: one in force from the report's year counts the year (corpus README, vals18);
 * its values carry the `since_event` doubt, which puts them in the low band.
 */
const STILL_FAILING: Record<string, number> = {
  'approval: since a start': 2,
  'enforcement: since a start': 10,
  'mediation: since a start': 3,
  'oversight: since a start': 8,
  'training: since a start': 10,
}

const summary = (name: string, rs: { key: string; why: string }[], names: string[]) => names.map((n) => {
  const mine = rs.filter((r) => r.key.endsWith(`: ${n}`))
  return `  ${name} ${n.padEnd(24)} ${String(mine.length).padStart(5)} probes ${String(mine.filter((r) => r.why).length).padStart(4)} failing`
})

describe('value kinds', () => {
  it('prints probes and failures per form and kind', () => {
    const all = [...ownResults, ...nearResults]
    console.log(`value kinds: ${all.length} probes, ${all.filter((r) => r.why).length} failing\n${[...summary('own ', ownResults, OWN_FORMS), ...summary('near', nearResults, NEAR_NAMES)].join('\n')}`)
    expect(all.length).toBeGreaterThan(3000)
  })

  for (const family of families) {
    for (const name of [...OWN_FORMS, ...NEAR_NAMES]) {
      const key = `${family}: ${name}`
      const rs = [...ownResults, ...nearResults].filter((r) => r.key === key)
      if (!rs.length) continue
      it(key, () => {
        const failing = rs.filter((r) => r.why).map((r) => `${r.p.text} → ${r.why}`)
        if (failing.length > (STILL_FAILING[key] ?? 0)) expect(failing).toEqual([])
      })
    }
  }
})

describe('the forms left read are doubted', () => {
  it('puts every value a still-failing near probe takes in the low band', () => {
    const taken = nearResults.filter((r) => r.why).flatMap(({ p }) => extractText(p.text).observations
      .filter((o) => p.mustNot.includes(o.value) && (!p.only || o.indicator_id === p.indicator) && o.indicator_id !== p.may))
    expect(taken.length).toBeGreaterThan(0)
    expect(taken.filter((o) => confidenceBand(o.confidence) !== 'low').map((o) => `${o.indicator_id}=${o.value} ${o.confidence}`)).toEqual([])
  })

  it('puts a figure read across a thousands space in the low band, and reads it whole', () => {
    const o = extractText('2023年，本局查处违法案件1 234件。').observations.find((x) => x.indicator_id === 'enforcement_cases')
    expect(o?.value).toBe(1234)
    expect(confidenceBand(o!.confidence)).toBe('low')
    // (a row of table cells is never joined)
    expect(extractText('2023年，本局查处违法案件 5 120 3 件。').observations.filter((x) => x.value === 5120)).toEqual([])
  })
})

describe('passages in a report\'s own layout', () => {
  it.each(PASSAGES)('%s', (text, indicator, value, not) => {
    const observations = extractText(text).observations
    const mine = observations.find((o) => o.indicator_id === indicator)
    if (value === null) expect(mine).toBeUndefined()
    else expect(mine?.value).toBe(value)
    expect(observations.filter((o) => not.includes(o.value)).map((o) => `${o.indicator_id}=${o.value}`)).toEqual([])
  })
})

/**
 * Runs the training and mediation form matrix (trainingMatrix.ts): every own form is read with its value and
 * qualifier for every author, and no near miss's figure is taken by an indicator it is banned from, alone or
 * beside an own figure. Prints the probe count and failures per family and group.
 */
import { describe, expect, it } from 'vitest'
import { extractText, valuesOf } from './seeds'
import { buildTrainingProbes, type TrainingProbe } from './trainingMatrix'
import { buildPassageProbes, FAMILY_IDS } from './trainingPassages'

const probes = buildTrainingProbes()

/** What is wrong with a probe's reading ('' when nothing). */
function failure(p: TrainingProbe): string {
  const observations = extractText(p.text).observations
  const own = observations.find((o) => o.indicator_id === p.indicator)
  const wrong = p.value === null ? ''
    : own?.value !== p.value || own?.qualifier !== p.qualifier
      ? `${p.indicator}: ${own ? `${own.value} ${own.qualifier}` : 'none'}, want ${p.value} ${p.qualifier}` : ''
  const taken = observations.filter((o) => p.banned.includes(o.indicator_id) && p.mustNot.includes(o.value))
    .map((o) => `${o.indicator_id} took ${o.value}`)
  return [wrong, ...taken].filter(Boolean).join('; ')
}

const results = probes.map((p) => ({ p, why: failure(p) }))

describe('training and mediation form matrix', () => {
  it('prints probes and failures per family and group', () => {
    const lines: string[] = []
    for (const f of ['training', 'mediation'] as const) {
      for (const g of ['form', 'numeral', 'script', 'near-miss'] as const) {
        const mine = results.filter((r) => r.p.family === f && r.p.group === g)
        lines.push(`  ${f.padEnd(10)} ${g.padEnd(10)} ${String(mine.length).padStart(5)} probes ${String(mine.filter((r) => r.why).length).padStart(4)} failing`)
      }
    }
    console.log(`training matrix: ${probes.length} probes (${results.filter((r) => r.why).length} failing)\n${lines.join('\n')}`)
    expect(probes.length).toBeGreaterThan(1000)
  })

  for (const family of ['training', 'mediation'] as const) {
    for (const group of ['form', 'numeral', 'script', 'near-miss'] as const) {
      it(`${family}: ${group}`, () => {
        const failing = results.filter((r) => r.p.family === family && r.p.group === group && r.why)
          .map((r) => `[${r.p.author}] ${r.p.text} → ${r.why}`)
        expect(failing).toEqual([])
      })
    }
  }
})

describe('an item of a list keeps its own words', () => {
  it('adds the law sessions around an attended item and leaves the attended one out', () => {
    expect(valuesOf('2023年，县司法局开展法治讲座3场、旁听庭审活动2次、集中学法5次。').training_sessions).toEqual([8, 'derived'])
    expect(valuesOf('2023年，街道组织集中学法5次、旁听庭审2次、法治培训3期。').training_sessions).toEqual([8, 'derived'])
  })

  it('still reads a verb before the whole list as governing every item', () => {
    expect(valuesOf('2023年，县司法局参与执法检查3次、联合检查2次。').enforcement_inspections).toBeUndefined()
    expect(valuesOf('2023年，排查发现事故隐患23处、火灾隐患6处。').hazards_rectified).toBeUndefined()
  })
})

describe('training and mediation passages', () => {
  it('reads every value a passage states, for every author, and no other value of the two families', () => {
    const failing: string[] = []
    for (const p of buildPassageProbes()) {
      const observations = extractText(p.text).observations.filter((o) => FAMILY_IDS.includes(o.indicator_id))
      for (const [id, [value, qualifier, optional]] of Object.entries(p.values)) {
        const o = observations.find((x) => x.indicator_id === id)
        if (o ? o.value !== value || o.qualifier !== qualifier : !optional) failing.push(`[${p.author}] ${id}: ${o ? `${o.value} ${o.qualifier}` : 'none'}, want ${value} ${qualifier} — ${p.text}`)
      }
      for (const o of observations) if (!(o.indicator_id in p.values)) failing.push(`[${p.author}] extra ${o.indicator_id}=${o.value} — ${p.text}`)
    }
    expect(failing).toEqual([])
  })
})

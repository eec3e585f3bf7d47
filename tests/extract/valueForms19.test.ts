/**
 * Runs the value forms of valsA19 (valueForms19.ts): each probe's indicator reads its value (or stays unread) and no figure
 * of its `mustNot` is taken by any indicator. Prints the probes and failures per form; one test per form lists the failing texts.
 */
import { describe, expect, it } from 'vitest'
import { extractText } from './seeds'
import { buildProbes19, FORMS19, type Probe19 } from './valueForms19'

function failure(p: Probe19): string {
  const obs = extractText(p.text).observations
  const mine = obs.find((o) => o.indicator_id === p.indicator)
  const why: string[] = []
  if (p.want === null ? mine !== undefined : mine?.value !== p.want) why.push(`${p.indicator}: ${mine ? mine.value : 'none'}, want ${p.want ?? 'none'}`)
  for (const o of obs) if (p.mustNot.includes(o.value) && !(o.indicator_id === p.indicator && o.value === p.want)) why.push(`took ${o.indicator_id}=${o.value}`)
  return why.join('; ')
}

const probes = buildProbes19()
const results = probes.map((p) => ({ p, why: failure(p) }))

describe('value forms 19', () => {
  it('prints probes and failures per form', () => {
    console.log(`value forms 19: ${results.length} probes, ${results.filter((r) => r.why).length} failing\n` +
      FORMS19.map((f) => `  ${f.padEnd(28)} ${String(results.filter((r) => r.p.form === f).length).padStart(4)} probes ` +
        `${String(results.filter((r) => r.p.form === f && r.why).length).padStart(4)} failing`).join('\n'))
    expect(new Set(probes.map((p) => p.form))).toEqual(new Set(FORMS19))
    expect(results.length).toBeGreaterThan(500)
  })

  for (const form of FORMS19) {
    it(form, () => {
      expect(results.filter((r) => r.p.form === form && r.why).map((r) => `${r.p.text} → ${r.why}`)).toEqual([])
    })
  }
})

describe('the doubts of valsA19', () => {
  const reasons = (text: string, indicator: string) =>
    extractText(text).observations.find((o) => o.indicator_id === indicator)?.confidence_reasons.split(',') ?? []

  it('doubts a part of an area\'s total as the area\'s figure', () => {
    for (const area of ['全国', '全省', '全市各级行政机关']) {
      expect(reasons(`${area}五类案件共15454件，其中按日连续处罚199件、罚款18580.62万元。`, 'fines_yuan')).toContain('area_total')
    }
    // (not the author's own part of it, nor a part of the author's total)
    expect(reasons('2023年，全市各级行政机关共办理案件1320件，其中本局罚款12.5万元。', 'fines_yuan')).not.toContain('area_total')
    expect(reasons('2023年，本局查处案件120件，其中罚款12.5万元。', 'fines_yuan')).not.toContain('area_total')
  })

  it('doubts cases of subordinate branches as another body\'s', () => {
    for (const branch of ['各区管理局', '各分局', '各县分局']) {
      expect(reasons(`作为复议机关，市局全年办理针对${branch}的复议案件5宗。`, 'reconsideration_cases')).toContain('other_body')
    }
    expect(reasons('2023年，本局全年办理行政复议案件5宗。', 'reconsideration_cases')).not.toContain('other_body')
  })
})

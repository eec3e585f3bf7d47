/**
 * Runs the round-45 probes (enforcementForms45.ts): each text states exactly the values it lists of the enforcement, approval and
 * mediation indicators; every other one of them stays absent. Weighted to precision: most texts put a figure that is not the
 * author's year's count beside the words of one of these indicators.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'
import type { Probe39 } from './unseenForms39'
import { ALL_45 } from './enforcementForms45'

const IDS = [
  'approval_time_compression_pct', 'immediate_processing_pct', 'online_processing_pct', 'material_reduction_pct', 'approvals_handled',
  'enforcement_inspections', 'enforcement_cases', 'penalty_cases', 'fines_yuan', 'lenient_cases', 'hazards_rectified',
  'reconsideration_cases', 'litigation_cases', 'reconsideration_correction_pct', 'head_appearance_pct', 'litigation_lost_cases',
  'disputes_identified', 'disputes_resolved', 'mediation_success_pct', 'petitions_handled',
]

/** Forms left open. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'transferred then the year\'s cases',
  'cases withdrawn',
  'customs: criminal smuggling cases alone',
  'taxes: fines of tax cases',
  'fines counted by cases',
  'fines paid late charges',
  '罚没合计 after the fines of two other bodies',
  'procedures after the noun',
  'lenient: three kinds each counted, then the total',
  'checks with 次 of the joint team',
  'compression of a kind',
  'success rate of a kind',
  'petitions of the county\'s bureau in a town',
  'disputes by the justice stations',
  'bare 办理案件 after a heading naming penalties',
  'bare 办理案件 after a heading naming enforcement',
  'penalties 为零',
  'customs: the directly-under customs total',
  'environment: daily fines of one case',
])

const check = (text: string, want: Probe39[2]) => {
  const v = valuesOf(text)
  expect(Object.fromEntries(IDS.filter((id) => v[id]).map((id) => [id, v[id]]))).toEqual(want)
}

for (const [group, probes] of ALL_45) {
  describe(`${group}: the year's own figure among the figures beside it`, () => {
    it.each(probes.filter(([form]) => !OPEN.has(form)))('%s', (_form, text, want) => check(text, want))
    const open = probes.filter(([form]) => OPEN.has(form))
    if (open.length) it.fails.each(open)('%s (left open)', (_form, text, want) => check(text, want))
  })
}

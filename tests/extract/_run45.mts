import { valuesOf } from '/work/wt/enf45/tests/extract/seeds'
import { ALL_45 } from '/work/wt/enf45/tests/extract/enforcementForms45'
const IDS = ['approval_time_compression_pct','immediate_processing_pct','online_processing_pct','material_reduction_pct','approvals_handled','enforcement_inspections','enforcement_cases','penalty_cases','fines_yuan','lenient_cases','hazards_rectified','reconsideration_cases','litigation_cases','disputes_identified','disputes_resolved','mediation_success_pct','petitions_handled','reconsideration_correction_pct','head_appearance_pct','litigation_lost_cases']
let n = 0, f = 0
for (const [g, ps] of ALL_45) for (const [form, text, want] of ps) {
  n++
  const v = valuesOf(text)
  const got = Object.fromEntries(IDS.filter((id) => v[id]).map((id) => [id, v[id]]))
  if (JSON.stringify(Object.entries(got).sort()) !== JSON.stringify(Object.entries(want).sort())) { f++; console.log(`${g} | ${form}\n   ${text.split('\n').slice(1).join(' ')}\n   want ${JSON.stringify(want)}\n   got  ${JSON.stringify(got)}`) }
}
console.log(n, 'probes', f, 'fail')

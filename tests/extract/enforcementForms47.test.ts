/**
 * Runs the round-47 probes (enforcementForms47.ts): each text states exactly the values it lists of the enforcement family (and of the
 * approval and mediation indicators, so that no figure moves to a neighbour unseen); every other one of them stays absent. Weighted to
 * precision: most texts put beside the own figure a number a real report puts near it that is not the author's result of the year.
 */
import { probeSuite } from './unseenForms39'
import { ALL_47 } from './enforcementForms47'

const IDS = [
  'approval_time_compression_pct', 'immediate_processing_pct', 'online_processing_pct', 'material_reduction_pct', 'approvals_handled',
  'enforcement_inspections', 'enforcement_cases', 'penalty_cases', 'fines_yuan', 'lenient_cases', 'hazards_rectified',
  'reconsideration_cases', 'litigation_cases', 'reconsideration_correction_pct', 'head_appearance_pct', 'litigation_lost_cases',
  'disputes_identified', 'disputes_resolved', 'mediation_success_pct', 'petitions_handled',
]

/** Forms left open. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'joint action under another body',
  'a joint team\'s cases',
  'penalties: executed by the court',
  'fines paid by instalments',
  'fines target',
  'checks of a joint team',
  'hazards being rectified',
  'emergency: penalties before the accident',
  'county government: its departments then a town',
  'the result against the plan\'s share',
  'departments after 其中 with 次',
  'kinds of case alone',
  'coercive measures beside penalties in a table row',
  'a hundred days\' action',
  'the summer\'s night checks',
  'since the new law',
])

for (const [group, probes] of ALL_47) probeSuite(`${group}: the year's own figure among the figures beside it`, probes, IDS, OPEN)

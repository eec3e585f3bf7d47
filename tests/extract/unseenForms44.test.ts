/**
 * Runs the round-44 matrix (unseenForms44.ts): each text states exactly the values it lists of the fifteen indicators round 44
 * probes (approval, mediation, proposals, major decisions, publicity events, disclosure requests, hazards rectified, fines); every
 * other one of them stays absent. Enforcement, training and review figures are round 43's.
 */
import { probeSuite } from './unseenForms39'
import { ALL_44 } from './unseenForms44'

const IDS = [
  'approval_time_compression_pct', 'immediate_processing_pct', 'online_processing_pct', 'material_reduction_pct', 'approvals_handled',
  'disputes_identified', 'disputes_resolved', 'mediation_success_pct', 'petitions_handled', 'proposals_handled', 'major_decisions',
  'legal_publicity_events', 'info_disclosure_requests', 'hazards_rectified', 'fines_yuan',
]

/**
 * Forms left open (none now: verbs listed before one object and 分别, 受理、办结行政许可事项分别为1200件和1180件, are read since open
 * forms 44, each verb with the object they share). Each must still fail: when a rule reads it, take it out of this list.
 */
const OPEN = new Set<string>([])

for (const [group, probes] of ALL_44) probeSuite(`${group}: the year's own figure among the figures beside it`, probes, IDS, OPEN)

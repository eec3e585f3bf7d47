/**
 * Runs the forms of r54b-fresh's dev half (freshForms54b.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_LEVELS_LEAD_54B, NONE_UNDER_HEADING_54B } from './freshForms54b'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  '全市各级 study groups, then 共…场次', '全区各级行政机关, then 共组织…期', '全市各级党组织 with 累计',
])

probeSuite('r54b: a none stated alone under the heading that names its term', NONE_UNDER_HEADING_54B,
  ['info_disclosure_requests', 'reconsideration_cases', 'litigation_cases'], OPEN)
probeSuite('r54b: a count after a clause led by the bodies of all levels of the area', ALL_LEVELS_LEAD_54B, ['training_sessions'], OPEN)

/**
 * Runs the forms of r56b-fresh's dev half (freshForms56b.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { BUREAU_TOTAL_56B, NEAR_56B, SECOND_BUREAU_56B } from './freshForms56b'

/**
 * Probes left open: none. Written failing first (4 of 10 failed before any rule: the bureau's total lost to its licences, or its
 * 受理各类业务 was unread); all read since, the 5 near misses and the one read before unchanged.
 */
const OPEN = new Set<string>([])

probeSuite('r56b: an approval body\'s total business before the licences within it', BUREAU_TOTAL_56B, ['approvals_handled'], OPEN)

/** The second batch, in new wording, run once after the rule (corpus README, "Dev forms of r56b-fresh"). */
const OPEN_SECOND = new Set<string>([])

probeSuite('r56b: an approval body\'s whole before its licences, new wording', SECOND_BUREAU_56B, ['approvals_handled'], OPEN_SECOND)

/** The batch's other dev forms in new wording, run once (corpus README, "Dev forms of r56b-fresh"). */
const OPEN_NEAR = new Set<string>([])

probeSuite('r56b: near misses of the batch\'s other dev forms', NEAR_56B,
  ['info_disclosure_requests', 'reconsideration_cases', 'training_sessions', 'hazards_rectified', 'enforcement_inspections'], OPEN_NEAR)

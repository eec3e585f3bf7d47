/**
 * Runs the forms of r54c-fresh's dev half (freshForms54c.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { SECOND_ADVISERS_54C, VILLAGE_ADVISERS_54C } from './freshForms54c'

/**
 * Probes left open: none. Written failing first (2 of 9: the advisers counted by their villages with people in their clause, 接待群众/
 * 居民…); read since (objects.ts OTHERS_SUBJECT), the near misses unchanged.
 */
const OPEN = new Set<string>([])

probeSuite('r54c: the legal advisers of an area\'s villages counted by their villages', VILLAGE_ADVISERS_54C,
  ['training_sessions', 'legal_publicity_events', 'disputes_resolved'], OPEN)

/** The second batch, in new wording, run once after the rule (corpus README, "Dev forms of r54c-fresh"). */
const OPEN_SECOND = new Set<string>([])

probeSuite('r54c: village legal advisers counted by their villages, new wording', SECOND_ADVISERS_54C,
  ['training_sessions', 'legal_publicity_events', 'disputes_resolved'], OPEN_SECOND)

/**
 * Runs the forms of r54c-fresh's dev half (freshForms54c.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { VILLAGE_ADVISERS_54C } from './freshForms54c'

/** Probes left open: written failing first (2 of 9), before any rule was changed for them. */
const OPEN = new Set<string>(['全市N个村（社区）的法律顾问, lectures in the next clause', '全区N个社区的法律顾问 receiving residents'])

probeSuite('r54c: the legal advisers of an area\'s villages counted by their villages', VILLAGE_ADVISERS_54C,
  ['training_sessions', 'legal_publicity_events', 'disputes_resolved'], OPEN)

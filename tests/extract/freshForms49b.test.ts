/**
 * Runs the forms of r49b-fresh's dev half (freshForms49b.ts): each probe states exactly the values it lists of its group's
 * indicators, every other one of them absent.
 */
import { probeSuite } from './unseenForms39'
import { AGENDA_TOPICS_49B, PROGRAMME_VOLUME_49B, SECOND_AGENDA_TOPICS_49B, SECOND_PROGRAMME_VOLUME_49B } from './freshForms49b'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

probeSuite('a service programme\'s volume, no approvals handled', PROGRAMME_VOLUME_49B, ['approvals_handled'], OPEN)
probeSuite('meetings counted by the topics they studied and deployed, no sessions', AGENDA_TOPICS_49B, ['training_sessions'], OPEN)

/**
 * The second batch, written after the rules in new wording and run once before any rule was changed for it (the round's
 * generalisation figure, corpus README "Dev forms of r49b-fresh").
 */
const OPEN_SECOND = new Set<string>([])

probeSuite('the same forms in new wording: a programme\'s volume', SECOND_PROGRAMME_VOLUME_49B, ['approvals_handled'], OPEN_SECOND)
probeSuite('the same forms in new wording: agenda topics', SECOND_AGENDA_TOPICS_49B, ['training_sessions'], OPEN_SECOND)

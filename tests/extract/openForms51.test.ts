/**
 * Runs the open forms of round 51 (openForms51.ts): each text states exactly the values it lists of its group's indicators; every
 * other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { FINES_BY_PROCEDURE_51, HEARING_LAST_51, YEAR_RUNNING_TOTAL_51 } from './openForms51'

/** Probes no rule reads yet: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  // people after a list whose last item is attended: the hearing's 旁听 speaks for the whole list the people follow
  'study, lectures and a hearing, then the people',
  'study, lectures and a hearing, then the people (traditional)',
  'courses, study and a hearing of a suit, then 累计参训',
])

probeSuite('open forms 51: fines by procedure written 罚没款', FINES_BY_PROCEDURE_51, ['fines_yuan'], OPEN)
probeSuite('open forms 51: the year\'s running total after its parts', YEAR_RUNNING_TOTAL_51, ['fines_yuan', 'penalty_cases'], OPEN)
probeSuite('open forms 51: people after a list whose last item was attended', HEARING_LAST_51, ['training_sessions', 'training_participants'], OPEN)

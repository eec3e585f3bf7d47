/**
 * Runs the open forms of round 51 (openForms51.ts): each text states exactly the values it lists of its group's indicators; every
 * other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { FINES_BY_PROCEDURE_51, HEARING_LAST_51, MEETINGS_HELD_STUDY_51, PROPOSALS_HEADING_51, SCHOOL_LESSONS_51, YEAR_RUNNING_TOTAL_51 } from './openForms51'

/**
 * Probes no rule reads yet: each must still fail; when a rule reads it, take it out of this list. Committed with 10 of 18 failing
 * (c07d486), and 9 more with 5 failing (c05b8aa); read since by sums.ts (PROCEDURE, YEAR_TOTAL), objects.ts speaksForItem's closedLast
 * and engine.ts HELD_STUDY (with training_sessions' `after` for meetings that held the study), and 7 more with 4 failing (ff71217), read
 * since 堂 is a unit of legal_publicity_events.
 */
const OPEN = new Set<string>([
  // a bare count under a proposals heading: proposals_handled's sentence_require asks the sentence itself for 人大/政协/代表/委员/提案
  'a heading naming both, then 共承办',
  'a numbered heading, then the bureau\'s share and its parts',
  'a heading on handling them, then 办结',
  'a heading naming both, then 共承办 (traditional)',
  'an inline heading, then 承办',
])

probeSuite('open forms 51: fines by procedure written 罚没款', FINES_BY_PROCEDURE_51, ['fines_yuan'], OPEN)
probeSuite('open forms 51: the year\'s running total after its parts', YEAR_RUNNING_TOTAL_51, ['fines_yuan', 'penalty_cases'], OPEN)
probeSuite('open forms 51: people after a list whose last item was attended', HEARING_LAST_51, ['training_sessions', 'training_participants'], OPEN)
probeSuite('open forms 51: meetings counted before the study they held', MEETINGS_HELD_STUDY_51, ['training_sessions'], OPEN)
probeSuite('open forms 51: law lessons for pupils counted in 堂', SCHOOL_LESSONS_51, ['legal_publicity_events', 'training_sessions', 'training_participants'], OPEN)
probeSuite('open forms 51: a bare count under a proposals heading', PROPOSALS_HEADING_51, ['proposals_handled', 'approvals_handled'], OPEN)

/**
 * Runs the open forms of round 51 (openForms51.ts): each text states exactly the values it lists of its group's indicators; every
 * other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { FINES_BY_PROCEDURE_51, HEARING_LAST_51, YEAR_RUNNING_TOTAL_51 } from './openForms51'

/** Probes no rule reads yet: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  // 罚没款 by procedure: the catalogue's sum_unless (罚没) keeps every 罚没 item from adding up with those after it
  'cases by procedure after a colon, each with its 罚没款',
  'procedures\' 罚没款 with no cases, no total',
  'a team\'s procedures with 收缴罚没款',
  'procedures after 其中, each with its 罚没款 (traditional)',
  // the year's running total after parts: TOTAL_LEAD leaves 全年累计 + a term out, so the total is added to its parts (2×)
  'fines by procedure, then the year\'s 累计',
  'fines by procedure, then 今年累计 (traditional)',
  'a 年内 running total with 共计',
  // people after a list whose last item is attended: the hearing's 旁听 speaks for the whole list the people follow
  'study, lectures and a hearing, then the people',
  'study, lectures and a hearing, then the people (traditional)',
  'courses, study and a hearing of a suit, then 累计参训',
])

probeSuite('open forms 51: fines by procedure written 罚没款', FINES_BY_PROCEDURE_51, ['fines_yuan'], OPEN)
probeSuite('open forms 51: the year\'s running total after its parts', YEAR_RUNNING_TOTAL_51, ['fines_yuan', 'penalty_cases'], OPEN)
probeSuite('open forms 51: people after a list whose last item was attended', HEARING_LAST_51, ['training_sessions', 'training_participants'], OPEN)

/**
 * Runs the open forms of round 52 (openForms52.ts): each text states exactly the values it lists of its group's indicators; every
 * other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { LONE_PROCEDURE_52 } from './openForms52'

/** Probes no rule reads yet: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  '办结普通程序案件 in Chinese numerals, then a closure rate', "a bureau's 办理一般程序案件 in 宗 (traditional)",
  '查办普通程序案件 before the fines', '依法办理 with a closing clause', 'the penalties among them after it', 'a hearing held after it',
])

probeSuite('open forms 52: cases named only by their procedure', LONE_PROCEDURE_52,
  ['enforcement_cases', 'penalty_cases', 'reconsideration_cases', 'fines_yuan'], OPEN)

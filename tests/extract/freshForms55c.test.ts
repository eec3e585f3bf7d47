/**
 * Runs the forms of r55c-fresh's dev half (freshForms55c.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { YEAR_SO_FAR_NONE_55C } from './freshForms55c'

/** Written failing first (5 of 9: every none after the year counted to date); the near misses pass as they are. */
const OPEN = new Set<string>([
  '今年以来未收到 … 提出的 … 申请', '2023年以来本局未发生 reviews and suits', '年初以来没有发生 suits', '本年度以来 before 未收到 requests',
  'traditional, 今年以來未發生',
])

probeSuite('r55c: a none after the report\'s own year counted to date', YEAR_SO_FAR_NONE_55C,
  ['info_disclosure_requests', 'reconsideration_cases', 'litigation_cases'], OPEN)

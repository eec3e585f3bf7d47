/**
 * Runs the forms of r56b-fresh's dev half (freshForms56b.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { BUREAU_TOTAL_56B } from './freshForms56b'

/** Probes left open: written failing first (4 of 10 fail before any rule: the bureau's total lost to its licences or unread). */
const OPEN = new Set<string>([
  'a town\'s approval bureau: 受理业务 before its licences',
  'a county\'s 审批服务局: 受理各类业务 before 行政许可事项',
  'a 政务服务局 across ；',
  'traditional: a town\'s approval bureau',
])

probeSuite('r56b: an approval body\'s total business before the licences within it', BUREAU_TOTAL_56B, ['approvals_handled'], OPEN)

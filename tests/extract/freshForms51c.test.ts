/**
 * Runs the forms of r51c-fresh's dev half (freshForms51c.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ONLINE_SHARE_51C, PROCEDURE_51C } from './freshForms51c'

/**
 * Probes left open (6 of 15 failed before any rule was changed for them): each must still fail; when a rule reads it, take it
 * out of this list.
 */
const OPEN = new Set<string>([
  "a street's general-procedure cases, 办理普通程序案件", '一般程序案件 closed by the team', '查办普通程序案件 before its fines',
  '事项中N%已实现全程网办', 'services then the share, N%实现全程网办', 'traditional, 事项中N%已实现全程网办',
])

probeSuite('r51c: cases named by their procedure', PROCEDURE_51C, ['enforcement_cases', 'penalty_cases', 'reconsideration_cases'], OPEN)
probeSuite('r51c: the online share after its services', ONLINE_SHARE_51C, ['online_processing_pct'], OPEN)

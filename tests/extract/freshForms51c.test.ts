/**
 * Runs the forms of r51c-fresh's dev half (freshForms51c.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ONLINE_SHARE_51C, PROCEDURE_51C, SECOND_51C } from './freshForms51c'

/**
 * Probes left open: each must still fail; when a rule reads it, take it out of this list. 6 of 15 failed before any rule; all read
 * since the procedure's term (data/indicators.json enforcement_cases: 办理/办结/查办…普通/一般程序案件, not beside a 简易程序 part: a
 * breakdown by procedure is penalties', the README's procedure ruling) and the online share's 实现全程网办 after its figure.
 */
const OPEN = new Set<string>()

probeSuite('r51c: cases named by their procedure', PROCEDURE_51C, ['enforcement_cases', 'penalty_cases', 'reconsideration_cases'], OPEN)
probeSuite('r51c: the online share after its services', ONLINE_SHARE_51C, ['online_processing_pct'], OPEN)

/** The second batch, in new wording, run once after the rules (corpus README, "Dev forms of r51c-fresh"). */
const OPEN_SECOND = new Set<string>()

probeSuite('r51c: the same forms in new wording', SECOND_51C,
  ['enforcement_cases', 'penalty_cases', 'reconsideration_cases', 'online_processing_pct'], OPEN_SECOND)

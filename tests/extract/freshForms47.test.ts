/**
 * Runs the forms of r47-fresh's dev half (freshForms47.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_47, SECOND_47, SECOND_PARTS_47 } from './freshForms47'

/**
 * Probes left open (none now: the 12 that failed before the rules read their forms pass since this round). Each must still fail: when
 * a rule reads it, take it out of this list.
 */
const OPEN = new Set<string>([])

for (const [group, probes, ids] of ALL_47) probeSuite(group, probes, ids, OPEN)

/**
 * The second batch, written after the rules in new wording and run once before any rule was changed for it (the round's
 * generalisation figure, corpus README "Dev forms of r47"): 20 of 21 passed; the breakdown opened by 包括 is read since (the
 * permits' term takes 包括/包含 as 其中). Forms it leaves open are listed here.
 */
const OPEN_SECOND = new Set<string>([])

probeSuite('the same forms in new wording: party committees and party lessons', SECOND_47, ['training_sessions'], OPEN_SECOND)
probeSuite('the same forms in new wording: decisions with permits among their parts', SECOND_PARTS_47, ['enforcement_cases', 'approvals_handled'], OPEN_SECOND)

/**
 * Runs the forms of r50a-fresh's dev half (freshForms50a.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_50A, SECOND_50A, SECOND_FINES_50A } from './freshForms50a'

/**
 * Probes left open: each must still fail; when a rule reads it, take it out of this list. (11 of 22 failed before any rule was changed
 * for them; all are read since the approvals term for a centre's bare 共/累计办件 and negation's FAULT.)
 */
// (the colon breakdown's fines, 4 of 7 probes failing when written, are read since ./sums.ts adds up the parts a colon after a figure opens)
const OPEN = new Set<string>([])

for (const [group, probes, ids] of ALL_50A) probeSuite(group, probes, ids, OPEN)

/**
 * The second batch (freshForms50a.ts SECOND_50A), run once before any change for it: 11 of 13 passed. The two that failed are read
 * since the term reaches a centre named in the clause before its 合计办件 (便民服务窗口配备工作人员9名，合计办件N件) and leaves out
 * governance and dispute centres (综治中心, 矛调中心, 社会治理中心), whose 办件 are disputes and petitions.
 */
const OPEN_SECOND = new Set<string>([])

probeSuite('r50a: the same forms in new wording', SECOND_50A,
  ['approvals_handled', 'major_decisions', 'info_disclosure_requests', 'reconsideration_cases', 'litigation_cases'], OPEN_SECOND)

/**
 * The colon breakdown's fines in new wording (SECOND_FINES_50A), run once before any change for them: 4 of 5 passed. The fifth, parts
 * written 罚没款 (the catalogue's sum_unless for fines kept a 罚没 clause from adding up), is read since round 51: parts that each name
 * their procedure are parallel (sums.ts PROCEDURE).
 */
const OPEN_SECOND_FINES = new Set<string>([])

probeSuite('r50a: fines by procedure in new wording', SECOND_FINES_50A, ['fines_yuan'], OPEN_SECOND_FINES)

/**
 * Runs the forms of r55a-fresh's dev half (freshForms55a.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_55A, SECOND_55A } from './freshForms55a'

/**
 * Probes left open (9 of 17 failed before any rule was changed for them; all read since the two rules, src/extract/authorRole.ts
 * selfNamedRole with linkScore looking up to the role word after the review term, and the catalogue's A在B中的占比 terms): each must
 * still fail; when a rule reads it, take it out of this list. Left: the several-levels probes added after (6 of 8 failed). A rule
 * that read them (sessions whose clause opens with 市县两级/县乡两级/市县乡三级 are those bodies', objects.ts othersFigure) made r55a's
 * 渭南 2022 dev opening right and changed no other dev item, but the holdout took one distractor more (32 → 33, F1 and the openings
 * unchanged; counted, not looked into), so it was withdrawn.
 */
const OPEN = new Set<string>([
  '市县两级党委、政府 study together', '全年 before 市县两级…学法', '县乡两级…中心组 study', '市县乡三级 training classes',
  'traditional: 市县两级 study', "the author's own sessions after it",
])

for (const [group, probes, ids] of ALL_55A) probeSuite(group, probes, ids, OPEN)

/**
 * The second batch (SECOND_55A), run once before any change for it: 9 of 10 passed; the failure, 以县政府为行政复议被申请人的案件 (the
 * review term inside the role clause, the first batch's open district form), reads since linkScore looks up to the role word.
 */
const OPEN_SECOND = new Set<string>([])

probeSuite('r55a: the same forms in new wording', SECOND_55A,
  ['reconsideration_cases', 'litigation_cases', 'immediate_processing_pct', 'online_processing_pct', 'approvals_handled'], OPEN_SECOND)

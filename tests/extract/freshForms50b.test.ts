/**
 * Runs the forms of r50b-fresh's dev half (freshForms50b.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_50B, SECOND_50B } from './freshForms50b'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

for (const [group, probes, ids] of ALL_50B) probeSuite(group, probes, ids, OPEN)

/**
 * The second batch (freshForms50b.ts SECOND_50B), run once after the rule: 6 of 10 passed. Read since, each by a form of its own (corpus
 * output identical each time): the two relative-clause probes (对县政府拟出台的4件…, 对本局作出的6项…) by 对's reach over a relative clause
 * ending in 的; decision drafts counted in 件 after a total word (全年共對11件重大行政決策草案進行合法性審查), which major_decisions had
 * outbid (its exclusion of reviews is tested six characters past its term, and 草案进行 left 合法性 outside), by its terms taking 草案
 * (DRAFTS_50B); two reviews joined by 、 (合法性、合理性审查: the term wanted 合法性审查 whole), by the review term taking one more quality
 * joined to 合法性 (、/和/及 and a word in 性). None is left open; one that fails again goes back here.
 */
const OPEN_SECOND = new Set<string>([])

probeSuite('r50b: the second batch, in other wording', SECOND_50B, ['legal_review_cases', 'normative_docs_reviewed'], OPEN_SECOND)

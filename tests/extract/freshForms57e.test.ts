/**
 * Runs the forms of r57e-fresh's dev half (freshForms57e.ts): each value probe states exactly the values it lists of its group's
 * indicators, every other one of them absent.
 */
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { PARTY_DOCUMENTS_57E, COUNT_AFTER_SHULIANG_57E, SECOND_PARTY_DOCUMENTS_57E, SECOND_ZERO_AFTER_STAGES_57E, STATE_COUNCIL_ONLY_57E } from './freshForms57e'

/**
 * Written failing first (6): the party documents' 3 (read since: 党内 is an exclusion of both normative-document indicators in
 * data/indicators.json, its 3 near misses unchanged) and the counts after 数量为 without a unit 3: the two zeros read since (negation.ts
 * PLAIN_LEAD takes two stages joined, 收到和处理的), the near misses unchanged; a figure other than zero with no unit after 数量为 (…申请的
 * 数量为14) is another form, a count with no unit, left open.
 */
const OPEN = new Set<string>([
  '政府信息公开申请的数量为N',
])

probeSuite('r57e: a party body\'s documents are no normative documents', PARTY_DOCUMENTS_57E, ['normative_docs_filed', 'normative_docs_reviewed'], OPEN)
probeSuite('r57e: a count after 数量为', COUNT_AFTER_SHULIANG_57E, ['info_disclosure_requests'], OPEN)

/** The second batch, in new wording, run once after the rules (corpus README, "Dev forms of r57e-fresh"). */
// (run once: 7 of 9 passed, both near misses among them. The two failures are 党内 documents inside the term's own words: a
// 对…党内规范性文件开展备案审查N件 and a cleanup 清理党内规范性文件N件，废止M件 still read as the government's documents — the exclusion
// is not applied on those paths; left open, not ruled in the time left.)
const OPEN_SECOND = new Set<string>([
  '对党内规范性文件开展备案审查N件', '清理党内规范性文件N件',
])

probeSuite('r57e: party documents, new wording', SECOND_PARTY_DOCUMENTS_57E, ['normative_docs_filed', 'normative_docs_reviewed'], OPEN_SECOND)
probeSuite('r57e: a zero after joined stages, new wording', SECOND_ZERO_AFTER_STAGES_57E, ['info_disclosure_requests'], OPEN_SECOND)

metaSuite('r57e: only the State Council\'s own commission is made the State Council\'s', STATE_COUNCIL_ONLY_57E, 6)

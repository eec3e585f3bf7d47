/**
 * Runs the forms of r57e-fresh's dev half (freshForms57e.ts): each value probe states exactly the values it lists of its group's
 * indicators, every other one of them absent.
 */
import { probeSuite } from './unseenForms39'
import { PARTY_DOCUMENTS_57E, COUNT_AFTER_SHULIANG_57E } from './freshForms57e'

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

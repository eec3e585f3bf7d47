/**
 * A contract-review count beside an enforcement decision's legal review (issue 11, dev37): "年内为厅机关的合同、协议和招标文书
 * 办理法制审核210件，为厅行政处罚决定办理法制审核1件" read the 210, where r32-open-fujian-wlt-2020 rules the decision's 1 the value
 * (the rulings: contract reviews are at most `optional` legal_review_cases, an enforcement decision's legal review is the value).
 * A legal-review count whose objects before its term are only contracts, agreements or tenders (no decision, case, file or
 * agenda item) reviews no enforcement decision, the indicator's object, so it is not read (legal_review_cases `narrow`,
 * data/indicators.json; the corpus holds such counts only as `optional`, and none of them was read). Contract objects × their
 * review × decision reviews × order × numerals, in one sentence and in two; the near misses keep a review whose objects list
 * contracts with decisions, cases or agenda items read, and a contract review alone unread.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const CONTRACTS = ['为厅机关的合同、协议和招标文书', '为局机关合同', '对本机关签订的合同协议', '为机关各类经济合同', '对政府采购和招投标合同']
const CONTRACT_REVIEWS = ['办理法制审核', '进行法制审核', '开展法制审查', '办理法制审查']
const DECISIONS = ['为厅行政处罚决定办理法制审核', '对重大行政执法决定进行法制审核', '审核行政处罚案件', '开展重大执法决定法制审核', '法制审核案件']
const CONTRACT_COUNTS: [string, number][] = [['210件', 210], ['86件', 86], ['一百二十件', 120], ['57份', 57]]
const DECISION_COUNTS: [string, number][] = [['1件', 1], ['12件', 12], ['三件', 3], ['45件', 45]]
const LEADS = ['年内', '全年', '2023年，', '']

describe('a contract review beside an enforcement decision review', () => {
  const probes: Probe[] = CONTRACTS.flatMap((contract, i) => DECISIONS.flatMap((decision, j): Probe[] => {
    const review = `${contract}${pick(CONTRACT_REVIEWS, i + j)}${pick(CONTRACT_COUNTS, i + 2 * j)[0]}`
    const [n, v] = pick(DECISION_COUNTS, i + j)
    const lead = pick(LEADS, i + j)
    return [
      [`${lead}${review}，${decision}${n}，协调调解涉及本厅的民事侵权案件1件。`, 'legal_review_cases', v],
      [`${lead}${decision}${n}，${review}。`, 'legal_review_cases', v],
      [`${lead}${review}。${decision}${n}。`, 'legal_review_cases', v],
    ]
  }))
  it('reads the decision review, not the contract review', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = CONTRACTS.flatMap((contract, i) => CONTRACT_COUNTS.flatMap(([n, v], j): Probe[] => [
    // (a contract review alone: no enforcement decision's)
    [`${pick(LEADS, i + j)}${contract}${pick(CONTRACT_REVIEWS, i + j)}${n}。`, 'legal_review_cases', null],
    // (objects that list contracts with agenda items or case files: the legality review of the dev35 form)
    [`全年对上会议题、合同、执法案卷等开展审查${n}。`, 'legal_review_cases', v],
    [`全年对重大行政执法决定和合同${pick(CONTRACT_REVIEWS, i + j)}${n}。`, 'legal_review_cases', v],
  ]))
  it('still reads reviews whose objects list contracts with decisions, and no contract review alone', () => expect(failures(misses)).toEqual([]))
})

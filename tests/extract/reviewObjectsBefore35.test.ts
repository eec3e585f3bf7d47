/**
 * A legal-review count whose objects stand before the verb (issue 11, dev35): "全年对上会议题、合同、执法案卷等开展审查300余件" was
 * not read — every term wants the objects after 审查/审核 (审查执法案卷, 审核处罚案件). Objects of a legality review before it (议题,
 * 重大行政决策, 执法案卷, 执法决定, 处罚决定, 处罚案件), alone or in a list with others (合同, 规范性文件), after 对, then 开展/进行/实施 and
 * 合法性/法制 审查/审核: leads × object lists × verbs × review words × units × numerals. The near misses keep other reviews unread
 * as legal reviews: normative documents alone (their own indicator), a fair-competition review, an evaluation of files (评查) and
 * a review of integrity (廉洁性审查).
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const LEADS = ['全年', '2024年，我局', '', '健全“4+联审联责”合法性审查机制，全年', '局法规科']
const OBJECTS = ['上会议题、合同、执法案卷等', '重大行政决策、行政规范性文件、重大执法决定', '局党组会议题和合同', '涉企执法案卷、行政处罚决定书等',
  '重大行政执法决定', '一般程序行政处罚案件', '党组会议题']
const VERBS = ['开展审查', '开展合法性审查', '进行合法性审核', '进行法制审核', '实施合法性审查', '合法性审查']
const COUNTS: [string, number][] = [['300余件', 300], ['126件', 126], ['85份', 85], ['42项', 42], ['1,260件', 1260]]

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]

describe('a legal-review count with its objects before the verb', () => {
  const probes: Probe[] = OBJECTS.flatMap((objects, i) => VERBS.map((verb, j): Probe => {
    const [n, v] = pick(COUNTS, i + j)
    return [`${pick(LEADS, i + 2 * j)}对${objects}${verb}${n}，提出修改建议60余条。`, 'legal_review_cases', v]
  }))
  it('reads the reviews', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = LEADS.flatMap((lead, i): Probe[] => {
    const [n] = pick(COUNTS, i)
    return [
      [`${lead}对行政规范性文件开展合法性审查${n}。`, 'legal_review_cases', null],
      [`${lead}对涉企政策文件开展公平竞争审查${n}。`, 'legal_review_cases', null],
      [`${lead}对执法案卷开展评查${n}。`, 'legal_review_cases', null],
      [`${lead}对上会议题、合同等开展廉洁性审查${n}。`, 'legal_review_cases', null],
    ]
  })
  it('reads no other review as a legal review', () => expect(failures(misses)).toEqual([]))
})

/**
 * Counts carried over from the year before, after the r26-fresh batch (corpus README, twenty-sixth batch), each over generated
 * sentences with near misses, for the four counts a year carries over (disclosure requests, reviews, suits, petitions):
 * - a count of the items carried over (办理上年结转的政府信息公开申请1件, 审结2021年结转的行政复议案件3件) is the year before's, not
 *   the year's own, as a clause that opens on 上年 is; one of those carried over and the year's together (上年结转和本年新收的…)
 *   and a total whose carried-over part follows it (…30件，其中上年结转2件) are still the year's;
 * - of two counts of the same items in one sentence, the one an aside says includes the year before's (办结…141件（含上年度转办件）)
 *   loses to the other (受理…139件), where a tie went to the larger figure; alone it is still read (the r18 and a-province-tj labels
 *   differ on whether such a total is the year's, so it is not ruled out).
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

const NUMERALS: [string, number][] = [['3', 3], ['十二', 12], ['1', 1], ['一百零五', 105], ['27', 27]]
type Probe = [string, string, number | null]

/** A term and the indicator it names. */
const TERMS: [string, string][] = [
  ['政府信息公开申请', 'info_disclosure_requests'], ['依申请公开事项', 'info_disclosure_requests'],
  ['行政复议案件', 'reconsideration_cases'], ['行政诉讼案件', 'litigation_cases'], ['信访事项', 'petitions_handled'],
]
const SUBJECTS = ['', '我办', '本机关', '2022年，我局', '全年']
const VERBS = ['办理', '办结', '处理', '审结']
const CARRIED = ['上年结转的', '上年度结转的', '2021年结转的', '去年结转的', '上一年度遗留的']

describe('a count of the items carried over from the year before', () => {
  const probes: Probe[] = TERMS.flatMap(([term, indicator], i) => CARRIED.flatMap((carried, j) => SUBJECTS.map((subject, k): Probe => {
    const [n] = NUMERALS[(i + j + k) % NUMERALS.length]
    return [`${subject}${VERBS[(j + k) % VERBS.length]}${carried}${term}${n}件，均已按期办结。`, indicator, null]
  })))
  it('is not the year\'s count', () => expect(failures(probes)).toEqual([]))

  const together: Probe[] = TERMS.flatMap(([term, indicator], i) => ['和本年新收的', '及今年新受理的', '与当年新增的'].map((rest, j): Probe => {
    const [n, v] = NUMERALS[(i + j) % NUMERALS.length]
    return [`${SUBJECTS[(i + j) % SUBJECTS.length]}办理上年结转${rest}${term}${n}件，均已按期办结。`, indicator, v]
  }))
  it('still reads the year\'s together with the carried over', () => expect(failures(together)).toEqual([]))

  const part: Probe[] = TERMS.flatMap(([term, indicator], i) => ['受理', '办理'].map((verb, j): Probe => {
    const [n, v] = NUMERALS[(i + j + 3) % NUMERALS.length]
    return [`全年${verb}${term}${n}件，其中上年结转1件，均已办结。`, indicator, v]
  }))
  it('still reads a total whose carried-over part follows it', () => expect(failures(part)).toEqual([]))
})

describe('a count an aside says includes the year before\'s', () => {
  const ASIDES = ['（含上年度转办件）', '（含上年结转2件）', '（包括2021年结转的2件）', '(含上年度结转件)']
  /** Terms whose rule counts no stage of 受理 as another: the two counts tie but for the aside. */
  const TIED: [string, string][] = [['政府信息公开申请', 'info_disclosure_requests'], ['行政诉讼案件', 'litigation_cases'], ['信访事项', 'petitions_handled']]
  const probes: Probe[] = TIED.flatMap(([term, indicator], i) => ASIDES.flatMap((aside, j) => ['办结', '办理'].map((verb, k): Probe => {
    const own = [139, 12, 27, 58][(i + j + k) % 4]
    return [`2025年度依法受理${term}${own}件，比上年减少39.3%；${verb}${term}${own + 2}件${aside}，答复率100%。`, indicator, own]
  })))
  it('loses to the other count of the same items', () => expect(failures(probes)).toEqual([]))

  const alone: Probe[] = TIED.flatMap(([term, indicator], i) => ASIDES.map((aside, j): Probe => {
    const [n, v] = NUMERALS[(i + j) % NUMERALS.length]
    return [`全年办理${term}${n}件${aside}，均已办结。`, indicator, v]
  }))
  it('is still read alone', () => expect(failures(alone)).toEqual([]))
})

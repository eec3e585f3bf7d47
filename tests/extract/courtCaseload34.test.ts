/**
 * A court's caseload (issue 11, dev34): "法院方面，…介绍，2020年全市法院行政审判庭共受理各类行政诉讼案件14427件" was read as the
 * area's suits (r29-cq-review-whitepaper-2020 has it `must_not`), though flagged other_body. An area's court or procuratorate as a
 * clause's subject taking in or closing cases counts its own caseload (the README: a court's case counts are its own, no
 * indicator), as 全市法院系统… already did. Time leads × courts × verbs × terms × units × numerals; the near misses keep the author's
 * suits a court took in (受理以本局为被告的…, 经法院受理的…, 涉及我局的…) and the author's own count beside the court's.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const LEADS = ['2020年', '全年', '', '2023年度，', '据通报，2022年']
const COURTS = ['全市法院', '全市法院行政审判庭', '全省三级法院', '全市两级法院', '县人民法院', '市中级人民法院', '各级法院', '重庆市第一中级人民法院']
const VERBS = ['共受理', '新收', '审结', '受理各类', '立案受理', '共办结']
const TERMS = ['行政诉讼案件', '一审行政诉讼案件', '行政应诉案件']
const UNITS = ['件', '起', '宗']
const NUMERALS: [string, number][] = [['14427', 14427], ['326', 326], ['五十八', 58], ['1.2万', 12000]]

describe('a court\'s caseload', () => {
  const probes: Probe[] = COURTS.flatMap((court, i) => VERBS.flatMap((verb, j): Probe[] => {
    const lead = pick(LEADS, i + j)
    const term = pick(TERMS, i + 2 * j)
    const unit = pick(UNITS, 2 * i + j)
    const [n] = pick(NUMERALS, i + j + 1)
    return [
      [`${lead}${court}${verb}${term}${n}${unit}。`, 'litigation_cases', null],
      // (beside the author's own count, which is read)
      [`本局全年发生行政诉讼案件6件。${lead}${court}${verb}${term}${n}${unit}，同比下降6.85%。`, 'litigation_cases', 6],
    ]
  }))
  it('reads none of it as the author\'s suits', () => expect(failures(probes)).toEqual([]))

  const PARTS = ['原行为机关单独应诉120件，复议机关单独应诉11件，共同应诉256件', '一审案件9895件（含旧存1212件），二审案件3780件', '以区县政府为被告的案件88件']
  const parts: Probe[] = COURTS.flatMap((court, i) => PARTS.map((part, j): Probe =>
    [`${pick(LEADS, i + j)}${court}${pick(VERBS, i + 2 * j)}行政诉讼案件377件，其中${part}。`, 'litigation_cases', null]))
  it('reads none of its parts after 其中', () => expect(failures(parts)).toEqual([]))

  const misses: Probe[] = COURTS.slice(3).flatMap((court, i): Probe[] => {
    const [n, v] = pick(NUMERALS, i)
    const unit = pick(UNITS, i)
    return [
      [`全年${court}受理以本局为被告的行政诉讼案件${n}${unit}。`, 'litigation_cases', v],
      [`${court}受理涉及我局的行政诉讼案件${n}${unit}。`, 'litigation_cases', v],
      [`全年经法院受理的行政诉讼案件${n}${unit}。`, 'litigation_cases', v],
      [`全年新增行政诉讼案件${n}${unit}，均由${court}审理。`, 'litigation_cases', v],
    ]
  })
  it('reads the author\'s suits a court took in', () => expect(failures(misses)).toEqual([]))
})

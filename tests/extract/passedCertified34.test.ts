/**
 * Officers who all passed the certification exam, their certified rate full (issue 11, dev34): "组织行政执法人员资格认证培训和考试，
 * 31名执法人员全部通过考核，持证上岗率保持100%" was not read (r29-open-hetou-town-2025 labels 31 certified). All of the author's N
 * officers passing, with every officer holding a card, are N holders — the training ruling's "全局N名执法人员均已通过考试取得执法证",
 * not "N人考试合格" (newly passed). Leads × numerals × officers × all-words × exams × full rates. The near misses keep a training
 * course's test passed with no card named, a pass rate, a class's pass rate, people newly passing, new recruits and a staff's law
 * exam out.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const LEADS = ['组织行政执法人员资格认证培训和考试，', '全年', '', '2025年，本局组织执法资格考试，', '按照全省统一安排，']
const NUMERALS: [string, number][] = [['31名', 31], ['12名', 12], ['二十六名', 26], ['108名', 108], ['7名', 7]]
const OFFICERS = ['执法人员', '行政执法人员', '在岗执法人员', '执法队员', '一线执法人员']
const ALL = ['全部通过', '均通过', '全员通过', '全部顺利通过', '均已通过']
const EXAMS = ['考核', '考试', '资格考试', '执法资格考试', '资格认证考试']
const RATES = ['持证上岗率保持100%', '持证上岗率达到100%', '持证率100%', '实现持证上岗率100%', '持证上岗率达100%', '实现100%持证上岗', '全部持证上岗', '做到持证上岗率100%']
/** The card named in the same clause. */
const AND = ['并取得执法证', '并持证上岗', '并全部取得行政执法证', '并均持证上岗']

describe('officers who all passed the certification exam, every one holding a card', () => {
  const probes: Probe[] = NUMERALS.flatMap(([n, v], i) => OFFICERS.flatMap((officer, j) => ALL.map((all, k): Probe => {
    const lead = pick(LEADS, i + j + k)
    const exam = pick(EXAMS, i + 2 * j + k)
    const rate = pick(RATES, 2 * i + j + k)
    return [`${lead}${n}${officer}${all}${exam}，${rate}。`, 'certified_officers', v]
  })))
  probes.push(...NUMERALS.flatMap(([n, v], i) => OFFICERS.map((officer, j): Probe =>
    [`${pick(LEADS, i + j)}${n}${officer}${pick(ALL, i + 2 * j)}${pick(EXAMS, 2 * i + j)}${pick(AND, i + j)}。`, 'certified_officers', v])))
  it('reads them as certified officers', () => expect(failures(probes)).toEqual([]))

  it('reads them beside a staff\'s law exam passed in the same sentence', () => expect(failures([
    ['按照县里的学法安排开展国家工作人员学法考试，全镇47名公职人员全部通过；组织行政执法人员资格认证培训和考试，31名执法人员全部通过考核，持证上岗率保持100%。', 'certified_officers', 31],
  ])).toEqual([]))

  const misses: Probe[] = NUMERALS.flatMap(([n], i) => OFFICERS.flatMap((officer, j): Probe[] => {
    const exam = pick(EXAMS, i + j)
    const all = pick(ALL, i + 2 * j)
    return [
      // (a training course's test, no card named)
      [`举办执法业务培训班，${n}${officer}${all}${exam}。`, 'certified_officers', null],
      [`举办执法业务培训班，${n}${officer}${all}${exam}并取得结业证书。`, 'certified_officers', null],
      // (a pass rate, a class's pass rate)
      [`举办行政执法人员培训班，${n}${officer}参加培训，考核合格率100%。`, 'certified_officers', null],
      [`组织${n}${officer}参加执法资格考试，考试通过率100%。`, 'certified_officers', null],
      // (people newly passing, new recruits)
      [`${n.replace('名', '人')}考试合格，取得执法证。`, 'certified_officers', null],
      [`新招录${n}${officer}${all}${exam}，持证上岗率100%。`, 'certified_officers', null],
      [`组织执法资格培训和考试，${n.replace('名', '人')}取得执法证。`, 'certified_officers', null],
      [`组织执法资格培训和考试，${n}${officer}${all}${exam}。`, 'certified_officers', null],
      // (a staff's law exam)
      [`开展学法考试，全镇${n}公职人员${all}考试。`, 'certified_officers', null],
    ]
  }))
  it('reads no course test, pass rate, newly passed, new recruit or staff law exam', () => expect(failures(misses)).toEqual([]))
})

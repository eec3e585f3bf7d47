/**
 * A breakdown by field, after r27-fresh's dev half (corpus README, twenty-seventh batch): a paragraph whose clauses open with two or
 * more fields of the author's work (自然资源领域开展执法检查5346次，立案11起；生态环境领域检查企业2267家次，…查处环境违法行为75起) gives
 * each field's part, in its clause and the subject-less clauses after it up to its sentence's end: no indicator's total, whatever the
 * total's term (the area's 全年实施行政检查20484次 read, not the field's stronger 执法检查). Near misses: a field named once is the author's
 * own work; fields as an object (对食品、药品等领域开展检查, 围绕安全生产领域…) are no part.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const NUMERALS: [string, number][] = [['3', 3], ['二十六', 26], ['1200', 1200], ['4.5万', 45000], ['87', 87], ['六百', 600]]
const FIELDS = ['自然资源', '生态环境', '安全生产', '食品药品', '城市管理', '交通运输', '文化市场', '劳动保障']
const SUBJECTS = ['全区', '全县', '本局', '全市各执法部门', '2023年，全区']
/** A field's act and count, the indicator it would name, and the author's total of the same. */
const ACTS: [(n: string) => string, string, (n: string) => string][] = [
  [(n) => `开展执法检查${n}次`, 'enforcement_inspections', (n) => `全年实施行政检查${n}次`],
  [(n) => `检查企业${n}家次`, 'enforcement_inspections', (n) => `共开展行政检查${n}次`],
  [(n) => `作出行政处罚决定${n}件`, 'penalty_cases', (n) => `全年实施行政处罚${n}件`],
  [(n) => `立案查处违法案件${n}起`, 'enforcement_cases', (n) => `全年办结行政执法案件${n}件`],
  [(n) => `罚没款${n}元`, 'fines_yuan', (n) => `全年罚没款合计${n}元`],
]
const TOTALS: [string, number][] = [['20484', 20484], ['1969', 1969], ['315', 315], ['96', 96], ['7.8万', 78000]]

describe('a breakdown by field', () => {
  const withTotal: Probe[] = ACTS.flatMap(([act, indicator, total], i) => SUBJECTS.map((subject, j): Probe => {
    const [t, tv] = TOTALS[(i + j) % TOTALS.length]
    const [a] = NUMERALS[(i + j) % NUMERALS.length]
    const [b] = NUMERALS[(i + j + 2) % NUMERALS.length]
    const f = FIELDS[(i + j) % FIELDS.length]
    const g = FIELDS[(i + j + 3) % FIELDS.length]
    return [`${subject}${total(t)}。${f}领域${act(a)}，出动执法人员520人次；${g}领域严厉打击违法行为，${act(b)}。`, indicator, tv]
  }))
  it('leaves the author\'s total to the total', () => expect(failures(withTotal)).toEqual([]))

  const alone: Probe[] = ACTS.flatMap(([act, indicator], i) => SUBJECTS.slice(0, 3).map((subject, j): Probe => {
    const [a] = NUMERALS[(i + j + 1) % NUMERALS.length]
    const [b] = NUMERALS[(i + j + 4) % NUMERALS.length]
    const f = FIELDS[(i + j + 1) % FIELDS.length]
    const g = FIELDS[(i + j + 5) % FIELDS.length]
    return [`${subject}推进重点领域执法。${f}领域${act(a)}；${g}领域，${act(b)}，群众投诉全部按期办结。`, indicator, null]
  }))
  it('gives no field\'s part as the total', () => expect(failures(alone)).toEqual([]))

  const own: Probe[] = ACTS.flatMap(([act, indicator], i) => [0, 1, 2].map((j): Probe => {
    const [a, v] = NUMERALS[(i + j) % NUMERALS.length]
    const f = FIELDS[(i + j) % FIELDS.length]
    return [[`${f}领域${act(a)}，有力维护了市场秩序。`, `本局对${f}、${FIELDS[(i + j + 2) % FIELDS.length]}等领域${act(a)}。`,
      `围绕${f}领域突出问题，${act(a)}。`][j], indicator, v]
  }))
  it('still reads a field named once, or fields as an object', () => expect(failures(own)).toEqual([]))
})

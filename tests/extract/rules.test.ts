/**
 * Phrasings beyond the seeds: the rules are checked on sentences written for these tests,
 * the way other agencies phrase the same figures.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

function extract(text: string) {
  const r = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
  return Object.fromEntries(r.observations.map((o) => [o.indicator_id, { value: o.value, qualifier: o.qualifier, evidence: o.evidence }]))
}

describe('rule engine', () => {
  it('takes the new value of a change, not the old one', () => {
    const o = extract('审批时限压缩比从原来的40%提高到72.5%。')
    expect(o.approval_time_compression_pct?.value).toBe(72.5)
  })

  it('pairs respectively-lists with their subjects', () => {
    const o = extract('共精简申报材料30份,压缩审批时限120个工作日,分别减少35%、60%。')
    expect(o.material_reduction_pct?.value).toBe(35)
    expect(o.approval_time_compression_pct?.value).toBe(60)
  })

  it('reads explicit zeros and negative statements as 0', () => {
    expect(extract('全年行政复议0件,行政诉讼0件。')).toMatchObject({
      reconsideration_cases: { value: 0 }, litigation_cases: { value: 0 } })
    const o = extract('全年未发生行政复议和行政诉讼案件。')
    expect(o.reconsideration_cases?.value).toBe(0)
    expect(o.litigation_cases?.value).toBe(0)
  })

  it('does not read a corrected-case statement as zero cases', () => {
    expect(extract('全年无行政复议案件被纠错。').reconsideration_cases).toBeUndefined()
  })

  it('prefers the total over a sub-total after 其中', () => {
    const o = extract('全年共查处行政处罚案件52件,其中简易程序行政处罚案件12件。')
    expect(o.penalty_cases?.value).toBe(52)
  })

  it('ignores dates, document numbers and categories', () => {
    const o = extract('根据市府发〔2022〕15号文件,于3月15日开展培训。承办政协提案8类21件。')
    expect(o.proposals_handled?.value).toBe(21)
    expect(o.training_sessions).toBeUndefined()
  })

  it('reads Chinese numerals and 万元', () => {
    const o = extract('全年开展法治培训十二次,罚没款共计12.5万元。')
    expect(o.training_sessions?.value).toBe(12)
    expect(o.fines_yuan?.value).toBe(125000)
  })

  it('keeps qualifiers', () => {
    const o = extract('组织执法人员参加法治培训,共计300余人次参训。全年人均学法不少于40学时。')
    expect(o.training_participants).toMatchObject({ value: 300, qualifier: 'approx' })
    expect(o.training_hours_per_person).toMatchObject({ value: 40, qualifier: 'at_least' })
  })

  it('skips next year\'s plan and the problems section', () => {
    const text = '一、主要成效\n全年开展执法检查45次。\n二、下一步工作打算\n计划开展执法检查60次,调解成功率达到98%。'
    const o = extract(text)
    expect(o.enforcement_inspections?.value).toBe(45)
    expect(o.mediation_success_pct).toBeUndefined()
  })

  it('does not take drills, launch ceremonies or deployed officers as training', () => {
    const o = extract('开展应急演练15场,参演人员1200人。共800余人参加启动仪式。出动执法人员96人次。')
    expect(o.training_sessions).toBeUndefined()
    expect(o.training_participants).toBeUndefined()
  })

  it('quotes evidence at the original offsets of a traditional report', () => {
    const text = '今年共受理行政復議申請9件,調解成功率達到95.5%。'
    const o = extract(text)
    expect(o.reconsideration_cases?.value).toBe(9)
    expect(o.mediation_success_pct?.evidence).toBe('調解成功率達到95.5%')
  })
})

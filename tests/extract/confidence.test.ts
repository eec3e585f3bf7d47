/**
 * Every observation carries a confidence in [0, 1] with the reasons that lowered it, and every
 * report says where its agency and year were read. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest'
import { confidenceBand, extractReport } from '../../src/extract'
import { catalogue } from './seeds'

function rows(text: string) {
  return extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
}
function obs(text: string, indicator: string) {
  const o = rows(text).observations.find((x) => x.indicator_id === indicator)
  if (!o) throw new Error(`${indicator} not taken from ${text}`)
  return o
}

describe('confidence', () => {
  it('is high with no reasons when the term names the figure directly', () => {
    const o = obs('全年共办理行政处罚案件58件。', 'penalty_cases')
    expect(o.confidence_reasons).toBe('')
    expect(confidenceBand(o.confidence)).toBe('high')
  })

  it('names each doubt and lowers the confidence for it', () => {
    const far = obs('全年办理行政处罚案件经集体讨论决定共58件。', 'penalty_cases')
    expect(far.confidence_reasons.split(',')).toContain('term_far')
    const sub = obs('其中行政处罚案件12件。', 'penalty_cases')
    expect(sub.confidence_reasons.split(',')).toContain('sub_item')
    const summed = obs('办理人大代表建议7件、政协委员提案9件。', 'proposals_handled')
    expect(summed).toMatchObject({ value: 16, qualifier: 'derived' })
    expect(summed.confidence_reasons.split(',')).toContain('derived')
    const two = obs('年初办理行政处罚案件20件。全年办理行政处罚案件58件。', 'penalty_cases')
    expect(two.confidence_reasons.split(',')).toContain('competing')
    const approx = obs('全年培训执法人员300余人次。', 'training_participants')
    expect(approx.confidence_reasons.split(',')).toContain('approx')
    for (const o of [far, sub, summed, two, approx]) expect(o.confidence).toBeLessThan(1)
    expect(sub.confidence).toBeLessThan(obs('全年共办理行政处罚案件58件。', 'penalty_cases').confidence)
  })

  it('doubts the author’s part read in place of an area’s total', () => {
    const part = obs('全市各部门合计收到复议申请96件，其中本局7件。', 'reconsideration_cases')
    expect(part.value).toBe(7)
    expect(part.confidence_reasons.split(',')).toContain('sub_item')
    expect(confidenceBand(part.confidence)).not.toBe('high')
  })

  it('stays within [0, 1] when every doubt stacks up', () => {
    const o = obs('其中人员参加的各类培训活动在各个科室轮流组织下约300余人次参加。', 'training_participants')
    expect(o.confidence).toBeGreaterThanOrEqual(0)
    expect(o.confidence).toBeLessThanOrEqual(1)
  })
})

describe('agency and year sources', () => {
  it('says the agency and year came from the title line', () => {
    const r = rows('长河县水利局2023年法治政府建设年度报告\n全年开展执法检查20次。').report
    expect(r).toMatchObject({ agency: '长河县水利局', agency_source: 'title', year: 2023, year_source: 'title' })
  })

  it('says the agency came from the signature and the year from the body', () => {
    const r = rows('现将2022年度法治政府建设情况报告如下。\n全年开展执法检查20次。\n长河县水利局\n2023年1月9日').report
    expect(r).toMatchObject({ agency: '长河县水利局', agency_source: 'signature', year: 2022, year_source: 'body' })
  })

  it('says unknown, with no agency and no year, when the text names neither', () => {
    const r = rows('全年开展执法检查20次。').report
    expect(r).toMatchObject({ agency: null, agency_source: 'unknown', year: null, year_source: 'unknown' })
  })

  it('says sidecar when a person confirmed the metadata', () => {
    const text = '长河县水利局2023年法治政府建设年度报告'
    const r = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '', sidecar: { agency: '长河县水务局', year: 2024 } }, catalogue).report
    expect(r).toMatchObject({ agency: '长河县水务局', agency_source: 'sidecar', year: 2024, year_source: 'sidecar' })
  })
})

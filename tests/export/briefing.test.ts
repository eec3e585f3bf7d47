/**
 * What a briefing says at city scale (pure): a chart of 300 agencies lists at most
 * MAX_TABLE_ROWS values (and says how many there are in all) and names at most
 * MAX_NOT_REPORTED agencies that did not report, counting the rest.
 */
import { describe, expect, it } from 'vitest'
import { buildBrief, briefText, MAX_NOT_REPORTED, MAX_TABLE_ROWS, type BriefingInput } from '../../src/export/briefing'
import type { SourceRow } from '../../src/queries/briefing'
import { catalogue } from '../../src/queries/catalogue'

function source(i: number, reported: boolean): SourceRow {
  return {
    report_id: `r${i}`,
    agency: `单位${String(i).padStart(3, '0')}`,
    agency_en: null,
    year: 2023,
    title: null,
    source_file: `${i}.txt`,
    sector: null,
    region: null,
    indicator_id: 'approval_time_compression_pct',
    reported,
    value: reported ? 50 + (i % 50) : null,
    qualifier: reported ? 'exact' : null,
    value_low: null,
    value_high: null,
    evidence: reported ? `压缩${50 + (i % 50)}%` : null,
    start: null,
    end: null,
    method: reported ? 'rule' : null,
    original_value: null,
    original_indicator: null,
    review_by: null,
    review_at: null,
    review_note: null,
    reviewed: reported ? false : null,
  }
}

describe('a briefing of 400 agencies', () => {
  const values = Array.from({ length: 400 }, (_, i) => source(i, i < 340))
  const input: BriefingInput = {
    locale: 'zh-CN',
    date: new Date(2024, 4, 6),
    viewTitle: '总览',
    office: '某局',
    scope: [{ kind: 'all', name: '', reports: 400, agencies: 400 }],
    selection: { agencies: [], years: [] },
    charts: [{ source: { title: '审批时限压缩比' }, scope: { indicators: ['approval_time_compression_pct'] }, figures: [], values, changes: [], yoy: [] }],
    catalogue,
  }
  const [chart] = buildBrief(input).charts

  it('lists the first values in its table and says how many there are', () => {
    expect(chart.rows).toHaveLength(MAX_TABLE_ROWS)
    expect(chart.stated).toBe(340)
    expect(chart.rows[0]).toMatchObject({ agency: '单位000', year: 2023, value: '50%', reviewed: '未复核', citation: '单位0002023年度报告（文件 0.txt）' })
  })

  it('reads as plain text for the ZIP: title, byline, selection, each chart with its paragraph, source', () => {
    const text = briefText(buildBrief(input))
    expect(text.startsWith('\uFEFF法治政府建设指标简报（总览）\r\n某局 · 导出于 2024-05-06\r\n\r\n')).toBe(true)
    expect(text).toContain('\r\n审批时限压缩比\r\n所选范围内没有报告，无法统计审批时限压缩比。\r\n')
    expect(text.endsWith('数据来源：各单位法治政府建设年度报告 · 导出于 2024-05-06\r\n')).toBe(true)
  })

  it('names some of the agencies that did not report and counts them all', () => {
    expect(chart.notReported).toBe(`未报告：${values.slice(340, 340 + MAX_NOT_REPORTED).map((v) => v.agency).join('、')} 等 60 个。`)
  })
})

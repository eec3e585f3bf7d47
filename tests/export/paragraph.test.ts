/**
 * The briefing's sentences from figure rows (as briefingFigures returns them): coverage, the
 * highest and lowest with their agencies (ties, "等 N 个"), the median from three numbers on,
 * the review flag; the selection in words; citations (key parity of the messages: tests/i18n).
 */
import { describe, expect, it } from 'vitest'
import { citation, coverageParagraph, figureParagraph, scopeText, sourceNote } from '../../src/export/paragraph'
import type { FigureRow, ScopeRow, SourceRow } from '../../src/queries/briefing'
import { catalogue } from '../../src/queries/catalogue'

const APPROVAL = 'approval_time_compression_pct'

function fig(p: Partial<FigureRow>): FigureRow {
  return {
    indicator_id: APPROVAL,
    reports: 14,
    agencies: 14,
    reporting: 9,
    reporting_agencies: 9,
    plotted: 9,
    unreviewed: 4,
    median: 75,
    side: null,
    tied: null,
    report_id: null,
    agency: null,
    agency_en: null,
    year: null,
    value: null,
    qualifier: null,
    value_low: null,
    value_high: null,
    evidence: null,
    ...p,
  }
}
const side = (s: 'highest' | 'lowest', agency: string, value: number, tied = 1, extra: Partial<FigureRow> = {}) =>
  fig({ side: s, agency, agency_en: `${agency} (en)`, year: 2023, value, qualifier: 'exact', tied, report_id: agency, ...extra })

describe('figureParagraph', () => {
  const rows = [side('highest', '甲局', 95, 3), side('highest', '丙局', 95, 3), side('highest', '丁局', 95, 3), side('lowest', '乙局', 40)]

  it('says coverage, highest and lowest with their agencies, the median and the unreviewed count', () => {
    expect(figureParagraph(rows, APPROVAL, catalogue, 'zh-CN', { multiYear: false })).toBe(
      '所选 14 个单位中，9 个报告了审批时限压缩比。最高为 95%（甲局、丙局、丁局），最低为 40%（乙局）。中位数为 75%。9 个数值中有 4 个尚未经人工复核。',
    )
    expect(figureParagraph(rows, APPROVAL, catalogue, 'en', { multiYear: true })).toBe(
      'Of the 14 agencies selected, 9 reported Approval time compression ratio. Highest: 95% (甲局 (en) 2023, 丙局 (en) 2023, 丁局 (en) 2023); lowest: 40% (乙局 (en) 2023). Median: 75%. Not yet reviewed by a person: 4 of 9 values.',
    )
  })

  it('names at most the tied agencies it was given and counts the rest', () => {
    const two = [side('highest', '甲局', 95, 7), side('highest', '丙局', 95, 7), side('lowest', '乙局', 40)]
    expect(figureParagraph(two, APPROVAL, catalogue, 'zh-CN', { multiYear: false })).toContain('最高为 95%（甲局、丙局 等 7 个）')
  })

  it('counts reports and agencies apart when an agency has several reports; ranges and qualifiers as the charts show them', () => {
    const multi = [
      side('highest', '甲局', 95, 1, { reports: 6, agencies: 4, reporting: 3, reporting_agencies: 2, plotted: 2, unreviewed: 0, median: 77.5 }),
      side('lowest', '乙局', 0, 1, { reports: 6, agencies: 4, reporting: 3, reporting_agencies: 2, plotted: 2, unreviewed: 0, median: 77.5, value: null, qualifier: 'range', value_low: 60, value_high: 70, year: 2022 }),
    ]
    expect(figureParagraph(multi, APPROVAL, catalogue, 'zh-CN', { multiYear: true })).toBe(
      '所选 4 个单位的 6 份报告中，3 份报告了审批时限压缩比（涉及 2 个单位）。最高为 95%（甲局，2023年），最低为 60–70%（乙局，2022年）。以上数值均已经人工复核。',
    )
  })

  it('one number, all the same, nobody, no report', () => {
    const one = [side('highest', '甲局', 16, 1, { indicator_id: 'approvals_handled', reporting: 1, plotted: 1, unreviewed: 1, qualifier: 'approx', evidence: '办理16余件' })]
    one.push({ ...one[0], side: 'lowest' })
    expect(figureParagraph(one, 'approvals_handled', catalogue, 'zh-CN', { multiYear: false })).toBe('所选 14 个单位中，1 个报告了审批办件量。报告的数值为 16余 件（甲局）。以上数值均尚未经人工复核。')
    const same = [side('highest', '甲局', 100, 2, { reporting: 2, plotted: 2 }), side('highest', '乙局', 100, 2, { reporting: 2, plotted: 2 }), side('lowest', '甲局', 100, 2, { reporting: 2, plotted: 2 })]
    expect(figureParagraph(same, APPROVAL, catalogue, 'zh-CN', { multiYear: false })).toContain('各报告数值均为 100%。')
    expect(figureParagraph([fig({ reporting: 0, reporting_agencies: 0, plotted: 0, unreviewed: 0, median: null })], APPROVAL, catalogue, 'zh-CN', { multiYear: false })).toBe(
      '所选 14 个单位均未报告审批时限压缩比。',
    )
    expect(figureParagraph([], APPROVAL, catalogue, 'en', { multiYear: false })).toBe('The selection holds no report, so there are no figures for Approval time compression ratio.')
  })
})

describe('coverageParagraph', () => {
  it('counts reported cells, names the most reported indicators and those reported by none', () => {
    const rows = [
      fig({ indicator_id: 'approval_time_compression_pct', reports: 5, reporting: 3 }),
      fig({ indicator_id: 'approvals_handled', reports: 5, reporting: 0 }),
      fig({ indicator_id: 'mediation_success_pct', reports: 5, reporting: 1 }),
      fig({ indicator_id: 'mediation_success_pct', reports: 5, reporting: 1, side: 'lowest' }),
    ]
    expect(coverageParagraph(rows, catalogue, 'zh-CN')).toBe(
      '所选 5 份报告、3 项指标中，4 项次有报告（26.7%）。报告最多的指标：审批时限压缩比（3/5）、调解成功率（1/5）。无一报告的指标：审批办件量。',
    )
  })
})

describe('scopeText', () => {
  const scope: ScopeRow[] = [
    { kind: 'all', name: '', reports: 6, agencies: 5 },
    { kind: 'sector', name: '司法', reports: 3, agencies: 2 },
    { kind: 'sector', name: '', reports: 1, agencies: 1 },
    { kind: 'sector', name: '气象', reports: 2, agencies: 2 },
    { kind: 'year', name: '2023', reports: 4, agencies: 4 },
    { kind: 'year', name: '2021', reports: 2, agencies: 2 },
  ]
  it('states agencies (all, or the picked ones), years, sectors and reports', () => {
    expect(scopeText(scope, { agencies: [], years: [] }, 'zh-CN')).toBe('单位：全部 5 个单位；年份：2021、2023年；领域：司法、气象；共 6 份报告。')
    expect(scopeText(scope, { agencies: ['甲局', '乙局'], years: [2023] }, 'zh-CN')).toBe('单位：甲局、乙局；年份：2023年；领域：司法、气象；共 6 份报告。')
    expect(scopeText(scope, { agencies: [], years: [], latestPerAgency: true }, 'en')).toBe("Agencies: all 5 agencies; Years: each agency's latest report; Sectors: 司法, 气象; 6 reports in all.")
    expect(scopeText([{ kind: 'all', name: '', reports: 0, agencies: 0 }], { agencies: [], years: [] }, 'zh-CN')).toBe('所选范围内没有报告。')
    expect(scopeText(scope, { agencies: [], years: [2023], regions: ['江津区'] }, 'zh-CN')).toBe('单位：全部 5 个单位；年份：2023年；领域：司法、气象；地区：江津区；共 6 份报告。')
  })
})

describe('citations', () => {
  const row: SourceRow = {
    report_id: 'r',
    agency: '江津区气象局',
    agency_en: 'Jiangjin Meteorological Bureau',
    year: 2023,
    title: null,
    source_file: '000.txt',
    sector: null,
    region: null,
    indicator_id: APPROVAL,
    reported: true,
    value: 86.5,
    qualifier: 'exact',
    value_low: null,
    value_high: null,
    evidence: '压缩比例由原来的50%上升到86.5%',
    method: 'rule',
    reviewed: false,
    original_value: null,
    original_indicator: null,
    review_by: null,
    review_at: null,
    review_note: null,
    start: 0,
    end: 18,
  }
  it('names the report (title or agency and year) and its file; the note adds the sentence and the whole review trail', () => {
    expect(citation(row, 'zh-CN')).toBe('江津区气象局2023年度报告（文件 000.txt）')
    expect(citation({ ...row, title: '某报告' }, 'en')).toBe('“某报告” (file 000.txt)')
    expect(sourceNote(row, catalogue, 'zh-CN')).toBe('江津区气象局2023年度报告（文件 000.txt）：“压缩比例由原来的50%上升到86.5%”（自动提取，未复核）')
    const at = '2026-12-01T08:05:00'
    expect(sourceNote({ ...row, reviewed: true, review_by: '王芳', review_at: at }, catalogue, 'zh-CN')).toBe(
      '江津区气象局2023年度报告（文件 000.txt）：“压缩比例由原来的50%上升到86.5%”（自动提取 · 已核对（王芳，2026-12-01 08:05））',
    )
    const corrected = { ...row, value: 85, reviewed: true, method: 'manual', original_value: 86.5, review_by: 'Wang Fang', review_at: at, review_note: 'typo in the report' }
    expect(sourceNote(corrected, catalogue, 'en')).toBe(
      'Jiangjin Meteorological Bureau annual report 2023 (file 000.txt): “压缩比例由原来的50%上升到86.5%” (corrected by hand (was 86.5%, Wang Fang, 2026-12-01 08:05, typo in the report))',
    )
  })
})

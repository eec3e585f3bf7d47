import { describe, expect, it } from 'vitest'
import {
  buildAgencyBars,
  buildCompareCharts,
  buildCoverageChart,
  buildTrendChart,
  coverageHeight,
  NOT_REPORTED_SERIES_ID,
  summariseIndicator,
  yearRange,
  trendNotReported,
  compareHeight,
  wrapLabel,
  PALETTE,
  type ItemData,
} from '../../src/charts'
import { catalogue } from '../../src/queries/catalogue'
import type { ValueRow } from '../../src/queries/types'

/** Markup in an agency name (short enough that labels show it whole; long names are cut, see below). */
const EVIL = '<img src=x onerror=f(1)>'

function row(p: Partial<ValueRow> & Pick<ValueRow, 'report_id' | 'agency' | 'year' | 'indicator_id'>): ValueRow {
  const reported = p.reported ?? (p.value != null || p.value_low != null)
  return { agency_en: null, value: null, qualifier: reported ? 'exact' : null, value_low: null, value_high: null, evidence: null, ...p, reported }
}

const mediation: ValueRow[] = [
  row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'mediation_success_pct' }),
  row({ report_id: 'cy', agency: '船营区人民政府', year: 2023, indicator_id: 'mediation_success_pct', value: 97 }),
  row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'mediation_success_pct', value: 50 }),
]

type Series = { id?: string; type: string; name?: string; data: (ItemData | null)[]; label?: { formatter: (p: unknown) => string } }
const seriesOf = (o: unknown) => (o as { series: Series[] }).series
const tooltipOf = (o: unknown) => (o as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter

describe('buildAgencyBars', () => {
  const option = buildAgencyBars(mediation, 'mediation_success_pct', catalogue, 'zh-CN')
  const [bars, missing] = seriesOf(option)

  it('has one bar per report, null (not 0) for not reported', () => {
    expect((option as { yAxis: { data: string[] } }).yAxis.data).toEqual(['江津区气象局', '船营区人民政府', EVIL])
    expect(bars.type).toBe('bar')
    expect(bars.data.map((d) => d!.value)).toEqual([null, 97, 50])
    expect(bars.data[1]!.datum).toEqual({ report_id: 'cy', indicator_id: 'mediation_success_pct' })
    expect(bars.data.map((d) => d!.labelText)).toEqual(['未报告', '97%', '50%'])
  })

  it('cuts a long name in its label and keeps it whole in the tooltip', () => {
    const long = '很长的单位名称'.repeat(30)
    const o = buildAgencyBars([row({ report_id: 'long', agency: long, year: 2023, indicator_id: 'mediation_success_pct', value: 60 })], 'mediation_success_pct', catalogue, 'zh-CN')
    const [label] = (o as { yAxis: { data: string[] } }).yAxis.data
    expect(label).toBe(`${long.slice(0, 23)}…`)
    expect(tooltipOf(o)({ data: seriesOf(o)[0].data[0], marker: '' })).toContain(long)
  })

  it('marks not reported explicitly in its own series', () => {
    expect(missing.id).toBe(NOT_REPORTED_SERIES_ID)
    expect(missing.data).toHaveLength(1)
    expect(missing.data[0]!.datum.report_id).toBe('jj')
    expect(missing.label!.formatter({ data: missing.data[0] })).toBe('未报告')
  })

  it('uses a 0–100 axis for percentages with % tick labels', () => {
    const x = (option as { xAxis: { max: number; axisLabel: { formatter: (v: number) => string } } }).xAxis
    expect(x.max).toBe(100)
    expect(x.axisLabel.formatter(40)).toBe('40%')
  })

  it('escapes data strings in tooltips', () => {
    const html = tooltipOf(option)({ data: bars.data[2], marker: '' })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=f(1)&gt;')
    expect(html).toContain('50%')
    expect(tooltipOf(option)({ data: bars.data[0] })).toContain('未报告')
  })

  it('adds the year to labels when the rows span several years, and speaks English', () => {
    const rows = [
      row({ report_id: 'a', agency: '奉节县应急管理局', agency_en: 'Fengjie', year: 2022, indicator_id: 'fines_yuan', value: 4787761 }),
      row({ report_id: 'b', agency: '江津区气象局', agency_en: 'Jiangjin', year: 2023, indicator_id: 'fines_yuan' }),
    ]
    const o = buildAgencyBars(rows, 'fines_yuan', catalogue, 'en')
    expect((o as { yAxis: { data: string[] } }).yAxis.data).toEqual(['Fengjie 2022', 'Jiangjin 2023'])
    expect(seriesOf(o)[0].data.map((d) => d!.labelText)).toEqual(['¥4.79M', 'not reported'])
  })
})

describe('buildCompareCharts', () => {
  const rows: ValueRow[] = [
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'approval_time_compression_pct', value: 86.5 }),
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'immediate_processing_pct', value: 75 }),
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'approvals_handled', value: 16 }),
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'training_participants' }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'approval_time_compression_pct' }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'immediate_processing_pct', value: 45.53 }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'approvals_handled' }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'training_participants', value: 110, qualifier: 'approx' }),
    row({ report_id: 'zj', agency: '湛江', year: 2023, indicator_id: 'training_participants', value: 230, qualifier: 'approx', evidence: '共约230人参训' }),
  ]
  const charts = buildCompareCharts(rows, ['approvals_handled', 'approval_time_compression_pct', 'immediate_processing_pct', 'training_participants'], catalogue, 'zh-CN')

  it('splits indicators with different units into separate charts', () => {
    expect(charts.map((c) => [c.key, c.unitLabel, c.indicators.map((i) => i.id)])).toEqual([
      ['pct:', '%', ['approval_time_compression_pct', 'immediate_processing_pct']],
      ['count:件', '件', ['approvals_handled']],
      ['count:人次', '人次', ['training_participants']],
    ])
  })

  it('puts reports on a category axis with the not-reported indicators on a grey second line', () => {
    const y = (charts[0].option as { yAxis: { data: string[]; inverse: boolean } }).yAxis
    expect(y.inverse).toBe(true)
    expect(y.data).toEqual(['江津区气象局', '<img src=x\nonerror=f(1)>\n{nr|未报告: 审批时限压缩比}'])
    expect((charts[1].option as { yAxis: { data: string[] } }).yAxis.data[1]).toMatch(/\{nr\|未报告\}$/)
    expect(charts[0].height).toBe(compareHeight(2, 2))
  })

  it('wraps long labels itself (rich text cannot use overflow: break)', () => {
    expect(wrapLabel('湛江经济技术开发区应急管理局 2023', 13)).toBe('湛江经济技术开发区应急管理局\n2023')
    expect(wrapLabel('湛江经济技术开发区应急管理局', 8)).toBe('湛江经济技术开发\n区应急管理局')
    expect(wrapLabel('Zhanjiang ETDZ Emergency Management Bureau 2023', 13)).toBe('Zhanjiang ETDZ\nEmergency Management\nBureau 2023')
  })

  it('keeps rich-text markup characters in data from being parsed', () => {
    const rows2: ValueRow[] = [row({ report_id: 'x', agency: '{a|b}', year: 2023, indicator_id: 'approvals_handled' })]
    const [c] = buildCompareCharts(rows2, ['approvals_handled'], catalogue, 'zh-CN')
    expect((c.option as { yAxis: { data: string[] } }).yAxis.data[0]).toBe('｛a｜b｝\n{nr|未报告}')
  })

  it('has one series per indicator with direction arrows and null gaps', () => {
    const s = seriesOf(charts[0].option)
    expect(s.map((x) => x.name)).toEqual(['审批时限压缩比 ↑', '即办件比例 ↑'])
    expect(s[0].data.map((d) => d?.value ?? null)).toEqual([86.5, null])
    expect(s[1].data.map((d) => d?.value ?? null)).toEqual([75, 45.53])
    expect(seriesOf(charts[2].option)[0].data.map((d) => d!.labelText)).toEqual(['未报告', '110余', '约230'])
  })

  it('lists not-reported indicators in the escaped axis tooltip', () => {
    const html = tooltipOf(charts[0].option)([{ dataIndex: 1, seriesName: '即办件比例 ↑', marker: '' }])
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
    expect(html).toContain('审批时限压缩比：<b>未报告</b>')
    expect(html).toContain('45.53%')
  })

  it('exports table rows with formatted values', () => {
    expect(charts[1].rows.map((r) => [r.agency, r.value, r.raw_value])).toEqual([
      ['江津区气象局', '16 件', 16],
      [EVIL, '未报告', null],
    ])
  })
})

describe('buildTrendChart', () => {
  const rows: ValueRow[] = [
    row({ report_id: 'a21', agency: 'A', year: 2021, indicator_id: 'training_participants', value: 100 }),
    row({ report_id: 'a23', agency: 'A', year: 2023, indicator_id: 'training_participants', value: 130 }),
    row({ report_id: 'b22', agency: 'B', year: 2022, indicator_id: 'training_participants', value: 430, qualifier: 'approx' }),
    row({ report_id: 'c23', agency: 'C', year: 2023, indicator_id: 'training_participants' }),
  ]
  const o = buildTrendChart(rows, 'training_participants', catalogue, 'zh-CN')
  it('spans every year and leaves gaps as null', () => {
    expect(yearRange(rows)).toEqual([2021, 2022, 2023])
    expect((o as { xAxis: { data: string[] } }).xAxis.data).toEqual(['2021', '2022', '2023'])
    const s = seriesOf(o)
    // C never reports: no empty series, listed as not reported instead
    expect(s.map((x) => x.name)).toEqual(['A', 'B'])
    expect(trendNotReported(rows, 'training_participants', 'zh-CN')).toEqual(['C'])
    expect(s[0].data.map((d) => d?.value ?? null)).toEqual([100, null, 130])
    expect(s[1].data.map((d) => d?.value ?? null)).toEqual([null, 430, null])
    expect((s[0] as unknown as { connectNulls: boolean; showSymbol: boolean }).connectNulls).toBe(false)
    // colours follow the agency, not the series position
    expect(s.map((x) => (x as unknown as { itemStyle: { color: string } }).itemStyle.color)).toEqual([PALETTE[0], PALETTE[1]])
    const onlyB = buildTrendChart(rows.filter((r) => r.agency !== 'A'), 'training_participants', catalogue, 'zh-CN', ['A', 'B', 'C'])
    expect((seriesOf(onlyB)[0] as unknown as { itemStyle: { color: string } }).itemStyle.color).toBe(PALETTE[1])
    expect((s[1] as unknown as { showSymbol: boolean }).showSymbol).toBe(true)
    expect(s[1].data[1]!.labelText).toBe('430余 人次')
  })
})

describe('buildCoverageChart', () => {
  const rows: ValueRow[] = [
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'approvals_handled', value: 16 }),
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'mediation_success_pct' }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'approvals_handled', value: 0 }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'mediation_success_pct', value: 97 }),
  ]
  const o = buildCoverageChart(rows, catalogue, 'zh-CN')
  it('marks every cell reported (1) or not reported (0); values stay null when missing', () => {
    const s = seriesOf(o)[0]
    expect(s.data.map((d) => d!.value)).toEqual([[0, 0, 1], [0, 1, 0], [1, 0, 1], [1, 1, 1]])
    expect(s.data.map((d) => d!.row.value)).toEqual([16, null, 0, 97])
    expect(s.data.map((d) => d!.labelText)).toEqual(['16 件', '未报告', '0 件', '97%'])
    expect((o as { yAxis: { data: string[] } }).yAxis.data).toEqual(['审批办件量  2/2', '调解成功率  1/2'])
    expect((o as { xAxis: { data: string[] } }).xAxis.data[0]).toBe('江津区气象局\n1/2 项')
    expect(coverageHeight(rows)).toBe(2 * 26 + 90)
  })
  it('escapes tooltips', () => {
    const html = tooltipOf(o)({ data: seriesOf(o)[0].data[3] })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
  })
})

describe('summariseIndicator', () => {
  it('summarises none / one / several reporters', () => {
    expect(summariseIndicator(mediation.slice(0, 1), 'mediation_success_pct', catalogue, 'zh-CN')).toMatchObject({ reported: 0, total: 1, text: '所选报告均未报告' })
    expect(summariseIndicator(mediation.slice(0, 2), 'mediation_success_pct', catalogue, 'zh-CN')).toMatchObject({ reported: 1, total: 2, text: '97%（船营区人民政府）' })
    expect(summariseIndicator(mediation, 'mediation_success_pct', catalogue, 'en').text).toBe('50% to 97%')
  })
})

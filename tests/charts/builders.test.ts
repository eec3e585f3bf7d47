import { describe, expect, it } from 'vitest'
import {
  buildCompareCharts,
  buildCoverageChart,
  buildTrendChart,
  COVERAGE_WINDOW,
  summariseIndicator,
  yearRange,
  trendNotReported,
  seriesName,
  buildGroupChart,
  COMPARE_TOP,
  GAP_SERIES_ID,
  PALETTE,
  spreadLabels,
  trendHighlights,
  trendScale,
  yearBands,
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

describe('buildCompareCharts', () => {
  const rows: ValueRow[] = [
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'approval_time_compression_pct', value: 86.5 }),
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'immediate_processing_pct', value: 75 }),
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'reconsideration_cases', value: 16 }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'approval_time_compression_pct' }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'immediate_processing_pct', value: 45.53 }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'reconsideration_cases', value: 3 }),
    row({ report_id: 'zj', agency: '湛江', year: 2023, indicator_id: 'reconsideration_cases', value: 9 }),
  ]
  const charts = buildCompareCharts(rows, ['reconsideration_cases', 'approval_time_compression_pct', 'immediate_processing_pct'], catalogue, 'zh-CN')
  const cats = (o: unknown) => (o as { yAxis: { data: string[] } }).yAxis.data
  const values = (o: unknown) => seriesOf(o)[0].data.map((d) => d?.value ?? null)

  it('draws one chart per indicator, in catalogue order (units never share an axis)', () => {
    expect(charts.map((c) => c.indicator.id)).toEqual(['approval_time_compression_pct', 'immediate_processing_pct', 'reconsideration_cases'])
    expect(seriesName(charts[2].indicator, 'zh-CN')).toBe('行政复议案件数 ↓')
  })

  it('sorts each chart best first by direction; not reported last, null and never 0', () => {
    expect(cats(charts[2].option).slice(1)).toEqual(['2. 湛江', '3. 江津区气象局'])
    expect(cats(charts[2].option)[0]).toMatch(/^1\. <img src=x/)
    expect(values(charts[2].option)).toEqual([3, 9, 16])
    expect(cats(charts[0].option)[0]).toBe('1. 江津区气象局')
    expect(cats(charts[0].option)[1]).toMatch(/^–  <img/)
    expect(values(charts[0].option)).toEqual([86.5, null])
  })

  it('keeps the picked agencies in view beyond the top and summarises the rest', () => {
    const many = Array.from({ length: 35 }, (_, i) => row({ report_id: `r${i}`, agency: `单位${i}`, year: 2023, indicator_id: 'training_participants', value: 1000 - i * 10 }))
    const [c] = buildCompareCharts(many, ['training_participants'], catalogue, 'zh-CN', new Set(['单位30']))
    const labels = cats(c.option)
    expect(labels).toHaveLength(COMPARE_TOP + 3)
    expect(labels[COMPARE_TOP + 1]).toBe('{f|31. 单位30}')
    const gaps = seriesOf(c.option).find((s) => s.id === GAP_SERIES_ID)!
    expect(gaps.data.map((d) => gaps.label!.formatter({ data: d }))).toEqual(['⋯ 另 20 个单位，中位数 805 人次 ⋯', '其余 4 个单位：中位数 675 人次'])
    expect(c.rows).toHaveLength(35)
  })

  it('groups by sector: one bar per group, its median, best first, carrying the group and no evidence', () => {
    const groupOf = new Map([['jj', '气象'], ['ev', '应急管理'], ['zj', '应急管理']])
    const g = buildGroupChart(rows, groupOf, 'reconsideration_cases', catalogue, 'zh-CN')
    expect(cats(g.option)).toEqual(['1. 应急管理（2）', '2. 气象（1）'])
    expect(values(g.option)).toEqual([6, 16])
    const bar = seriesOf(g.option)[0].data[0] as unknown as { datum: unknown; group: string }
    expect(bar).toMatchObject({ datum: null, group: '应急管理' })
    const html = (seriesOf(g.option)[0] as unknown as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter({ data: bar })
    expect(html).toContain('应急管理')
    expect(html).toContain('6 件')
    expect(html).toContain('3 件 – 9 件')
  })

  it('exports table rows with formatted values', () => {
    expect(charts[0].rows.map((r) => [r.agency, r.value, r.raw_value])).toEqual([
      ['江津区气象局', '86.5%', 86.5],
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
  type Line = Series & { connectNulls: boolean; lineStyle: { color: string }; symbolSize: unknown }
  const lines = (o: unknown) => seriesOf(o).filter((x) => x.type === 'line') as unknown as Line[]
  const endLabels = (o: unknown) => seriesOf(o).find((x) => x.id === 'end-labels')!.data as unknown as { value: [number, number]; labelText: string }[]
  const o = buildTrendChart(rows, 'training_participants', catalogue, 'zh-CN')

  it('spans every year and leaves gaps as null; a lone year is a point', () => {
    expect(yearRange(rows)).toEqual([2021, 2022, 2023])
    expect((o as { xAxis: { data: string[] } }).xAxis.data).toEqual(['2021', '2022', '2023'])
    const s = lines(o)
    // C never reports: no empty series, listed as not reported instead
    expect(s.map((x) => x.name)).toEqual(['A', 'B'])
    expect(trendNotReported(rows, 'training_participants', 'zh-CN')).toEqual(['C'])
    expect(s[0].data.map((d) => d?.value ?? null)).toEqual([100, null, 130])
    expect(s[1].data.map((d) => d?.value ?? null)).toEqual([null, 430, null])
    expect(s[0].connectNulls).toBe(false)
    expect(s[1].data[1]!.labelText).toBe('430余 人次')
  })

  it('colours a small group and names each line at its end', () => {
    const s = lines(o)
    expect(s.map((x) => x.lineStyle.color)).toEqual([PALETTE[0], PALETTE[1]])
    // at each line's last point: A ends in 2023 (index 2), B in 2022 (index 1)
    expect(endLabels(o).map((e) => [e.value[0], e.labelText])).toEqual([[2, 'A 130 人次'], [1, 'B 430余 人次']])
  })

  describe('at city scale', () => {
    const many = Array.from({ length: 40 }, (_, a) =>
      [2020, 2021, 2022, 2023].map((year) => row({ report_id: `${a}-${year}`, agency: `单位${a}`, year, indicator_id: 'mediation_success_pct', value: 90 + (a % 10) + (year - 2020) * 0.1 })),
    ).flat()
    const big = buildTrendChart(many, 'mediation_success_pct', catalogue, 'zh-CN', ['单位3', '单位13', '单位23'], 320)
    const s = lines(big)

    it('draws the group as grey context, the picked agencies in colour, in the order picked', () => {
      const ctx = s.filter((x) => x.id?.startsWith('ctx:')) as unknown as { endLabel: { show: boolean; formatter: string }; emphasis: { endLabel: { show: boolean } } }[]
      expect(ctx).toHaveLength(37)
      // a grey line names itself only when hovered
      expect([ctx[0].endLabel.show, ctx[0].endLabel.formatter, ctx[0].emphasis.endLabel.show]).toEqual([false, '单位0', true])
      expect(s.filter((x) => !x.id?.startsWith('ctx:') && !['median', 'band', 'band-low'].includes(x.id!)).map((x) => [x.id, x.lineStyle.color])).toEqual([['单位3', PALETTE[0]], ['单位13', PALETTE[1]], ['单位23', PALETTE[2]]])
      expect(trendHighlights(many, 'mediation_success_pct', [])).toEqual([])
      // an agency keeps its colour where an agency picked before it has no line
      const other = lines(buildTrendChart(many, 'mediation_success_pct', catalogue, 'zh-CN', ['无此单位', '单位13'], 320)).find((x) => x.id === '单位13')!
      expect(other.lineStyle.color).toBe(PALETTE[1])
    })

    it('adds the median and the middle half per year', () => {
      const bands = yearBands(many, [2020, 2021, 2022, 2023])
      expect(bands[0]).toMatchObject({ n: 40, median: 94.5, q1: 92, q3: 97 })
      expect(s.find((x) => x.id === 'median')!.data).toEqual(bands.map((b) => b.median))
      expect(s.find((x) => x.id === 'band')!.data).toEqual(bands.map((b) => b.q3! - b.q1!))
      expect(yearBands(many.slice(0, 8), [2020])[0]).toMatchObject({ n: 2, median: null })
    })

    it('spreads end labels that would overprint (three equal ends and the median)', () => {
      // 单位3, 单位13 and 单位23 end on the same value; their labels must be at least a line apart
      const y = (big as { yAxis: { min: number; max: number } }).yAxis
      const px = (v: number) => 30 + (320 - 58) * (1 - (v - y.min) / (y.max - y.min))
      const ends = endLabels(big).map((e) => px(e.value[1])).sort((a, b) => a - b)
      expect(endLabels(big).map((e) => e.labelText)).toEqual(['单位3 93.3%', '单位13 93.3%', '单位23 93.3%', '中位数'])
      for (let i = 1; i < ends.length; i++) expect(ends[i] - ends[i - 1]).toBeGreaterThanOrEqual(13.5)
      expect(spreadLabels([100, 100, 100], 14, 30, 292)).toEqual([100, 114, 128])
      expect(spreadLabels([290, 290], 14, 30, 292)).toEqual([278, 292])
      expect([y.min, y.max]).toEqual([90, 100]) // the lines are not pressed flat against 100%
    })
  })

  it('keeps a value axis from 0 unless all figures sit in its upper half', () => {
    expect(trendScale([3, 40], false)).toEqual({ min: 0, max: 40, interval: 10 })
    expect(trendScale([92.1, 99.3], true)).toEqual({ min: 92, max: 100, interval: 2 })
    expect(trendScale([], false)).toMatchObject({ min: 0 })
    expect(trendScale([115], false)).toMatchObject({ min: 0, max: 125 })
    expect(trendScale([97], true)).toMatchObject({ min: 0, max: 100 })
  })
})

describe('buildCoverageChart', () => {
  const rows: ValueRow[] = [
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'approvals_handled', value: 16 }),
    row({ report_id: 'jj', agency: '江津区气象局', year: 2023, indicator_id: 'mediation_success_pct' }),
    row({ report_id: 'ev22', agency: EVIL, year: 2022, indicator_id: 'approvals_handled' }),
    row({ report_id: 'ev22', agency: EVIL, year: 2022, indicator_id: 'mediation_success_pct', value: 95 }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'approvals_handled', value: 0 }),
    row({ report_id: 'ev', agency: EVIL, year: 2023, indicator_id: 'mediation_success_pct', value: 97 }),
  ]
  const base = { width: 1200, sort: 'coverage' as const, focus: new Set<string>() }
  const chart = buildCoverageChart(rows, catalogue, 'zh-CN', base)
  type Cov = { yAxis: { data: string[] }[]; xAxis: { data: string[]; axisLabel: { rotate: number } }; series: { data: (ItemData & { years: { year: number; text: string | null }[] })[]; label: { show: boolean } }[]; tooltip: { formatter: (p: unknown) => string }; dataZoom?: unknown[] }
  const o = chart.option as unknown as Cov

  it('puts agencies down (most indicators first) and indicators across; a cell is the share of years stated', () => {
    expect(o.yAxis[0].data[0]).toBe(`${EVIL} {n|2}`)
    expect(o.yAxis[0].data[1]).toBe('江津区气象局 {n|1}')
    expect(o.xAxis.data).toEqual(['审批办件量', '调解成功率'])
    const cells = o.series[0].data
    expect(cells.map((d) => d.value)).toEqual([[0, 0, 0.5], [1, 0, 1], [0, 1, 1], [1, 1, 0]])
    // the latest stated figure, its evidence; a never-stated cell is 未报告 (never 0)
    expect(cells.map((d) => [d.datum.report_id, d.labelText])).toEqual([['ev', '0 件'], ['ev', '97%'], ['jj', '16 件'], ['jj', '未报告']])
    expect(cells[0].years).toEqual([{ year: 2022, text: null }, { year: 2023, text: '0 件' }])
  })

  it('lists every year in an escaped tooltip', () => {
    const html = o.tooltip.formatter({ data: o.series[0].data[0] })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
    expect(html).toContain('2 年中报告了 1 年')
    expect(html).toContain('2022：未报告')
    expect(html).toContain('2023：<b>0 件</b>')
  })

  it('shows figures in cells only when they fit, rotating headers that do not', () => {
    expect(chart.text).toBe(true)
    const narrow = buildCoverageChart(rows, catalogue, 'zh-CN', { ...base, width: 320 })
    expect(narrow.text).toBe(false)
    expect((narrow.option as unknown as Cov).series[0].label.show).toBe(false)
    const all = catalogue.indicators.map((ind, i) => row({ report_id: 'x', agency: 'X', year: 2023, indicator_id: ind.id, value: i }))
    const dense = buildCoverageChart(all, catalogue, 'zh-CN', base)
    expect(dense.text).toBe(false)
    expect((dense.option as unknown as Cov).xAxis.axisLabel.rotate).toBe(90)
  })

  it('puts the picked agencies first in bold, sorts by name or groups by sector', () => {
    const f = buildCoverageChart(rows, catalogue, 'zh-CN', { ...base, focus: new Set(['江津区气象局']) }).option as unknown as Cov
    expect(f.yAxis[0].data[0]).toBe('{f|江津区气象局} {n|1}')
    const sectorOf = new Map([['jj', '气象'], ['ev', '应急管理'], ['ev22', '应急管理']])
    const g = buildCoverageChart(rows, catalogue, 'zh-CN', { ...base, sort: 'sector', sectorOf }).option as unknown as Cov
    // groups of equal size by name (pinyin: qi before ying)
    expect(g.yAxis[1].data).toEqual(['气象', '应急管理'])
  })

  it('scrolls beyond a window of rows: the height has a bound', () => {
    const many = Array.from({ length: 300 }, (_, i) => row({ report_id: `r${i}`, agency: `单位${i}`, year: 2023, indicator_id: 'approvals_handled', value: i }))
    const big = buildCoverageChart(many, catalogue, 'zh-CN', base)
    expect(big.height).toBe(buildCoverageChart(many.slice(0, COVERAGE_WINDOW), catalogue, 'zh-CN', base).height)
    expect((big.option as unknown as Cov).dataZoom).toHaveLength(2)
  })
})

describe('summariseIndicator', () => {
  it('summarises none / one / several reporters', () => {
    expect(summariseIndicator(mediation.slice(0, 1), 'mediation_success_pct', catalogue, 'zh-CN')).toMatchObject({ reported: 0, total: 1, text: '所选报告均未报告' })
    expect(summariseIndicator(mediation.slice(0, 2), 'mediation_success_pct', catalogue, 'zh-CN')).toMatchObject({ reported: 1, total: 2, text: '97%（船营区人民政府）' })
    expect(summariseIndicator(mediation, 'mediation_success_pct', catalogue, 'en').text).toBe('50% to 97%')
  })
})

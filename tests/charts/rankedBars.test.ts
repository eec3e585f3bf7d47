/**
 * Sorted bars at any count (Rankings, Compare, Overview) and the Overview chart: what is drawn,
 * in which order, what is left out and said in its place, and that the height has a bound.
 */
import { describe, expect, it } from 'vitest'
import {
  buildOverviewChart,
  buildRankedBars,
  overviewChartHeight,
  GAP_SERIES_ID,
  NOT_REPORTED_SERIES_ID,
  pickBars,
  rankByValue,
  textUnits,
  type BarEntry,
  type ItemData,
} from '../../src/charts'
import { catalogue } from '../../src/queries/catalogue'
import type { HeadlineRow } from '../../src/queries/overview'
import type { ValueRow } from '../../src/queries/types'

const EVIL = '<img src=x onerror=alert(1)>'
const ind = (id: string) => catalogue.indicatorById.get(id)!

function row(p: Partial<ValueRow> & Pick<ValueRow, 'report_id' | 'agency' | 'indicator_id'>): ValueRow {
  const reported = p.reported ?? (p.value != null || p.value_low != null)
  return { agency_en: null, year: 2023, value: null, qualifier: reported ? 'exact' : null, value_low: null, value_high: null, evidence: null, ...p, reported }
}

type Series = { id?: string; type?: string; data: ((ItemData & { itemStyle?: { color: string } }) | null)[]; label: { formatter: (p: unknown) => string } }
type Opt = { yAxis: { data: string[] }; series: Series[]; tooltip: { formatter: (p: unknown) => string }; dataZoom?: unknown[] }
const opt = (o: unknown) => o as Opt
const texts = (o: Opt) => o.series.find((s) => s.id === GAP_SERIES_ID)!.data.map((d) => o.series.find((s) => s.id === GAP_SERIES_ID)!.label.formatter({ data: d }))

describe('rankByValue', () => {
  it('orders by direction, ties share a rank in their given order, ranges by midpoint, not reported last', () => {
    const rows = [
      row({ report_id: 'n', agency: 'N', indicator_id: 'reconsideration_cases' }),
      row({ report_id: 'a', agency: 'A', indicator_id: 'reconsideration_cases', value: 12 }),
      row({ report_id: 'b', agency: 'B', indicator_id: 'reconsideration_cases', value: 0 }),
      row({ report_id: 'c', agency: 'C', indicator_id: 'reconsideration_cases', value: 0 }),
      row({ report_id: 'r', agency: 'R', indicator_id: 'reconsideration_cases', value_low: 4, value_high: 8, qualifier: 'range' }),
    ]
    expect(rankByValue(rows, ind('reconsideration_cases')).map((r) => [r.report_id, r.rank, r.pos])).toEqual([
      ['b', 1, 1], ['c', 1, 2], ['r', 3, 3], ['a', 4, 4], ['n', null, null],
    ])
    // no better direction: by size, largest first
    expect(rankByValue(rows, ind('approvals_handled')).map((r) => r.report_id)).toEqual(['a', 'r', 'b', 'c', 'n'])
  })
})

describe('pickBars', () => {
  const many = Array.from({ length: 300 }, (_, i) => row({ report_id: `r${i}`, agency: `单位${i}`, indicator_id: 'mediation_success_pct', value: i < 280 ? 99 - i / 10 : null }))
  const placed = rankByValue(many, ind('mediation_success_pct'))
  const kinds = (e: BarEntry[]) => e.map((x) => (x.kind === 'bar' ? x.row.report_id : `${x.kind}:${x.count}`))

  it('draws a list that fits whole', () => {
    expect(kinds(pickBars(placed.slice(0, 12), { top: 5, bottom: 5, focus: new Set() }))).toHaveLength(12)
  })

  it('draws the top, the bottom and the focus agencies of a long list, counting what it leaves out', () => {
    const e = pickBars(placed, { top: 3, bottom: 2, focus: new Set(['单位100', '单位290']) })
    expect(kinds(e)).toEqual(['r0', 'r1', 'r2', 'gap:97', 'r100', 'gap:177', 'r278', 'r279', 'r290', 'missing:19'])
    const gap = e[3] as Extract<BarEntry, { kind: 'gap' }>
    expect(gap.median).toBeCloseTo(99 - 51 / 10) // r3…r99: median of r51 and r52's midpoint
  })

  it('says the rest and its median after the last drawn row (Compare)', () => {
    const e = pickBars(placed, { top: 10, bottom: 0, focus: new Set() })
    expect(kinds(e)).toEqual([...Array.from({ length: 10 }, (_, i) => `r${i}`), 'gap:270', 'missing:20'])
    const o = opt(buildRankedBars(e, 'mediation_success_pct', catalogue, 'zh-CN', { focus: new Set(), withYear: false, window: 16 }).option)
    expect(texts(o)).toEqual(['其余 270 个单位：中位数 84.55%', '另有 20 个单位未报告'])
    const en = opt(buildRankedBars(e, 'mediation_success_pct', catalogue, 'en', { focus: new Set(), withYear: true, window: 16 }).option)
    expect(texts(en)).toEqual(['The other 270 reports: median 84.55%', 'Not reported: 20 reports'])
  })

  it('keeps a gap row from standing in for one or two rows', () => {
    expect(kinds(pickBars(placed.slice(0, 7), { top: 3, bottom: 2, focus: new Set() }))).toHaveLength(7)
  })
})

describe('buildRankedBars', () => {
  const rows = [
    row({ report_id: 'jj', agency: '江津区气象局', indicator_id: 'mediation_success_pct' }),
    row({ report_id: 'cy', agency: '船营区人民政府', indicator_id: 'mediation_success_pct', value: 97 }),
    row({ report_id: 'ev', agency: EVIL, indicator_id: 'mediation_success_pct', value: 50 }),
    row({ report_id: 'rich', agency: '{a|b}湛江经济技术开发区应急管理局综合行政执法支队第一大队', indicator_id: 'mediation_success_pct', value: 40 }),
  ]
  const entries = pickBars(rankByValue(rows, ind('mediation_success_pct')), { top: 5, bottom: 5, focus: new Set() })
  const chart = buildRankedBars(entries, 'mediation_success_pct', catalogue, 'zh-CN', { focus: new Set(), withYear: false, window: 16 })
  const o = opt(chart.option)

  it('has one bar per report, best first, with ranks; null (never 0) and 未报告 for not reported', () => {
    expect(o.yAxis.data[0]).toBe('1. 船营区人民政府')
    // long names are cut to the label column, rich-text markup in data is neutralised
    expect(o.yAxis.data[2]).toMatch(/^3\. ｛a｜b｝湛江经济技术开发区.*…$/)
    for (const l of o.yAxis.data) expect(textUnits(l) * 12).toBeLessThanOrEqual(230)
    expect(o.yAxis.data[3]).toBe('–  江津区气象局')
    expect(o.series[0].data.map((d) => d!.value)).toEqual([97, 50, 40, null])
    expect(o.series[0].data[0]!.datum).toEqual({ report_id: 'cy', indicator_id: 'mediation_success_pct' })
    const missing = o.series.find((s) => s.id === NOT_REPORTED_SERIES_ID)!
    expect(missing.data.map((d) => [d!.datum.report_id, d!.labelText])).toEqual([['jj', '未报告']])
  })

  it('cuts a long name in its label and keeps it whole in the tooltip', () => {
    const long = '很长的单位名称'.repeat(30)
    const one = pickBars(rankByValue([row({ report_id: 'long', agency: long, indicator_id: 'mediation_success_pct', value: 60 })], ind('mediation_success_pct')), { top: 5, bottom: 5, focus: new Set() })
    const l = opt(buildRankedBars(one, 'mediation_success_pct', catalogue, 'zh-CN', { focus: new Set(), withYear: false, window: 16 }).option)
    expect(l.yAxis.data[0]).toMatch(/^1\. 很长的单位名称很长.*…$/)
    expect(textUnits(l.yAxis.data[0]) * 12).toBeLessThanOrEqual(230)
    expect(l.tooltip.formatter({ data: l.series[0].data[0], marker: '' })).toContain(long)
  })

  it('escapes data strings in tooltips', () => {
    const html = o.tooltip.formatter({ data: o.series[0].data[1], marker: '' })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('highlights the focus agencies and mutes the others', () => {
    const f = opt(buildRankedBars(entries, 'mediation_success_pct', catalogue, 'zh-CN', { focus: new Set(['船营区人民政府']), withYear: false, window: 16 }).option)
    expect(f.yAxis.data[0]).toBe('{f|1. 船营区人民政府}')
    expect(f.yAxis.data[1]).toMatch(/^\{m\|2\. /)
    expect(f.series[0].data[0]!.itemStyle).toBeUndefined()
    expect(f.series[0].data[1]!.itemStyle!.color).toBeDefined()
  })

  it('says that no report states the indicator instead of drawing an empty scale, and only then', () => {
    type Axis = { xAxis: { name?: string; axisLabel: { show: boolean } } }
    const none = pickBars(rankByValue(rows.map((r) => ({ ...r, value: null, reported: false })), ind('mediation_success_pct')), { top: 5, bottom: 5, focus: new Set() })
    const zh = buildRankedBars(none, 'mediation_success_pct', catalogue, 'zh-CN', { focus: new Set(), withYear: false, window: 16 }).option as unknown as Axis
    expect(zh.xAxis.name).toBe('所选报告均未报告此指标')
    expect(zh.xAxis.axisLabel.show).toBe(false)
    const en = buildRankedBars(none, 'mediation_success_pct', catalogue, 'en', { focus: new Set(), withYear: false, window: 16 }).option as unknown as Axis
    expect(en.xAxis.name).toBe('No selected report states this indicator')
    const some = chart.option as unknown as Axis
    expect(some.xAxis.name).toBeUndefined()
    expect(some.xAxis.axisLabel.show).toBe(true)
  })

  it('has a height bounded by the window, scrolling beyond it', () => {
    const long = rankByValue(Array.from({ length: 300 }, (_, i) => row({ report_id: `r${i}`, agency: `单位${i}`, indicator_id: 'mediation_success_pct', value: i })), ind('mediation_success_pct'))
    const all = buildRankedBars(pickBars(long, { top: Infinity, bottom: 0, focus: new Set() }), 'mediation_success_pct', catalogue, 'zh-CN', { focus: new Set(), withYear: false, window: 16 })
    const sixteen = buildRankedBars(pickBars(long.slice(0, 16), { top: Infinity, bottom: 0, focus: new Set() }), 'mediation_success_pct', catalogue, 'zh-CN', { focus: new Set(), withYear: false, window: 16 })
    expect(all.height).toBe(sixteen.height)
    expect(opt(all.option).dataZoom).toHaveLength(2)
    expect(opt(sixteen.option).dataZoom).toBeUndefined()
    expect(chart.height).toBeLessThan(sixteen.height)
  })
})

describe('buildOverviewChart', () => {
  const head = (p: Partial<HeadlineRow> & Pick<HeadlineRow, 'report_id' | 'agency'>): HeadlineRow => ({
    ...row({ indicator_id: 'mediation_success_pct', ...p }),
    rank: null, pos: null, plotted: 280, total: 300, lo: 70, q1: 90, med: 95, q3: 98, hi: 100, ...p,
  })
  const rows = [
    ...[1, 2, 3, 4, 5].map((k) => head({ report_id: `b${k}`, agency: `好${k}`, value: 100 - k / 10, rank: k, pos: k })),
    head({ report_id: 'f', agency: '所选', value: 93, rank: 150, pos: 150 }),
    ...[276, 277, 278, 279, 280].map((k) => head({ report_id: `w${k}`, agency: `差${k}`, value: 70 + (280 - k), rank: k, pos: k })),
  ]
  const chart = buildOverviewChart(rows, 'mediation_success_pct', catalogue, 'zh-CN', new Set(['所选']), 300)
  const o = chart.option as unknown as Opt & { series: (Series & { type: string })[]; grid: unknown[] }

  it('draws the best and worst five and the focus agency, with the rest counted in between', () => {
    const cats = o.yAxis.data
    expect(cats).toHaveLength(11 + 2 + 1)
    expect(cats[0]).toBe('{m|1. 好1}')
    expect(cats[6]).toBe('{f|150. 所选}')
    expect(texts(o)).toEqual(['⋯ 另 144 个单位 ⋯', '⋯ 另 125 个单位 ⋯', '另有 20 个单位未报告'])
  })

  it('puts the distribution on top, with the focus agency on it, on the bars\' own grid and scale', () => {
    type Shape = { type: string; shape?: Record<string, number>; style?: { text?: string }; children?: Shape[] }
    type Strip = Series & { renderItem: (params: unknown, api: unknown) => Shape; tooltip: { formatter: (p: unknown) => string } }
    const strip = o.series.find((s) => s.id === 'distribution') as Strip
    expect(strip.type).toBe('custom')
    expect(strip.data.map((d) => d!.value)).toEqual([[95, 0, 70, 90, 95, 98, 100], [93, 0]])
    expect(Array.isArray(o.grid)).toBe(false)
    // Drawn with a value axis of 2 px per unit over a grid whose top is at 52 px: above the grid, at the figures' places.
    const api = (k: number) => ({ value: (dim: number) => (strip.data[k]!.value as number[])[dim], coord: ([x, y]: number[]) => [x * 2, y], font: () => '11px sans-serif' })
    const params = (k: number) => ({ dataIndex: k, coordSys: { x: 246, y: 52 } })
    const box = strip.renderItem(params(0), api(0))
    const rect = box.children!.find((c) => c.type === 'rect')!.shape!
    expect(rect).toEqual({ x: 180, y: 13, width: 16, height: 14 })
    const lines = box.children!.filter((c) => c.type === 'line').map((c) => c.shape!)
    expect(lines.map((l) => [l.x1, l.x2])).toEqual([[140, 180], [196, 200], [140, 140], [200, 200], [190, 190]])
    expect(box.children!.find((c) => c.type === 'text')!.style!.text).toBe('分布（280）')
    expect(strip.renderItem(params(1), api(1)).shape).toEqual({ cx: 186, cy: 20, r: 4.5 })
    expect(strip.tooltip.formatter({ dataIndex: 0 })).toContain('中位数')
    expect(strip.tooltip.formatter({ dataIndex: 1, data: strip.data[1] })).toContain('所选')
  })

  it('is five bars under a box for five reports, plain bars below three figures, and speaks of an empty group', () => {
    const few = buildOverviewChart(rows.slice(0, 5).map((r) => ({ ...r, plotted: 5, total: 5 })), 'mediation_success_pct', catalogue, 'zh-CN', new Set(), 5)
    expect((few.option as unknown as { yAxis: { data: string[] } }).yAxis.data).toEqual(['1. 好1', '2. 好2', '3. 好3', '4. 好4', '5. 好5'])
    const two = buildOverviewChart(rows.slice(0, 2).map((r) => ({ ...r, plotted: 2, total: 5 })), 'mediation_success_pct', catalogue, 'zh-CN', new Set(), 5)
    const strip = (c: { option: unknown }) => (c.option as unknown as Opt).series.find((s) => s.type === 'custom')!
    expect(strip(few).data).toHaveLength(1)
    // Below three figures the strip's series is kept, empty (the chart keeps its parts: a change merges).
    expect(strip(two).data).toEqual([])
    const none = buildOverviewChart([], 'mediation_success_pct', catalogue, 'zh-CN', new Set(), 35)
    expect(texts(none.option as unknown as Opt)).toEqual(['另有 35 个单位未报告'])
  })

  it('keeps the height the whole dataset needs whatever the selection, the bars at their spacing', () => {
    // Five reports over several years: all years show five bars under a box, one year two bars and no box.
    const all = buildOverviewChart(rows.slice(0, 5).map((r) => ({ ...r, plotted: 5, total: 5 })), 'mediation_success_pct', catalogue, 'zh-CN', new Set(), 5, overviewChartHeight(5))
    const year = buildOverviewChart(rows.slice(0, 2).map((r) => ({ ...r, plotted: 2, total: 2 })), 'mediation_success_pct', catalogue, 'zh-CN', new Set(), 2, overviewChartHeight(5))
    expect(year.height).toBe(all.height)
    expect(all.height).toBe(overviewChartHeight(5))
    // Without the floor the one-year chart would be smaller; with it the spare room is below the axis, the rows keep 24 px.
    const loose = buildOverviewChart(rows.slice(0, 2).map((r) => ({ ...r, plotted: 2, total: 2 })), 'mediation_success_pct', catalogue, 'zh-CN', new Set(), 2)
    expect(loose.height).toBeLessThan(year.height)
    type Grid = { top: number; bottom: number }
    const band = (c: { height: number; option: unknown }) => {
      const g = (c.option as { grid: Grid | Grid[] }).grid
      const grid = Array.isArray(g) ? g[0] : g
      return (c.height - grid.top - grid.bottom) / (c.option as { yAxis: { data: string[] } }).yAxis.data.length
    }
    expect(band(year)).toBeCloseTo(band(loose))
    // A large dataset: the best and worst five, the count between them and the not-reported line, under the box —
    // what the 300-report chart above shows without a focus agency.
    const noFocus = buildOverviewChart(rows.filter((r) => r.report_id !== 'f'), 'mediation_success_pct', catalogue, 'zh-CN', new Set(), 300)
    expect(overviewChartHeight(300)).toBe(noFocus.height)
    expect(overviewChartHeight(50_000)).toBe(overviewChartHeight(300))
  })
})

/**
 * Data items carry what a click and a tooltip need, and no row object: ECharts deep-copies every
 * data item on each setOption, and ChartPanel compares options as JSON, so an item is its value,
 * its datum, its label text and its tooltip, all written when the option is built.
 */
import { describe, expect, it } from 'vitest'
import { buildCompareCharts, buildCoverageChart, buildGroupChart, buildOverviewChart, buildTrendChart, tooltipHtml } from '../../src/charts'
import { catalogue } from '../../src/queries/catalogue'
import type { HeadlineRow } from '../../src/queries/overview'
import type { ValueRow } from '../../src/queries/types'

const IND = 'mediation_success_pct'

function row(p: Partial<ValueRow> & Pick<ValueRow, 'report_id' | 'agency'>): ValueRow {
  const reported = p.reported ?? p.value != null
  return { indicator_id: IND, agency_en: null, year: 2023, value: null, qualifier: reported ? 'exact' : null, value_low: null, value_high: null, evidence: null, ...p, reported }
}
const head = (p: Partial<HeadlineRow> & Pick<HeadlineRow, 'report_id' | 'agency'>): HeadlineRow => ({
  ...row(p),
  rank: null, pos: null, plotted: 280, total: 300, lo: 70, q1: 90, med: 95, q3: 98, hi: 100, ...p,
})

type Item = Record<string, unknown> & { datum?: { report_id: string; indicator_id: string } | null; tip?: string }
type Opt = { tooltip: { formatter: (p: unknown) => string }; yAxis: { data: string[] }; series: { id?: string; data: (Item | null)[]; tooltip?: { formatter: (p: unknown) => string } }[] }

/** Keys an item may hold: nothing in it is a row of the answer. */
const ITEM_KEYS = new Set(['value', 'datum', 'labelText', 'tip', 'itemStyle', 'name', 'label', 'group', 'years', 'agency', 'indicator_id', 'stated', 'change'])
function itemsOf(o: unknown): Item[] {
  return (o as Opt).series.flatMap((s) => s.data.filter((d): d is Item => d != null && typeof d === 'object' && !Array.isArray(d)))
}

describe('chart data items', () => {
  const rows = [
    ...[1, 2, 3, 4, 5].map((k) => head({ report_id: `b${k}`, agency: `好${k}`, value: 100 - k / 10, rank: k, pos: k })),
    head({ report_id: 'f', agency: '所选', value: 93, rank: 150, pos: 150, method: 'manual', reviewed: true }),
    ...[276, 277, 278, 279, 280].map((k) => head({ report_id: `w${k}`, agency: `差${k}`, value: 70 + (280 - k), rank: k, pos: k })),
    head({ report_id: 'n', agency: '未报', reported: false }),
  ]
  const overview = buildOverviewChart(rows, IND, catalogue, 'zh-CN', new Set(['所选', '未报']), 300).option as unknown as Opt

  it('hold no row object in the Overview chart (bars, markers, focus dots)', () => {
    const items = itemsOf(overview)
    expect(items.length).toBeGreaterThan(12)
    for (const d of items) {
      expect([...Object.keys(d)].filter((k) => !ITEM_KEYS.has(k))).toEqual([])
      expect('row' in d).toBe(false)
      if (d.datum) expect(Object.keys(d.datum).sort()).toEqual(['indicator_id', 'report_id'])
    }
  })

  it('resolve a click to the row drawn at that place, and its tooltip to that row', () => {
    const bars = overview.series[0].data
    const at = overview.yAxis.data.indexOf('{f|150. 所选}')
    expect(bars[at]!.datum).toEqual({ report_id: 'f', indicator_id: IND })
    const tip = overview.tooltip.formatter({ data: bars[at], marker: '<i>m</i>' })
    const [first, ...rest] = tooltipHtml(rows[5], catalogue.indicatorById.get(IND)!, 'zh-CN').split('<br/>')
    expect(tip).toBe([first, `<i>m</i>${rest[0]}`, ...rest.slice(1)].join('<br/>'))
    expect(tip).toContain('所选')
    expect(tip).toContain('✎')
    // The not-reported marker opens the silent report's evidence and says whose it is.
    const marker = overview.series.find((s) => s.id === 'not-reported')!.data.find((d) => d?.datum?.report_id === 'n')!
    expect(overview.tooltip.formatter({ data: marker, marker: '' })).toContain('未报')
    // The focus dot on the distribution strip: its own row too.
    const strip = overview.series.find((s) => s.id === 'distribution')!
    expect(strip.data[1]!.datum).toEqual({ report_id: 'f', indicator_id: IND })
    expect(strip.tooltip!.formatter({ dataIndex: 1, data: strip.data[1] })).toContain('所选')
  })

  it('hold no row object in Compare, Trends and Coverage, whose tooltips still name their report', () => {
    const plain = rows.map((r) => row(r))
    const [compare] = buildCompareCharts(plain, [IND], catalogue, 'zh-CN')
    const groups = buildGroupChart(plain, new Map(plain.map((r) => [r.report_id, r.report_id.startsWith('b') ? '甲组' : '乙组'])), IND, catalogue, 'zh-CN')
    const trend = buildTrendChart([...plain, row({ report_id: 'f22', agency: '所选', year: 2022, value: 90 })], IND, catalogue, 'zh-CN', ['所选'])
    const coverage = buildCoverageChart(plain, catalogue, 'zh-CN', { focus: new Set(), sort: 'coverage', width: 900 })
    for (const o of [compare.option, groups.option, trend, coverage.option]) for (const d of itemsOf(o)) expect('row' in d).toBe(false)
    const groupBar = (groups.option as unknown as Opt).series[0]
    expect(groupBar.tooltip!.formatter({ data: groupBar.data.find((d) => d?.group === '甲组') })).toContain('甲组')
    const cell = itemsOf(coverage.option).find((d) => d.datum?.report_id === 'f')!
    expect((coverage.option as unknown as Opt).tooltip.formatter({ data: cell })).toContain('所选')
  })
})

/**
 * A chart updated by merging its next option over the drawn one (what ChartPanel does when
 * `canMerge` says so) draws exactly what a fresh chart draws from the next option: compared as
 * ECharts' SVG of both, over the Overview's real changes (another year's figures, picked
 * agencies, a list that starts or stops scrolling, a group with or without its box).
 */
import { describe, expect, it } from 'vitest'
import { SVGRenderer } from 'echarts/renderers'
import { buildOverviewChart, overviewChartHeight } from '../../src/charts'
import { echarts, THEME_NAME } from '../../src/charts/echarts'
import { canMerge } from '../../src/charts/update'
import { catalogue } from '../../src/queries/catalogue'
import type { HeadlineRow } from '../../src/queries/overview'

echarts.use([SVGRenderer])

const HEIGHT = overviewChartHeight(300)
type Opt = Record<string, unknown>

/** Ids and class names carry the instance's number and a count over every instance: numbered afresh in order. */
function normalise(svg: string): string {
  const seen = new Map<string, string>()
  return svg.replace(/zr\d+-(\w+?)-?(\d+)/g, (m, kind: string) => {
    if (!seen.has(m)) seen.set(m, `zr-${kind}-${seen.size}`)
    return seen.get(m)!
  })
}

/** The SVG of a chart given `options` in turn, each merged when `merge(prev, next)` allows. */
function draw(options: Opt[], merge: (prev: Opt | undefined, next: Opt) => boolean): string {
  const chart = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width: 631, height: HEIGHT })
  try {
    let prev: Opt | undefined
    for (const o of options) {
      const next = { ...o, animation: false }
      chart.setOption(next, { notMerge: !merge(prev, next) })
      prev = next
    }
    return normalise(chart.renderToSVGString())
  } finally {
    chart.dispose()
  }
}

const head = (k: number, value: number | null, p: Partial<HeadlineRow> = {}): HeadlineRow => ({
  report_id: `r${k}`,
  agency: `单位${k}`,
  agency_en: null,
  year: 2023,
  indicator_id: 'mediation_success_pct',
  value,
  qualifier: value == null ? null : 'exact',
  value_low: null,
  value_high: null,
  evidence: null,
  reported: value != null,
  rank: null,
  pos: null,
  plotted: 0,
  total: 0,
  lo: null,
  q1: null,
  med: null,
  q3: null,
  hi: null,
  ...p,
})

/** `n` ranked reports (best first) of which `drawn` positions are drawn, with the group's spread. */
function group(n: number, drawn: number[], shift = 0, notReported = 0): HeadlineRow[] {
  const v = (pos: number) => 100 - pos / 4 - shift
  const stats = { plotted: n, total: n + notReported, lo: v(n), q1: v(Math.ceil(n * 0.75)), med: v(Math.ceil(n / 2)), q3: v(Math.ceil(n / 4)), hi: v(1) }
  return drawn.map((pos) => head(pos, v(pos), { ...stats, rank: pos, pos }))
}

const ends = (n: number) => [1, 2, 3, 4, 5, n - 4, n - 3, n - 2, n - 1, n]
const chart = (rows: HeadlineRow[], focus: string[] = [], total = rows[0]?.total ?? 0) =>
  buildOverviewChart(rows, 'mediation_success_pct', catalogue, 'zh-CN', new Set(focus), total, HEIGHT).option as unknown as Opt

const CHANGES: [string, Opt, Opt][] = [
  ['another year: other figures, other agencies, same shape', chart(group(300, ends(300))), chart(group(280, ends(280), 3, 20))],
  ['agencies picked: highlighted bars and dots', chart(group(300, ends(300))), chart(group(300, [...ends(300), 150].sort((a, b) => a - b)), ['单位150'])],
  ['picked agencies put down', chart(group(300, [...ends(300), 150].sort((a, b) => a - b)), ['单位150']), chart(group(300, ends(300)))],
  ['the list starts to scroll', chart(group(300, ends(300))), chart(group(300, [...ends(300), 40, 80, 120, 160, 200, 240, 260, 270].sort((a, b) => a - b)), ['单位40', '单位80', '单位120', '单位160', '单位200', '单位240', '单位260', '单位270'])],
  ['a group that no longer has a box', chart(group(300, ends(300))), chart(group(2, [1, 2]))],
  ['a group that gets its box', chart(group(2, [1, 2])), chart(group(300, ends(300)))],
  ['nothing reported, then figures', chart([], [], 35), chart(group(12, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))],
  ['figures, then nothing reported', chart(group(12, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])), chart([], [], 35)],
]

describe('canMerge: a merged update draws what a fresh chart draws', () => {
  it.each(CHANGES)('%s', (_name, before, after) => {
    const fresh = draw([after], () => false)
    expect(fresh).not.toBe(draw([before], () => false))
    expect(draw([before, after], canMerge)).toBe(fresh)
  })

  it('merges the Overview’s changes: a year, picked agencies, a box or figures that come or go', () => {
    const merges = Object.fromEntries(CHANGES.map(([name, a, b]) => [name, canMerge({ ...a, animation: false }, { ...b, animation: false })]))
    expect(merges).toEqual({
      'another year: other figures, other agencies, same shape': true,
      'agencies picked: highlighted bars and dots': true,
      'picked agencies put down': true,
      'the list starts to scroll': true,
      'a group that no longer has a box': true,
      'a group that gets its box': true,
      'nothing reported, then figures': true,
      'figures, then nothing reported': true,
    })
  })

  it('would draw stale parts if it merged what it refuses (the comparison can fail)', () => {
    const scrolling = CHANGES[3][2]
    const still = chart(group(300, ends(300)))
    expect(canMerge(scrolling, still)).toBe(false)
    expect(draw([scrolling, still], () => true)).not.toBe(draw([still], () => false))
  })
})

describe('canMerge', () => {
  it('refuses before the first draw, a key left out at any depth, a list of components of another length', () => {
    expect(canMerge(undefined, { series: [] })).toBe(false)
    expect(canMerge({ xAxis: { name: 'a', min: 0 } }, { xAxis: { min: 0 } })).toBe(false)
    expect(canMerge({ xAxis: { axisLabel: { show: true } } }, { xAxis: { axisLabel: {} } })).toBe(false)
    expect(canMerge({ series: [{ type: 'bar' }] }, { series: [{ type: 'bar' }, { type: 'bar' }] })).toBe(false)
    expect(canMerge({ dataZoom: [{}] }, { dataZoom: undefined })).toBe(false)
    expect(canMerge({ animationDuration: 300 }, {})).toBe(false)
  })

  it('merges when every key is set again (to anything), lists keep their length, new parts come', () => {
    expect(canMerge({ xAxis: { max: 100, name: 'a' }, series: [{ data: [1, 2] }] }, { xAxis: { max: undefined, name: 'b' }, series: [{ data: [3] }] })).toBe(true)
    expect(canMerge({ dataZoom: undefined, grid: { left: 1 } }, { dataZoom: [{ type: 'slider' }], grid: { left: 2, top: 3 } })).toBe(true)
  })

  it('draws afresh charts whose components keep the user’s choices (legend, visual map)', () => {
    expect(canMerge({ legend: { show: true }, series: [] }, { legend: { show: true }, series: [] })).toBe(false)
    expect(canMerge({ visualMap: { min: 0 } }, { visualMap: { min: 0 } })).toBe(false)
  })
})

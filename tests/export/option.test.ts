import { describe, expect, it } from 'vitest'
import { buildExportOption, collectText, legendRows } from '../../src/export/option'
import { EXPORT_FONT_FAMILY, EXPORT_WIDTH, presentStyle, PRINT_STYLE, WEB_FONT } from '../../src/export/style'
import { estimateWidth } from '../../src/export/text'
import { buildCoverageChart, buildOverviewChart, buildRankedBars, pickBars, rankByValue } from '../../src/charts'
import { catalogue } from '../../src/queries/catalogue'
import { row } from './fixture'

const approvalRowsFor = (i: number) => row({ report_id: `r${i}`, agency: `单位${i}`, year: 2023, indicator_id: 'approval_time_compression_pct', value: 100 - i })
import { approvalChart, legendChart, trendChart } from './fixture'

type O = Record<string, unknown>
const DATE = new Date(2024, 4, 6)
const list = (v: unknown) => v as O[]

describe('buildExportOption', () => {
  const layout = buildExportOption(approvalChart(), { locale: 'zh-CN', date: DATE })
  const legendLayout = buildExportOption(legendChart(), { locale: 'zh-CN', date: DATE })
  const o = layout.option as O
  const titles = list(o.title)

  it('bakes in title, selection, unit and the source footnote', () => {
    expect(titles[0].text).toBe('审批时限压缩比')
    expect(titles[0].subtext).toBe('江津区气象局、船营区人民政府、綦江区司法局 · 2023年\n主指标 · 越高越好 · 单位：%')
    expect(titles[1].text).toBe('数据来源：各单位法治政府建设年度报告 · 导出于 2024-05-06')
    expect(titles[1].bottom).toBeDefined()
    expect(layout.title).toEqual({ left: PRINT_STYLE.pad, top: PRINT_STYLE.top, fontSize: PRINT_STYLE.titleSize, lines: ['审批时限压缩比'] })
  })

  it('is white, still and tooltip-free, in the bundled web font', () => {
    expect(o.backgroundColor).toBe('#ffffff')
    expect(o.animation).toBe(false)
    expect(o.tooltip).toBeUndefined()
    expect((o.textStyle as O).fontFamily).toBe(EXPORT_FONT_FAMILY)
    expect(EXPORT_FONT_FAMILY.startsWith(`'${WEB_FONT}'`)).toBe(true)
    expect(EXPORT_FONT_FAMILY).not.toContain('"')
    for (const s of list(o.series)) expect(s.animation).toBe(false)
  })

  it('has a known size: fixed width, height from header + body + footer', () => {
    expect(layout.width).toBe(EXPORT_WIDTH)
    const taller = buildExportOption(approvalChart(), { locale: 'zh-CN', date: DATE, bodyHeight: 500 })
    expect(taller.height - layout.height).toBe(500 - 320)
    expect(Number.isInteger(layout.height)).toBe(true)
  })

  it('gives the right-hand value labels room and keeps labels inside the picture', () => {
    const grid = list(o.grid)[0]
    expect(grid.right).toBeGreaterThanOrEqual(PRINT_STYLE.pad + estimateWidth('86.5%', 12))
    // the bars' fixed label column (labels cut to fit it) is kept; other charts are contained
    const label = (list(o.yAxis)[0].axisLabel as O).width as number
    expect(grid.outerBoundsMode).toBe('none')
    expect(grid.left).toBeGreaterThanOrEqual(PRINT_STYLE.pad + label)
    expect(list(legendLayout.option.grid)[0]).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'all' })
    expect(grid.top).toBeGreaterThan(titles[0].top as number)
    expect(grid.bottom).toBeGreaterThan(20)
  })

  it('puts the unit name of a horizontal value axis under the tick labels, away from the bar labels', () => {
    const chart = approvalChart()
    chart.option = { ...chart.option, xAxis: { type: 'value', name: '%', nameLocation: 'end', nameTextStyle: { align: 'right', padding: [-22, 0, 0, 0] } } }
    const x = list(buildExportOption(chart, { locale: 'zh-CN', date: DATE }).option.xAxis)[0]
    expect(x).toMatchObject({ type: 'value', name: '%', nameLocation: 'middle' })
    expect((x.nameTextStyle as O).padding).toBeUndefined()
    expect(x.nameGap as number).toBeGreaterThan(((x.axisLabel as O).fontSize as number))
  })

  it('can be made taller to fill a slide, never shorter than its content', () => {
    const tall = buildExportOption(approvalChart(), { locale: 'zh-CN', date: DATE, chrome: false, minHeight: 900 })
    expect(tall.height).toBe(900)
    const natural = buildExportOption(approvalChart(), { locale: 'zh-CN', date: DATE, chrome: false, minHeight: 10 })
    expect(natural.height).toBeGreaterThan(10)
  })

  it('does not change the on-screen option', () => {
    const chart = approvalChart()
    const before = JSON.stringify(chart.option)
    buildExportOption(chart, { locale: 'zh-CN', date: DATE, style: presentStyle(1080) })
    expect(JSON.stringify(chart.option)).toBe(before)
  })

  it('drops the baked-in text for slides (chrome: false)', () => {
    const bare = buildExportOption(approvalChart(), { locale: 'zh-CN', date: DATE, chrome: false })
    expect(bare.option.title).toEqual([])
    expect(bare.title).toBeNull()
    expect(bare.height).toBeLessThan(layout.height)
  })

  it('writes English when the UI is English', () => {
    const en = buildExportOption(approvalChart('en'), { locale: 'en', date: DATE })
    const t = list(en.option.title)
    expect(t[1].text).toBe('Source: annual rule-of-law government reports of each agency · Exported 2024-05-06')
    expect(String(t[0].subtext)).toContain('Unit: %')
  })
})

describe('legend', () => {
  const chart = legendChart()
  const narrow = buildExportOption(chart, { locale: 'zh-CN', date: DATE, width: 420 })
  const wide = buildExportOption(chart, { locale: 'zh-CN', date: DATE, width: 1400 })

  it('is complete: plain (never paged), every series listed, wrapping to more rows when narrow', () => {
    const legend = list(narrow.option.legend)[0]
    expect(legend.type).toBe('plain')
    expect(legend.width).toBe(420 - 2 * PRINT_STYLE.pad)
    expect(legendRows(['甲甲甲甲', '乙乙乙乙'], 100, 12, 14, 12, estimateWidth)).toBe(2)
    expect(legendRows(['甲', '乙'], 500, 12, 14, 12, estimateWidth)).toBe(1)
    expect(legendRows([], 500, 12, 14, 12, estimateWidth)).toBe(0)
    // the grid starts below the legend, so a taller legend pushes it down
    expect(list(narrow.option.grid)[0].top as number).toBeGreaterThan(list(wide.option.grid)[0].top as number)
  })

  it('hides overlapping point labels instead of drawing them on top of each other', () => {
    for (const s of list(wide.option.series)) expect(s.labelLayout).toEqual({ hideOverlap: true })
  })
})

describe('city-scale charts', () => {
  it('keeps a trend chart\'s end labels in the picture', () => {
    const layout = buildExportOption(trendChart(), { locale: 'zh-CN', date: DATE })
    const labels = list(layout.option.series).find((x) => x.id === 'end-labels')!
    const widest = Math.max(...(labels.data as { labelText: string }[]).map((d) => estimateWidth(d.labelText, 11)))
    expect(list(layout.option.grid)[0].right as number).toBeGreaterThanOrEqual(widest)
  })

  it('pictures a scrolling list as its first window, without the slider', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ ...approvalRowsFor(i) }))
    const chart = { ...approvalChart(), option: buildRankedBars(pickBars(rankByValue(rows, catalogue.indicatorById.get('approval_time_compression_pct')!), { top: Infinity, bottom: 0, focus: new Set() }), 'approval_time_compression_pct', catalogue, 'zh-CN', { focus: new Set(), withYear: false, window: 16 }).option }
    const zoom = list(buildExportOption(chart, { locale: 'zh-CN', date: DATE }).option.dataZoom)
    expect(zoom).toEqual([expect.objectContaining({ type: 'inside', yAxisIndex: 0, startValue: 0, endValue: 15, disabled: true })])
  })

  it('keeps a matrix\'s column headers between the title and the cells', () => {
    const rows = catalogue.indicators.map((ind, i) => row({ report_id: 'x', agency: 'X', year: 2023, indicator_id: ind.id, value: i }))
    const cov = buildCoverageChart(rows, catalogue, 'zh-CN', { width: 1200, sort: 'coverage', focus: new Set() })
    const layout = buildExportOption({ ...approvalChart(), option: cov.option }, { locale: 'zh-CN', date: DATE })
    const header = list(cov.option.grid)[0] ?? (cov.option.grid as O)
    const grid = list(layout.option.grid)[0] as { top: number }
    const titleBottom = list(layout.option.title)[0].top as number
    expect(grid.top - titleBottom).toBeGreaterThan((header as { top: number }).top)
  })

  it('keeps room for the Overview\'s distribution strip above the bars', () => {
    const overview = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => ({ ...approvalRowsFor(i + 1), rank: i + 1, pos: i + 1, plotted: n, total: n, lo: 50, q1: 60, med: 70, q3: 80, hi: 90 }))
      const grids = list(buildExportOption({ ...approvalChart(), option: buildOverviewChart(rows, 'approval_time_compression_pct', catalogue, 'zh-CN', new Set(), n).option }, { locale: 'zh-CN', date: DATE }).option.grid)
      expect(grids).toHaveLength(1)
      return grids[0] as { top: number }
    }
    // Two figures have no strip: their grid starts at the body's top and the axis name's room (14 px).
    // Three have it, drawn 32 px above their grid's top and 14 px high: its top edge is still in the body.
    const bodyTop = overview(2).top - 14
    expect(overview(3).top - 32 - 7).toBeGreaterThanOrEqual(bodyTop)
  })

  it('draws the strip at the picture\'s scale: on a projector its label and box grow with the type', () => {
    const rows = Array.from({ length: 3 }, (_, i) => ({ ...approvalRowsFor(i + 1), rank: i + 1, pos: i + 1, plotted: 3, total: 3, lo: 50, q1: 60, med: 70, q3: 80, hi: 90 }))
    const screen = buildOverviewChart(rows, 'approval_time_compression_pct', catalogue, 'zh-CN', new Set(), 3).option
    const shown = buildExportOption({ ...approvalChart(), option: screen }, { locale: 'zh-CN', date: DATE, style: presentStyle(1080) }).option
    const strip = (option: unknown) => list((option as O).series).find((se) => se.id === 'distribution') as O
    type Drawn = { children: { type: string; shape?: { y: number; height: number }; style?: { font?: string } }[] }
    const draw = (option: unknown) => {
      const values = [70, 0, 50, 60, 70, 80, 90]
      const api = { value: (d: number) => values[d], coord: ([v]: number[]) => [v * 10, 0], font: (o: { fontSize: number }) => `${o.fontSize}px` }
      const g = (strip(option).renderItem as (p: unknown, a: unknown) => Drawn)({ dataIndex: 0, coordSys: { x: 200, y: 300 } }, api)
      const size = Number.parseInt(g.children.find((c) => c.type === 'text')!.style!.font!, 10)
      const box = g.children.find((c) => c.type === 'rect')!.shape!
      return { size, boxHeight: box.height, above: 300 - (box.y + box.height / 2) }
    }
    const axisFont = (list((shown as O).xAxis)[0].axisLabel as O).fontSize as number
    expect(draw(screen)).toEqual({ size: 11, boxHeight: 14, above: 32 })
    const big = draw(shown)
    expect(big.size).toBeGreaterThan(11)
    expect(big.size).toBeLessThanOrEqual(axisFont)
    expect(big.boxHeight / 14).toBeCloseTo(big.above / 32, 5)
    expect(big.boxHeight).toBeGreaterThan(14)
    expect('rescale' in strip(shown)).toBe(false)
  })
})

describe('presentation style', () => {
  it('scales type with the screen: larger at 1080 than at 720', () => {
    const big = buildExportOption(legendChart(), { locale: 'zh-CN', date: DATE, chrome: false, style: presentStyle(1080), width: 1800, height: 800 })
    const small = buildExportOption(legendChart(), { locale: 'zh-CN', date: DATE, chrome: false, style: presentStyle(720), width: 1200, height: 520 })
    const fs = (l: typeof big) => ((list(l.option.series)[0].label as O).fontSize as number)
    expect(fs(big)).toBeGreaterThan(fs(small))
    expect(fs(small)).toBeGreaterThanOrEqual(16)
    expect(big.height).toBe(800)
    expect(((list(big.option.xAxis)[0].axisLabel as O).fontSize as number)).toBeGreaterThanOrEqual(24)
  })
})

describe('collectText', () => {
  it('gathers every string the picture may draw, without the evidence sentences', () => {
    const layout = buildExportOption(approvalChart(), { locale: 'zh-CN', date: DATE })
    const text = collectText(layout.option)
    for (const ch of '审批时限压缩比江津区气象局数据来源导出于未报告86.5%') expect(text).toContain(ch)
    expect(new Set(text).size).toBe(text.length)
  })
})

/**
 * The Overview's chart of one headline indicator, for leadership at any count: the group's
 * distribution on top (a box from the lower to the upper quartile, the median, whiskers to the
 * lowest and highest figure, the focus agencies as dots on it), and below it the sorted bars of
 * the best and the worst reports and the focus agencies, with what was left out counted in its
 * place (see ./rankedBars.ts). Five reports are five bars (a box from SPREAD_MIN figures on);
 * three hundred are still ten bars and a box. The bars and the box share one value scale.
 */
import type { EChartsOption } from 'echarts'
import { msg } from '../i18n/messages'
import { OVERVIEW_ENDS, type HeadlineRow } from '../queries/overview'
import type { Catalogue, Locale } from '../queries/types'
import { indicatorOrThrow, itemOf, itemTooltip, plotValue, spansYears, tableRows, type TableRow } from './common'
import { escapeHtml } from './escape'
import { formatValue } from './format'
import { barEntries, buildRankedBars, rankedBarsHeight } from './rankedBars'
import { FAMILY_COLORS, MUTED_COLOR, TEXT_COLOR } from './theme'

/** Best and worst five, three picked agencies and what lies between fit without scrolling. */
export const OVERVIEW_WINDOW = 18
/** Height of the distribution strip above the bars (px). */
const BOX_BAND = 44
/** A spread of fewer figures says nothing the bars do not: no box then. */
export const SPREAD_MIN = 3

export interface OverviewChart {
  option: EChartsOption
  height: number
  rows: TableRow[]
}

/**
 * Height (px) of an Overview chart for a dataset of `reports` reports whatever the years picked:
 * the rows the whole dataset shows (every report up to 2·ends + 2, else the best and worst ends,
 * the count between them and the not-reported line) and the distribution strip. A year change
 * then keeps every canvas its size (no resize, no page re-layout); picked agencies beyond the
 * ends add their rows.
 */
export function overviewChartHeight(reports: number): number {
  const rows = reports <= 2 * OVERVIEW_ENDS + 2 ? reports : 2 * OVERVIEW_ENDS + 2
  return rankedBarsHeight(Math.min(OVERVIEW_WINDOW, rows), reports >= SPREAD_MIN ? BOX_BAND : 0)
}

/** Where the strip's middle lies above the bars' grid, and the box's height (px on screen). */
const STRIP_ABOVE = 32
const BOX_HALF = 7
const STRIP_FONT = 11

/** What ECharts hands a custom series' renderItem (the parts used here). */
interface StripParams {
  dataIndex: number
  coordSys: { x: number; y: number }
}
interface StripApi {
  value(dim: number): number
  coord(point: number[]): number[]
  font(opt: { fontSize: number }): string
}

/**
 * The distribution strip's shapes: for the first item (value: median, row, lowest, lower quartile,
 * median, upper quartile, highest) the group's box with its whiskers and its label left of it in
 * the label column; for each further item (value: figure) a focus agency's dot on it. Drawn by a
 * series on the bars' own grid (no grid or axes of its own), above the grid's top.
 */
function stripItem(color: string, label: string, labelWidth: number, s = 1) {
  const half = BOX_HALF * s
  return (params: StripParams, api: StripApi) => {
    const y = params.coordSys.y - STRIP_ABOVE * s
    const x = (dim: number) => api.coord([api.value(dim), 0])[0]
    if (params.dataIndex > 0) return { type: 'circle', shape: { cx: x(0), cy: y, r: 4.5 * s }, style: { fill: color, stroke: '#ffffff', lineWidth: 1.5 * s }, cursor: 'pointer', z2: 2 }
    const [lo, q1, med, q3, hi] = [2, 3, 4, 5, 6].map(x)
    const line = (x1: number, y1: number, x2: number, y2: number) => ({ type: 'line', shape: { x1, y1, x2, y2 }, style: { stroke: color, lineWidth: 1.2 * s } })
    return {
      type: 'group',
      children: [
        { type: 'rect', shape: { x: q1, y: y - half, width: q3 - q1, height: 2 * half }, style: { fill: `${color}22`, stroke: color, lineWidth: 1.2 * s } },
        line(lo, y, q1, y),
        line(q3, y, hi, y),
        line(lo, y - half, lo, y + half),
        line(hi, y - half, hi, y + half),
        line(med, y - half, med, y + half),
        {
          type: 'text',
          x: params.coordSys.x - 8 * s,
          y,
          silent: true,
          style: { text: label, font: api.font({ fontSize: Math.round(STRIP_FONT * s) }), fill: MUTED_COLOR, align: 'right', verticalAlign: 'middle', width: labelWidth * s, overflow: 'truncate' },
        },
      ],
    }
  }
}

/**
 * @param rows `overviewHeadline` rows of the indicator (may be empty)
 * @param total selected reports, used when there are no rows to say it
 * @param minHeight the chart is at least this tall (`overviewChartHeight` of the dataset)
 */
export function buildOverviewChart(rows: readonly HeadlineRow[], indicatorId: string, cat: Catalogue, locale: Locale, focus: ReadonlySet<string>, total: number, minHeight = 0): OverviewChart {
  const ind = indicatorOrThrow(cat, indicatorId)
  const first = rows[0]
  const plotted = first?.plotted ?? 0
  const all = first?.total ?? total
  const entries = barEntries(rows, plotted, all - plotted)
  const spread = plotted >= SPREAD_MIN
  const bars = buildRankedBars(entries, indicatorId, cat, locale, { focus, withYear: spansYears(rows), window: OVERVIEW_WINDOW, top: spread ? BOX_BAND : 0, minHeight })
  const base = bars.option as EChartsOption & { grid: { left: number }; series: unknown[] }
  const color = FAMILY_COLORS[ind.family] ?? TEXT_COLOR
  const stats = spread ? [first.lo!, first.q1!, first.med!, first.q3!, first.hi!] : []
  const fmt = (v: number) => formatValue({ value: v }, ind, locale)
  const focusDots = spread ? rows.filter((r) => focus.has(r.agency) && plotValue(r) != null) : []
  const label = msg(locale, 'distribution.label', { n: plotted })
  const boxTip = () =>
    [
      `<b>${escapeHtml(label)}</b>`,
      `${escapeHtml(msg(locale, 'distribution.median'))}：<b>${escapeHtml(fmt(stats[2]))}</b>`,
      `${escapeHtml(msg(locale, 'distribution.quartiles'))}：${escapeHtml(fmt(stats[1]))} – ${escapeHtml(fmt(stats[3]))}`,
      `${escapeHtml(msg(locale, 'distribution.extremes'))}：${escapeHtml(fmt(stats[0]))} – ${escapeHtml(fmt(stats[4]))}`,
    ].join('<br/>')

  const option = {
    ...base,
    series: [
      ...base.series,
      {
        // The box and the focus dots in one series over the bars' own axes, drawn in the strip
        // above their grid (x = 0 of the value axis: the figure, y = the first row: unused).
        // A group without a box keeps the series, empty: every Overview chart has the same parts,
        // so a change of group is merged over the drawn chart (./update.ts), not drawn afresh.
        id: 'distribution',
        type: 'custom',
        data: spread
          ? [
              { value: [stats[2], 0, ...stats], name: label },
              ...focusDots.map((r) => ({ ...itemOf(r, ind, locale, [plotValue(r), 0]), labelText: fmt(plotValue(r)!) })),
            ]
          : [],
        encode: { x: 0, y: 1 },
        renderItem: stripItem(color, label, base.grid.left - 12),
        // A picture at another scale (export, presentation) draws the strip at that scale too.
        rescale: (s: number) => ({ renderItem: stripItem(color, label, base.grid.left - 12, s) }),
        tooltip: { formatter: (p: unknown) => ((p as { dataIndex?: number }).dataIndex === 0 ? boxTip() : itemTooltip(p)) },
        // Over the bars, under the scrolling window's slider (z 4): a tie would paint in the order
        // the parts were made, which differs between a fresh draw and a merge.
        z: 3,
      },
    ],
  } as EChartsOption
  return { option, height: bars.height, rows: tableRows(rows, cat, locale) }
}

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
import { indicatorOrThrow, plotValue, spansYears, tableRows, type TableRow } from './common'
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
  if (!spread) return { ...bars, rows: tableRows(rows, cat, locale) }
  const base = bars.option as EChartsOption & { grid: Record<string, unknown>; xAxis: Record<string, unknown>; yAxis: Record<string, unknown>; series: unknown[] }
  const color = FAMILY_COLORS[ind.family] ?? TEXT_COLOR
  const stats = [first.lo!, first.q1!, first.med!, first.q3!, first.hi!]
  const fmt = (v: number) => formatValue({ value: v }, ind, locale)
  const focusDots = rows.filter((r) => focus.has(r.agency) && plotValue(r) != null)
  const { left, right } = base.grid as { left: number; right: number }
  const boxTip = () =>
    [
      `<b>${escapeHtml(msg(locale, 'distribution.label', { n: plotted }))}</b>`,
      `${escapeHtml(msg(locale, 'distribution.median'))}：<b>${escapeHtml(fmt(stats[2]))}</b>`,
      `${escapeHtml(msg(locale, 'distribution.quartiles'))}：${escapeHtml(fmt(stats[1]))} – ${escapeHtml(fmt(stats[3]))}`,
      `${escapeHtml(msg(locale, 'distribution.extremes'))}：${escapeHtml(fmt(stats[0]))} – ${escapeHtml(fmt(stats[4]))}`,
    ].join('<br/>')

  const option = {
    ...base,
    // Both value axes run from 0 to the group's highest figure (the bars always include it), so they share a scale.
    grid: [base.grid, { left, right, top: 6, height: BOX_BAND - 16, outerBoundsMode: 'none' }],
    xAxis: [
      base.xAxis,
      { type: 'value', gridIndex: 1, min: 0, max: (base.xAxis as { max?: number }).max, axisLabel: { show: false }, splitLine: { show: false }, axisTick: { show: false }, axisLine: { show: false } },
    ],
    yAxis: [
      base.yAxis,
      {
        type: 'category',
        gridIndex: 1,
        data: [msg(locale, 'distribution.label', { n: plotted })],
        axisLabel: { color: MUTED_COLOR, fontSize: 11, width: left - 12, overflow: 'truncate' },
        axisLine: { show: false },
      },
    ],
    series: [
      ...base.series,
      {
        id: 'distribution',
        type: 'boxplot',
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: [stats],
        boxWidth: [10, 14],
        itemStyle: { color: `${color}22`, borderColor: color, borderWidth: 1.2 },
        tooltip: { formatter: boxTip },
      },
      {
        id: 'focus-dots',
        type: 'scatter',
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: focusDots.map((r) => ({ value: [plotValue(r), 0], datum: { report_id: r.report_id, indicator_id: r.indicator_id }, row: r, labelText: fmt(plotValue(r)!) })),
        symbolSize: 9,
        itemStyle: { color, borderColor: '#ffffff', borderWidth: 1.5 },
        cursor: 'pointer',
        z: 4,
      },
    ],
  } as EChartsOption
  return { option, height: bars.height, rows: tableRows(rows, cat, locale) }
}

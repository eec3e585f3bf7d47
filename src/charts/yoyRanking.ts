/**
 * Rankings' "most improved" (进步最大) mode: each agency's change against its previous stated
 * value, most improved at the top (`yoyRanking` ranks them by gain in the better direction). The
 * bar is the real signed change (a fall of a lower-is-better indicator points left, in green);
 * its colour says better or worse, grey without a direction; the label gives the change and,
 * when the previous report is older than the year before, the year compared with. Pairs that
 * cannot be compared (a range or a bound) come last, marked, without a bar. Long lists scroll
 * inside the chart like the value ranking.
 */
import type { EChartsOption } from 'echarts'
import { msg } from '../i18n/messages'
import { indicatorName } from '../queries/catalogue'
import type { YoyRankRow } from '../queries/yoy'
import type { Catalogue, IndicatorInfo, Locale, ValueRow } from '../queries/types'
import { agencyLabel, indicatorOrThrow, itemLabel, spansYears, tableRows, type FormatterParams, type ItemData, type TableRow } from './common'
import { escapeHtml } from './escape'
import { formatAxisValue, formatNumber, formatValue } from './format'
import { BAR_ROW, markerSeries, rankLabel, scrollWindow, type RankedBars } from './rankedBars'
import { MUTED_COLOR, TEXT_COLOR } from './theme'
import { changeColumns, changeText, formatChange, formatPctChange, TONE_COLORS, toneOf, verdictLabel, type ChangeColumns } from './yoy'

/** A ranked change as the value row it belongs to (the current report's value, for the evidence panel). */
function valueRow(r: YoyRankRow): ValueRow & { rank: number | null } {
  return { ...r, reported: true }
}

/** The bar label: the change, and the year compared with when that is not the year before. */
export function yoyBarLabel(r: YoyRankRow, ind: IndicatorInfo, locale: Locale): string {
  if (r.change == null) return msg(locale, 'yoy.incomparableWhy')
  return r.prev_year < r.year - 1 ? changeText(r, ind, locale) : formatChange(r.change, ind, locale)
}

/** A bar's item: its change row, which the tooltip reads (no tooltip of its own; see `ItemData`). */
type YoyItem = Omit<ItemData, 'tip'> & { change: YoyRankRow }

function tooltip(cat: Catalogue, locale: Locale) {
  return (params: unknown): string => {
    const d = (params as FormatterParams)?.data as YoyItem | undefined
    const r = d?.change
    if (!r) return ''
    const ind = indicatorOrThrow(cat, r.indicator_id)
    const prev = { value: r.prev_value, qualifier: r.prev_qualifier, value_low: r.prev_value_low, value_high: r.prev_value_high, evidence: r.prev_evidence }
    const lines = [
      `<b>${escapeHtml(agencyLabel(r, locale))}</b> · ${escapeHtml(r.year)}`,
      `${escapeHtml(indicatorName(ind, locale))}：<b>${escapeHtml(formatValue(r, ind, locale))}</b>`,
      escapeHtml(msg(locale, 'yoy.tooltipPrev', { year: r.prev_year, value: formatValue(prev, ind, locale) })),
    ]
    if (r.change != null) lines.push(escapeHtml(msg(locale, 'yoy.tooltipChange', { change: formatChange(r.change, ind, locale) })))
    if (r.pct_change != null) lines.push(escapeHtml(msg(locale, 'yoy.tooltipPct', { pct: formatPctChange(r.pct_change, locale) })))
    lines.push(`<span style="color:${TONE_COLORS[toneOf(r.verdict)]}">${escapeHtml(r.change == null ? msg(locale, 'yoy.incomparableWhy') : verdictLabel(r.verdict, locale))}</span>`)
    return lines.join('<br/>')
  }
}

export function buildYoyRankingChart(rows: readonly YoyRankRow[], indicatorId: string, cat: Catalogue, locale: Locale, focus: ReadonlySet<string>, window: number): RankedBars {
  const ind = indicatorOrThrow(cat, indicatorId)
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const focusing = focus.size > 0
  const labelWidth = locale === 'en' ? 280 : 230
  const withYear = spansYears(own.map(valueRow))
  const categories = own.map((r) => {
    const text = rankLabel(valueRow(r), locale, withYear, labelWidth / 12)
    return focusing ? `{${focus.has(r.agency) ? 'f' : 'm'}|${text}}` : text
  })
  const item = (r: YoyRankRow, value: unknown): YoyItem => ({
    value,
    datum: { report_id: r.report_id, indicator_id: r.indicator_id },
    labelText: yoyBarLabel(r, ind, locale),
    change: r,
  })
  const faded = (r: YoyRankRow) => focusing && !focus.has(r.agency)
  const bars = own.map((r) =>
    r.change == null ? null : { ...item(r, r.change), itemStyle: { color: TONE_COLORS[toneOf(r.verdict)], opacity: faded(r) ? 0.4 : 1 } },
  )
  const incomparable = own.flatMap((r, i) => (r.change == null ? [item(r, [0, i])] : []))
  const changes = own.map((r) => r.change).filter((v): v is number => v != null)
  const maxAbs = Math.max(0, ...changes.map(Math.abs))
  const scrolls = own.length > window
  const firstFocus = own.findIndex((r) => focus.has(r.agency))
  const start = scrolls && firstFocus >= window ? Math.max(0, Math.min(firstFocus - 2, own.length - window)) : 0
  const option = {
    aria: { enabled: true },
    grid: { left: labelWidth + 16, right: scrolls ? 190 : 170, top: 8, bottom: 28, outerBoundsMode: 'none' },
    tooltip: { trigger: 'item', confine: true, formatter: tooltip(cat, locale) },
    xAxis: {
      type: 'value',
      // Rates change in percentage points: ticks without a % sign (the unit line says so).
      axisLabel: {
        formatter: (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '') + (ind.unit === 'pct' ? formatNumber(Math.abs(v), locale, 1) : formatAxisValue(Math.abs(v), ind, locale, maxAbs)),
        hideOverlap: true,
      },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: { interval: 0, width: labelWidth, rich: { f: { fontWeight: 700, color: TEXT_COLOR }, m: { color: MUTED_COLOR } } },
    },
    dataZoom: scrolls ? scrollWindow(0, start, window) : undefined,
    series: [
      {
        id: 'changes',
        type: 'bar',
        name: indicatorName(ind, locale),
        data: bars,
        barMaxWidth: 14,
        // Right of the bar's end, or of the zero line for a fall: always inside the plot, never over the names.
        label: { show: true, position: 'right', formatter: itemLabel, color: TEXT_COLOR, fontSize: 11 },
        cursor: 'pointer',
      },
      markerSeries(msg(locale, 'yoy.incomparable'), incomparable),
    ],
  } as EChartsOption
  const shown = Math.min(own.length, window)
  return { option, height: Math.max(120, shown * BAR_ROW + 44) }
}

/** Data-table / CSV rows of the most-improved ranking: rank, the value, and the change columns. */
export function yoyRankingTableRows(rows: readonly YoyRankRow[], cat: Catalogue, locale: Locale): (TableRow & { rank: number | '' } & ChangeColumns)[] {
  return tableRows(rows.map(valueRow), cat, locale).map((t, i) => ({ rank: rows[i].rank ?? '', ...t, ...changeColumns(rows[i], indicatorOrThrow(cat, rows[i].indicator_id), locale) }))
}

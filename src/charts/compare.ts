/**
 * Compare: one chart per chosen indicator (small multiples, so values of different units never
 * share an axis), each the indicator's reports sorted best first by its direction (./rankedBars):
 * the top COMPARE_TOP, the focus agencies wherever they rank, and the rest summarised by their
 * count and median. Or, grouped by sector or region, one bar per group: the group's median.
 */
import type { EChartsOption } from 'echarts'
import { indicatorName } from '../queries/catalogue'
import type { Catalogue, IndicatorInfo, Locale, ValueRow } from '../queries/types'
import { msg } from '../i18n/messages'
import { indicatorOrThrow, plotValue, spansYears, tableRows, type TableRow } from './common'
import { escapeHtml } from './escape'
import { directionArrow, directionLabel, formatValue } from './format'
import { buildRankedBars, pickBars, rankByValue, type PlacedRow } from './rankedBars'

/** Reports drawn at the top of each chart; the rest are summarised below them. */
export const COMPARE_TOP = 10
/** Rows shown at once (more focus agencies than fit scroll inside the chart). */
export const COMPARE_WINDOW = 16

export interface CompareChart {
  indicator: IndicatorInfo
  /** Suggested plot height in px. */
  height: number
  option: EChartsOption
  rows: TableRow[]
}

/** Chart title: indicator name with ↑ (higher is better) or ↓ (lower is better). */
export function seriesName(ind: IndicatorInfo, locale: Locale): string {
  const arrow = directionArrow(ind.direction)
  return arrow ? `${indicatorName(ind, locale)} ${arrow}` : indicatorName(ind, locale)
}

/** The chosen indicators in catalogue order, each its own chart of sorted bars. */
export function buildCompareCharts(
  rows: readonly ValueRow[],
  indicatorIds: readonly string[],
  cat: Catalogue,
  locale: Locale,
  focus: ReadonlySet<string> = new Set(),
): CompareChart[] {
  const inds = [...new Set(indicatorIds)].map((id) => indicatorOrThrow(cat, id)).sort((a, b) => a.sort - b.sort)
  return inds.map((ind) => {
    const own = rows.filter((r) => r.indicator_id === ind.id)
    const entries = pickBars(rankByValue(own, ind), { top: COMPARE_TOP, bottom: 0, focus })
    const chart = buildRankedBars(entries, ind.id, cat, locale, { focus, withYear: spansYears(own), window: COMPARE_WINDOW })
    return { indicator: ind, ...chart, rows: tableRows(own, cat, locale) }
  })
}

/** A group's bar: its median as the value, the group's name as the agency, its count and range. */
interface GroupValue extends ValueRow {
  group: string
  count: number
  lo: number
  hi: number
}
type GroupRow = GroupValue & PlacedRow

/**
 * One bar per group (sector or region) of the reports that state the indicator: the group's
 * median, best first; the label counts the group's reports. A group bar carries no evidence
 * (it is many reports) but its `group`, so a click can narrow the selection to it.
 */
export function buildGroupChart(rows: readonly ValueRow[], groupOf: ReadonlyMap<string, string>, indicatorId: string, cat: Catalogue, locale: Locale): CompareChart {
  const ind = indicatorOrThrow(cat, indicatorId)
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const values = new Map<string, number[]>()
  for (const r of own) {
    const v = plotValue(r)
    const g = groupOf.get(r.report_id)
    if (v != null && g) values.set(g, [...(values.get(g) ?? []), v])
  }
  const groupRows: GroupValue[] = [...values].map(([g, vs]) => {
    const s = [...vs].sort((a, b) => a - b)
    const m = s.length >> 1
    const median = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
    return { report_id: '', agency: `${g}（${s.length}）`, agency_en: null, year: 0, indicator_id: indicatorId, reported: true, value: median, qualifier: 'exact', value_low: null, value_high: null, group: g, count: s.length, lo: s[0], hi: s[s.length - 1] }
  })
  const entries = pickBars(rankByValue(groupRows, ind), { top: Infinity, bottom: 0, focus: new Set() })
  const chart = buildRankedBars(entries, indicatorId, cat, locale, { focus: new Set(), withYear: false, window: COMPARE_WINDOW })
  const option = chart.option as EChartsOption & { series: Record<string, unknown>[] }
  const fmt = (v: number) => escapeHtml(formatValue({ value: v }, ind, locale))
  const dir = directionLabel(ind.direction, locale)
  const groupTip = (g: GroupRow) =>
    [
      `<b>${escapeHtml(g.group)}</b> · ${escapeHtml(msg(locale, 'bars.reports', { n: g.count }))}`,
      `${escapeHtml(msg(locale, 'distribution.median'))}：<b>${fmt(g.value!)}</b>`,
      `${escapeHtml(msg(locale, 'distribution.extremes'))}：${fmt(g.lo)} – ${fmt(g.hi)}`,
      dir ? `<span style="color:#6b7280">${escapeHtml(dir)}</span>` : '',
    ]
      .filter(Boolean)
      .join('<br/>')
  const [bars, ...rest] = option.series
  // Group bars open no evidence: no datum, the group instead; the tooltip tells the group's spread.
  const data = (bars.data as (Record<string, unknown> | null)[]).map((d, i) => {
    const e = entries[i]
    if (!d || e.kind !== 'bar') return d
    const g = e.row as unknown as GroupRow
    return { ...d, datum: null, group: g.group, tip: groupTip(g) }
  })
  const tip = (p: unknown) => ((p as { data?: { tip?: string } }).data?.tip ?? '')
  return {
    indicator: ind,
    height: chart.height,
    option: { ...option, series: [{ ...bars, data, tooltip: { formatter: tip } }, ...rest] } as EChartsOption,
    rows: tableRows(own, cat, locale),
  }
}

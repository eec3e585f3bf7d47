/**
 * Grouped bars: reports on the x axis, one series per indicator.
 * Indicators are grouped by unit (unit + unit word), and each group is its own chart,
 * so values of different units never share an axis.
 */
import type { EChartsOption } from 'echarts'
import { indicatorName } from '../queries/catalogue'
import type { Catalogue, IndicatorInfo, Locale, ValueRow } from '../queries/types'
import { escapeHtml } from './escape'
import {
  agencyLabel,
  indicatorOrThrow,
  itemLabel,
  itemOf,
  reportLabel,
  reportsOf,
  spansYears,
  tableRows,
  type FormatterParams,
  type TableRow,
} from './common'
import { directionArrow, directionLabel, formatAxisValue, formatValue, unitLabel } from './format'
import { plotValue } from './common'

export interface UnitGroupChart {
  /** Stable key of the unit group, e.g. `pct:` or `count:件`. */
  key: string
  unitLabel: string
  indicators: IndicatorInfo[]
  option: EChartsOption
  rows: TableRow[]
}

export function unitKey(ind: IndicatorInfo): string {
  return `${ind.unit}:${ind.unit === 'pct' || ind.unit === 'yuan' ? '' : (ind.unit_zh ?? '')}`
}

/** Series name: indicator name with ↑ (higher is better) or ↓ (lower is better). */
export function seriesName(ind: IndicatorInfo, locale: Locale): string {
  const arrow = directionArrow(ind.direction)
  return arrow ? `${indicatorName(ind, locale)} ${arrow}` : indicatorName(ind, locale)
}

export function buildCompareCharts(
  rows: readonly ValueRow[],
  indicatorIds: readonly string[],
  cat: Catalogue,
  locale: Locale,
): UnitGroupChart[] {
  const inds = [...new Set(indicatorIds)].map((id) => indicatorOrThrow(cat, id)).sort((a, b) => a.sort - b.sort)
  const groups = new Map<string, IndicatorInfo[]>()
  for (const ind of inds) {
    const k = unitKey(ind)
    groups.set(k, [...(groups.get(k) ?? []), ind])
  }
  return [...groups.entries()].map(([key, group]) => {
    const groupRows = rows.filter((r) => group.some((g) => g.id === r.indicator_id))
    return { key, unitLabel: unitLabel(group[0], locale), indicators: group, option: groupOption(groupRows, group, locale), rows: tableRows(groupRows, cat, locale) }
  })
}

function groupOption(rows: readonly ValueRow[], group: IndicatorInfo[], locale: Locale): EChartsOption {
  const reports = reportsOf(rows)
  const withYear = spansYears(rows)
  const categories = reports.map((r) => reportLabel(r, locale, withYear))
  const unitInfo = group[0]
  const allValues = rows.map(plotValue).filter((v): v is number => v != null)
  const maxValue = Math.max(0, ...allValues)
  const showLabels = group.length * reports.length <= 24
  const byKey = new Map(rows.map((r) => [`${r.report_id}|${r.indicator_id}`, r]))

  const series = group.map((ind) => ({
    type: 'bar' as const,
    id: ind.id,
    name: seriesName(ind, locale),
    barMaxWidth: 28,
    cursor: 'pointer',
    data: reports.map((rep) => {
      const row = byKey.get(`${rep.report_id}|${ind.id}`)
      if (!row) return null
      return itemOf(row, ind, locale, plotValue(row), false)
    }),
    label: { show: showLabels, position: 'top' as const, formatter: itemLabel, fontSize: 11 },
    emphasis: { focus: 'series' as const },
  }))

  /** Axis tooltip: every indicator of the group for the hovered report, including the not reported ones. */
  const tooltip = (params: unknown): string => {
    const list = (Array.isArray(params) ? params : [params]) as (FormatterParams & { dataIndex?: number })[]
    const rep = reports[list[0]?.dataIndex ?? -1]
    if (!rep) return ''
    const lines = [`<b>${escapeHtml(agencyLabel(rep, locale))}</b> · ${escapeHtml(rep.year)}`]
    for (const ind of group) {
      const row = byKey.get(`${rep.report_id}|${ind.id}`)
      if (!row) continue
      const p = list.find((x) => x.seriesName === seriesName(ind, locale))
      const marker = typeof p?.marker === 'string' ? p.marker : ''
      const dir = directionLabel(ind.direction, locale)
      lines.push(`${marker}${escapeHtml(indicatorName(ind, locale))}：<b>${escapeHtml(formatValue(row, ind, locale))}</b>${dir ? ` <span style="color:#6b7280">(${escapeHtml(dir)})</span>` : ''}`)
    }
    return lines.join('<br/>')
  }

  return {
    aria: { enabled: true },
    animationDuration: 300,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: tooltip },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { interval: 0, width: Math.max(70, Math.min(180, Math.floor(1000 / Math.max(1, reports.length)))), overflow: 'break', lineHeight: 14 },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: unitInfo.unit === 'pct' && maxValue <= 100 ? 100 : undefined,
      name: unitLabel(unitInfo, locale),
      axisLabel: { formatter: (v: number) => formatAxisValue(v, unitInfo, locale, maxValue) },
    },
    series,
  } as EChartsOption
}

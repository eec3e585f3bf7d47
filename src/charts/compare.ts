/**
 * Grouped horizontal bars: reports down the y axis, one series per indicator; a grey second
 * line under each report names the indicators it does not report (never drawn as 0).
 * Indicators are grouped by unit (unit + unit word), and each group is its own chart,
 * so values of different units never share an axis.
 */
import type { EChartsOption } from 'echarts'
import { indicatorName } from '../queries/catalogue'
import type { Catalogue, IndicatorInfo, Locale, ValueRow } from '../queries/types'
import { escapeHtml } from './escape'
import { provenanceMark } from './provenance'
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
import { msg } from '../i18n/messages'
import { NOT_REPORTED_TEXT } from './theme'
import { plotValue } from './common'

export interface UnitGroupChart {
  /** Stable key of the unit group, e.g. `pct:` or `count:件`. */
  key: string
  /** Suggested plot height in px. */
  height: number
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
    const option = groupOption(groupRows, group, locale)
    const labels = ((option.yAxis as { data?: string[] } | undefined)?.data ?? []) as string[]
    return {
      key,
      height: compareHeight(reportsOf(groupRows).length, group.length, Math.max(1, ...labels.map((l) => l.split('\n').length))),
      unitLabel: unitLabel(group[0], locale),
      indicators: group,
      option,
      rows: tableRows(groupRows, cat, locale),
    }
  })
}

/** Rich-text markers are `{name|text}`: keep data strings from being read as markup. */
function plainLabel(s: string): string {
  return s.replace(/[{}|]/g, (c) => ({ '{': '｛', '}': '｝', '|': '｜' })[c] ?? c)
}

/**
 * Wrap a label into lines of at most `max` units (CJK characters count 1, other characters 0.55),
 * breaking at spaces where there are any. ECharts cannot combine `overflow: 'break'` with rich text.
 */
export function wrapLabel(s: string, max: number): string {
  const width = (t: string) => [...t].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 1 : 0.55), 0)
  const words = s.includes(' ') ? s.split(' ') : [...s]
  const joiner = s.includes(' ') ? ' ' : ''
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    const next = line ? line + joiner + w : w
    if (line && width(next) > max) {
      lines.push(line)
      line = w
    } else line = next
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

/** Pixel height that fits the horizontal grouped bars of one unit group. */
export function compareHeight(reports: number, indicators: number, labelLines = 1): number {
  const band = Math.max(indicators * 16 + 30, labelLines * 15 + 14)
  return Math.max(200, reports * band + 70)
}

function groupOption(rows: readonly ValueRow[], group: IndicatorInfo[], locale: Locale): EChartsOption {
  const reports = reportsOf(rows)
  const withYear = spansYears(rows)
  const unitInfo = group[0]
  const allValues = rows.map(plotValue).filter((v): v is number => v != null)
  const maxValue = Math.max(0, ...allValues)
  const byKey = new Map(rows.map((r) => [`${r.report_id}|${r.indicator_id}`, r]))
  const notReported = msg(locale, 'chart.notReported')
  const sep = locale === 'en' ? ', ' : '、'

  /** Category label: the report, and on a second grey line which indicators it does not report. */
  const categories = reports.map((rep) => {
    const missing = group.filter((ind) => {
      const row = byKey.get(`${rep.report_id}|${ind.id}`)
      return !row || plotValue(row) == null
    })
    const name = wrapLabel(plainLabel(reportLabel(rep, locale, withYear)), 13)
    if (missing.length === 0) return name
    const which = missing.length === group.length ? notReported : `${notReported}: ${missing.map((i) => indicatorName(i, locale)).join(sep)}`
    return `${name}\n{nr|${wrapLabel(plainLabel(which), 15).replace(/\n/g, '}\n{nr|')}}`
  })

  const series = group.map((ind) => ({
    type: 'bar' as const,
    id: ind.id,
    name: seriesName(ind, locale),
    barMaxWidth: 16,
    barGap: '10%',
    cursor: 'pointer',
    data: reports.map((rep) => {
      const row = byKey.get(`${rep.report_id}|${ind.id}`)
      if (!row) return null
      return itemOf(row, ind, locale, plotValue(row), false)
    }),
    label: { show: true, position: 'right' as const, formatter: itemLabel, fontSize: 11 },
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
      const mark = row.reported ? provenanceMark(row) : ''
      lines.push(`${marker}${escapeHtml(indicatorName(ind, locale))}：<b>${escapeHtml(formatValue(row, ind, locale))}</b>${mark ? ` ${mark}` : ''}${dir ? ` <span style="color:#6b7280">(${escapeHtml(dir)})</span>` : ''}`)
    }
    return lines.join('<br/>')
  }

  return {
    aria: { enabled: true },
    animationDuration: 300,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 56, top: 30, bottom: 4 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: tooltip },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: {
        interval: 0,
        lineHeight: 15,
        rich: { nr: { color: NOT_REPORTED_TEXT, fontStyle: 'italic', fontSize: 11, lineHeight: 15 } },
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: unitInfo.unit === 'pct' && maxValue <= 100 ? 100 : undefined,
      axisLabel: { formatter: (v: number) => formatAxisValue(v, unitInfo, locale, maxValue), hideOverlap: true },
    },
    series,
  } as EChartsOption
}

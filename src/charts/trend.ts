/**
 * Values across years, one line per agency (Trends).
 * The x axis lists every year from the first to the last, so a missing year is a gap
 * (null, connectNulls off) and an agency with a single year is drawn as a point.
 */
import type { EChartsOption } from 'echarts'
import type { Catalogue, Locale, ValueRow } from '../queries/types'
import { agencyLabel, indicatorOrThrow, itemLabel, itemOf, itemTooltip, plotValue, shortLabel } from './common'
import { formatAxisValue, unitLabel } from './format'
import { PALETTE } from './theme'

export function yearRange(rows: readonly ValueRow[]): number[] {
  if (rows.length === 0) return []
  const ys = rows.map((r) => r.year)
  const min = Math.min(...ys)
  const max = Math.max(...ys)
  return Array.from({ length: max - min + 1 }, (_, i) => min + i)
}

/** Agencies (display names) with no value for the indicator in any year. */
export function trendNotReported(rows: readonly ValueRow[], indicatorId: string, locale: Locale): string[] {
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const withValue = new Set(own.filter((r) => plotValue(r) != null).map((r) => r.agency))
  const out: string[] = []
  for (const r of own) {
    const name = agencyLabel(r, locale)
    if (!withValue.has(r.agency) && !out.includes(name)) out.push(name)
  }
  return out
}

/**
 * @param colorKeys all agencies in a fixed order (e.g. every agency of the dataset) so an agency keeps
 *   its colour whatever the selection; defaults to the agencies in `rows`.
 */
export function buildTrendChart(
  rows: readonly ValueRow[],
  indicatorId: string,
  cat: Catalogue,
  locale: Locale,
  colorKeys?: readonly string[],
): EChartsOption {
  const ind = indicatorOrThrow(cat, indicatorId)
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const years = yearRange(own)
  // Agencies that never report the indicator get no (empty) series; views list them as not reported.
  const agencies = [...new Set(own.filter((r) => plotValue(r) != null).map((r) => r.agency))]
  // One colour per agency across all trend charts: index in the full (selected) agency list.
  const allAgencies = colorKeys?.length ? [...colorKeys] : [...new Set(own.map((r) => r.agency))]
  const maxValue = Math.max(0, ...own.map(plotValue).filter((v): v is number => v != null))

  const series = agencies.map((agency) => {
    const mine = own.filter((r) => r.agency === agency)
    const name = agencyLabel(mine[0], locale)
    const color = PALETTE[Math.max(0, allAgencies.indexOf(agency)) % PALETTE.length]
    return {
      type: 'line' as const,
      id: agency,
      name,
      itemStyle: { color },
      lineStyle: { color },
      connectNulls: false,
      showSymbol: true,
      symbol: 'circle',
      symbolSize: 10,
      cursor: 'pointer',
      label: { show: true, position: 'top' as const, formatter: itemLabel, fontSize: 11 },
      data: years.map((y) => {
        const row = mine.find((r) => r.year === y)
        if (!row) return null
        const v = plotValue(row)
        // Not reported → no point at all (null), not 0.
        return v == null ? { ...itemOf(row, ind, locale, null), labelText: '' } : itemOf(row, ind, locale, v)
      }),
    }
  })

  return {
    aria: { enabled: true },
    animationDuration: 300,
    // Series keep the full name (tooltips show it); the legend shows it cut.
    legend: { top: 0, type: 'scroll', formatter: (name: string) => shortLabel(name, locale) },
    grid: { left: 8, right: 24, top: 52, bottom: 8 },
    tooltip: { trigger: 'item', confine: true, formatter: itemTooltip(cat, locale) },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: true },
    yAxis: {
      type: 'value',
      min: 0,
      max: ind.unit === 'pct' && maxValue <= 100 ? 100 : undefined,
      name: unitLabel(ind, locale),
      axisLabel: { formatter: (v: number) => formatAxisValue(v, ind, locale, maxValue) },
    },
    series,
  } as EChartsOption
}

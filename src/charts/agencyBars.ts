/**
 * One indicator across agencies as horizontal bars (Overview).
 * Reports that do not state the indicator get no bar (value null) and an explicit
 * "未报告 / not reported" marker at the axis, never a 0-length bar.
 */
import type { EChartsOption } from 'echarts'
import { msg } from '../i18n/messages'
import type { Catalogue, Locale, ValueRow } from '../queries/types'
import {
  indicatorOrThrow,
  itemLabel,
  itemOf,
  itemTooltip,
  plotValue,
  reportLabel,
  reportsOf,
  spansYears,
} from './common'
import { formatAxisValue } from './format'
import { FAMILY_COLORS, NOT_REPORTED_TEXT } from './theme'

export const NOT_REPORTED_SERIES_ID = 'not-reported'

export function buildAgencyBars(rows: readonly ValueRow[], indicatorId: string, cat: Catalogue, locale: Locale): EChartsOption {
  const ind = indicatorOrThrow(cat, indicatorId)
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const reports = reportsOf(own)
  const withYear = spansYears(own)
  const categories = reports.map((r) => reportLabel(r, locale, withYear))
  const values = reports.map((r) => plotValue(r))
  const maxValue = Math.max(0, ...values.filter((v): v is number => v != null))
  const color = FAMILY_COLORS[ind.family] ?? undefined

  const barData = reports.map((r, i) => itemOf(r, ind, locale, values[i]))
  const missingData = reports
    .map((r, i) => ({ r, i }))
    .filter(({ i }) => values[i] == null)
    .map(({ r, i }) => ({ ...itemOf(r, ind, locale, [0, i]), labelText: msg(locale, 'chart.notReported') }))

  return {
    aria: { enabled: true },
    animationDuration: 300,
    grid: { left: 8, right: 72, top: 28, bottom: 8 },
    tooltip: { trigger: 'item', confine: true, formatter: itemTooltip(cat, locale) },
    xAxis: {
      type: 'value',
      min: 0,
      max: ind.unit === 'pct' && maxValue <= 100 ? 100 : undefined,
      axisLabel: { formatter: (v: number) => formatAxisValue(v, ind, locale, maxValue), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: { width: locale === 'en' ? 190 : 170, overflow: 'break', lineHeight: 14 },
    },
    series: [
      {
        id: 'values',
        type: 'bar',
        name: ind.id,
        data: barData,
        barMaxWidth: 22,
        itemStyle: color ? { color } : undefined,
        label: { show: true, position: 'right', formatter: itemLabel, color: '#1f2933' },
        cursor: 'pointer',
      },
      {
        id: NOT_REPORTED_SERIES_ID,
        type: 'scatter',
        name: msg(locale, 'chart.notReported'),
        data: missingData,
        symbol: 'circle',
        symbolSize: 7,
        itemStyle: { color: '#ffffff', borderColor: NOT_REPORTED_TEXT, borderWidth: 1.5 },
        label: { show: true, position: 'right', formatter: itemLabel, color: NOT_REPORTED_TEXT, fontStyle: 'italic' },
        cursor: 'pointer',
        z: 3,
      },
    ],
  } as EChartsOption
}

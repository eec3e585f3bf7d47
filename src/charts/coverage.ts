/**
 * The coverage matrix: reports across, indicators down (catalogue order).
 * A cell is reported (coloured, with its value) or not reported (grey, 未报告).
 * The third value of each cell is a status flag (1/0) for the colour scale; the
 * observation value itself stays in `row` and is null when not reported.
 */
import type { EChartsOption } from 'echarts'
import { indicatorName } from '../queries/catalogue'
import { msg } from '../i18n/messages'
import type { Catalogue, Locale, ValueRow } from '../queries/types'
import { indicatorOrThrow, itemOf, itemTooltip, reportLabel, reportsOf, spansYears, type FormatterParams, type ItemData } from './common'
import { FAMILY_COLORS, NOT_REPORTED_COLOR, NOT_REPORTED_TEXT } from './theme'

export const COVERAGE_ROW_HEIGHT = 26

/** Pixel height that fits all indicator rows of the matrix. */
export function coverageHeight(rows: readonly ValueRow[]): number {
  return new Set(rows.map((r) => r.indicator_id)).size * COVERAGE_ROW_HEIGHT + 90
}

export function buildCoverageChart(rows: readonly ValueRow[], cat: Catalogue, locale: Locale): EChartsOption {
  const reports = reportsOf(rows)
  const withYear = spansYears(rows)
  const indIds = [...new Set(rows.map((r) => r.indicator_id))]
    .map((id) => indicatorOrThrow(cat, id))
    .sort((a, b) => a.sort - b.sort)
  const repIndex = new Map(reports.map((r, i) => [r.report_id, i]))
  const indIndex = new Map(indIds.map((ind, i) => [ind.id, i]))

  const perReport = reports.map((rep) => rows.filter((r) => r.report_id === rep.report_id && r.reported).length)
  const perIndicator = indIds.map((ind) => rows.filter((r) => r.indicator_id === ind.id && r.reported).length)

  const data = rows.map((r) => {
    const ind = indicatorOrThrow(cat, r.indicator_id)
    const item = itemOf(r, ind, locale, [repIndex.get(r.report_id), indIndex.get(r.indicator_id), r.reported ? 1 : 0])
    return {
      ...item,
      label: r.reported ? undefined : { color: NOT_REPORTED_TEXT, fontStyle: 'italic' as const },
    }
  })

  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 12, top: 52, bottom: 8 },
    tooltip: { trigger: 'item', confine: true, formatter: itemTooltip(cat, locale) },
    xAxis: {
      type: 'category',
      position: 'top',
      data: reports.map((r, i) => `${reportLabel(r, locale, withYear)}\n${msg(locale, 'coverage.perReport', { n: perReport[i], total: indIds.length })}`),
      axisLabel: { interval: 0, width: 160, overflow: 'break', lineHeight: 14, fontWeight: 600 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: indIds.map((ind, i) => `${indicatorName(ind, locale)}  ${perIndicator[i]}/${reports.length}`),
      axisLabel: {
        interval: 0,
        color: (_v?: string | number, index?: number) => FAMILY_COLORS[indIds[index ?? 0]?.family] ?? '#1f2933',
      },
    },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      seriesIndex: 0,
      pieces: [
        { value: 1, color: '#3d7cc9' },
        { value: 0, color: NOT_REPORTED_COLOR },
      ],
    },
    series: [
      {
        type: 'heatmap',
        id: 'coverage',
        data,
        cursor: 'pointer',
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        label: {
          show: true,
          color: '#ffffff',
          fontSize: 11,
          formatter: (p: unknown) => {
            const d = (p as FormatterParams).data as ItemData | undefined
            return d ? d.labelText : ''
          },
        },
        emphasis: { itemStyle: { borderColor: '#1f2933', borderWidth: 1 } },
      },
    ],
  } as EChartsOption
}

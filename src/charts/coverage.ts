/**
 * The coverage matrix (who reported what), readable from 5 to 300 agencies: agencies down,
 * indicators across (catalogue order, family-coloured headers). A cell is the share of the
 * agency's selected reports that state the indicator: full colour every year, lighter some
 * years, grey never (未报告, never 0). Cells show the latest figure when they are big enough,
 * else nothing (a dense heatmap); the tooltip lists every year, a click opens the latest evidence.
 * Rows sort by coverage (most first), by name, or by sector (groups named on the right, split
 * by lines); the picked agencies come first, in bold. More rows than COVERAGE_WINDOW scroll
 * inside the chart, so the headers stay in place and the height has a bound.
 */
import type { EChartsOption } from 'echarts'
import { indicatorName } from '../queries/catalogue'
import { msg } from '../i18n/messages'
import type { Catalogue, IndicatorInfo, Locale, ValueRow } from '../queries/types'
import { agencyLabel, indicatorOrThrow, plotValue, type FormatterParams, type ItemData } from './common'
import { escapeHtml } from './escape'
import { formatValue } from './format'
import { plainLabel, textUnits, truncateLabel } from './labels'
import { scrollWindow } from './rankedBars'
import { FAMILY_COLORS, MUTED_COLOR, NOT_REPORTED_COLOR, NOT_REPORTED_TEXT, TEXT_COLOR } from './theme'

export const COVERAGE_ROW = 22
export const COVERAGE_WINDOW = 20
/** A cell shows its figure only from this size (px) on. */
export const CELL_TEXT_WIDTH = 64
export const COVERAGE_COLORS = { all: '#3d7cc9', most: '#7fa9dc', some: '#c3d6ee', none: NOT_REPORTED_COLOR }

export type CoverageSort = 'coverage' | 'name' | 'sector'

export interface CoverageOptions {
  /** Width of the chart in px (to decide whether cells have room for their figure). */
  width: number
  sort: CoverageSort
  focus: ReadonlySet<string>
  /** Report id → sector, for sorting and grouping by sector. */
  sectorOf?: ReadonlyMap<string, string>
}

export interface CoverageChart {
  option: EChartsOption
  height: number
  /** Cells show their figure (false: the dense heatmap). */
  text: boolean
}

/** A cell: the latest report's figure and evidence, and what its tooltip tells (no row object: see `ItemData`). */
interface Cell extends Omit<ItemData, 'tip'> {
  agency: string
  indicator_id: string
  /** The latest report states the indicator. */
  stated: boolean
  /** This agency's years, each with the figure or null when the report does not state it. */
  years: { year: number; text: string | null }[]
}

const LABEL_WIDTH = 240
const SECTOR_WIDTH = 84

export function buildCoverageChart(rows: readonly ValueRow[], cat: Catalogue, locale: Locale, opts: CoverageOptions): CoverageChart {
  const inds: IndicatorInfo[] = [...new Set(rows.map((r) => r.indicator_id))].map((id) => indicatorOrThrow(cat, id)).sort((a, b) => a.sort - b.sort)
  const byAgency = new Map<string, ValueRow[]>()
  for (const r of rows) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r])
  const covered = (mine: ValueRow[]) => new Set(mine.filter((r) => r.reported).map((r) => r.indicator_id)).size
  const sectorOf = (mine: ValueRow[]) => opts.sectorOf?.get(mine[0].report_id) ?? ''
  const agencies = [...byAgency.entries()].map(([agency, mine]) => ({ agency, mine, n: covered(mine), sector: sectorOf(mine) }))
  const bySize = (a: (typeof agencies)[0], b: (typeof agencies)[0]) => b.n - a.n || a.agency.localeCompare(b.agency, 'zh-CN')
  // Sector groups: the larger first, then by name.
  const sectorSize = new Map<string, number>()
  for (const a of agencies) sectorSize.set(a.sector, (sectorSize.get(a.sector) ?? 0) + 1)
  const cmp =
    opts.sort === 'name'
      ? (a: (typeof agencies)[0], b: (typeof agencies)[0]) => a.agency.localeCompare(b.agency, 'zh-CN')
      : opts.sort === 'sector'
        ? (a: (typeof agencies)[0], b: (typeof agencies)[0]) => sectorSize.get(b.sector)! - sectorSize.get(a.sector)! || a.sector.localeCompare(b.sector, 'zh-CN') || bySize(a, b)
        : bySize
  const ordered = [...agencies].sort((a, b) => Number(opts.focus.has(b.agency)) - Number(opts.focus.has(a.agency)) || cmp(a, b))
  const grouped = opts.sort === 'sector'
  const groupStart = ordered.map((a, i) => grouped && (i === 0 || ordered[i - 1].sector !== a.sector || opts.focus.has(ordered[i - 1].agency)) && !opts.focus.has(a.agency))

  const plotWidth = opts.width - LABEL_WIDTH - 24 - (grouped ? SECTOR_WIDTH : 0) - 24
  const cellWidth = inds.length ? plotWidth / inds.length : plotWidth
  const text = cellWidth >= CELL_TEXT_WIDTH
  const headerUnits = Math.max(...inds.map((i) => textUnits(indicatorName(i, locale))), 1)
  const rotate = cellWidth < headerUnits * 12 + 10
  const header = rotate ? Math.min(150, headerUnits * 12) + 16 : 40

  const data: Cell[] = []
  ordered.forEach((a, y) => {
    inds.forEach((ind, x) => {
      const mine = a.mine.filter((r) => r.indicator_id === ind.id).sort((p, q) => p.year - q.year)
      if (!mine.length) return
      const stated = mine.filter((r) => r.reported)
      const latest = stated[stated.length - 1] ?? mine[mine.length - 1]
      const share = stated.length / mine.length
      data.push({
        value: [x, y, share],
        datum: { report_id: latest.report_id, indicator_id: latest.indicator_id },
        labelText: formatValue(latest, ind, locale),
        agency: agencyLabel(latest, locale),
        indicator_id: ind.id,
        stated: plotValue(latest) != null,
        years: mine.map((r) => ({ year: r.year, text: r.reported ? formatValue(r, ind, locale) : null })),
      })
    })
  })

  const tooltip = (p: unknown): string => {
    const d = (p as FormatterParams).data as Cell | undefined
    if (!d?.indicator_id) return ''
    const ind = indicatorOrThrow(cat, d.indicator_id)
    const stated = d.years.filter((y) => y.text != null)
    const lines = [`<b>${escapeHtml(d.agency)}</b>`, escapeHtml(indicatorName(ind, locale))]
    lines.push(escapeHtml(msg(locale, 'coverage.yearsStated', { n: stated.length, total: d.years.length })))
    for (const y of d.years) lines.push(y.text == null ? `<span style="color:${NOT_REPORTED_TEXT}">${y.year}：${escapeHtml(msg(locale, 'chart.notReported'))}</span>` : `${y.year}：<b>${escapeHtml(y.text)}</b>`)
    return lines.join('<br/>')
  }
  const focusing = opts.focus.size > 0
  const rowLabel = (a: (typeof ordered)[0]) => {
    const name = plainLabel(truncateLabel(agencyLabel(a.mine[0], locale), (LABEL_WIDTH - 40) / 12))
    const count = `{n|${a.n}}`
    return opts.focus.has(a.agency) ? `{f|${name}} ${count}` : focusing ? `{m|${name}} ${count}` : `${name} ${count}`
  }
  const scrolls = ordered.length > COVERAGE_WINDOW
  const shown = Math.min(ordered.length, COVERAGE_WINDOW)
  const yAxisIndex = grouped ? [0, 1] : [0]
  const rowAxis = {
    type: 'category' as const,
    inverse: true,
    data: ordered.map(rowLabel),
    axisTick: { show: false },
    splitLine: grouped ? { show: true, interval: (i: number) => groupStart[i + 1] ?? false, lineStyle: { color: '#9aa5b1' } } : { show: false },
    axisLabel: {
      interval: 0,
      rich: { f: { fontWeight: 700, color: TEXT_COLOR }, m: { color: MUTED_COLOR }, n: { color: MUTED_COLOR, fontSize: 10 } },
    },
  }

  const option = {
    aria: { enabled: true },
    animation: false,
    grid: { left: LABEL_WIDTH + 8, right: (grouped ? SECTOR_WIDTH : 0) + (scrolls ? 30 : 12), top: header, bottom: 8, outerBoundsMode: 'none' },
    tooltip: { trigger: 'item', confine: true, formatter: tooltip },
    xAxis: {
      type: 'category',
      position: 'top',
      data: inds.map((ind) => indicatorName(ind, locale)),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        rotate: rotate ? 90 : 0,
        width: rotate ? header - 16 : Math.max(20, cellWidth - 6),
        overflow: 'truncate',
        fontSize: 12,
        color: (_v?: string | number, index?: number) => FAMILY_COLORS[inds[index ?? 0]?.family] ?? TEXT_COLOR,
      },
    },
    yAxis: [
      rowAxis,
      ...(grouped
        ? [
            {
              type: 'category' as const,
              inverse: true,
              position: 'right' as const,
              data: ordered.map((a, i) => (groupStart[i] ? a.sector || msg(locale, 'compare.noGroup') : '')),
              axisTick: { show: false },
              axisLine: { show: false },
              axisLabel: { interval: 0, color: MUTED_COLOR, width: SECTOR_WIDTH - 12, overflow: 'truncate', margin: scrolls ? 26 : 8 },
            },
          ]
        : []),
    ],
    dataZoom: scrolls ? scrollWindow(yAxisIndex, 0, COVERAGE_WINDOW) : undefined,
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      seriesIndex: 0,
      pieces: [
        { value: 0, color: COVERAGE_COLORS.none },
        { gt: 0, lt: 0.5, color: COVERAGE_COLORS.some },
        { gte: 0.5, lt: 1, color: COVERAGE_COLORS.most },
        { value: 1, color: COVERAGE_COLORS.all },
      ],
    },
    series: [
      {
        type: 'heatmap',
        id: 'coverage',
        // Drawn in one pass: a picture (export) is taken right after the first frame.
        progressive: 0,
        // White on the darker cells, dark on the pale ones, grey italic 未报告.
        data: data.map((d) => {
          const share = (d.value as number[])[2]
          return { ...d, label: !d.stated ? { color: NOT_REPORTED_TEXT, fontStyle: 'italic' as const } : share < 0.5 ? { color: TEXT_COLOR } : undefined }
        }),
        cursor: 'pointer',
        itemStyle: { borderColor: '#ffffff', borderWidth: text ? 2 : 1 },
        label: {
          show: text,
          color: '#ffffff',
          fontSize: 11,
          formatter: (p: unknown) => ((p as FormatterParams).data as Cell | undefined)?.labelText ?? '',
        },
        emphasis: { itemStyle: { borderColor: '#1f2933', borderWidth: 1 } },
      },
    ],
  } as EChartsOption
  return { option, height: header + shown * COVERAGE_ROW + 12, text }
}

/**
 * Sorted bars of one indicator at any count (Rankings, Compare, Overview): best first by the
 * indicator's direction, each labelled with its rank. One design from 5 to 300 agencies:
 * - a list that fits is drawn whole; a longer one draws its top (and bottom) rows and the
 *   focus agencies (the picked ones), and says how many it left out in their place
 *   ("⋯ 另 37 个单位 ⋯", "其余 265 个单位：中位数 86.5%") — never a 300-bar wall;
 * - more rows than `window` scroll inside the chart (a slider and the mouse wheel), so the
 *   chart's height has a bound whatever the count;
 * - focus agencies in the family colour with bold labels, the others muted;
 * - reports that do not state the indicator are 未报告 (never 0): drawn when they fit, else counted.
 */
import type { EChartsOption } from 'echarts'
import { msg } from '../i18n/messages'
import type { Catalogue, IndicatorInfo, Locale, ValueRow } from '../queries/types'
import { agencyLabel, indicatorOrThrow, itemLabel, itemOf, itemTooltip, plotValue, shortLabel, type FormatterParams } from './common'
import { formatAxisValue, formatValue } from './format'
import { plainLabel, textUnits, truncateLabel } from './labels'
import { FAMILY_COLORS, MUTED_COLOR, NOT_REPORTED_TEXT, TEXT_COLOR } from './theme'

export const NOT_REPORTED_SERIES_ID = 'not-reported'
export const GAP_SERIES_ID = 'gaps'
/** Pixels per drawn row. */
export const BAR_ROW = 24
/** Non-focus bars while some agencies are in focus. */
export const MUTED_BAR = '#c3ccd8'

export interface RankedRow extends ValueRow {
  /** 1 = best; equal values share a rank; null when the row has no number to rank. */
  rank: number | null
}
/** A row with its place among the rows that have a number (1 = first drawn); null when unplaced. */
export interface PlacedRow extends RankedRow {
  pos: number | null
}

export type BarEntry =
  | { kind: 'bar'; row: PlacedRow }
  /** Placed rows left out, between two drawn ones or after the last (`last`). */
  | { kind: 'gap'; count: number; median: number | null; last: boolean }
  /** Rows without a number left out. */
  | { kind: 'missing'; count: number }

/** Best → worst by the indicator's direction (`lower`: smallest first; else largest first). */
function better(ind: IndicatorInfo): (a: number, b: number) => number {
  return ind.direction === 'lower' ? (a, b) => a - b : (a, b) => b - a
}

/**
 * Rank rows by their drawn value (value, or a range's midpoint): ties share a rank (1, 1, 3),
 * ties keep their given order; rows without a number follow, unranked and unplaced.
 */
export function rankByValue(rows: readonly ValueRow[], ind: IndicatorInfo): PlacedRow[] {
  const cmp = better(ind)
  const withValue = rows.filter((r) => plotValue(r) != null).map((r, i) => ({ r, i, v: plotValue(r)! }))
  withValue.sort((a, b) => cmp(a.v, b.v) || a.i - b.i)
  const placed: PlacedRow[] = []
  withValue.forEach(({ r, v }, k) => {
    const rank = k > 0 && v === withValue[k - 1].v ? placed[k - 1].rank : k + 1
    placed.push({ ...r, rank, pos: k + 1 })
  })
  return [...placed, ...rows.filter((r) => plotValue(r) == null).map((r) => ({ ...r, rank: null, pos: null }))]
}

/** Ranked rows first (rank ascending, ties in their given order), then the unranked ones. */
export function sortByRank<T extends { rank: number | null }>(rows: readonly T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.rank ?? Infinity) - (b.r.rank ?? Infinity) || a.i - b.i)
    .map(({ r }) => r)
}

/** Rows ranked elsewhere (SQL): placed in rank order (ties in their given order), unranked last. */
export function placeRanked<T extends RankedRow>(rows: readonly T[]): (T & { pos: number | null })[] {
  let pos = 0
  return sortByRank(rows).map((r) => ({ ...r, pos: r.rank == null ? null : ++pos }))
}

function median(xs: number[]): number | null {
  if (!xs.length) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * The entries to draw from drawn rows (placed ones by `pos`, then unplaced), given how many rows
 * there are in all. With `everything` (all placed rows by `pos`) the gaps carry their median.
 */
export function barEntries(drawn: readonly PlacedRow[], plotted: number, notReported: number, everything?: readonly PlacedRow[]): BarEntry[] {
  const out: BarEntry[] = []
  const gap = (from: number, to: number, last: boolean) => {
    // positions from+1 … to-1 are left out
    const count = to - from - 1
    if (count <= 0) return
    const values = everything?.slice(from, to - 1).map(plotValue).filter((v): v is number => v != null) ?? []
    out.push({ kind: 'gap', count, median: median(values), last })
  }
  let prev = 0
  const placed = drawn.filter((r) => r.pos != null).sort((a, b) => a.pos! - b.pos!)
  for (const r of placed) {
    gap(prev, r.pos!, false)
    out.push({ kind: 'bar', row: r })
    prev = r.pos!
  }
  gap(prev, plotted + 1, true)
  const unplaced = drawn.filter((r) => r.pos == null)
  for (const r of unplaced) out.push({ kind: 'bar', row: r })
  if (notReported > unplaced.length) out.push({ kind: 'missing', count: notReported - unplaced.length })
  return out
}

export interface PickOptions {
  /** Best rows always drawn. */
  top: number
  /** Worst rows always drawn. */
  bottom: number
  /** Agencies always drawn (and highlighted). */
  focus: ReadonlySet<string>
}

/** What to draw of a whole list: all of it when it fits, else top, bottom and focus rows. */
export function pickBars(rows: readonly PlacedRow[], opts: PickOptions): BarEntry[] {
  const placed = rows.filter((r) => r.pos != null).sort((a, b) => a.pos! - b.pos!)
  const unplaced = rows.filter((r) => r.pos == null)
  // A gap row in place of one or two rows saves nothing.
  if (rows.length <= opts.top + opts.bottom + 2) return barEntries(rows, placed.length, unplaced.length, placed)
  const keep = (r: PlacedRow) => opts.focus.has(r.agency) || (r.pos != null && (r.pos <= opts.top || r.pos > placed.length - opts.bottom))
  return barEntries(rows.filter(keep), placed.length, unplaced.length, placed)
}

/**
 * A fixed-size window over a long category axis: a slim slider at the right edge and the mouse
 * wheel move it, nothing zooms, the axis keeps every category (labels stay where they are).
 */
export function scrollWindow(yAxisIndex: number | number[], start: number, size: number): object[] {
  return [
    { type: 'slider', yAxisIndex, right: 6, width: 14, startValue: start, endValue: start + size - 1, zoomLock: true, brushSelect: false, showDetail: false, showDataShadow: false, filterMode: 'none' },
    { type: 'inside', yAxisIndex, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false, filterMode: 'none' },
  ]
}

/** Rows without a bar (not reported, not comparable): a hollow dot at 0 with its italic grey label, clickable. */
export function markerSeries(name: string, data: unknown[]): object {
  return {
    id: NOT_REPORTED_SERIES_ID,
    type: 'scatter',
    name,
    data,
    symbol: 'circle',
    symbolSize: 7,
    itemStyle: { color: '#ffffff', borderColor: NOT_REPORTED_TEXT, borderWidth: 1.5 },
    label: { show: true, position: 'right', formatter: itemLabel, color: NOT_REPORTED_TEXT, fontStyle: 'italic', fontSize: 11 },
    cursor: 'pointer',
    z: 3,
  }
}

export interface RankedBarsOptions {
  focus: ReadonlySet<string>
  /** Label the year on each row (the rows span several years). */
  withYear: boolean
  /** At most this many rows are shown at once; more scroll inside the chart. */
  window: number
  /** Space above the bars' grid (px), for what a caller adds on top. */
  top?: number
  /**
   * The chart is at least this tall (px; see `rankedBarsHeight`): a view whose row count changes
   * with the selection keeps its canvas size (no resize, no re-layout of the page), the bars
   * keep their spacing and the spare room stays below the axis.
   */
  minHeight?: number
}

/** Height (px) of a ranked-bar chart showing `rows` rows under `top` px of the caller's. */
export function rankedBarsHeight(rows: number, top = 0): number {
  return Math.max(120, rows * BAR_ROW + top + 8 + 36)
}

export interface RankedBars {
  option: EChartsOption
  /** Plot height in px (bounded by the window). */
  height: number
}

/** "{n} 个单位" or "{n} 份报告". */
function items(n: number, withYear: boolean, locale: Locale): string {
  return msg(locale, withYear ? 'bars.reports' : 'bars.agencies', { n })
}

function entryText(e: BarEntry, ind: IndicatorInfo, withYear: boolean, locale: Locale): string {
  if (e.kind === 'missing') return msg(locale, 'bars.missing', { items: items(e.count, withYear, locale) })
  if (e.kind !== 'gap') return ''
  const what = items(e.count, withYear, locale)
  const med = e.median == null ? null : formatValue({ value: e.median }, ind, locale)
  if (e.last) return med == null ? msg(locale, 'bars.rest', { items: what }) : msg(locale, 'bars.restMedian', { items: what, median: med })
  return med == null ? msg(locale, 'bars.gap', { items: what }) : msg(locale, 'bars.gapMedian', { items: what, median: med })
}

/**
 * "12. 东湖区司法局 2023", "–  东湖区司法局" without a rank: the name cut so that rank, name and
 * year fit the label width; safe inside rich text.
 */
export function rankLabel(row: RankedRow, locale: Locale, withYear: boolean, maxUnits: number): string {
  const prefix = row.rank == null ? '–  ' : `${row.rank}. `
  const suffix = withYear ? ` ${row.year}` : ''
  const name = plainLabel(shortLabel(agencyLabel(row, locale), locale))
  return `${prefix}${truncateLabel(name, maxUnits - textUnits(prefix) - textUnits(suffix))}${suffix}`
}

export function buildRankedBars(entries: readonly BarEntry[], indicatorId: string, cat: Catalogue, locale: Locale, opts: RankedBarsOptions): RankedBars {
  const ind = indicatorOrThrow(cat, indicatorId)
  const color = FAMILY_COLORS[ind.family] ?? TEXT_COLOR
  const focusing = opts.focus.size > 0
  const labelWidth = locale === 'en' ? 280 : 230
  const maxUnits = labelWidth / 12
  const isFocus = (e: BarEntry) => e.kind === 'bar' && opts.focus.has(e.row.agency)
  const categories = entries.map((e) => {
    if (e.kind !== 'bar') return ''
    const text = rankLabel(e.row, locale, opts.withYear, maxUnits)
    return focusing ? `{${isFocus(e) ? 'f' : 'm'}|${text}}` : text
  })
  const values = entries.map((e) => (e.kind === 'bar' ? plotValue(e.row) : null))
  const maxValue = Math.max(0, ...values.filter((v): v is number => v != null))
  // Nothing to plot: no empty 0–1 scale, but the axis named to say so where its ticks would be.
  const noneReported = entries.length > 0 && values.every((v) => v == null)
  const barData = entries.map((e, i) => {
    if (e.kind !== 'bar') return null
    const item = itemOf(e.row, ind, locale, values[i])
    return focusing && !isFocus(e) ? { ...item, itemStyle: { color: MUTED_BAR } } : item
  })
  const missingData = entries.flatMap((e, i) =>
    e.kind === 'bar' && values[i] == null ? [{ ...itemOf(e.row, ind, locale, [0, i]), labelText: msg(locale, 'chart.notReported') }] : [],
  )
  const gapData = entries.flatMap((e, i) => (e.kind === 'bar' ? [] : [{ value: [0, i], labelText: entryText(e, ind, opts.withYear, locale) }]))
  const top = (opts.top ?? 0) + 8
  const scrolls = entries.length > opts.window
  const shown = Math.min(entries.length, opts.window)
  const firstFocus = entries.findIndex(isFocus)
  // The window opens at the top, or a little above the first focus row when that is further down.
  const start = scrolls && firstFocus >= opts.window ? Math.max(0, Math.min(firstFocus - 2, entries.length - opts.window)) : 0
  const natural = rankedBarsHeight(shown, opts.top)
  const height = Math.max(natural, opts.minHeight ?? 0)

  const option = {
    aria: { enabled: true },
    animationDuration: 300,
    // A fixed label column (labels are cut to fit it): bars start at the same x in every chart.
    grid: { left: labelWidth + 16, right: scrolls ? 96 : 80, top, bottom: 28 + height - natural, outerBoundsMode: 'none' },
    tooltip: { trigger: 'item', confine: true, formatter: itemTooltip },
    xAxis: {
      type: 'value',
      min: 0,
      max: ind.unit === 'pct' && maxValue <= 100 ? 100 : undefined,
      axisLabel: { show: !noneReported, formatter: (v: number) => formatAxisValue(v, ind, locale, maxValue), hideOverlap: true },
      splitLine: { show: !noneReported },
      // Named (where its ticks would be) only when nothing is reported; the keys are always set, so
      // a chart that gets figures, or loses them, keeps its parts and is merged (./update.ts).
      name: noneReported ? msg(locale, 'bars.none') : undefined,
      nameLocation: 'middle',
      nameGap: 10,
      nameTextStyle: { color: MUTED_COLOR, fontSize: 12 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: {
        interval: 0,
        width: labelWidth,
        rich: { f: { fontWeight: 700, color: TEXT_COLOR }, m: { color: MUTED_COLOR } },
      },
    },
    dataZoom: scrolls ? scrollWindow(0, start, opts.window) : undefined,
    series: [
      {
        id: 'values',
        type: 'bar',
        name: ind.id,
        data: barData,
        barMaxWidth: 14,
        itemStyle: { color },
        label: { show: true, position: 'right', formatter: itemLabel, color: TEXT_COLOR, fontSize: 11 },
        cursor: 'pointer',
      },
      markerSeries(msg(locale, 'chart.notReported'), missingData),
      {
        id: GAP_SERIES_ID,
        type: 'scatter',
        data: gapData,
        symbolSize: 0,
        silent: true,
        label: { show: true, position: 'right', formatter: (p: unknown) => ((p as FormatterParams).data as { labelText?: string })?.labelText ?? '', color: MUTED_COLOR, fontStyle: 'italic', fontSize: 12 },
        tooltip: { show: false },
      },
    ],
  } as EChartsOption
  return { option, height }
}


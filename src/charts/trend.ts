/**
 * Values across years, one line per agency (Trends), readable from 5 to 300 agencies:
 * - every agency of the group is a thin grey context line (hover one to see it);
 * - the highlighted agencies (the picked ones; or all of a group of at most TREND_ALL_COLOURED)
 *   are drawn in colour and named at their line ends, end labels pushed apart, never piled up;
 * - the group's median per year and its middle half (quartiles) as a band, where at least
 *   TREND_BAND_MIN agencies state a figure that year;
 * - no legend to page through: the end labels name the coloured lines.
 * The x axis lists every year from the first to the last, so a missing year is a gap
 * (null, connectNulls off) and an agency with a single year is drawn as a point.
 */
import type { EChartsOption } from 'echarts'
import { msg } from '../i18n/messages'
import type { Catalogue, Locale, ValueRow } from '../queries/types'
import { agencyLabel, indicatorOrThrow, itemOf, itemTooltip, plotValue } from './common'
import { escapeHtml } from './escape'
import { formatAxisValue, formatValue, unitLabel } from './format'
import { plainLabel, truncateLabel } from './labels'
import { FAMILY_COLORS, MUTED_COLOR, PALETTE, TEXT_COLOR } from './theme'

/** A group this small is drawn all in colour when nobody is picked. */
export const TREND_ALL_COLOURED = 8
/** At most this many lines in colour (the palette); further picked agencies stay grey. */
export const TREND_MAX_COLOURED = PALETTE.length
/** Years with fewer figures get no median or band. */
export const TREND_BAND_MIN = 3
const CONTEXT_COLOR = '#c3cad4'

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
  const out = new Set<string>()
  for (const r of own) if (!withValue.has(r.agency)) out.add(agencyLabel(r, locale))
  return [...out]
}

/** The smallest 1, 2, 2.5 or 5 × 10^k not below `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw))
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= raw - 1e-9) ?? 10) * p
}

/**
 * The value axis of a trend chart: about five nice steps; from 0 unless every figure lies in the
 * upper half of the range and spread over at least 5% of it (then from a step below the lowest,
 * so the lines are not pressed flat against the top); percentages stop at 100.
 */
export function trendScale(values: readonly number[], pct: boolean): { min: number; max: number; interval: number } {
  const hiV = Math.max(0, ...values)
  const loV = values.length ? Math.min(...values) : 0
  // (a spread under 5% of the highest figure, one figure say, is drawn from 0: a flat line on a magnified axis misleads)
  const from = loV > hiV / 2 && hiV - loV >= hiV * 0.05 ? loV : 0
  const step = niceStep(Math.max(hiV - from, hiV * 0.01, 1e-9) / 5)
  const min = Math.floor(from / step) * step
  let max = Math.max(min + step, Math.ceil(hiV / step) * step)
  if (pct && hiV <= 100) max = Math.min(max, 100)
  return { min, max, interval: step }
}

/**
 * Vertical places for end labels (px, label centres) so that none overlaps: in order of their
 * wanted place, each at least `gap` below the one above, pulled back up from the bottom bound.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i)
  const ys = order.map((o) => Math.max(o.y, top))
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k], ys[k - 1] + gap)
  for (let k = ys.length - 1; k >= 0; k--) ys[k] = Math.min(ys[k], k === ys.length - 1 ? bottom : ys[k + 1] - gap)
  const out: number[] = []
  order.forEach((o, k) => (out[o.i] = ys[k]))
  return out
}

/** Linear-interpolated quantile of sorted numbers (as DuckDB's quantile_cont). */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo)
}

export interface YearBand {
  year: number
  n: number
  q1: number | null
  median: number | null
  q3: number | null
}

/** Per year: how many agencies state a figure, and their quartiles when at least TREND_BAND_MIN do. */
export function yearBands(own: readonly ValueRow[], years: readonly number[]): YearBand[] {
  return years.map((year) => {
    const vs = own.filter((r) => r.year === year).map(plotValue).filter((v): v is number => v != null).sort((a, b) => a - b)
    if (vs.length < TREND_BAND_MIN) return { year, n: vs.length, q1: null, median: null, q3: null }
    return { year, n: vs.length, q1: quantile(vs, 0.25), median: quantile(vs, 0.5), q3: quantile(vs, 0.75) }
  })
}

/** The agencies drawn in colour, in order: the picked ones with a figure, or all of a small group. */
export function trendHighlights(rows: readonly ValueRow[], indicatorId: string, focus: readonly string[]): string[] {
  const withValue = [...new Set(rows.filter((r) => r.indicator_id === indicatorId && plotValue(r) != null).map((r) => r.agency))]
  const picked = focus.length ? focus.filter((a) => withValue.includes(a)) : withValue.length <= TREND_ALL_COLOURED ? withValue : []
  return picked.slice(0, TREND_MAX_COLOURED)
}

/** Plot margins (px): y tick labels on the left, end labels on the right. */
const GRID = { left: 60, right: 170, top: 30, bottom: 28 }
/** Vertical room of one end label (px). */
const LABEL_GAP = 14

/**
 * @param focus the picked agencies (in the order they were picked); their colours follow this
 *   order, so an agency keeps its colour in every trend chart.
 * @param height the chart's height in px: end labels are spread for it (and any taller one).
 */
export function buildTrendChart(rows: readonly ValueRow[], indicatorId: string, cat: Catalogue, locale: Locale, focus: readonly string[] = [], height = 320): EChartsOption {
  const ind = indicatorOrThrow(cat, indicatorId)
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const years = yearRange(own)
  const byAgency = new Map<string, ValueRow[]>()
  for (const r of own) if (plotValue(r) != null) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r])
  const coloured = trendHighlights(own, indicatorId, focus)
  // A picked agency's colour follows its place among the picked, so it is the same in every chart.
  const colourOf = new Map(coloured.map((a, i) => [a, PALETTE[(focus.length ? focus.indexOf(a) : i) % PALETTE.length]]))
  const figures = own.map(plotValue).filter((v): v is number => v != null)
  const maxValue = Math.max(0, ...figures)
  const scale = trendScale(figures, ind.unit === 'pct')
  const plotH = height - GRID.top - GRID.bottom
  const yPx = (v: number) => GRID.top + plotH * (1 - (v - scale.min) / (scale.max - scale.min))
  // An end label fits the right margin with its figure: eight CJK characters, or about twenty Latin ones.
  const endName = (name: string) => plainLabel(truncateLabel(name, locale === 'en' ? 10.5 : 8))

  /** One agency's line: a value per year, null where it states none (a gap, never 0). */
  const line = (mine: ValueRow[]) => {
    const data = years.map((y) => {
      const row = mine.find((r) => r.year === y)
      return row ? itemOf(row, ind, locale, plotValue(row)) : null
    })
    // A year with no neighbour on either side is a lone point: it keeps a visible symbol.
    const lone = data.map((d, i) => d != null && data[i - 1] == null && data[i + 1] == null)
    return { data, lone }
  }

  const context = [...byAgency].filter(([a]) => !colourOf.has(a)).map(([agency, mine]) => {
    const { data, lone } = line(mine)
    return {
      type: 'line' as const,
      id: `ctx:${agency}`,
      name: agencyLabel(mine[0], locale),
      data,
      connectNulls: false,
      symbol: 'circle',
      symbolSize: (_v: unknown, p: { dataIndex: number }) => (lone[p.dataIndex] ? 5 : 3),
      color: CONTEXT_COLOR,
      lineStyle: { color: CONTEXT_COLOR, width: 1 },
      itemStyle: { color: CONTEXT_COLOR },
      cursor: 'pointer',
      z: 1,
      // Hovered, a grey line turns dark and names itself at its end.
      triggerLineEvent: true,
      endLabel: { show: false, formatter: endName(agencyLabel(mine[0], locale)), color: TEXT_COLOR, fontSize: 11, distance: 6 },
      emphasis: { focus: 'self' as const, lineStyle: { color: TEXT_COLOR, width: 2 }, itemStyle: { color: TEXT_COLOR }, endLabel: { show: true } },
      silent: false,
      animation: false,
    }
  })
  const bands = yearBands(own, years)
  const band = bands.some((b) => b.median != null)
  const familyColor = FAMILY_COLORS[ind.family] ?? MUTED_COLOR
  const bandTip = (p: unknown) => {
    const b = bands[(p as { dataIndex: number }).dataIndex]
    if (!b || b.median == null) return ''
    const fmt = (v: number) => escapeHtml(formatValue({ value: v }, ind, locale))
    return [
      `<b>${b.year}</b> · ${escapeHtml(msg(locale, 'bars.agencies', { n: b.n }))}`,
      `${escapeHtml(msg(locale, 'distribution.median'))}：<b>${fmt(b.median)}</b>`,
      `${escapeHtml(msg(locale, 'distribution.quartiles'))}：${fmt(b.q1!)} – ${fmt(b.q3!)}`,
    ].join('<br/>')
  }
  const peers = band
    ? [
        { type: 'line' as const, id: 'band-low', data: bands.map((b) => b.q1), stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, silent: true, z: 2, tooltip: { show: false } },
        {
          type: 'line' as const,
          id: 'band',
          name: msg(locale, 'distribution.quartiles'),
          data: bands.map((b) => (b.q1 == null ? null : b.q3! - b.q1)),
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: familyColor, opacity: 0.16 },
          silent: true,
          z: 2,
          tooltip: { show: false },
        },
        {
          type: 'line' as const,
          id: 'median',
          name: msg(locale, 'distribution.median'),
          data: bands.map((b) => b.median),
          symbol: 'circle',
          symbolSize: 4,
          color: familyColor,
          lineStyle: { color: familyColor, width: 2, type: 'dashed' as const },
          tooltip: { formatter: bandTip },
          z: 3,
        },
      ]
    : []
  const highlighted = [...colourOf].map(([agency, color]) => {
    const mine = byAgency.get(agency)!
    return {
      type: 'line' as const,
      id: agency,
      name: agencyLabel(mine[0], locale),
      data: line(mine).data,
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 7,
      color,
      lineStyle: { color, width: 2.5 },
      itemStyle: { color },
      cursor: 'pointer',
      emphasis: { focus: 'series' as const },
      z: 4,
    }
  })

  // End labels (each coloured line's name and last figure, the median's name), beside each line's
  // last point and spread apart so that none overlaps. They are placed in value units, so a
  // taller picture (export, presentation) only spreads them further.
  const lastIndex = <T,>(xs: readonly (T | null)[]) => xs.reduce((k, x, i) => (x != null ? i : k), -1)
  const ends = [
    ...highlighted.map((h) => {
      const at = lastIndex(h.data)
      const d = h.data[at]!
      return { at, value: d.value as number, text: `${endName(h.name)} ${d.labelText}`, color: h.color, weight: 600 }
    }),
    ...(band ? [{ at: lastIndex(bands.map((b) => b.median)), text: msg(locale, 'distribution.median'), color: familyColor, weight: 400 }].map((m) => ({ ...m, value: bands[m.at].median! })) : []),
  ]
  const wanted = ends.map((e) => yPx(e.value))
  const placed = spreadLabels(wanted, LABEL_GAP, GRID.top, height - GRID.bottom)
  const toValue = (y: number) => scale.min + (1 - (y - GRID.top) / plotH) * (scale.max - scale.min)
  const endLabels = {
    type: 'scatter' as const,
    id: 'end-labels',
    data: ends.map((e, i) => ({ value: [e.at, toValue(placed[i])], label: { color: e.color, fontWeight: e.weight }, labelText: e.text })),
    symbolSize: 0,
    silent: true,
    tooltip: { show: false },
    label: { show: true, position: 'right' as const, distance: 6, fontSize: 11, formatter: (p: unknown) => ((p as { data?: { labelText?: string } }).data?.labelText ?? '') },
    z: 5,
  }

  return {
    aria: { enabled: true },
    animation: false,
    grid: { ...GRID, outerBoundsMode: 'none' },
    tooltip: { trigger: 'item', confine: true, formatter: itemTooltip },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      ...scale,
      name: unitLabel(ind, locale),
      axisLabel: { formatter: (v: number) => formatAxisValue(v, ind, locale, maxValue) },
    },
    series: [...context, ...peers, ...highlighted, endLabels],
  } as EChartsOption
}

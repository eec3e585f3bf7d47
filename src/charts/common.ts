/** Helpers shared by the option builders (pure). */
import { indicatorName } from '../queries/catalogue'
import type { Catalogue, IndicatorInfo, Locale, ValueRow } from '../queries/types'
import { escapeHtml } from './escape'
import { directionLabel, formatValue, qualifierLabel } from './format'
import { msg } from '../i18n/messages'
import { NAME_DISPLAY_MAX, shortName } from '../extract/names'
import { provenanceMark } from './provenance'

/** What a click on a bar, point or cell carries: enough to open the evidence panel. */
export interface ChartDatum {
  report_id: string
  indicator_id: string
}

/**
 * Every data item the builders emit carries the datum, its formatted label and its tooltip,
 * worked out when the option is built: no row object rides in the option (ECharts deep-copies
 * every data item on each setOption), and two options that serialise the same (ChartPanel draws
 * only an option whose JSON changed) show the same tooltips.
 */
export interface ItemData {
  value: unknown
  datum: ChartDatum
  labelText: string
  /** `tooltipHtml` of the item's row, without the series' colour marker (`itemTooltip` adds it). */
  tip: string
}

/** The shape of the ECharts formatter callback parameter we rely on. */
export interface FormatterParams {
  data?: unknown
  seriesName?: string
  marker?: string
  color?: unknown
}

export function agencyLabel(row: { agency: string; agency_en: string | null }, locale: Locale): string {
  return locale === 'en' ? (row.agency_en ?? row.agency) : row.agency
}

/** Characters of a name labels show: two lines of a Chinese axis label; the longest real English agency names (~80). */
const LABEL_MAX: Record<Locale, number> = { 'zh-CN': NAME_DISPLAY_MAX, en: 90 }

/** A name as labels show it, cut (`shortName`); tooltips and the evidence panel give the full name. */
export function shortLabel(name: string, locale: Locale): string {
  return shortName(name, LABEL_MAX[locale])
}

/** "江津区气象局" or "江津区气象局 2023" when the selection spans several years; a long name is cut (`shortLabel`). */
export function reportLabel(row: { agency: string; agency_en: string | null; year: number }, locale: Locale, withYear: boolean): string {
  const a = shortLabel(agencyLabel(row, locale), locale)
  return withYear ? `${a} ${row.year}` : a
}

export function indicatorOrThrow(cat: Catalogue, id: string): IndicatorInfo {
  const ind = cat.indicatorById.get(id)
  if (!ind) throw new Error(`Unknown indicator ${id}`)
  return ind
}

/** The number used to draw a bar/point: the value, or the midpoint of a range; null when not reported. */
export function plotValue(row: ValueRow): number | null {
  if (!row.reported) return null
  if (row.value != null) return row.value
  if (row.value_low != null && row.value_high != null) return (row.value_low + row.value_high) / 2
  return null
}

/** Distinct reports of the rows, in row order. */
export function reportsOf(rows: readonly ValueRow[]): ValueRow[] {
  const seen = new Set<string>()
  const out: ValueRow[] = []
  for (const r of rows) {
    if (!seen.has(r.report_id)) {
      seen.add(r.report_id)
      out.push(r)
    }
  }
  return out
}

export function spansYears(rows: readonly ValueRow[]): boolean {
  return new Set(rows.map((r) => r.year)).size > 1
}

export function itemOf(row: ValueRow, ind: IndicatorInfo, locale: Locale, value: unknown, withUnit = true): ItemData {
  return {
    value,
    datum: { report_id: row.report_id, indicator_id: row.indicator_id },
    labelText: formatValue(row, ind, locale, { withUnit }),
    tip: tooltipHtml(row, ind, locale),
  }
}

const LINE_BREAK = '<br/>'

/** Tooltip HTML for one (report, indicator), the report on its first line. Every string from the data is escaped. */
export function tooltipHtml(row: ValueRow, ind: IndicatorInfo, locale: Locale): string {
  const head = `<b>${escapeHtml(agencyLabel(row, locale))}</b> · ${escapeHtml(row.year)}`
  const value = escapeHtml(formatValue(row, ind, locale))
  const lines = [head, `${escapeHtml(indicatorName(ind, locale))}：<b>${value}</b>`]
  if (row.reported && row.qualifier && row.qualifier !== 'exact') {
    lines.push(`${escapeHtml(msg(locale, 'chart.qualifier'))}：${escapeHtml(qualifierLabel(row.qualifier, locale))}`)
  }
  if (row.reported && (row.method === 'manual' || row.reviewed)) {
    const how = msg(locale, row.method === 'manual' ? 'review.tooltip.manual' : 'review.tooltip.reviewed')
    lines.push(`<span style="color:${row.method === 'manual' ? '#8a4b00' : '#2e6b3a'}">${escapeHtml(`${provenanceMark(row)} ${how}`)}</span>`)
  }
  const dir = directionLabel(ind.direction, locale)
  if (dir) lines.push(`<span style="color:#6b7280">${escapeHtml(dir)}</span>`)
  return lines.join(LINE_BREAK)
}

/**
 * Tooltip formatter of item-triggered series whose data items are `ItemData`: the item's `tip`
 * with the series' marker where `tooltipHtml` puts it (after the first line, which is escaped
 * text and holds no line break).
 */
export function itemTooltip(params: unknown): string {
  const p = (Array.isArray(params) ? params[0] : params) as FormatterParams
  const tip = (p?.data as ItemData | undefined)?.tip
  if (!tip) return ''
  const at = tip.indexOf(LINE_BREAK) + LINE_BREAK.length
  return `${tip.slice(0, at)}${typeof p.marker === 'string' ? p.marker : ''}${tip.slice(at)}`
}

/** Label formatter reading the preformatted `labelText` of an item. */
export function itemLabel(params: unknown): string {
  const d = (params as FormatterParams)?.data as ItemData | undefined
  return d?.labelText ?? ''
}

/** Flat rows for a data table / CSV export of a chart. */
export interface TableRow extends Record<string, unknown> {
  agency: string
  year: number
  indicator: string
  value: string
  qualifier: string
  raw_value: number | null
  reported: boolean
  report_id: string
  indicator_id: string
  /** rule / derived / manual (README "Tables"), and whether a person reviewed it: exports carry both. */
  method: string | null
  reviewed: boolean | null
}

export function tableRows(rows: readonly ValueRow[], cat: Catalogue, locale: Locale): TableRow[] {
  return rows.map((r) => {
    const ind = indicatorOrThrow(cat, r.indicator_id)
    return {
      agency: agencyLabel(r, locale),
      year: r.year,
      indicator: indicatorName(ind, locale),
      value: formatValue(r, ind, locale),
      qualifier: r.reported ? qualifierLabel(r.qualifier, locale) : '',
      raw_value: r.reported ? r.value : null,
      reported: r.reported,
      report_id: r.report_id,
      indicator_id: r.indicator_id,
      method: r.reported ? (r.method ?? null) : null,
      reviewed: r.reported ? (r.reviewed ?? null) : null,
    }
  })
}

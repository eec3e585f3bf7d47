/**
 * THE formatter for numbers and units. Charts, tables, the evidence panel and exports
 * all format values through these functions so a value always reads the same way:
 *   86.5%   478.78万元   60 学时   430余 人次   ≥60 学时   8–10%   未报告
 */
import { msg } from '../i18n/messages'
import type { Locale, Qualifier, Unit } from '../queries/types'
import { showBidiControls } from '../extract/names'

export interface UnitInfo {
  unit: Unit
  unit_zh?: string | null
}

export interface ValueLike {
  value: number | null
  qualifier?: Qualifier | string | null
  value_low?: number | null
  value_high?: number | null
  /** The evidence text, used to choose 约 (prefix) or 余 (suffix) for approximate values. */
  evidence?: string | null
  /** false → not reported (formatted as 未报告 / not reported). */
  reported?: boolean
}

export interface FormatOptions {
  /** Append the unit word (件, 学时, …). Percent and 万元 are always shown. Default true. */
  withUnit?: boolean
}

const EN_UNITS: Record<string, string> = { 学时: 'hours' }

function numberLocale(locale: Locale): string {
  return locale === 'en' ? 'en-US' : 'zh-CN'
}

/** Intl.NumberFormat is costly to construct and every label, tooltip and summary formats numbers. */
const formatters = new Map<string, Intl.NumberFormat>()

/** A plain number: grouping separators, at most `maxFraction` decimals, no trailing zeros. */
export function formatNumber(n: number, locale: Locale, maxFraction = 2): string {
  const key = `${locale}|${maxFraction}`
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: maxFraction })))
  return f.format(n)
}

/** Scale for 元 amounts: zh uses 万/亿, en uses K/M/B. */
function yuanScale(maxAbs: number, locale: Locale): { div: number; suffix: string } {
  if (locale === 'en') {
    if (maxAbs >= 1e9) return { div: 1e9, suffix: 'B' }
    if (maxAbs >= 1e6) return { div: 1e6, suffix: 'M' }
    if (maxAbs >= 1e4) return { div: 1e3, suffix: 'K' }
    return { div: 1, suffix: '' }
  }
  if (maxAbs >= 1e8) return { div: 1e8, suffix: '亿' }
  if (maxAbs >= 1e4) return { div: 1e4, suffix: '万' }
  return { div: 1, suffix: '' }
}

/** The unit word after a count or hours value, or '' (en counts have none). */
export function unitWord(u: UnitInfo, locale: Locale): string {
  if (u.unit === 'pct' || u.unit === 'yuan') return ''
  if (u.unit === 'hours') return locale === 'en' ? 'hours' : (u.unit_zh ?? '学时')
  if (locale === 'en') return u.unit_zh && EN_UNITS[u.unit_zh] ? EN_UNITS[u.unit_zh] : ''
  return u.unit_zh ?? ''
}

/** The label for an axis or a chart's unit line: %, 元, 件, 学时 … */
export function unitLabel(u: UnitInfo, locale: Locale): string {
  if (u.unit === 'pct') return '%'
  if (u.unit === 'yuan') return locale === 'en' ? 'yuan (CNY)' : '元'
  if (u.unit === 'hours') return locale === 'en' ? 'hours' : (u.unit_zh ?? '学时')
  return unitWord(u, locale) || msg(locale, 'units.count')
}

function isApproxPrefix(evidence: string | null | undefined): boolean {
  return !!evidence && /约|大约|左右|近/.test(evidence)
}

/** Number part with unit scaling, e.g. 86.5%, 478.78万元, 4.79M; `core` already includes %/万元. */
function scaled(n: number, u: UnitInfo, locale: Locale, scaleFrom = Math.abs(n)): string {
  if (u.unit === 'pct') return `${formatNumber(n, locale)}%`
  if (u.unit === 'yuan') {
    const { div, suffix } = yuanScale(scaleFrom, locale)
    if (locale === 'en') return `¥${formatNumber(n / div, locale)}${suffix}`
    return `${formatNumber(n / div, locale)}${suffix}元`
  }
  return formatNumber(n, locale)
}

/** Split "86.5%" into number and trailing unit so qualifiers like 余 can sit between. */
function splitUnit(s: string): [string, string] {
  const m = /^(.*?)(%|万元|亿元|元|[KMB])?$/.exec(s)
  return m ? [m[1], m[2] ?? ''] : [s, '']
}

/**
 * Format an observation for display.
 * Missing (not reported) → 未报告 / not reported, never 0.
 */
export function formatValue(v: ValueLike, u: UnitInfo, locale: Locale, opts: FormatOptions = {}): string {
  const withUnit = opts.withUnit ?? true
  const q = v.qualifier ?? 'exact'
  const hasRange = q === 'range' && v.value_low != null && v.value_high != null
  if (v.reported === false || (v.value == null && !hasRange)) return msg(locale, 'chart.notReported')
  let core: string
  if (hasRange) {
    const scaleFrom = Math.max(Math.abs(v.value_low!), Math.abs(v.value_high!))
    const [lo] = splitUnit(scaled(v.value_low!, u, locale, scaleFrom))
    core = `${lo}–${scaled(v.value_high!, u, locale, scaleFrom)}`
  } else {
    core = scaled(v.value!, u, locale)
    if (q === 'at_least') core = `≥${core}`
    else if (q === 'at_most') core = `≤${core}`
    else if (q === 'approx') {
      if (locale === 'en') core = `~${core}`
      else if (u.unit === 'pct' || u.unit === 'yuan' || isApproxPrefix(v.evidence)) core = `约${core}`
      else core = `${core}余`
    }
  }
  const word = withUnit ? unitWord(u, locale) : ''
  return word ? `${core} ${word}` : core
}

/** Axis tick labels: 50%, 1,200, 400万 (yuan scaled by the axis maximum). */
export function formatAxisValue(n: number, u: UnitInfo, locale: Locale, axisMax = Math.abs(n)): string {
  if (u.unit === 'pct') return `${formatNumber(n, locale, 1)}%`
  if (u.unit === 'yuan') {
    const { div, suffix } = yuanScale(axisMax, locale)
    return `${formatNumber(n / div, locale)}${suffix}`
  }
  return formatNumber(n, locale)
}

/** Human name of a qualifier (exact, approximate, at least …). */
export function qualifierLabel(q: Qualifier | string | null | undefined, locale: Locale): string {
  if (!q) return ''
  const label = msg(locale, `qualifier.${q}`)
  return label.startsWith('qualifier.') ? q : label
}

/** "higher is better" / "lower is better" / '' */
export function directionLabel(direction: string, locale: Locale): string {
  if (direction === 'higher') return msg(locale, 'chart.higher')
  if (direction === 'lower') return msg(locale, 'chart.lower')
  return ''
}

/** ↑ / ↓ / '' */
export function directionArrow(direction: string): string {
  return direction === 'higher' ? '↑' : direction === 'lower' ? '↓' : ''
}

/** JSON that survives BigInt (as its digits). */
function jsonText(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? ''
}

/**
 * A raw database value as cell text (the SQL console): NULL stays visibly NULL, BigInt keeps all
 * its digits, dates/timestamps (Arrow gives epoch milliseconds) read as ISO, lists and structs as
 * JSON, long text is cut at `maxChars`. Rendered as text by the caller, never as HTML.
 */
export function formatRawCell(v: unknown, type = '', maxChars = 500): string {
  let s: string
  if (v == null) return 'NULL'
  if (typeof v === 'bigint') s = v.toString()
  else if (typeof v === 'number') {
    if (/^Date/.test(type) && Number.isFinite(v)) s = new Date(v).toISOString().slice(0, 10)
    else if (/^Timestamp/.test(type) && Number.isFinite(v)) s = new Date(v).toISOString().replace('T', ' ').replace(/\.000Z$|Z$/, '')
    else s = String(v)
  } else if (typeof v === 'string') s = v
  else if (typeof v === 'boolean') s = String(v)
  else if (v instanceof Date) s = v.toISOString()
  else if (v instanceof Uint8Array) s = `\\x${[...v.slice(0, maxChars / 2)].map((b) => b.toString(16).padStart(2, '0')).join('')}`
  else if (typeof (v as { toJSON?: unknown }).toJSON === 'function') s = jsonText((v as { toJSON(): unknown }).toJSON())
  else s = jsonText(v)
  s = showBidiControls(s)
  return s.length > maxChars ? `${s.slice(0, maxChars)}…` : s
}

/** Order of raw values for sorting console results: numbers/BigInt by size, text by locale, NULL last. */
export function compareRaw(a: unknown, b: unknown, locale: Locale): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return a < b ? -1 : a > b ? 1 : 0
  return formatRawCell(a, '', Infinity).localeCompare(formatRawCell(b, '', Infinity), numberLocale(locale), { numeric: true })
}

/**
 * Year-over-year change as people read it (pure): the signed change in the indicator's unit
 * (percentage points for rates), the change in percent, the year compared with ("较 2021 年": a
 * gap year is named, never filled), the direction-aware verdict and its colour (better green,
 * worse red, no direction or no change grey — never "up is green"). The pairs come from
 * `src/queries/yoy.ts`; this only words and colours them.
 */
import { msg } from '../i18n/messages'
import type { YoyChange, YoySummaryRow, Verdict } from '../queries/yoy'
import type { Catalogue, IndicatorInfo, Locale } from '../queries/types'
import { agencyLabel, indicatorOrThrow, shortLabel, type TableRow } from './common'
import { formatNumber, formatValue, unitLabel } from './format'

export type Tone = 'better' | 'worse' | 'neutral'

/** Colours of a verdict: better and worse, and grey for a change that is neither. */
export const TONE_COLORS: Record<Tone, string> = { better: '#2e8b57', worse: '#c8423b', neutral: '#8a94a3' }

export function toneOf(verdict: Verdict): Tone {
  return verdict === 'better' || verdict === 'worse' ? verdict : 'neutral'
}

/** A sign every reader sees: "+", or the minus sign "−" (not a hyphen); none for 0. */
function signed(n: number, text: string): string {
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text
}

/** "+6.5 个百分点", "−8 件", "+12.3万元", "+20" (en counts): the change in the indicator's unit. */
export function formatChange(change: number, ind: IndicatorInfo, locale: Locale): string {
  const abs = Math.abs(change)
  if (ind.unit === 'pct') return signed(change, msg(locale, 'yoy.points', { n: formatNumber(abs, locale) }))
  return signed(change, formatValue({ value: abs }, ind, locale))
}

/** The unit a change is read in: percentage points for rates, else the indicator's unit. */
export function changeUnitLabel(ind: IndicatorInfo, locale: Locale): string {
  return ind.unit === 'pct' ? msg(locale, 'yoy.pointsUnit') : unitLabel(ind, locale)
}

/** "+8.1%" of the previous value. */
export function formatPctChange(pct: number, locale: Locale): string {
  return signed(pct, `${formatNumber(Math.abs(pct), locale, 1)}%`)
}

/** 改善 / 退步 / 持平 / 变化 / 不可比. */
export function verdictLabel(verdict: Verdict, locale: Locale): string {
  return msg(locale, `yoy.${verdict}`)
}

/** "+6.5 个百分点（较 2021 年）", or "不可比（区间或上下限）". */
export function changeText(row: YoyChange, ind: IndicatorInfo, locale: Locale): string {
  if (row.change == null) return msg(locale, 'yoy.incomparableWhy')
  return msg(locale, 'yoy.change', { change: formatChange(row.change, ind, locale), year: row.prev_year })
}

/** The columns a data table / CSV gains for a report's change (empty when it has no previous value). */
export interface ChangeColumns {
  /** The year compared with. */
  vs_year: number | ''
  prev_value: string
  change: string
  change_pct: string
  verdict: string
  raw_change: number | null
  raw_change_pct: number | null
  /** better / worse / same / neutral / incomparable, for colour and tools. */
  verdict_code: Verdict | ''
}

export function changeColumns(row: YoyChange | undefined, ind: IndicatorInfo, locale: Locale): ChangeColumns {
  if (!row) return { vs_year: '', prev_value: '', change: '', change_pct: '', verdict: '', raw_change: null, raw_change_pct: null, verdict_code: '' }
  const prev = { value: row.prev_value, qualifier: row.prev_qualifier, value_low: row.prev_value_low, value_high: row.prev_value_high, evidence: row.prev_evidence }
  return {
    vs_year: row.prev_year,
    prev_value: formatValue(prev, ind, locale),
    change: row.change == null ? '' : formatChange(row.change, ind, locale),
    change_pct: row.pct_change == null ? '' : formatPctChange(row.pct_change, locale),
    verdict: verdictLabel(row.verdict, locale),
    raw_change: row.change,
    raw_change_pct: row.pct_change,
    verdict_code: row.verdict,
  }
}

/** Look up a value's change by its report and indicator. */
export function changeFinder<C extends YoyChange>(changes: readonly C[]): (row: { report_id: string; indicator_id: string }) => C | undefined {
  const by = new Map(changes.map((c) => [`${c.report_id}\u0000${c.indicator_id}`, c]))
  return (row) => by.get(`${row.report_id}\u0000${row.indicator_id}`)
}

/**
 * Data-table rows with each report's change added (matched by report and indicator); rows
 * unchanged when no report of them has a previous value (nothing to show, no empty columns).
 */
export function withChanges<T extends TableRow>(rows: readonly T[], changes: readonly YoyChange[], cat: Catalogue, locale: Locale): (T & Partial<ChangeColumns>)[] {
  const find = changeFinder(changes)
  if (!rows.some((r) => find(r))) return [...rows]
  return rows.map((r) => ({ ...r, ...changeColumns(find(r), indicatorOrThrow(cat, r.indicator_id), locale) }))
}

/** A piece of a summary line with its colour. */
export interface TonedText {
  text: string
  tone: Tone | null
}

/**
 * The Overview's year-over-year line of one indicator: "较上年：9 个单位改善，3 个退步，1 个持平；
 * 进步最大：东湖区司法局 +6.5 个百分点（较 2021 年）" (up/down for an indicator without a direction),
 * as coloured pieces. Null when no agency has an earlier figure to compare.
 */
export function yoySummaryLine(s: YoySummaryRow | undefined, ind: IndicatorInfo, locale: Locale): TonedText[] | null {
  if (!s || s.pairs === 0) return null
  const counts: [number, Verdict | 'up' | 'down', Tone | null][] = [
    [s.better, 'better', 'better'],
    [s.worse, 'worse', 'worse'],
    [s.up, 'up', null],
    [s.down, 'down', null],
    [s.same, 'same', null],
    [s.incomparable, 'incomparable', null],
  ]
  const parts: TonedText[] = [{ text: msg(locale, 'yoy.summary'), tone: null }]
  const shown = counts.filter(([n]) => n > 0)
  shown.forEach(([n, what, tone], i) => {
    if (i > 0) parts.push({ text: msg(locale, 'yoy.sep'), tone: null })
    parts.push({ text: msg(locale, 'yoy.count', { n, what: msg(locale, `yoy.${what}`) }), tone })
  })
  if (s.best?.change != null) {
    parts.push({ text: locale === 'en' ? '; ' : '；', tone: null })
    const agency = shortLabel(agencyLabel(s.best, locale), locale)
    parts.push({ text: msg(locale, 'yoy.best', { agency, change: formatChange(s.best.change, ind, locale), year: s.best.prev_year }), tone: 'better' })
  }
  return parts
}

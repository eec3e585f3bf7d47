/** Compact figure summaries for the Overview cards (pure, same formatter as the charts). */
import { indicatorName } from '../queries/catalogue'
import { msg } from '../i18n/messages'
import type { Catalogue, Locale, ValueRow } from '../queries/types'
import { agencyLabel, indicatorOrThrow, plotValue } from './common'
import { formatValue } from './format'

export interface IndicatorSummary {
  indicator_id: string
  name: string
  reported: number
  total: number
  /** "97%（船营区人民政府）", "70% 至 90%", or "所选报告均未报告". */
  text: string
}

export function summariseIndicator(rows: readonly ValueRow[], indicatorId: string, cat: Catalogue, locale: Locale): IndicatorSummary {
  const ind = indicatorOrThrow(cat, indicatorId)
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const rep = own.filter((r) => r.reported && plotValue(r) != null)
  let text: string
  if (rep.length === 0) text = msg(locale, 'overview.none')
  else if (rep.length === 1) text = msg(locale, 'overview.single', { value: formatValue(rep[0], ind, locale), agency: agencyLabel(rep[0], locale) })
  else {
    const sorted = [...rep].sort((a, b) => plotValue(a)! - plotValue(b)!)
    const lo = sorted[0]
    const hi = sorted[sorted.length - 1]
    text = msg(locale, 'overview.range', { min: formatValue(lo, ind, locale), max: formatValue(hi, ind, locale) })
  }
  return { indicator_id: indicatorId, name: indicatorName(ind, locale), reported: own.filter((r) => r.reported).length, total: own.length, text }
}

/** Compact figure summaries for the Overview cards (pure, same formatter as the charts). */
import { indicatorName } from '../queries/catalogue'
import { msg } from '../i18n/messages'
import type { Catalogue, Locale, ValueRow } from '../queries/types'
import type { SummaryRow } from '../queries/overviewSummary'
import { agencyLabel, indicatorOrThrow, plotValue, shortLabel } from './common'
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
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const rep = own.filter((r) => r.reported && plotValue(r) != null).sort((a, b) => plotValue(a)! - plotValue(b)!)
  return summary(cat, indicatorId, locale, { reported: own.filter((r) => r.reported).length, total: own.length, plotted: rep.length, lowest: rep[0], highest: rep[rep.length - 1] })
}

/**
 * The same summary from SQL aggregates (`overviewSummary` rows: lowest/highest figure and the
 * counts per indicator) for selections too large to read row by row; `total` = selected reports.
 */
export function summariseAggregate(rows: readonly SummaryRow[], indicatorId: string, total: number, cat: Catalogue, locale: Locale): IndicatorSummary {
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  return summary(cat, indicatorId, locale, {
    reported: own[0]?.reported_count ?? 0,
    total,
    plotted: own[0]?.plotted_count ?? 0,
    lowest: own.find((r) => r.is_lowest),
    highest: own.find((r) => r.is_highest),
  })
}

interface Figures {
  reported: number
  total: number
  /** Reports with a number to compare (value or range). */
  plotted: number
  lowest: ValueRow | undefined
  highest: ValueRow | undefined
}

function summary(cat: Catalogue, indicatorId: string, locale: Locale, f: Figures): IndicatorSummary {
  const ind = indicatorOrThrow(cat, indicatorId)
  let text: string
  if (f.plotted === 0 || !f.lowest || !f.highest) text = msg(locale, 'overview.none')
  else if (f.plotted === 1) text = msg(locale, 'overview.single', { value: formatValue(f.lowest, ind, locale), agency: shortLabel(agencyLabel(f.lowest, locale), locale) })
  else text = msg(locale, 'overview.range', { min: formatValue(f.lowest, ind, locale), max: formatValue(f.highest, ind, locale) })
  return { indicator_id: indicatorId, name: indicatorName(ind, locale), reported: f.reported, total: f.total, text }
}

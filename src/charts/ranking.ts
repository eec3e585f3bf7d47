/**
 * Rankings: the agency bars of one indicator in rank order (best at the top), each category
 * labelled with its rank. Ties show the same rank; reports that do not state the indicator
 * come last, without a rank and without a bar, marked 未报告 / not reported (never 0).
 * The ranks come from the query (`rankingFor`); this only draws them.
 */
import type { EChartsOption } from 'echarts'
import type { RankingRow } from '../queries/rankings'
import type { Catalogue, Locale } from '../queries/types'
import { buildAgencyBars } from './agencyBars'
import { reportLabel, spansYears, tableRows, type TableRow } from './common'

/** Ranked rows first (rank ascending, ties in their given order), then the unranked ones. */
export function sortByRank<T extends { rank: number | null }>(rows: readonly T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.rank ?? Infinity) - (b.r.rank ?? Infinity) || a.i - b.i)
    .map(({ r }) => r)
}

/** "1. 江津区气象局" (with the year when the rows span several years); "– 奉节县应急管理局" without a rank. */
export function rankedLabel(row: RankingRow, locale: Locale, withYear: boolean): string {
  const name = reportLabel(row, locale, withYear)
  return row.rank == null ? `–  ${name}` : `${row.rank}. ${name}`
}

/** At most this many bars are drawn; a longer ranking shows its top and keeps the rest in the table/CSV. */
export const RANKING_MAX_BARS = 40

/**
 * The rows a ranking chart draws, in order: every row when they fit in `maxBars`, else the
 * first `maxBars` ranked rows only (the not-reported ones are then listed beside the chart).
 */
export function rankingBars(rows: readonly RankingRow[], maxBars = RANKING_MAX_BARS): RankingRow[] {
  const ordered = sortByRank(rows)
  return ordered.length <= maxBars ? ordered : ordered.filter((r) => r.rank != null).slice(0, maxBars)
}

export function buildRankingChart(rows: readonly RankingRow[], indicatorId: string, cat: Catalogue, locale: Locale, maxBars = RANKING_MAX_BARS): EChartsOption {
  const ordered = rankingBars(rows.filter((r) => r.indicator_id === indicatorId), maxBars)
  const base = buildAgencyBars(ordered, indicatorId, cat, locale) as EChartsOption & { yAxis: Record<string, unknown> }
  const withYear = spansYears(ordered)
  return { ...base, yAxis: { ...base.yAxis, data: ordered.map((r) => rankedLabel(r, locale, withYear)) } }
}

/** Plot height: one band per drawn agency, like the Overview bars. */
export function rankingHeight(rows: readonly RankingRow[], maxBars = RANKING_MAX_BARS): number {
  return Math.max(180, rankingBars(rows, maxBars).length * 38 + 56)
}

/** Data-table / CSV rows in rank order, the rank first (empty when not reported). */
export function rankingTableRows(rows: readonly RankingRow[], cat: Catalogue, locale: Locale): (TableRow & { rank: number | '' })[] {
  const ordered = sortByRank(rows)
  return tableRows(ordered, cat, locale).map((t, i) => ({ rank: ordered[i].rank ?? '', ...t }))
}

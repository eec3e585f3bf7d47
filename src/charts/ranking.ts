/**
 * Rankings: every agency's bar of one indicator in rank order (best at the top), each labelled
 * with its rank; ties show the same rank; reports that do not state the indicator come last,
 * without a rank and without a bar, marked 未报告 / not reported (never 0). A long ranking
 * scrolls inside the chart (RANKING_WINDOW rows at a time) and opens at the first focus agency.
 * The ranks come from the query (`rankingFor`); this only draws them.
 */
import type { RankingRow } from '../queries/rankings'
import type { Catalogue, Locale } from '../queries/types'
import { spansYears, tableRows, type TableRow } from './common'
import { buildRankedBars, pickBars, placeRanked, sortByRank, type RankedBars } from './rankedBars'

/** Rows shown at once; a longer ranking scrolls. */
export const RANKING_WINDOW = 18

export function buildRankingChart(
  rows: readonly RankingRow[],
  indicatorId: string,
  cat: Catalogue,
  locale: Locale,
  focus: ReadonlySet<string> = new Set(),
  window = RANKING_WINDOW,
  /** Each bar states its year (each agency's latest report); by default when the years differ. */
  withYear?: boolean,
): RankedBars {
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const entries = pickBars(placeRanked(own), { top: Infinity, bottom: 0, focus })
  return buildRankedBars(entries, indicatorId, cat, locale, { focus, withYear: withYear ?? spansYears(own), window })
}

/** Data-table / CSV rows in rank order, the rank first (empty when not reported). */
export function rankingTableRows(rows: readonly RankingRow[], cat: Catalogue, locale: Locale): (TableRow & { rank: number | '' })[] {
  const ordered = sortByRank(rows)
  return tableRows(ordered, cat, locale).map((t, i) => ({ rank: ordered[i].rank ?? '', ...t }))
}

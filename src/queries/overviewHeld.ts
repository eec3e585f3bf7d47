/**
 * The Overview's headline charts of a small group drawn from one answer held for the group: every
 * report × every headline-family indicator, placed (`overviewHeadline` with `EVERY_AGENCY`), out
 * of which each chart's rows for the picked agencies and headline are picked here. Its question
 * names neither, so a change of picked agencies or of a family's headline asks DuckDB nothing: the
 * answer is the one already asked, and kept (src/db/queryCache.ts). A DuckDB-wasm round trip of a
 * question over a few reports costs ~15–20 ms of the worker's planning and running whatever its
 * rows, most of such a change's time at seed scale. Held up to OVERVIEW_MAX_REPORTS reports, as
 * the figure summaries read the same reports × indicators row by row: at the 300-agency city a
 * year's 7,500 rows took a year change ~130 ms of DuckDB time, and even its 1,200 rows of the four
 * headlines twice the ~40 ms of the picked agencies' rows (and ~25 ms more of the main thread),
 * more than the changes of picked agencies saved; a larger group is asked for its picked agencies
 * and headlines alone.
 */
import { HEADLINE_FAMILY_INDICATORS, EVERY_AGENCY, OVERVIEW_ENDS, OVERVIEW_MAX_REPORTS, overviewHeadline, type HeadlineRow } from './overview'
import type { Query, ReportFilter } from './types'

/** The question of the Overview's headline charts, and whether its answer is held whole (`shownHeadline` picks each chart's rows). */
export interface HeadlineQuestion {
  query: Query
  held: boolean
}

/** The headline question of the group `sel` of `reports` reports, with the families' `headlines` and the `focus` agencies picked. */
export function headlineQuestion(sel: ReportFilter, headlines: readonly string[], focus: readonly string[], reports: number): HeadlineQuestion {
  return reports <= OVERVIEW_MAX_REPORTS
    ? { query: overviewHeadline(sel, HEADLINE_FAMILY_INDICATORS, EVERY_AGENCY), held: true }
    : { query: overviewHeadline(sel, headlines, focus), held: false }
}

/**
 * The rows of `indicatorId` that `overviewHeadline` with these picked agencies and `ends` gives,
 * out of its answer for every agency (`held`, in the answer's order, which filtering keeps): a
 * row at an end of the placed ones, every row of a short group, and the picked agencies' rows.
 */
export function shownHeadline(held: readonly HeadlineRow[], indicatorId: string, focus: ReadonlySet<string>, ends = OVERVIEW_ENDS): HeadlineRow[] {
  const n = Math.max(0, Math.trunc(ends))
  return held.filter((r) => r.indicator_id === indicatorId && ((r.pos != null && (r.pos <= n || r.pos > r.plotted - n)) || r.total <= 2 * n + 2 || focus.has(r.agency)))
}

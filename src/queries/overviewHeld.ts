/**
 * The Overview's headline charts drawn from one answer held for the group: every report of it ×
 * some headline-family indicators, placed (`overviewHeadline` with `EVERY_AGENCY`), out of which
 * each chart's rows for the picked agencies and headline are picked here (`shownHeadline`). Its
 * question names no picked agency, so a change of them asks DuckDB nothing: the answer is the one
 * already asked, and kept (src/db/queryCache.ts). A DuckDB-wasm round trip costs ~10–20 ms of the
 * worker's planning and running whatever its rows (~7 ms of it planning), most of such a change's
 * time. What is held is bounded by rows, not agencies:
 * - a small group (up to OVERVIEW_MAX_REPORTS reports, as the figure summaries read it row by
 *   row) holds every headline-family indicator: a change of headline asks nothing either;
 * - a larger one, up to HELD_MAX_ROWS rows, holds the shown headlines: a change of headline asks
 *   one question, as it did. At the 300-agency city a year's 1,200 rows cost DuckDB-wasm the CPU
 *   of the picked agencies' ~90 (~9 ms: bench/questionCpu.ts), where every headline-family
 *   indicator's 7,500 rows cost ~25 ms and ~100 ms more of turning them into rows;
 * - a larger one still (a province's year) is asked for its picked agencies and headlines alone.
 * The build-time first view (./firstView.ts) keeps answers of a few hundred KB at most: while the
 * app shows it, before DuckDB answers (`whole` false), a larger group is asked as it holds them.
 */
import { HEADLINE_FAMILY_INDICATORS, EVERY_AGENCY, OVERVIEW_ENDS, OVERVIEW_MAX_REPORTS, overviewHeadline, type HeadlineRow } from './overview'
import type { Query, ReportFilter } from './types'

/** The question of the Overview's headline charts, and whether its answer is held whole (`shownHeadline` picks each chart's rows). */
export interface HeadlineQuestion {
  query: Query
  held: boolean
}

/** The most rows (reports × headlines) a larger group's held answer has. */
export const HELD_MAX_ROWS = 1500

/**
 * The headline question of the group `sel` of `reports` reports, with the families' `headlines`
 * and the `focus` agencies picked; `whole`: a larger group's answer may be held (DuckDB asked,
 * not the build-time first view).
 */
export function headlineQuestion(sel: ReportFilter, headlines: readonly string[], focus: readonly string[], reports: number, whole = true): HeadlineQuestion {
  if (reports <= OVERVIEW_MAX_REPORTS) return { query: overviewHeadline(sel, HEADLINE_FAMILY_INDICATORS, EVERY_AGENCY), held: true }
  if (whole && reports * headlines.length <= HELD_MAX_ROWS) return { query: overviewHeadline(sel, headlines, EVERY_AGENCY), held: true }
  return { query: overviewHeadline(sel, headlines, focus), held: false }
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

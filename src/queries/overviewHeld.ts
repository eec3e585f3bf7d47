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
 * - a larger one, up to HELD_MAX_ROWS rows, holds them too: at the 300-agency city a year's 7,500
 *   rows (300 reports × 25 indicators) cost DuckDB-wasm ~25 ms of CPU where the shown headlines'
 *   1,200 cost ~9 (bench/questionCpu.ts, round 52), but the answer is then the year's whatever
 *   is picked: a change of headline asks nothing, and the other years' answers are asked ahead
 *   in idle time once (`yearsAhead`), not again after every pick (the city's eight years held
 *   are ~15 MB of the page's heap);
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

/** The most rows (reports × headline-family indicators) a larger group's held answer has. */
export const HELD_MAX_ROWS = 8000

/**
 * The headline question of the group `sel` of `reports` reports, with the families' `headlines`
 * and the `focus` agencies picked; `whole`: a larger group's answer may be held (DuckDB asked,
 * not the build-time first view).
 */
export function headlineQuestion(sel: ReportFilter, headlines: readonly string[], focus: readonly string[], reports: number, whole = true): HeadlineQuestion {
  if (heldWhole(reports, whole)) return { query: overviewHeadline(sel, HEADLINE_FAMILY_INDICATORS, EVERY_AGENCY), held: true }
  return { query: overviewHeadline(sel, headlines, focus), held: false }
}

/** Is the answer of a group of `reports` reports held whole (`whole`: as `headlineQuestion`)? */
function heldWhole(reports: number, whole = true): boolean {
  return reports <= OVERVIEW_MAX_REPORTS || (whole && reports * HEADLINE_FAMILY_INDICATORS.length <= HELD_MAX_ROWS)
}

/** The most rows of other years' held answers asked ahead (`yearsAhead`): the 300-agency city's other seven years are 52,500. */
export const AHEAD_MAX_ROWS = 60_000

/**
 * The other years of `years` whose held answers are asked ahead when the group of `year` is
 * shown (its held answer asked): nearest first (the later of two as near), each year's answer
 * held (`reportsOf(year)` reports, as `headlineQuestion` holds them), while their rows add up to
 * at most `budget`.
 */
export function yearsAhead(year: number, years: readonly number[], reportsOf: (year: number) => number, budget = AHEAD_MAX_ROWS): number[] {
  const out: number[] = []
  let rows = 0
  for (const y of years.filter((y) => y !== year).sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a)) {
    const reports = reportsOf(y)
    const held = reports * HEADLINE_FAMILY_INDICATORS.length
    if (!heldWhole(reports) || rows + held > budget) continue
    rows += held
    out.push(y)
  }
  return out
}

/**
 * An answer's rows by indicator, in the answer's order: made once per answer, so that each chart
 * picks its rows (`shownHeadline`) out of its own indicator's (a city's year: 300 of 7,500), not
 * out of the whole answer again on every change of picked agencies or headline.
 */
export function rowsByIndicator(rows: readonly HeadlineRow[]): Map<string, HeadlineRow[]> {
  const out = new Map<string, HeadlineRow[]>()
  for (const r of rows) {
    const own = out.get(r.indicator_id)
    if (own) own.push(r)
    else out.set(r.indicator_id, [r])
  }
  return out
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

/**
 * Year-over-year change (同比): each report's value of an indicator against the same agency's
 * previous report that states it — the latest earlier year with a number, which need not be the
 * calendar year before ("较 2021 年" is stated, nothing is interpolated).
 *
 * Rules (tested in tests/queries/yoy.test.ts):
 * - Only stated values take part: a missing observation (未报告) is no value, and rejected values
 *   are already gone (corrections remove the row upstream, as every other query relies on). A
 *   report without a number for the indicator is skipped when looking back.
 * - The previous report is of a strictly earlier year (two reports of one year are not compared
 *   with each other; between two of the earlier year the larger report_id is taken).
 * - The change is computed only between two point figures: `exact`, `approx` (约/余) or `derived`
 *   values. A range (60–70%) or a bound (≥95%, ≤10) on either side makes the pair
 *   `incomparable`: it is listed with its previous year and value, without a change.
 * - `pct_change` = 100 · change / |previous|, null when the previous value is 0 (or incomparable).
 *   For `pct` indicators `change` is in percentage points.
 * - `verdict` follows the indicator's direction: `better`/`worse` for `higher`/`lower`,
 *   `neutral` for a change of an indicator without a better direction, `same` for no change.
 */
import { COUNTED_REPORTS, oneYearOnly, reportWhere } from './counted'
import { answersOfYear, COUNTED_VALUES, latestEarlier, pairColumns, PREVIOUS_COLUMNS, STATED, STATED_COLUMNS, valuesOf } from './derived'
import { inList, tidy } from './sql'
import type { Direction, Qualifier, Query, QueryParam, ReportFilter, YearRows } from './types'

export type Verdict = 'better' | 'worse' | 'same' | 'neutral' | 'incomparable'

export interface YoySelection extends ReportFilter {
  /** Indicator ids; empty/undefined = all. */
  indicators?: readonly string[]
  /**
   * Only each agency's latest report within the filter (as Rankings picks it), else every report
   * in it; `'year'`: its latest of each year (the stored summaries of every year, `YEAR_YOY`).
   */
  latestPerAgency?: boolean | 'year'
}

/** One report × indicator with a previous stated value of the same agency. */
export interface YoyRow {
  report_id: string
  agency: string
  agency_en: string | null
  year: number
  indicator_id: string
  direction: Direction
  value: number | null
  qualifier: Qualifier | null
  value_low: number | null
  value_high: number | null
  evidence: string | null
  prev_report_id: string
  prev_year: number
  prev_value: number | null
  prev_qualifier: Qualifier | null
  prev_value_low: number | null
  prev_value_high: number | null
  prev_evidence: string | null
  /** value − previous value; null when incomparable. */
  change: number | null
  /** Percent of the previous value; null when incomparable or the previous value is 0. */
  pct_change: number | null
  verdict: Verdict
}

/**
 * The pairs as a `pairs` CTE (plus the ones it needs); `params` receives the values in order.
 * `reportsOf`: the current reports are those of this CTE (already defined before, of reports in
 * the filter) — a query's own few rows (the Overview's headline charts) instead of the selection's.
 * Without a sector or region filter the pairs are read from `counted_values` (./derived.ts), filtered
 * by year and indicator first; a sector or region filter leaves earlier reports out, so then the
 * current values are found (filter, then join) and their previous ones searched among the
 * filter's reports.
 */
export function pairsCte(sel: YoySelection, params: QueryParam[], reportsOf?: string): string {
  const ctes: string[] = []
  const searched = Boolean(sel.sectors?.length || sel.regions?.length)
  const alias = searched ? 'r' : 'y'
  let inReports: string
  if (reportsOf) {
    inReports = `${alias}.report_id IN (SELECT report_id FROM ${reportsOf})`
  } else if (sel.latestPerAgency) {
    ctes.push(`picked AS (
      SELECT report_id FROM (
        SELECT r.report_id, row_number() OVER (PARTITION BY r.agency${sel.latestPerAgency === 'year' ? ', r.year' : ''} ORDER BY r.year DESC, r.report_id) AS pick
        FROM ${COUNTED_REPORTS} r WHERE ${reportWhere(sel, params)})
      WHERE pick = 1)`)
    inReports = `${alias}.report_id IN (SELECT report_id FROM picked)`
  } else {
    inReports = 'TRUE'
  }
  if (!searched) {
    // The year and agency filter again on the stored pairs (the current reports are in it): blocks of other years are skipped.
    ctes.push(`pairs AS (
      SELECT ${ROW_COLUMNS}, gain FROM ${COUNTED_VALUES} y
      WHERE y.prev_report_id IS NOT NULL AND ${inReports} AND ${reportWhere(sel, params, 'y')} AND ${inList('y.indicator_id', sel.indicators, params)})`)
    return ctes.join(',\n    ')
  }
  const stated = (where: string) => `
    SELECT ${STATED_COLUMNS}
    FROM ${COUNTED_REPORTS} r
    JOIN observations o ON o.report_id = r.report_id
    JOIN indicators i ON i.id = o.indicator_id
    WHERE ${where} AND ${inList('i.id', sel.indicators, params)} AND ${STATED}`
  ctes.push(`cur AS (${stated(`${inReports} AND ${reportWhere(sel, params)}`)})`)
  // Earlier reports are looked for in every year of the filter: the years choose only the current reports.
  ctes.push(`earlier AS (${stated(reportWhere({ ...sel, years: [] }, params))})`)
  ctes.push(`prev AS (${latestEarlier('cur', 'earlier')})`)
  ctes.push(`pairs AS (
      SELECT ${pairColumns()} FROM (
        SELECT c.*, ${PREVIOUS_COLUMNS}
        FROM cur c
        JOIN prev k ON k.report_id = c.report_id AND k.indicator_id = c.indicator_id
        JOIN earlier p ON p.report_id = k.prev_report_id AND p.indicator_id = k.indicator_id))`)
  return ctes.join(',\n    ')
}

/** The per-year rows `pairsCte` reads: the filter's values, unless a sector or region filter makes it search them. */
export const pairsRead = (sel: YoySelection): YearRows | undefined => (sel.sectors?.length || sel.regions?.length ? undefined : valuesOf(sel))

/** The columns `pairs` adds to a value: its previous stated value and the change. */
export const CHANGE_COLUMNS = `prev_report_id, prev_year, prev_value, prev_qualifier, prev_value_low, prev_value_high, prev_evidence, change, pct_change, verdict`

const ROW_COLUMNS = `report_id, agency, agency_en, year, indicator_id, direction, value, qualifier, value_low, value_high, evidence, ${CHANGE_COLUMNS}`

/** Every selected report × indicator that has a previous stated value, by agency, indicator, year. */
export function yoyChanges(sel: YoySelection): Query {
  const params: QueryParam[] = []
  return {
    sql: tidy(`WITH ${pairsCte(sel, params)} SELECT ${ROW_COLUMNS} FROM pairs ORDER BY agency, indicator_id, year, report_id`),
    params,
    perYear: pairsRead(sel),
  }
}

/** What a value's change is read from: the value's report and indicator, its previous stated value and the change. */
export type YoyChange = Pick<YoyRow, 'report_id' | 'indicator_id' | `prev_${string}` & keyof YoyRow | 'change' | 'pct_change' | 'verdict'>

export interface YoyRankRow extends YoyRow {
  /** 1 = most improved (ties share a rank); null when incomparable. */
  rank: number | null
}

/**
 * "Most improved" (进步最大): each agency's latest report within the filter (as `rankingFor` picks
 * it) against its previous stated value, ranked by the change in the better direction (largest
 * gain first; for an indicator without a direction, the largest increase first). Incomparable
 * pairs follow without a rank; agencies without a previous value have no row.
 */
export function yoyRanking(sel: ReportFilter & { indicator: string }): Query {
  const params: QueryParam[] = []
  const cte = pairsCte({ ...sel, indicators: [sel.indicator], latestPerAgency: true }, params)
  return {
    sql: tidy(`
      WITH ${cte}
      SELECT ${ROW_COLUMNS},
        CASE WHEN gain IS NULL THEN NULL ELSE CAST(rank() OVER (PARTITION BY gain IS NULL ORDER BY gain DESC) AS INTEGER) END AS rank
      FROM pairs
      ORDER BY rank NULLS LAST, agency, report_id`),
    params,
    perYear: pairsRead(sel),
  }
}

/** One row of `yoySummary` per indicator with a pair: the counts and the most improved and most worsened report. */
export interface YoySummaryRow {
  indicator_id: string
  /** Agencies (their latest report in the filter) with a previous stated value. */
  pairs: number
  better: number
  worse: number
  same: number
  /** Changes of an indicator without a better direction, up and down. */
  up: number
  down: number
  incomparable: number
  /** The largest gain (`best_*`) and the largest loss (`worst_*`); null when there is none. */
  best: YoyRow | null
  worst: YoyRow | null
}

/**
 * Per indicator: how each agency's latest report within the filter changed against its previous
 * stated value (improved, worsened, unchanged, up/down without a direction, incomparable), with
 * the most improved and the most worsened agency. The rows come back flat (`side` 'best' /
 * 'worst' / null) and `yoySummaries` folds them.
 */
export function yoySummary(sel: YoySelection): Query {
  const year = oneYearOnly(sel)
  if (year == null) return summaryOf(sel)
  const params: QueryParam[] = [year]
  return { sql: tidy(`SELECT * FROM ${YEAR_YOY} WHERE year = ? AND ${inList('indicator_id', sel.indicators, params)} ORDER BY indicator_id, side NULLS LAST`), params, perYear: answersOfYear(year, YEAR_YOY) }
}

/** The stored `yoySummary` of every year (./derivedTables.ts): a one-year filter, the one an analyst clicks through, reads it. */
export const YEAR_YOY = 'year_yoy'

/** `yoySummary` worked out in the question; `byYear`: of each year of the filter (what `YEAR_YOY` stores). */
export function summaryOf(sel: YoySelection, byYear = false): Query {
  const params: QueryParam[] = []
  const cte = pairsCte({ ...sel, latestPerAgency: byYear ? 'year' : true }, params)
  const by = byYear ? 'year, indicator_id' : 'indicator_id'
  return {
    sql: tidy(`
      WITH ${cte},
      counts AS (
        SELECT ${by},
          CAST(count(*) AS INTEGER) AS pairs,
          CAST(count(*) FILTER (WHERE verdict = 'better') AS INTEGER) AS better,
          CAST(count(*) FILTER (WHERE verdict = 'worse') AS INTEGER) AS worse,
          CAST(count(*) FILTER (WHERE verdict = 'same') AS INTEGER) AS same,
          CAST(count(*) FILTER (WHERE verdict = 'neutral' AND change > 0) AS INTEGER) AS up,
          CAST(count(*) FILTER (WHERE verdict = 'neutral' AND change < 0) AS INTEGER) AS down,
          CAST(count(*) FILTER (WHERE verdict = 'incomparable') AS INTEGER) AS incomparable,
          /* the first report in (largest gain of an improved one, agency, report), and in (largest loss of a worsened one, agency, report) */
          arg_min(report_id, {'none': verdict IS DISTINCT FROM 'better', 'gain': CASE WHEN verdict = 'better' THEN -gain ELSE 0 END, 'agency': agency, 'report': report_id}) AS best_id,
          arg_min(report_id, {'none': verdict IS DISTINCT FROM 'worse', 'gain': CASE WHEN verdict = 'worse' THEN gain ELSE 0 END, 'agency': agency, 'report': report_id}) AS worst_id
        FROM pairs
        GROUP BY ${by}
      )
      SELECT ${ROW_COLUMNS}, pairs, better, worse, same, up, down, incomparable,
        CASE WHEN report_id = best_id AND verdict = 'better' THEN 'best' WHEN report_id = worst_id AND verdict = 'worse' THEN 'worst' END AS side
      FROM pairs
      JOIN counts USING (${by})
      WHERE report_id = best_id OR report_id = worst_id
      ORDER BY ${by}, side NULLS LAST`),
    params,
    perYear: pairsRead(sel),
  }
}

/** A flat `yoySummary` row. */
export type YoySummaryFlat = YoyRow & Omit<YoySummaryRow, 'indicator_id' | 'best' | 'worst'> & { side: 'best' | 'worst' | null }

/** Fold `yoySummary`'s rows into one summary per indicator. */
export function yoySummaries(rows: readonly YoySummaryFlat[]): Map<string, YoySummaryRow> {
  const out = new Map<string, YoySummaryRow>()
  for (const r of rows) {
    let s = out.get(r.indicator_id)
    if (!s) {
      s = { indicator_id: r.indicator_id, pairs: r.pairs, better: r.better, worse: r.worse, same: r.same, up: r.up, down: r.down, incomparable: r.incomparable, best: null, worst: null }
      out.set(r.indicator_id, s)
    }
    if (r.side) s[r.side] = r
  }
  return out
}

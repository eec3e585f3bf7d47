/**
 * The Overview's figure summaries beyond OVERVIEW_MAX_REPORTS selected reports (./overview.ts): per
 * headline-family indicator the lowest and the highest stated figure with the reported count, read
 * from the stored `year_ends` for one year (./derivedTables.ts makes it with `summaryRows`) or
 * worked out in the question for any other filter.
 */
import { inList, tidy } from './sql'
import { oneYearOnly, reportWhere } from './counted'
import { answersOfYear, COUNTED_VALUES, valuesOf } from './derived'
import { HEADLINE_FAMILY_INDICATORS, STORED_VALUE_COLUMNS } from './overview'
import type { Query, QueryParam, ReportFilter, ValueRow } from './types'

/** Ties in order of agency, year and report (none last), as a struct's fields for `arg_min`. */
const TIES = `'no_agency': agency IS NULL, 'agency': coalesce(agency, ''), 'no_year': year IS NULL, 'year': coalesce(year, 0), 'report': report_id`

/** One row of `overviewSummary`: a lowest and/or highest figure of its indicator, with the counts. */
export interface SummaryRow extends ValueRow {
  /** Selected reports that state the indicator. */
  reported: true
  reported_count: number
  /** Of those, how many have a number to compare (a value or a range). */
  plotted_count: number
  is_lowest: boolean
  is_highest: boolean
}

/**
 * Per indicator: the report with the lowest and the one with the highest stated figure
 * (one row when they are the same), each carrying how many selected reports state the
 * indicator. Indicators nobody states have no row.
 */
export function overviewSummary(sel: ReportFilter, indicators: readonly string[] = HEADLINE_FAMILY_INDICATORS): Query {
  const year = oneYearOnly(sel)
  if (year == null) return summaryRows(sel, indicators)
  const params: QueryParam[] = [year]
  return { sql: tidy(`SELECT * FROM ${YEAR_ENDS} WHERE year = ? AND ${inList('indicator_id', indicators, params)} ORDER BY indicator_id, NOT is_lowest`), params, perYear: answersOfYear(year, YEAR_ENDS) }
}

/** The stored `overviewSummary` of every year and indicator (./derivedTables.ts): a one-year filter reads it. */
export const YEAR_ENDS = 'year_ends'

/** `overviewSummary` worked out in the question; `byYear`: of each year of the filter (what `YEAR_ENDS` stores). */
export function summaryRows(sel: ReportFilter, indicators: readonly string[] | undefined, byYear = false): Query {
  const params: QueryParam[] = []
  const by = byYear ? 'year, indicator_id' : 'indicator_id'
  const where = [inList('v.indicator_id', indicators, params), reportWhere(sel, params, 'v')].join(' AND ')
  return {
    sql: tidy(`
      WITH cells AS (
        SELECT ${STORED_VALUE_COLUMNS}, plot_value
        FROM ${COUNTED_VALUES} v
        WHERE ${where}
      ),
      /* the first report in (lowest figure, agency, year, report) and in (highest figure, agency, year, report); figures before none */
      ends AS (
        SELECT ${by},
          arg_min(report_id, {'none': plot_value IS NULL, 'figure': coalesce(plot_value, 0), ${TIES}}) AS lo_id,
          arg_min(report_id, {'none': plot_value IS NULL, 'figure': coalesce(-plot_value, 0), ${TIES}}) AS hi_id,
          count(*) AS n_reported,
          count(plot_value) AS n_plotted
        FROM cells
        GROUP BY ${by}
      )
      SELECT report_id, agency, agency_en, year, indicator_id, reported, value, qualifier, value_low, value_high, evidence,
        CAST(n_reported AS INTEGER) AS reported_count, CAST(n_plotted AS INTEGER) AS plotted_count,
        (report_id = lo_id) AS is_lowest, (report_id = hi_id) AS is_highest
      FROM cells
      JOIN ends USING (${by})
      WHERE report_id = lo_id OR report_id = hi_id
      ORDER BY ${by}, report_id <> lo_id`),
    params,
    perYear: valuesOf(sel),
  }
}

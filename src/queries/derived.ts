/**
 * Tables derived from the loaded ones, made once when the tables are loaded and again after
 * every change to them (src/db/duckdb.ts runs `DERIVED_TABLES_SQL`; Node callers of the queries
 * run it too), so a selection change does not repeat work that depends on the data alone:
 *
 * - `counted_reports`: the counted reports (./counted.ts), instead of two window functions over
 *   every report in every question;
 * - `yoy_previous`: for every stated value (a number or a range) of a counted report with an
 *   agency and a year, the report of the same agency's latest earlier stated value of the same
 *   indicator (of two reports in one year the larger id; ./yoy.ts), which the year-over-year
 *   questions of a selection without a sector or region filter look up instead of searching.
 *
 * Temporary tables on the views' connection: the SQL console's own connection does not see them.
 */
import { COUNTED_REPORTS, COUNTED_REPORTS_SELECT } from './counted'

export const YOY_PREVIOUS = 'yoy_previous'

/** A stated value: a number, or a range with both ends (alias `o` = observations). */
export const STATED = `(o.value IS NOT NULL OR (o.value_low IS NOT NULL AND o.value_high IS NOT NULL))`

/**
 * A report's year as text that sorts as the year does (years of up to 6 digits, ≥ 0): with the
 * report id appended, the latest earlier report (the larger report id of two in one year) is the
 * greatest key below the current year's.
 */
const YEAR_KEY = `lpad(CAST(year AS VARCHAR), 6, '0')`

/**
 * `(report_id, indicator_id, prev_report_id)` for each row of `cur` that has one: the row of
 * `earlier` of the same indicator (and agency, unless `sameAgency` is false) with the greatest
 * (year, report id) of an earlier year. Both are CTEs or subqueries with report_id, agency,
 * indicator_id and year. An ASOF join: no report is paired with every earlier one (one
 * observation per report and indicator, the data contract, so a value has at most one previous).
 */
export function latestEarlier(cur: string, earlier: string, sameAgency = true): string {
  return `SELECT c.report_id, c.indicator_id, p.report_id AS prev_report_id
    FROM (SELECT report_id, agency, indicator_id, ${YEAR_KEY} AS before FROM ${cur}) c
    ASOF JOIN (SELECT report_id, agency, indicator_id, ${YEAR_KEY} || chr(31) || report_id AS after FROM ${earlier}) p
      ON ${sameAgency ? 'p.agency = c.agency AND ' : ''}p.indicator_id = c.indicator_id AND c.before > p.after`
}

/**
 * `yoy_previous`. A named agency has one counted report a year (./counted.ts), so its previous
 * stated value is simply the one before in year order; reports with an empty agency are all
 * counted, several in one year, and are paired as ./yoy.ts pairs them (an agency of '' is
 * one agency). No agency (NULL) or no year: never paired.
 */
const YOY_PREVIOUS_SELECT = `
  WITH stated AS (
    SELECT o.report_id, o.indicator_id, r.agency, CAST(r.year AS INTEGER) AS year
    FROM observations o
    JOIN ${COUNTED_REPORTS} r ON r.report_id = o.report_id
    WHERE r.agency IS NOT NULL AND r.year IS NOT NULL AND ${STATED}
  ),
  unnamed AS (SELECT * FROM stated WHERE agency = '')
  SELECT report_id, indicator_id, prev_report_id FROM (
    SELECT report_id, indicator_id, lag(report_id) OVER (PARTITION BY agency, indicator_id ORDER BY year) AS prev_report_id
    FROM stated WHERE agency <> ''
  ) WHERE prev_report_id IS NOT NULL
  UNION ALL
  ${latestEarlier('unnamed', 'unnamed', false)}`

/** The derived tables, in the order they are made. */
export const DERIVED_TABLES: readonly string[] = [COUNTED_REPORTS, YOY_PREVIOUS]

/** The statements that (re)make the derived tables, in order. */
export const DERIVED_TABLES_SQL: readonly string[] = [
  `CREATE OR REPLACE TEMP TABLE ${COUNTED_REPORTS} AS ${COUNTED_REPORTS_SELECT}`,
  `CREATE OR REPLACE TEMP TABLE ${YOY_PREVIOUS} AS ${YOY_PREVIOUS_SELECT}`,
]

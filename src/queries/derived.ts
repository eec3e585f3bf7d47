/**
 * Tables derived from the loaded ones, made once when the tables are loaded and again after
 * every change to them (src/db/duckdb.ts runs `DERIVED_TABLES_SQL`; Node callers of the queries
 * run it too), so a selection change does not repeat work that depends on the data alone:
 *
 * - `counted_reports`: the counted reports (./counted.ts), instead of two window functions over
 *   every report in every question;
 * - `yoy_pairs`: every stated value (a number or a range) of a counted report with an agency and
 *   a year that has a previous one — the same agency's latest earlier stated value of the same
 *   indicator (of two reports in one year the larger id; ./yoy.ts) — with that previous value and
 *   the change, as ./yoy.ts's `pairs` gives them. The year-over-year questions of a selection
 *   without a sector or region filter read their pairs from it instead of pairing values: stored
 *   by year and indicator, a year's or an indicator's pairs are a filtered scan of a few blocks.
 *
 * Temporary tables on the views' connection: the SQL console's own connection does not see them.
 */
import { COUNTED_REPORTS, COUNTED_REPORTS_SELECT } from './counted'

export const YOY_PAIRS = 'yoy_pairs'

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

/** A point figure (exact, approximate or derived; not a range or a bound) of observation `o`. */
export const point = (o: string) => `(${o}.value IS NOT NULL AND coalesce(${o}.qualifier, 'exact') IN ('exact', 'approx', 'derived'))`

/** A stated value's columns as a pair shows them (aliases r = counted reports, i = indicators, o = observations). */
export const STATED_COLUMNS = `r.report_id, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year, i.id AS indicator_id, i.direction,
  CAST(o.value AS DOUBLE) AS value, o.qualifier, CAST(o.value_low AS DOUBLE) AS value_low, CAST(o.value_high AS DOUBLE) AS value_high, o.evidence,
  ${point('o')} AS point`

/** The previous value's columns a pair adds (alias `p`: the previous stated value, with STATED_COLUMNS). */
export const PREVIOUS_COLUMNS = `p.report_id AS prev_report_id, p.year AS prev_year, p.value AS prev_value, p.qualifier AS prev_qualifier,
  p.value_low AS prev_value_low, p.value_high AS prev_value_high, p.evidence AS prev_evidence, p.point AS prev_point`

/**
 * From rows of STATED_COLUMNS and PREVIOUS_COLUMNS: the pair's columns with the change, its
 * percent, the verdict and the gain (how much better, in the indicator's unit; by size without
 * a direction).
 */
export const PAIR_COLUMNS = `* EXCLUDE (point, prev_point),
  CASE WHEN point AND prev_point THEN CAST(round(value - prev_value, 9) AS DOUBLE) END AS change,
  CASE WHEN point AND prev_point AND prev_value <> 0 THEN CAST(100 * (value - prev_value) / abs(prev_value) AS DOUBLE) END AS pct_change,
  CASE
    WHEN NOT (point AND prev_point) THEN 'incomparable'
    WHEN value = prev_value THEN 'same'
    WHEN direction = 'higher' THEN CASE WHEN value > prev_value THEN 'better' ELSE 'worse' END
    WHEN direction = 'lower' THEN CASE WHEN value < prev_value THEN 'better' ELSE 'worse' END
    ELSE 'neutral'
  END AS verdict,
  CASE WHEN point AND prev_point THEN CASE WHEN direction = 'lower' THEN prev_value - value ELSE value - prev_value END END AS gain`

/**
 * `yoy_pairs`. A named agency has one counted report a year (./counted.ts), so its previous
 * stated value is simply the one before in year order; reports with an empty agency are all
 * counted, several in one year, and are paired as ./yoy.ts pairs them (an agency of '' is
 * one agency). No agency (NULL) or no year: never paired.
 */
const YOY_PAIRS_SELECT = `
  WITH stated AS (
    SELECT ${STATED_COLUMNS}
    FROM observations o
    JOIN ${COUNTED_REPORTS} r ON r.report_id = o.report_id
    JOIN indicators i ON i.id = o.indicator_id
    WHERE r.agency IS NOT NULL AND r.year IS NOT NULL AND ${STATED}
  ),
  named AS (
    SELECT *, lag(report_id) OVER w AS prev_report_id, lag(year) OVER w AS prev_year, lag(value) OVER w AS prev_value,
      lag(qualifier) OVER w AS prev_qualifier, lag(value_low) OVER w AS prev_value_low, lag(value_high) OVER w AS prev_value_high,
      lag(evidence) OVER w AS prev_evidence, lag(point) OVER w AS prev_point
    FROM stated WHERE agency <> ''
    WINDOW w AS (PARTITION BY agency, indicator_id ORDER BY year)
  ),
  unnamed AS (SELECT * FROM stated WHERE agency = ''),
  matched AS (
    SELECT * FROM named WHERE prev_report_id IS NOT NULL
    UNION ALL BY NAME
    SELECT c.*, ${PREVIOUS_COLUMNS}
    FROM (${latestEarlier('unnamed', 'unnamed', false)}) k
    JOIN unnamed c ON c.report_id = k.report_id AND c.indicator_id = k.indicator_id
    JOIN unnamed p ON p.report_id = k.prev_report_id AND p.indicator_id = k.indicator_id
  )
  SELECT ${PAIR_COLUMNS} FROM matched
  ORDER BY year, indicator_id`

/** The derived tables, in the order they are made. */
export const DERIVED_TABLES: readonly string[] = [COUNTED_REPORTS, YOY_PAIRS]

/** The statements that (re)make the derived tables, in order. */
export const DERIVED_TABLES_SQL: readonly string[] = [
  `CREATE OR REPLACE TEMP TABLE ${COUNTED_REPORTS} AS ${COUNTED_REPORTS_SELECT}`,
  `CREATE OR REPLACE TEMP TABLE ${YOY_PAIRS} AS ${YOY_PAIRS_SELECT}`,
]

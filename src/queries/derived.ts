/**
 * Tables derived from the loaded ones, so a selection change does not repeat work that depends
 * on the data alone. ./derivedTables.ts makes them: `counted_reports` when the tables are loaded
 * and after every change to them; the rest a year at a time, when a question first reads the
 * year (its `perYear`, `valuesOf` / `answersOfYear`). src/db/duckdb.ts runs them; Node callers
 * of the queries run them too.
 *
 * - `counted_reports`: the counted reports (./counted.ts), instead of two window functions over
 *   every report in every question;
 * - `counted_values`: every observation of a counted report with its report's agency, year, sector
 *   and region, the indicator's direction and the drawn number (`plot_value`); and, for a stated
 *   value (a number or a range) of a report with an agency and a year, the same agency's latest
 *   earlier stated value of the same indicator (of two reports in one year the larger id;
 *   ./yoy.ts) with the change, as ./yoy.ts's `pairs` gives them (`prev_report_id` null without
 *   one). The questions read values and pairs from it instead of joining and pairing on every
 *   selection change: stored by year and indicator, a year's or an indicator's rows are a
 *   filtered scan of a few blocks. Each value's place in its year and indicator (`year_pos`,
 *   1 = best, ties in agency and report order; `year_rank`, ties sharing one) as the Overview's
 *   headline charts place the reports of one year;
 * - `year_stats`: per year and indicator the counted reports, those with a drawn number, and the
 *   numbers' quartiles, which those charts draw beside their rows;
 * - `all_stats` and `all_places`: the same of all years together (every report, those without a
 *   year too), as the Overview's headline charts place the reports when nothing is filtered:
 *   per indicator the distribution, and each value's place (`pos`, ties in agency, year and
 *   report order; `rank`), made once every year's values are;
 * - `year_yoy` and `year_ends`: ./yoy.ts's `yoySummary` and ./overviewSummary.ts's `overviewSummary` of
 *   a year, which a one-year filter reads.
 *
 * Temporary tables on the views' connection: the SQL console's own connection does not see them.
 */
import { COUNTED_REPORTS } from './counted'
import type { QueryParam, ReportFilter, YearRows } from './types'

export const COUNTED_VALUES = 'counted_values'

/** The values a question over the filter's reports reads: those of its years (of every year when it has none), of its indicators (of every one when it names none). */
export const valuesOf = (sel: ReportFilter & { indicators?: readonly string[] }): YearRows => ({
  years: sel.years?.length ? [...sel.years] : null,
  ...(sel.indicators?.length ? { indicators: [...sel.indicators] } : {}),
})

/** What a question of one year reads: its values and the stored answers `tables` of the year (null: of every year, and `tables` of all years together). */
export const answersOfYear = (year: number | null, ...tables: string[]): YearRows => ({ years: year == null ? null : [year], answers: tables })
export const YEAR_STATS = 'year_stats'
/** `year_stats` and the places of `counted_values` of all years together (the selection of no filter). */
export const ALL_STATS = 'all_stats'
export const ALL_PLACES = 'all_places'

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
 * `earlier` of the same agency and indicator with the greatest
 * (year, report id) of an earlier year. Both are CTEs or subqueries with report_id, agency,
 * indicator_id and year. An ASOF join: no report is paired with every earlier one (one
 * observation per report and indicator, the data contract, so a value has at most one previous).
 */
export function latestEarlier(cur: string, earlier: string): string {
  return `SELECT c.report_id, c.indicator_id, p.report_id AS prev_report_id
    FROM (SELECT report_id, agency, indicator_id, ${YEAR_KEY} AS before FROM ${cur}) c
    ASOF JOIN (SELECT report_id, agency, indicator_id, ${YEAR_KEY} || chr(31) || report_id AS after FROM ${earlier}) p
      ON p.agency = c.agency AND p.indicator_id = c.indicator_id AND c.before > p.after`
}

/** A point figure (exact, approximate or derived; not a range or a bound) of observation `o`. */
export const point = (o: string) => `(${o}.value IS NOT NULL AND coalesce(${o}.qualifier, 'exact') IN ('exact', 'approx', 'derived'))`

/** An observation's value columns as a pair shows them (alias o = observations). */
const OBSERVED_COLUMNS = `CAST(o.value AS DOUBLE) AS value, o.qualifier, CAST(o.value_low AS DOUBLE) AS value_low, CAST(o.value_high AS DOUBLE) AS value_high, o.evidence,
  ${point('o')} AS point`

/** A stated value's columns as a pair shows them (aliases r = counted reports, i = indicators, o = observations). */
export const STATED_COLUMNS = `r.report_id, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year, i.id AS indicator_id, i.direction,
  ${OBSERVED_COLUMNS}`

/** What a pair takes of the previous stated value, each as `prev_<column>`. */
const PREVIOUS = ['report_id', 'year', 'value', 'qualifier', 'value_low', 'value_high', 'evidence', 'point'] as const

/** The previous value's columns a pair adds (alias `p`: the previous stated value, with STATED_COLUMNS). */
export const PREVIOUS_COLUMNS = PREVIOUS.map((c) => `p.${c} AS prev_${c}`).join(', ')

/**
 * From rows of STATED_COLUMNS and PREVIOUS_COLUMNS: the pair's columns with the change, its
 * percent, the verdict and the gain (how much better, in the indicator's unit; by size without
 * a direction); all null without a previous value. `drop`: further columns to leave out.
 */
export const pairColumns = (...drop: string[]): string => `* EXCLUDE (${['point', 'prev_point', ...drop].join(', ')}),
  CASE WHEN point AND prev_point THEN CAST(round(value - prev_value, 9) AS DOUBLE) END AS change,
  CASE WHEN point AND prev_point AND prev_value <> 0 THEN CAST(100 * (value - prev_value) / abs(prev_value) AS DOUBLE) END AS pct_change,
  CASE
    WHEN prev_report_id IS NULL THEN NULL
    WHEN NOT (point AND prev_point) THEN 'incomparable'
    WHEN value = prev_value THEN 'same'
    WHEN direction = 'higher' THEN CASE WHEN value > prev_value THEN 'better' ELSE 'worse' END
    WHEN direction = 'lower' THEN CASE WHEN value < prev_value THEN 'better' ELSE 'worse' END
    ELSE 'neutral'
  END AS verdict,
  CASE WHEN point AND prev_point THEN CASE WHEN direction = 'lower' THEN prev_value - value ELSE value - prev_value END END AS gain`

/** Best first: the order of drawn numbers (`plot_value`) by the indicator's `direction`. */
export const BEST_FIRST = `CASE WHEN direction = 'lower' THEN plot_value ELSE -plot_value END`

/** The drawn number of observation `o`: the value, or the midpoint of a stated range (as the charts draw it). */
export const PLOT_VALUE = 'CAST(coalesce(o.value, (o.value_low + o.value_high) / 2) AS DOUBLE)'

/**
 * A year's rows are made for the indicators a question reads (./derivedTables.ts): the view's
 * headline ones first, the rest in idle time. A statement of some indicators lists them in PIECE
 * `?` slots or a multiple of it (unused ones NULL, which matches no indicator): a handful of
 * prepared statements for any set.
 */
const PIECE = 4

/** `column IN (?, …)` of `indicators` (pushed onto `params`, padded with NULL to a multiple of PIECE); null: every indicator (TRUE). */
export function indicatorsIn(column: string, indicators: readonly string[] | null, params: QueryParam[]): string {
  if (indicators == null) return 'TRUE'
  const slots = Math.max(PIECE, Math.ceil(indicators.length / PIECE) * PIECE)
  for (let k = 0; k < slots; k++) params.push(indicators[k] ?? null)
  return `${column} IN (${Array(slots).fill('?').join(', ')})`
}

/**
 * `counted_values` of one year's counted reports (`year`; null: the reports without a year), of
 * the `indicators` given (null: of every one), its `?`
 * values pushed onto `params`. A value's previous stated value is the same agency's
 * stated value of the latest earlier year (./yoy.ts's pairing): a named agency has one counted
 * report a year (./counted.ts); reports with an empty agency are all counted, several in one
 * year, and an agency of '' pairs as one agency (of two earlier reports in one year the larger
 * id). No agency (NULL) or no year, or no stated value: never paired. A year's rows of an
 * indicator depend on that year and earlier ones alone and on no other indicator, so the table
 * is made a year and a few indicators at a time (./derivedTables.ts).
 */
export function countedValuesSelect(year: number | null, indicators: readonly string[] | null, params: QueryParam[]): string {
  const of = (where: string) => `
    SELECT ${STATED_COLUMNS}, r.sector, r.region, o.method, o.reviewed, ${PLOT_VALUE} AS plot_value,
      (r.agency IS NOT NULL AND r.year IS NOT NULL AND ${STATED}) AS paired
    FROM observations o
    JOIN ${COUNTED_REPORTS} r ON r.report_id = o.report_id
    JOIN indicators i ON i.id = o.indicator_id
    WHERE ${where}`
  if (year != null) params.push(year)
  const v = of(`${year == null ? 'r.year IS NULL' : 'CAST(r.year AS INTEGER) = ?'} AND ${indicatorsIn('o.indicator_id', indicators, params)}`)
  if (year != null) params.push(year)
  const earlier = `${year == null ? 'FALSE' : 'r.agency IS NOT NULL AND CAST(r.year AS INTEGER) < ?'} AND ${indicatorsIn('o.indicator_id', indicators, params)}`
  const read = indicatorsIn('o.indicator_id', indicators, params)
  return `
  WITH v AS (${v}),
  /* per agency and indicator, the stated value of the latest earlier year (of two in one year, the larger report id): the
     key columns alone, without the indicators (a value of an unknown one pairs with nothing in v) */
  latest AS (
    SELECT r.agency, o.indicator_id, max({'year': CAST(r.year AS INTEGER), 'report': r.report_id}) AS prev
    FROM observations o
    JOIN ${COUNTED_REPORTS} r ON r.report_id = o.report_id
    WHERE ${earlier} AND ${STATED}
    GROUP BY r.agency, o.indicator_id
  ),
  /* its observation read by key (it is of a counted report and a known indicator: latest's) */
  previous AS (
    SELECT c.report_id, c.indicator_id, ${PREVIOUS_COLUMNS}
    FROM v c
    JOIN (
      SELECT k.agency, k.indicator_id, o.report_id, k.prev.year AS year, ${OBSERVED_COLUMNS}
      FROM latest k JOIN observations o ON o.report_id = k.prev.report AND o.indicator_id = k.indicator_id
      WHERE ${read}
    ) p ON p.agency = c.agency AND p.indicator_id = c.indicator_id
    WHERE c.paired
  )
  SELECT *,
    CASE WHEN plot_value IS NOT NULL THEN CAST(row_number() OVER (PARTITION BY year, indicator_id, plot_value IS NULL ORDER BY ${BEST_FIRST}, agency, report_id) AS INTEGER) END AS year_pos,
    CASE WHEN plot_value IS NOT NULL THEN CAST(rank() OVER (PARTITION BY year, indicator_id, plot_value IS NULL ORDER BY ${BEST_FIRST}) AS INTEGER) END AS year_rank
  FROM (SELECT ${pairColumns('paired')} FROM v LEFT JOIN previous USING (report_id, indicator_id))
  ORDER BY indicator_id`
}

/** `year_stats` of one year of the `indicators` given (null: of every one), its `?` values pushed onto `params`: per indicator the counted reports, those with a drawn number and the numbers' distribution. */
export function yearStatsSelect(year: number, indicators: readonly string[] | null, params: QueryParam[]): string {
  params.push(year, year)
  const which = indicatorsIn('i.id', indicators, params)
  return `
  SELECT y.year, i.id AS indicator_id, CAST(y.total AS INTEGER) AS total, CAST(coalesce(s.plotted, 0) AS INTEGER) AS plotted, s.lo, s.q1, s.med, s.q3, s.hi
  FROM (SELECT CAST(year AS INTEGER) AS year, count(*) AS total FROM ${COUNTED_REPORTS} WHERE CAST(year AS INTEGER) = ? GROUP BY ALL) y
  CROSS JOIN indicators i
  LEFT JOIN (
    SELECT year, indicator_id, count(plot_value) AS plotted, min(plot_value) AS lo, quantile_cont(plot_value, 0.25) AS q1, median(plot_value) AS med,
      quantile_cont(plot_value, 0.75) AS q3, max(plot_value) AS hi
    FROM ${COUNTED_VALUES} WHERE year = ? GROUP BY ALL
  ) s ON s.year = y.year AND s.indicator_id = i.id
  WHERE ${which}
  ORDER BY y.year, i.id`
}

/** `all_stats`: `year_stats` of all years together (every counted report and value). */
export const ALL_STATS_SELECT = `
  SELECT i.id AS indicator_id, CAST(y.total AS INTEGER) AS total, CAST(coalesce(s.plotted, 0) AS INTEGER) AS plotted, s.lo, s.q1, s.med, s.q3, s.hi
  FROM (SELECT count(*) AS total FROM ${COUNTED_REPORTS}) y
  CROSS JOIN indicators i
  LEFT JOIN (
    SELECT indicator_id, count(plot_value) AS plotted, min(plot_value) AS lo, quantile_cont(plot_value, 0.25) AS q1, median(plot_value) AS med,
      quantile_cont(plot_value, 0.75) AS q3, max(plot_value) AS hi
    FROM ${COUNTED_VALUES} GROUP BY ALL
  ) s ON s.indicator_id = i.id
  ORDER BY i.id`

/** `all_places`: each value's place among all years' values of its indicator (`year_pos` and `year_rank` of all years; ties in agency, year and report order). */
export const ALL_PLACES_SELECT = `
  SELECT report_id, agency, indicator_id,
    CASE WHEN plot_value IS NOT NULL THEN CAST(row_number() OVER (PARTITION BY indicator_id, plot_value IS NULL ORDER BY ${BEST_FIRST}, agency, year, report_id) AS INTEGER) END AS pos,
    CASE WHEN plot_value IS NOT NULL THEN CAST(rank() OVER (PARTITION BY indicator_id, plot_value IS NULL ORDER BY ${BEST_FIRST}) AS INTEGER) END AS rank
  FROM ${COUNTED_VALUES}
  ORDER BY indicator_id, pos`

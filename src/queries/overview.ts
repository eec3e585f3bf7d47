/**
 * What the Overview asks. Each headline chart is one query at any size (`overviewHeadline`: the
 * best and worst reports, the picked agencies' and the group's distribution). The figure
 * summaries read every report × headline-family indicator (`overviewValues`) up to
 * OVERVIEW_MAX_REPORTS selected reports; beyond that (a province: thousands of agencies over
 * many years) they are aggregated in SQL: per indicator the lowest and highest stated figure
 * with the reported count (`overviewSummary`, ./overviewSummary.ts), so the answers stay a few
 * hundred rows whatever the size of the tables.
 */
import { catalogue, HEADLINE_FAMILIES } from './catalogue'
import { valuesForSelection } from './index'
import { inList, tidy } from './sql'
import { COUNTED_REPORTS, oneYearOnly, reportWhere, unfiltered } from './counted'
import { ALL_PLACES, ALL_STATS, answersOfYear, BEST_FIRST, COUNTED_VALUES, valuesOf, YEAR_STATS } from './derived'
import { CHANGE_COLUMNS, pairsCte, type YoyChange, type YoyRow } from './yoy'
import type { Query, QueryParam, ReportFilter, ValueRow } from './types'

export const OVERVIEW_MAX_REPORTS = 40

/** A `ValueRow`'s columns of a stored value (alias v = counted_values, ./derived.ts). */
export const STORED_VALUE_COLUMNS = 'v.report_id, v.agency, v.agency_en, v.year, v.indicator_id, TRUE AS reported, v.value, v.qualifier, v.value_low, v.value_high, v.evidence, v.method, v.reviewed'

/** The year-over-year change columns (./yoy.ts), each read from the relation `alias`. */
const CHANGE_LIST = CHANGE_COLUMNS.split(', ')
const changeColumnsOf = (alias: string) => CHANGE_LIST.map((c) => `${alias}.${c}`).join(', ')

/** Every indicator of the four headline families (the Overview shows them all in its summaries). */
export const HEADLINE_FAMILY_INDICATORS: readonly string[] = catalogue.indicators
  .filter((i) => (HEADLINE_FAMILIES as readonly string[]).includes(i.family))
  .map((i) => i.id)

/** Every selected report × every headline-family indicator, reported or not. */
export function overviewValues(sel: ReportFilter): Query {
  return valuesForSelection({ ...sel, indicators: HEADLINE_FAMILY_INDICATORS })
}

/** Best and worst rows the Overview chart draws of each headline indicator (and a short list whole). */
export const OVERVIEW_ENDS = 5

/** A headline row's change against the agency's previous stated value (as `yoyChanges` gives it; null without one). */
type HeadlineChange = { [K in keyof YoyRow as K extends `prev_${string}` | 'change' | 'pct_change' | 'verdict' ? K : never]?: YoyRow[K] | null }

/** One row of `overviewHeadline`: a report to draw, its place, the whole group's distribution, and its change. */
export interface HeadlineRow extends ValueRow, HeadlineChange {
  /** 1 = best; ties share a rank; null when the report has no number for the indicator. */
  rank: number | null
  /** Place among the reports with a number (1 = best; ties in agency, year order); null without one. */
  pos: number | null
  /** Reports in the group with a number, and in all. */
  plotted: number
  total: number
  /** Distribution of the numbers: minimum, quartiles, median, maximum (null when none). */
  lo: number | null
  q1: number | null
  med: number | null
  q3: number | null
  hi: number | null
}

/**
 * What the Overview draws of each headline indicator for any number of reports, in one question
 * for all its charts: per indicator the `ends` best and worst reports that state it, the reports
 * of the `focus` agencies (stated or not), or every report when there are at most 2·ends + 2;
 * each with its rank and place among the reports with a number, and on every row the group's
 * count and distribution of that indicator (quartiles of the drawn number: the value, or a
 * range's midpoint). At most 2·ends + focus rows per indicator, whatever the group's size; by
 * indicator id, then place.
 * Each row also carries its change against the agency's previous stated value, exactly as
 * `yoyChanges` pairs it, worked out for these few rows only (the chart's table shows it).
 * The group of one year (no other filter), the one an analyst clicks through, and that of all
 * years (no filter at all) are read as stored (`storedHeadline`); any other is placed in the
 * question (`rankedHeadline`).
 */
export function overviewHeadline(sel: ReportFilter, indicators: readonly string[], focus: Focus = [], ends = OVERVIEW_ENDS): Query {
  const year = oneYearOnly(sel)
  if (year != null || unfiltered(sel)) return storedHeadline(year, indicators, focus, ends)
  return rankedHeadline(sel, indicators, focus, ends)
}

/** A headline row's distribution columns (alias t: the stored distribution). */
const STATS_COLUMNS = 't.plotted, t.total, CAST(t.lo AS DOUBLE) AS lo, CAST(t.q1 AS DOUBLE) AS q1, CAST(t.med AS DOUBLE) AS med, CAST(t.q3 AS DOUBLE) AS q3, CAST(t.hi AS DOUBLE) AS hi'

/** Every agency picked: a headline question of it lists every report of the group (./overviewHeld.ts picks its rows). */
export const EVERY_AGENCY = '*'
/** The picked agencies of a headline question: those named, or every one (`EVERY_AGENCY`). */
export type Focus = readonly string[] | typeof EVERY_AGENCY

/** The picked agencies as one `?` (joined by FOCUS_SEP, which no agency name holds): the question's text is the same whatever their number. */
const FOCUS_SEP = '\u001f'
/** `column` is one of the picked agencies (their one parameter pushed onto `params`); FALSE when none is picked, TRUE when every one is. */
function picked(column: string, focus: Focus, params: QueryParam[]): string {
  if (focus === EVERY_AGENCY) return 'TRUE'
  if (!focus.length) return 'FALSE'
  params.push(focus.join(FOCUS_SEP))
  return `list_contains(string_split(?, chr(31)), ${column})`
}

/**
 * `overviewHeadline` of one year (null: of all years, nothing filtered, `allYearsHeadline`): the
 * places and the distribution stored per year (./derived.ts), the changes on the stored values.
 * One pass over the year's reports × the headline indicators, each with its stated value if any
 * (a row to draw when the value is at an end, the group is short or the agency picked), not a
 * union of the stated and the unstated rows searched apart: DuckDB-wasm's time on a question of
 * a few hundred rows goes to planning and running its operators, not to its rows (DuckDB-wasm
 * plans a prepared question with parameters again on every run). The picked agencies are one
 * parameter: the text is the same for every year and any picked agencies, so a change reuses the
 * prepared statement instead of preparing one more (a round trip of its own).
 */
export function storedHeadline(year: number | null, indicators: readonly string[], focus: Focus = [], ends = OVERVIEW_ENDS): Query {
  if (year == null) return allYearsHeadline(indicators, focus, ends)
  const params: QueryParam[] = []
  const n = Math.max(0, Math.trunc(ends))
  /** The year (a parameter: one statement for every year, `?` pushed in turn). */
  const theYear = () => (params.push(year), 'CAST(? AS INTEGER)')
  /** Those of the headline indicators (`?` pushed in turn). */
  const headline = (column: string) => (indicators.length ? inList(column, indicators, params) : 'FALSE')
  // The year's stated values of the headline indicators, each with its place.
  const values = `SELECT *, year_rank AS rank, year_pos AS pos FROM ${COUNTED_VALUES} WHERE year = ${theYear()} AND ${headline('indicator_id')}`
  const where = [`t.year = ${theYear()}`, headline('t.indicator_id')].join(' AND ')
  const focused = picked('g.agency', focus, params)
  return {
    sql: tidy(`
      SELECT g.report_id, g.agency, g.agency_en, CAST(g.year AS INTEGER) AS year, t.indicator_id, v.report_id IS NOT NULL AS reported,
        v.value, v.qualifier, v.value_low, v.value_high, v.evidence, v.rank, v.pos, ${STATS_COLUMNS}, ${changeColumnsOf('v')}
      FROM ${YEAR_STATS} t JOIN ${COUNTED_REPORTS} g ON CAST(g.year AS INTEGER) = t.year
      LEFT JOIN (${values}) v ON v.report_id = g.report_id AND v.indicator_id = t.indicator_id
      WHERE ${where} AND (v.pos <= ${n} OR v.pos > t.plotted - ${n} OR t.total <= ${2 * n + 2} OR ${focused})
      ORDER BY t.indicator_id, v.pos NULLS LAST, g.agency, year, g.report_id`),
    params,
    perYear: { ...answersOfYear(year, YEAR_STATS), indicators },
  }
}

/**
 * `overviewHeadline` of all years, nothing filtered: the few drawn places first (all_places), then
 * their values read by key, and the unstated rows of the picked agencies (every report's when the
 * group is short). Over all years the group is every report: a pass over every report × headline
 * indicator, as a year's question makes, would cost more than these few rows searched apart.
 */
function allYearsHeadline(indicators: readonly string[], focus: Focus, ends: number): Query {
  const params: QueryParam[] = []
  const n = Math.max(0, Math.trunc(ends))
  const headline = (column: string) => (indicators.length ? inList(column, indicators, params) : 'FALSE')
  const places = `SELECT p.report_id, p.indicator_id, p.rank, p.pos FROM ${ALL_PLACES} p JOIN ${ALL_STATS} t ON t.indicator_id = p.indicator_id
    WHERE ${headline('p.indicator_id')} AND (p.pos <= ${n} OR p.pos > t.plotted - ${n} OR t.total <= ${2 * n + 2} OR ${picked('p.agency', focus, params)})`
  const stated = `FROM (${places}) p JOIN ${COUNTED_VALUES} v ON v.report_id = p.report_id AND v.indicator_id = p.indicator_id WHERE ${headline('v.indicator_id')}`
  const missing = headline('i.id')
  const missingFocus = picked('g.agency', focus, params)
  return {
    sql: tidy(`
      WITH stated AS (
        SELECT v.report_id, v.agency, v.agency_en, v.year, v.indicator_id, TRUE AS reported, v.value, v.qualifier, v.value_low, v.value_high, v.evidence,
          p.rank, p.pos, ${changeColumnsOf('v')}
        ${stated}
      ),
      shown AS (
        SELECT * FROM stated
        UNION ALL BY NAME
        /* the reports that do not state the indicator: listed when the group is short, or an agency is picked;
           such a report's stated values are all in stated, so only those few rows are searched */
        SELECT g.report_id, g.agency, g.agency_en, CAST(g.year AS INTEGER) AS year, i.id AS indicator_id, FALSE AS reported
        FROM ${COUNTED_REPORTS} g
        JOIN indicators i ON ${missing}
        JOIN ${ALL_STATS} t ON t.indicator_id = i.id
        WHERE (t.total <= ${2 * n + 2} OR ${missingFocus})
          AND NOT EXISTS (SELECT 1 FROM stated c WHERE c.report_id = g.report_id AND c.indicator_id = i.id)
      )
      SELECT s.report_id, s.agency, s.agency_en, s.year, s.indicator_id, s.reported, s.value, s.qualifier, s.value_low, s.value_high, s.evidence,
        s.rank, s.pos, ${STATS_COLUMNS}, ${changeColumnsOf('s')}
      FROM shown s
      JOIN ${ALL_STATS} t ON t.indicator_id = s.indicator_id
      ORDER BY s.indicator_id, s.pos NULLS LAST, s.agency, s.year, s.report_id`),
    params,
    perYear: answersOfYear(null, ALL_STATS, ALL_PLACES),
  }
}

/** `overviewHeadline` of any group: its reports placed and their distribution worked out in the question. */
export function rankedHeadline(sel: ReportFilter, indicators: readonly string[], focus: Focus = [], ends = OVERVIEW_ENDS): Query {
  const params: QueryParam[] = []
  const group = reportWhere(sel, params)
  const stated = [inList('v.indicator_id', indicators, params), reportWhere(sel, params, 'v')].join(' AND ')
  params.push(ends, ends, 2 * ends + 2)
  const every = focus === EVERY_AGENCY
  const inFocus = every ? 'TRUE' : inList('agency', focus, params)
  const focused = inFocus === 'TRUE' && !every ? 'FALSE' : inFocus
  const missing = inList('i.id', indicators, params)
  params.push(2 * ends + 2)
  const missingFocus = every ? 'TRUE' : inList('g.agency', focus, params)
  // Without a sector or region filter a value's change is the one stored with it (./yoy.ts's pairsCte reads the same).
  const searched = Boolean(sel.sectors?.length || sel.regions?.length)
  return {
    sql: tidy(`
      WITH grp AS (
        SELECT r.report_id, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year FROM ${COUNTED_REPORTS} r WHERE ${group}
      ),
      cells AS (
        SELECT ${STORED_VALUE_COLUMNS}, plot_value, direction, (SELECT count(*) FROM grp) AS total, ${changeColumnsOf('v')}
        FROM ${COUNTED_VALUES} v
        WHERE ${indicators.length ? stated : 'FALSE'}
      ),
      placed AS (
        SELECT *,
          CASE WHEN plot_value IS NOT NULL THEN row_number() OVER (PARTITION BY indicator_id, plot_value IS NULL ORDER BY ${BEST_FIRST}, agency, year, report_id) END AS pos,
          CASE WHEN plot_value IS NOT NULL THEN rank() OVER (PARTITION BY indicator_id, plot_value IS NULL ORDER BY ${BEST_FIRST}) END AS rnk,
          count(plot_value) OVER (PARTITION BY indicator_id) AS plotted
        FROM cells
      ),
      stats AS (
        SELECT indicator_id, count(plot_value) AS plotted, min(plot_value) AS lo, quantile_cont(plot_value, 0.25) AS q1, median(plot_value) AS med,
          quantile_cont(plot_value, 0.75) AS q3, max(plot_value) AS hi
        FROM cells
        GROUP BY indicator_id
      ),
      shown AS (
        SELECT report_id, agency, agency_en, year, indicator_id, reported, value, qualifier, value_low, value_high, evidence, rnk, pos, total, ${CHANGE_COLUMNS}
        FROM placed
        WHERE pos <= ? OR pos > plotted - ? OR total <= ? OR (${focused})
        UNION ALL
        /* the reports that do not state the indicator: listed when the group is short, or an agency is picked */
        SELECT g.report_id, g.agency, g.agency_en, g.year, i.id, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT count(*) FROM grp), ${CHANGE_LIST.map(() => 'NULL').join(', ')}
        FROM grp g
        JOIN indicators i ON ${indicators.length ? missing : 'FALSE'}
        WHERE ((SELECT count(*) FROM grp) <= ? OR ${missingFocus === 'TRUE' && !every ? 'FALSE' : missingFocus})
          AND NOT EXISTS (SELECT 1 FROM cells c WHERE c.report_id = g.report_id AND c.indicator_id = i.id)
      )${searched ? `,
      ${pairsCte({ ...sel, indicators }, params, 'shown')}` : ''}
      SELECT s.report_id, s.agency, s.agency_en, s.year, s.indicator_id, s.reported, s.value, s.qualifier, s.value_low, s.value_high, s.evidence,
        CAST(s.rnk AS INTEGER) AS rank, CAST(s.pos AS INTEGER) AS pos, CAST(coalesce(t.plotted, 0) AS INTEGER) AS plotted, CAST(s.total AS INTEGER) AS total,
        CAST(t.lo AS DOUBLE) AS lo, CAST(t.q1 AS DOUBLE) AS q1, CAST(t.med AS DOUBLE) AS med, CAST(t.q3 AS DOUBLE) AS q3, CAST(t.hi AS DOUBLE) AS hi,
        ${changeColumnsOf(searched ? 'y' : 's')}
      FROM shown s
      LEFT JOIN stats t ON t.indicator_id = s.indicator_id
      ${searched ? 'LEFT JOIN pairs y ON y.report_id = s.report_id AND y.indicator_id = s.indicator_id' : ''}
      ORDER BY s.indicator_id, s.pos NULLS LAST, s.agency, s.year, s.report_id`),
    params,
    perYear: valuesOf(sel),
  }
}

/** The headline rows with a previous value to compare: their changes, as `withChanges` reads them. */
export function headlineChanges(rows: readonly HeadlineRow[]): (HeadlineRow & YoyChange)[] {
  return rows.filter((r): r is HeadlineRow & YoyChange => r.verdict != null && r.prev_report_id != null)
}

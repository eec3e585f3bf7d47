/**
 * Every question the app asks the database, as `{ sql, params }`.
 *
 * - Only `?` positional parameters; lists are expanded by `inList`.
 * - Integer columns are CAST to INTEGER and numbers to DOUBLE so both DuckDB-wasm
 *   (Arrow) and @duckdb/node-api return plain JS numbers, never BigInt.
 * - A missing observation row means "not reported": queries that build a matrix
 *   LEFT JOIN observations and expose `reported` plus `value = NULL`, never 0.
 */
import { inList, tidy } from './sql'
import { COUNTED_REPORTS, reportWhere } from './counted'
import { STATED } from './derived'
import type { Query, QueryParam, ReportFilter } from './types'

export * from './types'
export { inList } from './sql'
export * from './rankings'
export * from './explore'
export * from './review'
export { COUNTED_REPORTS, reportWhere } from './counted'
export * from './yoy'

/**
 * The report list's columns (`ReportRow`) in their order, those read as integers, and the list's
 * order: one definition for its SQL and for src/db/reportList.ts, which reads the same list from
 * the served table file.
 */
export const REPORT_LIST = {
  columns: [
    'report_id', 'title', 'agency', 'agency_en', 'region', 'sector', 'year', 'script', 'chars',
    'source_file', 'sha256', 'content_sha256', 'duplicate_of', 'imported_at',
    'corrected_fields', 'original_meta', 'review_by', 'review_at', 'review_note',
  ],
  integers: ['year', 'chars'],
  order: ['agency', 'year', 'report_id'],
} as const

const REPORT_COLUMNS = REPORT_LIST.columns.map((c) => ((REPORT_LIST.integers as readonly string[]).includes(c) ? `CAST(r.${c} AS INTEGER) AS ${c}` : `r.${c}`)).join(', ')

/** The columns of a `ValueRow` (aliases r = reports, i = indicators, o = observations). */
export const VALUE_COLUMNS = `
  r.report_id, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year,
  i.id AS indicator_id,
  (o.indicator_id IS NOT NULL) AS reported,
  CAST(o.value AS DOUBLE) AS value,
  o.qualifier,
  CAST(o.value_low AS DOUBLE) AS value_low,
  CAST(o.value_high AS DOUBLE) AS value_high,
  o.evidence, o.method, o.reviewed`

/** An observation's review trail and the extractor's confidence (alias o = observations). */
const TRAIL_COLUMNS = `CAST(o.original_value AS DOUBLE) AS original_value, o.original_indicator, o.review_by, o.review_at, o.review_note,
  CAST(o.confidence AS DOUBLE) AS confidence, o.confidence_reasons`

/** All reports, by agency then year. */
export function listReports(): Query {
  return { sql: tidy(`SELECT ${REPORT_COLUMNS} FROM reports r ORDER BY ${REPORT_LIST.order.map((c) => `r.${c}`).join(', ')}`), params: [] }
}

/** Metadata of one report (0 or 1 row). */
export function reportMeta(reportId: string): Query {
  return { sql: tidy(`SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.report_id = ?`), params: [reportId] }
}

export interface ValuesSelection extends ReportFilter {
  /** Indicator ids; empty/undefined = all indicators (or all of `family`). */
  indicators?: readonly string[]
  family?: string | null
}

/**
 * One row per selected report × selected indicator, with the observation if any.
 * Rows are ordered by agency, year, then catalogue order.
 * Used by Overview, Compare, Trends (no year filter) and Coverage.
 */
export function valuesForSelection(sel: ValuesSelection): Query {
  const params: QueryParam[] = []
  const where = [
    inList('i.id', sel.indicators, params),
    sel.family ? (params.push(sel.family), 'i.family = ?') : 'TRUE',
    reportWhere(sel, params),
  ].join(' AND ')
  return {
    sql: tidy(`
      SELECT ${VALUE_COLUMNS}
      FROM ${COUNTED_REPORTS} r
      CROSS JOIN indicators i
      LEFT JOIN observations o ON o.report_id = r.report_id AND o.indicator_id = i.id
      WHERE ${where}
      ORDER BY r.agency, r.year, r.report_id, i.sort, i.id`),
    params,
  }
}

/** Values across all years for the given agencies and indicators (the Trends view). */
export function yearSeries(sel: Omit<ReportFilter, 'years'> & { indicators: readonly string[] }): Query {
  return valuesForSelection({ ...sel, years: undefined })
}

/** The agency × indicator matrix: every report in the filter × every indicator (optionally one family). */
export function coverageMatrix(sel: ReportFilter & { family?: string | null }): Query {
  return valuesForSelection({ ...sel, family: sel.family ?? null })
}

/**
 * Everything about one (report, indicator): value, qualifier, evidence and its offsets.
 * Returns one row if both the report and the indicator exist (reported or not), else none.
 */
export function evidenceFor(reportId: string, indicatorId: string): Query {
  return {
    sql: tidy(`
      SELECT ${VALUE_COLUMNS},
        r.title, r.sha256,
        CAST(o.start AS INTEGER) AS start, CAST(o."end" AS INTEGER) AS "end",
        ${TRAIL_COLUMNS}
      FROM reports r
      CROSS JOIN indicators i
      LEFT JOIN observations o ON o.report_id = r.report_id AND o.indicator_id = i.id
      WHERE r.report_id = ? AND i.id = ?`),
    params: [reportId, indicatorId],
  }
}

/** The original text of one report (0 or 1 row). */
export function reportText(reportId: string): Query {
  return { sql: tidy(`SELECT report_id, text FROM report_texts WHERE report_id = ?`), params: [reportId] }
}

/** The observations of one report in text order, for highlighting. */
export function reportObservations(reportId: string): Query {
  return {
    sql: tidy(`
      SELECT o.indicator_id, CAST(o.value AS DOUBLE) AS value, o.qualifier,
        CAST(o.value_low AS DOUBLE) AS value_low, CAST(o.value_high AS DOUBLE) AS value_high,
        o.evidence, CAST(o.start AS INTEGER) AS start, CAST(o."end" AS INTEGER) AS "end", o.method, o.reviewed,
        ${TRAIL_COLUMNS}
      FROM observations o
      LEFT JOIN indicators i ON i.id = o.indicator_id
      WHERE o.report_id = ?
      ORDER BY o.start NULLS LAST, o."end", i.sort, o.indicator_id`),
    params: [reportId],
  }
}

/** Per indicator, the counted reports that state a value for it (what the headline defaults are chosen by). */
export function indicatorReports(): Query {
  return {
    sql: tidy(`
      SELECT o.indicator_id, CAST(count(DISTINCT o.report_id) AS INTEGER) AS reports
      FROM observations o
      WHERE o.report_id IN (SELECT report_id FROM ${COUNTED_REPORTS}) AND ${STATED}
      GROUP BY o.indicator_id
      ORDER BY o.indicator_id`),
    params: [],
  }
}

/**
 * Row counts of the tables the views need, to check the dataset after loading (texts load later):
 * reports and observations as the charts count them (one report per agency and year).
 */
export function tableCounts(): Query {
  return {
    sql: tidy(`
      SELECT
        (SELECT CAST(count(*) AS INTEGER) FROM indicators) AS indicators,
        (SELECT CAST(count(*) AS INTEGER) FROM ${COUNTED_REPORTS}) AS reports,
        (SELECT CAST(count(*) AS INTEGER) FROM observations WHERE report_id IN (SELECT report_id FROM ${COUNTED_REPORTS})) AS observations`),
    params: [],
  }
}

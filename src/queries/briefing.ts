/**
 * What a briefing (Word 简报, Excel workbook, deck) says about a chart, asked of DuckDB with the
 * same selection the chart shows: the figures of its generated paragraph (`briefingFigures`),
 * each value with its source (`briefingValues`) and the selection in words (`briefingScope`).
 * The numbers come from SQL; src/export only puts them into sentences.
 *
 * The selected reports are the filter's reports, or with `latestPerAgency` (Rankings) each
 * agency's latest report within it, as `rankingFor` picks them.
 */
import { inList, tidy } from './sql'
import { COUNTED_REPORTS, reportWhere } from './counted'
import type { EvidenceRow, Qualifier, Query, QueryParam, ReportFilter } from './types'

export interface BriefingSelection extends ReportFilter {
  /** The indicators the chart shows. */
  indicators: readonly string[]
  /** One report per agency, its latest within the years (the Rankings view). */
  latestPerAgency?: boolean
}

/** At most this many agencies are named for a highest or lowest figure (`tied` counts them all). */
export const FIGURE_NAMES = 3

/** The number a chart draws: the value, or the midpoint of a stated range. */
const PLOT_VALUE = 'CAST(coalesce(o.value, (o.value_low + o.value_high) / 2) AS DOUBLE)'

/** `sel`: the selected reports with the report columns a briefing cites. */
function selectedReports(sel: ReportFilter & { latestPerAgency?: boolean }, params: QueryParam[]): string {
  const where = reportWhere(sel, params)
  const cols = `r.report_id, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year, r.title, r.source_file, r.sector, r.region`
  if (!sel.latestPerAgency) return `sel AS (SELECT ${cols} FROM ${COUNTED_REPORTS} r WHERE ${where})`
  return `sel AS (
    SELECT * EXCLUDE (pick) FROM (
      SELECT ${cols}, row_number() OVER (PARTITION BY r.agency ORDER BY r.year DESC, r.report_id) AS pick
      FROM ${COUNTED_REPORTS} r WHERE ${where})
    WHERE pick = 1)`
}

/** `cells`: every selected report × chart indicator, with the observation if any. */
function cells(sel: BriefingSelection, params: QueryParam[]): string {
  const reports = selectedReports(sel, params)
  const indicators = inList('i.id', sel.indicators, params)
  return `${reports},
    cells AS (
      SELECT s.*, i.id AS indicator_id, i.sort, i.direction,
        (o.indicator_id IS NOT NULL) AS reported,
        CAST(o.value AS DOUBLE) AS value, o.qualifier,
        CAST(o.value_low AS DOUBLE) AS value_low, CAST(o.value_high AS DOUBLE) AS value_high,
        o.evidence, o.method, o.reviewed,
        CAST(o.original_value AS DOUBLE) AS original_value, o.original_indicator, o.review_by, o.review_at, o.review_note,
        CAST(o.start AS INTEGER) AS start, CAST(o."end" AS INTEGER) AS "end",
        ${PLOT_VALUE} AS plot_value
      FROM sel s
      CROSS JOIN indicators i
      LEFT JOIN observations o ON o.report_id = s.report_id AND o.indicator_id = i.id
      WHERE ${indicators})`
}

/**
 * One row of `briefingFigures`. Every indicator with selected reports has at least one row;
 * the counts and the median repeat on each. `side` is null when no report states a number,
 * else the row is one of the (up to FIGURE_NAMES) reports with the highest or lowest figure.
 */
export interface FigureRow {
  indicator_id: string
  /** Selected reports, and the agencies they belong to. */
  reports: number
  agencies: number
  /** Reports that state the indicator, and their agencies. */
  reporting: number
  reporting_agencies: number
  /** Of those, how many give a number (a value or a range). */
  plotted: number
  /** Stated values not (yet) reviewed by a person (`observations.reviewed` not true). */
  unreviewed: number
  /** Median of the numbers (ranges by midpoint); null when none. */
  median: number | null
  side: 'highest' | 'lowest' | null
  /** Reports sharing this highest/lowest figure. */
  tied: number | null
  report_id: string | null
  agency: string | null
  agency_en: string | null
  year: number | null
  value: number | null
  qualifier: Qualifier | null
  value_low: number | null
  value_high: number | null
  evidence: string | null
}

/** Coverage, highest and lowest (with their agencies), median and unreviewed count per indicator. */
export function briefingFigures(sel: BriefingSelection, names = FIGURE_NAMES): Query {
  const params: QueryParam[] = []
  const withCells = cells(sel, params)
  params.push(names)
  return {
    sql: tidy(`
      WITH ${withCells},
      stats AS (
        SELECT indicator_id, any_value(sort) AS sort,
          CAST(count(*) AS INTEGER) AS reports,
          CAST(count(DISTINCT agency) AS INTEGER) AS agencies,
          CAST(count(*) FILTER (WHERE reported) AS INTEGER) AS reporting,
          CAST(count(DISTINCT agency) FILTER (WHERE reported) AS INTEGER) AS reporting_agencies,
          CAST(count(plot_value) AS INTEGER) AS plotted,
          CAST(count(*) FILTER (WHERE reported AND NOT coalesce(reviewed, false)) AS INTEGER) AS unreviewed,
          CAST(median(plot_value) AS DOUBLE) AS median,
          max(plot_value) AS hi, min(plot_value) AS lo
        FROM cells
        GROUP BY indicator_id
      ),
      extremes AS (
        SELECT c.*, t.side,
          count(*) OVER (PARTITION BY c.indicator_id, t.side) AS tied,
          row_number() OVER (PARTITION BY c.indicator_id, t.side ORDER BY c.agency, c.year, c.report_id) AS n
        FROM cells c
        JOIN stats s ON s.indicator_id = c.indicator_id
        CROSS JOIN (VALUES ('highest'), ('lowest')) AS t(side)
        WHERE c.plot_value = CASE t.side WHEN 'highest' THEN s.hi ELSE s.lo END
      )
      SELECT s.indicator_id, s.reports, s.agencies, s.reporting, s.reporting_agencies, s.plotted, s.unreviewed, s.median,
        e.side, CAST(e.tied AS INTEGER) AS tied,
        e.report_id, e.agency, e.agency_en, e.year, e.value, e.qualifier, e.value_low, e.value_high, e.evidence
      FROM stats s
      LEFT JOIN extremes e ON e.indicator_id = s.indicator_id AND e.n <= ?
      ORDER BY s.sort, s.indicator_id, e.side, e.n`),
    params,
  }
}

/**
 * One selected report × chart indicator with the value and where it comes from: what the
 * evidence panel shows (value, qualifier, sentence and offsets, method, review, report title)
 * and the report's file, sector and region.
 */
export interface SourceRow extends Omit<EvidenceRow, 'sha256' | 'confidence' | 'confidence_reasons'> {
  source_file: string | null
  sector: string | null
  region: string | null
}

/**
 * Every selected report × chart indicator, by indicator; within one, the reports that state it
 * first, best first by the indicator's direction (as Rankings orders them), then by agency and year.
 */
export function briefingValues(sel: BriefingSelection): Query {
  const params: QueryParam[] = []
  const withCells = cells(sel, params)
  return {
    sql: tidy(`
      WITH ${withCells}
      SELECT report_id, agency, agency_en, year, title, source_file, sector, region, indicator_id, reported,
        value, qualifier, value_low, value_high, evidence, method, reviewed,
        original_value, original_indicator, review_by, review_at, review_note, start, "end"
      FROM cells
      ORDER BY sort, indicator_id, reported DESC,
        CASE WHEN direction = 'lower' THEN plot_value ELSE -plot_value END NULLS LAST,
        agency, year, report_id`),
    params,
  }
}

/** One row of `briefingScope`: the whole selection (`kind = 'all'`), one of its years or one of its sectors. */
export interface ScopeRow {
  kind: 'all' | 'year' | 'sector'
  /** The year or sector ('' for all, and for reports without a sector). */
  name: string
  reports: number
  agencies: number
}

/** The selected reports counted in all, per year and per sector (sectors by size), for the selection in words. */
export function briefingScope(sel: ReportFilter & { latestPerAgency?: boolean }): Query {
  const params: QueryParam[] = []
  const reports = selectedReports(sel, params)
  const counts = 'CAST(count(*) AS INTEGER) AS reports, CAST(count(DISTINCT agency) AS INTEGER) AS agencies'
  return {
    sql: tidy(`
      WITH ${reports}
      SELECT 'all' AS kind, '' AS name, ${counts} FROM sel
      UNION ALL
      SELECT 'year', CAST(year AS VARCHAR), ${counts} FROM sel GROUP BY year
      UNION ALL
      SELECT 'sector', coalesce(sector, ''), ${counts} FROM sel GROUP BY coalesce(sector, '')
      ORDER BY kind, reports DESC, name`),
    params,
  }
}

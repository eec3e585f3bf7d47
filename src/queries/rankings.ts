/**
 * Rankings: one indicator, one report per agency, agencies ranked best → worst.
 *
 * - The report of an agency is its latest one within `years` (one year → that year's report;
 *   none → the agency's latest report overall).
 * - Best → worst follows the indicator's `direction` in the `indicators` table: `lower` ranks
 *   the smallest value first, `higher` and `none` (no better direction: ranked by size) the largest.
 * - The ranked number is the value, or the midpoint of a stated range (as the charts draw it);
 *   qualifiers (余/约/≥) do not change the order and stay on the row for the label.
 * - Ties share a rank (RANK(): 1, 1, 3). Reports that do not state the indicator come last
 *   with `rank = NULL` and `reported = false`, never as 0.
 */
import { tidy } from './sql'
import { COUNTED_REPORTS, reportWhere } from './counted'
import type { Direction, Query, QueryParam, ReportFilter, ValueRow } from './types'

export interface RankingSelection extends ReportFilter {
  indicator: string
}

export interface RankingRow extends ValueRow {
  /** 1 = best; equal values share a rank; null when the report does not state the indicator. */
  rank: number | null
  direction: Direction
}

export function rankingFor(sel: RankingSelection): Query {
  const params: QueryParam[] = []
  const where = reportWhere(sel, params)
  params.push(sel.indicator)
  return {
    sql: tidy(`
      WITH picked AS (
        SELECT r.report_id, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year,
          row_number() OVER (PARTITION BY r.agency ORDER BY r.year DESC, r.report_id) AS pick
        FROM ${COUNTED_REPORTS} r
        WHERE ${where}
      ),
      cells AS (
        SELECT p.report_id, p.agency, p.agency_en, p.year,
          i.id AS indicator_id, i.direction,
          (o.indicator_id IS NOT NULL) AS reported,
          CAST(o.value AS DOUBLE) AS value, o.qualifier,
          CAST(o.value_low AS DOUBLE) AS value_low, CAST(o.value_high AS DOUBLE) AS value_high,
          o.evidence,
          CAST(coalesce(o.value, (o.value_low + o.value_high) / 2) AS DOUBLE) AS ranked_value
        FROM picked p
        JOIN indicators i ON i.id = ?
        LEFT JOIN observations o ON o.report_id = p.report_id AND o.indicator_id = i.id
        WHERE p.pick = 1
      )
      SELECT report_id, agency, agency_en, year, indicator_id, direction, reported, value, qualifier,
        value_low, value_high, evidence,
        CASE WHEN ranked_value IS NULL THEN NULL ELSE CAST(rank() OVER (
          PARTITION BY ranked_value IS NULL
          ORDER BY CASE WHEN direction = 'lower' THEN ranked_value ELSE -ranked_value END
        ) AS INTEGER) END AS rank
      FROM cells
      ORDER BY rank NULLS LAST, agency, report_id`),
    params,
  }
}

/**
 * The report set every chart, ranking, figure and export counts, and the selection's filter over
 * it — in one place, so no query can count one report twice or filter differently.
 *
 * `COUNTED_REPORTS` is `reports` with one report per agency and year (README "Duplicates"): of
 * reports with the same text (`content_sha256`) one, then of one agency's reports for one year
 * one — a report not marked as a kept copy (`duplicate_of`) first, then by `report_id`. Reports
 * without an agency or a year count on their own. The `reports` table itself keeps every row
 * (the Reports and Review views list them all, copies marked).
 */
import { inList } from './sql'
import type { QueryParam, ReportFilter } from './types'

const PREFER = `ORDER BY duplicate_of IS NOT NULL, report_id`

/**
 * The counted reports as a query over `reports` (what `COUNTED_REPORTS` holds). The two window
 * functions rank the narrow key columns only, and the kept reports are then read whole by their
 * `report_id` (unique: src/db/append.ts gives an imported report a free one): ranking every wide
 * column along (titles, hashes, review notes) took about twice as long at 50,000 reports. By
 * `report_id`, not `rowid`: the briefing pack reads `reports` through a relation without one.
 */
export const COUNTED_REPORTS_SELECT = `
  SELECT * FROM reports WHERE report_id IN (
    SELECT report_id FROM (
      SELECT report_id, agency, year, duplicate_of,
        row_number() OVER (PARTITION BY coalesce(content_sha256, report_id) ${PREFER}) AS content_n
      FROM reports
    )
    WHERE content_n = 1
    QUALIFY row_number() OVER (
      PARTITION BY CASE WHEN coalesce(agency, '') = '' OR year IS NULL THEN report_id ELSE agency || chr(31) || CAST(year AS VARCHAR) END
      ${PREFER}) = 1
  )`

/** The table every query reads the counted reports from, made of `COUNTED_REPORTS_SELECT` (./derived.ts). */
export const COUNTED_REPORTS = 'counted_reports'

/** The selection's filter on counted reports aliased `alias`: agencies, years, sectors, regions (empty = all). */
export function reportWhere(sel: ReportFilter, params: QueryParam[], alias = 'r'): string {
  return [
    inList(`${alias}.agency`, sel.agencies, params),
    inList(`CAST(${alias}.year AS INTEGER)`, sel.years, params),
    inList(`coalesce(${alias}.sector, '')`, sel.sectors, params),
    inList(`coalesce(${alias}.region, '')`, sel.regions, params),
  ].join(' AND ')
}

/** A filter of nothing: every counted report, of every year (and those without one). */
export const unfiltered = (sel: ReportFilter): boolean => !sel.years?.length && !sel.agencies?.length && !sel.sectors?.length && !sel.regions?.length

/**
 * The year of a filter that is one year and nothing else (the selection an analyst clicks
 * through, which the stored per-year answers of ./derivedTables.ts serve), else null.
 */
export function oneYearOnly(sel: ReportFilter): number | null {
  const only = sel.years?.length === 1 && !sel.agencies?.length && !sel.sectors?.length && !sel.regions?.length
  return only ? sel.years![0] : null
}

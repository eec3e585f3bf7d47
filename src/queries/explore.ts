/**
 * Explore: the observations of the selection joined with their report and indicator, one page
 * at a time (LIMIT/OFFSET in SQL plus a COUNT), so a million rows never reach the page at once.
 * Sorting is by a whitelisted column key, never by text from the UI; the value sort orders values
 * within each indicator, so 86.5% never sits between 16 件 and 430 人次.
 */
import { inList, tidy } from './sql'
import { COUNTED_REPORTS, reportWhere } from './counted'
import type { Query, QueryParam, ReportFilter, ValueRow } from './types'

export interface ExploreSelection extends ReportFilter {
  /** Indicator ids; empty = all. */
  indicators?: readonly string[]
}

export const EXPLORE_SORT_KEYS = ['agency', 'year', 'indicator', 'value', 'qualifier', 'method'] as const
export type ExploreSortKey = (typeof EXPLORE_SORT_KEYS)[number]
export interface ExploreSort {
  key: ExploreSortKey
  desc: boolean
}

export interface ExploreRow extends ValueRow {
  evidence: string | null
  start: number | null
  end: number | null
  method: string | null
  reviewed: boolean | null
}

const SORT_SQL: Record<ExploreSortKey, string> = {
  agency: 'r.agency',
  year: 'r.year',
  indicator: 'i.sort',
  // Within each indicator (catalogue order): values of different units never interleave.
  value: 'coalesce(o.value, (o.value_low + o.value_high) / 2)',
  qualifier: 'o.qualifier',
  method: 'o.method',
}

export const DEFAULT_EXPLORE_SORT: ExploreSort = { key: 'agency', desc: false }

function fromWhere(sel: ExploreSelection, params: QueryParam[]): string {
  const where = [
    reportWhere(sel, params),
    inList('o.indicator_id', sel.indicators, params),
  ].join(' AND ')
  return `FROM observations o
      JOIN ${COUNTED_REPORTS} r ON r.report_id = o.report_id
      JOIN indicators i ON i.id = o.indicator_id
      WHERE ${where}`
}

/** Number of observations in the selection. */
export function exploreCount(sel: ExploreSelection): Query {
  const params: QueryParam[] = []
  return { sql: tidy(`SELECT CAST(count(*) AS INTEGER) AS n ${fromWhere(sel, params)}`), params }
}

/**
 * The observations of the selection in the given order (ties: agency, year, report, catalogue
 * order), `limit` rows from `offset`; no limit = all rows (the CSV download).
 */
export function exploreRows(sel: ExploreSelection, sort: ExploreSort = DEFAULT_EXPLORE_SORT, page?: { limit: number; offset: number }): Query {
  const params: QueryParam[] = []
  const from = fromWhere(sel, params)
  const key = SORT_SQL[sort.key] ?? SORT_SQL.agency
  const within = sort.key === 'value' ? 'i.sort, i.id, ' : ''
  let limit = ''
  if (page) {
    limit = 'LIMIT ? OFFSET ?'
    params.push(Math.max(0, Math.floor(page.limit)), Math.max(0, Math.floor(page.offset)))
  }
  return {
    sql: tidy(`
      SELECT r.report_id, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year,
        o.indicator_id, TRUE AS reported,
        CAST(o.value AS DOUBLE) AS value, o.qualifier,
        CAST(o.value_low AS DOUBLE) AS value_low, CAST(o.value_high AS DOUBLE) AS value_high,
        o.evidence, CAST(o.start AS INTEGER) AS start, CAST(o."end" AS INTEGER) AS "end",
        o.method, o.reviewed
      ${from}
      ORDER BY ${within}${key} ${sort.desc ? 'DESC' : 'ASC'} NULLS LAST, r.agency, r.year, r.report_id, i.sort
      ${limit}`),
    params,
  }
}

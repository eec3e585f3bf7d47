/** Whole published tables, for the "download tables" hand-off (reports, observations, indicators). */
import { tidy } from './sql'
import type { Query } from './types'

export const DOWNLOAD_TABLES = ['reports', 'observations', 'indicators'] as const
export type DownloadTable = (typeof DOWNLOAD_TABLES)[number]

const ORDER: Record<DownloadTable, string> = {
  reports: 'agency, year, report_id',
  observations: 'report_id, indicator_id',
  indicators: 'sort, id',
}

/** Every row of one table in a stable order, with the published columns as loaded. */
export function wholeTable(table: DownloadTable): Query {
  return { sql: tidy(`SELECT * FROM ${table} ORDER BY ${ORDER[table]}`), params: [] }
}

/**
 * Derived rows built with the published tables, so opening them does not make what the CLI
 * already made: which reports are counted (their ids: `counted_reports` is then those rows of
 * `reports`, a semi-join, not the ranking windows of ./counted.ts), and of the newest year the
 * values and `year_stats` of the data's default headlines (the year and indicators a shared link
 * most often opens on). scripts/firstView.ts makes them with the very statements of
 * ./derivedTables.ts (`RESET_SQL`, then `makeYearValues`) and writes each as an Arrow IPC stream
 * (`built_<table>.arrow`) beside the tables, with what they cover and each file's fingerprint in
 * `first-view.json`. The browser (src/db/builtRows.ts) puts them in (`putBuiltRows`) when it was
 * served the tables they were made from; after any change to the tables (imports, corrections),
 * or when they cannot be put in, `RESET_SQL` makes everything as before.
 */
import { COUNTED_REPORTS } from './counted'
import { COUNTED_VALUES, YEAR_STATS } from './derived'
import { makeYearValues, noteValuesMade, resetFrom, type Exec, type MadeYears } from './derivedTables'
import type { Query } from './types'

/**
 * The ids of the counted reports, one column: the built rows' stand-in for `counted_reports`, whose whole rows would be
 * a second copy of `reports.arrow` to fetch and put in.
 */
export const COUNTED_REPORT_IDS = 'counted_report_ids'

/** The tables whose rows are built, in the order they are made. */
export const BUILT_TABLES = [COUNTED_REPORT_IDS, COUNTED_VALUES, YEAR_STATS] as const
export type BuiltTable = (typeof BUILT_TABLES)[number]

/** What the built rows cover, and the fingerprint (./firstView.ts) of each table's file. */
export interface BuiltRows {
  year: number
  indicators: string[]
  files: Record<BuiltTable, string>
}

/** The file of a table's built rows, beside the published tables. */
export const builtFile = (table: BuiltTable): string => `built_${table}.arrow`

/** A `built` entry of first-view.json, or null when it is not one. */
export function parseBuiltRows(json: unknown): BuiltRows | null {
  const b = json as Partial<BuiltRows> | null | undefined
  const ok =
    !!b &&
    Number.isInteger(b.year) &&
    Array.isArray(b.indicators) &&
    b.indicators.every((i) => typeof i === 'string') &&
    !!b.files &&
    BUILT_TABLES.every((t) => typeof b.files![t] === 'string')
  return ok ? (b as BuiltRows) : null
}

/**
 * `RESET_SQL` with `counted_reports` made empty too (with its columns), and the table of the counted reports' ids, for
 * the built rows to be put in. Its columns are those of `reports` (COUNTED_REPORTS_SELECT picks whole rows of it), taken
 * from the table itself: DuckDB ran the selection's windows over every report before a `LIMIT 0` on it (about half a
 * second at 50,000 reports).
 */
export const BUILT_RESET_SQL: Query = {
  sql: `${resetFrom('SELECT * FROM reports LIMIT 0').sql};\nCREATE OR REPLACE TEMP TABLE ${COUNTED_REPORT_IDS} (report_id VARCHAR)`,
  params: [],
}

/**
 * `counted_reports` made of the reports whose ids were put in (the rows COUNTED_REPORTS_SELECT picks: `report_id` is
 * unique, ./counted.ts), in the same shape as that selection, and the ids dropped.
 */
export const COUNTED_FROM_IDS_SQL: Query = {
  sql: [
    `INSERT INTO ${COUNTED_REPORTS} SELECT * FROM reports WHERE report_id IN (SELECT report_id FROM ${COUNTED_REPORT_IDS})`,
    `DROP TABLE ${COUNTED_REPORT_IDS}`,
  ].join(';\n'),
  params: [],
}

/**
 * Put the built rows in place of making them: the derived tables made empty (`BUILT_RESET_SQL`),
 * each built table's rows appended (`put`, in DuckDB's own way: src/db inserts the Arrow file as
 * it is), `counted_reports` made of the ids put in (`COUNTED_FROM_IDS_SQL`), and what they cover
 * noted in `made` (a failure leaves `made` as it was: the caller then makes everything with `RESET_SQL`).
 */
export async function putBuiltRows(run: Exec, made: MadeYears, built: BuiltRows, put: (table: BuiltTable) => Promise<void>): Promise<void> {
  // Sent together, in order: the worker runs them in turn even while this thread is busy, instead of each waiting for
  // this thread to take the answer before it.
  await Promise.all([run(BUILT_RESET_SQL), ...BUILT_TABLES.map(put), run(COUNTED_FROM_IDS_SQL)])
  noteValuesMade(made, built.year, built.indicators)
}

/**
 * Make the rows to build (on a connection just reset with `RESET_SQL`, nothing made since):
 * the year's values of `indicators`; the query of each built table's rows, in the order made.
 */
export async function makeBuiltRows(run: Exec, made: MadeYears, year: number, indicators: readonly string[]): Promise<Record<BuiltTable, string>> {
  await makeYearValues(run, made, year, indicators)
  const selects = Object.fromEntries(BUILT_TABLES.map((t) => [t, `SELECT * FROM ${t}`])) as Record<BuiltTable, string>
  return { ...selects, [COUNTED_REPORT_IDS]: `SELECT report_id FROM ${COUNTED_REPORTS} ORDER BY report_id` }
}

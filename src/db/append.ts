/**
 * Appending imported reports to the loaded tables (`reports`, `observations`, `report_texts`)
 * and removing them again. Written against a small `AppendTarget` (run SQL, stage a table) so
 * the same code runs on DuckDB-wasm in the browser (./importedTables.ts: staging via Arrow) and
 * on @duckdb/node-api in the tests (staging via ./load.ts INSERTs).
 *
 * Rows are first planned (pure): a file whose bytes are already loaded (same sha256) or whose
 * year could not be read is refused with a reason; a report_id already taken gets a suffix; a
 * missing agency falls back to the file name. The accepted rows go into staging tables, then
 * into the real tables in one transaction, so a failure leaves the loaded data as it was.
 */
import type { ObservationRow, ReportRow } from '../extract/types'
import { cleanOptionalName } from '../extract/names'
import { listReports, type QueryParam, type ReportRow as LoadedReport } from '../queries'
import { quoteIdent, type ColumnDef } from './load'
import type { DecodedColumns } from './arrow'
import { OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, type Columns } from './schema'

/** What one imported file contributes: its `reports` row, its observations and its original text. */
export interface ImportRows {
  report: ReportRow
  observations: ObservationRow[]
  text: string
}

export type AppendWarning = 'agency_from_file' | 'renamed'

export type AppendOutcome =
  | { ok: true; rows: ImportRows; warnings: AppendWarning[] }
  | { ok: false; code: 'duplicate'; duplicateOf: Pick<LoadedReport, 'report_id' | 'agency' | 'year'> }
  | { ok: false; code: 'no_year' }

export interface AppendTarget {
  /** Run one statement with `?` parameters; rows as plain objects. */
  run(sql: string, params?: QueryParam[]): Promise<Record<string, unknown>[]>
  /** Create (or replace) table `name` holding `data`. */
  stage(name: string, data: DecodedColumns): Promise<void>
}

type Existing = Pick<LoadedReport, 'report_id' | 'agency' | 'year' | 'sha256'>

function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id
  let n = 2
  while (taken.has(`${id}-${n}`)) n++
  return `${id}-${n}`
}

/** Decide, for each incoming report in order, whether and how it is appended (pure). */
export function planAppend(incoming: readonly ImportRows[], existing: readonly Existing[]): AppendOutcome[] {
  const bySha = new Map<string, Existing>()
  for (const e of existing) if (e.sha256) bySha.set(e.sha256, e)
  const ids = new Set(existing.map((e) => e.report_id))
  return incoming.map((inc): AppendOutcome => {
    const dup = bySha.get(inc.report.sha256)
    if (dup) return { ok: false, code: 'duplicate', duplicateOf: { report_id: dup.report_id, agency: dup.agency, year: dup.year } }
    if (inc.report.year == null) return { ok: false, code: 'no_year' }
    const warnings: AppendWarning[] = []
    let agency = cleanOptionalName(inc.report.agency)
    if (!agency) {
      agency = cleanOptionalName(inc.report.file.replace(/\.[^.]+$/, '')) ?? inc.report.report_id
      warnings.push('agency_from_file')
    }
    const reportId = uniqueId(inc.report.report_id, ids)
    if (reportId !== inc.report.report_id) warnings.push('renamed')
    ids.add(reportId)
    const report: ReportRow = { ...inc.report, report_id: reportId, agency }
    bySha.set(report.sha256, { report_id: reportId, agency, year: inc.report.year, sha256: report.sha256 })
    const observations = inc.observations.map((o) => ({ ...o, report_id: reportId }))
    return { ok: true, rows: { report, observations, text: inc.text }, warnings }
  })
}

/** Rows → one array per column of the published schema, in its column order (pure). */
export function tableColumns(columns: Columns, rows: readonly object[]): DecodedColumns {
  const defs: ColumnDef[] = Object.entries(columns).map(([name, type]) => ({ name, type }))
  const data: Record<string, unknown[]> = {}
  for (const d of defs) data[d.name] = rows.map((r) => (r as Record<string, unknown>)[d.name] ?? null)
  return { columns: defs, numRows: rows.length, data }
}

/** The three tables an import adds to, with the rows of the accepted reports (pure). */
export function appendTables(accepted: readonly ImportRows[]): { table: string; data: DecodedColumns }[] {
  return [
    { table: 'reports', data: tableColumns(REPORT_COLUMNS, accepted.map((a) => a.report)) },
    { table: 'observations', data: tableColumns(OBSERVATION_COLUMNS, accepted.flatMap((a) => a.observations)) },
    { table: 'report_texts', data: tableColumns(TEXT_COLUMNS, accepted.map((a) => ({ report_id: a.report.report_id, text: a.text }))) },
  ]
}

/** Run `statements` in one transaction: all of them or, on any failure, none. */
export async function inTransaction(target: AppendTarget, statements: () => Promise<void>): Promise<void> {
  await target.run('BEGIN TRANSACTION')
  try {
    await statements()
    await target.run('COMMIT')
  } catch (e) {
    await target.run('ROLLBACK').catch(() => undefined)
    throw e
  }
}

/**
 * Append the incoming reports; returns one outcome per incoming report, in order.
 * Throws (with the tables unchanged) when DuckDB refuses the rows.
 */
export async function appendReports(target: AppendTarget, incoming: readonly ImportRows[]): Promise<AppendOutcome[]> {
  const existing = (await target.run(listReports().sql)) as unknown as Existing[]
  const plan = planAppend(incoming, existing)
  const accepted = plan.flatMap((p) => (p.ok ? [p.rows] : []))
  if (!accepted.length) return plan
  const tables = appendTables(accepted)
  const staged: string[] = []
  try {
    for (const t of tables) {
      const name = `__import_${t.table}`
      staged.push(name)
      await target.stage(name, t.data)
    }
    await inTransaction(target, async () => {
      for (const t of tables) {
        const cols = t.data.columns.map((c) => quoteIdent(c.name)).join(', ')
        await target.run(`INSERT INTO ${quoteIdent(t.table)} (${cols}) SELECT ${cols} FROM ${quoteIdent(`__import_${t.table}`)}`)
      }
    })
  } finally {
    for (const name of staged) await target.run(`DROP TABLE IF EXISTS ${quoteIdent(name)}`).catch(() => undefined)
  }
  return plan
}

/** Remove reports (and their observations and texts) by id, in one transaction. */
export async function removeReports(target: AppendTarget, reportIds: readonly string[]): Promise<void> {
  if (!reportIds.length) return
  const marks = reportIds.map(() => '?').join(', ')
  await inTransaction(target, async () => {
    for (const table of ['observations', 'report_texts', 'reports']) {
      await target.run(`DELETE FROM ${quoteIdent(table)} WHERE report_id IN (${marks})`, [...reportIds])
    }
  })
}

/**
 * Appending imported reports to the loaded tables (`reports`, `observations`, `report_texts`)
 * and removing them again. Written against a small `AppendTarget` (run SQL, stage a table) so
 * the same code runs on DuckDB-wasm in the browser (./importedTables.ts: staging via Arrow) and
 * on @duckdb/node-api in the tests (staging via ./load.ts INSERTs).
 *
 * Rows are first planned (pure): a file whose bytes are already loaded (same sha256) or whose
 * year could not be read is refused with a reason; a report_id already taken gets a suffix; a
 * missing agency falls back to the file name. A report with the same text or the same agency and
 * year as a loaded one (src/pipeline/duplicates.ts) waits for a decision: `replace` the loaded one
 * (deleted in the same transaction) or `keep` both, this one marked `duplicate_of` the other. The
 * accepted rows go into staging tables, then into the real tables in one transaction, so a
 * failure leaves the loaded data as it was.
 */
import type { ObservationRow, ReportRow } from '../extract/types'
import { cleanOptionalName } from '../extract/names'
import { findDuplicate } from '../pipeline/duplicates'
import { listReports, type QueryParam, type ReportRow as LoadedReport } from '../queries'
import { quoteIdent, type ColumnDef } from './load'
import type { DecodedColumns } from './arrow'
import { OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, type Columns } from './schema'

/** What one imported file contributes: its `reports` row, its observations and its original text. */
export interface ImportRows {
  report: ReportRow
  observations: ObservationRow[]
  text: string
  /** What to do when a loaded report has the same text or the same agency and year (none yet: ask). */
  decision?: DuplicateDecision
}

/** `replace` the loaded report, or `keep` both (this one marked as the copy, not counted in charts). */
export type DuplicateDecision = 'replace' | 'keep'

export type AppendWarning = 'agency_from_file' | 'renamed'

type Existing = Pick<LoadedReport, 'report_id' | 'agency' | 'year' | 'sha256' | 'content_sha256' | 'duplicate_of'>

export type AppendOutcome =
  | { ok: true; rows: ImportRows; warnings: AppendWarning[]; replaced?: Existing }
  | { ok: false; code: 'duplicate'; duplicateOf: Existing }
  | { ok: false; code: 'same_content' | 'same_agency_year'; duplicateOf: Existing }
  | { ok: false; code: 'no_year' }

export interface AppendTarget {
  /** Run one statement with `?` parameters; rows as plain objects. */
  run(sql: string, params?: QueryParam[]): Promise<Record<string, unknown>[]>
  /** Create (or replace) table `name` holding `data`. */
  stage(name: string, data: DecodedColumns): Promise<void>
}

function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id
  let n = 2
  while (taken.has(`${id}-${n}`)) n++
  return `${id}-${n}`
}

/** Decide, for each incoming report in order, whether and how it is appended (pure). */
export function planAppend(incoming: readonly ImportRows[], existing: readonly Existing[]): AppendOutcome[] {
  let loaded = [...existing]
  return incoming.map((inc): AppendOutcome => {
    const sameFile = loaded.find((e) => e.sha256 === inc.report.sha256)
    if (sameFile) return { ok: false, code: 'duplicate', duplicateOf: sameFile }
    if (inc.report.year == null) return { ok: false, code: 'no_year' }
    const warnings: AppendWarning[] = []
    let agency = cleanOptionalName(inc.report.agency)
    if (!agency) {
      agency = cleanOptionalName(inc.report.file.replace(/\.[^.]+$/, '')) ?? inc.report.report_id
      warnings.push('agency_from_file')
    }
    const match = findDuplicate({ ...inc.report, report_id: '', agency }, loaded)
    if (match && !inc.decision) return { ok: false, code: match.kind === 'same_content' ? 'same_content' : 'same_agency_year', duplicateOf: match.existing }
    const replaced = match && inc.decision === 'replace' ? match.existing : undefined
    if (replaced) loaded = loaded.filter((e) => e.report_id !== replaced.report_id)
    const reportId = uniqueId(inc.report.report_id, new Set(loaded.map((e) => e.report_id)))
    if (reportId !== inc.report.report_id) warnings.push('renamed')
    const duplicate_of = match && !replaced ? (match.existing.duplicate_of ?? match.existing.report_id) : null
    const report: ReportRow = { ...inc.report, report_id: reportId, agency, duplicate_of }
    loaded.push({ ...report, agency, year: inc.report.year })
    const observations = inc.observations.map((o) => ({ ...o, report_id: reportId }))
    return { ok: true, rows: { report, observations, text: inc.text, ...(inc.decision ? { decision: inc.decision } : {}) }, warnings, ...(replaced ? { replaced } : {}) }
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
  const replaced = plan.flatMap((p) => (p.ok && p.replaced ? [p.replaced.report_id] : []))
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
      await deleteRows(target, replaced)
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
  await inTransaction(target, () => deleteRows(target, reportIds))
}

/** Delete reports' rows from the three tables (inside the caller's transaction). */
async function deleteRows(target: AppendTarget, reportIds: readonly string[]): Promise<void> {
  if (!reportIds.length) return
  const marks = reportIds.map(() => '?').join(', ')
  for (const table of ['observations', 'report_texts', 'reports']) {
    await target.run(`DELETE FROM ${quoteIdent(table)} WHERE report_id IN (${marks})`, [...reportIds])
  }
}

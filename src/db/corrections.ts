/**
 * Corrections in the loaded tables: the browser's own corrections (and, for reports imported in
 * the browser, the published ones too) applied by src/pipeline/applyCorrections.ts to the rows DuckDB
 * holds, written against the same small `AppendTarget` as ./append.ts so Node tests run it on
 * @duckdb/node-api and the browser on DuckDB-wasm (./reviewTables.ts).
 *
 * The bundled tables were written by `npm run extract` with the published corrections already
 * applied; imported reports arrive as extracted. Before a report is first corrected here its rows
 * are kept in the temporary tables `__base_reports` / `__base_observations` (on the one connection
 * the views use; the SQL console's own connection does not see them), and every sync recomputes each affected
 * report from those rows: published-then-local for imported reports, local for bundled ones. Since
 * applying two files in turn equals applying them as one, the tables then hold exactly what
 * `npm run extract -- --corrections <published + local>` writes. Undoing a correction is a sync
 * without it. A failure leaves the tables as they were (one transaction).
 */
import type { CorrectionsFile, ReportCorrection, ValueCorrection } from '../pipeline/corrections'
import { applyCorrections, type ReportRows, type StaleCorrection } from '../pipeline/applyCorrections'
import type { ObservationRow, ReportRow } from '../extract/types'
import type { QueryParam } from '../queries/types'
import { inTransaction, tableColumns, type AppendTarget } from './append'
import { quoteIdent } from './load'
import { OBSERVATION_COLUMNS, REPORT_COLUMNS, type Columns } from './schema'

export interface CorrectionLayers {
  /** The file `npm run extract` applied (public/data/corrections.json); empty when none. */
  published: CorrectionsFile
  /** This browser's corrections. */
  local: CorrectionsFile
  /** sha256 of the reports imported in this browser (their rows do not carry the published corrections yet). */
  imported: ReadonlySet<string>
}

export type CorrectionSource = 'published' | 'local'

/** A stale correction and the file it belongs to. */
export interface SourcedStale extends StaleCorrection {
  source: CorrectionSource
}

const BASE = { reports: '__base_reports', observations: '__base_observations' } as const

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ')

/** Tables written before the review columns existed (older synthetic data) get them, empty. */
async function ensureColumns(target: AppendTarget): Promise<void> {
  const tables: [string, Columns][] = [['reports', REPORT_COLUMNS], ['observations', OBSERVATION_COLUMNS]]
  for (const [table, columns] of tables) {
    const have = new Set((await target.run(`SELECT column_name FROM duckdb_columns() WHERE table_name = ?`, [table])).map((r) => String(r.column_name)))
    for (const [name, type] of Object.entries(columns)) {
      if (!have.has(name)) await target.run(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${quoteIdent(name)} ${type}`)
    }
  }
}

interface Entry<T> {
  c: T
  source: CorrectionSource
  index: number
}

function entries<T>(list: readonly T[], source: CorrectionSource): Entry<T>[] {
  return list.map((c, index) => ({ c, source, index }))
}

/** Neither file holds a correction (applying them then reads no report text). */
export const noCorrections = (layers: CorrectionLayers): boolean =>
  !layers.local.reports.length && !layers.local.values.length && !layers.published.reports.length && !layers.published.values.length

/**
 * Apply the corrections to the loaded tables and return the stale ones of both files. The
 * published file's stale corrections about bundled reports were found by `npm run extract`
 * (`publishedStale`); those about imported reports are found here.
 */
export async function syncCorrections(
  target: AppendTarget,
  layers: CorrectionLayers,
  known: ReadonlySet<string>,
  publishedStale: readonly SourcedStale[] = [],
): Promise<{ stale: SourcedStale[]; changed: number; untouched?: boolean }> {
  const none = noCorrections(layers)
  const appliedBefore = (await target.run(`SELECT 1 FROM duckdb_tables() WHERE table_name = ?`, [BASE.reports])).length > 0
  // Nothing to apply and nothing applied before: the tables stay exactly as loaded (not even a column added).
  if (none && !appliedBefore) return { stale: [], changed: 0, untouched: true }
  await ensureColumns(target)
  // Temporary: on this connection only, so the SQL console (its own connection) never sees them.
  for (const [table, base] of [['reports', BASE.reports], ['observations', BASE.observations]] as const) {
    await target.run(`CREATE TEMP TABLE IF NOT EXISTS ${base} AS SELECT * FROM ${table} LIMIT 0`)
  }
  // Kept rows of reports removed since (or replaced by another file under the same id) go.
  await target.run(`DELETE FROM ${BASE.reports} b WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.report_id = b.report_id AND r.sha256 = b.sha256)`)
  await target.run(`DELETE FROM ${BASE.observations} WHERE report_id NOT IN (SELECT report_id FROM ${BASE.reports})`)

  const layerOf = (sha: string) => {
    const local = { reports: entries(layers.local.reports, 'local'), values: entries(layers.local.values, 'local') }
    if (!layers.imported.has(sha)) return local
    return {
      reports: [...entries(layers.published.reports, 'published'), ...local.reports],
      values: [...entries(layers.published.values, 'published'), ...local.values],
    }
  }
  const shas = [...new Set([...layers.local.reports, ...layers.local.values, ...layers.published.reports, ...layers.published.values].map((c) => c.report_sha256))]
  const loaded = (await target.run(
    `SELECT report_id, sha256 FROM reports WHERE ${shas.length ? `sha256 IN (${marks(shas.length)}) OR ` : ''}report_id IN (SELECT report_id FROM ${BASE.reports})`,
    shas,
  )) as { report_id: string; sha256: string }[]
  const shaLoaded = new Set(loaded.map((r) => r.sha256))
  const stale: SourcedStale[] = publishedStale.filter((s) => !layers.imported.has(s.correction.report_sha256))
  for (const kind of ['reports', 'values'] as const) {
    layers.local[kind].forEach((c, index) => {
      if (!shaLoaded.has(c.report_sha256)) stale.push({ kind: kind === 'reports' ? 'report' : 'value', index, reason: 'report_missing', correction: c, source: 'local' })
    })
  }
  const affected = loaded.map((r) => r.report_id)
  if (!affected.length) return { stale, changed: 0 }

  const ids = affected as QueryParam[]
  const inIds = `report_id IN (${marks(ids.length)})`
  // Reports corrected here for the first time: keep their rows as loaded.
  const kept = new Set((await target.run(`SELECT report_id FROM ${BASE.reports} WHERE ${inIds}`, ids)).map((r) => String(r.report_id)))
  const fresh = affected.filter((id) => !kept.has(id))
  if (fresh.length) {
    for (const [table, base] of [['reports', BASE.reports], ['observations', BASE.observations]] as const) {
      await target.run(`INSERT INTO ${base} SELECT * FROM ${table} WHERE report_id IN (${marks(fresh.length)})`, fresh)
    }
  }
  const reports = (await target.run(`SELECT * FROM ${BASE.reports} WHERE ${inIds}`, ids)) as unknown as ReportRow[]
  const observations = (await target.run(`SELECT * FROM ${BASE.observations} WHERE ${inIds}`, ids)) as unknown as ObservationRow[]
  const texts = new Map((await target.run(`SELECT report_id, text FROM report_texts WHERE ${inIds}`, ids)).map((t) => [String(t.report_id), String(t.text)]))

  const outReports: ReportRow[] = []
  const outObservations: ObservationRow[] = []
  for (const report of reports) {
    const layer = layerOf(report.sha256)
    const rows: ReportRows = { report, observations: observations.filter((o) => o.report_id === report.report_id), text: texts.get(report.report_id) ?? '' }
    const origin = new Map<object, Entry<ReportCorrection> | Entry<ValueCorrection>>([...layer.reports, ...layer.values].map((e) => [e.c, e]))
    const mine = (e: { c: { report_sha256: string } }) => e.c.report_sha256 === report.sha256
    const result = applyCorrections([rows], { version: 1, reports: layer.reports.filter(mine).map((e) => e.c), values: layer.values.filter(mine).map((e) => e.c) }, known)
    for (const s of result.stale) {
      const e = origin.get(s.correction)!
      stale.push({ ...s, index: e.index, source: e.source })
    }
    outReports.push(result.reports[0].report)
    outObservations.push(...result.reports[0].observations)
  }

  const staged = { reports: '__corrected_reports', observations: '__corrected_observations' }
  const data = { reports: tableColumns(REPORT_COLUMNS, outReports), observations: tableColumns(OBSERVATION_COLUMNS, outObservations) }
  try {
    for (const t of ['reports', 'observations'] as const) await target.stage(staged[t], data[t])
    await inTransaction(target, async () => {
      for (const t of ['observations', 'reports'] as const) {
        await target.run(`DELETE FROM ${t} WHERE ${inIds}`, ids)
        const cols = data[t].columns.map((c) => quoteIdent(c.name)).join(', ')
        await target.run(`INSERT INTO ${t} (${cols}) SELECT ${cols} FROM ${staged[t]}`)
      }
    })
  } finally {
    for (const name of Object.values(staged)) await target.run(`DROP TABLE IF EXISTS ${name}`).catch(() => undefined)
  }
  return { stale, changed: affected.length }
}

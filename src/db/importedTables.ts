/**
 * The browser side of ./append.ts: imported rows go into DuckDB-wasm as Arrow staging tables
 * (./arrow.ts, the same conversion the start-up load uses), then into the loaded tables.
 * Runs with the connection to itself (`withConnection`), so no view query interleaves.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm'
import { appendReports, removeReports, type AppendOutcome, type AppendTarget, type ImportRows } from './append'
import { toArrowTable } from './arrow'
import { withConnection } from './duckdb'
import { quoteIdent } from './load'
import { toDatasetError } from './errors'

export type { AppendOutcome, AppendWarning, ImportRows } from './append'

/** ./append.ts's target on the DuckDB-wasm connection (also used by ./reviewTables.ts). */
export function wasmTarget(c: AsyncDuckDBConnection): AppendTarget {
  const rows = (t: { toArray(): { toJSON(): Record<string, unknown> }[] }) => t.toArray().map((r) => ({ ...r.toJSON() }))
  return {
    async run(sql, params = []) {
      if (!params.length) return rows(await c.query(sql))
      const stmt = await c.prepare(sql)
      try {
        return rows(await stmt.query(...params))
      } finally {
        await stmt.close()
      }
    },
    async stage(name, data) {
      await c.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`)
      await c.insertArrowTable(toArrowTable(data), { name, create: true })
    },
  }
}

/** Append imported reports to `reports`, `observations` and `report_texts`; one outcome per report. */
export function appendImported(incoming: readonly ImportRows[]): Promise<AppendOutcome[]> {
  return withConnection((c) => appendReports(wasmTarget(c), incoming)).catch((e) => {
    throw toDatasetError(e, 'query')
  })
}

/** Remove imported reports (and their observations and texts) from the loaded tables. */
export function removeImported(reportIds: readonly string[]): Promise<void> {
  return withConnection((c) => removeReports(wasmTarget(c), reportIds)).catch((e) => {
    throw toDatasetError(e, 'query')
  })
}

/**
 * The SQL console's run: one query, already checked read-only (src/queries/readonlySql.ts), on the
 * shared connection in its turn (`withConnection`, after every table is loaded), inside a
 * transaction that is always rolled back, so whatever it does the published tables stay as
 * loaded. Columns keep their order and duplicate names; values stay as Arrow gives them (the
 * console formats them, see formatRawCell). DuckDB's own error is thrown unchanged so the console
 * can show its message.
 */
import { withConnection } from './duckdb'

export interface RawResult {
  columns: { name: string; type: string }[]
  rows: unknown[][]
}

export function queryRaw(sql: string): Promise<RawResult> {
  return withConnection(async (conn) => {
    await conn.query('BEGIN TRANSACTION')
    try {
      const table = await conn.query(sql)
      const columns = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }))
      const vectors = columns.map((_, i) => table.getChildAt(i))
      return { columns, rows: Array.from({ length: table.numRows }, (_, j) => vectors.map((v) => v?.get(j))) }
    } finally {
      await conn.query('ROLLBACK').catch(() => undefined)
    }
  })
}

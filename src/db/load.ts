/**
 * Pure SQL for loading decoded table rows into DuckDB: CREATE TABLE from column
 * definitions, then batched multi-row INSERTs with `?` parameters (no value is ever
 * spliced into SQL). The browser ingests Arrow instead (./arrow.ts, much faster); this path
 * serves where Arrow ingestion is not available, e.g. Node tests with @duckdb/node-api that
 * check the tables' Arrow copies hold exactly the rows of their Parquet files.
 */
import type { Query, QueryParam } from '../queries/types'

export interface ColumnDef {
  name: string
  /** DuckDB type: VARCHAR, INTEGER, BIGINT, DOUBLE, FLOAT, BOOLEAN. */
  type: string
}

/** The column types kept as they are (any other is VARCHAR); src/db/arrow.ts writes each as its Arrow type. */
export const SAFE_TYPES: ReadonlySet<string> = new Set(['VARCHAR', 'INTEGER', 'BIGINT', 'DOUBLE', 'FLOAT', 'BOOLEAN', 'SMALLINT', 'TINYINT'])

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export function createTableSql(table: string, columns: readonly ColumnDef[]): string {
  const cols = columns.map((c) => `${quoteIdent(c.name)} ${SAFE_TYPES.has(c.type) ? c.type : 'VARCHAR'}`)
  return `CREATE OR REPLACE TABLE ${quoteIdent(table)} (${cols.join(', ')})`
}

/** A JS value → a bindable parameter. */
export function toParam(v: unknown): QueryParam {
  if (v == null) return null
  if (typeof v === 'bigint') return Number(v)
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return v.toISOString()
  if (v instanceof Uint8Array) return new TextDecoder().decode(v)
  return JSON.stringify(v)
}

export function insertQueries(table: string, columns: readonly ColumnDef[], rows: readonly Record<string, unknown>[], batchSize = 200): Query[] {
  const out: Query[] = []
  const tuple = `(${columns.map(() => '?').join(', ')})`
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize)
    const params: QueryParam[] = []
    for (const r of batch) for (const c of columns) params.push(toParam(r[c.name]))
    out.push({
      sql: `INSERT INTO ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) VALUES ${batch.map(() => tuple).join(', ')}`,
      params,
    })
  }
  return out
}

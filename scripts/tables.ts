/**
 * Writes the published tables with DuckDB (Parquet + CSV with BOM for Excel), deterministically:
 * rows are sorted and every column has a declared type. Beside them the browser's copy of each
 * table: an Arrow IPC stream (`x.arrow`, which DuckDB-wasm ingests as it is) with its brotli and
 * gzip copies (./arrowFile.ts). Then the first view's answers (first-view.json, see
 * ./firstView.ts) from the same tables.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { DuckDBInstance } from '@duckdb/node-api'
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, type Columns } from '../src/db/schema'
import { writeArrow } from './arrowFile'
import { writeFirstView } from './firstView'

export { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, type Columns }

export interface TableSpec {
  name: string
  columns: Columns
  rows: object[]
  orderBy: string
  csv: boolean
}

const q = (id: string) => `"${id.replace(/"/g, '""')}"`
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`

export async function writeTables(outDir: string, tables: TableSpec[]): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  const work = join(tmpdir(), `rol-tables-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  try {
    for (const t of tables) {
      const json = join(work, `${t.name}.json`)
      writeFileSync(json, t.rows.map((r) => JSON.stringify(r)).join('\n'))
      const cols = Object.entries(t.columns).map(([k, v]) => `${lit(k)}: ${lit(v)}`).join(', ')
      const select = `SELECT ${Object.keys(t.columns).map(q).join(', ')} FROM read_json(${lit(json)}, format='newline_delimited', columns={${cols}}) ORDER BY ${t.orderBy}`
      await con.run(`CREATE OR REPLACE TABLE ${q(t.name)} AS ${t.rows.length ? select : `SELECT ${Object.entries(t.columns).map(([k, v]) => `NULL::${v} AS ${q(k)}`).join(', ')} LIMIT 0`}`)
      const parquet = join(outDir, `${t.name}.parquet`)
      await con.run(`COPY ${q(t.name)} TO ${lit(parquet)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`)
      await writeArrow(con, `SELECT * FROM ${q(t.name)} ORDER BY ${t.orderBy}`, t.columns, join(outDir, `${t.name}.arrow`))
      if (t.csv) {
        const csv = join(outDir, `${t.name}.csv`)
        await con.run(`COPY ${q(t.name)} TO ${lit(csv)} (FORMAT csv, HEADER true)`)
        writeFileSync(csv, '\uFEFF' + readFileSync(csv, 'utf8'))
      }
    }
    await writeFirstView(con, outDir)
  } finally {
    con.closeSync()
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * Writes the published tables with DuckDB (Parquet + CSV with BOM for Excel), deterministically:
 * rows are sorted and every column has a declared type. Beside them the browser's copy of each
 * table: an Arrow IPC stream (`x.arrow`, which DuckDB-wasm ingests as it is) with its brotli and
 * gzip copies (./precompressed.ts). Then the first view's answers (first-view.json, see
 * ./firstView.ts) from the same tables.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { Dictionary, Int32, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow'
import { arrowVector } from '../src/db/arrow'
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, type Columns } from '../src/db/schema'
import { writeFirstView } from './firstView'
import { writePrecompressed } from './precompressed'

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

/** A text column whose values repeat this much or more is dictionary-encoded (each value once, an index per row). */
const DICTIONARY_SHARE = 0.5

/** Dictionary<Utf8, Int32> of `values` when they repeat enough (DuckDB reads it as VARCHAR), else null. */
function dictionaryVector(values: readonly unknown[]): Vector | null {
  const ids = new Map<string, number>()
  const indices = new Int32Array(values.length)
  let nullCount = 0
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 512) * 64 || 64)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v == null) {
      nullCount++
      continue
    }
    nullBitmap[i >> 3] |= 1 << (i & 7)
    let id = ids.get(String(v))
    if (id === undefined) ids.set(String(v), (id = ids.size))
    indices[i] = id
    if (ids.size > values.length * DICTIONARY_SHARE) return null
  }
  const dictionary = arrowVector([...ids.keys()], 'VARCHAR')
  return makeVector(makeData({ type: new Dictionary(new Utf8(), new Int32()), length: values.length, data: indices, dictionary, nullCount, nullBitmap: nullCount ? nullBitmap : undefined } as never))
}

/** One table as an Arrow IPC stream, columns typed as the schema says, rows in `orderBy` order. */
async function writeArrow(con: DuckDBConnection, t: TableSpec, file: string): Promise<void> {
  const data = (await con.runAndReadAll(`SELECT * FROM ${q(t.name)} ORDER BY ${t.orderBy}`)).getColumnsObjectJS()
  const vectors = Object.fromEntries(
    Object.entries(t.columns).map(([name, type]) => {
      const values = data[name] ?? []
      return [name, (type === 'VARCHAR' && values.length > 1 ? dictionaryVector(values) : null) ?? arrowVector(values, type)]
    }),
  )
  const bytes = tableToIPC(new Table(vectors), 'stream')
  writeFileSync(file, bytes)
  writePrecompressed(file, bytes)
}

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
      await writeArrow(con, t, join(outDir, `${t.name}.arrow`))
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

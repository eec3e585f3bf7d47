/**
 * The browser's table path (Parquet pages → Arrow buffers, ./src/db/columnar.ts, then Arrow IPC
 * for DuckDB-wasm) must give exactly the rows DuckDB itself wrote: NULLs in every type,
 * BOOLEAN, INTEGER, DOUBLE, long and non-BMP strings, repeated strings (dictionary-encoded),
 * several row groups, data page v1 and v2, empty tables — and the app's queries must answer
 * the same after loading.
 */
import { describe, expect, it } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { tableFromIPC, type Table } from 'apache-arrow'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeParquetArrow } from '../../src/db/columnar'
import { parquetToIPC } from '../../src/db/decode'
import { toArrowTable } from '../../src/db/arrow'
import { readParquetColumns } from '../../src/db/parquet'
import { createTableSql, insertQueries, type ColumnDef } from '../../src/db/load'
import { listReports, tableCounts, valuesForSelection } from '../../src/queries'
import { createFixtureDb, run } from '../queries/fixture'

const dir = mkdtempSync(join(tmpdir(), 'rol-columnar-'))
let n = 0
async function write(c: DuckDBConnection, select: string, options = 'FORMAT parquet, COMPRESSION zstd'): Promise<{ file: string; bytes: Uint8Array }> {
  const file = join(dir, `t${n++}.parquet`)
  await c.run(`COPY (${select}) TO '${file}' (${options})`)
  return { file, bytes: new Uint8Array(readFileSync(file)) }
}

const rows = (t: Table) => t.toArray().map((r) => ({ ...r.toJSON() }))
const ARROW_TYPES: Record<string, string> = {
  Utf8: 'VARCHAR', 'Dictionary<Int32, Utf8>': 'VARCHAR', Int8: 'TINYINT', Int16: 'SMALLINT', Int32: 'INTEGER', Int64: 'BIGINT',
  Float32: 'FLOAT', Float64: 'DOUBLE', Bool: 'BOOLEAN',
}
const arrowColumns = (t: Table): ColumnDef[] => t.schema.fields.map((f) => ({ name: f.name, type: ARROW_TYPES[String(f.type)] ?? String(f.type) }))

/** Decoded Arrow (through IPC, as DuckDB-wasm gets it) → a fresh DuckDB table, as the browser would load it. */
async function loadArrow(c: DuckDBConnection, name: string, table: Table): Promise<void> {
  const columns = arrowColumns(table)
  await c.run(createTableSql(name, columns))
  for (const q of insertQueries(name, columns, rows(table), 500)) await c.run(q.sql, q.params as never)
}

async function expectSameAsDuckDB(c: DuckDBConnection, file: string, bytes: Uint8Array): Promise<Table> {
  const direct = decodeParquetArrow(bytes)
  expect(direct).not.toBeNull()
  const viaIPC = tableFromIPC(await parquetToIPC(bytes))
  const expected = await run(c, { sql: `SELECT * FROM read_parquet('${file}')`, params: [] })
  expect(rows(direct!)).toEqual(expected)
  expect(rows(viaIPC)).toEqual(expected)
  const described = await run(c, { sql: `DESCRIBE SELECT * FROM read_parquet('${file}')`, params: [] })
  expect(arrowColumns(viaIPC).map((x) => `${x.name}:${x.type}`)).toEqual(described.map((d) => `${d.column_name}:${d.column_type}`))
  return viaIPC
}

const EDGE = `
  SELECT
    i::INTEGER AS id,
    CASE WHEN i % 7 = 0 THEN NULL ELSE i % 3 = 0 END AS flag,
    CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 37 - 20000)::INTEGER END AS int32,
    CASE WHEN i % 6 = 0 THEN NULL ELSE i::BIGINT * 3000000000 END AS int64,
    CASE WHEN i % 4 = 0 THEN NULL ELSE (i % 100 - 50)::TINYINT END AS int8,
    CASE WHEN i % 4 = 1 THEN NULL ELSE (i % 1000 - 500)::SMALLINT END AS int16,
    CASE WHEN i % 9 = 0 THEN NULL ELSE i / 8.0 - 1e9 END AS dbl,
    CASE WHEN i % 9 = 1 THEN NULL ELSE (i / 4.0)::FLOAT END AS flt,
    CASE WHEN i % 11 = 0 THEN NULL WHEN i % 11 = 1 THEN '' ELSE 'report-' || (i % 37) END AS repeated,
    CASE WHEN i % 13 = 0 THEN NULL ELSE '证据𠀀😀' || i || repeat('糾', i % 50) END AS unique_text,
    CASE WHEN i % 997 = 0 THEN repeat('长文本𝌆', 30000) || i ELSE NULL END AS mostly_null,
    NULL::VARCHAR AS all_null,
    'same' AS constant
  FROM range(5000) t(i)`

describe('Parquet → Arrow without a JS value per cell', () => {
  it('matches DuckDB for every type, NULLs, long and non-BMP strings, several row groups, page v1 and v2', async () => {
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    for (const options of [
      'FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048',
      'FORMAT parquet, COMPRESSION snappy',
      'FORMAT parquet, COMPRESSION uncompressed, PARQUET_VERSION v2, ROW_GROUP_SIZE 1500',
    ]) {
      const { file, bytes } = await write(c, EDGE, options)
      const t = await expectSameAsDuckDB(c, file, bytes)
      // Repeated strings become dictionary vectors, unique ones stay plain UTF-8.
      expect(String(t.schema.fields.find((f) => f.name === 'repeated')!.type)).toBe('Dictionary<Int32, Utf8>')
      expect(String(t.schema.fields.find((f) => f.name === 'unique_text')!.type)).toBe('Utf8')
      // Loaded into DuckDB, the table answers like the file.
      await loadArrow(c, 'edge', t)
      const q = `SELECT count(*) AS n, count(flag) AS flags, sum(int64) AS s64, sum(dbl) AS sd, count(DISTINCT repeated) AS reps,
        max(length(unique_text)) AS maxlen, sum(length(mostly_null)) AS longlen, count(all_null) AS nulls, min(constant) AS k FROM `
      expect(await run(c, { sql: q + 'edge', params: [] })).toEqual(await run(c, { sql: q + `read_parquet('${file}')`, params: [] }))
    }
  })

  it('decodes empty tables, keeping their columns and types', async () => {
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    const { file, bytes } = await write(c, `SELECT * FROM (${EDGE}) LIMIT 0`)
    const t = await expectSameAsDuckDB(c, file, bytes)
    expect(t.numRows).toBe(0)
    expect(t.schema.fields.length).toBe(13)
  })

  it('loads every fixture table so the app queries answer exactly as from DuckDB', async () => {
    const src = await createFixtureDb()
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    for (const table of ['indicators', 'reports', 'observations', 'report_texts']) {
      const { file, bytes } = await write(src, `SELECT * FROM ${table}`)
      await loadArrow(c, table, await expectSameAsDuckDB(src, file, bytes))
    }
    for (const q of [valuesForSelection({}), listReports(), tableCounts()]) expect(await run(c, q)).toEqual(await run(src, q))
  })

  it('leaves column types it does not handle to the general decoder', async () => {
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    const { bytes } = await write(c, `SELECT DATE '2024-01-02' AS d, 'x' AS s`)
    expect(decodeParquetArrow(bytes)).toBeNull()
    const general = toArrowTable(await readParquetColumns(bytes))
    expect(rows(tableFromIPC(await parquetToIPC(bytes)))).toEqual(rows(general))
  })

  it('throws on corrupt files instead of returning wrong rows', async () => {
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    const { bytes } = await write(c, EDGE)
    const broken = bytes.slice()
    broken.fill(0xff, 4, Math.floor(broken.length / 2)) // column chunks overwritten, footer intact
    await expect(parquetToIPC(broken)).rejects.toThrow()
    await expect(parquetToIPC(new TextEncoder().encode('PAR1 this is not really parquet PAR1'))).rejects.toThrow()
  })
})

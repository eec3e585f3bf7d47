/**
 * The browser's copies of the published tables (Arrow IPC streams, scripts/tables.ts) must hold
 * exactly the rows and column types of the Parquet files, and their brotli/gzip copies exactly
 * their bytes; the app's queries must answer the same over them.
 */
import { describe, expect, it } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { tableFromIPC } from 'apache-arrow'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { createTableSql, insertQueries } from '../../src/db/load'
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, type Columns } from '../../src/db/schema'
import { looksLikeArrowStream, looksLikeHtml } from '../../src/db/tables'
import { listReports, valuesForSelection } from '../../src/queries'
import { writeTables } from '../../scripts/tables'
import { precompressedVariant } from '../../scripts/precompressed'
import { createFixtureDb, run } from '../queries/fixture'

const SCHEMA: Record<string, Columns> = { indicators: INDICATOR_COLUMNS, reports: REPORT_COLUMNS, observations: OBSERVATION_COLUMNS, report_texts: TEXT_COLUMNS }
const ORDER: Record<string, string> = { indicators: 'sort', reports: 'report_id', observations: 'report_id, indicator_id', report_texts: 'report_id' }
const ARROW_TYPES: Record<string, string> = { Utf8: 'VARCHAR', 'Dictionary<Int32, Utf8>': 'VARCHAR', Int32: 'INTEGER', Float64: 'DOUBLE', Bool: 'BOOLEAN' }

/** Load one `.arrow` file into `c` (through apache-arrow and parameterised INSERTs); its column types as DuckDB names. */
async function loadArrow(c: DuckDBConnection, file: string, table: string): Promise<string[]> {
  const arrow = tableFromIPC(readFileSync(file))
  const columns = Object.entries(SCHEMA[table]).map(([name, type]) => ({ name, type }))
  await c.run(createTableSql(table, columns))
  const rows = arrow.toArray().map((r) => r.toJSON() as Record<string, unknown>)
  for (const q of insertQueries(table, columns, rows)) await c.run(q.sql, q.params as never)
  return arrow.schema.fields.map((f) => `${f.name}:${ARROW_TYPES[String(f.type)] ?? String(f.type)}`)
}

async function checkDir(dir: string): Promise<void> {
  const inst = await DuckDBInstance.create(':memory:')
  const ref = await inst.connect()
  const c = await (await DuckDBInstance.create(':memory:')).connect()
  for (const table of Object.keys(SCHEMA)) {
    const file = join(dir, `${table}.arrow`)
    const bytes = readFileSync(file)
    expect(looksLikeArrowStream(bytes)).toBe(true)
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(bytes)).toBe(true)
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(bytes)).toBe(true)
    const types = await loadArrow(c, file, table)
    const parquet = `read_parquet('${join(dir, `${table}.parquet`)}')`
    const described = await run(ref, { sql: `DESCRIBE SELECT * FROM ${parquet}`, params: [] })
    expect(types).toEqual(described.map((d) => `${d.column_name}:${d.column_type}`))
    // Same rows, in the same order.
    expect(await run(c, { sql: `SELECT * FROM ${table}`, params: [] })).toEqual(await run(ref, { sql: `SELECT * FROM ${parquet} ORDER BY ${ORDER[table]}`, params: [] }))
  }
}

describe('the Arrow copies of the published tables', () => {
  it('hold the rows and types of the Parquet files (nulls, traditional text, repeated values, the "end" column)', async () => {
    const src = await createFixtureDb()
    const out = mkdtempSync(join(tmpdir(), 'rol-arrow-'))
    const tables = []
    for (const name of Object.keys(SCHEMA)) {
      tables.push({ name, columns: SCHEMA[name], orderBy: ORDER[name], csv: false, rows: (await src.runAndReadAll(`SELECT * FROM ${name}`)).getRowObjectsJS() })
    }
    await writeTables(out, tables)
    await checkDir(out)
    // A repeated text column travels once per distinct value (dictionary-encoded), a unique one as plain text.
    const obs = tableFromIPC(readFileSync(join(out, 'observations.arrow')))
    expect(String(obs.schema.fields.find((f) => f.name === 'method')!.type)).toBe('Dictionary<Int32, Utf8>')
    expect(String(tableFromIPC(readFileSync(join(out, 'report_texts.arrow'))).schema.fields.find((f) => f.name === 'text')!.type)).toBe('Utf8')
  })

  it('are what `npm run extract` publishes, and the app queries answer the same over them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rol-published-'))
    const root = resolve(__dirname, '../..')
    execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/extract.ts'), '--out', out], { cwd: root })
    await checkDir(out)
    const viaArrow = await (await DuckDBInstance.create(':memory:')).connect()
    const viaParquet = await (await DuckDBInstance.create(':memory:')).connect()
    for (const table of Object.keys(SCHEMA)) {
      await loadArrow(viaArrow, join(out, `${table}.arrow`), table)
      await viaParquet.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${join(out, `${table}.parquet`)}')`)
    }
    expect(await run(viaArrow, valuesForSelection({}))).toEqual(await run(viaParquet, valuesForSelection({})))
    expect(await run(viaArrow, listReports())).toEqual(await run(viaParquet, listReports()))
  })

  it('recognises HTML fallbacks and bytes that are not an Arrow stream', () => {
    const html = new TextEncoder().encode('<!doctype html><html></html>')
    expect(looksLikeHtml(html, null)).toBe(true)
    expect(looksLikeArrowStream(html)).toBe(false)
    expect(looksLikeArrowStream(new TextEncoder().encode('PAR1 not arrow PAR1'))).toBe(false)
    expect(looksLikeHtml(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]), 'application/octet-stream')).toBe(false)
  })

  it('are served pre-compressed as the request accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rol-enc-'))
    const file = join(dir, 't.arrow')
    for (const f of [file, `${file}.br`, `${file}.gz`, join(dir, 'x.json'), join(dir, 'x.json.br')]) writeFileSync(f, 'x')
    const type = 'application/vnd.apache.arrow.stream'
    expect(precompressedVariant(file, 'gzip, deflate, br, zstd')).toEqual({ path: `${file}.br`, encoding: 'br', type })
    expect(precompressedVariant(file, 'br;q=0, gzip;q=0.5')).toEqual({ path: `${file}.gz`, encoding: 'gzip', type })
    expect(precompressedVariant(file, 'identity')).toBeNull()
    expect(precompressedVariant(file, undefined)).toBeNull()
    expect(precompressedVariant(join(dir, 'x.json'), 'br')).toBeNull() // only the table copies
    expect(precompressedVariant(join(dir, 'missing.arrow'), 'br')).toBeNull()
  })

  it('escapes identifiers and never splices values into SQL', () => {
    expect(createTableSql('t', [{ name: 'end', type: 'INTEGER' }, { name: 'x"y', type: 'WEIRD' }])).toBe('CREATE OR REPLACE TABLE "t" ("end" INTEGER, "x""y" VARCHAR)')
    const [q] = insertQueries('t', [{ name: 'a', type: 'VARCHAR' }], [{ a: "'; DROP TABLE t; --" }, { a: null }])
    expect(q.sql).toBe('INSERT INTO "t" ("a") VALUES (?), (?)')
    expect(q.params).toEqual(["'; DROP TABLE t; --", null])
  })
})

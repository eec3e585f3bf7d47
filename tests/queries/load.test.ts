/**
 * The browser's table loading path (hyparquet decode → CREATE TABLE + parameterised INSERTs)
 * must give exactly the rows DuckDB's own Parquet reader gives.
 */
import { describe, expect, it } from 'vitest'
import { DuckDBInstance } from '@duckdb/node-api'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readParquet, readParquetColumns, looksLikeParquet, looksLikeHtml } from '../../src/db/parquet'
import { toArrowTable } from '../../src/db/arrow'
import { createTableSql, insertQueries } from '../../src/db/load'
import { listReports, valuesForSelection } from '../../src/queries'
import { createFixtureDb, run } from './fixture'

async function loadVia(bytes: Uint8Array, table: string) {
  const inst = await DuckDBInstance.create(':memory:')
  const c = await inst.connect()
  const { columns, rows } = await readParquet(bytes)
  await c.run(createTableSql(table, columns))
  for (const q of insertQueries(table, columns, rows, 2)) await c.run(q.sql, q.params as never)
  return { c, columns }
}

describe('parquet loading without the DuckDB parquet extension', () => {
  it('round-trips every table of the fixture (ZSTD, nulls, traditional text, "end" column)', async () => {
    const src = await createFixtureDb()
    const dir = mkdtempSync(join(tmpdir(), 'rol-'))
    for (const table of ['indicators', 'reports', 'observations', 'report_texts']) {
      const file = join(dir, `${table}.parquet`)
      await src.run(`COPY ${table} TO '${file}' (FORMAT parquet, COMPRESSION zstd)`)
      const bytes = new Uint8Array(readFileSync(file))
      expect(looksLikeParquet(bytes)).toBe(true)
      const { c, columns } = await loadVia(bytes, table)
      const expected = await run(src, { sql: `SELECT * FROM ${table} ORDER BY ALL`, params: [] })
      const actual = await run(c, { sql: `SELECT * FROM ${table} ORDER BY ALL`, params: [] })
      expect(actual).toEqual(expected)
      const described = await run(src, { sql: `DESCRIBE ${table}`, params: [] })
      expect(columns.map((x) => `${x.name}:${x.type}`)).toEqual(described.map((d) => `${d.column_name}:${d.column_type}`))
    }
  })

  it('builds Arrow tables (what DuckDB-wasm ingests) with the same rows and types', async () => {
    const src = await createFixtureDb()
    const dir = mkdtempSync(join(tmpdir(), 'rol-'))
    for (const table of ['indicators', 'reports', 'observations', 'report_texts']) {
      const file = join(dir, `${table}.parquet`)
      await src.run(`COPY ${table} TO '${file}' (FORMAT parquet, COMPRESSION zstd)`)
      const arrow = toArrowTable(await readParquetColumns(new Uint8Array(readFileSync(file))))
      const expected = await run(src, { sql: `SELECT * FROM read_parquet('${file}')`, params: [] })
      expect(arrow.toArray().map((r) => ({ ...r.toJSON() }))).toEqual(expected)
      const described = await run(src, { sql: `DESCRIBE ${table}`, params: [] })
      const arrowTypes: Record<string, string> = { Utf8: 'VARCHAR', Int32: 'INTEGER', Float64: 'DOUBLE', Bool: 'BOOLEAN' }
      expect(arrow.schema.fields.map((f) => `${f.name}:${arrowTypes[String(f.type)] ?? String(f.type)}`)).toEqual(described.map((d) => `${d.column_name}:${d.column_type}`))
    }
  })

  it('answers the app queries identically after loading', async () => {
    const src = await createFixtureDb()
    const dir = mkdtempSync(join(tmpdir(), 'rol-'))
    const inst = await DuckDBInstance.create(':memory:')
    const c = await inst.connect()
    for (const table of ['indicators', 'reports', 'observations', 'report_texts']) {
      const file = join(dir, `${table}.parquet`)
      await src.run(`COPY ${table} TO '${file}' (FORMAT parquet)`)
      const { columns, rows } = await readParquet(new Uint8Array(readFileSync(file)))
      await c.run(createTableSql(table, columns))
      for (const q of insertQueries(table, columns, rows)) await c.run(q.sql, q.params as never)
    }
    expect(await run(c, valuesForSelection({}))).toEqual(await run(src, valuesForSelection({})))
    expect(await run(c, listReports())).toEqual(await run(src, listReports()))
  })

  it('recognises HTML fallbacks and non-Parquet bytes', () => {
    const html = new TextEncoder().encode('<!doctype html><html></html>')
    expect(looksLikeHtml(html, null)).toBe(true)
    expect(looksLikeParquet(html)).toBe(false)
    expect(looksLikeHtml(new Uint8Array([0x50, 0x41, 0x52, 0x31]), 'application/octet-stream')).toBe(false)
  })

  it('escapes identifiers and never splices values into SQL', () => {
    expect(createTableSql('t', [{ name: 'end', type: 'INTEGER' }, { name: 'x"y', type: 'WEIRD' }])).toBe('CREATE OR REPLACE TABLE "t" ("end" INTEGER, "x""y" VARCHAR)')
    const [q] = insertQueries('t', [{ name: 'a', type: 'VARCHAR' }], [{ a: "'; DROP TABLE t; --" }, { a: null }])
    expect(q.sql).toBe('INSERT INTO "t" ("a") VALUES (?), (?)')
    expect(q.params).toEqual(["'; DROP TABLE t; --", null])
  })

  it('decodes the published tables like DuckDB does', async () => {
    // The tables exactly as `npm run extract` publishes them, written fresh for this test.
    const out = mkdtempSync(join(tmpdir(), 'rol-published-'))
    const root = resolve(__dirname, '../..')
    execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/extract.ts'), '--out', out], { cwd: root })
    const inst = await DuckDBInstance.create(':memory:')
    const ref = await inst.connect()
    for (const table of ['indicators', 'reports', 'observations', 'report_texts']) {
      const file = join(out, `${table}.parquet`)
      const { c } = await loadVia(new Uint8Array(readFileSync(file)), table)
      const expected = await run(ref, { sql: `SELECT * FROM read_parquet('${file}') ORDER BY ALL`, params: [] })
      const actual = await run(c, { sql: `SELECT * FROM ${table} ORDER BY ALL`, params: [] })
      expect(actual).toEqual(expected)
    }
  })
})

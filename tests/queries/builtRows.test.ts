/**
 * The derived rows the CLI builds with the published tables (src/queries/builtRows.ts) are the
 * rows the browser would make itself: put in from their Arrow files (`putBuiltRows`),
 * `counted_reports` (made of the counted reports' ids) and the built year's values and `year_stats` hold exactly
 * (EXCEPT ALL both ways, same column types) what `RESET_SQL` and `makeYearValues` make, and the
 * rest of that year, made afterwards, joins them as if the whole year had been made at once.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { tableFromIPC } from 'apache-arrow'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { insertQueries } from '../../src/db/load'
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, REPORT_COLUMNS } from '../../src/db/schema'
import { BUILT_TABLES, builtFile, COUNTED_REPORT_IDS, parseBuiltRows, putBuiltRows, type BuiltRows } from '../../src/queries/builtRows'
import { COUNTED_REPORTS, COUNTED_REPORTS_SELECT } from '../../src/queries/counted'
import { COUNTED_VALUES, YEAR_STATS } from '../../src/queries/derived'
import { makeYearRows, makeYearValues, noYearsMade, RESET_SQL } from '../../src/queries/derivedTables'
import { parseFirstView } from '../../src/queries/firstView'
import { writeTables } from '../../scripts/tables'
import { addEarlierAndYearless, createFixtureDb, exec } from './fixture'

/** Append an Arrow file's rows to `table` on `c` (as the browser appends it, by column position). */
async function appendArrow(c: DuckDBConnection, file: string, table: string): Promise<void> {
  const arrow = tableFromIPC(readFileSync(file))
  const columns = arrow.schema.fields.map((f) => ({ name: f.name, type: 'VARCHAR' }))
  const rows = arrow.toArray().map((r) => r.toJSON() as Record<string, unknown>)
  for (const q of insertQueries(table, columns, rows)) await c.run(q.sql, q.params as never)
}

/** The derived tables the built rows make. */
const MADE = [COUNTED_REPORTS, COUNTED_VALUES, YEAR_STATS]

/**
 * Reports that are not counted beside those that are: a copy of a counted report's text under another agency and year
 * (marked and not), another report of a counted agency and year (its id sorting after the counted one's), and a marked
 * copy of that agency and year whose id sorts first; and a pair of unmarked copies of one text, the first id counted.
 */
async function addDuplicates(c: DuckDBConnection): Promise<void> {
  await c.run(`UPDATE reports SET content_sha256 = 'h-' || report_id`)
  await c.run(`INSERT INTO reports (report_id, file, agency, year, content_sha256, duplicate_of) VALUES
    ('a-copy-marked', 'a.txt', '甲局', 2020, 'h-jiangjin-meteorology-2023', 'jiangjin-meteorology-2023'),
    ('z-copy', 'a2.txt', '乙局', 2019, 'h-jiangjin-meteorology-2023', NULL),
    ('chuanying-government-2023-b', 'b.txt', '船营区人民政府', 2023, 'h-b', NULL),
    ('c-same-year-marked', 'c.txt', '船营区人民政府', 2023, 'h-c', 'chuanying-government-2023'),
    ('p-1', 'p1.txt', '丙局', 2022, 'h-p', NULL),
    ('p-2', 'p2.txt', '丁局', 2021, 'h-p', NULL)`)
}

let dir: string
let built: BuiltRows
/** A connection with the published tables read back from their Parquet files. */
async function published(): Promise<DuckDBConnection> {
  const c = await (await DuckDBInstance.create(':memory:')).connect()
  for (const t of ['indicators', 'reports', 'observations']) await c.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`)
  return c
}

beforeAll(async () => {
  const src = await createFixtureDb()
  await addEarlierAndYearless(src)
  await addDuplicates(src)
  dir = mkdtempSync(join(tmpdir(), 'rol-built-'))
  const spec = { indicators: [INDICATOR_COLUMNS, 'sort'], reports: [REPORT_COLUMNS, 'report_id'], observations: [OBSERVATION_COLUMNS, 'report_id, indicator_id'] } as const
  const tables = []
  for (const [name, [columns, orderBy]] of Object.entries(spec)) {
    const rows = (await src.runAndReadAll(`SELECT * FROM ${name}`)).getRowObjectsJS()
    tables.push({ name, columns: columns as Record<string, string>, orderBy, csv: false, rows: rows.map((r) => Object.fromEntries(Object.keys(columns).map((k) => [k, r[k] ?? null]))) })
  }
  await writeTables(dir, tables)
  built = parseBuiltRows(parseFirstView(JSON.parse(readFileSync(join(dir, 'first-view.json'), 'utf8')))!.built)!
})

const rows = (c: DuckDBConnection, sql: string) => exec(c)({ sql, params: [] })
const columns = async (c: DuckDBConnection, t: string) => (await rows(c, `DESCRIBE ${t}`)).map((r) => `${String(r.column_name)} ${String(r.column_type)}`)

/** `actual` and `expected` (tables on `c`) hold the same rows, as many times each, with the same column types. */
async function same(c: DuckDBConnection, actual: string, expected: string): Promise<void> {
  expect(await columns(c, actual)).toEqual(await columns(c, expected))
  expect(await rows(c, `SELECT * FROM ${actual} EXCEPT ALL SELECT * FROM ${expected}`)).toEqual([])
  expect(await rows(c, `SELECT * FROM ${expected} EXCEPT ALL SELECT * FROM ${actual}`)).toEqual([])
}

/**
 * Put the built files in on `c` as the browser does, each statement run in the order it was sent (putBuiltRows sends them
 * all at once; DuckDB-wasm's worker runs its messages in turn); what is noted made.
 */
async function fromBuilt(c: DuckDBConnection) {
  const made = noYearsMade()
  let last: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(f: () => Promise<T>): Promise<T> => (last = last.then(f, f)) as Promise<T>
  await putBuiltRows((q) => inTurn(() => exec(c)(q)), made, built, (t) => inTurn(() => appendArrow(c, join(dir, builtFile(t)), t)))
  return made
}

describe('the derived rows built with the published tables', () => {
  it('cover the newest year and the default headlines, one file per built table', () => {
    expect(built.year).toBe(2023)
    expect(built.indicators).toHaveLength(4)
    expect(built.indicators).toContain('approval_time_compression_pct')
    expect(Object.keys(built.files).sort()).toEqual([...BUILT_TABLES].sort())
  })

  it('are the rows RESET_SQL and makeYearValues make (EXCEPT ALL both ways, same types)', async () => {
    const c = await published()
    await exec(c)(RESET_SQL)
    await makeYearValues(exec(c), noYearsMade(), built.year, built.indicators)
    for (const t of MADE) await c.run(`CREATE TABLE expected_${t} AS SELECT * FROM ${t}`)
    // a pair with the earlier year is among them
    expect(await rows(c, `SELECT report_id, prev_report_id FROM counted_values WHERE prev_report_id IS NOT NULL`)).toEqual([
      { report_id: 'jiangjin-meteorology-2023', prev_report_id: 'j-2021' },
    ])
    await fromBuilt(c)
    for (const t of MADE) await same(c, t, `expected_${t}`)
    expect(await rows(c, `SELECT CAST(count(*) AS INTEGER) AS n FROM counted_values`)).toEqual([{ n: 3 }])
    // the browser appends a file's columns by position: in the table's order (the ids' table is gone once used)
    for (const t of [COUNTED_VALUES, YEAR_STATS] as const) {
      const fields = tableFromIPC(readFileSync(join(dir, builtFile(t)))).schema.fields.map((f) => f.name)
      expect(fields).toEqual((await rows(c, `DESCRIBE ${t}`)).map((r) => r.column_name))
    }
    expect(tableFromIPC(readFileSync(join(dir, builtFile(COUNTED_REPORT_IDS)))).schema.fields.map((f) => f.name)).toEqual(['report_id'])
    expect(await rows(c, `SELECT table_name FROM duckdb_tables() WHERE table_name = '${COUNTED_REPORT_IDS}'`)).toEqual([])
  })

  it('make counted_reports of the ids the rows of COUNTED_REPORTS_SELECT, one per text and per agency and year', async () => {
    const c = await published()
    await fromBuilt(c)
    await c.run(`CREATE TABLE selected AS ${COUNTED_REPORTS_SELECT}`)
    await same(c, COUNTED_REPORTS, 'selected')
    const ids = (await rows(c, `SELECT report_id FROM ${COUNTED_REPORTS} ORDER BY report_id`)).map((r) => r.report_id)
    expect(ids).toEqual(['chuanying-government-2023', 'fengjie-emergency-2022', 'j-2021', 'jiangjin-meteorology-2023', 'n-none', 'p-1'])
    // the file holds the ids alone, one per counted report
    expect(tableFromIPC(readFileSync(join(dir, builtFile(COUNTED_REPORT_IDS)))).toArray().map((r) => r.report_id)).toEqual(ids)
  })

  it('make no statement for what they cover, and the rest of the year joins them as the whole year made at once', async () => {
    const computed = await published()
    await exec(computed)(RESET_SQL)
    await makeYearRows(exec(computed), noYearsMade(), { years: null })
    const c = await published()
    const made = await fromBuilt(c)
    const sent: string[] = []
    const run = (q: Parameters<ReturnType<typeof exec>>[0]) => (sent.push(q.sql), exec(c)(q))
    await makeYearValues(run, made, built.year, built.indicators)
    expect(sent.filter((s) => /^INSERT/.test(s))).toEqual([])
    await makeYearRows(run, made, { years: null })
    for (const t of ['counted_values', 'year_stats']) {
      const want = (await rows(computed, `SELECT * FROM ${t} ORDER BY ALL`)).map((r) => JSON.stringify(r))
      const got = (await rows(c, `SELECT * FROM ${t} ORDER BY ALL`)).map((r) => JSON.stringify(r))
      expect(got).toEqual(want)
    }
  })
})

/**
 * Writes `first-view.json` beside the tables: the rows of every query in
 * `firstViewQueries()` (src/queries/firstView.ts), answered by DuckDB in Node over the tables
 * just written, so the app can draw its Overview before DuckDB-wasm is ready. Answers bigger
 * than MAX_BYTES are left out (the app then waits for DuckDB for that selection); if the
 * report list itself is too big, the file holds no answers at all. Beside it the derived rows
 * built for the browser (src/queries/builtRows.ts): the counted reports' ids, and the newest year's rows
 * of the default headlines, made first (on the connection just reset, as the browser would).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { makeYearRows, noYearsMade, RESET_SQL, type Exec, type MadeYears } from '../src/queries/derivedTables'
import { BUILT_TABLES, builtFile, makeBuiltRows, type BuiltRows } from '../src/queries/builtRows'
import { HEADLINE_FAMILIES } from '../src/queries/catalogue'
import { writeArrow } from './arrowFile'
import { SAFE_TYPES } from '../src/db/load'
import type { Query } from '../src/queries'
import { FIRST_VIEW_FILE, FIRST_VIEW_VERSION, fingerprint, firstViewQueries, queryKey, type FirstView } from '../src/queries/firstView'
import { indicatorReports, listReports, type ReportRow } from '../src/queries'
import { matchingReports } from '../src/stores/filterOptions'
import { headlineDefaults } from '../src/queries/catalogue'
import type { DuckDBValue } from '@duckdb/node-api'

const MAX_BYTES = 256 * 1024

export async function writeFirstView(con: DuckDBConnection, outDir: string): Promise<FirstView> {
  const years = (await con.runAndReadAll(`SELECT DISTINCT CAST(year AS INTEGER) AS y FROM reports WHERE year IS NOT NULL ORDER BY y`))
    .getRowObjectsJS()
    .map((r) => Number(r.y))
  const exec = async (q: Query) => (await con.runAndReadAll(q.sql, q.params as DuckDBValue[])).getRowObjectsJS()
  await exec(RESET_SQL)
  const made = noYearsMade()
  const answers: Record<string, unknown[]> = {}
  let total = 0
  const stated = indicatorReports()
  const reported = await exec(stated)
  const headlines = headlineDefaults(new Map(reported.map((r) => [String(r.indicator_id), Number(r.reports)])))
  const built = years.length ? await writeBuiltRows(con, exec, made, outDir, years[years.length - 1], HEADLINE_FAMILIES.map((f) => headlines[f])) : undefined
  const list = (await exec(listReports())) as unknown as ReportRow[]
  const reportsOf = (years: number[]) => matchingReports(list, { years, sectors: [], regions: [] })
  for (const q of firstViewQueries(years, headlines, reportsOf)) {
    await makeYearRows(exec, made, q.perYear)
    const rows = queryKey(q) === queryKey(stated) ? reported : await exec(q)
    const bytes = JSON.stringify(rows).length
    if (bytes > MAX_BYTES || total + bytes > 4 * MAX_BYTES) continue
    answers[queryKey(q)] = rows
    total += bytes
  }
  const tables: Record<string, string> = {}
  for (const t of ['indicators', 'reports', 'observations']) {
    const file = join(outDir, `${t}.arrow`)
    if (existsSync(file)) tables[t] = fingerprint(readFileSync(file))
  }
  const fv: FirstView = { version: FIRST_VIEW_VERSION, answers, tables, ...(built ? { built } : {}) }
  // A new file in place of the old (a table directory may be a hard-linked copy of another's).
  const file = join(outDir, FIRST_VIEW_FILE)
  writeFileSync(`${file}.tmp`, JSON.stringify(fv))
  renameSync(`${file}.tmp`, file)
  return fv
}

/** Make the rows to build (src/queries/builtRows.ts) and write each table's as `built_<table>.arrow` in `outDir`. */
async function writeBuiltRows(con: DuckDBConnection, exec: Exec, made: MadeYears, outDir: string, year: number, indicators: string[]): Promise<BuiltRows> {
  const selects = await makeBuiltRows(exec, made, year, indicators)
  const files = {} as BuiltRows['files']
  // Built files of an earlier form (`built_counted_reports.arrow`, whole rows) go too, not published unread beside these.
  for (const f of readdirSync(outDir)) if (/^built_.*\.arrow(?:\.br|\.gz)?$/.test(f)) rmSync(join(outDir, f))
  for (const t of BUILT_TABLES) {
    const columns: Record<string, string> = {}
    for (const d of await exec({ sql: `DESCRIBE ${selects[t]}`, params: [] })) {
      if (!SAFE_TYPES.has(String(d.column_type))) throw new Error(`${t}.${String(d.column_name)}: ${String(d.column_type)} has no Arrow column here`)
      columns[String(d.column_name)] = String(d.column_type)
    }
    const file = join(outDir, builtFile(t))
    // New files in place of the old (removed above), as first-view.json below (never written through a hard link)
    await writeArrow(con, selects[t], columns, file)
    files[t] = fingerprint(readFileSync(file))
  }
  return { year, indicators, files }
}

/** `first-view.json` of a directory of published tables written before (the bench's synthetic ones), from its Parquet files. */
export async function rewriteFirstView(dir: string): Promise<FirstView> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  try {
    for (const t of ['indicators', 'reports', 'observations']) {
      await con.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`).replace(/'/g, "''")}')`)
    }
    return await writeFirstView(con, dir)
  } finally {
    con.closeSync()
  }
}

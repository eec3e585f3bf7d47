/**
 * The report list read from the served reports.arrow (src/db/reportList.ts) instead of asked of
 * DuckDB at start-up: exactly DuckDB's `listReports()` answer over the same table, whatever the
 * file's row order (the CLI writes it by report id), with text ordered by code point as DuckDB
 * orders it (characters past U+FFFF after U+FF01, where JS `<` puts them before), missing
 * agencies and years last, repeated text dictionary-encoded; and null, so that DuckDB is asked,
 * where the file cannot give that answer.
 */
import { describe, expect, it } from 'vitest'
import { DuckDBInstance } from '@duckdb/node-api'
import { tableFromIPC, tableToIPC } from 'apache-arrow'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reportListOf } from '../../src/db/reportList'
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, type Columns } from '../../src/db/schema'
import { listReports } from '../../src/queries'
import { writeTables } from '../../scripts/tables'
import { createFixtureDb, run } from '../queries/fixture'

type Row = Record<string, unknown>

/** `rows` written as the CLI writes the reports table (ordered by `orderBy`): the Arrow file's bytes, and DuckDB's report list over its Parquet twin. */
async function published(rows: Row[], orderBy = 'report_id', columns: Columns = REPORT_COLUMNS): Promise<{ bytes: Uint8Array; listed: () => Promise<Row[]> }> {
  const out = mkdtempSync(join(tmpdir(), 'rol-list-'))
  const none = (name: string, columns: Columns) => ({ name, columns, orderBy: '1', csv: false, rows: [] })
  await writeTables(out, [none('indicators', INDICATOR_COLUMNS), { name: 'reports', columns, orderBy, csv: false, rows }, none('observations', OBSERVATION_COLUMNS), none('report_texts', TEXT_COLUMNS)])
  const listed = async () => {
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    await c.run(`CREATE TABLE reports AS SELECT * FROM read_parquet('${join(out, 'reports.parquet')}')`)
    return run(c, listReports())
  }
  return { bytes: new Uint8Array(readFileSync(join(out, 'reports.arrow'))), listed }
}

const report = (id: string, agency: string | null, year: number | null, more: Row = {}): Row => ({
  report_id: id, file: `${id}.txt`, source_file: `${id}.txt`, title: `${agency ?? ''}${year ?? ''}年报告`, agency, agency_en: null,
  region: '甲市', sector: 'transport', year, script: 'simplified', chars: id.length * 100, sha256: `sha-${id}`, imported_at: '2026-01-01', ...more,
})

/** Agencies in every order JS and DuckDB might disagree on, years unordered, missing values, a report per agency and year. */
const AWKWARD: Row[] = [
  report('a1', '𠀋城区司法局', 2023),
  report('a2', '！城区司法局', 2023),
  report('a3', '城区司法局', 2024, { chars: null, title: null }),
  report('a4', '城区司法局', 2022, { region: null, sector: null }),
  report('a5', 'Zone bureau', 2023),
  report('a6', 'zone bureau', 2023),
  report('a7', '', 2023),
  report('a8', null, 2023),
  report('a9', '城区司法局', null),
  report('b1', '城区司法局', 2023, { duplicate_of: 'a3', content_sha256: 'same', corrected_fields: 'year', original_meta: '{"year":2024}', review_by: '王', review_at: '2026-02-01', review_note: '核对' }),
  report('b0', '城区司法局', 2023),
  report('😀', '城区司法局', 2023),
  report('\uff5e', '城区司法局', 2023),
]

describe('the report list read from reports.arrow', () => {
  it("is DuckDB's answer over the fixture's reports, written by report id", async () => {
    const rows = (await (await createFixtureDb()).runAndReadAll('SELECT * FROM reports')).getRowObjectsJS()
    const { bytes, listed: ask } = await published(rows)
    const listed = await ask()
    expect(listed.length).toBeGreaterThan(2)
    expect(reportListOf(bytes)).toEqual(listed)
  })

  it('orders text by code point and missing values last, as DuckDB does, whatever order the file is in', async () => {
    for (const orderBy of ['report_id', 'sha256 DESC']) {
      const { bytes, listed: ask } = await published(AWKWARD, orderBy)
      const listed = await ask()
      expect(reportListOf(bytes)).toEqual(listed)
      // Keys in the list's column order too (the store compares lists written out as JSON).
      expect(JSON.stringify(reportListOf(bytes))).toBe(JSON.stringify(listed))
    }
    const { bytes } = await published(AWKWARD)
    // A repeated text column is dictionary-encoded in the file, and read through its dictionary.
    expect(tableFromIPC(bytes).schema.fields.filter((f) => String(f.type).startsWith('Dictionary')).map((f) => f.name)).toContain('sector')
    expect(reportListOf(bytes)!.map((r) => r.agency)).toEqual(['', 'Zone bureau', 'zone bureau', '城区司法局', '城区司法局', '城区司法局', '城区司法局', '城区司法局', '城区司法局', '城区司法局', '！城区司法局', '𠀋城区司法局', null])
  })

  it('is null, and DuckDB is asked, where the file cannot give the answer', async () => {
    // Two reports in the same place of the order: DuckDB's order between them is its own.
    expect(reportListOf((await published([report('x', '甲局', 2023), report('x', '甲局', 2023, { title: '另一份' })])).bytes)).toBeNull()
    // A year that is not stored as an integer.
    expect(reportListOf((await published(AWKWARD.slice(0, 3), 'report_id', { ...REPORT_COLUMNS, year: 'VARCHAR' })).bytes)).toBeNull()
    // A column the list reads is missing.
    const whole = tableFromIPC((await published(AWKWARD)).bytes)
    expect(reportListOf(tableToIPC(whole, 'stream'))).not.toBeNull()
    expect(reportListOf(tableToIPC(whole.select(Object.keys(REPORT_COLUMNS).filter((c) => c !== 'review_note')), 'stream'))).toBeNull()
    expect(reportListOf(new Uint8Array([0xff, 0xff, 0xff, 0xff, 1, 2, 3]))).toBeNull()
  })
})

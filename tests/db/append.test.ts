/**
 * Appending imported reports (src/db/append.ts) against a real DuckDB with the published schema:
 * the rows answer the app's queries like bundled ones, duplicates and year-less reports are
 * refused, ids never collide, and a failure leaves the tables as they were.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { appendReports, appendTables, planAppend, removeReports } from '../../src/db/append'
import { toArrowTable } from '../../src/db/arrow'
import { listReports, reportObservations, reportText, valuesForSelection } from '../../src/queries'
import { textSegments } from '../../src/components/textSegments'
import { createFixtureDb, run } from '../queries/fixture'
import { QINGXI, counts as countsOf, imported, nodeTarget } from './target'

let c: DuckDBConnection
beforeEach(async () => {
  c = await createFixtureDb()
})

const counts = () => countsOf(c)

describe('appendReports', () => {
  it('appends an extracted report so the app queries see it, with evidence offsets into its text', async () => {
    const before = await counts()
    const inc = await imported(QINGXI)
    const [out] = await appendReports(nodeTarget(c), [inc])
    expect(out.ok).toBe(true)
    const after = await counts()
    expect(after.reports).toBe(before.reports + 1)
    expect(after.report_texts).toBe(before.report_texts + 1)
    expect(after.observations).toBe(before.observations + inc.observations.length)
    const listed = (await run(c, listReports())).find((r) => r.report_id === 'qingxi-2024')
    expect(listed).toMatchObject({ agency: '青溪县市场监督管理局', year: 2024, imported_at: '2026-12-01', source_file: 'qingxi-2024.txt' })
    const values = await run(c, valuesForSelection({ agencies: ['青溪县市场监督管理局'], indicators: ['approval_time_compression_pct'] }))
    expect(values).toEqual([expect.objectContaining({ report_id: 'qingxi-2024', reported: true, value: 72, qualifier: 'exact' })])
    const [{ text }] = await run(c, reportText('qingxi-2024'))
    const obs = await run(c, reportObservations('qingxi-2024'))
    const split = textSegments(text as string, obs as never[])
    expect(split.invalid).toEqual([])
    expect(split.segments.filter((s) => s.spans.length).map((s) => s.text)).toContain('发生行政复议案件3件')
  })

  it('refuses a report already loaded (same sha256), in the tables or earlier in the same batch', async () => {
    const inc = await imported(QINGXI)
    expect((await appendReports(nodeTarget(c), [inc, inc])).map((o) => o.ok)).toEqual([true, false])
    const before = await counts()
    const [again] = await appendReports(nodeTarget(c), [{ ...inc, report: { ...inc.report, report_id: 'other' } }])
    expect(again).toMatchObject({ ok: false, code: 'duplicate', duplicateOf: { report_id: 'qingxi-2024', agency: '青溪县市场监督管理局', year: 2024 } })
    expect(await counts()).toEqual(before)
  })

  it('gives a taken report_id a suffix and moves the observations with it', async () => {
    const inc = await imported(QINGXI, 'jiangjin-meteorology-2023.txt')
    const [out] = await appendReports(nodeTarget(c), [inc])
    expect(out).toMatchObject({ ok: true, warnings: ['renamed'], rows: { report: { report_id: 'jiangjin-meteorology-2023-2' } } })
    const obs = await run(c, reportObservations('jiangjin-meteorology-2023-2'))
    expect(obs.length).toBe(inc.observations.length)
    expect((await run(c, reportObservations('jiangjin-meteorology-2023'))).length).toBe(2)
  })

  it('leaves every table as it was when DuckDB refuses part of the rows, and drops the staging tables', async () => {
    const before = await counts()
    const inc = await imported(QINGXI)
    await expect(appendReports(nodeTarget(c, /^INSERT INTO "report_texts"/), [inc])).rejects.toThrow(/refused/)
    expect(await counts()).toEqual(before)
    const tables = await run(c, { sql: `SELECT table_name FROM information_schema.tables WHERE table_name LIKE '__import%'`, params: [] })
    expect(tables).toEqual([])
  })

  it('removes a report with its observations and text', async () => {
    const before = await counts()
    await appendReports(nodeTarget(c), [await imported(QINGXI)])
    await removeReports(nodeTarget(c), ['qingxi-2024'])
    expect(await counts()).toEqual(before)
  })
})

describe('planAppend (pure)', () => {
  it('refuses a report without a year and names an agency-less one after its file', async () => {
    const inc = await imported(QINGXI)
    const [noYear, noAgency] = planAppend(
      [{ ...inc, report: { ...inc.report, year: null } }, { ...inc, report: { ...inc.report, agency: null, sha256: 'x' } }],
      [],
    )
    expect(noYear).toEqual({ ok: false, code: 'no_year' })
    expect(noAgency).toMatchObject({ ok: true, warnings: ['agency_from_file'], rows: { report: { agency: 'qingxi-2024', report_id: 'qingxi-2024' } } })
  })
})

describe('appendTables', () => {
  it('shapes rows into exactly the published schema, which the Arrow conversion keeps', async () => {
    const tables = appendTables([await imported(QINGXI)])
    const arrowTypes: Record<string, string> = { Utf8: 'VARCHAR', Int32: 'INTEGER', Float64: 'DOUBLE', Bool: 'BOOLEAN' }
    for (const t of tables) {
      const described = await run(c, { sql: `DESCRIBE ${t.table}`, params: [] })
      const arrow = toArrowTable(t.data)
      expect(arrow.schema.fields.map((f) => `${f.name}:${arrowTypes[String(f.type)] ?? String(f.type)}`)).toEqual(described.map((d) => `${d.column_name}:${d.column_type}`))
      expect(arrow.numRows).toBe(t.data.numRows)
    }
    expect(tables[1].data.data.value).toContain(3)
  })
})

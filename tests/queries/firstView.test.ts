/**
 * The build-time first view: every answer in first-view.json is exactly what DuckDB returns for
 * the same query builder (so the app's handover finds nothing to redraw), answers are keyed so
 * the app finds them from its own queries, and a malformed file is ignored rather than trusted.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { indicatorReports, listReports, tableCounts } from '../../src/queries'
import { DEFAULT_HEADLINE } from '../../src/queries/catalogue'
import { fingerprint, FIRST_VIEW_FILE, firstViewQueries, parseFirstView, queryKey } from '../../src/queries/firstView'
import { HEADLINE_FAMILY_INDICATORS, overviewValues } from '../../src/queries/overview'
import { overviewSummary } from '../../src/queries/overviewSummary'
import { yoySummary } from '../../src/queries/yoy'
import { writeFirstView } from '../../scripts/firstView'
import { createFixtureDb, run } from './fixture'

let c: DuckDBConnection
let dir: string
beforeAll(async () => {
  c = await createFixtureDb()
  dir = mkdtempSync(join(tmpdir(), 'rol-first-view-'))
  await writeFirstView(c, dir)
})

describe('first-view.json', () => {
  it('answers the start-up queries and the Overview for all years and each year', () => {
    const fv = parseFirstView(JSON.parse(readFileSync(join(dir, FIRST_VIEW_FILE), 'utf8')))!
    expect(fv).not.toBeNull()
    const keys = Object.keys(fv.answers)
    // The fixture's reports state no 人均学法学时: the training chart opens on 参训人次, which one states.
    // The Overview counts the fixture's reports of 2022 and 2023 as 1 and 2, of all years as 3.
    const reportsOf = (years: number[]) => (years.length ? ({ 2022: 1, 2023: 2 } as Record<number, number>)[years[0]] : 3)
    expect(keys).toEqual(firstViewQueries([2022, 2023], { ...DEFAULT_HEADLINE, training: 'training_participants' }, reportsOf).map(queryKey))
    expect(fv.answers[queryKey(indicatorReports())]).toEqual([
      { indicator_id: 'approval_time_compression_pct', reports: 2 },
      { indicator_id: 'approvals_handled', reports: 1 },
      { indicator_id: 'mediation_success_pct', reports: 1 },
      { indicator_id: 'training_participants', reports: 1 },
    ])
    expect(fv.answers[queryKey(tableCounts())]).toEqual([{ indicators: 4, reports: 3, observations: 5 }])
    expect(fv.answers[queryKey(overviewValues({ years: [2022] }))]!.every((r) => (r as { year: number }).year === 2022)).toBe(true)
  })

  it('holds exactly the rows DuckDB returns for the same query', async () => {
    const fv = parseFirstView(JSON.parse(readFileSync(join(dir, FIRST_VIEW_FILE), 'utf8')))!
    for (const q of [tableCounts(), listReports(), overviewValues({}), overviewValues({ years: [2023] })]) {
      const rows = await run(c, q)
      expect(fv.answers[queryKey(q)]).toEqual(JSON.parse(JSON.stringify(rows)))
    }
    // The all-years Overview has a row per report × headline indicator, reported or not.
    const all = fv.answers[queryKey(overviewValues({}))] as { reported: boolean; value: number | null }[]
    expect(all.length).toBe(3 * 4) // 3 reports × the 4 fixture indicators, all in headline families
    expect(all.filter((r) => !r.reported).every((r) => r.value === null)).toBe(true)
  })

  it("holds each year's figure summaries and year-over-year lines as the Overview asks for them, whatever the agencies picked", async () => {
    const fv = parseFirstView(JSON.parse(readFileSync(join(dir, FIRST_VIEW_FILE), 'utf8')))!
    // The Overview's filter (src/stores/selection.ts): years with empty sector and region lists; agencies are only highlighted.
    for (const years of [[], [2022], [2023]]) {
      const filter = { years, sectors: [], regions: [] }
      for (const q of [overviewSummary(filter), yoySummary({ ...filter, indicators: HEADLINE_FAMILY_INDICATORS })]) {
        const kept = fv.answers[queryKey(q)]
        expect(kept, q.sql).toBeDefined()
        expect(kept).toEqual(JSON.parse(JSON.stringify(await run(c, q))))
      }
    }
    // The figure summaries of a year are its reports' ends: 2023's two reports state the approval compression.
    expect(fv.answers[queryKey(overviewSummary({ years: [2023] }))]!.length).toBeGreaterThan(0)
  })

  it('keys depend on the parameters, not only the SQL', () => {
    expect(queryKey(overviewValues({ years: [2022] }))).not.toBe(queryKey(overviewValues({ years: [2023] })))
    expect(queryKey(overviewValues({}))).toBe(queryKey(overviewValues({})))
  })

  it('ignores files that are not a first view', () => {
    for (const bad of [null, 'x', [], { version: 2, answers: {} }, { version: 1 }, { version: 1, answers: { k: 'not rows' } }]) {
      expect(parseFirstView(bad)).toBeNull()
    }
    expect(parseFirstView({ version: 1, answers: { k: [] } })).not.toBeNull()
  })
})

describe('table fingerprints', () => {
  it('are written for the Arrow copies of the core tables (what the browser loads) and match the files', async () => {
    const { writeFileSync: write } = await import('node:fs')
    const out = mkdtempSync(join(tmpdir(), 'rol-first-view-files-'))
    for (const t of ['indicators', 'reports', 'observations']) write(join(out, `${t}.arrow`), `bytes of ${t}`)
    const fv = await writeFirstView(c, out)
    expect(fv.tables).toEqual({
      indicators: fingerprint(new TextEncoder().encode('bytes of indicators')),
      reports: fingerprint(new TextEncoder().encode('bytes of reports')),
      observations: fingerprint(new TextEncoder().encode('bytes of observations')),
    })
  })

  it('tell different bytes apart, including same-length files', () => {
    const a = fingerprint(new Uint8Array([1, 2, 3, 4]))
    expect(fingerprint(new Uint8Array([1, 2, 3, 4]))).toBe(a)
    expect(fingerprint(new Uint8Array([1, 2, 4, 3]))).not.toBe(a)
    expect(fingerprint(new Uint8Array([1, 2, 3]))).not.toBe(a)
    // Read word by word: a view at any offset gives the bytes' fingerprint, and the bytes after the last word count.
    const six = fingerprint(new Uint8Array([1, 2, 3, 4, 5, 6]))
    expect(fingerprint(new Uint8Array([0, 1, 2, 3, 4, 5, 6]).subarray(1))).toBe(six)
    expect(fingerprint(new Uint8Array([1, 2, 3, 4, 5, 7]))).not.toBe(six)
    expect(parseFirstView({ version: 1, answers: {}, tables: 'x' })).toBeNull()
  })
})

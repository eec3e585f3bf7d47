/**
 * Corrections in the loaded tables (src/db/corrections.ts) against a real DuckDB with the
 * published schema: a sync puts exactly what `npm run extract -- --corrections` would write
 * into the tables (published + local for imported reports, local for bundled ones), undoing is a
 * sync without the correction, stale ones are listed with their file, a failure changes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { appendReports, removeReports } from '../../src/db/append'
import { syncCorrections, type CorrectionLayers } from '../../src/db/corrections'
import { concatCorrections, emptyCorrections, type CorrectionsFile, type ValueCorrection } from '../../src/pipeline/corrections'
import { applyCorrections } from '../../src/pipeline/applyCorrections'
import { listReports, reportObservations, valuesForSelection } from '../../src/queries'
import { OBSERVATION_COLUMNS } from '../../src/db/schema'
import { createFixtureDb, run } from '../queries/fixture'
import { catalogue, counts, imported, nodeTarget, QINGXI } from './target'

const known = new Set(catalogue.indicators.map((i) => i.id))
let c: DuckDBConnection
let sha = ''
beforeEach(async () => {
  c = await createFixtureDb()
  const inc = await imported(QINGXI)
  sha = inc.report.sha256
  await appendReports(nodeTarget(c), [inc])
})

const at = (s: string) => {
  const start = QINGXI.indexOf(s)
  return { start, end: start + s.length, evidence: s }
}
const v = (x: Partial<ValueCorrection> & Pick<ValueCorrection, 'indicator_id' | 'action' | 'start' | 'end'>): ValueCorrection => ({ report_sha256: sha, ...x })
const file = (values: ValueCorrection[], reports: CorrectionsFile['reports'] = []): CorrectionsFile => ({ version: 1, reports, values })
const layers = (local: CorrectionsFile, published = emptyCorrections(), importedShas = [sha]): CorrectionLayers => ({ local, published, imported: new Set(importedShas) })
const obs = async (id = 'qingxi-2024') => Object.fromEntries((await run(c, { sql: `SELECT * FROM observations WHERE report_id = ?`, params: [id] })).map((o) => [o.indicator_id, o]))

describe('syncCorrections', () => {
  it('leaves the tables exactly as loaded, and creates nothing, when there is nothing to apply', async () => {
    const before = await obs()
    expect(await syncCorrections(nodeTarget(c), layers(emptyCorrections()), known)).toEqual({ stale: [], changed: 0, untouched: true })
    expect(await obs()).toEqual(before)
    expect(await run(c, { sql: `SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '\\_\\_%' ESCAPE '\\'`, params: [] })).toEqual([])
  })

  it('applies local corrections to the tables the views read, and undoing restores the extracted rows', async () => {
    const before = await obs()
    const local = file([
      v({ indicator_id: 'training_participants', action: 'set', value: 365, ...at('参训人员共计360人次'), by: '王芳', at: '2026-12-01T08:00:00.000Z', note: '含线上' }),
      v({ indicator_id: 'reconsideration_cases', action: 'reject', reason: 'sub_figure', ...at('发生行政复议案件3件') }),
    ], [{ report_sha256: sha, agency: '青溪县市场监管局', by: '王芳' }])
    const out = await syncCorrections(nodeTarget(c), layers(local), known)
    expect(out).toEqual({ stale: [], changed: 1 })
    const [value] = await run(c, valuesForSelection({ agencies: ['青溪县市场监管局'], indicators: ['training_participants'] }))
    expect(value).toMatchObject({ reported: true, value: 365 })
    const after = await obs()
    expect(after.training_participants).toMatchObject({ value: 365, method: 'manual', reviewed: true, original_value: 360, review_by: '王芳', review_note: '含线上' })
    expect(after.reconsideration_cases).toBeUndefined()
    expect((await run(c, listReports())).find((r) => r.report_id === 'qingxi-2024')).toMatchObject({ agency: '青溪县市场监管局' })

    // Syncing again changes nothing; syncing without them restores what was extracted.
    await syncCorrections(nodeTarget(c), layers(local), known)
    expect(await obs()).toEqual(after)
    await syncCorrections(nodeTarget(c), layers(emptyCorrections()), known)
    expect(await obs()).toEqual(before)
    expect((await run(c, listReports())).find((r) => r.report_id === 'qingxi-2024')).toMatchObject({ agency: '青溪县市场监督管理局' })
  })

  it('gives imported reports exactly the rows of the CLI with published + local corrections; bundled rows already carry the published ones', async () => {
    const raw = await imported(QINGXI)
    const published = file([v({ indicator_id: 'training_sessions', action: 'set', value: 13, ...at('组织执法人员培训12场次') })])
    const local = file([
      v({ indicator_id: 'training_sessions', action: 'confirm', value: 13, ...at('组织执法人员培训12场次') }),
      v({ indicator_id: 'legal_review_cases', action: 'add', value: 96, ...at('其中行政处罚案件96件') }),
    ])
    await syncCorrections(nodeTarget(c), layers(local, published), known)
    const cli = applyCorrections([raw], concatCorrections(published, local), known).reports[0].observations
    const pick = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(OBSERVATION_COLUMNS).map((k) => [k, o[k] ?? null]))
    const sort = (rows: Record<string, unknown>[]) => rows.map(pick).sort((a, b) => String(a.indicator_id).localeCompare(String(b.indicator_id)))
    expect(sort(Object.values(await obs()))).toEqual(sort(cli as never[]))
    expect((await obs()).training_sessions).toMatchObject({ value: 13, original_value: 12, method: 'manual' })

    // Not imported (bundled): only the local layer applies; the confirmation of 13 no longer fits the 12 in the rows.
    await syncCorrections(nodeTarget(c), layers(local, published, []), known)
    const bundled = await syncCorrections(nodeTarget(c), layers(local, published, []), known)
    expect(bundled.stale.map((s) => [s.source, s.index, s.reason])).toEqual([['local', 0, 'changed']])
    expect((await obs()).training_sessions).toMatchObject({ value: 12, method: 'rule', reviewed: false })
  })

  it('lists stale corrections of both files; the published ones found by the CLI stay listed unless the report is imported here', async () => {
    const gone = 'f'.repeat(64)
    const local = file([v({ report_sha256: gone, indicator_id: 'fines_yuan', action: 'set', value: 1, start: 0, end: 3 }), v({ indicator_id: 'fines_yuan', action: 'reject', ...at('发生行政复议案件3件') })])
    const cliStale = [{ kind: 'value' as const, index: 0, reason: 'report_missing' as const, correction: v({ report_sha256: gone, indicator_id: 'fines_yuan', action: 'set', value: 2, start: 0, end: 3 }), source: 'published' as const }, { kind: 'value' as const, index: 1, reason: 'report_missing' as const, correction: v({ indicator_id: 'x', action: 'set', value: 2, start: 0, end: 3 }), source: 'published' as const }]
    const out = await syncCorrections(nodeTarget(c), layers(local), known, cliStale)
    expect(out.stale.map((s) => [s.source, s.index, s.reason])).toEqual([['published', 0, 'report_missing'], ['local', 0, 'report_missing'], ['local', 1, 'not_extracted']])
  })

  it('leaves the tables as they were when DuckDB refuses the rows', async () => {
    const before = [await counts(c), await obs()]
    const local = file([v({ indicator_id: 'enforcement_cases', action: 'set', value: 1, ...at('全年办理行政执法案件128件') })])
    await expect(syncCorrections(nodeTarget(c, /^INSERT INTO reports/), layers(local), known)).rejects.toThrow(/refused/)
    expect([await counts(c), await obs()]).toEqual(before)
  })

  it('forgets the kept rows of a removed report, so the same file imported again is corrected from its new rows', async () => {
    const local = file([v({ indicator_id: 'enforcement_cases', action: 'set', value: 1, ...at('全年办理行政执法案件128件') })])
    await syncCorrections(nodeTarget(c), layers(local), known)
    await removeReports(nodeTarget(c), ['qingxi-2024'])
    const gone = await syncCorrections(nodeTarget(c), layers(local), known)
    expect(gone.stale.map((s) => s.reason)).toEqual(['report_missing'])
    expect(await run(c, { sql: 'SELECT count(*)::INTEGER AS n FROM __base_observations', params: [] })).toEqual([{ n: 0 }])
    await appendReports(nodeTarget(c), [await imported(QINGXI)])
    await syncCorrections(nodeTarget(c), layers(local), known)
    expect((await run(c, reportObservations('qingxi-2024'))).find((o) => o.indicator_id === 'enforcement_cases')).toMatchObject({ value: 1, method: 'manual' })
  })
})

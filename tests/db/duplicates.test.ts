/**
 * One report per agency and year: the content hash (same text after decoding, spacing and
 * script → same hash), the duplicate found on import (same text, or same agency and year) with
 * its two answers (replace, keep both marked), the CLI's marking, and every query counting one
 * report per agency and year — against a real DuckDB with the published schema.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import iconv from 'iconv-lite'
import { appendReports, type ImportRows } from '../../src/db/append'
import { memoryStorage } from '../../src/db/persist'
import { contentKey } from '../../src/extract/normalise'
import { markDuplicates } from '../../src/pipeline/duplicates'
import { processReport } from '../../src/pipeline/processReport'
import { exploreCount, listReports, rankingFor, valuesForSelection } from '../../src/queries'
import { briefingScope } from '../../src/queries/briefing'
import { overviewHeadline } from '../../src/queries/overview'
import { resolveDuplicate, restoreStored } from '../../src/stores/importFlow'
import { createFixtureDb, run } from '../queries/fixture'
import { QINGXI, catalogue, counts, nodeTarget } from './target'

const AGENCY = '青溪县市场监督管理局'

async function rows(bytes: Uint8Array, file: string): Promise<ImportRows> {
  const r = await processReport(bytes, file, catalogue, { source_file: file, imported_at: '2026-12-01' })
  if (!r.ok) throw new Error(r.message_en)
  return { report: r.report, observations: r.observations, text: r.text }
}
const utf8 = (text: string, file = 'qingxi-utf8.txt') => rows(new TextEncoder().encode(text), file)
const gbk = (text: string, file = 'qingxi-gbk.txt') => rows(new Uint8Array(iconv.encode(text, 'gbk')), file)

/** The same report wrapped and spaced differently, with full-width figures. */
const RESPACED = QINGXI.replace(/\n/g, '\r\n\r\n').replace(/，/g, '， ').replace('72%', '７２％')
/** The same report in traditional script. */
const TRADITIONAL = QINGXI.replace(/县/g, '縣').replace(/监督管理/g, '監督管理').replace(/贯彻/g, '貫徹').replace(/建设/g, '建設').replace(/审批/g, '審批')
/** Another report of the same agency and year (different words). */
const OTHER_TEXT = QINGXI.replace('全年办理行政执法案件128件', '全年共办理行政执法案件131件').replace('审批时限压缩比例达到72%', '审批时限压缩比例达到75%')

describe('content hash', () => {
  it('is the same for GBK and UTF-8 files, other spacing and line breaks, full-width figures and traditional script', async () => {
    const base = await utf8(QINGXI)
    expect(base.report.content_sha256).toMatch(/^[0-9a-f]{64}$/)
    const copies = [await gbk(QINGXI), await utf8(RESPACED, 'b.txt'), await gbk(RESPACED, 'c.txt'), await utf8(TRADITIONAL, 'd.txt')]
    for (const c of copies) {
      expect(c.report.sha256).not.toBe(base.report.sha256)
      expect(c.report.content_sha256).toBe(base.report.content_sha256)
    }
    expect((await utf8(OTHER_TEXT, 'e.txt')).report.content_sha256).not.toBe(base.report.content_sha256)
    expect(contentKey('全年 办理\r\n１２８件　。')).toBe('全年办理128件。')
  })
})

describe('importing a duplicate', () => {
  let c: DuckDBConnection
  beforeEach(async () => {
    c = await createFixtureDb()
  })
  const append = (r: readonly ImportRows[]) => appendReports(nodeTarget(c), r)
  const reportsOf = async () => (await run(c, listReports())).filter((r) => String(r.agency).startsWith('青溪'))

  it('asks before adding a GBK copy (same text) or another report of the same agency and year', async () => {
    expect((await append([await utf8(QINGXI)]))[0].ok).toBe(true)
    const before = await counts(c)
    const [copy] = await append([await gbk(QINGXI)])
    expect(copy).toMatchObject({ ok: false, code: 'same_content', duplicateOf: { report_id: 'qingxi-utf8', agency: AGENCY, year: 2024 } })
    const [other] = await append([await utf8(OTHER_TEXT, 'qingxi-other.txt')])
    expect(other).toMatchObject({ ok: false, code: 'same_agency_year', duplicateOf: { report_id: 'qingxi-utf8' } })
    expect(await counts(c)).toEqual(before)
  })

  it('keeps both when asked, the copy marked, and every query counts the agency-year once', async () => {
    await append([await utf8(QINGXI)])
    const [{ n: observed }] = await run(c, exploreCount({ agencies: [AGENCY] }))
    expect(observed).toBeGreaterThan(0)
    const [kept] = await append([{ ...(await gbk(QINGXI)), decision: 'keep' }])
    expect(kept).toMatchObject({ ok: true, rows: { report: { report_id: 'qingxi-gbk', duplicate_of: 'qingxi-utf8' } } })
    expect((await reportsOf()).map((r) => [r.report_id, r.duplicate_of])).toEqual([['qingxi-gbk', 'qingxi-utf8'], ['qingxi-utf8', null]])

    const values = await run(c, valuesForSelection({ agencies: [AGENCY], indicators: ['approval_time_compression_pct'] }))
    expect(values.map((r) => r.report_id)).toEqual(['qingxi-utf8'])
    const ranking = await run(c, rankingFor({ indicator: 'approval_time_compression_pct', years: [2024] }))
    expect(ranking.filter((r) => r.agency === AGENCY)).toHaveLength(1)
    const [head] = await run(c, overviewHeadline({ years: [2024] }, ['approval_time_compression_pct']))
    expect(head.total).toBe(1)
    const [{ n }] = await run(c, exploreCount({ agencies: [AGENCY] }))
    expect(n).toBe(observed)
    const scope = await run(c, briefingScope({ years: [2024] }))
    expect(scope.find((s) => s.kind === 'all')).toMatchObject({ reports: 1, agencies: 1 })
  })

  it('counts one report per agency-year even when nobody marked the copy (e.g. a corrected agency)', async () => {
    await append([await utf8(QINGXI), { ...(await utf8(OTHER_TEXT, 'qingxi-other.txt')), decision: 'keep' }])
    await c.run(`UPDATE reports SET duplicate_of = NULL`)
    const values = await run(c, valuesForSelection({ years: [2024], indicators: ['approval_time_compression_pct'] }))
    expect(values.map((r) => r.report_id)).toEqual(['qingxi-other'])
    expect(values[0].value).toBe(75)
    // Reports of other agencies and years are all still counted.
    expect(new Set((await run(c, valuesForSelection({ indicators: ['approval_time_compression_pct'] }))).map((r) => r.report_id)).size).toBe(4)
  })

  it('replaces when asked: the loaded report goes in the same transaction, and a reload does it again', async () => {
    const storage = memoryStorage()
    await append([await utf8(QINGXI)])
    const bundledCount = (await counts(c)).reports
    const out = await resolveDuplicate({ rows: await utf8(OTHER_TEXT, 'qingxi-other.txt'), name: 'qingxi-other.txt' }, 'replace', { append, storage })
    expect(out).toMatchObject({ ok: true, report_id: 'qingxi-other', replaced: { report_id: 'qingxi-utf8' }, duplicate_of: null })
    expect((await reportsOf()).map((r) => r.report_id)).toEqual(['qingxi-other'])
    expect((await counts(c)).reports).toBe(bundledCount)
    expect((await run(c, valuesForSelection({ agencies: [AGENCY], indicators: ['approval_time_compression_pct'] })))[0].value).toBe(75)

    // A reload: the "bundled" report is there again; the stored decision replaces it again.
    const c2 = await createFixtureDb()
    await appendReports(nodeTarget(c2), [await utf8(QINGXI)])
    const { restored } = await restoreStored({ append: (r) => appendReports(nodeTarget(c2), r), storage })
    expect(restored.map((r) => r.report_id)).toEqual(['qingxi-other'])
    const after = (await run(c2, listReports())).filter((r) => r.agency === AGENCY).map((r) => r.report_id)
    expect(after).toEqual(['qingxi-other'])
  })

  it('the CLI marks a later file repeating an earlier one, by text or by agency and year', async () => {
    const a = (await utf8(QINGXI, 'a.txt')).report
    const b = (await gbk(QINGXI, 'b.txt')).report
    const d = (await utf8(OTHER_TEXT, 'd.txt')).report
    const e = { ...(await utf8(QINGXI.replace(/2024/g, '2023'), 'e.txt')).report }
    const { reports, marked } = markDuplicates([a, b, d, e])
    expect(reports.map((r) => r.duplicate_of)).toEqual([null, 'a', 'a', null])
    expect(marked.map((m) => [m.report.file, m.kind])).toEqual([['b.txt', 'same_content'], ['d.txt', 'same_agency_year']])
  })
})

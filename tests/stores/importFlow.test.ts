/**
 * One file's import (size check → extraction → append → storage) and the restore of stored
 * imports after a reload, with the real extraction and a real DuckDB; storage is in memory.
 * Every failure is a value for that file; the tables never change on failure.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { appendReports } from '../../src/db/append'
import { memoryStorage, parseStoredImport, toStoredImport } from '../../src/db/persist'
import { processReport } from '../../src/pipeline/processReport'
import { importFile, restoreStored, type Extracted, type FlowDeps } from '../../src/stores/importFlow'
import { ExtractionStopped, extractionBudgetMs } from '../../src/workers/protocol'
import { PENDING_KEY, readPending, writePending } from '../../src/stores/pendingImports'
import { createFixtureDb } from '../queries/fixture'
import { QINGXI, catalogue, counts, imported, nodeTarget } from '../db/target'

async function extract(file: File): Promise<Extracted> {
  const r = await processReport(new Uint8Array(await file.arrayBuffer()), file.name, catalogue, { source_file: file.name, imported_at: '2026-12-01' })
  return r.ok ? { ok: true, rows: { report: r.report, observations: r.observations, text: r.text }, warnings: r.warnings } : { ok: false, code: r.code, message_zh: r.message_zh, message_en: r.message_en }
}

let c: DuckDBConnection
let deps: FlowDeps & { storage: ReturnType<typeof memoryStorage> }
beforeEach(async () => {
  c = await createFixtureDb()
  deps = { extract, append: (rows) => appendReports(nodeTarget(c), rows), storage: memoryStorage() }
})

const file = (text: string, name = 'qingxi-2024.txt') => new File([new TextEncoder().encode(text)], name)

describe('importFile', () => {
  it('extracts, appends and stores a report, and says what it found', async () => {
    const before = await counts(c)
    const out = await importFile(file(QINGXI), deps)
    expect(out).toMatchObject({ ok: true, report_id: 'qingxi-2024', agency: '青溪县市场监督管理局', year: 2024, stored: true, warnings: [] })
    expect(out.ok && out.indicators).toBeGreaterThan(3)
    expect((await counts(c)).reports).toBe(before.reports + 1)
    expect(deps.storage.records.size).toBe(1)
  })

  it('refuses a file too large before reading it, and unreadable files with the ingest message', async () => {
    const spy = vi.fn(extract)
    const big = await importFile(file(QINGXI), { ...deps, extract: spy, maxBytes: 100 })
    expect(big).toMatchObject({ ok: false, code: 'too_large' })
    expect(!big.ok && big.message_zh).toContain('文件过大')
    expect(spy).not.toHaveBeenCalled()
    const empty = await importFile(file(''), deps)
    expect(empty).toMatchObject({ ok: false, code: 'empty' })
    expect(!empty.ok && empty.message_en).toMatch(/empty/)
  })

  it('turns a worker crash, a database refusal and a duplicate into values; the tables stay as they were', async () => {
    const before = await counts(c)
    expect(await importFile(file(QINGXI), { ...deps, extract: () => Promise.reject(new Error('out of memory')) }))
      .toEqual({ ok: false, code: 'worker', params: { reason: 'out of memory' } })
    expect(await importFile(file(QINGXI), { ...deps, append: (rows) => appendReports(nodeTarget(c, /^INSERT INTO "observations"/), rows) }))
      .toMatchObject({ ok: false, code: 'database' })
    expect(await counts(c)).toEqual(before)
    expect(deps.storage.records.size).toBe(0)
    await importFile(file(QINGXI), deps)
    expect(await importFile(file(QINGXI, 'copy.txt'), deps)).toEqual({ ok: false, code: 'duplicate', params: { agency: '青溪县市场监督管理局', year: 2024 } })
  })

  it('still imports when the browser cannot store it, and says why: a full quota apart', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const out = await importFile(file(QINGXI), { ...deps, storage: { ...deps.storage, put: () => Promise.reject(quota) } })
    expect(out).toMatchObject({ ok: true, stored: false, storeProblem: { quota: true, reason: 'The quota has been exceeded.' } })
    const c2 = await createFixtureDb()
    const other = await importFile(file(QINGXI), { ...deps, append: (rows) => appendReports(nodeTarget(c2), rows), storage: { ...deps.storage, put: () => Promise.reject(new Error('IndexedDB is not available in this browser')) } })
    expect(other).toMatchObject({ ok: true, stored: false, storeProblem: { quota: false, reason: 'IndexedDB is not available in this browser' } })
  })

  it('a file stopped by its time budget or by Cancel gets its own outcome; the tables do not change', async () => {
    const before = await counts(c)
    expect(await importFile(file(QINGXI), { ...deps, extract: () => Promise.reject(new ExtractionStopped('timeout', 45_000)) })).toEqual({ ok: false, code: 'timeout', params: { s: 45 } })
    expect(await importFile(file(QINGXI), { ...deps, extract: () => Promise.reject(new ExtractionStopped('cancelled')) })).toMatchObject({ ok: false, code: 'cancelled' })
    expect(await counts(c)).toEqual(before)
    // The budget grows with the file: 30 s, plus 3 s a MB.
    expect(extractionBudgetMs(0)).toBe(30_000)
    expect(extractionBudgetMs(20 * 1024 * 1024)).toBe(90_000)
  })
})

describe('restoreStored', () => {
  it('re-applies stored imports to freshly loaded tables, skips reports loaded anyway and drops unreadable records', async () => {
    await importFile(file(QINGXI), deps)
    const other = QINGXI.replaceAll('青溪县市场监督管理局', '白石区司法局')
    await importFile(file(other, 'baishi.txt'), deps)
    deps.storage.records.set('bad', { v: 0, sha256: 'bad' })
    // After a reload: the bundled tables again, one of the two reports now bundled too.
    const fresh = await createFixtureDb()
    await appendReports(nodeTarget(fresh), [await imported(other, 'bundled-baishi.txt')])
    const before = await counts(fresh)
    const r = await restoreStored({ append: (rows) => appendReports(nodeTarget(fresh), rows), storage: deps.storage })
    expect(r.restored.map((x) => [x.report_id, x.agency, x.stored])).toEqual([['qingxi-2024', '青溪县市场监督管理局', true]])
    expect(r.failed).toBe(1)
    expect((await counts(fresh)).reports).toBe(before.reports + 1)
    expect([...deps.storage.records.keys()].sort()).toHaveLength(2)
    expect(deps.storage.records.has('bad')).toBe(false)
  })
})

describe('parseStoredImport', () => {
  it('reads back what was stored and nothing else', async () => {
    const rec = toStoredImport(await imported(QINGXI), 'a.txt', new Date('2026-12-01T00:00:00Z'))
    expect(parseStoredImport(structuredClone(rec))).toEqual(rec)
    expect(parseStoredImport({ ...rec, v: 2 })).toBeNull()
    expect(parseStoredImport({ ...rec, sha256: 'other' })).toBeNull()
    expect(parseStoredImport({ ...rec, observations: [{ report_id: 'x' }] })).toBeNull()
    expect(parseStoredImport(null)).toBeNull()
  })
})

describe('pending imports (what a reload would cut short)', () => {
  it('are written down, read back and cleared; unreadable entries are ignored', () => {
    const kv = new Map<string, string>()
    const s = { getItem: (k: string) => kv.get(k) ?? null, setItem: (k: string, v: string) => void kv.set(k, v), removeItem: (k: string) => void kv.delete(k) }
    expect(readPending(s)).toEqual([])
    writePending([{ name: 'a.txt', size: 10 }, { name: 'b.docx', size: 2048 }], s)
    expect(readPending(s)).toEqual([{ name: 'a.txt', size: 10 }, { name: 'b.docx', size: 2048 }])
    writePending([], s)
    expect(kv.has(PENDING_KEY)).toBe(false)
    kv.set(PENDING_KEY, '[{"name":"ok.txt","size":1},{"name":3},"x"]')
    expect(readPending(s)).toEqual([{ name: 'ok.txt', size: 1 }])
    kv.set(PENDING_KEY, '{not json')
    expect(readPending(s)).toEqual([])
    expect(readPending(null)).toEqual([])
  })
})

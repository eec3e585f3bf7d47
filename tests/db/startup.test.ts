/**
 * Start-up on the views' connection (src/db/duckdb.ts), against a fake DuckDB-wasm that records
 * what it is sent in order: open and connect are sent together; the lockdown is one statement,
 * sent before any table; the core tables
 * are sent without waiting for the lockdown's answer, each as a copy and fingerprinted after it is
 * sent; start-up resolves once they are in, while
 * the derived rows are still being made, and every question waits for those; a failure making
 * them is start-up's failure (`databaseMade`). (The report list is read from the reports table's
 * file, never asked at start-up: tests/db/reportList.test.ts, tests/e2e/scale.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tableFromArrays } from 'apache-arrow'
import { LOCKDOWN_SQL } from '../../src/db/lockdown'
import { listReports } from '../../src/queries'
import { fingerprint, queryKey } from '../../src/queries/firstView'
import { RESET_SQL } from '../../src/queries/derivedTables'

const sent: string[] = []
/** Statements whose answer waits until the test settles it (by the start of their SQL). */
const held = new Map<string, { settle: (ok: boolean) => void; answered: Promise<void> }>()
let lockdownAnswered = false
let opened = false

function hold(start: string): void {
  let settle!: (ok: boolean) => void
  const answered = new Promise<void>((ok, fail) => (settle = (yes) => (yes ? ok() : fail(new Error(`${start} failed`)))))
  answered.catch(() => undefined)
  held.set(start, { settle, answered })
}

/** A statement's answer, a round trip later (or once the test settles it). */
async function answer(sql: string) {
  await new Promise((r) => setTimeout(r, 1))
  const h = [...held].find(([start]) => sql.startsWith(start))
  if (h) await h[1].answered
  if (sql === LOCKDOWN_SQL) lockdownAnswered = true
  return /^SELECT id FROM indicators/.test(sql) ? tableFromArrays({ id: ['a', 'b'] }) : tableFromArrays({ n: [1] })
}

/** The served fingerprints of the start-up under test (set once its module is imported), and those noted when each table was sent. */
let printsNow: (() => Record<string, string>) | null = null
const printedWhenSent = new Map<string, boolean>()

const conn = {
  query: (sql: string) => (sent.push(sql), answer(sql)),
  insertArrowFromIPCStream: async (bytes: Uint8Array, o: { name: string }) => {
    printedWhenSent.set(o.name, !!printsNow?.()[o.name])
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] }) // sent to the worker as DuckDB-wasm sends it: no longer readable here
    sent.push(`insert ${o.name}${lockdownAnswered ? ' (after the lockdown was answered)' : ''}`)
  },
  prepare: async (sql: string) => {
    sent.push(`prepare ${sql}`)
    return { query: () => (sent.push(`run ${sql}`), answer(sql)), close: async () => undefined }
  },
  close: async () => undefined,
}

vi.mock('@duckdb/duckdb-wasm', () => ({
  selectBundle: async (b: { eh: unknown }) => b.eh,
  VoidLogger: class {},
  AsyncDuckDB: class {
    instantiate = async () => null
    ping = async () => null
    open = async () => {
      sent.push('open')
      await new Promise((r) => setTimeout(r, 1))
      opened = true
    }
    connect = async () => (sent.push(opened ? 'connect (after open was answered)' : 'connect'), conn)
    terminate = async () => undefined
  },
}))

/** Each table's bytes: an Arrow stream's first bytes, then the table's name (so each has its own fingerprint). */
const tableBytes = (name: string) => new Uint8Array([0xff, 0xff, 0xff, 0xff, 8, 0, 0, 0, ...new TextEncoder().encode(name)])
const CORE = ['indicators', 'reports', 'observations']
/** first-view.json: the report list's answer, for the tables with these fingerprints. */
let firstView: { version: 1; answers: Record<string, unknown[]>; tables: Record<string, string> }

beforeEach(() => {
  vi.resetModules()
  sent.length = 0
  held.clear()
  lockdownAnswered = false
  opened = false
  printsNow = null
  printedWhenSent.clear()
  firstView = { version: 1, answers: { [queryKey(listReports())]: [{ report_id: 'r' }] }, tables: Object.fromEntries(CORE.map((t) => [t, fingerprint(tableBytes(t))])) }
  vi.stubGlobal('Worker', class { addEventListener() {} terminate() {} })
  vi.stubGlobal('fetch', async (url: string) => {
    const file = url.split('/').pop()!
    if (file === 'first-view.json') return new Response(JSON.stringify(firstView), { headers: { 'content-type': 'application/json' } })
    if (file.startsWith('built_')) return new Response('not found', { status: 404 })
    return new Response(tableBytes(file.replace('.arrow', '')), { headers: { 'content-type': 'application/octet-stream' } })
  })
})
afterEach(() => vi.unstubAllGlobals())

/** Let every answer that can come, come. */
const settleDown = () => new Promise((r) => setTimeout(r, 20))

describe('start-up', () => {
  it('locks down in one statement, sends the tables behind it at once, and is ready before the derived rows are made; questions wait for them', async () => {
    hold(RESET_SQL.sql)
    const db = await import('../../src/db/duckdb')
    await db.startDatabase()
    expect(sent).toEqual(['open', 'connect', LOCKDOWN_SQL, 'insert indicators', 'insert reports', 'insert observations', RESET_SQL.sql])
    const asked = db.query<{ n: number }>('SELECT 42 AS n')
    await settleDown()
    expect(sent).not.toContain('SELECT 42 AS n')
    held.get(RESET_SQL.sql)!.settle(true)
    expect(await asked).toEqual([{ n: 1 }])
    await db.databaseMade()
    // the indicators' ids and the per-year statements, then the question
    expect(sent.indexOf('SELECT id FROM indicators ORDER BY id')).toBe(7)
    expect(sent.at(-1)).toBe('SELECT 42 AS n')
    await db.resetDatabase()
  })

  it('sends each core table before fingerprinting its file, so this thread fingerprints it while the worker ingests a copy', async () => {
    const db = await import('../../src/db/duckdb')
    printsNow = db.servedFingerprints
    await db.startDatabase()
    expect(Object.fromEntries(printedWhenSent)).toEqual({ indicators: false, reports: false, observations: false })
    expect(db.servedFingerprints()).toEqual(firstView.tables)
    await db.resetDatabase()
  })

  it('fails when the derived rows cannot be made: databaseMade and the waiting questions reject', async () => {
    hold(RESET_SQL.sql)
    const db = await import('../../src/db/duckdb')
    await db.startDatabase()
    const asked = db.query('SELECT 42 AS n')
    const made = db.databaseMade()
    held.get(RESET_SQL.sql)!.settle(false)
    await expect(made).rejects.toThrow(`${RESET_SQL.sql} failed`)
    await expect(asked).rejects.toThrow(`${RESET_SQL.sql} failed`)
    expect(sent).not.toContain('SELECT 42 AS n')
  })
})

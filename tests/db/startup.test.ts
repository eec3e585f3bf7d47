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
import { tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow'
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

/** Tables whose rows DuckDB refuses when appended (as it does a corrupt stream). */
const refused = new Set<string>()

const conn = {
  query: (sql: string) => (sent.push(sql), answer(sql)),
  /** Recorded as `insert` (a table made of rows), `shape` (made of no rows) or `append` (rows added to a table). */
  insertArrowFromIPCStream: async (bytes: Uint8Array, o: { name: string; create: boolean }) => {
    if (o.create) printedWhenSent.set(o.name, !!printsNow?.()[o.name])
    const rows = tableFromIPC(bytes).numRows
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] }) // sent to the worker as DuckDB-wasm sends it: no longer readable here
    const how = !o.create ? 'append' : rows ? 'insert' : 'shape'
    sent.push(`${how} ${o.name}${lockdownAnswered && how !== 'append' ? ' (after the lockdown was answered)' : ''}`)
    await new Promise((r) => setTimeout(r, 1))
    if (refused.has(o.name) && how === 'append') throw new Error(`${o.name}: corrupt stream`)
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

/** Each table's bytes: an Arrow stream of one row, its column named after the table (so each has its own fingerprint). */
const tableBytes = (name: string) => new Uint8Array(tableToIPC(tableFromArrays({ [name]: Int32Array.from([1]) }), 'stream'))
const CORE = ['indicators', 'reports', 'observations']
/** The year and indicators of the built rows, when served (`servedBuilt`). */
const BUILT = { year: 2024, indicators: ['a'] }
const BUILT_FILES = ['counted_report_ids', 'counted_values', 'year_stats']
/** first-view.json: the report list's answer, for the tables with these fingerprints (and the built rows, when served). */
let firstView: { version: 1; answers: Record<string, unknown[]>; tables: Record<string, string>; built?: unknown }
/** Serve the built rows of `BUILT` (404 otherwise). */
let servedBuilt = false

beforeEach(() => {
  vi.resetModules()
  sent.length = 0
  held.clear()
  lockdownAnswered = false
  opened = false
  printsNow = null
  printedWhenSent.clear()
  refused.clear()
  servedBuilt = false
  firstView = { version: 1, answers: { [queryKey(listReports())]: [{ report_id: 'r' }] }, tables: Object.fromEntries(CORE.map((t) => [t, fingerprint(tableBytes(t))])) }
  vi.stubGlobal('Worker', class { addEventListener() {} terminate() {} })
  vi.stubGlobal('fetch', async (url: string) => {
    const file = url.split('/').pop()!
    if (file === 'first-view.json') return new Response(JSON.stringify(firstView), { headers: { 'content-type': 'application/json' } })
    if (file.startsWith('built_') && !servedBuilt) return new Response('not found', { status: 404 })
    return new Response(tableBytes(file.replace('.arrow', '')), { headers: { 'content-type': 'application/octet-stream' } })
  })
})
afterEach(() => vi.unstubAllGlobals())

/** Serve the built rows of `BUILT` with the tables. */
function serveBuilt(): void {
  servedBuilt = true
  firstView.built = { ...BUILT, files: Object.fromEntries(BUILT_FILES.map((t) => [t, fingerprint(tableBytes(`built_${t}`))])) }
}

/** Let every answer that can come, come. */
const settleDown = () => new Promise((r) => setTimeout(r, 20))

describe('start-up', () => {
  it('locks down in one statement, sends the tables behind it at once, and is ready before the derived rows are made; questions wait for them', async () => {
    hold(RESET_SQL.sql)
    const db = await import('../../src/db/duckdb')
    await db.startDatabase()
    expect(sent).toEqual(['open', 'connect', LOCKDOWN_SQL, 'insert indicators', 'insert reports', 'shape observations', RESET_SQL.sql])
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

/**
 * The observations are put in as their shape at start-up, and their rows appended before the first
 * turn that reads them: a question that names them, or reads derived rows still to be made (of
 * them), or may write; the idle-time work, imports and corrections, the SQL console. A question
 * that reads only the built rows, the reports or the indicators does not wait for them.
 */
describe('the observations, put in on first need', () => {
  const appended = () => sent.filter((s) => s.startsWith('append observations')).length

  it('are not appended for questions of the built rows, the reports or the indicators; the first that names them waits for them, the next does not', async () => {
    serveBuilt()
    const db = await import('../../src/db/duckdb')
    await db.startDatabase()
    await db.databaseMade()
    expect(sent).toContain('append counted_values')
    await db.query({ sql: 'SELECT * FROM counted_values WHERE year = ?', params: [2024], perYear: { years: [2024], indicators: ['a'] } })
    await db.query('SELECT count(*) FROM reports')
    db.prepareYear(2024, ['a'])
    await db.query('SELECT id FROM indicators')
    await settleDown()
    expect(appended()).toBe(0)
    await db.query('SELECT count(*) FROM observations')
    expect(appended()).toBe(1)
    expect(sent.indexOf('append observations')).toBeLessThan(sent.indexOf('SELECT count(*) FROM observations'))
    await db.query('SELECT max(value) FROM observations')
    expect(appended()).toBe(1)
    await db.resetDatabase()
  })

  it('are appended before derived rows are made of them: a year not built, every year, or the view opening on a year not built', async () => {
    for (const ask of [
      (db: typeof import('../../src/db/duckdb')) => db.query({ sql: 'SELECT * FROM counted_values WHERE year = ?', params: [2023], perYear: { years: [2023], indicators: ['a'] } }),
      (db: typeof import('../../src/db/duckdb')) => db.query({ sql: 'SELECT * FROM counted_values WHERE year = ?', params: [2024], perYear: { years: [2024] } }),
      (db: typeof import('../../src/db/duckdb')) => db.query('SELECT * FROM year_stats'),
      async (db: typeof import('../../src/db/duckdb')) => (db.prepareYear(2023, ['a']), await settleDown()),
    ]) {
      vi.resetModules()
      sent.length = 0
      serveBuilt()
      const db = await import('../../src/db/duckdb')
      await db.startDatabase()
      await db.databaseMade()
      await ask(db)
      const made = sent.findIndex((s) => s.startsWith('run INSERT INTO counted_values') || s.startsWith('INSERT INTO counted_values'))
      expect(made).toBeGreaterThan(0)
      expect(sent.indexOf('append observations')).toBeGreaterThan(0)
      expect(sent.indexOf('append observations')).toBeLessThan(made)
      await db.resetDatabase()
    }
  })

  it('are appended, with the texts, before a change to the tables and before the SQL console connects; not for a turn that reads neither', async () => {
    const db = await import('../../src/db/duckdb')
    await db.startDatabase()
    await db.withConnection(async (c) => c.query('SELECT 1 FROM duckdb_tables()'), () => false, false)
    expect(appended()).toBe(0)
    expect(sent.filter((s) => s.startsWith('insert report_texts'))).toEqual([])
    await db.withConnection(async (c) => c.query('DELETE FROM observations WHERE report_id = 1'))
    expect(sent.indexOf('append observations')).toBeLessThan(sent.indexOf('DELETE FROM observations WHERE report_id = 1'))
    expect(sent.findIndex((s) => s.startsWith('insert report_texts'))).toBeLessThan(sent.indexOf('DELETE FROM observations WHERE report_id = 1'))
    await db.resetDatabase()

    vi.resetModules()
    sent.length = 0
    const again = await import('../../src/db/duckdb')
    await again.startDatabase()
    await again.consoleConnection()
    expect(sent.at(-1)).toBe('connect (after open was answered)')
    expect(sent).toContain('append observations')
    expect(sent).toContain('insert report_texts (after the lockdown was answered)')
    await again.resetDatabase()
  })

  it('whose rows DuckDB refuses: the question that waits for them and start-up fail, with the file named', async () => {
    refused.add('observations')
    const db = await import('../../src/db/duckdb')
    await db.startDatabase()
    const failed = db.databaseFailed()
    await expect(db.query('SELECT count(*) FROM observations')).rejects.toMatchObject({ kind: 'corrupt-file', file: 'observations.arrow' })
    await expect(failed).rejects.toMatchObject({ kind: 'corrupt-file', file: 'observations.arrow' })
    expect(sent).not.toContain('SELECT count(*) FROM observations')
    await db.resetDatabase()
  })
})

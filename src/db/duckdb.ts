/**
 * DuckDB-wasm, started from the app's own bundles (Vite `?url` assets; no CDN),
 * locked down before anything is loaded (no file or network access, no extensions, settings
 * frozen: ./lockdown.ts), and the published tables loaded from their Arrow IPC copies
 * (`public/data/*.arrow`, fetched while the wasm compiles, see ./tables.ts, and ingested as they
 * are). One typed `query<T>()` with prepared parameters.
 */
import * as duckdb from '@duckdb/duckdb-wasm'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import type { Query, QueryParam, ReportRow } from '../queries/types'
import { listReports } from '../queries'
import { DatasetError, toDatasetError, withTimeout } from './errors'
import { LOCKDOWN_SQL } from './lockdown'
import { CORE_TABLES, prepareTable, tableFile, TABLES, TEXT_TABLE, type TableName } from './tables'
import { makePiece, makeRowsRead, makeYear, remakeDerived, YEAR_ROWS_SQL } from './derivedRows'
import { idleYears, whenIdle } from './idleYears'
import { builtFor, prepareBuilt } from './builtRows'
import { isRead, queryCache } from './queryCache'
import { plain } from './rows'
import { reportListOf } from './reportList'
import { statementCache } from './statements'

export type LoadStep = 'starting' | 'wasm' | 'loading' | 'checking' | 'ready'
export interface LoadProgress {
  step: LoadStep
  /** Table file being loaded. */
  file?: string
  /** 'mvp' or 'eh'. */
  bundle?: string
  /** Completed work units out of `total` (overall start-up progress). */
  done: number
  total: number
}

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
}

let db: duckdb.AsyncDuckDB | null = null
let conn: duckdb.AsyncDuckDBConnection | null = null
let worker: Worker | null = null
let starting: Promise<void> | null = null
/** The report texts' bytes (fetched with the core tables) and, once a question needs them, their loading. */
let textBytes: Promise<Uint8Array> | null = null
let texts: Promise<void> | null = null
/** The SQL console's own connection (see `consoleConnection`). */
let consoleConn: Promise<duckdb.AsyncDuckDBConnection> | null = null
/** The views' answers kept for the current data (./queryCache.ts). */
const answers = queryCache()

/**
 * The report list read from the reports table's file (./reportList.ts) when this thread is next
 * idle, from a copy: the bytes themselves go to the worker. Null when the file does not say.
 */
function listOfFile(bytes: Promise<Uint8Array>): Promise<ReportRow[] | null> {
  return bytes.then(
    (b) => {
      const copy = b.slice()
      return new Promise<ReportRow[] | null>((resolve) => whenIdle(() => resolve(reportListOf(copy))))
    },
    () => null,
  )
}
/** Queries run one after another on the single connection. */
let queue: Promise<unknown> = Promise.resolve()

async function startEngine(onProgress: (p: LoadProgress) => void, total: number): Promise<void> {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    throw new DatasetError('no-wasm', 'WebAssembly is not available in this browser')
  }
  if (typeof Worker === 'undefined') throw new DatasetError('worker', 'Web Workers are not available')
  const bundle = await duckdb.selectBundle(BUNDLES)
  const bundleName = bundle.mainModule === ehWasm ? 'eh' : 'mvp'
  try {
    worker = new Worker(bundle.mainWorker!)
  } catch (e) {
    throw toDatasetError(e, 'worker')
  }
  const workerFailed = new Promise<never>((_, reject) => {
    worker!.addEventListener('error', (ev) => reject(new DatasetError('worker', `worker error: ${ev.message || 'failed to load'}`)))
  })
  db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker)
  const instantiated = db.instantiate(bundle.mainModule, bundle.pthreadWorker)
  // The worker answers in order: its answer to this means it has run its script and started
  // fetching the wasm. Only then is the step reported, and src/main.ts loads the app's chunks,
  // whose parsing and mount would otherwise hold up the worker's start by a few hundred ms.
  void db.ping().then(() => lastProgress?.step === 'starting' && onProgress({ step: 'wasm', bundle: bundleName, done: 1, total }), () => undefined)
  await withTimeout(
    Promise.race([instantiated, workerFailed]),
    120_000,
    () => new DatasetError('worker', 'DuckDB-wasm did not start within 120 s'),
  ).catch((e) => {
    throw e instanceof DatasetError ? e : toDatasetError(e, 'no-wasm')
  })
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } })
  conn = await db.connect()
  // The engine is the wall: nothing is read from or sent to any URL or path from here on.
  for (const sql of LOCKDOWN_SQL) await conn.query(sql)
}

/** Create `table` from Arrow IPC stream bytes (fetched by ./tables.ts; the buffer is transferred to the DuckDB worker). */
async function insertTable(table: TableName, ipc: Uint8Array): Promise<void> {
  try {
    await conn!.insertArrowFromIPCStream(ipc, { name: table, create: true })
  } catch (e) {
    throw new DatasetError('corrupt-file', `cannot load ${tableFile(table)}: ${e instanceof Error ? e.message : String(e)}`, tableFile(table))
  }
}

const listeners = new Set<(p: LoadProgress) => void>()
let lastProgress: LoadProgress | null = null
function report(p: LoadProgress): void {
  lastProgress = p
  for (const l of listeners) l(p)
}

/**
 * Start DuckDB and load the tables the views need. Idempotent: later calls return the same
 * promise (and get the progress so far, then every later step). The tables are fetched
 * while the worker compiles the wasm; `report_texts` is loaded into DuckDB when a question first
 * needs it (`textsReady`), not ahead of the views' first questions. The per-year statements are
 * prepared meanwhile, so the year the view opens on is made in one round trip (`prepareYear`).
 * The derived rows built with the tables are used when served with them (./builtRows.ts).
 * The report list is read from the reports table's file meanwhile and given to `query()` as
 * DuckDB's answer, so neither the worker nor, once the tables are in, this thread spends time on it.
 * Rejects with a `DatasetError` whose `kind` says what went wrong.
 */
export function startDatabase(onProgress?: (p: LoadProgress) => void): Promise<void> {
  if (onProgress) {
    listeners.add(onProgress)
    if (lastProgress) onProgress(lastProgress)
  }
  if (starting) return starting
  const total = 2 + CORE_TABLES.length + 1
  const fetched = new Map(TABLES.map((t) => [t, prepareTable(t)]))
  const built = prepareBuilt()
  const list = listOfFile(fetched.get('reports')!)
  const version = answers.version
  starting = (async () => {
    report({ step: 'starting', done: 0, total })
    await startEngine(report, total)
    let done = 2
    for (const table of CORE_TABLES) {
      report({ step: 'loading', file: tableFile(table), done, total })
      await insertTable(table, await fetched.get(table)!)
      done++
    }
    await remakeDerived((q) => exec(conn!, q), await builtFor(conn!, built))
    await Promise.all(YEAR_ROWS_SQL.map(prepared))
    const rows = await list
    if (rows) answers.keep(listReports().sql, [], rows, version)
    report({ step: 'checking', done, total })
    textBytes = fetched.get(TEXT_TABLE)!
  })().catch(async (e) => {
    await resetDatabase()
    throw toDatasetError(e)
  })
  return starting
}

/** The report texts' table named in a statement (such a question waits for the texts). */
const READS_TEXTS = new RegExp(`\\b${TEXT_TABLE}\\b`)

/** Run one statement of src/queries/derivedTables.ts (its parameters through a prepared statement). */
async function exec(c: duckdb.AsyncDuckDBConnection, q: Query): Promise<Record<string, unknown>[]> {
  return plain(q.params.length === 0 ? await c.query(q.sql) : await (await prepared(q.sql)).query(...q.params))
}

/**
 * Make one year's values of `indicators` now, in turn with the queries: the year and headline
 * indicators a view is about to ask for (its questions make whatever else they read).
 */
export function prepareYear(year: number, indicators: readonly string[]): void {
  inTurn(false, (c) => makeYear((s) => exec(c, s), year, indicators)).catch(() => undefined)
}

const idleRound = idleYears()
/** Make every year's per-year rows ahead of need, a piece per idle turn (see ./idleYears.ts). */
export function prepareYearsWhenIdle(years: readonly number[]): void {
  idleRound(years, (year) => inTurn(false, (c) => makePiece((s) => exec(c, s), year)))
}

/** Loads the report texts on first call; resolves when they are loaded (rejects with a DatasetError when they cannot be). */
function textsReady(): Promise<void> {
  return (starting ?? Promise.reject(new DatasetError('query', 'The database has not been started'))).then(
    () => (texts ??= textBytes!.then((t) => insertTable(TEXT_TABLE, t))),
  )
}

/**
 * A connection of the SQL console's own, once every table is loaded: its queries are sent and
 * polled (`send`, cancellable with `cancelSent`), so while one runs DuckDB's worker still answers
 * the views' queries on the main connection between polls instead of queueing them behind it.
 */
export function consoleConnection(): Promise<duckdb.AsyncDuckDBConnection> {
  consoleConn ??= textsReady().then(() => db!.connect())
  consoleConn.catch(() => (consoleConn = null))
  return consoleConn
}

/** Tear everything down so `startDatabase` can be retried. */
export async function resetDatabase(): Promise<void> {
  try {
    await conn?.close()
  } catch {
    /* already gone */
  }
  consoleConn = null
  try {
    await db?.terminate()
  } catch {
    /* already gone */
  }
  worker?.terminate()
  statements.clear()
  answers.written()
  listeners.clear()
  conn = null
  db = null
  worker = null
  starting = null
  textBytes = null
  texts = null
  lastProgress = null
}

/** Prepared statements by SQL (./statements.ts): a repeated question is one round trip to the worker, not three. */
const statements = statementCache()
const prepared = (sql: string): Promise<duckdb.AsyncPreparedStatement> => statements.get(conn!, sql)

/**
 * Run one query with positional `?` parameters through a (cached) prepared statement.
 * Accepts the `{ sql, params }` objects from `src/queries`. Queries that read the report texts
 * wait until that table is loaded. An answer already read for the current data is given again
 * (./queryCache.ts). A question's turn ends once it is sent: the next is sent behind it while
 * the worker answers (in the order sent), not after its answer is turned into rows here.
 */
export function query<T>(q: Query): Promise<T[]>
export function query<T>(sql: string, params?: QueryParam[]): Promise<T[]>
export function query<T>(q: Query | string, params: QueryParam[] = []): Promise<T[]> {
  const asked: Query = typeof q === 'string' ? { sql: q, params } : q
  const { sql, params: args } = asked
  let answer: Promise<T[]> | undefined
  return inTurn(READS_TEXTS.test(sql), async (c) => {
    const kept = answers.get<T>(sql, args)
    if (kept) return void (answer = Promise.resolve(kept))
    if (!isRead(sql)) answers.written() // anything else may write: nothing read before it is given again
    const version = answers.version
    await makeRowsRead((s) => exec(c, s), asked)
    const sent = args.length === 0 ? c.query(sql) : (await prepared(sql)).query(...args)
    answer = sent.then((t) => {
      const rows = plain<T>(t)
      answers.keep(sql, args, rows, version)
      return rows
    })
  })
    .then(() => answer!)
    .catch((e) => {
      throw toDatasetError(e, 'query')
    })
}

/**
 * Run `fn` with the connection, in turn with the queries (nothing else runs on it meanwhile):
 * for work `query()` cannot express, such as appending Arrow tables (./importedTables.ts).
 * Waits for every table, the report texts included unless `needsTexts` is false. The derived
 * tables are made again before the next query, and no answer read before is given again, when
 * `fn` failed half-way or `changed` says its result changed the tables.
 */
export function withConnection<T>(fn: (c: duckdb.AsyncDuckDBConnection) => Promise<T>, changed: (result: T) => boolean = () => true, needsTexts = true): Promise<T> {
  return inTurn(needsTexts, async (c) => {
    answers.written()
    let result: T
    try {
      result = await fn(c)
    } catch (e) {
      answers.written()
      await remakeDerived((q) => exec(c, q))
      throw e
    }
    if (changed(result)) {
      answers.written()
      await remakeDerived((q) => exec(c, q))
    }
    return result
  })
}

/** Queue `fn` on the single connection once the tables (and, if asked, the texts) are loaded. */
function inTurn<T>(needsTexts: boolean, fn: (c: duckdb.AsyncDuckDBConnection) => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    if (!conn) {
      if (!starting) throw new DatasetError('query', 'The database has not been started')
      await starting
    }
    if (needsTexts) await textsReady()
    return fn(conn!)
  }
  const result = queue.then(run, run)
  queue = result.catch(() => undefined)
  return result
}
export { servedFingerprints } from './tables'

/**
 * DuckDB-wasm, started from the app's own bundles and locked down before anything is loaded
 * (./engine.ts), and the published tables loaded from their Arrow IPC copies
 * (`public/data/*.arrow`, fetched while the wasm compiles, see ./tables.ts, and ingested as they
 * are). One typed `query<T>()` with prepared parameters.
 */
import type * as duckdb from '@duckdb/duckdb-wasm'
import type { Query, QueryParam } from '../queries/types'
import { listReports } from '../queries'
import { DatasetError, toDatasetError } from './errors'
import { loadTables, startEngine } from './engine'
import { CORE_TABLES, LATER_TABLES, prepareTable, ROWS_LATER, servedFingerprints, tableFile, TABLES, type LaterTable } from './tables'
import { makePiece, makeRowsRead, makeYear, remakeDerived, rowsReadMade, yearMade, YEAR_ROWS_SQL } from './derivedRows'
import { laterTables } from './laterTables'
import { idleYears } from './idleYears'
import { builtFor, prepareBuilt } from './builtRows'
import { isRead, queryCache } from './queryCache'
import { plain } from './rows'
import { reportListWhenIdle } from './reportList'
import { statementCache } from './statements'
import { turns } from './turns'

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

let db: duckdb.AsyncDuckDB | null = null
let conn: duckdb.AsyncDuckDBConnection | null = null
let worker: Worker | null = null
let starting: Promise<void> | null = null
/** The derived rows made after the tables are in (set before `starting` resolves; every turn waits for it). */
let made: Promise<void> | null = null
/** The tables put in on first need (./laterTables.ts). */
const later = laterTables()
/** Rejects when the observations' rows, put in after start-up, could not be (`databaseFailed`). */
let failure: { promise: Promise<never>; reject: (e: unknown) => void } | null = null
/** The SQL console's own connection (see `consoleConnection`). */
let consoleConn: Promise<duckdb.AsyncDuckDBConnection> | null = null
/** The views' answers kept for the current data (./queryCache.ts). */
const answers = queryCache()

/** Queries run one after another on the single connection (./turns.ts). */
const connTurns = turns()
/** The tables are in and the derived rows made or put in (`made` resolved): a question may be sent at once (`sentNow`). */
let started = false

const listeners = new Set<(p: LoadProgress) => void>()
let lastProgress: LoadProgress | null = null
function report(p: LoadProgress): void {
  lastProgress = p
  for (const l of listeners) l(p)
}

/**
 * Start DuckDB and load the tables the views need. Idempotent: later calls return the same
 * promise (and get the progress so far, then every later step). The tables are fetched
 * while the worker compiles the wasm; `report_texts` is loaded into DuckDB, and the rows of
 * `observations` (put in as its shape alone, ./tables.ts `ROWS_LATER`) appended, when a turn
 * first needs them (`tableIn`), not ahead of the views' first questions, which the built rows
 * answer. Resolves once the tables are in: the derived rows (those built with the tables when
 * served with them, ./builtRows.ts) are made next, and the per-year statements prepared, so the year a view opens on is made in one
 * round trip (`prepareYear`), by `made`, which every question waits for (`inTurn`) but the page
 * does not: it is interactive on the build-time answers meanwhile. The report list is read from
 * the reports table's file meanwhile and given to `query()` as DuckDB's answer, so neither the
 * worker nor, once the tables are in, this thread spends time on it.
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
  const list = reportListWhenIdle(fetched.get('reports')!)
  const version = answers.version
  let reject!: (e: unknown) => void
  const promise = new Promise<never>((_, no) => (reject = no))
  promise.catch(() => undefined) // handled by whoever asks (`databaseFailed`)
  failure = { promise, reject }
  starting = (async () => {
    report({ step: 'starting', done: 0, total })
    conn = await startEngine(
      (engine) => ({ db, worker } = engine),
      (bundle) => lastProgress?.step === 'starting' && report({ step: 'wasm', bundle, done: 1, total }),
    )
    let done = 2
    report({ step: 'loading', file: tableFile(CORE_TABLES[0]), done, total })
    await loadTables(conn, fetched, (table) => report({ step: 'loading', file: tableFile(table), done: ++done, total }))
    // Kept as soon as the tables are in: asked then (the store's start-up questions), it is given at once
    // (`sentNow`), not after the derived rows are made.
    const listed = list.then((rows) => void (rows && answers.keep(listReports().sql, [], rows, version)))
    made = (async () => {
      await remakeDerived((q) => exec(conn!, q), await builtFor(conn!, built))
      await Promise.all(YEAR_ROWS_SQL.map(prepared))
      await listed
      started = true
    })().catch(failed)
    made.catch(reject)
    report({ step: 'checking', done: total - 1, total })
    later.keep(fetched)
  })().catch(failed)
  return starting
}

/** Start-up failed: everything torn down for a retry, and the error given as a `DatasetError`. */
async function failed(e: unknown): Promise<never> {
  await resetDatabase()
  throw toDatasetError(e)
}

/**
 * Resolves once the derived rows are made after start-up (`startDatabase`); rejects, the
 * database torn down, when they could not be.
 */
export function databaseMade(): Promise<void> {
  return (starting ?? Promise.reject(new DatasetError('query', 'The database has not been started'))).then(() => made!)
}

/**
 * Rejects when start-up fails after the page is interactive: the derived rows could not be made
 * (`databaseMade`), or the observations' rows, appended on first need, could not be put in (their
 * file is corrupt after its first message). Never resolves.
 */
export function databaseFailed(): Promise<never> {
  return failure?.promise ?? Promise.reject(new DatasetError('query', 'The database has not been started'))
}

/** Run one statement of src/queries/derivedTables.ts (its parameters through a prepared statement). */
async function exec(c: duckdb.AsyncDuckDBConnection, q: Query): Promise<Record<string, unknown>[]> {
  return plain(q.params.length === 0 ? await c.query(q.sql) : await (await prepared(q.sql)).query(...q.params))
}

/**
 * Make one year's values of `indicators` now, in turn with the queries: the year and headline
 * indicators a view is about to ask for (its questions make whatever else they read).
 */
export function prepareYear(year: number, indicators: readonly string[]): void {
  inTurn(() => (yearMade(year, indicators) ? [] : [ROWS_LATER]), (c) => makeYear((s) => exec(c, s), year, indicators)).catch(() => undefined)
}

const idleRound = idleYears()
/** Make every year's per-year rows ahead of need, a piece per idle turn (see ./idleYears.ts). */
export function prepareYearsWhenIdle(years: readonly number[]): void {
  idleRound(years, (year) => inTurn(() => [ROWS_LATER], (c) => makePiece((s) => exec(c, s), year)))
}

/**
 * Puts `table`'s rows in on first call (./tables.ts `LATER_TABLES`: the texts made a table of
 * them, the observations' appended to their shape); resolves when they are in (rejects with a
 * DatasetError when they cannot be: of the observations, start-up's failure, `databaseFailed`).
 */
function tableIn(table: LaterTable): Promise<void> {
  return (starting ?? Promise.reject(new DatasetError('query', 'The database has not been started'))).then(() => later.put(conn!, table, failure!.reject))
}

/**
 * A connection of the SQL console's own, once every table is loaded: its queries are sent and
 * polled (`send`, cancellable with `cancelSent`), so while one runs DuckDB's worker still answers
 * the views' queries on the main connection between polls instead of queueing them behind it.
 */
export function consoleConnection(): Promise<duckdb.AsyncDuckDBConnection> {
  consoleConn ??= Promise.all(LATER_TABLES.map(tableIn)).then(() => db!.connect())
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
  made = null
  started = false
  later.clear()
  failure = null
  lastProgress = null
}

/** Prepared statements by SQL (./statements.ts): a repeated question is one round trip to the worker, not three. */
const statements = statementCache()
const prepared = (sql: string): Promise<duckdb.AsyncPreparedStatement> => statements.get(conn!, sql)

/**
 * Run one query with positional `?` parameters through a (cached) prepared statement.
 * Accepts the `{ sql, params }` objects from `src/queries`. Queries that read a table put in on
 * first need wait until it is (`later.read`). An answer already read for the current data is
 * given again (./queryCache.ts). A question's turn ends once it is sent: the next is sent behind it while
 * the worker answers (in the order sent), not after its answer is turned into rows here. One
 * asked while the connection is idle is sent at once, in the caller's turn (`sentNow`).
 */
export function query<T>(q: Query): Promise<T[]>
export function query<T>(sql: string, params?: QueryParam[]): Promise<T[]>
export function query<T>(q: Query | string, params: QueryParam[] = []): Promise<T[]> {
  const asked: Query = typeof q === 'string' ? { sql: q, params } : q
  const { sql, params: args } = asked
  const now = sentNow<T>(asked)
  let answer: Promise<T[]> | undefined
  return (now ? Promise.resolve() : inTurn(() => later.read(asked), async (c) => {
    const kept = answers.get<T>(sql, args)
    if (kept) return void (answer = Promise.resolve(kept))
    if (!isRead(sql)) answers.written() // anything else may write: nothing read before it is given again
    await makeRowsRead((s) => exec(c, s), asked)
    answer = send<T>(c, asked, args.length ? await prepared(sql) : undefined)
  }))
    .then(() => now ?? answer!)
    .catch((e) => {
      throw toDatasetError(e, 'query')
    })
}

/** Send `asked` (with its prepared statement when it has parameters); its rows, kept for the data they were read from. */
function send<T>(c: duckdb.AsyncDuckDBConnection, { sql, params }: Query, stmt: duckdb.AsyncPreparedStatement | undefined): Promise<T[]> {
  const version = answers.version
  return (stmt ? stmt.query(...params) : c.query(sql)).then((t) => {
    const rows = plain<T>(t)
    answers.keep(sql, params, rows, version)
    return rows
  })
}

/**
 * `asked` answered or sent at once, in the caller's turn, when it could be in no other order:
 * nothing else on the connection, and its answer kept for the current data (even while the derived
 * rows are still being made, which change no answer), or a question that needs no rows made or put
 * in before it and whose statement is prepared. The worker then starts on it while this thread does what the caller
 * does next (a view asks in Vue's update, then patches the page); undefined otherwise.
 */
function sentNow<T>(asked: Query): Promise<T[]> | undefined {
  const { sql, params } = asked
  if (!conn || !connTurns.idle || !isRead(sql)) return undefined
  const kept = answers.get<T>(sql, params)
  if (kept) return Promise.resolve(kept)
  if (!started || later.read(asked).some((t) => !later.isIn(t))) return undefined
  const stmt = params.length ? statements.now(sql) : undefined
  if ((params.length && !stmt) || !rowsReadMade(asked)) return undefined
  return send<T>(conn, asked, stmt)
}

/**
 * Run `fn` with the connection, in turn with the queries (nothing else runs on it meanwhile):
 * for work `query()` cannot express, such as appending Arrow tables (./importedTables.ts).
 * Waits for every table's rows, those put in on first need included unless `whole` is false
 * (`fn` reads neither the texts nor the observations). The derived tables are made again before the next query, and no answer read before is given again, when
 * `fn` failed half-way or `changed` says its result changed the tables.
 */
export function withConnection<T>(fn: (c: duckdb.AsyncDuckDBConnection) => Promise<T>, changed: (result: T) => boolean = () => true, whole = true): Promise<T> {
  return inTurn(() => (whole ? [...LATER_TABLES] : []), async (c) => {
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

/**
 * Queue `fn` on the single connection once the tables are loaded and the derived rows made, and
 * the tables put in on first need that `reads` names then (asked at the turn's start, when what
 * the derived rows hold is known) put in.
 */
function inTurn<T>(reads: () => readonly LaterTable[], fn: (c: duckdb.AsyncDuckDBConnection) => Promise<T>): Promise<T> {
  return connTurns.inTurn(async () => {
    if (!starting) throw new DatasetError('query', 'The database has not been started')
    await starting
    await made
    await Promise.all(reads().map(tableIn))
    return fn(conn!)
  })
}
export { servedFingerprints }

/**
 * DuckDB-wasm, started from the app's own bundles (Vite `?url` assets; no CDN), locked down
 * before anything is loaded (no file or network access, no extensions, settings frozen:
 * ./lockdown.ts), and the published tables put in as they were fetched (Arrow IPC stream bytes,
 * ./tables.ts). ./duckdb.ts keeps the engine and runs everything else on it.
 */
import * as duckdb from '@duckdb/duckdb-wasm'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import { DatasetError, toDatasetError, withTimeout } from './errors'
import { wasmServed } from './wasmServed'
import { LOCKDOWN_SQL } from './lockdown'
import { emptyShape } from './arrow'
import { CORE_TABLES, notePrint, ROWS_LATER, tableFile, type TableName } from './tables'

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
}

/**
 * Start the DuckDB worker and open the database; its views' connection. `started` is given the
 * worker as soon as it exists (so a failure after it can tear it down); `fetching` the bundle's
 * name ('eh' or 'mvp') once the worker is fetching the wasm.
 */
export async function startEngine(
  started: (engine: { db: duckdb.AsyncDuckDB; worker: Worker }) => void,
  fetching: (bundle: string) => void,
): Promise<duckdb.AsyncDuckDBConnection> {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    throw new DatasetError('no-wasm', 'WebAssembly is not available in this browser')
  }
  if (typeof Worker === 'undefined') throw new DatasetError('worker', 'Web Workers are not available')
  const bundle = await duckdb.selectBundle(BUNDLES)
  let worker: Worker
  try {
    worker = new Worker(bundle.mainWorker!)
  } catch (e) {
    throw toDatasetError(e, 'worker')
  }
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (ev) => reject(new DatasetError('worker', `worker error: ${ev.message || 'failed to load'}`)))
  })
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker)
  started({ db, worker })
  const instantiated = db.instantiate(bundle.mainModule, bundle.pthreadWorker)
  // The worker answers in order: its answer to this means it has run its script and started
  // fetching the wasm. Only then is the step reported, and src/main.ts loads the app's chunks,
  // whose parsing and mount would otherwise hold up the worker's start by a few hundred ms.
  void db.ping().then(() => fetching(bundle.mainModule === ehWasm ? 'eh' : 'mvp'), () => undefined)
  const served = wasmServed(bundle.mainModule)
  await withTimeout(
    Promise.race([instantiated, workerFailed, served.failed]),
    120_000,
    () => new DatasetError('worker', 'DuckDB-wasm did not start within 120 s'),
  )
    .catch((e) => {
      throw e instanceof DatasetError ? e : toDatasetError(e, 'no-wasm')
    })
    .finally(served.cancel)
  // Sent together: the worker opens the database before it reads the next message.
  const opened = db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } })
  const conn = db.connect()
  conn.catch(() => undefined) // fails only when opening did, which is the error given
  await opened
  return conn
}

/**
 * Lock the engine down (./lockdown.ts) and put the core tables in (`loaded` told of each; each
 * file's fingerprint noted, ./tables.ts `notePrint`, before this resolves), all sent at once: the
 * worker runs them in the order sent, the lockdown first (the engine is the wall: nothing is read
 * from or sent to any URL or path from here on), without waiting for this thread between them.
 * Of `ROWS_LATER` only its shape (./tables.ts): ./duckdb.ts appends its rows on first need.
 */
export async function loadTables(conn: duckdb.AsyncDuckDBConnection, fetched: Map<TableName, Promise<Uint8Array>>, loaded: (table: TableName) => void): Promise<void> {
  const lockdown = conn.query(LOCKDOWN_SQL)
  const insert = async (table: TableName) => {
    const bytes = await fetched.get(table)!
    // DuckDB's worker is sent a copy (transferred, as `insertTable` does) or the shape, so this
    // thread fingerprints the file while the worker ingests it; the fetched bytes stay readable here.
    const sent = insertTable(conn, table, bytes, table === ROWS_LATER ? 'shape' : 'copy')
    notePrint(table, bytes)
    await sent
    loaded(table)
  }
  await Promise.all([lockdown, ...CORE_TABLES.map(insert)])
}

/**
 * Put `table` in from Arrow IPC stream bytes (fetched by ./tables.ts): `as` 'copy', a copy of
 * them, the bytes staying readable here; 'shape', its columns alone (./arrow.ts `emptyShape`);
 * 'rows', appended to the table of that shape ('whole': made of them), the buffer transferred to
 * the DuckDB worker (no longer readable here).
 */
export async function insertTable(conn: duckdb.AsyncDuckDBConnection, table: TableName, ipc: Uint8Array, as: 'copy' | 'shape' | 'rows' | 'whole'): Promise<void> {
  try {
    const bytes = as === 'copy' ? ipc.slice() : as === 'shape' ? emptyShape(ipc) : ipc
    await conn.insertArrowFromIPCStream(bytes, { name: table, create: as !== 'rows' })
  } catch (e) {
    throw new DatasetError('corrupt-file', `cannot load ${tableFile(table)}: ${e instanceof Error ? e.message : String(e)}`, tableFile(table))
  }
}

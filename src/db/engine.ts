/**
 * DuckDB-wasm started from the app's own bundles (Vite `?url` assets; no CDN) and locked down
 * (./lockdown.ts) before anything is loaded: ./duckdb.ts loads the tables on the connection it gives.
 */
import * as duckdb from '@duckdb/duckdb-wasm'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import { DatasetError, toDatasetError, withTimeout } from './errors'
import { LOCKDOWN_SQL } from './lockdown'

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
}

/**
 * Start the worker and the engine; the locked-down connection. `made` is given the worker and the
 * database as soon as they exist (a failed start is torn down by the caller); `wasm` is told the
 * bundle ('mvp' or 'eh') once the worker runs its script and fetches the wasm.
 */
export async function startEngine(made: (worker: Worker, db: duckdb.AsyncDuckDB) => void, wasm: (bundle: string) => void): Promise<duckdb.AsyncDuckDBConnection> {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    throw new DatasetError('no-wasm', 'WebAssembly is not available in this browser')
  }
  if (typeof Worker === 'undefined') throw new DatasetError('worker', 'Web Workers are not available')
  const bundle = await duckdb.selectBundle(BUNDLES)
  const bundleName = bundle.mainModule === ehWasm ? 'eh' : 'mvp'
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
  made(worker, db)
  const instantiated = db.instantiate(bundle.mainModule, bundle.pthreadWorker)
  // The worker answers in order: its answer to this means it has run its script and started
  // fetching the wasm. Only then is the step reported, and src/main.ts loads the app's chunks,
  // whose parsing and mount would otherwise hold up the worker's start by a few hundred ms.
  void db.ping().then(() => wasm(bundleName), () => undefined)
  await withTimeout(
    Promise.race([instantiated, workerFailed]),
    120_000,
    () => new DatasetError('worker', 'DuckDB-wasm did not start within 120 s'),
  ).catch((e) => {
    throw e instanceof DatasetError ? e : toDatasetError(e, 'no-wasm')
  })
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } })
  const conn = await db.connect()
  // The engine is the wall: nothing is read from or sent to any URL or path from here on.
  for (const sql of LOCKDOWN_SQL) await conn.query(sql)
  return conn
}

/**
 * DuckDB-wasm, started from the app's own bundles (Vite `?url` assets; no CDN),
 * with extension autoinstall/autoload switched off, and the published tables loaded
 * from `public/data/*.parquet` (decoded with hyparquet, see ./parquet.ts, because the
 * parquet extension is not bundled in DuckDB-wasm, then handed over as Arrow tables, see
 * ./arrow.ts). One typed `query<T>()` with prepared parameters.
 */
import * as duckdb from '@duckdb/duckdb-wasm'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import type { Query, QueryParam } from '../queries/types'
import { DatasetError, toDatasetError } from './errors'
import { looksLikeHtml, looksLikeParquet, readParquetColumns } from './parquet'
import { toArrowTable } from './arrow'

/** The tables the app needs, in load order. */
export const TABLES = ['indicators', 'reports', 'observations', 'report_texts'] as const
export type TableName = (typeof TABLES)[number]

export type LoadStep = 'starting' | 'wasm' | 'fetching' | 'loading' | 'checking' | 'ready'
export interface LoadProgress {
  step: LoadStep
  /** Table file being read (fetching/loading). */
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

/**
 * Base URL of the tables; `public/data/` is served at `<base>data/`. `?data=<folder>` before the
 * `#` (letters, digits, `-`, `_`) reads them from `<base><folder>/` instead: the benchmark points
 * the app at synthetic tables this way (`npm run synth`, `npm run bench`).
 */
export function dataUrl(file: string): string {
  const dir = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('data')
  return `${import.meta.env.BASE_URL}${dir && /^[\w-]+$/.test(dir) ? dir : 'data'}/${file}`
}

let db: duckdb.AsyncDuckDB | null = null
let conn: duckdb.AsyncDuckDBConnection | null = null
let worker: Worker | null = null
let starting: Promise<void> | null = null
/** Queries run one after another on the single connection. */
let queue: Promise<unknown> = Promise.resolve()

function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => DatasetError): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(onTimeout()), ms)
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    )
  })
}

async function fetchTable(file: string): Promise<Uint8Array> {
  let res: Response
  try {
    res = await fetch(dataUrl(file))
  } catch (e) {
    throw new DatasetError('missing-file', `fetch ${dataUrl(file)} failed: ${String(e)}`, file)
  }
  if (!res.ok) throw new DatasetError('missing-file', `HTTP ${res.status} for ${dataUrl(file)}`, file)
  const bytes = new Uint8Array(await res.arrayBuffer())
  if (looksLikeHtml(bytes, res.headers.get('content-type'))) {
    throw new DatasetError('missing-file', `${dataUrl(file)} returned an HTML page, not a table`, file)
  }
  if (!looksLikeParquet(bytes)) {
    throw new DatasetError('corrupt-file', `${file} (${bytes.length} bytes) has no Parquet "PAR1" header/footer`, file)
  }
  return bytes
}

async function startEngine(onProgress: (p: LoadProgress) => void, total: number): Promise<void> {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    throw new DatasetError('no-wasm', 'WebAssembly is not available in this browser')
  }
  if (typeof Worker === 'undefined') throw new DatasetError('worker', 'Web Workers are not available')
  const bundle = await duckdb.selectBundle(BUNDLES)
  const bundleName = bundle.mainModule === ehWasm ? 'eh' : 'mvp'
  onProgress({ step: 'wasm', bundle: bundleName, done: 1, total })
  try {
    worker = new Worker(bundle.mainWorker!)
  } catch (e) {
    throw toDatasetError(e, 'worker')
  }
  const workerFailed = new Promise<never>((_, reject) => {
    worker!.addEventListener('error', (ev) => reject(new DatasetError('worker', `worker error: ${ev.message || 'failed to load'}`)))
  })
  db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker)
  await withTimeout(
    Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), workerFailed]),
    120_000,
    () => new DatasetError('worker', 'DuckDB-wasm did not start within 120 s'),
  ).catch((e) => {
    throw e instanceof DatasetError ? e : toDatasetError(e, 'no-wasm')
  })
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } })
  conn = await db.connect()
  // Everything stays on this origin: never fetch extensions.
  await conn.query(`SET autoinstall_known_extensions = false`)
  await conn.query(`SET autoload_known_extensions = false`)
}

async function loadTable(table: TableName, bytes: Uint8Array): Promise<void> {
  const file = `${table}.parquet`
  let arrowTable: ReturnType<typeof toArrowTable>
  try {
    arrowTable = toArrowTable(await readParquetColumns(bytes))
  } catch (e) {
    throw new DatasetError('corrupt-file', `cannot decode ${file}: ${e instanceof Error ? e.message : String(e)}`, file)
  }
  try {
    await conn!.insertArrowTable(arrowTable, { name: table, create: true })
  } catch (e) {
    throw new DatasetError('corrupt-file', `cannot load ${file}: ${e instanceof Error ? e.message : String(e)}`, file)
  }
}

/**
 * Start DuckDB and load all tables. Idempotent: later calls return the same promise.
 * Rejects with a `DatasetError` whose `kind` says what went wrong.
 */
export function startDatabase(onProgress: (p: LoadProgress) => void = () => {}): Promise<void> {
  if (starting) return starting
  const total = 2 + TABLES.length * 2 + 1
  starting = (async () => {
    onProgress({ step: 'starting', done: 0, total })
    await startEngine(onProgress, total)
    let done = 2
    // Fetch all files in parallel, load them one by one.
    const fetched = TABLES.map((t) => fetchTable(`${t}.parquet`))
    fetched.forEach((p) => p.catch(() => undefined))
    for (let i = 0; i < TABLES.length; i++) {
      onProgress({ step: 'fetching', file: `${TABLES[i]}.parquet`, done, total })
      const bytes = await fetched[i]
      done++
      onProgress({ step: 'loading', file: `${TABLES[i]}.parquet`, done, total })
      await loadTable(TABLES[i], bytes)
      done++
    }
    onProgress({ step: 'checking', done, total })
  })().catch(async (e) => {
    await resetDatabase()
    throw toDatasetError(e)
  })
  return starting
}

/** Tear everything down so `startDatabase` can be retried. */
export async function resetDatabase(): Promise<void> {
  try {
    await conn?.close()
  } catch {
    /* already gone */
  }
  try {
    await db?.terminate()
  } catch {
    /* already gone */
  }
  worker?.terminate()
  conn = null
  db = null
  worker = null
  starting = null
}

/** Arrow row → plain object; any BigInt left (should not happen: cast in SQL) becomes a number. */
function plain<T>(table: { toArray(): { toJSON(): Record<string, unknown> }[] }): T[] {
  return table.toArray().map((r) => {
    const o = r.toJSON()
    for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k])
    return o as T
  })
}

/**
 * Run one query with positional `?` parameters through a prepared statement.
 * Accepts the `{ sql, params }` objects from `src/queries`.
 */
export function query<T>(q: Query): Promise<T[]>
export function query<T>(sql: string, params?: QueryParam[]): Promise<T[]>
export function query<T>(q: Query | string, params: QueryParam[] = []): Promise<T[]> {
  const sql = typeof q === 'string' ? q : q.sql
  const args = typeof q === 'string' ? params : q.params
  const run = async (): Promise<T[]> => {
    if (!conn) {
      if (!starting) throw new DatasetError('query', 'The database has not been started')
      await starting
    }
    try {
      if (args.length === 0) return plain<T>(await conn!.query(sql))
      const stmt = await conn!.prepare(sql)
      try {
        return plain<T>(await stmt.query(...args))
      } finally {
        await stmt.close()
      }
    } catch (e) {
      throw toDatasetError(e, 'query')
    }
  }
  const result = queue.then(run, run)
  queue = result.catch(() => undefined)
  return result
}

/**
 * Run `fn` with the connection, in turn with the queries (nothing else runs on it meanwhile):
 * for work `query()` cannot express, such as appending Arrow tables (./importedTables.ts).
 */
export function withConnection<T>(fn: (c: duckdb.AsyncDuckDBConnection) => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    if (!conn && starting) await starting
    if (!conn) throw new DatasetError('query', 'The database has not been started')
    return fn(conn)
  }
  const result = queue.then(run, run)
  queue = result.catch(() => undefined)
  return result
}

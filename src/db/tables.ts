/**
 * The published tables as Arrow IPC bytes, ready for DuckDB: fetched on the main thread and,
 * when large, decoded in a module Worker (./decode.worker.ts, Parquet pages straight into Arrow buffers,
 * see ./columnar.ts) while the DuckDB worker is still compiling its wasm, so the main thread
 * stays free to draw the first view. The core tables are decoded first; `report_texts` only
 * after them. No DuckDB here: ./duckdb.ts inserts what this returns.
 */
import { DatasetError } from './errors'
import { looksLikeHtml, looksLikeParquet } from './parquet'
import { parquetToIPC, type DecodeReply } from './decode'
import { dataUrl } from './urls'
import { fingerprint } from '../queries/firstView'

/** The tables the app needs before it is interactive, in load order. */
export const CORE_TABLES = ['indicators', 'reports', 'observations'] as const
/** Loaded after the app is interactive; queries that read it wait for it. */
export const TEXT_TABLE = 'report_texts'
export const TABLES = [...CORE_TABLES, TEXT_TABLE] as const
export type TableName = (typeof TABLES)[number]

export async function fetchTable(table: TableName): Promise<Uint8Array> {
  const file = `${table}.parquet`
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

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { resolve: (ipc: Uint8Array) => void; reject: (e: Error) => void }>()

/** Thrown for requests in flight when the Worker itself fails: they are decoded here instead. */
class WorkerFailed extends Error {}

function decodeWorker(): Worker | null {
  if (worker) return worker
  if (typeof Worker === 'undefined') return null
  try {
    worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module', name: 'parquet-decode' })
  } catch {
    return null
  }
  const w = worker
  w.addEventListener('message', (ev: MessageEvent<DecodeReply>) => {
    const reply = ev.data
    const p = pending.get(reply.id)
    if (!p) return
    pending.delete(reply.id)
    if ('ipc' in reply) p.resolve(reply.ipc)
    else p.reject(new Error(reply.error))
    if (!pending.size && worker === w) {
      worker = null // nothing left to decode: free the Worker's memory
      w.terminate()
    }
  })
  w.addEventListener('error', (ev) => {
    ev.preventDefault()
    if (worker === w) worker = null
    w.terminate()
    const failed = [...pending.values()]
    pending.clear()
    for (const p of failed) p.reject(new WorkerFailed(ev.message || 'decode worker failed'))
  })
  return w
}

/** Below this size a table decodes faster here than a Worker starts (the bundled tables are ~40 KB). */
const WORKER_MIN_BYTES = 128 * 1024

function decodeInWorker(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length < WORKER_MIN_BYTES) return parquetToIPC(bytes)
  const w = decodeWorker()
  if (!w) return parquetToIPC(bytes)
  const id = nextId++
  const copy = bytes.slice() // kept for the fallback; the original is transferred
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject })
    w.postMessage({ id, bytes }, [bytes.buffer])
  }).catch((e) => (e instanceof WorkerFailed ? parquetToIPC(copy) : Promise.reject(e)))
}

/** Parquet bytes → Arrow IPC stream bytes (a buffer of their own, transferable to DuckDB's worker). */
export async function decodeTable(table: TableName, bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return await decodeInWorker(bytes)
  } catch (e) {
    throw new DatasetError('corrupt-file', `cannot decode ${table}.parquet: ${e instanceof Error ? e.message : String(e)}`, `${table}.parquet`)
  }
}

const fingerprints = new Map<TableName, string>()

/** Fingerprints of the table files fetched so far (see src/queries/firstView.ts). */
export function servedFingerprints(): Record<string, string> {
  return Object.fromEntries(fingerprints)
}

/** Core tables asked for so far: `report_texts` waits for them so it never delays them. */
const coreDecodes = new Set<Promise<unknown>>()

/**
 * Fetch and decode one table; the promise is created at once so every table downloads in
 * parallel. Decoding `report_texts` starts once the core tables asked for before it are decoded.
 */
export function prepareTable(table: TableName): Promise<Uint8Array> {
  const before = table === TEXT_TABLE ? Promise.allSettled([...coreDecodes]) : null
  const p = fetchTable(table).then(async (bytes) => {
    fingerprints.set(table, fingerprint(bytes))
    if (before) await before
    return decodeTable(table, bytes)
  })
  p.catch(() => undefined) // handled by whoever awaits it; never an unhandled rejection
  if (!before) {
    coreDecodes.add(p)
    void p.then(
      () => coreDecodes.delete(p),
      () => coreDecodes.delete(p),
    )
  }
  return p
}

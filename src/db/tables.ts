/**
 * The published tables as Arrow IPC streams (`public/data/x.arrow`, written by the CLI beside the
 * Parquet and CSV copies): DuckDB-wasm ingests them as they are (`insertArrowFromIPCStream`), so
 * the browser decodes nothing itself. Servers send the brotli/gzip copies with
 * `Content-Encoding` (scripts/precompressed.ts) and the browser decompresses them natively.
 * Every table is fetched at once while the DuckDB worker compiles its wasm; `report_texts`, which
 * only the evidence views need, at low priority so it never slows the core tables down.
 * No DuckDB here: ./duckdb.ts inserts what this returns.
 */
import { DatasetError } from './errors'
import { dataUrl } from './urls'
import { fingerprint } from '../queries/firstView'

/** The tables the first-view answers and built rows come from (fingerprinted as fetched), in load order. */
export const CORE_TABLES = ['indicators', 'reports', 'observations'] as const
/**
 * The core table put in at start-up as its shape alone (its columns, no rows: ./arrow.ts
 * `emptyShape`), its rows appended on first need (./duckdb.ts): the views open on the derived
 * rows built with the tables (./builtRows.ts), so at a million observations neither DuckDB ready
 * nor the first view waits for its 93 MB. Every statement that reads it can be prepared at once.
 */
export const ROWS_LATER = 'observations'
/** Fetched with the core tables, loaded into DuckDB when a question first reads it (which waits for it). */
export const TEXT_TABLE = 'report_texts'
export const TABLES = [...CORE_TABLES, TEXT_TABLE] as const
export type TableName = (typeof TABLES)[number]
/** The tables whose rows are put in on first need, and a question that reads them waits for (./duckdb.ts). */
export const LATER_TABLES = [ROWS_LATER, TEXT_TABLE] as const
export type LaterTable = (typeof LATER_TABLES)[number]

/** The file the browser loads for `table`. */
export const tableFile = (table: TableName): string => `${table}.arrow`

/** Dev servers answer unknown paths with index.html: that means the file is missing, not corrupt. */
export function looksLikeHtml(bytes: Uint8Array, contentType: string | null): boolean {
  if (contentType && contentType.includes('text/html')) return true
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html')
}

/** An Arrow IPC stream starts with a message: the continuation marker 0xFFFFFFFF and the schema's length. */
export function looksLikeArrowStream(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff
}

export async function fetchTable(table: TableName): Promise<Uint8Array> {
  const file = tableFile(table)
  let res: Response
  try {
    res = await fetch(dataUrl(file), { priority: table === TEXT_TABLE ? 'low' : 'high' })
  } catch (e) {
    throw new DatasetError('missing-file', `fetch ${dataUrl(file)} failed: ${String(e)}`, file)
  }
  if (!res.ok) throw new DatasetError('missing-file', `HTTP ${res.status} for ${dataUrl(file)}`, file)
  const bytes = new Uint8Array(await res.arrayBuffer())
  if (looksLikeHtml(bytes, res.headers.get('content-type'))) {
    throw new DatasetError('missing-file', `${dataUrl(file)} returned an HTML page, not a table`, file)
  }
  if (!looksLikeArrowStream(bytes)) {
    throw new DatasetError('corrupt-file', `${file} (${bytes.length} bytes) is not an Arrow IPC stream`, file)
  }
  return bytes
}

const fingerprints = new Map<TableName, string>()

/** Fingerprints of the table files fetched so far (see src/queries/firstView.ts). */
export function servedFingerprints(): Record<string, string> {
  return Object.fromEntries(fingerprints)
}

/** Fetch one table (Arrow IPC stream bytes for DuckDB); the promise is created at once so every table downloads in parallel. */
export function prepareTable(table: TableName): Promise<Uint8Array> {
  const p = fetchTable(table)
  p.catch(() => undefined) // handled by whoever awaits it; never an unhandled rejection
  return p
}

/**
 * Note the fingerprint of a core table's file (the first-view answers come from the core tables
 * only, scripts/firstView.ts): ~0.15 s for the 93 MB of a million observations, so ./engine.ts
 * does it while DuckDB's worker ingests a copy, not before sending it.
 */
export function notePrint(table: TableName, bytes: Uint8Array): void {
  if (table !== TEXT_TABLE) fingerprints.set(table, fingerprint(bytes))
}

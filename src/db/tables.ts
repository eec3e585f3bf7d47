/**
 * The published tables as Arrow, ready for DuckDB: fetched and decoded on the main thread
 * (hyparquet, see ./parquet.ts) while the DuckDB worker is still compiling its wasm.
 * No DuckDB here: ./duckdb.ts inserts what this returns.
 */
import type { Table } from 'apache-arrow'
import { DatasetError } from './errors'
import { looksLikeHtml, looksLikeParquet, readParquetColumns } from './parquet'
import { toArrowTable } from './arrow'
import { dataUrl } from './urls'

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

export async function decodeTable(table: TableName, bytes: Uint8Array): Promise<Table> {
  try {
    return toArrowTable(await readParquetColumns(bytes))
  } catch (e) {
    throw new DatasetError('corrupt-file', `cannot decode ${table}.parquet: ${e instanceof Error ? e.message : String(e)}`, `${table}.parquet`)
  }
}

/** Fetch and decode one table; the promise is created at once so every table downloads in parallel. */
export function prepareTable(table: TableName): Promise<Table> {
  const p = fetchTable(table).then((bytes) => decodeTable(table, bytes))
  p.catch(() => undefined) // handled by whoever awaits it; never an unhandled rejection
  return p
}

/**
 * One published table's Parquet bytes → Arrow IPC stream bytes for DuckDB-wasm
 * (`insertArrowFromIPCStream`). Pure: runs in the decode Worker (./decode.worker.ts) and, where
 * no Worker can be started, on the main thread.
 */
import { decodeParquetArrow, toIPC } from './columnar'
import { toArrowTable } from './arrow'
import { readParquetColumns } from './parquet'

export async function parquetToIPC(bytes: Uint8Array): Promise<Uint8Array> {
  // The direct path handles every column type the published tables use; the general
  // (slower, value-by-value) path stays for anything else.
  const table = decodeParquetArrow(bytes) ?? toArrowTable(await readParquetColumns(bytes))
  return toIPC(table)
}

/** Messages between ./tables.ts and ./decode.worker.ts. */
export interface DecodeRequest {
  id: number
  bytes: Uint8Array
}
export type DecodeReply = { id: number; ipc: Uint8Array } | { id: number; error: string }

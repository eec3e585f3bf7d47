/**
 * Parquet in the browser without DuckDB extensions: DuckDB-wasm 1.32 does not bundle
 * the parquet extension and fetching one would leave the origin, so table files are
 * decoded in JS with hyparquet (SNAPPY built in, ZSTD via fzstd) and inserted into DuckDB.
 */
import { parquetMetadata, parquetRead } from 'hyparquet'
import { decompress as zstd } from 'fzstd'
import type { ColumnDef } from './load'

const MAGIC = [0x50, 0x41, 0x52, 0x31] // "PAR1"

/** A Parquet file starts and ends with "PAR1". */
export function looksLikeParquet(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false
  for (let i = 0; i < 4; i++) {
    if (bytes[i] !== MAGIC[i] || bytes[bytes.length - 4 + i] !== MAGIC[i]) return false
  }
  return true
}

/** Dev servers answer unknown paths with index.html: that means the file is missing, not corrupt. */
export function looksLikeHtml(bytes: Uint8Array, contentType: string | null): boolean {
  if (contentType && contentType.includes('text/html')) return true
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html')
}

export const COMPRESSORS = {
  ZSTD: (input: Uint8Array, outputLength: number) => zstd(input, new Uint8Array(outputLength)),
}

interface SchemaElementLike {
  name: string
  type?: string
  converted_type?: string
  logical_type?: { type: string }
  num_children?: number
}

/** DuckDB type for a flat Parquet column. */
export function duckdbType(el: SchemaElementLike): string {
  switch (el.type) {
    case 'BOOLEAN':
      return 'BOOLEAN'
    case 'INT32':
      return el.converted_type === 'INT_8' ? 'TINYINT' : el.converted_type === 'INT_16' ? 'SMALLINT' : 'INTEGER'
    case 'INT64':
      return 'BIGINT'
    case 'FLOAT':
      return 'FLOAT'
    case 'DOUBLE':
      return 'DOUBLE'
    default:
      return 'VARCHAR'
  }
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : (bytes.slice().buffer as ArrayBuffer)
}

/** A decoded table, column by column (fast to turn into Arrow). */
export interface DecodedColumns {
  columns: ColumnDef[]
  numRows: number
  /** One array per column, `numRows` long; null where the value is missing. */
  data: Record<string, unknown[]>
}

/** Decode a flat Parquet file column by column. */
export async function readParquetColumns(bytes: Uint8Array): Promise<DecodedColumns> {
  const file = toArrayBuffer(bytes)
  const metadata = parquetMetadata(file)
  const [root, ...rest] = metadata.schema as SchemaElementLike[]
  const columns: ColumnDef[] = []
  let i = 0
  for (let c = 0; c < (root.num_children ?? rest.length) && i < rest.length; c++) {
    const el = rest[i]
    columns.push({ name: el.name, type: el.num_children ? 'VARCHAR' : duckdbType(el) })
    i += 1 + (el.num_children ?? 0)
  }
  const numRows = Number(metadata.num_rows)
  const data: Record<string, unknown[]> = {}
  for (const c of columns) data[c.name] = new Array<unknown>(numRows).fill(null)
  await parquetRead({
    file,
    metadata,
    compressors: COMPRESSORS,
    columns: columns.map((c) => c.name),
    onChunk: ({ columnName, columnData, rowStart }) => {
      const target = data[columnName]
      if (!target) return
      for (let r = 0; r < columnData.length; r++) target[rowStart + r] = columnData[r] ?? null
    },
  })
  return { columns, numRows, data }
}

/** Decode a flat Parquet file into column definitions and row objects. */
export async function readParquet(bytes: Uint8Array): Promise<{ columns: ColumnDef[]; rows: Record<string, unknown>[] }> {
  const { columns, numRows, data } = await readParquetColumns(bytes)
  const rows = Array.from({ length: numRows }, (_, r) => Object.fromEntries(columns.map((c) => [c.name, data[c.name][r]])))
  return { columns, rows }
}

/**
 * Columns of JS values → Apache Arrow vectors and tables: the CLI writes the published tables'
 * Arrow copies with them (scripts/tables.ts), and the browser stages imported reports as one
 * Arrow table that DuckDB-wasm ingests in one message (./importedTables.ts), far faster than
 * parameterised INSERTs; a published table's shape alone (`emptyShape`) lets the browser put
 * its rows in later.
 *
 * Vectors are assembled from typed arrays with `makeData` rather than Arrow's builders
 * (`vectorFromArray`), because the builders compile code with `new Function`, which the
 * app's Content-Security-Policy (no 'unsafe-eval') forbids.
 * apache-arrow is pinned to the version @duckdb/duckdb-wasm itself depends on.
 */
import { Bool, DataType, Float32, Float64, Int16, Int32, Int64, Int8, RecordBatch, RecordBatchReader, Struct, Table, Utf8, makeData, makeVector, tableToIPC, type Data, type Vector } from 'apache-arrow'
import type { ColumnDef } from './load'

/** A table column by column (fast to turn into Arrow). */
export interface DecodedColumns {
  columns: ColumnDef[]
  numRows: number
  /** One array per column, `numRows` long; null where the value is missing. */
  data: Record<string, unknown[]>
}

/** Validity bitmap (bit set = value present), LSB first, padded to 64 bytes as Arrow recommends. */
function validity(values: readonly unknown[]): { nullBitmap: Uint8Array | undefined; nullCount: number } {
  let nullCount = 0
  const bitmap = new Uint8Array(Math.ceil(values.length / 512) * 64 || 64)
  for (let i = 0; i < values.length; i++) {
    if (values[i] == null) nullCount++
    else bitmap[i >> 3] |= 1 << (i & 7)
  }
  return { nullBitmap: nullCount ? bitmap : undefined, nullCount }
}

type NumericCtor = Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor | Int16ArrayConstructor | Int8ArrayConstructor

function numericVector(values: readonly unknown[], type: DataType, Ctor: NumericCtor): Vector {
  const data = new Ctor(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    data[i] = v == null ? 0 : typeof v === 'bigint' ? Number(v) : Number(v)
  }
  return makeVector(makeData({ type, length: values.length, data, ...validity(values) } as never))
}

function bigintVector(values: readonly unknown[]): Vector {
  const data = new BigInt64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    data[i] = v == null ? 0n : typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)))
  }
  return makeVector(makeData({ type: new Int64(), length: values.length, data, ...validity(values) } as never))
}

function boolVector(values: readonly unknown[]): Vector {
  const data = new Uint8Array(Math.ceil(values.length / 8) || 1)
  for (let i = 0; i < values.length; i++) if (values[i]) data[i >> 3] |= 1 << (i & 7)
  return makeVector(makeData({ type: new Bool(), length: values.length, data, ...validity(values) } as never))
}

function utf8Vector(values: readonly unknown[]): Vector {
  const encoder = new TextEncoder()
  const parts: Uint8Array[] = new Array(values.length)
  const valueOffsets = new Int32Array(values.length + 1)
  let total = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    const s = v == null ? '' : typeof v === 'string' ? v : v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v)
    parts[i] = encoder.encode(s)
    total += parts[i].length
    valueOffsets[i + 1] = total
  }
  const data = new Uint8Array(total)
  for (let i = 0; i < parts.length; i++) data.set(parts[i], valueOffsets[i])
  return makeVector(makeData({ type: new Utf8(), length: values.length, data, valueOffsets, ...validity(values) } as never))
}

export function arrowVector(values: readonly unknown[], duckdbType: string): Vector {
  switch (duckdbType) {
    case 'BOOLEAN':
      return boolVector(values)
    case 'TINYINT':
      return numericVector(values, new Int8(), Int8Array)
    case 'SMALLINT':
      return numericVector(values, new Int16(), Int16Array)
    case 'INTEGER':
      return numericVector(values, new Int32(), Int32Array)
    case 'BIGINT':
      return bigintVector(values)
    case 'FLOAT':
      return numericVector(values, new Float32(), Float32Array)
    case 'DOUBLE':
      return numericVector(values, new Float64(), Float64Array)
    default:
      return utf8Vector(values)
  }
}

export function toArrowTable(decoded: DecodedColumns): Table {
  const vectors: Record<string, Vector> = {}
  for (const c of decoded.columns) vectors[c.name] = arrowVector(decoded.data[c.name], c.type)
  return new Table(vectors)
}

/** Data of `type` with no values (a dictionary's with an empty dictionary). */
function emptyData(type: DataType): Data {
  return makeData({ type, length: 0, nullCount: 0, ...(DataType.isDictionary(type) ? { dictionary: makeVector(emptyData(type.dictionary)) } : {}) } as never)
}

/**
 * An Arrow IPC stream of the columns of the stream `ipc` (its schema, the first message, read
 * alone) and no rows: the table's shape, to which DuckDB-wasm appends the rows later
 * (src/db/duckdb.ts). One empty record batch, as DuckDB-wasm makes no table of a stream without one.
 */
export function emptyShape(ipc: Uint8Array): Uint8Array {
  const { schema } = RecordBatchReader.from(ipc).open()
  const batch = new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: 0, nullCount: 0, children: schema.fields.map((f) => emptyData(f.type)) }))
  return tableToIPC(new Table([batch]), 'stream')
}

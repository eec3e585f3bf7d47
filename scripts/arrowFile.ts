/**
 * Query rows → an Arrow IPC stream file (which DuckDB-wasm ingests as it is) with its brotli and
 * gzip copies (./precompressed.ts): the published tables (./tables.ts) and the derived rows built
 * with them (./firstView.ts).
 */
import { writeFileSync } from 'node:fs'
import type { DuckDBConnection } from '@duckdb/node-api'
import { Dictionary, Int32, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow'
import { arrowVector } from '../src/db/arrow'
import type { Columns } from '../src/db/schema'
import { writePrecompressed } from './precompressed'

/** A text column whose values repeat this much or more is dictionary-encoded (each value once, an index per row). */
const DICTIONARY_SHARE = 0.5

/** Dictionary<Utf8, Int32> of `values` when they repeat enough (DuckDB reads it as VARCHAR), else null. */
function dictionaryVector(values: readonly unknown[]): Vector | null {
  const ids = new Map<string, number>()
  const indices = new Int32Array(values.length)
  let nullCount = 0
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 512) * 64 || 64)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v == null) {
      nullCount++
      continue
    }
    nullBitmap[i >> 3] |= 1 << (i & 7)
    let id = ids.get(String(v))
    if (id === undefined) ids.set(String(v), (id = ids.size))
    indices[i] = id
    if (ids.size > values.length * DICTIONARY_SHARE) return null
  }
  const dictionary = arrowVector([...ids.keys()], 'VARCHAR')
  return makeVector(makeData({ type: new Dictionary(new Utf8(), new Int32()), length: values.length, data: indices, dictionary, nullCount, nullBitmap: nullCount ? nullBitmap : undefined } as never))
}

/** The rows of `select` as an Arrow IPC stream (with its brotli and gzip copies), columns typed as `columns` says, in their order. */
export async function writeArrow(con: DuckDBConnection, select: string, columns: Columns, file: string): Promise<void> {
  const data = (await con.runAndReadAll(select)).getColumnsObjectJS()
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([name, type]) => {
      const values = data[name] ?? []
      return [name, (type === 'VARCHAR' && values.length > 1 ? dictionaryVector(values) : null) ?? arrowVector(values, type)]
    }),
  )
  const bytes = tableToIPC(new Table(vectors), 'stream')
  writeFileSync(file, bytes)
  writePrecompressed(file, bytes)
}

/**
 * The derived rows built with the published tables (src/queries/builtRows.ts): fetched while the
 * wasm compiles, each checked against the fingerprint first-view.json gives it, and once the core
 * tables are loaded put in when they are the tables those rows were made from. Anything missing,
 * altered or of other tables: ./derivedRows.ts makes every derived row, as after a change to them.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm'
import { BUILT_TABLES, builtFile, parseBuiltRows, type BuiltRows, type BuiltTable } from '../queries/builtRows'
import { fingerprint, servedAsBuilt, type FirstView } from '../queries/firstView'
import { loadFirstView } from './firstView'
import { looksLikeArrowStream, servedFingerprints } from './tables'
import { dataUrl } from './urls'

interface Built {
  fv: FirstView
  rows: BuiltRows
  bytes: Map<BuiltTable, Uint8Array>
}

/** One built file's bytes, or null when it is missing or not the file first-view.json names. */
async function fetchBuilt(table: BuiltTable, print: string): Promise<Uint8Array | null> {
  const res = await fetch(dataUrl(builtFile(table)))
  if (!res.ok) return null
  const bytes = new Uint8Array(await res.arrayBuffer())
  return looksLikeArrowStream(bytes) && fingerprint(bytes) === print ? bytes : null
}

/** Fetch the built rows first-view.json names (all or none); started with the tables. */
export function prepareBuilt(): Promise<Built | null> {
  return (async () => {
    const fv = await loadFirstView()
    const rows = parseBuiltRows(fv?.built)
    if (!fv || !rows) return null
    const files = await Promise.all(BUILT_TABLES.map((t) => fetchBuilt(t, rows.files[t])))
    if (files.some((f) => !f)) return null
    return { fv, rows, bytes: new Map(BUILT_TABLES.map((t, i) => [t, files[i]!])) }
  })().catch(() => null)
}

/** The built rows to put in (./derivedRows.ts `remakeDerived`): what they cover, and how each table's are appended. */
export interface BuiltPut {
  rows: BuiltRows
  put: (table: BuiltTable) => Promise<void>
}

/**
 * The built rows to put in on `c` when the core tables just loaded are those they were made
 * from (each file appended as it is to its derived table, made empty first); null otherwise.
 */
export async function builtFor(c: AsyncDuckDBConnection, pending: Promise<Built | null>): Promise<BuiltPut | null> {
  const built = await pending
  if (!built || !servedAsBuilt(built.fv, servedFingerprints())) return null
  return { rows: built.rows, put: (t) => c.insertArrowFromIPCStream(built.bytes.get(t)!, { name: t, create: false }) }
}

/**
 * The report list (`listReports()`: every report, by agency, year and id) read from the served
 * `reports.arrow` on this thread while DuckDB's wasm compiles, instead of asked of DuckDB once the
 * tables are in: at 50,000 reports that question held the worker ~0.3 s and turning its answer
 * into rows held this thread ~0.5 s, both on the way to the view's first questions. The rows are
 * exactly DuckDB's answer over the same file (its columns in order, integers as numbers, text
 * ordered as DuckDB orders it: by code point, missing values last), or null where that is not
 * certain (a column missing or of another type, two reports in the same place of the order),
 * and then DuckDB is asked as before.
 */
import { DataType, tableFromIPC, type Table, type Vector } from 'apache-arrow'
import { REPORT_LIST, type ReportRow } from '../queries'
import { textStrings } from './rows'
import { whenIdle } from './idleYears'

type Value = string | number | null

/** A column's chunks as one array (as written by the CLI, a table is one chunk). */
function joined(chunks: Value[][]): Value[] {
  if (chunks.length === 1) return chunks[0]
  const out: Value[] = []
  for (const c of chunks) for (const x of c) out.push(x)
  return out
}

/** A text column's values, or null when it is not text or a chunk cannot be read at once (./rows.ts). */
function texts(v: Vector): Value[] | null {
  const type = DataType.isDictionary(v.type) ? v.type.dictionary : v.type
  if (!DataType.isUtf8(type)) return null
  const chunks = v.data.map(textStrings)
  return chunks.every((s) => s !== null) ? joined(chunks) : null
}

/** An integer column's values (types that `CAST(x AS INTEGER)` reads as they are), or null (a sliced chunk too). */
function integers(v: Vector): Value[] | null {
  const t = v.type
  if (!DataType.isInt(t) || t.bitWidth > 32 || (t.bitWidth === 32 && !t.isSigned)) return null
  if (v.data.some((d) => d.offset !== 0)) return null
  const chunks = v.data.map((d) => {
    const valid = d.nullCount > 0 ? d.nullBitmap : undefined
    return Array.from(d.values.subarray(0, d.length), (x, i) => (!valid || valid[i >> 3] & (1 << (i & 7)) ? Number(x) : null))
  })
  return joined(chunks)
}

/** A character past U+FFFF (a surrogate in JS strings): the one place where `<` and code-point order differ. */
const ASTRAL = /[\ud800-\udfff]/

/** DuckDB's order of two text values without nulls: by code point (UTF-8 bytes), where `<` compares UTF-16 units. */
function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    const [sx, sy] = [(x & 0xf800) === 0xd800, (y & 0xf800) === 0xd800]
    return sx === sy ? x - y : sx ? 1 : -1
  }
  return a.length - b.length
}

/** How one key column orders two rows: nulls last (DuckDB's default), text by code point. */
function keyOrder(values: readonly Value[]): (i: number, j: number) => number {
  const astral = values.some((v) => typeof v === 'string' && ASTRAL.test(v))
  return (i, j) => {
    const [a, b] = [values[i], values[j]]
    if (a === b) return 0
    if (a === null || b === null) return a === null ? 1 : -1
    if (typeof a === 'number' || typeof b === 'number') return Number(a) - Number(b)
    return astral ? byCodePoint(a, b) : a < b ? -1 : 1
  }
}

/** The report list in `bytes` (an Arrow IPC stream of the reports table), or null where only DuckDB can say. */
export function reportListOf(bytes: Uint8Array): ReportRow[] | null {
  let table: Table
  try {
    table = tableFromIPC(bytes)
  } catch {
    return null
  }
  const integer: readonly string[] = REPORT_LIST.integers
  const columns: Value[][] = []
  for (const name of REPORT_LIST.columns) {
    const v = table.getChild(name)
    const values = v && (integer.includes(name) ? integers(v) : texts(v))
    if (!values) return null
    columns.push(values)
  }
  const keys = REPORT_LIST.order.map((k) => keyOrder(columns[REPORT_LIST.columns.indexOf(k)]))
  const compare = (i: number, j: number): number => {
    for (const k of keys) {
      const d = k(i, j)
      if (d) return d
    }
    return 0
  }
  const order = Array.from({ length: table.numRows }, (_, i) => i).sort(compare)
  for (let i = 1; i < order.length; i++) if (compare(order[i - 1], order[i]) === 0) return null
  return order.map((i) => {
    const row: Record<string, Value> = {}
    REPORT_LIST.columns.forEach((name, c) => (row[name] = columns[c][i]))
    return row as unknown as ReportRow
  })
}

/**
 * The report list read from the reports table's file (`reportListOf`) when this thread is next
 * idle (the worker is sent a copy of the bytes, ./engine.ts). Null when the file does not say.
 */
export function reportListWhenIdle(bytes: Promise<Uint8Array>): Promise<ReportRow[] | null> {
  return bytes.then(
    (b) =>
      // (any failure to read it is a null: start-up's `made` waits for this answer)
      new Promise<ReportRow[] | null>((resolve) =>
        whenIdle(() => {
          try {
            resolve(reportListOf(b))
          } catch {
            resolve(null)
          }
        }),
      ),
    () => null,
  )
}

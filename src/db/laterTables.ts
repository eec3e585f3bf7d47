/**
 * The tables put in on first need (./tables.ts `LATER_TABLES`): their bytes, fetched at start-up, kept until a
 * turn first needs them; then the texts are made a table of them and the observations' rows appended to their
 * shape (./engine.ts `insertTable`). Which of them a question reads (`read`). State of ./duckdb.ts, kept apart.
 */
import type * as duckdb from '@duckdb/duckdb-wasm'
import type { Query } from '../queries/types'
import { insertTable } from './engine'
import { isRead } from './queryCache'
import { rowsReadMade } from './derivedRows'
import { LATER_TABLES, ROWS_LATER, type LaterTable, type TableName } from './tables'

/** A table named in a statement. */
const NAMED = new Map(LATER_TABLES.map((t) => [t, new RegExp(`\\b${t}\\b`)]))

export function laterTables() {
  const later = new Map<LaterTable, { bytes: Promise<Uint8Array>; put?: Promise<void> }>()
  const putIn = new Set<LaterTable>()
  return {
    /** Keep the fetched bytes of each (`fetched`: every table's, as start-up fetched them). */
    keep(fetched: Map<TableName, Promise<Uint8Array>>): void {
      for (const t of LATER_TABLES) later.set(t, { bytes: fetched.get(t)! })
    },
    /**
     * The tables that `asked` reads: those it names; and the observations when it may write, or reads derived
     * rows still to be made (made of them, ./derivedRows.ts). Asked once the derived rows are made (a question
     * that reads only the built ones does not wait for the observations).
     */
    read(asked: Query): LaterTable[] {
      const { sql } = asked
      return LATER_TABLES.filter((t) => NAMED.get(t)!.test(sql) || (t === ROWS_LATER && (!isRead(sql) || !rowsReadMade(asked))))
    },
    /** Put `table`'s rows in on first call; resolves when they are in (the observations' failure also goes to `failed`). */
    put(c: duckdb.AsyncDuckDBConnection, table: LaterTable, failed: (e: unknown) => void): Promise<void> {
      const t = later.get(table)!
      if (!t.put) {
        t.put = t.bytes.then((b) => insertTable(c, table, b, table === ROWS_LATER ? 'rows' : 'whole')).then(() => void putIn.add(table))
        if (table === ROWS_LATER) t.put.catch(failed)
      }
      return t.put
    },
    /** Whether `table`'s rows are in. */
    isIn: (table: LaterTable): boolean => putIn.has(table),
    clear(): void {
      later.clear()
      putIn.clear()
    },
  }
}

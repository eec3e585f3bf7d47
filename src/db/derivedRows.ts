/**
 * The derived tables' bookkeeping on the views' connection (src/queries/derivedTables.ts): which
 * per-year rows are made since the tables last changed, `counted_reports` made again and the
 * per-year tables emptied after every change (`remakeDerived`), and the rows a question or the
 * idle-time work needs made before it (`makeRowsRead`, `makeYear`, `makePiece`). ./duckdb.ts runs the
 * statements on its connection, in turn with the queries.
 */
import type { Query, YearRows } from '../queries/types'
import { putBuiltRows } from '../queries/builtRows'
import type { BuiltPut } from './builtRows'
import { indicatorIds, makeYearPiece, makeYearRows, makeYearValues, noYearsMade, readsYearRows, RESET_SQL, yearRowsMade, type Exec } from '../queries/derivedTables'

export { YEAR_ROWS_SQL } from '../queries/derivedTables'

/** The per-year rows made on the views' connection since the tables last changed. */
let made = noYearsMade()

/**
 * (Re)make `counted_reports` and empty the per-year tables (src/queries/derived.ts): after loading
 * and after every change to the tables. Each year's rows are made again when next needed. The
 * indicators' ids are read with them: the first rows a view opens on are then sent at once, not
 * after a round trip whose answer may wait behind the main thread's work while the worker idles.
 * `built` (the tables were just loaded): their built rows are put in instead of made
 * (./builtRows.ts), or, failing that, made as usual.
 */
export async function remakeDerived(run: Exec, built: BuiltPut | null = null): Promise<void> {
  made = noYearsMade()
  const put = built && (await putBuiltRows(run, made, built.rows, built.put).then(() => true, () => false))
  if (!put) await run(RESET_SQL)
  await indicatorIds(run, made)
}

/** The per-year rows `q` reads: those its `perYear` names; a question that reads them without saying which reads every year's. */
const rowsRead = (q: Query): YearRows | undefined => q.perYear ?? (readsYearRows(q.sql) ? { years: null } : undefined)

/** Make the per-year rows `q` reads. */
export function makeRowsRead(run: Exec, q: Query): Promise<void> {
  return makeYearRows(run, made, rowsRead(q))
}

/** Are the per-year rows `q` reads made already (`makeRowsRead` would send nothing)? */
export function rowsReadMade(q: Query): boolean {
  return yearRowsMade(made, rowsRead(q))
}

/** Are one year's values of `indicators` made (`makeYear` would send nothing)? */
export function yearMade(year: number, indicators: readonly string[]): boolean {
  return yearRowsMade(made, { years: [year], indicators })
}

/** Make one year's values of `indicators` ahead of need: those the view opens on (its questions make the rest they read). */
export function makeYear(run: Exec, year: number, indicators: readonly string[]): Promise<void> {
  return makeYearValues(run, made, year, indicators)
}

/** Make the next piece of one year's rows in idle time (./idleYears.ts); false once the year is whole. */
export function makePiece(run: Exec, year: number): Promise<boolean> {
  return makeYearPiece(run, made, year)
}

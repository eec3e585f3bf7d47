/**
 * The derived tables (./derived.ts) and the statements that make them. `counted_reports` is made
 * with the tables and again after every change to them (`RESET_SQL`, which also empties the
 * per-year tables). The per-year rows are made when a question first reads them, only for the
 * years and the stored answers it reads (`makeYearRows`, from the question's `perYear`): opening
 * a large dataset does not wait for years nobody looks at, nor for answers its first view does
 * not read. src/db/duckdb.ts runs them on the views' connection; Node
 * callers of the queries (the first-view answers, the tests) run them the same way.
 */
import { COUNTED_REPORTS, COUNTED_REPORTS_SELECT } from './counted'
import { ALL_PLACES, ALL_PLACES_SELECT, ALL_STATS, ALL_STATS_SELECT, COUNTED_VALUES, countedValuesSelect, YEAR_STATS, YEAR_STATS_SELECT } from './derived'
import { summaryOf, YEAR_YOY } from './yoy'
import { summaryRows, YEAR_ENDS } from './overview'
import type { Query, QueryParam, YearRows } from './types'

/** The tables made per year: every counted value, and the stored answers of one year; and those of all years together. */
const PER_YEAR_TABLES = [COUNTED_VALUES, YEAR_STATS, YEAR_YOY, YEAR_ENDS, ALL_STATS, ALL_PLACES] as const

/** Every derived table, in the order they are made. */
export const DERIVED_TABLES: readonly string[] = [COUNTED_REPORTS, ...PER_YEAR_TABLES]

/** A per-year table's name in a statement. */
const YEAR_ROWS_READ = new RegExp(`\\b(?:${PER_YEAR_TABLES.join('|')})\\b`)

/** Does `sql` read per-year rows? (A question that does declares which, in its `perYear`.) */
export function readsYearRows(sql: string): boolean {
  return YEAR_ROWS_READ.test(sql)
}

/** A year's values (null: those of the reports without a year). */
function valuesOfYear(year: number | null): Query {
  const params: QueryParam[] = []
  return { sql: countedValuesSelect(year, params), params }
}

/** The stored answers of one year. */
export const YEAR_ANSWERS: readonly string[] = [YEAR_STATS, YEAR_YOY, YEAR_ENDS]

/** A year's stored answers, each as it is worked out for that year in the question (in YEAR_ANSWERS order). */
function answersOf(year: number): { table: string; q: Query }[] {
  return [
    { table: YEAR_STATS, q: { sql: YEAR_STATS_SELECT, params: [year, year] } },
    { table: YEAR_YOY, q: summaryOf({ years: [year] }, true) },
    { table: YEAR_ENDS, q: summaryRows({ years: [year] }, undefined, true) },
  ]
}

/** The stored answers of all years together (made once every year's values are). */
const ALL_ANSWERS: { table: string; q: Query }[] = [
  { table: ALL_STATS, q: { sql: ALL_STATS_SELECT, params: [] } },
  { table: ALL_PLACES, q: { sql: ALL_PLACES_SELECT, params: [] } },
]

const insertInto = (table: string, q: Query): Query => ({ sql: `INSERT INTO ${table} ${q.sql}`, params: q.params })

/**
 * The statements that make a year's rows, the same SQL for every year (the year is a parameter):
 * src/db prepares them while the tables load, so the year a view opens on is made in one round
 * trip to the worker, not waiting for a prepared statement's reply behind the main thread's work.
 */
export const YEAR_ROWS_SQL: readonly string[] = [insertInto(COUNTED_VALUES, valuesOfYear(0)), ...answersOf(0).map(({ table, q }) => insertInto(table, q))].map((q) => q.sql)

const empty = (table: string, q: Query): Query => ({ sql: `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM (${q.sql}) LIMIT 0`, params: q.params })

/**
 * The statements that (re)make `counted_reports` and leave every per-year table empty (with its
 * columns): when the tables are loaded and after every change to them. Nothing is made per year.
 */
export const RESET_SQL: readonly Query[] = [
  { sql: `CREATE OR REPLACE TEMP TABLE ${COUNTED_REPORTS} AS ${COUNTED_REPORTS_SELECT}`, params: [] },
  empty(COUNTED_VALUES, valuesOfYear(0)),
  ...[...answersOf(0), ...ALL_ANSWERS].map(({ table, q }) => empty(table, q)),
]

/** The per-year rows made so far on one connection (none after `RESET_SQL`). */
export interface MadeYears {
  /** Values of every year, and of the reports without one. */
  every: boolean
  /** The years whose values are made (null: the reports without a year). */
  values: Set<number | null>
  /** The stored answers made: `table year` of one year's, the table's name of those of all years together. */
  answers: Set<string>
}

export const noYearsMade = (): MadeYears => ({ every: false, values: new Set(), answers: new Set() })

/** Run one statement; the rows it returns. */
export type Exec = (q: Query) => Promise<Record<string, unknown>[]>

/**
 * Make the per-year rows `need` reads that are not made yet, one year at a time through `run`,
 * and note them in `made` as each is made (values of every year: each year not made yet and
 * the reports without one; of a year's answers those `need` names, after its values; of those
 * of all years together those it names, after every year's values).
 */
export async function makeYearRows(run: Exec, made: MadeYears, need: YearRows | undefined): Promise<void> {
  if (!need) return
  if (!made.every) {
    const years = need.years ?? (await run({ sql: `SELECT DISTINCT CAST(year AS INTEGER) AS year FROM ${COUNTED_REPORTS}`, params: [] })).map((r) => (r.year == null ? null : Number(r.year)))
    for (const year of years) {
      if (made.values.has(year)) continue
      await run(insertInto(COUNTED_VALUES, valuesOfYear(year)))
      made.values.add(year)
    }
    if (need.years === null) made.every = true
  }
  const named = new Set(need.answers)
  const make = async ({ table, q }: { table: string; q: Query }, key: string) => {
    if (!named.has(table) || made.answers.has(key)) return
    await run(insertInto(table, q))
    made.answers.add(key)
  }
  if (need.years === null) for (const a of ALL_ANSWERS) await make(a, a.table)
  for (const year of need.years ?? []) for (const a of answersOf(year)) await make(a, `${a.table} ${year}`)
}

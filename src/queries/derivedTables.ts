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
import { ALL_PLACES, ALL_PLACES_SELECT, ALL_STATS, ALL_STATS_SELECT, COUNTED_VALUES, countedValuesSelect, YEAR_STATS, yearStatsSelect } from './derived'
import { summaryOf, YEAR_YOY } from './yoy'
import { summaryRows, YEAR_ENDS } from './overviewSummary'
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

/** The rows of one year's values (null: of the reports without a year) and, of a year, its `year_stats`: of the `indicators` given (null: of every one). */
function rowsOfYear(year: number | null, indicators: readonly string[] | null): { table: string; q: Query }[] {
  const values: QueryParam[] = []
  const rows = [{ table: COUNTED_VALUES, q: { sql: countedValuesSelect(year, indicators, values), params: values } }]
  const stats: QueryParam[] = []
  if (year != null) rows.push({ table: YEAR_STATS, q: { sql: yearStatsSelect(year, indicators, stats), params: stats } })
  return rows
}

/** The stored answers of one year. */
export const YEAR_ANSWERS: readonly string[] = [YEAR_STATS, YEAR_YOY, YEAR_ENDS]

/** A year's stored answers read from all its values, each as it is worked out for that year in the question (`year_stats` is made with the values). */
function answersOf(year: number): { table: string; q: Query }[] {
  return [
    { table: YEAR_YOY, q: summaryOf({ years: [year] }, true) },
    { table: YEAR_ENDS, q: summaryRows({ years: [year] }, undefined, true) },
  ]
}
/** The tables `answersOf` makes. */
const ANSWERS_OF_YEAR = [YEAR_YOY, YEAR_ENDS]

/** The stored answers of all years together (made once every year's values are). */
const ALL_ANSWERS: { table: string; q: Query }[] = [
  { table: ALL_STATS, q: { sql: ALL_STATS_SELECT, params: [] } },
  { table: ALL_PLACES, q: { sql: ALL_PLACES_SELECT, params: [] } },
]

function insertInto(table: string, q: Query): Query {
  return { sql: `INSERT INTO ${table} ${q.sql}`, params: q.params }
}

/**
 * The statements that make a year's rows of up to 4 indicators (a view's headlines), the same SQL
 * for every year and such set (both are parameters): src/db prepares them while the tables load,
 * so the rows a view opens on are made in one round trip to the worker, not waiting for a
 * prepared statement's reply behind the main thread's work.
 */
export const YEAR_ROWS_SQL: readonly string[] = rowsOfYear(0, []).map(({ table, q }) => insertInto(table, q).sql)

/** A `?` placeholder, or a string literal or comment (which may hold one that is no placeholder). */
const PLACEHOLDER = /'(?:[^']|'')*'|\/\*[\s\S]*?\*\/|\?/g

/**
 * `q`'s SQL with every parameter NULL: for a statement whose rows are none (`LIMIT 0`), where the
 * parameters (the year and indicators filtered on) only choose rows, never a column's type.
 */
function unbound(q: Query): string {
  let n = 0
  const sql = q.sql.replace(PLACEHOLDER, (m) => (m === '?' ? (n++, 'NULL') : m))
  if (n !== q.params.length) throw new Error(`${n} placeholders for ${q.params.length} parameters: ${q.sql.slice(0, 80)}`)
  return sql
}

const empty = (table: string, q: Query): string => `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM (${unbound(q)}) LIMIT 0`

/**
 * The statements that (re)make `counted_reports` and leave every per-year table empty (with its
 * columns), as one statement list without parameters, so one round trip to the worker: when the
 * tables are loaded and after every change to them. Nothing is made per year.
 */
export const RESET_SQL: Query = resetFrom(COUNTED_REPORTS_SELECT)

/** `RESET_SQL` with `counted_reports` made of `counted` (a query of its rows: built ones, ./builtRows.ts). */
export function resetFrom(counted: string): Query {
  return {
    sql: [
      `CREATE OR REPLACE TEMP TABLE ${COUNTED_REPORTS} AS ${counted}`,
      ...[...rowsOfYear(0, null), ...answersOf(0), ...ALL_ANSWERS].map(({ table, q }) => empty(table, q)),
    ].join(';\n'),
    params: [],
  }
}

/** The per-year rows made so far on one connection (none after `RESET_SQL`). */
export interface MadeYears {
  /** Values of every year and indicator, and of the reports without a year. */
  every: boolean
  /** The ids of the indicators table, once read. */
  indicators: string[] | null
  /** `year indicator` of each value made with its `year_stats` row (year '': the reports without one). */
  values: Set<string>
  /** The stored answers made: `table year` of one year's, the table's name of those of all years together. */
  answers: Set<string>
}

export const noYearsMade = (): MadeYears => ({ every: false, indicators: null, values: new Set(), answers: new Set() })

/** Run one statement; the rows it returns. */
export type Exec = (q: Query) => Promise<Record<string, unknown>[]>

const madeKey = (year: number | null, indicator: string) => `${year ?? ''} ${indicator}`

/** The ids of the indicators table, read once per `made` (src/db reads them with the derived tables, before the views ask). */
export async function indicatorIds(run: Exec, made: MadeYears): Promise<string[]> {
  made.indicators ??= (await run({ sql: `SELECT id FROM indicators ORDER BY id`, params: [] })).map((r) => String(r.id))
  return made.indicators
}

/** The year's values of `indicators` not made yet, in one statement (of every indicator when none of the year is made). */
async function makeValues(run: Exec, made: MadeYears, year: number | null, indicators: readonly string[], all: readonly string[]): Promise<void> {
  const missing = indicators.filter((i) => !made.values.has(madeKey(year, i)))
  if (!missing.length) return
  for (const { table, q } of rowsOfYear(year, missing.length === all.length ? null : missing)) await run(insertInto(table, q))
  noteValuesMade(made, year, missing)
}

/** Note the year's values of `indicators` (with their `year_stats` rows) as made. */
export function noteValuesMade(made: MadeYears, year: number | null, indicators: readonly string[]): void {
  for (const i of indicators) made.values.add(madeKey(year, i))
}

/**
 * Make the per-year rows `need` reads that are not made yet, one year at a time through `run`,
 * and note them in `made` as each is made: of each year whose values of the indicators `need`
 * names (of all when it names none) are not all made, every value it lacks, in one statement
 * (made a few indicators at a time, a year costs 2–3 times as much at a million observations);
 * the reports without a year too when `need` reads every year; of a year's answers those `need`
 * names, after its values; of those of all years together those it names, after every year's.
 */
export async function makeYearRows(run: Exec, made: MadeYears, need: YearRows | undefined): Promise<void> {
  if (!need || yearRowsMade(made, need)) return
  const all = await indicatorIds(run, made)
  const named = new Set(need.answers)
  if (!made.every) {
    const years = need.years ?? (await run({ sql: `SELECT DISTINCT CAST(year AS INTEGER) AS year FROM ${COUNTED_REPORTS}`, params: [] })).map((r) => (r.year == null ? null : Number(r.year)))
    const read = valuesRead(all, need)
    for (const year of years) if (read.some((i) => !made.values.has(madeKey(year, i)))) await makeValues(run, made, year, all, all)
    if (need.years === null) made.every = true
  }
  const make = async ({ table, q }: { table: string; q: Query }, key: string) => {
    if (!named.has(table) || made.answers.has(key)) return
    await run(insertInto(table, q))
    made.answers.add(key)
  }
  if (need.years === null) for (const a of ALL_ANSWERS) await make(a, a.table)
  for (const year of need.years ?? []) for (const a of answersOf(year)) await make(a, `${a.table} ${year}`)
}

/** The indicators whose values `need` reads of each of its years (of `all` the table's). */
function valuesRead(all: readonly string[], need: YearRows): readonly string[] {
  const named = new Set(need.answers)
  // the stored answers other than year_stats are read from all the year's values
  const some = need.indicators && need.years !== null && !named.has(YEAR_YOY) && !named.has(YEAR_ENDS)
  return some ? all.filter((i) => need.indicators!.includes(i)) : all
}

/**
 * Is every per-year row `need` reads made (`makeYearRows` would send nothing)? Answered from
 * `made` alone, without a round trip: false whenever that cannot tell (the indicators' ids not
 * read yet, or every year's values asked for before they are all made). src/db then sends a
 * question that reads only rows already made at once, not after a turn of its own.
 */
export function yearRowsMade(made: MadeYears, need: YearRows | undefined): boolean {
  if (!need) return true
  if (!made.indicators) return false
  if (!made.every) {
    if (need.years === null) return false
    const read = valuesRead(made.indicators, need)
    if (need.years.some((year) => read.some((i) => !made.values.has(madeKey(year, i))))) return false
  }
  const named = need.answers ?? []
  if (need.years === null) return ALL_ANSWERS.every((a) => !named.includes(a.table) || made.answers.has(a.table))
  return need.years.every((year) => ANSWERS_OF_YEAR.every((table) => !named.includes(table) || made.answers.has(`${table} ${year}`)))
}

/**
 * Make one year's values of `indicators` alone ahead of need: those the view opens on, so its
 * first question (which reads only them) does not wait for the rest of the year.
 */
export async function makeYearValues(run: Exec, made: MadeYears, year: number, indicators: readonly string[]): Promise<void> {
  const all = await indicatorIds(run, made)
  await makeValues(run, made, year, all.filter((i) => indicators.includes(i)), all)
}

/**
 * Make the next piece of one year's rows ahead of need (idle time): its values not made yet (in
 * one statement: made a few indicators at a time, a year costs 2–3 times as much at a million
 * observations, and the idle round then still runs while the user changes year), else its next
 * stored answer; false once nothing is left. Each piece is one turn on the connection.
 */
export async function makeYearPiece(run: Exec, made: MadeYears, year: number): Promise<boolean> {
  const all = await indicatorIds(run, made)
  if (all.some((i) => !made.values.has(madeKey(year, i)))) return makeValues(run, made, year, all, all).then(() => true)
  const next = answersOf(year).find((a) => !made.answers.has(`${a.table} ${year}`))
  if (!next) return false
  await makeYearRows(run, made, { years: [year], answers: [next.table] })
  return true
}

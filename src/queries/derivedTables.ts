/**
 * The derived tables (./derived.ts) and the statements that make them, in order: each reads the
 * ones before it. src/db/duckdb.ts runs them after the tables are loaded and after every change
 * to them; Node callers of the queries (the first-view answers, the tests) run them too.
 */
import { COUNTED_REPORTS, COUNTED_REPORTS_SELECT } from './counted'
import { COUNTED_VALUES, COUNTED_VALUES_SELECT, YEAR_STATS, YEAR_STATS_SELECT } from './derived'
import { summaryOf, YEAR_YOY } from './yoy'
import { summaryRows, YEAR_ENDS } from './overview'

/** The derived tables, in the order they are made. */
export const DERIVED_TABLES: readonly string[] = [COUNTED_REPORTS, COUNTED_VALUES, YEAR_STATS, YEAR_YOY, YEAR_ENDS]

/** The statements that (re)make the derived tables, in order. */
export const DERIVED_TABLES_SQL: readonly string[] = [
  `CREATE OR REPLACE TEMP TABLE ${COUNTED_REPORTS} AS ${COUNTED_REPORTS_SELECT}`,
  `CREATE OR REPLACE TEMP TABLE ${COUNTED_VALUES} AS ${COUNTED_VALUES_SELECT}`,
  `CREATE OR REPLACE TEMP TABLE ${YEAR_STATS} AS ${YEAR_STATS_SELECT}`,
  // Every year's summaries of every indicator: no filter, so no parameters.
  `CREATE OR REPLACE TEMP TABLE ${YEAR_YOY} AS ${summaryOf({}, true).sql}`,
  `CREATE OR REPLACE TEMP TABLE ${YEAR_ENDS} AS ${summaryRows({}, undefined, true).sql}`,
]

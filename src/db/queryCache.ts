/**
 * Answers of the views' questions kept by SQL and parameters for the data they were read from:
 * going back to a selection (a year visited before, an agency set picked again) is answered
 * without a round trip to DuckDB's worker. Every write moves the data version on (`written`),
 * which drops every answer; an answer read while a write was made is not kept (`keep` is told
 * the version the question was asked at). Only questions that start with SELECT or WITH are
 * kept (`isRead`); ./duckdb.ts counts any other statement as a write. The most recently used
 * answers are kept, up to `max`. Pure: ./duckdb.ts looks answers up in turn with the queries and
 * writes, so a question asked after a write is never answered from before it.
 */
import type { QueryParam } from '../queries/types'

const READS = /^\s*(?:SELECT|WITH)\b/i

/** Is `sql` a question whose answer may be kept (not a write)? */
export const isRead = (sql: string): boolean => READS.test(sql)

export interface QueryCache {
  /** The kept answer of `sql` with `params` (an array of the caller's own), if any. */
  get<T>(sql: string, params: readonly QueryParam[]): T[] | undefined
  /** Keep `rows` as the answer, asked when the data version was `asked`; not kept when a write came since. */
  keep(sql: string, params: readonly QueryParam[], rows: readonly unknown[], asked: number): void
  /** The tables changed (or may have): no answer read before is given again. */
  written(): void
  /** Moves on with every write. */
  readonly version: number
}

export function queryCache(max = 48): QueryCache {
  let version = 0
  const kept = new Map<string, readonly unknown[]>()
  const keyOf = (sql: string, params: readonly QueryParam[]): string => JSON.stringify([sql, params])
  return {
    get version() {
      return version
    },
    written() {
      version++
      kept.clear()
    },
    get<T>(sql: string, params: readonly QueryParam[]): T[] | undefined {
      const key = keyOf(sql, params)
      const hit = kept.get(key)
      if (!hit) return undefined
      kept.delete(key) // re-inserted: the Map's order is least recently used first
      kept.set(key, hit)
      return hit.slice() as T[]
    },
    keep(sql, params, rows, asked) {
      if (asked !== version || !isRead(sql)) return
      kept.set(keyOf(sql, params), rows.slice())
      if (kept.size > max) kept.delete(kept.keys().next().value!)
    },
  }
}

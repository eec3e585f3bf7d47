import type { QueryParam } from './types'

/**
 * `column IN (?, ?, …)` for a list, pushing the values onto `params`.
 * An empty list means "no filter" and yields `TRUE`.
 */
export function inList(column: string, values: readonly QueryParam[] | undefined, params: QueryParam[]): string {
  if (!values || values.length === 0) return 'TRUE'
  params.push(...values)
  return `${column} IN (${values.map(() => '?').join(', ')})`
}

/** Normalise whitespace so generated SQL is readable in logs and tests. */
export function tidy(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim()
}

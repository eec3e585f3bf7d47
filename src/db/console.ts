/**
 * The SQL console's run: one query, already checked read-only (src/queries/readonlySql.ts), on a
 * connection of its own (`consoleConnection`), inside a transaction that is always rolled back, so
 * whatever it does the published tables stay as loaded. Limits, so one query can never hold the app:
 *  - time: the query is sent and polled, and cancelled (DuckDB-wasm `cancelSent`) when the user
 *    asks or when it has run `timeLimitMs`; the views keep being answered on the main connection;
 *  - rows: at most `maxRows` (one more is fetched to say the result was cut);
 *  - memory: the capped result is kept in DuckDB first and measured there; only the rows that fit
 *    in `maxBytes` of text cross to the page.
 * Columns keep their order; values stay as Arrow gives them (the console formats them, see
 * formatRawCell). DuckDB's own error is thrown unchanged so the console can show its message.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm'
import type { Table } from 'apache-arrow'
import { consoleCapture, consoleFetch, consoleRowsWithin, consoleSql } from '../queries/readonlySql'
import type { Query } from '../queries/types'
import { consoleConnection } from './duckdb'

export interface ConsoleLimits {
  maxRows: number
  maxBytes: number
  timeLimitMs: number
}

export interface RawResult {
  columns: { name: string; type: string }[]
  rows: unknown[][]
  /** Why fewer rows than the query gave are shown: the row cap or the memory cap. */
  cut: 'rows' | 'bytes' | null
}

/** The run was stopped before it finished: by the user, or by the time limit. */
export class ConsoleStopped extends Error {
  constructor(readonly reason: 'cancelled' | 'timeout') {
    super(reason === 'timeout' ? 'the query ran out of time' : 'the query was cancelled')
    this.name = 'ConsoleStopped'
  }
}

export interface ConsoleRun {
  result: Promise<RawResult>
  /** Stop the query now (the result rejects with `ConsoleStopped('cancelled')`). */
  cancel(): void
}

function raw(table: Table, cut: RawResult['cut']): RawResult {
  const columns = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }))
  const vectors = columns.map((_, i) => table.getChildAt(i))
  return { columns, rows: Array.from({ length: table.numRows }, (_, j) => vectors.map((v) => v?.get(j))), cut }
}

async function prepared(c: AsyncDuckDBConnection, q: Query): Promise<Table> {
  const stmt = await c.prepare(q.sql)
  try {
    return await stmt.query(...q.params)
  } finally {
    await stmt.close()
  }
}

/** Send `sql` (polled, so it can be cancelled) and read its whole answer. */
async function sent(c: AsyncDuckDBConnection, sql: string): Promise<Table> {
  const { Table } = await import('apache-arrow')
  const reader = await c.send(sql)
  const batches = []
  for await (const b of reader) batches.push(b)
  return new Table(reader.schema, batches)
}

let previous: Promise<unknown> = Promise.resolve()

export function runConsole(checked: { sql: string; kind: string }, limits: ConsoleLimits): ConsoleRun {
  let stopped: ConsoleStopped | null = null
  let conn: AsyncDuckDBConnection | null = null
  let retry: ReturnType<typeof setInterval> | undefined
  const stop = (reason: ConsoleStopped['reason']) => {
    if (stopped) return
    stopped = new ConsoleStopped(reason)
    // The query may not have reached the worker yet: ask again until it is gone.
    const cancel = () => void conn?.cancelSent().catch(() => undefined)
    cancel()
    retry = setInterval(cancel, 100)
  }
  const timer = setTimeout(() => stop('timeout'), limits.timeLimitMs)
  const check = () => {
    if (stopped) throw stopped
  }

  const run = async (): Promise<RawResult> => {
    const c = (conn = await consoleConnection())
    check()
    await c.query('BEGIN TRANSACTION')
    try {
      if (checked.kind === 'explain') return raw(await sent(c, consoleSql(checked, limits.maxRows)).catch(rethrow), null)
      await sent(c, consoleCapture(checked, limits.maxRows)).catch(rethrow)
      check()
      const [size] = (await prepared(c, consoleRowsWithin(limits.maxBytes))).toArray().map((r) => r.toJSON() as { total: number; fit: number })
      const n = Math.min(size.fit, limits.maxRows)
      const cut = size.fit < Math.min(size.total, limits.maxRows) ? 'bytes' : size.total > limits.maxRows ? 'rows' : null
      check()
      return raw(await prepared(c, consoleFetch(n)), cut)
    } finally {
      await c.query('ROLLBACK').catch(() => undefined)
    }
  }
  /** A query failing because it was cancelled is reported as the stop, not as DuckDB's "query was canceled". */
  const rethrow = (e: unknown): never => {
    throw stopped ?? e
  }

  const result = previous.then(run, run).finally(() => {
    clearTimeout(timer)
    clearInterval(retry)
  })
  previous = result.catch(() => undefined)
  return { result, cancel: () => stop('cancelled') }
}

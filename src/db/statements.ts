/**
 * Prepared statements by SQL on the views' connection (./duckdb.ts): a repeated question is one
 * round trip to the worker, not three (prepare, run, close). The most recently used are kept, up
 * to `max`; the oldest is closed when one more is prepared.
 */
import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm'

export interface StatementCache {
  /** `sql` prepared on `conn` (once, while kept). */
  get(conn: AsyncDuckDBConnection, sql: string): Promise<AsyncPreparedStatement>
  /** `sql`'s statement if it is kept and its preparing is done (then used as `get` would), else undefined: it can be run at once. */
  now(sql: string): AsyncPreparedStatement | undefined
  /** Forget every statement (the connection is gone). */
  clear(): void
}

export function statementCache(max = 64): StatementCache {
  const statements = new Map<string, Promise<AsyncPreparedStatement>>()
  /** Those whose preparing is done, while kept. */
  const done = new Map<Promise<AsyncPreparedStatement>, AsyncPreparedStatement>()
  const use = (sql: string, stmt: Promise<AsyncPreparedStatement>): void => {
    statements.delete(sql) // re-insert: the Map's order is least recently used first
    statements.set(sql, stmt)
  }
  return {
    get(conn, sql) {
      let stmt = statements.get(sql)
      if (!stmt) {
        const made = conn.prepare(sql)
        stmt = made
        made.then((s) => statements.get(sql) === made && done.set(made, s), () => statements.get(sql) === made && statements.delete(sql))
        if (statements.size >= max) {
          const [oldest, old] = statements.entries().next().value!
          statements.delete(oldest)
          done.delete(old)
          void old.then((o) => o.close()).catch(() => undefined)
        }
      }
      use(sql, stmt)
      return stmt
    },
    now(sql) {
      const stmt = statements.get(sql)
      const ready = stmt && done.get(stmt)
      if (ready) use(sql, stmt)
      return ready
    },
    clear: () => {
      statements.clear()
      done.clear()
    },
  }
}

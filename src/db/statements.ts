/**
 * Prepared statements by SQL on the views' connection (./duckdb.ts): a repeated question is one
 * round trip to the worker, not three (prepare, run, close). The most recently used are kept, up
 * to `max`; the oldest is closed when one more is prepared.
 */
import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm'

export interface StatementCache {
  /** `sql` prepared on `conn` (once, while kept). */
  get(conn: AsyncDuckDBConnection, sql: string): Promise<AsyncPreparedStatement>
  /** Forget every statement (the connection is gone). */
  clear(): void
}

export function statementCache(max = 64): StatementCache {
  const statements = new Map<string, Promise<AsyncPreparedStatement>>()
  return {
    get(conn, sql) {
      let stmt = statements.get(sql)
      if (stmt) {
        statements.delete(sql) // re-insert: the Map's order is least recently used first
      } else {
        stmt = conn.prepare(sql)
        stmt.catch(() => statements.delete(sql))
        if (statements.size >= max) {
          const [oldest, old] = statements.entries().next().value!
          statements.delete(oldest)
          void old.then((o) => o.close()).catch(() => undefined)
        }
      }
      statements.set(sql, stmt)
      return stmt
    },
    clear: () => statements.clear(),
  }
}

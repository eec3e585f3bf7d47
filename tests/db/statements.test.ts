/**
 * Prepared statements kept by SQL (src/db/statements.ts): `now` gives a statement only once its
 * preparing is done and while it is kept, so a question is sent at once only with a statement the
 * worker has.
 */
import { describe, expect, it } from 'vitest'
import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm'
import { statementCache } from '../../src/db/statements'

/** A connection whose prepares resolve when told (`finish`), each to a statement that records being closed. */
function connection() {
  const pending: (() => void)[] = []
  const closed: string[] = []
  const conn = {
    prepare: (sql: string) =>
      new Promise<AsyncPreparedStatement>((resolve, reject) => {
        const stmt = { sql, close: async () => void closed.push(sql) } as unknown as AsyncPreparedStatement
        pending.push(() => (sql === 'bad' ? reject(new Error('bad')) : resolve(stmt)))
      }),
  } as unknown as AsyncDuckDBConnection
  const finish = async () => {
    for (const f of pending.splice(0)) f()
    await new Promise((r) => setTimeout(r, 0))
  }
  return { conn, closed, finish }
}

describe('statementCache', () => {
  it('gives a statement now once prepared, while kept; never one being prepared, failed or closed', async () => {
    const { conn, closed, finish } = connection()
    const cache = statementCache(2)
    const a = cache.get(conn, 'a')
    expect(cache.now('a')).toBeUndefined()
    await finish()
    expect(cache.now('a')).toBe(await a)
    expect(cache.get(conn, 'a')).toBe(a)
    void cache.get(conn, 'bad').catch(() => undefined)
    await finish()
    expect(cache.now('bad')).toBeUndefined()
    cache.get(conn, 'b')
    cache.get(conn, 'c') // the least recently used (a) is closed
    await finish()
    expect(closed).toEqual(['a'])
    expect(cache.now('a')).toBeUndefined()
    expect((cache.now('b') as unknown as { sql: string }).sql).toBe('b')
    cache.clear()
    expect(cache.now('b')).toBeUndefined()
  })
})

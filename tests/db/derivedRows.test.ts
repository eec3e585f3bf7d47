/**
 * The views' connection's derived-table bookkeeping (src/db/derivedRows.ts): after the tables are
 * (re)made, the first rows a view opens on are sent without a round trip before them.
 */
import { describe, expect, it } from 'vitest'
import { makeYear, remakeDerived } from '../../src/db/derivedRows'
import { RESET_SQL, YEAR_ROWS_SQL } from '../../src/queries/derivedTables'
import type { Query } from '../../src/queries/types'

/** A connection that records what it is sent and knows indicators a and b. */
function recorder() {
  const sent: string[] = []
  const run = async (q: Query): Promise<Record<string, unknown>[]> => {
    sent.push(q.sql)
    return /^SELECT id FROM indicators/.test(q.sql) ? [{ id: 'a' }, { id: 'b' }] : []
  }
  return { sent, run }
}

describe('remakeDerived', () => {
  it('reads the indicators with the derived tables, so a view\'s first year is sent at once', async () => {
    const { sent, run } = recorder()
    await remakeDerived(run)
    expect(sent[0]).toBe(RESET_SQL.sql)
    expect(sent.slice(1)).toEqual(['SELECT id FROM indicators ORDER BY id'])
    sent.length = 0
    await makeYear(run, 2023, ['a'])
    expect(sent).toEqual(YEAR_ROWS_SQL)
  })

  it('reads them again, and makes the year again, after the tables change', async () => {
    const { sent, run } = recorder()
    await remakeDerived(run)
    await makeYear(run, 2023, ['a'])
    sent.length = 0
    await remakeDerived(run)
    expect(sent).toEqual([RESET_SQL.sql, 'SELECT id FROM indicators ORDER BY id'])
    sent.length = 0
    await makeYear(run, 2023, ['a'])
    expect(sent).toEqual(YEAR_ROWS_SQL)
  })
})

/**
 * The views' connection's derived-table bookkeeping (src/db/derivedRows.ts): after the tables are
 * (re)made, the first rows a view opens on are sent without a round trip before them.
 */
import { describe, expect, it } from 'vitest'
import { makeYear, remakeDerived } from '../../src/db/derivedRows'
import { RESET_SQL, YEAR_ROWS_SQL } from '../../src/queries/derivedTables'
import { BUILT_RESET_SQL, COUNTED_FROM_IDS_SQL } from '../../src/queries/builtRows'
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

  it('puts the built rows in place of making them: the year and headlines they cover are made, the rest of the year is not', async () => {
    const { sent, run } = recorder()
    const put: string[] = []
    const rows = { year: 2023, indicators: ['a'], files: { counted_report_ids: '', counted_values: '', year_stats: '' } }
    await remakeDerived(run, { rows, put: async (t) => void put.push(t) })
    expect(sent).toEqual([BUILT_RESET_SQL.sql, COUNTED_FROM_IDS_SQL.sql, 'SELECT id FROM indicators ORDER BY id'])
    expect(put).toEqual(['counted_report_ids', 'counted_values', 'year_stats'])
    sent.length = 0
    await makeYear(run, 2023, ['a'])
    expect(sent).toEqual([])
    await makeYear(run, 2023, ['a', 'b'])
    expect(sent).toEqual(YEAR_ROWS_SQL)
    sent.length = 0
    // a change to the tables: everything is made again
    await remakeDerived(run)
    await makeYear(run, 2023, ['a'])
    expect(sent).toEqual([RESET_SQL.sql, 'SELECT id FROM indicators ORDER BY id', ...YEAR_ROWS_SQL])
  })

  it('sends the reset, every built table and counted_reports of the ids together, not each after the answer before it', async () => {
    const { sent, run } = recorder()
    let release!: () => void
    const lastPut = new Promise<void>((r) => (release = r))
    // The reset answers only once the last table has been sent: sent one after another's answer, nothing would move.
    const gated = async (q: Query) => (q.sql === BUILT_RESET_SQL.sql ? lastPut.then(() => run(q)) : run(q))
    const rows = { year: 2023, indicators: ['a'], files: { counted_report_ids: '', counted_values: '', year_stats: '' } }
    const put: string[] = []
    const done = remakeDerived(gated, { rows, put: async (t) => { put.push(t); if (t === 'year_stats') release() } })
    expect(put).toEqual(['counted_report_ids', 'counted_values', 'year_stats'])
    await done
    // (recorded as run: the gated reset after counted_reports of the ids, which was sent behind it)
    expect(sent).toEqual([COUNTED_FROM_IDS_SQL.sql, BUILT_RESET_SQL.sql, 'SELECT id FROM indicators ORDER BY id'])
  })

  it('makes everything as usual when the built rows cannot be put in', async () => {
    const { sent, run } = recorder()
    const rows = { year: 2023, indicators: ['a'], files: { counted_report_ids: '', counted_values: '', year_stats: '' } }
    await remakeDerived(run, { rows, put: async (t) => { if (t === 'counted_values') throw new Error('corrupt') } })
    expect(sent).toEqual([BUILT_RESET_SQL.sql, COUNTED_FROM_IDS_SQL.sql, RESET_SQL.sql, 'SELECT id FROM indicators ORDER BY id'])
    sent.length = 0
    await makeYear(run, 2023, ['a'])
    expect(sent).toEqual(YEAR_ROWS_SQL)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { exploreCount, exploreRows, type ExploreSort } from '../../src/queries'
import { createFixtureDb, run, TEXT_JIANGJIN } from './fixture'

let c: DuckDBConnection
beforeAll(async () => {
  c = await createFixtureDb()
})

const JJ = 'jiangjin-meteorology-2023'
const FJ = 'fengjie-emergency-2022'
const CY = 'chuanying-government-2023'
const ids = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.report_id}:${r.indicator_id}`)

describe('exploreCount / exploreRows', () => {
  it('counts and lists every observation joined with its report, ordered by agency then catalogue', async () => {
    expect(await run(c, exploreCount({}))).toEqual([{ n: 5 }])
    const rows = await run(c, exploreRows({}))
    expect(ids(rows)).toEqual([
      `${FJ}:training_participants`,
      `${JJ}:approval_time_compression_pct`,
      `${JJ}:approvals_handled`,
      `${CY}:approval_time_compression_pct`,
      `${CY}:mediation_success_pct`,
    ])
    expect(rows[1]).toMatchObject({ agency: '江津区气象局', year: 2023, value: 86.5, qualifier: 'exact', reported: true, method: 'rule' })
    expect(TEXT_JIANGJIN.slice(rows[1].start as number, rows[1].end as number)).toBe(rows[1].evidence)
    // a range keeps value NULL (shown as 60–70%, never 0)
    expect(rows[3]).toMatchObject({ value: null, value_low: 60, value_high: 70, qualifier: 'range' })
  })

  it('filters by agencies, years and indicators; the count matches the rows', async () => {
    const sel = { years: [2023], indicators: ['approval_time_compression_pct', 'mediation_success_pct'] }
    expect(await run(c, exploreCount(sel))).toEqual([{ n: 3 }])
    expect(ids(await run(c, exploreRows(sel)))).toEqual([`${JJ}:approval_time_compression_pct`, `${CY}:approval_time_compression_pct`, `${CY}:mediation_success_pct`])
    expect(await run(c, exploreCount({ agencies: ['奉节县应急管理局'] }))).toEqual([{ n: 1 }])
    expect(await run(c, exploreRows({ years: [2019] }))).toEqual([])
  })

  it('sorts by value within each indicator (ranges by midpoint; units never mixed) both ways and pages with LIMIT/OFFSET', async () => {
    const byValue: ExploreSort = { key: 'value', desc: true }
    const desc = await run(c, exploreRows({}, byValue))
    expect(desc.map((r) => r.value ?? `${r.value_low}-${r.value_high}`)).toEqual([86.5, '60-70', 16, 97, 430])
    // Indicators stay together in catalogue order: one unit per run of rows.
    expect(desc.map((r) => r.indicator_id)).toEqual(['approval_time_compression_pct', 'approval_time_compression_pct', 'approvals_handled', 'mediation_success_pct', 'training_participants'])
    const asc = await run(c, exploreRows({}, { key: 'value', desc: false }, { limit: 2, offset: 1 }))
    expect(asc.map((r) => r.value ?? 'range')).toEqual([86.5, 16])
    expect((await run(c, exploreRows({}, { key: 'year', desc: true }, { limit: 10, offset: 0 }))).at(-1)!.report_id).toBe(FJ)
    expect(await run(c, exploreRows({}, byValue, { limit: 10, offset: 5 }))).toEqual([])
  })

  it('an unknown sort key falls back to agency order instead of reaching the SQL', () => {
    const q = exploreRows({}, { key: 'value; DROP TABLE observations' as never, desc: false })
    expect(q.sql).not.toContain('DROP')
    expect(q.sql).toContain('ORDER BY r.agency ASC')
  })
})

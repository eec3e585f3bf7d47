import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { rankingFor } from '../../src/queries'
import { createFixtureDb, run } from './fixture'

let c: DuckDBConnection
const JJ = 'jiangjin-meteorology-2023'
const FJ = 'fengjie-emergency-2022'
const CY = 'chuanying-government-2023'
const JJ21 = 'jiangjin-meteorology-2021'

beforeAll(async () => {
  c = await createFixtureDb()
  // A lower-is-better indicator with a tie, and an older report of 江津 with a better value.
  await c.run(`INSERT INTO indicators VALUES
    ('reconsideration_cases','enforcement','行政执法与案件','Enforcement and cases','行政复议案件数','Administrative reconsideration cases','count','件','lower',11)`)
  await c.run(`INSERT INTO reports VALUES
    ('${JJ21}','jj21.txt','005.txt',NULL,'江津区气象局','Jiangjin District Meteorological Bureau','重庆市江津区','气象',2021,'simplified',10,'dd','2026-11-23',NULL,NULL)`)
  await c.run(`INSERT INTO observations VALUES
    ('${JJ}','reconsideration_cases',0,'exact',NULL,NULL,'无复议案件',NULL,NULL,'rule',false,NULL,NULL),
    ('${FJ}','reconsideration_cases',0,'exact',NULL,NULL,'行政复议0件',NULL,NULL,'rule',false,NULL,NULL),
    ('${CY}','reconsideration_cases',12,'exact',NULL,NULL,'受理行政复议申请12件',NULL,NULL,'rule',false,NULL,NULL),
    ('${JJ21}','approval_time_compression_pct',95,'at_least',NULL,NULL,'压缩95%以上',NULL,NULL,'rule',false,NULL,NULL)`)
})

const brief = (rows: Record<string, unknown>[]) => rows.map((r) => [r.rank, r.report_id, r.reported, r.value])

describe('rankingFor', () => {
  it('ranks the latest report per agency, higher is better, range by its midpoint, not reported last with no rank', async () => {
    const rows = await run(c, rankingFor({ indicator: 'approval_time_compression_pct' }))
    expect(brief(rows)).toEqual([
      [1, JJ, true, 86.5],
      [2, CY, true, null], // 60–70 ranked as 65
      [null, FJ, false, null],
    ])
    expect(rows[1]).toMatchObject({ qualifier: 'range', value_low: 60, value_high: 70, direction: 'higher', year: 2023 })
    for (const r of rows) expect(typeof r.year).toBe('number')
  })

  it('a single year ranks that year’s reports only (an agency without a report that year is absent)', async () => {
    const rows = await run(c, rankingFor({ indicator: 'approval_time_compression_pct', years: [2021] }))
    expect(brief(rows)).toEqual([[1, JJ21, true, 95]])
    expect(rows[0].qualifier).toBe('at_least')
  })

  it('several years: each agency’s latest report among them', async () => {
    const rows = await run(c, rankingFor({ indicator: 'approval_time_compression_pct', years: [2021, 2022] }))
    expect(brief(rows)).toEqual([
      [1, JJ21, true, 95],
      [null, FJ, false, null],
    ])
  })

  it('lower is better ranks the smallest first, and ties share a rank', async () => {
    const rows = await run(c, rankingFor({ indicator: 'reconsideration_cases' }))
    expect(brief(rows)).toEqual([
      [1, FJ, true, 0],
      [1, JJ, true, 0],
      [3, CY, true, 12],
    ])
    expect(rows[0].direction).toBe('lower')
  })

  it('filters agencies and returns nothing for an unknown indicator', async () => {
    const rows = await run(c, rankingFor({ indicator: 'mediation_success_pct', agencies: ['船营区人民政府', '奉节县应急管理局'] }))
    expect(brief(rows)).toEqual([
      [1, CY, true, 97],
      [null, FJ, false, null],
    ])
    expect(await run(c, rankingFor({ indicator: 'nope' }))).toEqual([])
  })

  it('no better direction still ranks by size (largest first)', async () => {
    const rows = await run(c, rankingFor({ indicator: 'approvals_handled' }))
    expect(brief(rows)[0]).toEqual([1, JJ, true, 16])
    expect(rows.slice(1).every((r) => r.rank === null && r.value === null)).toBe(true)
  })
})

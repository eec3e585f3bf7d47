/**
 * The review queue's SQL on known rows: flagged values (low confidence, added up, a bound, a
 * target word before the figure, an outlier against the other reports) in priority order with
 * unreviewed first, the progress counts, and reports whose metadata was guessed or doubled.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { reportChecks, reviewProgress, reviewQueue } from '../../src/queries'
import { createFixtureDb, OBSERVATION_VALUES, REPORT_VALUES, run } from './fixture'

const TEXT_X = '二、学法培训。确保执法人员参训60人次以上。全年办理审批2000件。调解成功率90%。'
// 要求 ends its own sentence: it says nothing about the 20 after it.
const TEXT_Y = '达到了要求。全年办理审批20件，组织培训3次、专题学法2次。全市调解成功率70%。'
let c: DuckDBConnection
beforeAll(async () => {
  c = await createFixtureDb()
  const at = (text: string, s: string) => `'${s}', ${text.indexOf(s)}, ${text.indexOf(s) + s.length}`
  await c.run(`INSERT INTO reports ${REPORT_VALUES} VALUES
    ('x-2023','x.txt','x.txt',NULL,'甲局',NULL,NULL,NULL,2023,'simplified',1,'xx','2026-12-01','body','title'),
    ('y-2023','y.txt','y.txt','乙局2023年报告','乙局',NULL,NULL,NULL,2023,'simplified',1,'yy','2026-12-01','title','title'),
    ('y2-2023','y2.txt','y2.txt','乙局2023年报告','乙局',NULL,NULL,NULL,2023,'simplified',1,'y2','2026-12-01','title','title')`)
  await c.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES
    ('x-2023','training_participants',60,'at_least',NULL,NULL,${at(TEXT_X, '参训60人次以上')},'rule',false,0.95,'approx'),
    ('x-2023','approvals_handled',2000,'exact',NULL,NULL,${at(TEXT_X, '全年办理审批2000件')},'rule',false,1,''),
    ('y-2023','approvals_handled',20,'exact',NULL,NULL,${at(TEXT_Y, '全年办理审批20件')},'rule',true,1,''),
    ('y-2023','training_participants',50,'derived',NULL,NULL,${at(TEXT_Y, '组织培训3次、专题学法2次')},'derived',false,0.5,'competing,derived'),
    ('y-2023','mediation_success_pct',70,'exact',NULL,NULL,${at(TEXT_Y, '全市调解成功率70%')},'rule',false,0.2,'competing,area_total'),
    ('x-2023','mediation_success_pct',90,'exact',NULL,NULL,${at(TEXT_X, '调解成功率90%')},'rule',false,0.7,'sub_item')`)
  await c.run(`INSERT INTO report_texts VALUES ('x-2023', '${TEXT_X}'), ('y-2023', '${TEXT_Y}')`)
})

const brief = (rows: Record<string, unknown>[]) => rows.map((r) => [r.report_id, r.indicator_id, r.target_word, r.derived, r.bound, r.outlier])

describe('review queue', () => {
  it('flags targets, bounds, sums, outliers and low confidence, most doubtful first, reviewed last', async () => {
    const rows = await run(c, reviewQueue({}))
    expect(brief(rows)).toEqual([
      ['y-2023', 'mediation_success_pct', '', false, false, false], // low band: 2·(1−0.2); x-2023's medium 0.7 is not queued
      ['y-2023', 'training_participants', '', true, false, false], // 2·(1−0.5) + 0.6 for the sum
      ['x-2023', 'training_participants', '确保', false, true, false], // 2·0.05 + 1 for 确保 + 0.3 for the bound
      ['fengjie-emergency-2022', 'training_participants', '', false, false, true], // 430 against a median of 60: 2·0.15 + 0.8
      ['x-2023', 'approvals_handled', '', false, false, true], // 2000 against a median of 20
      ['chuanying-government-2023', 'approval_time_compression_pct', '', false, false, false], // set by hand: listed (done once reviewed)
    ])
    expect(rows.map((r) => r.priority)).toEqual([1.6, 1.6, 1.4, 1.1, 0.8, 0])
    expect(rows.map((r) => r.median)).toEqual([90, 60, 60, 60, 20, 75.75]) // 86.5 and the range 60–70 by its middle
    expect(rows.every((r) => r.reviewed === false)).toBe(true)
    expect(brief(await run(c, reviewQueue({ agencies: ['甲局'] }))).map((r) => r[1])).toEqual(['training_participants', 'approvals_handled'])
    expect(await run(c, reviewQueue({}, 1))).toHaveLength(1)
    // Reviewed values stay listed, after the others.
    await c.run(`UPDATE observations SET reviewed = true WHERE report_id = 'y-2023' AND indicator_id = 'training_participants'`)
    expect((await run(c, reviewQueue({}))).map((r) => [r.report_id, r.reviewed]).at(-1)).toEqual(['y-2023', true])
    await c.run(`UPDATE observations SET reviewed = false WHERE report_id = 'y-2023' AND indicator_id = 'training_participants'`)
    expect((await run(c, reviewQueue({ agencies: ['乙局'] }))).find((r) => r.indicator_id === 'approvals_handled')).toBeUndefined()
  })

  it('counts flagged and all values and how many a person reviewed', async () => {
    expect(await run(c, reviewProgress({}))).toEqual([{ flagged: 6, flagged_reviewed: 0, total: 11, reviewed: 2 }])
    expect(await run(c, reviewProgress({ years: [2022] }))).toEqual([{ flagged: 1, flagged_reviewed: 0, total: 1, reviewed: 0 }])
  })

  it('lists reports whose agency or year was guessed, or that share agency and year', async () => {
    const rows = await run(c, reportChecks({}))
    expect(rows.map((r) => [r.report_id, r.agency_source, r.year_source, r.same_agency_year])).toEqual([
      ['y-2023', 'title', 'title', 2],
      ['y2-2023', 'title', 'title', 2],
      ['jiangjin-meteorology-2023', 'body', 'body', 1],
      ['x-2023', 'body', 'title', 1],
    ])
    // A report whose details a person corrected goes last.
    await c.run(`UPDATE reports SET corrected_fields = 'agency' WHERE report_id = 'y-2023'`)
    expect((await run(c, reportChecks({}))).map((r) => r.report_id).at(-1)).toBe('y-2023')
    expect((await run(c, reportChecks({ agencies: ['甲局'] }))).map((r) => r.report_id)).toEqual(['x-2023'])
  })
})

/**
 * The Overview's queries on known rows: each headline chart's best, worst and picked reports by
 * direction with the group's distribution, and SQL summaries that say exactly what the
 * row-by-row summaries say.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { overviewHeadline, overviewValues, rankedHeadline, storedHeadline, type HeadlineRow } from '../../src/queries/overview'
import { overviewSummary, summaryRows, type SummaryRow } from '../../src/queries/overviewSummary'
import { makeCatalogue } from '../../src/queries/catalogue'
import type { ValueRow } from '../../src/queries'
import { rankByValue, summariseAggregate, summariseIndicator } from '../../src/charts'
import { createFixtureDb, OBSERVATION_VALUES, REPORT_VALUES, run } from './fixture'

let c: DuckDBConnection
beforeAll(async () => {
  c = await createFixtureDb()
  // Two more reports so the order and the ties can be seen.
  await c.run(`INSERT INTO reports ${REPORT_VALUES} VALUES
    ('a-2023','a.txt','a.txt',NULL,'甲局',NULL,NULL,NULL,2023,'simplified',1,'dd','2026-11-23',NULL,NULL),
    ('b-2023','b.txt','b.txt',NULL,'乙局',NULL,NULL,NULL,2023,'simplified',1,'ee','2026-11-23',NULL,NULL)`)
  await c.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES
    ('a-2023','approval_time_compression_pct',95,'exact',NULL,NULL,'x',NULL,NULL,'rule',false,NULL,NULL),
    ('b-2023','approval_time_compression_pct',86.5,'approx',NULL,NULL,'y',NULL,NULL,'rule',false,NULL,NULL),
    ('a-2023','training_participants',120,'approx',NULL,NULL,'z',NULL,NULL,'rule',false,NULL,NULL)`)
})

const catalogueRows = async () =>
  makeCatalogue({
    families: [
      { id: 'approval', name_zh: '审批服务', name_en: 'Approval services' },
      { id: 'mediation', name_zh: '矛盾纠纷化解', name_en: 'Dispute resolution' },
      { id: 'training', name_zh: '学法培训', name_en: 'Legal training' },
    ],
    indicators: (await run(c, { sql: 'SELECT id, family, name_zh, name_en, unit, unit_zh, direction FROM indicators ORDER BY sort', params: [] })) as never,
  })

describe('overviewSummary', () => {
  it('says what the row-by-row summary says, for every indicator, selection and locale', async () => {
    const cat = await catalogueRows()
    for (const sel of [{}, { years: [2023] }, { agencies: ['甲局', '奉节县应急管理局'] }, { years: [2021] }]) {
      const rows = (await run(c, overviewValues(sel))) as unknown as ValueRow[]
      const agg = JSON.parse(JSON.stringify(await run(c, overviewSummary(sel, cat.indicators.map((i) => i.id))))) as SummaryRow[]
      const total = new Set(rows.map((r) => r.report_id)).size
      for (const ind of cat.indicators) {
        for (const locale of ['zh-CN', 'en'] as const) {
          expect(summariseAggregate(agg, ind.id, total, cat, locale)).toEqual(summariseIndicator(rows, ind.id, cat, locale))
        }
      }
    }
  })

  it('of one year reads the stored summary, exactly as worked out in the question', async () => {
    let rows = 0
    for (const year of [2022, 2023, 2019]) {
      for (const indicators of [['approval_time_compression_pct', 'approvals_handled', 'mediation_success_pct', 'training_participants'], ['training_participants']]) {
        const stored = await run(c, overviewSummary({ years: [year] }, indicators))
        expect(overviewSummary({ years: [year] }, indicators).sql).toContain('year_ends')
        expect(stored).toEqual(await run(c, summaryRows({ years: [year] }, indicators)))
        rows += stored.length
      }
    }
    expect(rows).toBeGreaterThan(5)
  })

  it('returns one or two rows per stated indicator and none for the others', async () => {
    const agg = (await run(c, overviewSummary({}, ['approval_time_compression_pct', 'mediation_success_pct', 'approvals_handled']))) as unknown as SummaryRow[]
    const by = (id: string) => agg.filter((r) => r.indicator_id === id)
    expect(by('approval_time_compression_pct').map((r) => [r.report_id, r.is_lowest, r.is_highest, r.reported_count])).toEqual([
      ['chuanying-government-2023', true, false, 4],
      ['a-2023', false, true, 4],
    ])
    expect(by('mediation_success_pct').map((r) => [r.is_lowest, r.is_highest, r.reported_count, r.plotted_count])).toEqual([[true, true, 1, 1]])
    expect(by('approvals_handled').length).toBe(1)
  })
})

describe('overviewHeadline', () => {
  const ind = 'approval_time_compression_pct'
  const head = async (q: ReturnType<typeof overviewHeadline>) => JSON.parse(JSON.stringify(await run(c, q))) as HeadlineRow[]

  it('draws a short list whole: every report, placed best first, ties sharing a rank, not reported last', async () => {
    const rows = await head(overviewHeadline({}, [ind]))
    expect(rows.map((r) => [r.report_id, r.rank, r.pos])).toEqual([
      ['a-2023', 1, 1],
      ['b-2023', 2, 2],
      ['jiangjin-meteorology-2023', 2, 3],
      ['chuanying-government-2023', 4, 4],
      ['fengjie-emergency-2022', null, null],
    ])
    expect(rows.every((r) => r.plotted === 4 && r.total === 5)).toBe(true)
    // quartiles of 65 (a range's midpoint), 86.5, 86.5, 95
    expect([rows[0].lo, rows[0].q1, rows[0].med, rows[0].q3, rows[0].hi]).toEqual([65, 81.125, 86.5, 88.625, 95])
  })

  it('of a long list keeps the ends and the focus agencies only, and says how many there are', async () => {
    expect((await head(overviewHeadline({}, [ind], [], 1))).map((r) => r.report_id)).toEqual(['a-2023', 'chuanying-government-2023'])
    const focus = await head(overviewHeadline({}, [ind], ['奉节县应急管理局', '乙局'], 1))
    expect(focus.map((r) => [r.report_id, r.pos])).toEqual([['a-2023', 1], ['b-2023', 2], ['chuanying-government-2023', 4], ['fengjie-emergency-2022', null]])
    expect(focus[0]).toMatchObject({ plotted: 4, total: 5, med: 86.5 })
  })

  it('places reports as the charts rank them in JS', async () => {
    const cat = await catalogueRows()
    const all = (await run(c, overviewValues({}))) as unknown as ValueRow[]
    const js = rankByValue(all.filter((r) => r.indicator_id === ind), cat.indicatorById.get(ind)!)
    const sql = await head(overviewHeadline({}, [ind], [], 100))
    expect(sql.map((r) => [r.report_id, r.rank, r.pos])).toEqual(js.map((r) => [r.report_id, r.rank, r.pos]))
  })

  it('puts the smallest first when lower is better', async () => {
    await c.run(`UPDATE indicators SET direction = 'lower' WHERE id = '${ind}'`)
    try {
      expect((await head(overviewHeadline({}, [ind]))).map((r) => [r.report_id, r.rank])).toEqual([
        ['chuanying-government-2023', 1],
        ['b-2023', 2],
        ['jiangjin-meteorology-2023', 2],
        ['a-2023', 4],
        ['fengjie-emergency-2022', null],
      ])
    } finally {
      await c.run(`UPDATE indicators SET direction = 'higher' WHERE id = '${ind}'`)
    }
  })

  it('answers several indicators at once exactly as one by one, by indicator id', async () => {
    const ids = ['training_participants', ind, 'mediation_success_pct', 'approvals_handled']
    for (const [sel, focus] of [[{}, []], [{ years: [2023] }, ['乙局']], [{}, ['奉节县应急管理局']]] as const) {
      const one: HeadlineRow[][] = []
      for (const id of [...ids].sort()) one.push(await head(overviewHeadline(sel, [id], focus, 1)))
      const all = await head(overviewHeadline(sel, ids, focus, 1))
      expect(all).toEqual(one.flat())
      expect(new Set(all.map((r) => r.indicator_id)).size).toBeGreaterThan(1)
    }
  })

  it('reads a year, and all years, as stored exactly as it places their reports in the question, whichever the direction', async () => {
    const ids = ['training_participants', ind, 'mediation_success_pct', 'approvals_handled']
    let compared = 0
    for (const direction of ['higher', 'lower']) {
      await c.run(`UPDATE indicators SET direction = '${direction}' WHERE id = '${ind}'`)
      for (const year of [2022, 2023, 2019, null]) {
        const sel = year == null ? {} : { years: [year] }
        for (const [focus, ends] of [[[], 5], [[], 1], [['乙局', '奉节县应急管理局'], 1], [['甲局'], 0]] as const) {
          const stored = await head(storedHeadline(year, ids, focus, ends))
          expect(stored).toEqual(await head(rankedHeadline(sel, ids, focus, ends)))
          expect(await head(overviewHeadline(sel, ids, focus, ends))).toEqual(stored)
          compared += stored.length
        }
      }
    }
    await c.run(`UPDATE indicators SET direction = 'higher' WHERE id = '${ind}'`)
    expect(compared).toBeGreaterThan(20)
  })

  it('asks one question text for every year and picked agencies, the picked ones matched whole', async () => {
    const ids = ['training_participants', ind, 'mediation_success_pct', 'approvals_handled']
    // One prepared statement answers every year and picked set (a new text would be prepared first, a round trip of its own).
    expect(storedHeadline(2022, ids, ['乙局']).sql).toBe(storedHeadline(2023, ids, ['甲局', '乙局', '奉节县应急管理局']).sql)
    for (const year of [2023, null]) {
      const one = storedHeadline(year, ids, ['甲局'])
      const three = storedHeadline(year, ids, ['乙局', '奉节县应急管理局', '甲局'])
      expect(three.sql).toBe(one.sql)
      // A name that is a part of a picked one, or a picked one with more to it, is not picked.
      const part = await head(storedHeadline(year, ids, ['甲'], 0))
      const none = await head(storedHeadline(year, ids, [], 0))
      expect(part).toEqual(none)
      const whole = await head(storedHeadline(year, ids, ['甲局'], 0))
      expect(whole.filter((r) => r.agency === '甲局').map((r) => r.indicator_id)).toEqual([...ids].sort())
    }
  })

  it('follows the year filter; an empty group has no rows', async () => {
    expect((await head(overviewHeadline({ years: [2022] }, [ind]))).map((r) => [r.report_id, r.pos, r.plotted, r.lo])).toEqual([['fengjie-emergency-2022', null, 0, null]])
    expect(await head(overviewHeadline({ years: [2019] }, [ind]))).toEqual([])
  })
})

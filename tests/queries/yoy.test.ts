/**
 * Year-over-year change on known rows: the previous report is the agency's latest earlier one
 * that states the indicator (a gap year is named, not filled), ranges and bounds are
 * incomparable, no percentage against 0, verdicts follow the indicator's direction, two reports of
 * one year are never compared with each other; the "most improved" ranking and the per-indicator
 * summary.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { summaryOf, yoyChanges, yoyRanking, yoySummaries, yoySummary, type YoyRankRow, type YoyRow, type YoySummaryFlat } from '../../src/queries'
import { headlineChanges, overviewHeadline, type HeadlineRow } from '../../src/queries/overview'
import { createFixtureDb, OBSERVATION_VALUES, REPORT_VALUES, run } from './fixture'

const APPROVAL = 'approval_time_compression_pct'
const HANDLED = 'approvals_handled' // no better direction
const TRAINING = 'training_participants'
const CASES = 'reconsideration_cases' // lower is better
const MEDIATION = 'mediation_success_pct'
let c: DuckDBConnection

beforeAll(async () => {
  c = await createFixtureDb()
  await c.run(`INSERT INTO indicators VALUES
    ('${CASES}','enforcement','行政执法与案件','Enforcement and cases','行政复议案件数','Administrative reconsideration cases','count','件','lower',11)`)
  const report = (id: string, agency: string, year: number) => `('${id}','${id}.txt','${id}.txt',NULL,'${agency}',NULL,NULL,NULL,${year},'simplified',1,'${id}','2026-11-23',NULL,NULL)`
  await c.run(`INSERT INTO reports ${REPORT_VALUES} VALUES
    ${report('jj-2021', '江津区气象局', 2021)}, ${report('jj-2022', '江津区气象局', 2022)},
    ${report('cy-2022', '船营区人民政府', 2022)},
    ${report('fj-2021', '奉节县应急管理局', 2021)}, ${report('fj-2023', '奉节县应急管理局', 2023)},
    ${report('yi-2023a', '乙局', 2023)}, ${report('yi-2023b', '乙局', 2023)}, ${report('yi-2024', '乙局', 2024)}`)
  const obs = (report: string, indicator: string, value: number | null, qualifier = 'exact') =>
    `('${report}','${indicator}',${value ?? 'NULL'},'${qualifier}',NULL,NULL,'依据',NULL,NULL,'rule',false,NULL,NULL)`
  // The fixture has: 江津 2023 审批时限压缩比 86.5, 办件量 16; 船营 2023 压缩比 60–70 (range); 奉节 2022 参训 430余.
  await c.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES
    ${obs('jj-2021', APPROVAL, 80)}, ${obs('jj-2021', HANDLED, 0)},
    ${obs('jj-2022', HANDLED, 20)},
    ${obs('cy-2022', APPROVAL, 50)}, ${obs('cy-2022', TRAINING, 100, 'at_least')}, ${obs('cy-2022', CASES, 20)},
    ${obs('chuanying-government-2023', TRAINING, 120)}, ${obs('chuanying-government-2023', CASES, 12)},
    ${obs('fj-2021', CASES, 10)},
    ${obs('fj-2023', CASES, 12)}, ${obs('fj-2023', TRAINING, 500)},
    ${obs('yi-2023a', MEDIATION, 90)}, ${obs('yi-2023b', MEDIATION, 95)}, ${obs('yi-2024', MEDIATION, 96)}`)
})

const changes = async (sel: Parameters<typeof yoyChanges>[0]) => (await run(c, yoyChanges(sel))) as unknown as YoyRow[]
const brief = (r: YoyRow) => [r.agency, r.indicator_id, r.year, r.prev_year, r.prev_value, r.value, r.change, r.pct_change, r.verdict]

describe('yoyChanges', () => {
  it('compares each report with the agency’s latest earlier report that states the indicator', async () => {
    const rows = await changes({})
    expect(rows.map(brief)).toEqual([
      ['乙局', MEDIATION, 2024, 2023, 90, 96, 6, (100 * 6) / 90, 'better'], // of the two 2023 reports the counted one (queries/counted.ts), yi-2023a
      ['奉节县应急管理局', CASES, 2023, 2021, 10, 12, 2, 20, 'worse'], // lower is better; 2022 states nothing: 较 2021 年
      ['奉节县应急管理局', TRAINING, 2023, 2022, 430, 500, 70, (100 * 70) / 430, 'better'], // 430余 is a point figure
      ['江津区气象局', APPROVAL, 2023, 2021, 80, 86.5, 6.5, 8.125, 'better'], // 2022 does not state it: skipped, not 0
      ['江津区气象局', HANDLED, 2022, 2021, 0, 20, 20, null, 'neutral'], // no percentage against 0; no direction
      ['江津区气象局', HANDLED, 2023, 2022, 20, 16, -4, -20, 'neutral'],
      ['船营区人民政府', APPROVAL, 2023, 2022, 50, null, null, null, 'incomparable'], // 60–70 range
      ['船营区人民政府', CASES, 2023, 2022, 20, 12, -8, -40, 'better'],
      ['船营区人民政府', TRAINING, 2023, 2022, 100, 120, null, null, 'incomparable'], // ≥100 bound
    ])
    const range = rows.find((r) => r.agency === '船营区人民政府' && r.indicator_id === APPROVAL)!
    expect(range).toMatchObject({ qualifier: 'range', value_low: 60, value_high: 70, prev_qualifier: 'exact', prev_report_id: 'cy-2022' })
    expect(rows.find((r) => r.indicator_id === MEDIATION)!.prev_report_id).toBe('yi-2023a')
    for (const r of rows) expect(typeof r.prev_year).toBe('number')
  })

  it('agrees with an independent self-join over the same rows', async () => {
    const got = (await changes({ indicators: [CASES] })).map((r) => [r.report_id, r.prev_report_id, r.change])
    const want = await run(c, {
      sql: `SELECT o.report_id, (SELECT p.report_id FROM observations po JOIN reports p USING (report_id)
               WHERE p.agency = r.agency AND po.indicator_id = o.indicator_id AND p.year < r.year ORDER BY p.year DESC LIMIT 1) AS prev,
             CAST(o.value - (SELECT po.value FROM observations po JOIN reports p USING (report_id)
               WHERE p.agency = r.agency AND po.indicator_id = o.indicator_id AND p.year < r.year ORDER BY p.year DESC LIMIT 1) AS DOUBLE) AS change
            FROM observations o JOIN reports r USING (report_id) WHERE o.indicator_id = ? ORDER BY r.agency, r.year`,
      params: [CASES],
    })
    expect(got).toEqual(want.filter((r) => r.prev != null).map((r) => [r.report_id, r.prev, r.change]))
  })

  it('a year filter picks the current reports only; the previous one may be outside it', async () => {
    const rows = await changes({ years: [2023], indicators: [APPROVAL, HANDLED] })
    expect(rows.map((r) => [r.report_id, r.prev_year])).toEqual([
      ['jiangjin-meteorology-2023', 2021],
      ['jiangjin-meteorology-2023', 2022],
      ['chuanying-government-2023', 2022],
    ])
  })

  it('a sector or region filter keeps only that group, on both sides of the comparison', async () => {
    await c.run(`UPDATE reports SET sector = '司法' WHERE agency = '奉节县应急管理局'`)
    try {
      const rows = await changes({ sectors: ['司法'] })
      expect(rows.map((r) => [r.agency, r.indicator_id, r.year, r.prev_year])).toEqual([
        ['奉节县应急管理局', CASES, 2023, 2021],
        ['奉节县应急管理局', TRAINING, 2023, 2022],
      ])
      expect(await changes({ regions: ['没有的区'] })).toEqual([])
    } finally {
      await c.run(`UPDATE reports SET sector = NULL WHERE report_id IN ('fj-2021', 'fj-2023')`)
    }
  })

  it('latest per agency: each agency’s latest report in the filter, none when it does not state the indicator', async () => {
    const rows = await changes({ latestPerAgency: true, indicators: [MEDIATION, HANDLED], years: [2022, 2023] })
    // 乙局: its counted 2023 report is its latest within 2022–2023 and has no earlier year; 江津 2023 vs 2022.
    expect(rows.map((r) => [r.report_id, r.indicator_id])).toEqual([['jiangjin-meteorology-2023', HANDLED]])
    expect(await changes({ agencies: ['没有的局'] })).toEqual([])
  })
})

describe('yoyRanking', () => {
  it('ranks the latest change by gain in the better direction, incomparable last without a rank', async () => {
    const rows = (await run(c, yoyRanking({ indicator: CASES }))) as unknown as YoyRankRow[]
    expect(rows.map((r) => [r.rank, r.agency, r.change])).toEqual([
      [1, '船营区人民政府', -8], // 20 → 12 件: 8 fewer
      [2, '奉节县应急管理局', 2],
    ])
    const approval = (await run(c, yoyRanking({ indicator: APPROVAL }))) as unknown as YoyRankRow[]
    expect(approval.map((r) => [r.rank, r.agency, r.verdict])).toEqual([
      [1, '江津区气象局', 'better'],
      [null, '船营区人民政府', 'incomparable'],
    ])
    // without a direction: the largest increase first
    const handled = (await run(c, yoyRanking({ indicator: HANDLED, years: [2022] }))) as unknown as YoyRankRow[]
    expect(handled.map((r) => [r.rank, r.report_id, r.change])).toEqual([[1, 'jj-2022', 20]])
  })
})

describe('yoySummary', () => {
  it('counts improved, worsened, unchanged and incomparable agencies and names the extremes', async () => {
    const flat = (await run(c, yoySummary({ indicators: [APPROVAL, TRAINING, CASES, HANDLED] }))) as unknown as YoySummaryFlat[]
    const by = yoySummaries(flat)
    expect(by.get(APPROVAL)).toMatchObject({ pairs: 2, better: 1, worse: 0, incomparable: 1, worst: null })
    expect(by.get(APPROVAL)!.best).toMatchObject({ agency: '江津区气象局', prev_year: 2021, change: 6.5 })
    expect(by.get(CASES)).toMatchObject({ pairs: 2, better: 1, worse: 1 })
    expect(by.get(CASES)!.best).toMatchObject({ agency: '船营区人民政府', change: -8 })
    expect(by.get(CASES)!.worst).toMatchObject({ agency: '奉节县应急管理局', change: 2, prev_year: 2021 })
    expect(by.get(TRAINING)).toMatchObject({ pairs: 2, better: 1, incomparable: 1 })
    // no direction: up and down, never better or worse
    expect(by.get(HANDLED)).toMatchObject({ pairs: 1, better: 0, worse: 0, up: 0, down: 1, best: null, worst: null })
    expect(by.has(MEDIATION)).toBe(false)
  })

  it('of one year reads the stored summary, exactly as worked out in the question', async () => {
    let rows = 0
    for (const year of [2021, 2022, 2023, 2024, 2019]) {
      for (const indicators of [undefined, [APPROVAL, CASES], [MEDIATION]]) {
        const stored = await run(c, yoySummary({ years: [year], indicators }))
        expect(yoySummary({ years: [year], indicators }).sql).toContain('year_yoy')
        expect(stored).toEqual(await run(c, summaryOf({ years: [year], indicators })))
        rows += stored.length
      }
    }
    expect(rows).toBeGreaterThan(5)
  })
})

describe('overviewHeadline changes', () => {
  const CHANGE = ['report_id', 'indicator_id', 'prev_report_id', 'prev_year', 'prev_value', 'prev_qualifier', 'prev_value_low', 'prev_value_high', 'prev_evidence', 'change', 'pct_change', 'verdict'] as const
  const pick = (r: object) => Object.fromEntries(CHANGE.map((k) => [k, (r as Record<string, unknown>)[k]]))

  it("carry, on the chart's own rows, exactly the pairs yoyChanges makes of the whole selection", async () => {
    let compared = 0
    for (const years of [[], [2022], [2023], [2024], [2022, 2023]]) {
      for (const ind of [APPROVAL, HANDLED, TRAINING, CASES, MEDIATION]) {
        const rows = (await run(c, overviewHeadline({ years }, [ind], [], 1))) as unknown as HeadlineRow[]
        const all = await changes({ years, indicators: [ind] })
        const expected = all.filter((x) => rows.some((r) => r.report_id === x.report_id))
        expect(headlineChanges(rows).map(pick)).toEqual(expected.map(pick))
        // a row without a pair has no change at all
        for (const r of rows.filter((r) => !expected.some((x) => x.report_id === r.report_id))) expect(r.verdict).toBeNull()
        compared += expected.length
      }
    }
    expect(compared).toBeGreaterThan(5)
  })
})

describe('previous values read from the stored pairs (counted_values) and searched (sector or region filter)', () => {
  it('are the same when the filter keeps every report', async () => {
    const regions = (await run(c, { sql: `SELECT DISTINCT coalesce(region, '') AS r FROM reports`, params: [] })).map((r) => String(r.r))
    for (const years of [[], [2022], [2023], [2024]]) {
      const all = await changes({ years })
      expect(await changes({ years, regions })).toEqual(all)
      expect(await run(c, yoySummary({ years, regions }))).toEqual(await run(c, yoySummary({ years })))
    }
    expect((await changes({})).length).toBeGreaterThan(5)
  })

  it('pair reports without an agency name as one agency: the latest earlier year, of two in a year the larger id', async () => {
    const d = await createFixtureDb()
    const report = (id: string, year: number) => `('${id}','${id}.txt','${id}.txt',NULL,'',NULL,NULL,NULL,${year},'simplified',1,'${id}','2026-11-23',NULL,NULL)`
    await d.run(`INSERT INTO reports ${REPORT_VALUES} VALUES ${report('u-2021a', 2021)}, ${report('u-2021b', 2021)}, ${report('u-2022', 2022)}`)
    const obs = (id: string, v: number) => `('${id}','${APPROVAL}',${v},'exact',NULL,NULL,'依据',NULL,NULL,'rule',false,NULL,NULL)`
    await d.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES ${obs('u-2021a', 50)}, ${obs('u-2021b', 60)}, ${obs('u-2022', 70)}`)
    for (const regions of [[], ['']]) {
      const rows = (await run(d, yoyChanges({ regions, indicators: [APPROVAL] }))) as unknown as YoyRow[]
      expect(rows.filter((r) => r.agency === '').map((r) => [r.report_id, r.prev_report_id, r.change])).toEqual([['u-2022', 'u-2021b', 10]])
    }
  })
})

/**
 * The briefing's questions on known rows: coverage, highest and lowest with their agencies
 * (ties, ranges by midpoint), median, unreviewed values; the values with their sources, best
 * first; the selection counted by year and sector; Rankings' one-report-per-agency population.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { briefingFigures, briefingScope, briefingValues, type FigureRow, type ScopeRow, type SourceRow } from '../../src/queries/briefing'
import { createFixtureDb, run } from './fixture'

const APPROVAL = 'approval_time_compression_pct'
let c: DuckDBConnection

beforeAll(async () => {
  c = await createFixtureDb()
  // 甲局 and 丙局 tie for the highest; 江津 has an older report with the lowest figure of all.
  // Named columns: the tables gain columns as other work lands.
  await c.run(`INSERT INTO reports (report_id, file, source_file, title, agency, agency_en, region, sector, year, script, chars, sha256, imported_at) VALUES
    ('a-2023','a.txt','a.txt','甲局2023年报告','甲局',NULL,NULL,'司法',2023,'simplified',1,'dd','2026-11-23'),
    ('b-2023','b.txt','b.txt',NULL,'乙局',NULL,NULL,'司法',2023,'simplified',1,'ee','2026-11-23'),
    ('c-2023','c.txt','c.txt',NULL,'丙局',NULL,NULL,NULL,2023,'simplified',1,'ff','2026-11-23'),
    ('jiangjin-2022','j.txt','j.txt',NULL,'江津区气象局',NULL,NULL,'气象',2022,'simplified',1,'gg','2026-11-23')`)
  await c.run(`INSERT INTO observations (report_id, indicator_id, value, qualifier, value_low, value_high, evidence, start, "end", method, reviewed) VALUES
    ('a-2023','${APPROVAL}',95,'exact',NULL,NULL,'压缩95%',NULL,NULL,'rule',true),
    ('b-2023','${APPROVAL}',80,'approx',NULL,NULL,'压缩约80%',NULL,NULL,'rule',false),
    ('c-2023','${APPROVAL}',95,'exact',NULL,NULL,'压缩95%',NULL,NULL,'manual',true),
    ('jiangjin-2022','${APPROVAL}',40,'exact',NULL,NULL,'压缩40%',NULL,NULL,'rule',NULL)`)
})

const figures = async (sel: Parameters<typeof briefingFigures>[0]) => (await run(c, briefingFigures(sel))) as unknown as FigureRow[]

describe('briefingFigures', () => {
  it('counts coverage, names the highest (ties) and lowest, the median and the unreviewed values', async () => {
    const rows = await figures({ indicators: [APPROVAL], years: [2023] })
    // 2023: 江津 86.5, 船营 60–70 (65), 甲 95, 乙 ~80, 丙 95; 2023 has no report without the indicator.
    const first = rows[0]
    expect(first).toMatchObject({ indicator_id: APPROVAL, reports: 5, agencies: 5, reporting: 5, reporting_agencies: 5, plotted: 5, unreviewed: 3 })
    // independent SQL over the same rows
    const [{ m }] = await run(c, {
      sql: `SELECT CAST(median(coalesce(o.value, (o.value_low + o.value_high) / 2)) AS DOUBLE) AS m FROM observations o JOIN reports r USING (report_id) WHERE o.indicator_id = ? AND r.year = 2023`,
      params: [APPROVAL],
    })
    expect(first.median).toBe(m)
    expect(first.median).toBe(86.5)
    const high = rows.filter((r) => r.side === 'highest')
    expect(high.map((r) => [r.agency, r.value, r.tied])).toEqual([
      ['丙局', 95, 2],
      ['甲局', 95, 2],
    ])
    const low = rows.filter((r) => r.side === 'lowest')
    expect(low.map((r) => [r.agency, r.value, r.qualifier, r.value_low, r.value_high, r.tied])).toEqual([['船营区人民政府', null, 'range', 60, 70, 1]])
  })

  it('counts the reports that do not state the indicator, and gives no extremes when nobody states it', async () => {
    const rows = await figures({ indicators: ['mediation_success_pct', 'approvals_handled', 'training_participants'], agencies: ['江津区气象局', '船营区人民政府', '奉节县应急管理局'] })
    const by = (id: string) => rows.filter((r) => r.indicator_id === id)
    // 4 reports of 3 agencies (江津 2022 and 2023)
    expect(by('mediation_success_pct')[0]).toMatchObject({ reports: 4, agencies: 3, reporting: 1, reporting_agencies: 1, plotted: 1, unreviewed: 0, median: 97 })
    // one number: it is both the highest and the lowest
    expect(by('mediation_success_pct').map((r) => [r.side, r.agency])).toEqual([
      ['highest', '船营区人民政府'],
      ['lowest', '船营区人民政府'],
    ])
    expect(by('training_participants').map((r) => [r.side, r.value, r.qualifier])).toEqual([
      ['highest', 430, 'approx'],
      ['lowest', 430, 'approx'],
    ])
    expect(rows.map((r) => r.indicator_id).filter((v, i, a) => a.indexOf(v) === i)).toEqual(['approvals_handled', 'mediation_success_pct', 'training_participants'])
  })

  it('names at most `names` tied agencies but counts them all', async () => {
    const rows = (await run(c, briefingFigures({ indicators: [APPROVAL], years: [2023] }, 1))) as unknown as FigureRow[]
    const high = rows.filter((r) => r.side === 'highest')
    expect(high).toHaveLength(1)
    expect(high[0].tied).toBe(2)
  })

  it('with latestPerAgency counts each agency once, by its latest report (Rankings)', async () => {
    const all = await figures({ indicators: [APPROVAL] })
    expect(all[0]).toMatchObject({ reports: 7, agencies: 6, reporting: 6, plotted: 6 })
    expect(all.find((r) => r.side === 'lowest')).toMatchObject({ report_id: 'jiangjin-2022', value: 40 })
    const latest = await figures({ indicators: [APPROVAL], latestPerAgency: true })
    expect(latest[0]).toMatchObject({ reports: 6, agencies: 6, reporting: 5, plotted: 5 })
    expect(latest.find((r) => r.side === 'lowest')).toMatchObject({ report_id: 'chuanying-government-2023' })
  })

  it('has no rows when no report is selected', async () => {
    expect(await figures({ indicators: [APPROVAL], years: [1999] })).toEqual([])
  })
})

describe('briefingValues', () => {
  it('lists every selected report × indicator with its source, stated ones first and best first', async () => {
    const rows = (await run(c, briefingValues({ indicators: [APPROVAL], agencies: ['江津区气象局', '甲局', '乙局', '奉节县应急管理局'] }))) as unknown as SourceRow[]
    expect(rows.map((r) => [r.report_id, r.reported, r.value])).toEqual([
      ['a-2023', true, 95],
      ['jiangjin-meteorology-2023', true, 86.5],
      ['b-2023', true, 80],
      ['jiangjin-2022', true, 40],
      ['fengjie-emergency-2022', false, null],
    ])
    const jj = rows[1]
    expect(jj).toMatchObject({ agency: '江津区气象局', year: 2023, source_file: '000.txt', evidence: '压缩比例由原来的50%上升到86.5%', method: 'rule', reviewed: false, sector: '气象' })
    expect(jj.end! - jj.start!).toBe(jj.evidence!.length)
    expect(rows[0].title).toBe('甲局2023年报告')
    expect(rows[4]).toMatchObject({ evidence: null, method: null, reviewed: null })
  })

  it('puts the smallest first when lower is better', async () => {
    await c.run(`UPDATE indicators SET direction = 'lower' WHERE id = '${APPROVAL}'`)
    try {
      const rows = (await run(c, briefingValues({ indicators: [APPROVAL], years: [2023] }))) as unknown as SourceRow[]
      expect(rows.map((r) => r.report_id)).toEqual(['chuanying-government-2023', 'b-2023', 'jiangjin-meteorology-2023', 'c-2023', 'a-2023'])
    } finally {
      await c.run(`UPDATE indicators SET direction = 'higher' WHERE id = '${APPROVAL}'`)
    }
  })
})

describe('briefingScope', () => {
  it('counts the selected reports and agencies in all, per year and per sector', async () => {
    const rows = (await run(c, briefingScope({ agencies: ['江津区气象局', '甲局', '乙局', '丙局'] }))) as unknown as ScopeRow[]
    expect(rows).toEqual([
      { kind: 'all', name: '', reports: 5, agencies: 4 },
      { kind: 'sector', name: '司法', reports: 2, agencies: 2 },
      { kind: 'sector', name: '气象', reports: 2, agencies: 1 },
      { kind: 'sector', name: '', reports: 1, agencies: 1 },
      { kind: 'year', name: '2023', reports: 4, agencies: 4 },
      { kind: 'year', name: '2022', reports: 1, agencies: 1 },
    ])
    const latest = (await run(c, briefingScope({ agencies: ['江津区气象局'], latestPerAgency: true }))) as unknown as ScopeRow[]
    expect(latest.filter((r) => r.kind === 'year')).toEqual([{ kind: 'year', name: '2023', reports: 1, agencies: 1 }])
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import {
  coverageMatrix,
  evidenceFor,
  inList,
  listReports,
  reportMeta,
  reportObservations,
  reportText,
  tableCounts,
  valuesForSelection,
  rankingFor,
  exploreCount,
  type Query,
  yearSeries,
  type QueryParam,
} from '../../src/queries'
import { createFixtureDb, run, TEXT_CHUANYING } from './fixture'

let c: DuckDBConnection
beforeAll(async () => {
  c = await createFixtureDb()
})

const JJ = 'jiangjin-meteorology-2023'
const FJ = 'fengjie-emergency-2022'
const CY = 'chuanying-government-2023'

describe('inList', () => {
  it('expands one placeholder per value and treats empty as no filter', () => {
    const params: QueryParam[] = []
    expect(inList('x', ['a', 'b'], params)).toBe('x IN (?, ?)')
    expect(params).toEqual(['a', 'b'])
    expect(inList('x', [], params)).toBe('TRUE')
    expect(inList('x', undefined, params)).toBe('TRUE')
    expect(params).toEqual(['a', 'b'])
  })
})

describe('listReports / reportMeta', () => {
  it('lists every report with integer year and chars (no BigInt)', async () => {
    const rows = await run(c, listReports())
    expect(rows.map((r) => r.report_id)).toEqual([FJ, JJ, CY].sort((a, b) => {
      const agency: Record<string, string> = { [FJ]: '奉节县应急管理局', [JJ]: '江津区气象局', [CY]: '船营区人民政府' }
      return agency[a] < agency[b] ? -1 : 1
    }))
    for (const r of rows) {
      expect(typeof r.year).toBe('number')
      expect(typeof r.chars).toBe('number')
    }
    const jj = rows.find((r) => r.report_id === JJ)!
    expect(jj).toMatchObject({ agency: '江津区气象局', year: 2023, title: null, script: 'simplified', region: '重庆市江津区' })
  })

  it('returns one row for a known report and none for an unknown one', async () => {
    expect(await run(c, reportMeta(CY))).toHaveLength(1)
    expect(await run(c, reportMeta('nope'))).toEqual([])
  })
})

describe('valuesForSelection', () => {
  it('returns every report × indicator with missing values as NULL, not 0', async () => {
    const rows = await run(c, valuesForSelection({ indicators: ['mediation_success_pct'] }))
    expect(rows).toEqual([
      { report_id: FJ, agency: '奉节县应急管理局', agency_en: 'Fengjie County Emergency Management Bureau', year: 2022, indicator_id: 'mediation_success_pct', reported: false, value: null, qualifier: null, value_low: null, value_high: null, evidence: null, method: null, reviewed: null },
      { report_id: JJ, agency: '江津区气象局', agency_en: 'Jiangjin District Meteorological Bureau', year: 2023, indicator_id: 'mediation_success_pct', reported: false, value: null, qualifier: null, value_low: null, value_high: null, evidence: null, method: null, reviewed: null },
      { report_id: CY, agency: '船营区人民政府', agency_en: "Chuanying District People's Government", year: 2023, indicator_id: 'mediation_success_pct', reported: true, value: 97, qualifier: 'exact', value_low: null, value_high: null, evidence: '糾紛調解成功率達到97%', method: 'rule', reviewed: true },
    ])
  })

  it('filters by agencies and years and keeps catalogue order', async () => {
    const rows = await run(c, valuesForSelection({ agencies: ['江津区气象局', '船营区人民政府'], years: [2023], family: 'approval' }))
    expect(rows.map((r) => [r.report_id, r.indicator_id, r.reported, r.value, r.qualifier, r.value_low, r.value_high])).toEqual([
      [JJ, 'approval_time_compression_pct', true, 86.5, 'exact', null, null],
      [JJ, 'approvals_handled', true, 16, 'exact', null, null],
      [CY, 'approval_time_compression_pct', true, null, 'range', 60, 70],
      [CY, 'approvals_handled', false, null, null, null, null],
    ])
  })

  it('returns nothing for a year without reports', async () => {
    expect(await run(c, valuesForSelection({ years: [2019] }))).toEqual([])
  })

  it('yearSeries ignores the year filter and spans all years', async () => {
    const rows = await run(c, yearSeries({ indicators: ['training_participants'] }))
    expect(rows.map((r) => [r.year, r.agency, r.value, r.qualifier])).toEqual([
      [2022, '奉节县应急管理局', 430, 'approx'],
      [2023, '江津区气象局', null, null],
      [2023, '船营区人民政府', null, null],
    ])
  })
})

describe('coverageMatrix', () => {
  it('is the full matrix with reported flags', async () => {
    const rows = await run(c, coverageMatrix({ years: [2023] }))
    expect(rows).toHaveLength(2 * 4)
    const grid = rows.map((r) => `${r.report_id}:${r.indicator_id}:${r.reported ? 1 : 0}`)
    expect(grid).toEqual([
      `${JJ}:approval_time_compression_pct:1`,
      `${JJ}:approvals_handled:1`,
      `${JJ}:mediation_success_pct:0`,
      `${JJ}:training_participants:0`,
      `${CY}:approval_time_compression_pct:1`,
      `${CY}:approvals_handled:0`,
      `${CY}:mediation_success_pct:1`,
      `${CY}:training_participants:0`,
    ])
  })

  it('can be restricted to one family', async () => {
    const rows = await run(c, coverageMatrix({ family: 'mediation' }))
    expect(rows.map((r) => r.reported)).toEqual([false, false, true])
  })
})

describe('evidence and report text', () => {
  it('evidenceFor returns value, qualifier, report and offsets that slice the text', async () => {
    const [row] = await run(c, evidenceFor(CY, 'mediation_success_pct'))
    expect(row).toMatchObject({
      report_id: CY, agency: '船营区人民政府', year: 2023, reported: true, value: 97, qualifier: 'exact',
      evidence: '糾紛調解成功率達到97%', method: 'rule', reviewed: true, title: '船營區2023年法治政府建設情況報告',
    })
    expect(TEXT_CHUANYING.slice(row.start as number, row.end as number)).toBe('糾紛調解成功率達到97%')
  })

  it('evidenceFor a not-reported indicator returns one row with reported = false', async () => {
    const rows = await run(c, evidenceFor(JJ, 'mediation_success_pct'))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ reported: false, value: null, evidence: null, start: null, end: null })
  })

  it('reportText and reportObservations return the text and its spans in order', async () => {
    const [t] = await run(c, reportText(CY))
    expect(t.text).toBe(TEXT_CHUANYING)
    const obs = await run(c, reportObservations(CY))
    expect(obs.map((o) => o.indicator_id)).toEqual(['approval_time_compression_pct', 'mediation_success_pct'])
    for (const o of obs) expect(TEXT_CHUANYING.slice(o.start as number, o.end as number)).toBe(o.evidence)
    expect(await run(c, reportText(FJ))).toEqual([])
  })

  it('reportObservations puts observations without offsets last', async () => {
    const obs = await run(c, reportObservations(FJ))
    expect(obs).toEqual([
      { indicator_id: 'training_participants', value: 430, qualifier: 'approx', value_low: null, value_high: null, evidence: '430余人次参加', start: null, end: null, method: 'rule', reviewed: false,
        original_value: null, original_indicator: null, review_by: null, review_at: null, review_note: null,
        confidence: 0.85, confidence_reasons: 'after_term,approx' },
    ])
  })

  it('tableCounts counts each table', async () => {
    expect(await run(c, tableCounts())).toEqual([{ indicators: 4, reports: 3, observations: 5 }])
  })
})

describe('sector and region filters (reportWhere)', () => {
  it('every query builder narrows the group to the chosen sectors and regions', async () => {
    const agencies = async (q: Query) => [...new Set((await run(c, q)).map((r) => r.agency))].sort()
    expect(await agencies(valuesForSelection({ sectors: ['气象', '区县政府'], indicators: ['approval_time_compression_pct'] }))).toEqual(['江津区气象局', '船营区人民政府'])
    expect(await agencies(valuesForSelection({ regions: ['奉节县'] }))).toEqual(['奉节县应急管理局'])
    expect(await agencies(rankingFor({ indicator: 'approval_time_compression_pct', sectors: ['气象'], regions: ['重庆市江津区'] }))).toEqual(['江津区气象局'])
    expect(await run(c, exploreCount({ sectors: ['应急管理'], years: [2023] }))).toEqual([{ n: 0 }])
  })
})

/**
 * The Overview's headline rows of one year (`overviewHeadline` read as stored) against the rows
 * worked out in plain TypeScript from every report × indicator of the year (`overviewValues`,
 * placed by the charts' `rankByValue`): which reports are drawn (the ends, a short year whole,
 * the picked agencies), their places and counts. On synthetic years with ties at both ends,
 * ranges, values without a number, reports that state nothing, and a year with fewer reports
 * than two ends; picked agencies at an end, in the middle, stating nothing and absent. A
 * reference independent of the SQL, for any rewrite of the question.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { overviewHeadline, overviewValues, type HeadlineRow } from '../../src/queries/overview'
import { makeCatalogue } from '../../src/queries/catalogue'
import type { ValueRow } from '../../src/queries'
import { rankByValue } from '../../src/charts'
import { createFixtureDb, OBSERVATION_VALUES, REPORT_VALUES, run } from './fixture'

const HIGHER = 'approval_time_compression_pct'
const LOWER = 'training_participants'
const IDS = [HIGHER, LOWER]

/** A report's [value, value_low, value_high] of one indicator (undefined: not stated; a low end alone: a bound, stated without a number). */
type Cell = [number | null, number | null, number | null] | undefined
/** Per year each report's agency and its cells of HIGHER and LOWER. */
const YEARS: Record<number, [string, Cell, Cell][]> = {
  2030: [
    ['Ag01', [90, null, null], [5, null, null]],
    ['Ag02', [90, null, null], [5, null, null]],
    ['Ag03', [null, 80, 100], [7, null, null]], // a range's midpoint ties with 90
    ['Ag04', [70, null, null], undefined],
    ['Ag05', [null, 60, null], [9, null, null]], // a bound: stated, no number
    ['Ag06', [65, null, null], [9, null, null]],
    ['Ag07', undefined, [12, null, null]],
    ['Ag08', [40, null, null], [12, null, null]],
    ['Ag09', [40, null, null], [null, 1, 3]],
    ['Ag10', [40, null, null], undefined],
    ['Ag11', [55, null, null], [30, null, null]],
    ['Ag12', [10, null, null], [30, null, null]],
    ['Ag13', undefined, undefined],
    ['Ag14', [10, null, null], [2, null, null]],
  ],
  2031: [
    ['Ag01', [1, null, null], undefined],
    ['Ag02', undefined, [4, null, null]],
    ['Ag03', [1, null, null], [4, null, null]],
  ],
}

let c: DuckDBConnection
beforeAll(async () => {
  c = await createFixtureDb()
  await c.run(`UPDATE indicators SET direction = 'lower' WHERE id = '${LOWER}'`)
  const num = (x: number | null) => (x == null ? 'NULL' : String(x))
  for (const [year, rows] of Object.entries(YEARS)) {
    for (const [agency, ...cells] of rows) {
      const id = `${agency.toLowerCase()}-${year}`
      await c.run(`INSERT INTO reports ${REPORT_VALUES} VALUES ('${id}','${id}.txt','${id}.txt',NULL,'${agency}',NULL,NULL,NULL,${year},'simplified',1,'${id}','2026-11-23',NULL,NULL)`)
      for (const [k, cell] of cells.entries()) {
        if (!cell) continue
        const [value, low, high] = cell
        const qualifier = value != null ? 'exact' : low != null && high != null ? 'range' : 'lower_bound'
        await c.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES ('${id}','${IDS[k]}',${num(value)},'${qualifier}',${num(low)},${num(high)},'e',NULL,NULL,'rule',false,NULL,NULL)`)
      }
    }
  }
})

/** The headline rows of `year` worked out in TS: each indicator's reports placed as the charts place them, those drawn kept. */
async function reference(year: number, focus: readonly string[], ends: number) {
  const cat = makeCatalogue({
    families: [
      { id: 'approval', name_zh: '审批服务', name_en: 'Approval services' },
      { id: 'training', name_zh: '学法培训', name_en: 'Legal training' },
    ],
    indicators: (await run(c, { sql: 'SELECT id, family, name_zh, name_en, unit, unit_zh, direction FROM indicators ORDER BY sort', params: [] })) as never,
  })
  const all = (await run(c, overviewValues({ years: [year] }))) as unknown as ValueRow[]
  return [...IDS].sort().flatMap((id) => {
    const rows = all.filter((r) => r.indicator_id === id).sort((a, b) => (a.agency! < b.agency! ? -1 : a.agency! > b.agency! ? 1 : 0))
    const placed = rankByValue(rows, cat.indicatorById.get(id)!)
    const plotted = placed.filter((r) => r.pos != null).length
    const drawn = placed.filter((r) => rows.length <= 2 * ends + 2 || focus.includes(r.agency!) || (r.pos != null && (r.pos <= ends || r.pos > plotted - ends)))
    return drawn.map((r) => [r.report_id, id, Boolean(r.reported), r.rank, r.pos, plotted, rows.length])
  })
}

describe('the headline rows of one year', () => {
  it('are the rows worked out in TS: ends with their ties, short years whole, picked agencies wherever they are placed', async () => {
    let compared = 0
    for (const year of [2030, 2031]) {
      for (const [focus, ends] of [[[], 2], [[], 1], [['Ag02', 'Ag06', 'Ag13', 'Nobody'], 2], [['Ag09'], 0], [[], 0], [[], 5]] as const) {
        const rows = JSON.parse(JSON.stringify(await run(c, overviewHeadline({ years: [year] }, IDS, focus, ends)))) as HeadlineRow[]
        expect(rows.map((r) => [r.report_id, r.indicator_id, r.reported, r.rank, r.pos, r.plotted, r.total])).toEqual(await reference(year, focus, ends))
        compared += rows.length
      }
    }
    // not vacuous: ends, picked and short years all drew rows
    expect(compared).toBeGreaterThan(60)
  })
})

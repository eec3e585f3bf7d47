/**
 * The Overview's held headline answer: each chart's rows picked from the answer for every agency
 * are exactly what the question for its picked agencies and headline returns, and a small group's
 * question names neither (a change of them asks DuckDB nothing).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { EVERY_AGENCY, HEADLINE_FAMILY_INDICATORS, OVERVIEW_MAX_REPORTS, overviewHeadline, type HeadlineRow } from '../../src/queries/overview'
import { AHEAD_MAX_ROWS, HELD_MAX_ROWS, headlineQuestion, rowsByIndicator, shownHeadline, yearsAhead } from '../../src/queries/overviewHeld'
import { queryKey } from '../../src/queries/firstView'
import { createFixtureDb, OBSERVATION_VALUES, REPORT_VALUES, run } from './fixture'

let c: DuckDBConnection
beforeAll(async () => {
  c = await createFixtureDb()
  // More reports than 2·ends + 2 for ends of 1, some tied, one with a range, so the ends leave reports out.
  await c.run(`INSERT INTO reports ${REPORT_VALUES} VALUES
    ('a-2023','a.txt','a.txt',NULL,'甲局',NULL,NULL,'气象',2023,'simplified',1,'dd','2026-11-23',NULL,NULL),
    ('b-2023','b.txt','b.txt',NULL,'乙局',NULL,NULL,NULL,2023,'simplified',1,'ee','2026-11-23',NULL,NULL),
    ('c-2023','c.txt','c.txt',NULL,'丙局',NULL,NULL,NULL,2023,'simplified',1,'ff','2026-11-23',NULL,NULL),
    ('a-2022','a2.txt','a2.txt',NULL,'甲局',NULL,NULL,'气象',2022,'simplified',1,'gg','2026-11-23',NULL,NULL)`)
  await c.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES
    ('a-2023','approval_time_compression_pct',95,'exact',NULL,NULL,'x',NULL,NULL,'rule',false,NULL,NULL),
    ('b-2023','approval_time_compression_pct',86.5,'approx',NULL,NULL,'y',NULL,NULL,'rule',false,NULL,NULL),
    ('c-2023','approval_time_compression_pct',NULL,'range',60,80,'w',NULL,NULL,'rule',false,NULL,NULL),
    ('a-2022','approval_time_compression_pct',90,'exact',NULL,NULL,'v',NULL,NULL,'rule',false,NULL,NULL),
    ('a-2023','training_participants',120,'approx',NULL,NULL,'z',NULL,NULL,'rule',false,NULL,NULL),
    ('c-2023','training_participants',120,'exact',NULL,NULL,'u',NULL,NULL,'rule',false,NULL,NULL)`)
})

const head = async (q: ReturnType<typeof overviewHeadline>) => JSON.parse(JSON.stringify(await run(c, q))) as HeadlineRow[]
const IDS = ['approval_time_compression_pct', 'approvals_handled', 'mediation_success_pct', 'training_participants']

/**
 * For each picked agencies and number of ends: each headline's rows picked out of `held` equal the
 * rows `ask` returns for them; how many rows were picked and how many left out.
 */
async function comparePicks(held: HeadlineRow[], focuses: string[][], ask: (focus: string[], ends: number) => Promise<HeadlineRow[]>) {
  let shown = 0
  let left = 0
  for (const focus of focuses) {
    for (const ends of [0, 1, 5]) {
      const asked = await ask(focus, ends)
      for (const id of IDS) {
        const picked = shownHeadline(held, id, new Set(focus), ends)
        expect(picked).toEqual(asked.filter((r) => r.indicator_id === id))
        // Picked out of the indicator's own rows (as the Overview does, `rowsByIndicator`) alike.
        expect(shownHeadline(rowsByIndicator(held).get(id) ?? [], id, new Set(focus), ends)).toEqual(picked)
        shown += picked.length
        left += held.filter((r) => r.indicator_id === id).length - picked.length
      }
    }
  }
  return { shown, left }
}

describe('shownHeadline', () => {
  it("picks out of every agency's answer exactly the rows asked for the picked agencies, for every group, headline and number of ends", async () => {
    let shown = 0
    let left = 0
    // One year and all years (stored), and groups placed in the question (two years, a sector).
    for (const sel of [{ years: [2023] }, {}, { years: [2022] }, { years: [2019] }, { years: [2022, 2023] }, { sectors: ['气象'] }]) {
      const held = await head(overviewHeadline(sel, HEADLINE_FAMILY_INDICATORS, EVERY_AGENCY))
      // Asked for every headline at once: its rows are those asked one by one (tests/queries/overview.test.ts).
      const n = await comparePicks(held, [[], ['乙局'], ['甲局', '奉节县应急管理局'], ['丙局', '船营区人民政府', '江津区气象局'], ['甲']], (focus, ends) =>
        head(overviewHeadline(sel, IDS, focus, ends)))
      shown += n.shown
      left += n.left
    }
    // Both kept and left-out rows were compared.
    expect(shown).toBeGreaterThan(100)
    expect(left).toBeGreaterThan(50)
  })
})

describe('headlineQuestion', () => {
  it('asks a small group one question whatever agencies and headlines are picked, held whole', () => {
    const a = headlineQuestion({ years: [2023] }, IDS, ['甲局'], 5)
    const b = headlineQuestion({ years: [2023] }, ['approvals_handled', 'training_participants'], ['乙局', '丙局'], OVERVIEW_MAX_REPORTS)
    expect(a.held && b.held).toBe(true)
    expect(queryKey(a.query)).toBe(queryKey(b.query))
    expect(queryKey(a.query)).toBe(queryKey(overviewHeadline({ years: [2023] }, HEADLINE_FAMILY_INDICATORS, EVERY_AGENCY)))
    expect(queryKey(a.query)).not.toBe(queryKey(headlineQuestion({ years: [2022] }, IDS, ['甲局'], 5).query))
  })

  it("asks a larger group, up to HELD_MAX_ROWS rows, every agency's rows of every headline-family indicator: the same question whatever agencies and headlines are picked", () => {
    const reports = Math.floor(HELD_MAX_ROWS / HEADLINE_FAMILY_INDICATORS.length)
    const a = headlineQuestion({ years: [2023] }, IDS, ['甲局'], reports)
    const b = headlineQuestion({ years: [2023] }, ['approvals_handled', ...IDS.slice(1)], ['乙局', '丙局'], OVERVIEW_MAX_REPORTS + 1)
    expect(a.held && b.held).toBe(true)
    expect(queryKey(a.query)).toBe(queryKey(b.query))
    expect(queryKey(a.query)).toBe(queryKey(overviewHeadline({ years: [2023] }, HEADLINE_FAMILY_INDICATORS, EVERY_AGENCY)))
    // The 300-agency city's year is held whole.
    expect(headlineQuestion({ years: [2023] }, IDS, [], 300).held).toBe(true)
  })

  it('asks a group past the held rows, or any larger group for the first view, for its picked agencies and headlines alone', () => {
    for (const q of [
      headlineQuestion({ years: [2023] }, IDS, ['甲局'], Math.floor(HELD_MAX_ROWS / HEADLINE_FAMILY_INDICATORS.length) + 1),
      headlineQuestion({ years: [2023] }, IDS, ['甲局'], OVERVIEW_MAX_REPORTS + 1, false),
    ]) {
      expect(q.held).toBe(false)
      expect(queryKey(q.query)).toBe(queryKey(overviewHeadline({ years: [2023] }, IDS, ['甲局'])))
    }
  })
})

describe('yearsAhead', () => {
  const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]
  it("gives the other years whose answers are held, nearest first (the later of two as near), while their rows fit", () => {
    expect(yearsAhead(2020, YEARS, () => 300)).toEqual([2021, 2019, 2022, 2018, 2023, 2017, 2024])
    expect(yearsAhead(2024, YEARS, () => 10)).toEqual([2023, 2022, 2021, 2020, 2019, 2018, 2017])
    // A year too large to hold is left out; the budget keeps the nearest.
    expect(yearsAhead(2020, YEARS, (y) => (y === 2021 ? 1000 : 300))).toEqual([2019, 2022, 2018, 2023, 2017, 2024])
    const perYear = 300 * HEADLINE_FAMILY_INDICATORS.length
    expect(yearsAhead(2020, YEARS, () => 300, perYear * 2)).toEqual([2021, 2019])
    expect(yearsAhead(2024, YEARS, () => 300)).toHaveLength(Math.min(7, Math.floor(AHEAD_MAX_ROWS / perYear)))
  })
})

describe('shownHeadline of a city-sized year', () => {
  let city: DuckDBConnection
  /** 90 agencies in 2024 (60 of them also in 2023): values with ties, ranges and gaps; one headline nobody states in 2023. */
  const AGENCIES = Array.from({ length: 90 }, (_, i) => `城区${String(i).padStart(2, '0')}局`)
  beforeAll(async () => {
    city = await createFixtureDb()
    const reports: string[] = []
    const values: string[] = []
    AGENCIES.forEach((agency, i) => {
      for (const year of i < 60 ? [2023, 2024] : [2024]) {
        const id = `city-${i}-${year}`
        reports.push(`('${id}','${id}.txt','${id}.txt',NULL,'${agency}',NULL,NULL,${i % 4 === 0 ? "'应急'" : 'NULL'},${year},'simplified',1,'h${id}','2026-12-01',NULL,NULL)`)
        const k = (i * 37 + year) % 41
        if (i % 3 !== 0) values.push(`('${id}','approval_time_compression_pct',${k % 7 === 0 ? 'NULL' : 40 + (k % 13) * 4},'${k % 7 === 0 ? 'range' : 'exact'}',${k % 7 === 0 ? `${k}, ${k + 20}` : 'NULL, NULL'},'审批时限压缩${k}%',NULL,NULL,'rule',false,NULL,NULL)`)
        if (i % 5 !== 1) values.push(`('${id}','mediation_success_pct',${90 + (k % 5)},'exact',NULL,NULL,'调解成功率${k}',NULL,NULL,'rule',false,NULL,NULL)`)
        if (i % 2 === 0) values.push(`('${id}','training_participants',${(k % 9) * 100},'approx',NULL,NULL,'参训${k}人',NULL,NULL,'rule',false,NULL,NULL)`)
        if (year === 2024 && i % 7 === 2) values.push(`('${id}','approvals_handled',${k * 3},'exact',NULL,NULL,'办理审批${k}件',NULL,NULL,'rule',false,NULL,NULL)`)
      }
    })
    await city.run(`INSERT INTO reports ${REPORT_VALUES} VALUES ${reports.join(',')}`)
    await city.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES ${values.join(',')}`)
  })

  it("picks out of every agency's rows of every headline-family indicator exactly the rows asked for the picked agencies", async () => {
    let shown = 0
    let left = 0
    for (const sel of [{ years: [2024] }, { years: [2023] }, { years: [2024], sectors: ['应急'] }]) {
      const q = headlineQuestion(sel, IDS, [], OVERVIEW_MAX_REPORTS + 1)
      expect(q.held).toBe(true)
      const held = JSON.parse(JSON.stringify(await run(city, q.query))) as HeadlineRow[]
      const n = await comparePicks(held, [[], [AGENCIES[3]], [AGENCIES[0], AGENCIES[44], AGENCIES[89], '不在组内的局'], AGENCIES.slice(20, 36)], async (focus, ends) =>
        JSON.parse(JSON.stringify(await run(city, overviewHeadline(sel, IDS, focus, ends)))) as HeadlineRow[])
      shown += n.shown
      left += n.left
    }
    expect(shown).toBeGreaterThan(500)
    expect(left).toBeGreaterThan(1000)
  })
})

/**
 * The per-year rows are made when a question first reads them: only the years it reads, each
 * once, and a year made on its own holds exactly the rows it holds when every year is made.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import type { Query, YearRows } from '../../src/queries'
import { makeYearPiece, makeYearRows, makeYearValues, noYearsMade, RESET_SQL, YEAR_ANSWERS, YEAR_ROWS_SQL, yearRowsMade, type MadeYears } from '../../src/queries/derivedTables'
import { ALL_PLACES, ALL_STATS, YEAR_STATS } from '../../src/queries/derived'
import { addEarlierAndYearless, createFixtureDb, exec } from './fixture'

let c: DuckDBConnection
beforeAll(async () => {
  c = await createFixtureDb()
  await addEarlierAndYearless(c)
})

const rows = async (sql: string) => exec(c)({ sql, params: [] })
const values = () => rows(`SELECT * FROM counted_values ORDER BY report_id, indicator_id`)
const years = async () => (await rows(`SELECT DISTINCT year FROM counted_values ORDER BY year NULLS LAST`)).map((r) => r.year)

async function reset(): Promise<MadeYears> {
  await exec(c)(RESET_SQL)
  return noYearsMade()
}

describe('RESET_SQL', () => {
  // The per-year tables are emptied without parameters (NULL for each, LIMIT 0): each keeps the
  // columns and types it had when made with the year and indicators bound.
  it('leaves every per-year table empty with the columns it has when made with parameters', async () => {
    await reset()
    const columns = async (t: string) => (await rows(`DESCRIBE ${t}`)).map((r) => `${String(r.column_name)} ${String(r.column_type)}`).join(', ')
    const made: Record<string, string> = {}
    for (const t of ['counted_values', 'year_stats', 'year_yoy', 'year_ends', 'all_stats', 'all_places']) {
      expect(await rows(`SELECT * FROM ${t}`)).toEqual([])
      made[t] = await columns(t)
    }
    expect(made).toEqual({
      counted_values:
        'report_id VARCHAR, agency VARCHAR, agency_en VARCHAR, year INTEGER, indicator_id VARCHAR, direction VARCHAR, value DOUBLE, qualifier VARCHAR, value_low DOUBLE, value_high DOUBLE, evidence VARCHAR, sector VARCHAR, region VARCHAR, method VARCHAR, reviewed BOOLEAN, plot_value DOUBLE, prev_report_id VARCHAR, prev_year INTEGER, prev_value DOUBLE, prev_qualifier VARCHAR, prev_value_low DOUBLE, prev_value_high DOUBLE, prev_evidence VARCHAR, change DOUBLE, pct_change DOUBLE, verdict VARCHAR, gain DOUBLE, year_pos INTEGER, year_rank INTEGER',
      year_stats: 'year INTEGER, indicator_id VARCHAR, total INTEGER, plotted INTEGER, lo DOUBLE, q1 DOUBLE, med DOUBLE, q3 DOUBLE, hi DOUBLE',
      year_yoy:
        'report_id VARCHAR, agency VARCHAR, agency_en VARCHAR, year INTEGER, indicator_id VARCHAR, direction VARCHAR, value DOUBLE, qualifier VARCHAR, value_low DOUBLE, value_high DOUBLE, evidence VARCHAR, prev_report_id VARCHAR, prev_year INTEGER, prev_value DOUBLE, prev_qualifier VARCHAR, prev_value_low DOUBLE, prev_value_high DOUBLE, prev_evidence VARCHAR, change DOUBLE, pct_change DOUBLE, verdict VARCHAR, pairs INTEGER, better INTEGER, worse INTEGER, same INTEGER, up INTEGER, down INTEGER, incomparable INTEGER, side VARCHAR',
      year_ends:
        'report_id VARCHAR, agency VARCHAR, agency_en VARCHAR, year INTEGER, indicator_id VARCHAR, reported BOOLEAN, value DOUBLE, qualifier VARCHAR, value_low DOUBLE, value_high DOUBLE, evidence VARCHAR, reported_count INTEGER, plotted_count INTEGER, is_lowest BOOLEAN, is_highest BOOLEAN',
      all_stats: 'indicator_id VARCHAR, total INTEGER, plotted INTEGER, lo DOUBLE, q1 DOUBLE, med DOUBLE, q3 DOUBLE, hi DOUBLE',
      all_places: 'report_id VARCHAR, agency VARCHAR, indicator_id VARCHAR, pos INTEGER, rank INTEGER',
    })
  })
})

describe('makeYearRows', () => {
  it('makes only the years a question reads, once each, and the answers only when asked', async () => {
    const made = await reset()
    expect(await years()).toEqual([])
    await makeYearRows(exec(c), made, { years: [2023] })
    expect(await years()).toEqual([2023])
    expect(await rows(`SELECT * FROM year_yoy`)).toEqual([])
    await makeYearRows(exec(c), made, { years: [2023, 2022], answers: YEAR_ANSWERS })
    expect(await years()).toEqual([2022, 2023])
    expect((await rows(`SELECT DISTINCT year FROM year_stats ORDER BY year`)).map((r) => r.year)).toEqual([2022, 2023])
    const once = await values()
    await makeYearRows(exec(c), made, { years: [2022, 2023], answers: YEAR_ANSWERS })
    expect(await values()).toEqual(once)
    expect(await rows(`SELECT count(*) AS n FROM year_stats`)).toEqual([{ n: 8n }])
  })

  it('makes of a year\'s stored answers those asked for, each once', async () => {
    const made = await reset()
    const counts = async () => Object.fromEntries(await Promise.all(YEAR_ANSWERS.map(async (t) => [t, Number((await rows(`SELECT count(*) AS n FROM ${t} WHERE year = 2023`))[0].n)])))
    await makeYearRows(exec(c), made, { years: [2023], answers: [YEAR_STATS] })
    const stats = await counts()
    expect(stats[YEAR_STATS]).toBeGreaterThan(0)
    expect(YEAR_ANSWERS.filter((t) => t !== YEAR_STATS).map((t) => stats[t])).toEqual([0, 0])
    await makeYearRows(exec(c), made, { years: [2023], answers: YEAR_ANSWERS })
    const all = await counts()
    expect(YEAR_ANSWERS.every((t) => all[t] > 0)).toBe(true)
    expect(all[YEAR_STATS]).toBe(stats[YEAR_STATS])
    await makeYearRows(exec(c), made, { years: [2023], answers: YEAR_ANSWERS })
    expect(await counts()).toEqual(all)
  })

  it('of every year adds the rest, those without a year too, exactly as all made at once', async () => {
    const oneByOne = await reset()
    await makeYearRows(exec(c), oneByOne, { years: [2023] })
    await makeYearRows(exec(c), oneByOne, { years: [2021] })
    await makeYearRows(exec(c), oneByOne, { years: null })
    expect(oneByOne.every).toBe(true)
    expect(await years()).toEqual([2021, 2022, 2023, null])
    const made = await values()
    await makeYearRows(exec(c), await reset(), { years: null })
    expect(made).toEqual(await values())
    // the 2023 value has its agency's 2021 one as its previous (the 2022 report is another agency's)
    expect(made.filter((r) => r.report_id === 'jiangjin-meteorology-2023' && r.indicator_id === 'approval_time_compression_pct').map((r) => [r.prev_report_id, r.change])).toEqual([['j-2021', 6.5]])
  })

  it('makes the answers of all years together once, after every year\'s values, and only when asked', async () => {
    const made = await reset()
    await makeYearRows(exec(c), made, { years: [2023], answers: YEAR_ANSWERS })
    await makeYearRows(exec(c), made, { years: null })
    expect(await rows(`SELECT * FROM all_places`)).toEqual([])
    await makeYearRows(exec(c), made, { years: null, answers: [ALL_STATS, ALL_PLACES] })
    const places = await rows(`SELECT * FROM all_places ORDER BY report_id, indicator_id`)
    // every value of every year (those without a year too) is placed
    expect(places.map((r) => [r.report_id, r.indicator_id])).toEqual((await values()).map((r) => [r.report_id, r.indicator_id]))
    await makeYearRows(exec(c), made, { years: null, answers: [ALL_STATS, ALL_PLACES] })
    expect(await rows(`SELECT * FROM all_places ORDER BY report_id, indicator_id`)).toEqual(places)
    expect(await rows(`SELECT count(*) AS n FROM all_stats`)).toEqual([{ n: 4n }])
    expect((await rows(`SELECT total FROM all_stats`)).every((r) => r.total === 5)).toBe(true)
  })

  it('makes a view\'s headline values with the statements prepared ahead (YEAR_ROWS_SQL), the year and indicators only in the parameters', async () => {
    for (const [year, indicators] of [[2021, ['approval_time_compression_pct']], [2023, ['training_participants', 'approval_time_compression_pct']]] as const) {
      const sent: Query[] = []
      const made = await reset()
      await makeYearValues(async (q) => (sent.push(q), exec(c)(q)), made, year, indicators)
      const inserts = sent.filter((q) => q.sql.startsWith('INSERT'))
      expect(inserts.map((q) => q.sql)).toEqual(YEAR_ROWS_SQL)
      expect(inserts.every((q) => q.params.includes(year) && indicators.every((i) => q.params.includes(i)))).toBe(true)
      // exactly the year's rows of those indicators, as when the year is made whole
      const piece = await values()
      await makeYearRows(exec(c), await reset(), { years: [year] })
      expect(piece.length).toBeGreaterThan(0)
      expect(piece).toEqual((await values()).filter((r) => (indicators as readonly string[]).includes(String(r.indicator_id))))
    }
  })

  it('makes the rest of a year a piece at a time, then its stored answers, and says when the year is whole', async () => {
    const made = await reset()
    await makeYearValues(exec(c), made, 2023, ['approvals_handled'])
    const steps: string[] = []
    while (await makeYearPiece(exec(c), made, 2023)) steps.push([...made.values].filter((k) => k.startsWith('2023 ')).length + [...made.answers].join())
    // the fixture's 4 indicators: the 3 left in one piece, then year_yoy, then year_ends
    expect(steps).toEqual(['4', '4year_yoy 2023', '4year_yoy 2023,year_ends 2023'])
    expect(YEAR_ANSWERS.filter((t) => t !== YEAR_STATS).every((t) => made.answers.has(`${t} 2023`))).toBe(true)
    const whole = await values()
    await makeYearRows(exec(c), await reset(), { years: [2023] })
    expect(await values()).toEqual(whole)
    // a question naming a few indicators but reading a stored answer of the year gets the whole year first
    const some = await reset()
    await makeYearValues(exec(c), some, 2023, ['approvals_handled'])
    await makeYearRows(exec(c), some, { years: [2023], indicators: ['approvals_handled'], answers: [YEAR_ANSWERS[1]] })
    expect(await values()).toEqual(whole)
  })
})

describe('yearRowsMade', () => {
  // src/db sends a question at once, without a turn of its own, only when this says nothing is
  // to be made for it: it must agree with what makeYearRows sends, need after need.
  it('is true exactly when makeYearRows would send nothing, over a sequence of needs', async () => {
    const made = await reset()
    const [some] = (await rows(`SELECT id FROM indicators ORDER BY id`)).map((r) => String(r.id))
    const needs: (YearRows | undefined)[] = [
      undefined,
      { years: [2023], answers: [YEAR_STATS], indicators: [some] },
      { years: [2023], answers: [YEAR_STATS], indicators: [some] },
      { years: [2023], answers: [YEAR_STATS] },
      { years: [2023] },
      { years: [2023, 2022], answers: [YEAR_STATS] },
      { years: [2022], answers: YEAR_ANSWERS },
      { years: [2022], answers: YEAR_ANSWERS },
      { years: [2023], answers: YEAR_ANSWERS, indicators: [some] },
      { years: null, answers: [ALL_STATS] },
      { years: null, answers: [ALL_STATS] },
      { years: null, answers: [ALL_STATS, ALL_PLACES] },
      { years: null },
      { years: [2021], answers: YEAR_ANSWERS },
    ]
    const seen: [boolean, boolean][] = []
    for (const need of needs) {
      const before = yearRowsMade(made, need)
      let sent = 0
      await makeYearRows((q) => (sent++, exec(c)(q)), made, need)
      seen.push([before, sent === 0])
      expect(yearRowsMade(made, need)).toBe(true)
    }
    expect(seen.map(([b]) => b)).toEqual(seen.map(([, none]) => none))
    // both kinds were met: needs already made and needs that were not
    expect(new Set(seen.map(([b]) => b))).toEqual(new Set([true, false]))
  })
})

/**
 * A year's rows made in pieces (the view's headline indicators first, then the rest in one
 * statement, each stored answer a piece per idle turn: `makeYearPiece`) hold exactly the rows made in one go, on a synthetic city and on
 * the city with unnamed agencies; and a question asked while a year is half made (the rest of
 * its indicators, its stored answers, another year) gets the answer it gets once everything is made.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { synth } from '../../scripts/synth'
import { DEFAULT_HEADLINE } from '../../src/queries/catalogue'
import { ALL_PLACES, ALL_STATS, COUNTED_VALUES, YEAR_STATS } from '../../src/queries/derived'
import { makeYearPiece, makeYearRows, makeYearValues, noYearsMade, RESET_SQL, YEAR_ANSWERS, type MadeYears } from '../../src/queries/derivedTables'
import { storedHeadline } from '../../src/queries/overview'
import { overviewSummary, YEAR_ENDS } from '../../src/queries/overviewSummary'
import { yoyChanges, yoySummary, YEAR_YOY } from '../../src/queries/yoy'
import type { Query } from '../../src/queries/types'
import { exec } from './fixture'

const TABLES = [COUNTED_VALUES, YEAR_STATS, YEAR_YOY, YEAR_ENDS, ALL_STATS, ALL_PLACES]
const dbs: Record<string, DuckDBConnection> = {}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rol-staged-'))
  await synth({ preset: 'city35', agencies: 0, years: 0, lastYear: 2024, seed: 5, out: dir })
  for (const name of ['city', 'unnamed']) {
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    for (const t of ['indicators', 'reports', 'observations']) await c.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`)
    dbs[name] = c
  }
  await dbs.unnamed.run(`UPDATE reports SET agency = '' WHERE hash(agency) % 3 = 0`)
}, 120_000)

const plain = (rows: unknown) => JSON.parse(JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? Number(v) : v)))
const rows = async (c: DuckDBConnection, sql: string) => plain(await exec(c)({ sql, params: [] })) as Record<string, unknown>[]

async function reset(c: DuckDBConnection): Promise<MadeYears> {
  await exec(c)(RESET_SQL)
  return noYearsMade()
}

/** Ask `q` as the app does on its one connection: the rows it declares made first (those not made yet), then the question. */
async function ask(c: DuckDBConnection, made: MadeYears, q: Query): Promise<unknown[]> {
  await makeYearRows(exec(c), made, q.perYear)
  return plain(await exec(c)(q))
}

describe.each(['city', 'unnamed'])('a year made in pieces, %s tables', (name) => {
  it('holds exactly the rows made in one go, and a question asked half-way gets the whole answer', async () => {
    const c = dbs[name]
    const years = (await rows(c, `SELECT DISTINCT CAST(year AS INTEGER) AS y FROM reports WHERE year IS NOT NULL ORDER BY y DESC`)).map((r) => Number(r.y))
    const ids = (await rows(c, `SELECT id FROM indicators ORDER BY id`)).map((r) => String(r.id))
    const agencies = (await rows(c, `SELECT DISTINCT agency FROM reports WHERE agency <> '' ORDER BY agency LIMIT 3`)).map((r) => String(r.agency))
    const [last, before] = years
    const headline = Object.values(DEFAULT_HEADLINE)
    const others = ids.filter((i) => !headline.includes(i)).slice(0, 3)
    // the questions asked while the open year is half made: its other indicators, its stored answers, the year before
    const questions = [
      storedHeadline(last, others, agencies),
      storedHeadline(last, headline, agencies),
      yoySummary({ years: [last], indicators: ids }),
      overviewSummary({ years: [last] }),
      yoyChanges({ years: [before], indicators: others.slice(0, 1) }),
      storedHeadline(before, headline, agencies, 1),
    ]

    // in one go: every year whole, its answers, those of all years together
    let made = await reset(c)
    for (const y of years) await makeYearRows(exec(c), made, { years: [y], answers: YEAR_ANSWERS })
    await makeYearRows(exec(c), made, { years: null, answers: [ALL_STATS, ALL_PLACES] })
    for (const t of TABLES) await c.run(`CREATE OR REPLACE TEMP TABLE once_${t} AS SELECT * FROM ${t}`)
    const answers = []
    for (const q of questions) answers.push(await ask(c, made, q))

    // in pieces: the headline indicators of the open year, then the questions, then a piece at a time
    made = await reset(c)
    await makeYearValues(exec(c), made, last, headline)
    expect((await rows(c, `SELECT DISTINCT indicator_id FROM ${COUNTED_VALUES} ORDER BY 1`)).map((r) => r.indicator_id)).toEqual([...headline].sort())
    expect((await rows(c, `SELECT DISTINCT indicator_id FROM ${YEAR_STATS} ORDER BY 1`)).map((r) => r.indicator_id)).toEqual([...headline].sort())
    // a question of the headline indicators makes nothing more; one of others, the rest of the year
    expect(await ask(c, made, questions[1])).toEqual(answers[1])
    expect(made.values.size).toBe(headline.length)
    expect(await ask(c, made, questions[0])).toEqual(answers[0])
    expect(made.values.size).toBe(ids.length)
    expect(await makeYearPiece(exec(c), made, last)).toBe(true)
    for (const [k, q] of questions.entries()) expect(await ask(c, made, q)).toEqual(answers[k])
    let pieces = 0
    for (const y of years) while (await makeYearPiece(exec(c), made, y)) pieces++
    // the years not asked about: their values, then their two stored answers
    expect(pieces).toBeGreaterThanOrEqual((years.length - 2) * 3)
    await makeYearRows(exec(c), made, { years: null, answers: [ALL_STATS, ALL_PLACES] })

    for (const t of TABLES) {
      const [n] = await rows(c, `SELECT count(*) AS n FROM ${t}`)
      expect(n.n, t).toBeGreaterThan(0)
      expect(await rows(c, `SELECT * FROM ${t} EXCEPT ALL SELECT * FROM once_${t}`), t).toEqual([])
      expect(await rows(c, `SELECT * FROM once_${t} EXCEPT ALL SELECT * FROM ${t}`), t).toEqual([])
    }
    // not vacuous: the questions have rows, changes among them
    expect(answers.every((a) => a.length > 0)).toBe(true)
    expect(answers[4].length).toBeGreaterThan(0)
  }, 180_000)
})

/**
 * Stored rows against what the questions would work out, on the bundled reports' tables (as
 * `npm run extract` writes them) and on a synthetic city (late starters, gap years, sparse
 * coverage, agencies with several indicators unstated):
 * - the Overview's headline of all years (no filter) read from the stored places and distribution
 *   of all years (`all_places`, `all_stats`) holds exactly the rows placed in the question;
 * - every stored value's previous one (`counted_values`, made a year at a time) is the one the
 *   live pairing (./yoy.ts's `latestEarlier`, an ASOF join over every year) finds, also when
 *   the city's agencies are unnamed ('': several reports a year, paired as one agency).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { synth } from '../../scripts/synth'
import { overviewHeadline, rankedHeadline, storedHeadline, type HeadlineRow } from '../../src/queries/overview'
import { latestEarlier, STATED } from '../../src/queries/derived'
import { makeYearRows, noYearsMade, RESET_SQL } from '../../src/queries/derivedTables'
import { exec, run } from './fixture'

const ROOT = join(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'rol-all-years-'))

async function load(from: string): Promise<DuckDBConnection> {
  const c = await (await DuckDBInstance.create(':memory:')).connect()
  for (const t of ['indicators', 'reports', 'observations']) await c.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${join(from, `${t}.parquet`)}')`)
  return c
}

const dbs: Record<string, DuckDBConnection> = {}
beforeAll(async () => {
  const seed = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), '--out', join(dir, 'seed')], { cwd: ROOT, encoding: 'utf8' })
  if (seed.status !== 0) throw new Error(seed.stderr)
  await synth({ preset: 'city35', agencies: 0, years: 0, lastYear: 2024, seed: 3, out: join(dir, 'city') })
  dbs.seed = await load(join(dir, 'seed'))
  dbs.city = await load(join(dir, 'city'))
  // the city with a third of its agencies unnamed: several reports of agency '' a year
  dbs.unnamed = await load(join(dir, 'city'))
  await dbs.unnamed.run(`UPDATE reports SET agency = '' WHERE hash(agency) % 3 = 0`)
}, 120_000)

const head = async (c: DuckDBConnection, q: ReturnType<typeof overviewHeadline>) => JSON.parse(JSON.stringify(await run(c, q))) as HeadlineRow[]

describe.each(['seed', 'city'])('the headline of all years, %s tables', (name) => {
  it('reads as stored exactly what is placed in the question: every indicator, ends, short lists and picked agencies', async () => {
    const c = dbs[name]
    const ids = (await run(c, { sql: 'SELECT id FROM indicators ORDER BY id', params: [] })).map((r) => String(r.id))
    const agencies = (await run(c, { sql: 'SELECT DISTINCT agency FROM reports WHERE agency IS NOT NULL ORDER BY agency LIMIT 3', params: [] })).map((r) => String(r.agency))
    let rows = 0
    for (const [focus, ends] of [[[], 5], [[], 1], [agencies.slice(0, 2), 2], [[...agencies, '不存在局'], 0], [[], 10_000]] as const) {
      const stored = await head(c, storedHeadline(null, ids, focus, ends))
      expect(stored).toEqual(await head(c, rankedHeadline({}, ids, focus, ends)))
      expect(await head(c, overviewHeadline({}, ids, focus, ends))).toEqual(stored)
      rows += stored.length
    }
    // with every value drawn (the last case), all of them are compared, places and distribution included
    expect(rows).toBeGreaterThan(name === 'seed' ? 20 : 500)
  }, 120_000)
})

/** Every counted value with its previous one's report and year: as stored (made a year at a time), and as the live pairing finds it. */
async function previousOnes(c: DuckDBConnection): Promise<{ stored: unknown[]; live: unknown[] }> {
  await exec(c)(RESET_SQL)
  await makeYearRows(exec(c), noYearsMade(), { years: null })
  const rows = async (sql: string) => JSON.parse(JSON.stringify(await exec(c)({ sql, params: [] }), (_, v) => (typeof v === 'bigint' ? Number(v) : v))) as unknown[]
  const stored = await rows(`SELECT report_id, agency, indicator_id, year, prev_report_id, prev_year FROM counted_values ORDER BY report_id, indicator_id`)
  const live = await rows(`
    WITH stated AS (
      SELECT r.report_id, r.agency, o.indicator_id, CAST(r.year AS INTEGER) AS year
      FROM observations o JOIN counted_reports r ON r.report_id = o.report_id JOIN indicators i ON i.id = o.indicator_id
      WHERE r.agency IS NOT NULL AND r.year IS NOT NULL AND ${STATED}),
    k AS (${latestEarlier('stated', 'stated')})
    SELECT v.report_id, v.agency, v.indicator_id, v.year, k.prev_report_id, CAST(p.year AS INTEGER) AS prev_year
    FROM counted_values v LEFT JOIN k ON k.report_id = v.report_id AND k.indicator_id = v.indicator_id
    LEFT JOIN counted_reports p ON p.report_id = k.prev_report_id
    ORDER BY v.report_id, v.indicator_id`)
  return { stored, live }
}

describe.each(['seed', 'city', 'unnamed'])('every value\'s previous one, %s tables', (name) => {
  it('is stored as the live pairing finds it: the same agency\'s latest earlier stated value (of two in a year the larger report id)', async () => {
    const { stored, live } = await previousOnes(dbs[name])
    expect(stored).toEqual(live)
    if (name === 'seed') return // the bundled reports are of different agencies: nothing to pair
    const paired = (stored as { agency: string; year: number; prev_report_id: string | null; prev_year: number }[]).filter((r) => r.prev_report_id != null)
    // not vacuous: values with a previous one, some across a gap year, and unnamed ones
    expect(paired.length).toBeGreaterThan(500)
    expect(paired.some((r) => r.prev_year < r.year - 1)).toBe(true)
    if (name === 'unnamed') expect(paired.some((r) => r.agency === '')).toBe(true)
  }, 120_000)
})

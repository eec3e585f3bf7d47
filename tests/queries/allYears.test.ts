/**
 * The Overview's headline of all years (no filter) read from the stored places and distribution
 * of all years (`all_places`, `all_stats`) holds exactly the rows placed in the question, on the
 * bundled reports' tables (as `npm run extract` writes them) and on a synthetic city (late
 * starters, gap years, sparse coverage, agencies with several indicators unstated).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { synth } from '../../scripts/synth'
import { overviewHeadline, rankedHeadline, storedHeadline, type HeadlineRow } from '../../src/queries/overview'
import { run } from './fixture'

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

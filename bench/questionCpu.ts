/**
 * What the Overview's questions of a selection change cost DuckDB-wasm itself (not part of `npm run bench`):
 * the tables of one scale put into DuckDB-wasm in this process (its Node build, the same wasm as the
 * browser's), the derived rows made as the app makes them, then each question of a change asked over
 * the years in turn with 8–16 picked agencies of the year, timed in CPU ms of this process
 * (`process.cpuUsage`: on the shared machine the neighbours' load moves it far less than the wall
 * clock, and there is no worker, message or main thread in it). In the browser a round trip adds the
 * wait for the main thread (bench/profile.ts shows it); this is the part SQL changes move.
 *
 *   npx tsx bench/questionCpu.ts [--scale seed|1m|city300] [--years N (the last N; all by default)] [--runs 40]
 *
 * Needs the bench's table copies (`npm run bench -- --only interaction --scales seed` makes them).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { DEFAULT_HEADLINE, HEADLINE_FAMILIES } from '../src/queries/catalogue'
import { makeYearRows, noYearsMade, RESET_SQL } from '../src/queries/derivedTables'
import { HEADLINE_FAMILY_INDICATORS, overviewHeadline } from '../src/queries/overview'
import { overviewSummary } from '../src/queries/overviewSummary'
import { yoySummary } from '../src/queries/yoy'
import type { Query } from '../src/queries/types'
import { ROOT } from './build'
import { ALL_SCALES, SCALE_INFO, type Scale } from './scales'
import { summarise } from './stats'

const argv = process.argv.slice(2)
const arg = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d)
const scale = arg('--scale', 'city300') as Scale
const RUNS = Number(arg('--runs', '40'))
const LAST = Number(arg('--years', '0'))
if (!ALL_SCALES.includes(scale)) throw new Error(`--scale: one of ${ALL_SCALES.join(', ')}`)

interface Blocking { createDuckDB: (...a: unknown[]) => Promise<BlockingDb>; NODE_RUNTIME: unknown; VoidLogger: new () => unknown }
interface BlockingConn {
  query(sql: string): { toArray(): { toJSON(): Record<string, unknown> }[] }
  prepare(sql: string): { query(...params: unknown[]): { numRows: number; toArray(): { toJSON(): Record<string, unknown> }[] }; close(): void }
  insertArrowFromIPCStream(bytes: Uint8Array, opts: { name: string; create: boolean }): void
}
interface BlockingDb {
  instantiate(): Promise<void>
  open(opts: object): void
  connect(): BlockingConn
}

const require = createRequire(import.meta.url)
const wasm = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as Blocking
const dist = join(ROOT, 'node_modules/@duckdb/duckdb-wasm/dist')
const db = await wasm.createDuckDB(
  { mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' } },
  new wasm.VoidLogger(),
  wasm.NODE_RUNTIME,
)
await db.instantiate()
db.open({})
const c = db.connect()
const dir = SCALE_INFO[scale].dir
for (const t of ['indicators', 'reports', 'observations']) c.insertArrowFromIPCStream(readFileSync(join(dir, `${t}.arrow`)), { name: t, create: true })

const rowsOf = (q: Query) => {
  if (!q.params.length) return c.query(q.sql).toArray().map((r) => r.toJSON())
  const p = c.prepare(q.sql)
  const rows = p.query(...q.params).toArray().map((r) => r.toJSON())
  p.close()
  return rows
}
const run = async (q: Query) => rowsOf(q)
await run(RESET_SQL)
const all = rowsOf({ sql: 'SELECT DISTINCT CAST(year AS INTEGER) AS y FROM reports WHERE year IS NOT NULL ORDER BY 1', params: [] }).map((r) => Number(r.y))
const years = LAST > 0 ? all.slice(-LAST) : all
const made = noYearsMade()
const started = process.cpuUsage()
await makeYearRows(run, made, { years })
const cpu = process.cpuUsage(started)
console.log(`${SCALE_INFO[scale].long}: the values of ${years.length} years made in ${Math.round((cpu.user + cpu.system) / 1000)} CPU ms`)
const agencies = new Map(years.map((y) => [y, rowsOf({ sql: 'SELECT DISTINCT agency FROM counted_reports WHERE CAST(year AS INTEGER) = ? AND agency IS NOT NULL ORDER BY agency', params: [y] }).map((r) => String(r.agency))]))
const heads = HEADLINE_FAMILIES.map((f) => DEFAULT_HEADLINE[f])

/** The questions of one change to year `year` with `n` picked agencies. */
const QUESTIONS: Record<string, (year: number, picked: string[]) => Query> = {
  headline: (year, picked) => overviewHeadline({ years: [year] }, heads, picked),
  summary: (year) => overviewSummary({ years: [year] }),
  yoy: (year) => yoySummary({ years: [year], indicators: HEADLINE_FAMILY_INDICATORS }),
}

/**
 * Each question `RUNS` times, the year and picked agencies changing in turn; printed when `print`. wasm runs in V8's
 * baseline tier until its functions are compiled optimised in the background: a first round over all questions warms
 * them up unprinted (the first questions asked took about twice as long as later ones).
 */
async function measure(print: boolean): Promise<void> {
  for (const [name, make] of Object.entries(QUESTIONS)) {
    // one statement for every year and picked set, as the app asks them (the text is the same for any picked agencies)
    const statement = c.prepare(make(years[0], ['-']).sql)
    const ms: number[] = []
    let rows = 0
    for (let i = 0; i < RUNS; i++) {
      const year = years[i % years.length]
      const pool = agencies.get(year) ?? []
      const n = 8 + (i % 9)
      const picked = pool.filter((_, k) => k % Math.max(1, Math.floor(pool.length / n)) === 0).slice(0, n)
      const q = make(year, picked)
      await makeYearRows(run, made, q.perYear) // the stored answers it reads, made before it is timed (the app makes them at idle)
      const before = process.cpuUsage()
      rows = statement.query(...q.params).numRows
      const cpu = process.cpuUsage(before)
      ms.push((cpu.user + cpu.system) / 1000)
    }
    statement.close()
    const s = summarise(ms)
    if (print) console.log(`  ${name.padEnd(9)} CPU ms p50 ${s.median.toFixed(1).padStart(5)}  p95 ${s.p95.toFixed(1).padStart(5)}  (${rows} rows, ${RUNS} runs)`)
  }
}
await measure(false)
await measure(true)

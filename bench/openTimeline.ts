/**
 * Where opening the 1,000,000-observation tables (or, with `--seed`, the bundled reports' cold start)
 * spends its time (not part of `npm run bench`):
 * one fresh browser on the bench's build (or `--app DIR`) per run, and on the page's own clock
 * every request started in the first 4 s (scripts, tables, wasm: start → response end), every
 * DuckDB-wasm round trip (start + ms, type, the start of its SQL), the main thread's tasks over
 * 100 ms, DuckDB ready and each chart's last setOption and `finished`. Run the bench once first
 * (it builds the app and copies the synthetic tables next to it).
 *
 * `--cpu` also samples the page's main thread (CDP Profiler) from navigation and prints the
 * functions with the most self and total time between DuckDB ready and interactive, then over the
 * whole open (a build with `build.minify: false` names them); `--cpu-out FILE` writes the last
 * run's profile (DevTools opens it).
 *
 *   npx tsx bench/openTimeline.ts [--app DIR] [--runs N] [--seed] [--cpu [--top N] [--cpu-out FILE]]
 */
import { serveStatic } from '../tests/e2e/server'
import { APP_OUT, SYNTH_DATA } from './build'
import { launch, newContext } from './browser'
import { hashOf, universeOf, type Sel } from './plan'
import type { Settled } from './instrument'
import { printProfile, type CpuProfile } from './cpuProfile'
import { writeFileSync } from 'node:fs'

const argv = process.argv.slice(2)
const arg = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d)
const APP = arg('--app', APP_OUT)
const RUNS = Number(arg('--runs', '1'))
const SEED = argv.includes('--seed')
const CPU = argv.includes('--cpu')
const TOP = Number(arg('--top', '30'))
const CPU_OUT = arg('--cpu-out', '')

type State = {
  requests: { type: string; start: number; end: number; sql?: string }[]
  longTasks: { start: number; duration: number }[]
  charts: { set: number[]; finished: number[] }[]
}

const ms = (x: number) => x.toFixed(0).padStart(6)

async function main(): Promise<void> {
  const u = await universeOf(SYNTH_DATA)
  const last = u.years[u.years.length - 1]
  const start: Sel = { agencies: u.byYear.get(last)!.filter((_, i) => i % 417 === 0).slice(0, 12), year: last, headline: {} }
  const server = await serveStatic(APP)
  try {
    for (let run = 0; run < RUNS; run++) {
      const browser = await launch()
      try {
        const page = await (await newContext(browser)).newPage()
        const cdp = CPU ? await page.context().newCDPSession(page) : null
        if (cdp) {
          await cdp.send('Performance.enable')
          await cdp.send('Profiler.enable')
          await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
          await cdp.send('Profiler.start')
        }
        const files: { path: string; start: number; end: number }[] = []
        page.on('requestfinished', (req) => {
          const t = req.timing()
          files.push({ path: new URL(req.url()).pathname, start: t.startTime, end: t.startTime + t.responseEnd })
        })
        await page.goto(SEED ? `${server.url}/` : `${server.url}/?data=data-synth${hashOf(start)}`, { waitUntil: 'domcontentloaded' })
        const origin = await page.evaluate(() => performance.timeOrigin)
        const s = (await page.evaluate(() => (window as unknown as { __bench: { settle(a: number, b: number, c: number, d: boolean): Promise<unknown> } }).__bench.settle(0, 400, 900_000, true))) as Settled
        const st = (await page.evaluate(() => {
          const x = (window as unknown as { __bench: { state: State } }).__bench.state
          return { requests: x.requests, longTasks: x.longTasks, charts: x.charts.map((c) => ({ set: c.set, finished: c.finished })) }
        })) as State
        console.log(`\nrun ${run + 1}: ready ${s.ready.toFixed(0)} ms, interactive ${Math.max(s.ready, s.allFinished).toFixed(0)} ms (${s.ok ? 'settled' : s.reason})`)
        for (const f of files.filter((f) => f.start - origin < 4000).sort((a, b) => a.start - b.start)) {
          console.log(`  file ${ms(f.start - origin)} → ${ms(f.end - origin)}  ${f.path}`)
        }
        for (const q of st.requests) console.log(`  duck ${ms(q.start)} + ${ms(q.end - q.start)}  ${q.type} ${(q.sql ?? '').replace(/\s+/g, ' ').slice(0, 90)}`)
        for (const t of st.longTasks.filter((t) => t.duration > 100)) console.log(`  long ${ms(t.start)} + ${ms(t.duration)}`)
        st.charts.forEach((c, i) => console.log(`  chart ${i}: last set ${ms(c.set[c.set.length - 1])}, finished ${ms(Math.max(-1, ...c.finished))}`))
        if (cdp) {
          const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
          // The page's clock on the profile's (µs of the same monotonic clock): read side by side.
          const before = await page.evaluate(() => performance.now())
          const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
          const after = await page.evaluate(() => performance.now())
          const zero = metrics.find((m) => m.name === 'Timestamp')!.value * 1e6 - ((before + after) / 2) * 1e3
          const from = zero + s.ready * 1e3
          const to = zero + Math.max(s.ready, s.allFinished) * 1e3
          printProfile(profile, TOP, (us) => us >= from && us <= to, 'from DuckDB ready to interactive')
          printProfile(profile, TOP, () => true, 'over the whole open')
          if (CPU_OUT) writeFileSync(CPU_OUT, JSON.stringify(profile))
        }
      } finally {
        await browser.close()
      }
    }
  } finally {
    await server.close()
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)

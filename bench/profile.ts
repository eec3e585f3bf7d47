/**
 * Where a selection change's time goes (not part of `npm run bench`): opens the app built by the
 * last bench run (`node_modules/.cache/rol-bench/app`) at one scale, makes the bench's own
 * selection changes and prints, per change and summed over them, every DuckDB-wasm round trip
 * (request type, ms, the start of its SQL), the main thread's long tasks (Vue, ECharts, Arrow →
 * rows) and each chart's setOption → `finished`.
 *
 *   npx tsx bench/profile.ts [--scale seed|1m|city300] [--changes 20] [--verbose] [--cpu [--top N] [--by-kind] [--cpu-out FILE]] [--app DIR]
 *
 * `--app DIR`: another build of the app (with the bench's data copies, e.g. a saved copy of the
 * cache directory from before a change), for a before/after on the same machine minutes apart.
 *
 * `--cpu` also samples the page's main thread (CDP Profiler) over the changes and prints the
 * functions with the most self time and the most total time (the build is minified: file:line:column
 * locate them; a build with `build.minify: false` names them); `--cpu-out FILE` also writes the
 * profile (DevTools' Performance panel opens it); `--by-kind` also prints the lists for each kind of
 * change (agencies, year, indicator) alone: the samples between the CPU readings before and after
 * each change of that kind (CDP's `Timestamp` is the profile's clock).
 */
import { writeFileSync } from 'node:fs'
import { serveStatic } from '../tests/e2e/server'
import { APP_OUT } from './build'
import { changeApp, launch, openSettled } from './browser'
import { hashOf, scalePlan } from './plan'
import { ALL_SCALES, SCALE_INFO, type Scale } from './scales'
import { summarise } from './stats'
import { printProfile, type CpuProfile } from './cpuProfile'

const argv = process.argv.slice(2)
const arg = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d)
const scale = arg('--scale', 'seed') as Scale
const CHANGES = Number(arg('--changes', '20'))
const WARMUP = 3
const VERBOSE = argv.includes('--verbose')
const CPU = argv.includes('--cpu')
const TOP = Number(arg('--top', '30'))
const CPU_OUT = arg('--cpu-out', '')
const BY_KIND = argv.includes('--by-kind')
const APP = arg('--app', APP_OUT)
if (!ALL_SCALES.includes(scale)) throw new Error(`--scale: one of ${ALL_SCALES.join(', ')}`)

interface Sample {
  kind: string
  finished: number
  /** Each round trip: type, ms, start of its SQL, and when it was posted (ms after the change). */
  requests: { type: string; ms: number; sql: string; at: number }[]
  longTaskMs: number
  /** CPU time of the page's main thread over the change and its quiet wait (ms; load on the machine hardly moves it). */
  threadMs: number
  /** Style recalculation and layout over the change (ms, wall clock). */
  styleLayoutMs: number
  /** The change's span on the CPU profile's clock (µs): from the CPU reading before it to the one after its quiet wait. */
  span: [number, number]
  /** Per chart updated: setOption calls, ms from the change to its last setOption and to its last `finished`. */
  charts: { sets: number; fresh: number; setAt: number; finishedAt: number }[]
}

type State = {
  requests: { type: string; start: number; end: number; sql?: string }[]
  longTasks: { start: number; duration: number }[]
  charts: { set: number[]; fresh: number[]; finished: number[] }[]
}

/** A short name for a query: the first words after the CTEs' names, and the tables it reads. */
function label(sql: string): string {
  const tables = [...new Set([...sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)/gi)].map((m) => m[1]))].join(',')
  return `${sql.replace(/\s+/g, ' ').slice(0, 70)} … [${tables}]`
}

async function main(): Promise<void> {
  const { start, plan } = await scalePlan(scale, WARMUP + CHANGES)
  const server = await serveStatic(APP)
  const browser = await launch()
  try {
    const a = await openSettled(browser, `${server.url}/${SCALE_INFO[scale].query}${hashOf(start)}`)
    await a.heap.stop()
    console.log(`${SCALE_INFO[scale].long}: open ${a.cold.ok ? 'settled' : a.cold.reason}, ready ${a.cold.ready.toFixed(0)} ms`)
    const samples: Sample[] = []
    const cdp = await a.page.context().newCDPSession(a.page)
    await cdp.send('Performance.enable')
    /** Main thread CPU, style and layout time so far (ms). */
    const metrics = async () => {
      const m = ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics
      const ms = (name: string) => m.find((x) => x.name === name)!.value * 1000
      return { thread: ms('ThreadTime'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration'), us: ms('Timestamp') * 1000 }
    }
    for (let i = 0; i < plan.length; i++) {
      if (CPU && i === WARMUP) {
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
        await cdp.send('Profiler.start')
      }
      const t0 = await a.page.evaluate(() => performance.now())
      const m0 = await metrics()
      const r = await changeApp(a.page, hashOf(plan[i].sel), plan[i].kind)
      const m1 = await metrics()
      const st = (await a.page.evaluate(() => {
        const s = (window as unknown as { __bench: { state: State } }).__bench.state
        return { requests: s.requests, longTasks: s.longTasks, charts: s.charts.map((c) => ({ set: c.set, fresh: c.fresh, finished: c.finished })) }
      })) as State
      if (i < WARMUP) continue
      const sample: Sample = {
        kind: plan[i].kind,
        finished: r.finished,
        requests: st.requests.filter((q) => q.start >= t0).map((q) => ({ type: q.type, ms: q.end - q.start, sql: q.sql ? label(q.sql) : '', at: q.start - t0 })),
        longTaskMs: st.longTasks.filter((x) => x.start >= t0).reduce((n, x) => n + x.duration, 0),
        threadMs: m1.thread - m0.thread,
        styleLayoutMs: m1.style - m0.style + m1.layout - m0.layout,
        span: [m0.us, m1.us],
        charts: st.charts
          .filter((c) => c.set.some((x) => x >= t0))
          .map((c) => ({ sets: c.set.filter((x) => x >= t0).length, fresh: c.fresh.filter((x) => x >= t0).length, setAt: c.set[c.set.length - 1] - t0, finishedAt: Math.max(-1, ...c.finished.filter((x) => x >= t0)) - t0 })),
      }
      samples.push(sample)
      if (VERBOSE) {
        console.log(`\n#${i} ${sample.kind}: ${sample.finished.toFixed(0)} ms; long tasks ${sample.longTaskMs.toFixed(0)} ms; main-thread CPU ${sample.threadMs.toFixed(0)} ms; charts (setOption calls, f if notMerge, × last set → finished, ms after the change) ${sample.charts.map((c) => `${c.sets}${'f'.repeat(c.fresh)}×${c.setAt.toFixed(0)}→${c.finishedAt.toFixed(0)}`).join(' ')}`)
        for (const q of sample.requests) console.log(`   ${q.type.padEnd(16)} @${q.at.toFixed(0).padStart(4)} ${q.ms.toFixed(0).padStart(5)} ms  ${q.sql}`)
      }
    }
    if (CPU) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
      printProfile(profile, TOP)
      for (const kind of BY_KIND ? [...new Set(samples.map((s) => s.kind))] : []) {
        const spans = samples.filter((s) => s.kind === kind).map((s) => s.span)
        printProfile(profile, TOP, (us) => spans.some(([from, to]) => us >= from && us <= to), `over the ${spans.length} ${kind} changes`)
      }
      if (CPU_OUT) writeFileSync(CPU_OUT, JSON.stringify(profile))
    }
    // Summed over the changes, by query.
    const byQuery = new Map<string, { n: number; ms: number[] }>()
    for (const s of samples) {
      for (const q of s.requests) {
        const k = `${q.type} ${q.sql}`
        const e = byQuery.get(k) ?? { n: 0, ms: [] }
        e.n++
        e.ms.push(q.ms)
        byQuery.set(k, e)
      }
    }
    console.log(`\n${samples.length} changes. Per change (median / p95):`)
    const line = (name: string, xs: number[]) => {
      const m = summarise(xs)
      console.log(`  ${name.padEnd(34)} ${m.median.toFixed(0).padStart(6)} / ${m.p95.toFixed(0).padStart(6)}`)
    }
    line('change → all charts finished (ms)', samples.map((s) => s.finished))
    for (const kind of [...new Set(samples.map((s) => s.kind))]) line(`  ${kind}`, samples.filter((s) => s.kind === kind).map((s) => s.finished))
    line('DuckDB round trips (count)', samples.map((s) => s.requests.length))
    line('DuckDB summed (ms)', samples.map((s) => s.requests.reduce((n, q) => n + q.ms, 0)))
    line('main-thread long tasks (ms)', samples.map((s) => s.longTaskMs))
    line('main-thread CPU (ms)', samples.map((s) => s.threadMs))
    for (const kind of [...new Set(samples.map((s) => s.kind))]) line(`  ${kind}`, samples.filter((s) => s.kind === kind).map((s) => s.threadMs))
    line('style + layout (ms)', samples.map((s) => s.styleLayoutMs))
    line('charts: set → finished, summed (ms)', samples.map((s) => s.charts.reduce((n, c) => n + c.finishedAt - c.setAt, 0)))
    line('charts updated', samples.map((s) => s.charts.length))
    line('setOption calls', samples.map((s) => s.charts.reduce((n, c) => n + c.sets, 0)))
    line('  with notMerge', samples.map((s) => s.charts.reduce((n, c) => n + c.fresh, 0)))
    console.log('\nDuckDB round trips over all changes, most time first (count, total ms, median ms):')
    for (const [k, e] of [...byQuery].sort((x, y) => y[1].ms.reduce((a, b) => a + b, 0) - x[1].ms.reduce((a, b) => a + b, 0))) {
      console.log(`  ${String(e.n).padStart(4)} ${e.ms.reduce((a, b) => a + b, 0).toFixed(0).padStart(7)} ${summarise(e.ms).median.toFixed(0).padStart(5)}  ${k}`)
    }
  } finally {
    await browser.close()
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

/**
 * `npm run bench`: builds the app and the floor page, serves both on 127.0.0.1, drives headless
 * Chromium and measures, alternating app and floor runs:
 *   1. cold start (fresh browser each run): DuckDB ready, first chart frame / `finished`, fully interactive;
 *   2. selection changes on Overview (agency set, year, headline indicator) at seed scale, at
 *      1,000,000 synthetic observations and in the 300-agency × 8-year city, p50/p95, against the
 *      floor's filtered GROUP BY + repaint;
 *   3. extraction throughput in Node (≥ 50 MB corpus) and through the import Worker in the browser;
 *   4. transfer sizes (initial JS before DuckDB starts, wasm, fonts) and peak JS heap.
 * Writes bench/results/latest.json and bench/results/latest.md and prints the table.
 *
 *   npm run bench                      full run (≈ 10 min on 2 cores)
 *   npm run bench -- --quick           2 runs, 12 changes, 10 MB corpus (checks the harness)
 *   options: --runs N  --changes N  --open-runs N  --skip-build  --only cold,open,interaction,extraction,worker  --scales seed,1m,city300
 *            --versus DIR (another build of the app, opened on the 1M tables beside this one)
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem } from 'node:os'
import { join } from 'node:path'
import { serveStatic, type StaticServer } from '../tests/e2e/server'
import { APP_OUT, buildAll, copySynth, FLOOR_OUT, ROOT, SEED_DATA, SYNTH_DATA } from './build'
import { ALL_SCALES, SCALE_INFO, type Scale } from './scales'
import { changeApp, changeFloor, CHROMIUM, coldRun, launch, newContext, openSettled, type ChangeResult, type ColdRun } from './browser'
import { floorPatterns, hashOf, scalePlan, universeOf, type Sel } from './plan'
import { measureExtraction } from './extraction'
import { renderMarkdown } from './report'
import { latestRun, updateReadme, writeRun } from './history'
import { summarise } from './stats'
import { measureSizes, summariseChanges, summariseCold, targetsOf, type BenchResult, type InteractionSide, type OpenSide } from './result'

// ---------- options ----------
const argv = process.argv.slice(2)
const flag = (k: string) => argv.includes(k)
const opt = (k: string, d: number) => {
  const i = argv.indexOf(k)
  return i >= 0 ? Number(argv[i + 1]) : d
}
const QUICK = flag('--quick')
const RUNS = opt('--runs', QUICK ? 2 : 7)
const CHANGES = opt('--changes', QUICK ? 12 : 60)
const WARMUP = QUICK ? 2 : 5
const CORPUS_MB = opt('--corpus-mb', QUICK ? 10 : 50)
const WORKER_MB = opt('--worker-mb', QUICK ? 2 : 5)
const OPEN_RUNS = opt('--open-runs', QUICK ? 1 : 3)
const onlyArg = argv.indexOf('--only') >= 0 ? argv[argv.indexOf('--only') + 1].split(',') : null
const doPart = (p: string) => !onlyArg || onlyArg.includes(p)
const SCALES = (argv.indexOf('--scales') >= 0 ? argv[argv.indexOf('--scales') + 1].split(',') : ALL_SCALES).filter((x): x is Scale => (ALL_SCALES as string[]).includes(x))
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`)

// ---------- measures ----------
async function measureCold(app: StaticServer, floor: StaticServer): Promise<{ app: ColdRun[]; floor: ColdRun[] }> {
  const out = { app: [] as ColdRun[], floor: [] as ColdRun[] }
  const seedObservations = (await universeOf(SEED_DATA)).observations
  for (let i = 0; i < RUNS; i++) {
    const order: ('app' | 'floor')[] = i % 2 ? ['floor', 'app'] : ['app', 'floor']
    for (const which of order) {
      const r = await coldRun(which === 'app' ? `${app.url}/` : `${floor.url}/index.html?rows=${seedObservations}`)
      out[which].push(r)
      log(
        `  cold ${which} ${i + 1}/${RUNS}: ready ${r.ready.toFixed(0)} ms, first chart ${r.firstFinished.toFixed(0)} ms (frame ${r.firstRendered.toFixed(0)}), interactive ${r.interactive.toFixed(0)} ms` +
          (r.ok ? '' : ` — NOT SETTLED: ${r.reason}`) +
          (r.errors.length ? ` — page errors: ${r.errors.join(' | ')}` : '') +
          (r.foreign.length ? ` — non-local requests: ${r.foreign.join(' ')}` : ''),
      )
    }
  }
  return out
}

async function measureInteraction(
  app: StaticServer,
  floor: StaticServer,
  scale: Scale,
): Promise<{ app: InteractionSide; floor: InteractionSide; samples: { app: ChangeResult[]; floor: number[] } }> {
  const { u, start, plan } = await scalePlan(scale, WARMUP + CHANGES)
  const patterns = floorPatterns(WARMUP + CHANGES)
  const browser = await launch()
  try {
    const query = SCALE_INFO[scale].query
    const a = await openSettled(browser, `${app.url}/${query}${hashOf(start)}`)
    log(`  ${scale}: app open (${a.cold.ok ? 'settled' : a.cold.reason}) ready ${a.cold.ready.toFixed(0)} ms, charts ${a.cold.updated}` + (a.errors.length ? ` — page errors: ${a.errors.join(' | ')}` : ''))
    const f = await openSettled(browser, `${floor.url}/index.html?rows=${u.observations}`)
    log(`  ${scale}: floor open (${f.cold.ok ? 'settled' : f.cold.reason}) ready ${f.cold.ready.toFixed(0)} ms` + (f.errors.length ? ` — page errors: ${f.errors.join(' | ')}` : ''))
    const appResults: ChangeResult[] = []
    const floorResults: ChangeResult[] = []
    for (let i = 0; i < plan.length; i++) {
      const ra = await changeApp(a.page, hashOf(plan[i].sel), plan[i].kind)
      const rf = await changeFloor(f.page, patterns[i])
      if (i >= WARMUP) {
        appResults.push(ra)
        floorResults.push(rf)
      }
      if (!ra.ok) log(`  ${scale}: app change ${i + 1} (${plan[i].kind}) did not settle (${ra.updated} charts updated)`)
      if ((i + 1) % 20 === 0) log(`  ${scale}: ${i + 1}/${plan.length} changes`)
    }
    const appSide = summariseChanges(appResults)
    log(`  ${scale}: app finished p50 ${appSide.finished.median.toFixed(0)} / p95 ${appSide.finished.p95.toFixed(0)} ms, first frame p50 ${appSide.firstFrame.median.toFixed(0)} / p95 ${appSide.firstFrame.p95.toFixed(0)} ms`)
    appSide.peakHeapMB = (await a.heap.stop()) / 2 ** 20
    appSide.coldMs = Math.max(a.cold.ready, a.cold.allFinished)
    const floorSide = summariseChanges(floorResults)
    floorSide.peakHeapMB = (await f.heap.stop()) / 2 ** 20
    floorSide.coldMs = Math.max(f.cold.ready, f.cold.allFinished)
    return { app: appSide, floor: floorSide, samples: { app: appResults, floor: floorResults.map((x) => x.finished) } }
  } finally {
    await browser.close()
  }
}

/** Another build of the app (`--versus DIR`, e.g. the previous commit's `vite build`) opened beside this one: a before/after in one run. */
const VERSUS = argv.indexOf('--versus') >= 0 ? argv[argv.indexOf('--versus') + 1] : null

async function measureOpen(app: StaticServer, floor: StaticServer, versus: StaticServer | null): Promise<Record<string, OpenSide>> {
  const u = await universeOf(SYNTH_DATA)
  const start: Sel = { agencies: u.byYear.get(u.years[u.years.length - 1])!.filter((_, i) => i % 417 === 0).slice(0, 12), year: u.years[u.years.length - 1], headline: {} }
  const targets = [
    { name: 'app', url: `${app.url}/?data=data-synth${hashOf(start)}` },
    ...(versus ? [{ name: `app, --versus build (${VERSUS})`, url: `${versus.url}/?data=data-synth${hashOf(start)}` }] : []),
    { name: 'floor', url: `${floor.url}/index.html?rows=${u.observations}` },
  ]
  const runs = new Map<string, ColdRun[]>(targets.map((t) => [t.name, []]))
  for (let i = 0; i < OPEN_RUNS; i++) {
    // Rotate the order so no side always runs first (or last) on the shared machine.
    for (let k = 0; k < targets.length; k++) {
      const t = targets[(i + k) % targets.length]
      const r = await coldRun(t.url, { timeoutMs: 900_000 })
      runs.get(t.name)!.push(r)
      log(`  open 1M ${t.name} ${i + 1}/${OPEN_RUNS}: ready ${r.ready.toFixed(0)} ms, interactive ${r.interactive.toFixed(0)} ms` + (r.ok ? '' : ` — NOT SETTLED: ${r.reason}`) + (r.errors.length ? ` — page errors: ${r.errors.join(' | ')}` : ''))
    }
  }
  const out: Record<string, OpenSide> = {}
  for (const [name, rs] of runs) {
    const ok = rs.filter((r) => r.ok)
    out[name] = {
      ready: summarise(ok.map((r) => r.ready)),
      interactive: summarise(ok.map((r) => r.interactive)),
      peakHeapMB: summarise(ok.map((r) => r.peakHeap / 2 ** 20)),
      tablesReceived: summarise(ok.map((r) => Math.max(-1, ...r.requests.filter((q) => /\.(?:arrow|parquet)$/.test(q.path) && !/report_texts/.test(q.path)).map((q) => q.end)))).median,
      rowsIn: summarise(ok.map((r) => r.rowsIn)).median,
    }
  }
  return out
}

async function measureWorker(floor: StaticServer): Promise<{ cold: number[]; warm: number[]; bytes: number; files: number; failures: number }> {
  const cold: number[] = []
  const warm: number[] = []
  let bytes = 0
  let files = 0
  let failures = 0
  for (let i = 0; i < RUNS; i++) {
    const browser = await launch()
    try {
      const page = await (await newContext(browser)).newPage()
      await page.goto(`${floor.url}/worker.html`, { waitUntil: 'domcontentloaded' })
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
      type Lab = { __workerLab: { run(b: number): Promise<{ ms: number; bytes: number; files: number; failures: number }> } }
      const first = await page.evaluate((b) => (window as unknown as Lab).__workerLab.run(b), WORKER_MB * 1e6)
      const second = await page.evaluate((b) => (window as unknown as Lab).__workerLab.run(b), WORKER_MB * 1e6)
      cold.push(first.bytes / 1e6 / (first.ms / 1000))
      warm.push(second.bytes / 1e6 / (second.ms / 1000))
      bytes = first.bytes
      files = first.files
      failures += first.failures + second.failures
      log(`  worker ${i + 1}/${RUNS}: first call ${cold[i].toFixed(1)} MB/s, second ${warm[i].toFixed(1)} MB/s (${files} files, ${(bytes / 1e6).toFixed(1)} MB)`)
    } finally {
      await browser.close()
    }
  }
  return { cold, warm, bytes, files, failures }
}

// ---------- main ----------
function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'unknown'
  }
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.error(`error: no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`)
    process.exit(2)
  }
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      os: `${process.platform} ${release()}`,
      node: process.version,
      chromium: chromiumVersion(),
      loadStart: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    config: { runs: RUNS, changes: CHANGES, warmup: WARMUP, corpusMB: CORPUS_MB, workerMB: WORKER_MB, quick: QUICK },
  }
  log(`load average ${result.machine.loadStart.join(' ')} on ${result.machine.cores} cores`)
  const built = await buildAll({ skipBuild: flag('--skip-build'), log })
  result.entry = { app: built.appEntry, floor: built.floorEntry }
  const app = await serveStatic(APP_OUT)
  const floor = await serveStatic(FLOOR_OUT)
  try {
    if (doPart('cold')) {
      log(`cold start: ${RUNS} runs each, alternating app and floor`)
      const cold = await measureCold(app, floor)
      result.cold = { app: summariseCold(cold.app), floor: summariseCold(cold.floor), samples: cold }
      result.sizes = measureSizes(cold)
    }
    if (doPart('open')) {
      log(`opening the app on 1,000,000 observations: ${OPEN_RUNS} runs each of the app${VERSUS ? ` and the build in ${VERSUS}` : ''} and the floor, in turn`)
      let versus: StaticServer | null = null
      if (VERSUS) {
        copySynth(VERSUS, true)
        versus = await serveStatic(VERSUS)
      }
      try {
        result.open = await measureOpen(app, floor, versus)
      } finally {
        await versus?.close()
      }
    }
    if (doPart('interaction')) {
      result.interaction = {}
      for (const scale of SCALES) {
        log(`selection changes at ${SCALE_INFO[scale].long}: ${CHANGES} (+${WARMUP} warm-up), app and floor alternating`)
        result.interaction[scale] = await measureInteraction(app, floor, scale)
      }
    }
    if (doPart('worker')) {
      log(`extraction through the import Worker: ${WORKER_MB} MB corpus, ${RUNS} runs`)
      const w = await measureWorker(floor)
      result.worker = { cold_mbps: summarise(w.cold), warm_mbps: summarise(w.warm), bytes: w.bytes, files: w.files, failures: w.failures }
    }
  } finally {
    await app.close()
    await floor.close()
  }
  if (doPart('extraction')) {
    log(`extraction in Node: corpus ≥ ${CORPUS_MB} MB, ${RUNS} runs`)
    const x = await measureExtraction({ minBytes: CORPUS_MB * 1e6, runs: RUNS, log })
    result.extraction = {
      ...x,
      process_mbps: summarise(x.process.map((p) => p.mbPerS)),
      extract_mbps: summarise(x.extractOnly.map((p) => p.mbPerS)),
      process_cpu_mbps: summarise(x.process.map((p) => p.mbPerCpuS)),
      extract_cpu_mbps: summarise(x.extractOnly.map((p) => p.mbPerCpuS)),
    }
  }
  result.machine.loadEnd = loadavg().map((x) => Math.round(x * 100) / 100)
  const dir = join(ROOT, 'bench/results')
  const stamp = { date: result.date, load: result.machine.loadStart }
  result.parts = {}
  for (const k of ['cold', 'open', 'worker', 'extraction'] as const) if (result[k]) result.parts[k] = stamp
  for (const k of SCALES) if (result.interaction?.[k]) result.parts[`interaction-${k}`] = stamp
  // A partial run (--only / --scales) keeps what it did not measure from the latest run.
  const prev = onlyArg || SCALES.length < ALL_SCALES.length ? latestRun(dir) : null
  if (prev) {
    const prevStamp = { date: prev.date, load: prev.machine.loadStart }
    const keep = (k: string) => (result.parts![k] = prev.parts?.[k] ?? prevStamp)
    if (!result.cold && prev.cold) {
      result.cold = prev.cold
      result.sizes = prev.sizes
      keep('cold')
    }
    for (const k of ['open', 'worker', 'extraction'] as const) {
      if (!result[k] && prev[k]) {
        ;(result as unknown as Record<string, unknown>)[k] = prev[k]
        keep(k)
      }
    }
    for (const k of ALL_SCALES) {
      if (!result.interaction?.[k] && prev.interaction?.[k]) {
        result.interaction = { ...result.interaction, [k]: prev.interaction[k] }
        keep(`interaction-${k}`)
      }
    }
  }
  result.targets = targetsOf(result)
  mkdirSync(dir, { recursive: true })
  const file = writeRun(dir, result)
  const md = renderMarkdown(result)
  writeFileSync(join(dir, 'latest.md'), md)
  updateReadme(join(ROOT, 'README.md'), result)
  console.log('\n' + md)
  log(`wrote ${file.slice(ROOT.length + 1)}, bench/results/latest.md and the README's bench table`)
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)

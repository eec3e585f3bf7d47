/** The Markdown table written to bench/results/latest.md (and printed by `npm run bench`). */
import type { BenchResult } from './result'
import { ALL_SCALES, SCALE_INFO } from './scales'
import type { Summary } from './stats'

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)}` : 'n/a')
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`
const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`
const mmm = (s: Summary, f: (x: number) => string = ms) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`
const x2 = (a: number, b: number) => (Number.isFinite(a / b) && b ? `${(a / b).toFixed(2)}×` : 'n/a')

export function renderMarkdown(r: BenchResult): string {
  const m = r.machine
  const L: string[] = []
  L.push(`# Benchmark — ${r.date.slice(0, 16).replace('T', ' ')} UTC`)
  L.push('')
  L.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; ${m.chromium}; ` +
      `load average ${m.loadStart.join(' ')} at start, ${m.loadEnd?.join(' ') ?? '?'} at end. ` +
      `${r.config.runs} runs per cold-start measure, ${r.config.changes} selection changes per scale${r.config.quick ? ' (quick run: harness check, not for quoting)' : ''}.`,
  )
  const stamps = Object.entries(r.parts ?? {})
  if (new Set(stamps.map(([, v]) => v.date)).size > 1) {
    L.push('')
    L.push(`Parts measured at different times: ${stamps.map(([k, v]) => `${k} ${v.date.slice(0, 16).replace('T', ' ')} (load ${v.load.join(' ')})`).join('; ')}.`)
  }
  L.push('')
  L.push('Times in ms from navigation start as median (min–max); ratio = app ÷ floor. The floor is `bench/floor/`: DuckDB-wasm from the same bundles, one query, one ECharts chart without animation.')
  L.push('')
  if (r.targets?.length) {
    L.push('## Targets')
    L.push('')
    L.push('| target | measured | limit | met |')
    L.push('| --- | --- | --- | --- |')
    for (const t of r.targets) L.push(`| ${t.name} | ${t.value}${t.note ? ` (${t.note})` : ''} | ${t.limit} | ${t.met == null ? '–' : t.met ? 'yes' : '**no**'} |`)
    L.push('')
  }
  if (r.cold) {
    const a = r.cold.app
    const f = r.cold.floor
    L.push('## Cold start (fresh browser per run)')
    L.push('')
    L.push('| measure | app (Overview) | floor | ratio |')
    L.push('| --- | --- | --- | --- |')
    L.push(`| DuckDB ready (tables loaded) | ${mmm(a.ready)} | ${mmm(f.ready)} | ${x2(a.ready.median, f.ready.median)} |`)
    L.push(`| first chart: first frame | ${mmm(a.firstRendered)} | ${mmm(f.firstRendered)} | ${x2(a.firstRendered.median, f.firstRendered.median)} |`)
    L.push(`| first chart: \`finished\` | ${mmm(a.firstFinished)} | ${mmm(f.firstFinished)} | ${x2(a.firstFinished.median, f.firstFinished.median)} |`)
    L.push(`| fully interactive (ready + every chart finished) | ${mmm(a.interactive)} | ${mmm(f.interactive)} | ${x2(a.interactive.median, f.interactive.median)} |`)
    L.push(`| peak JS heap, main thread (MB) | ${mmm(a.peakHeapMB, (x) => x.toFixed(1))} | ${mmm(f.peakHeapMB, (x) => x.toFixed(1))} | ${x2(a.peakHeapMB.median, f.peakHeapMB.median)} |`)
    L.push('')
    L.push('Where the time goes (medians, ms from navigation start):')
    L.push('')
    L.push('| step | app | floor |')
    L.push('| --- | --- | --- |')
    for (const k of Object.keys(a.timeline)) L.push(`| ${k} | ${ms(a.timeline[k])} | ${ms(f.timeline[k])} |`)
    L.push('')
    if (a.duckdb) {
      const types = [...new Set([...Object.keys(a.duckdb), ...Object.keys(f.duckdb ?? {})])]
      L.push('DuckDB-wasm round trips until interactive (median count, summed ms; work inside the worker, main thread mostly waiting):')
      L.push('')
      L.push('| request | app | floor |')
      L.push('| --- | --- | --- |')
      const cell = (x?: { n: number; ms: number }) => (x ? `${x.n} × , ${ms(x.ms)} ms` : '–')
      for (const t of types) L.push(`| ${t} | ${cell(a.duckdb[t])} | ${cell(f.duckdb?.[t])} |`)
      L.push('')
    }
  }
  if (r.open) {
    const floor = r.open.floor
    L.push('## Opening 1,000,000 observations (fresh browser per run, in turn)')
    L.push('')
    L.push('| way | DuckDB ready | fully interactive | ÷ floor (interactive) | core tables received | every row in DuckDB | peak JS heap (MB) |')
    L.push('| --- | --- | --- | --- | --- | --- | --- |')
    for (const [name, o] of Object.entries(r.open)) {
      L.push(`| ${name} | ${mmm(o.ready)} | ${mmm(o.interactive)} | ${x2(o.interactive.median, floor.interactive.median)} | ${name === 'floor' ? '–' : ms(o.tablesReceived)} | ${name === 'floor' || o.rowsIn === undefined ? '–' : ms(o.rowsIn)} | ${mmm(o.peakHeapMB, (x) => x.toFixed(0))} |`)
    }
    L.push('')
  }
  if (r.interaction) {
    L.push('## Selection change → every chart of the view repainted')
    L.push('')
    L.push('`finished` = ECharts `finished` on every updated chart (includes the update animation); first frame = first frame drawn after the change. Floor = filtered GROUP BY + repaint of its chart.')
    L.push('')
    L.push('| scale | app `finished` p50 / p95 | app first frame p50 / p95 | floor p50 / p95 | by kind (app `finished` p50 / p95) | app: DuckDB ms, setOption calls per change (median) | peak heap app / floor |')
    L.push('| --- | --- | --- | --- | --- | --- | --- |')
    for (const scale of ALL_SCALES) {
      const s = r.interaction[scale]
      if (!s) continue
      const kinds = Object.entries(s.app.byKind).map(([k, v]) => `${k} ${ms(v.finished.median)} / ${ms(v.finished.p95)}`).join('; ')
      L.push(
        `| ${SCALE_INFO[scale].table} | ${ms(s.app.finished.median)} / ${ms(s.app.finished.p95)} | ` +
          `${ms(s.app.firstFrame.median)} / ${ms(s.app.firstFrame.p95)} | ${ms(s.floor.finished.median)} / ${ms(s.floor.finished.p95)} | ${kinds}${s.app.failed ? `; ${s.app.failed} did not settle` : ''} | ` +
          `${s.app.duckdbMs ? `${ms(s.app.duckdbMs.median)} ms, ${s.app.setOptionsPerChange.median}` : 'n/a'} | ` +
          `${(s.app.peakHeapMB ?? NaN).toFixed(0)} / ${(s.floor.peakHeapMB ?? NaN).toFixed(0)} MB |`,
      )
    }
    const big = r.interaction['1m']
    if (big) L.push('', `Opening the app on the 1,000,000-observation tables took ${ms(big.app.coldMs ?? NaN)} ms to interactive (floor: ${ms(big.floor.coldMs ?? NaN)} ms, one table).`)
    L.push('')
  }
  if (r.extraction || r.worker) {
    L.push('## Extraction throughput (MB/s of report text, MB = 10⁶ bytes)')
    L.push('')
    L.push('| path | corpus | median (min–max) | per CPU second |')
    L.push('| --- | --- | --- | --- |')
    const x = r.extraction
    if (x) {
      const corpus = `${mb(x.corpus.bytes)}, ${x.corpus.files} files (${x.corpus.distinct} reports replicated)`
      const cpu = (s?: Summary) => (s ? mmm(s, (v) => v.toFixed(1)) : '–')
      L.push(`| Node, \`processReport\` (ingest + extract), one core | ${corpus} | ${mmm(x.process_mbps, (v) => v.toFixed(1))} | ${cpu(x.process_cpu_mbps)} |`)
      L.push(`| Node, \`extractReport\` only | ${corpus} | ${mmm(x.extract_mbps, (v) => v.toFixed(1))} | ${cpu(x.extract_cpu_mbps)} |`)
    }
    const w = r.worker
    if (w) {
      L.push(`| browser, \`importReports\` → extract.worker, first call (incl. Worker start) | ${mb(w.bytes)}, ${w.files} files | ${mmm(w.cold_mbps, (v) => v.toFixed(1))} | – |`)
      L.push(`| browser, same Worker, second call | ${mb(w.bytes)}, ${w.files} files | ${mmm(w.warm_mbps, (v) => v.toFixed(1))} | – |`)
    }
    L.push('')
  }
  if (r.sizes) {
    const s = r.sizes
    L.push('## Transfer sizes (gzip -9 / brotli -11, as a pre-compressing static server would send them)')
    L.push('')
    L.push('| what | raw | gzip | brotli |')
    L.push('| --- | --- | --- | --- |')
    L.push(`| app: initial JS before DuckDB starts (${s.app.initialJsFiles.length} files) | ${kb(s.app.initialJs.raw)} | ${kb(s.app.initialJs.gzip)} | ${kb(s.app.initialJs.brotli)} |`)
    L.push(`| floor: initial JS before DuckDB starts (${s.floor.initialJsFiles.length} files) | ${kb(s.floor.initialJs.raw)} | ${kb(s.floor.initialJs.gzip)} | ${kb(s.floor.initialJs.brotli)} |`)
    L.push(`| app − floor | ${kb(s.app.initialJs.raw - s.floor.initialJs.raw)} | ${kb(s.app.initialJs.gzip - s.floor.initialJs.gzip)} | ${kb(s.app.initialJs.brotli - s.floor.initialJs.brotli)} |`)
    L.push(`| app: initial CSS | ${kb(s.app.initialCss.raw)} | ${kb(s.app.initialCss.gzip)} | ${kb(s.app.initialCss.brotli)} |`)
    L.push(`| DuckDB wasm (${s.wasm.file}) | ${mb(s.wasm.raw)} | ${mb(s.wasm.gzip)} | ${mb(s.wasm.brotli)} |`)
    L.push(`| fonts fetched at start-up: app / floor | ${s.fontsLoaded.app} files, ${kb(s.fontsLoaded.appBytes)} / ${s.fontsLoaded.floor} files | | |`)
    L.push(`| fonts in the app build (loaded on demand) | ${s.fontsInBuild.files} files, ${mb(s.fontsInBuild.bytes)} | | |`)
    L.push(`| tables: seed / synthetic 1M (Parquet, zstd) | ${mb(s.data.seedBytes)} / ${mb(s.data.synthBytes)} | | |`)
    if (s.data.arrow) L.push(`| tables as the browser loads them: seed / synthetic 1M (Arrow IPC) | ${mb(s.data.arrow.seed.raw)} / ${mb(s.data.arrow.synth.raw)} | ${mb(s.data.arrow.seed.gzip)} / ${mb(s.data.arrow.synth.gzip)} | ${mb(s.data.arrow.seed.brotli)} / ${mb(s.data.arrow.synth.brotli)} |`)
    L.push('')
  }
  const entry = r.entry?.app.find((c) => /index/.test(c.file)) ?? r.entry?.app[0]
  if (entry) {
    L.push(`## What the app's entry chunk is made of (${entry.file}, ${kb(entry.bytes)} minified; parts in bytes before minification)`)
    L.push('')
    L.push('| part | bytes before minification |')
    L.push('| --- | --- |')
    for (const p of entry.parts.slice(0, 12)) L.push(`| ${p.name} | ${kb(p.bytes)} |`)
    L.push('')
  }
  return L.join('\n')
}

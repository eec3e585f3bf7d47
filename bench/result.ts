/**
 * What a bench run records (BenchResult, one file per run in results/) and how its parts are summed up from the
 * measurements ./run.ts takes: cold starts and selection changes summarised, transfer sizes, and the targets table
 * (each target with the app's and the floor's figure side by side).
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { APP_OUT, FLOOR_OUT, SEED_DATA, SYNTH_DATA, type ChunkInfo } from './build'
import { ALL_SCALES, SCALE_INFO, type Scale } from './scales'
import type { ChangeResult, ColdRun } from './browser'
import type { ExtractionResult } from './extraction'
import { addSizes, sizeOf, type FileSize } from './sizes'
import { ratio, summarise, type Summary } from './stats'

export interface ColdSummary {
  ready: Summary
  firstRendered: Summary
  firstFinished: Summary
  interactive: Summary
  peakHeapMB: Summary
  /** Medians of when things happen on the way (ms from navigation start). */
  timeline: Record<string, number>
  /** DuckDB-wasm round trips during start-up by request type (median count and summed ms). */
  duckdb: Record<string, { n: number; ms: number }>
}

export function summariseCold(runs: ColdRun[]): ColdSummary {
  const ok = runs.filter((r) => r.ok)
  const at = (r: ColdRun, re: RegExp, edge: 'start' | 'end') => {
    const x = r.requests.find((q) => re.test(q.path))
    return x ? x[edge] : NaN
  }
  const med = (f: (r: ColdRun) => number) => summarise(ok.map(f)).median
  const duckdb: ColdSummary['duckdb'] = {}
  for (const t of new Set(ok.flatMap((r) => Object.keys(r.duckdb ?? {})))) {
    duckdb[t] = { n: med((r) => r.duckdb?.[t]?.n ?? 0), ms: med((r) => r.duckdb?.[t]?.ms ?? 0) }
  }
  return {
    duckdb,
    ready: summarise(ok.map((r) => r.ready)),
    firstRendered: summarise(ok.map((r) => r.firstRendered)),
    firstFinished: summarise(ok.map((r) => r.firstFinished)),
    interactive: summarise(ok.map((r) => r.interactive)),
    peakHeapMB: summarise(ok.map((r) => r.peakHeap / 2 ** 20)),
    timeline: {
      'entry JS loaded': med((r) => {
        const js = r.requests.filter((q) => /\/assets\/index-[^/]*\.js$/.test(q.path))
        return js.length ? Math.max(...js.map((q) => q.end)) : NaN
      }),
      'DOMContentLoaded': med((r) => r.domContentLoaded),
      'DuckDB worker requested': med((r) => at(r, /duckdb-browser-(?:eh|mvp)\.worker[^/]*\.js$/, 'start')),
      'wasm requested': med((r) => at(r, /\.wasm$/, 'start')),
      'wasm received': med((r) => at(r, /\.wasm$/, 'end')),
      'first table requested': med((r) => at(r, /\.parquet$/, 'start')),
      'DuckDB ready (tables loaded)': med((r) => r.ready),
      'first chart frame': med((r) => r.firstRendered),
      'first chart finished': med((r) => r.firstFinished),
      'interactive': med((r) => r.interactive),
    },
  }
}

export interface InteractionSide {
  finished: Summary
  firstFrame: Summary
  /** Per change: DuckDB round trips (summed ms) and setOption calls over all charts. */
  duckdbMs: Summary
  setOptionsPerChange: Summary
  byKind: Record<string, { finished: Summary; firstFrame: Summary }>
  failed: number
  peakHeapMB?: number
  coldMs?: number
}

export function summariseChanges(xs: ChangeResult[]): InteractionSide {
  const ok = xs.filter((x) => x.ok)
  const byKind: InteractionSide['byKind'] = {}
  for (const k of new Set(ok.map((x) => x.kind))) {
    const ks = ok.filter((x) => x.kind === k)
    byKind[k] = { finished: summarise(ks.map((x) => x.finished)), firstFrame: summarise(ks.map((x) => x.firstFrame)) }
  }
  return {
    finished: summarise(ok.map((x) => x.finished)),
    firstFrame: summarise(ok.map((x) => x.firstFrame)),
    duckdbMs: summarise(ok.map((x) => x.duckdbMs)),
    setOptionsPerChange: summarise(ok.map((x) => x.setOptions)),
    byKind,
    failed: xs.length - ok.length,
  }
}

export interface OpenSide {
  ready: Summary
  interactive: Summary
  peakHeapMB: Summary
  /** Median ms from navigation start until the last table file arrived. */
  tablesReceived: number
  /** Median ms until DuckDB had every table's rows in (ColdRun `rowsIn`; the floor makes its table before ready). */
  rowsIn?: number
}

export interface Sizes {
  app: { initialJs: FileSize; initialJsFiles: string[]; initialCss: FileSize }
  floor: { initialJs: FileSize; initialJsFiles: string[] }
  wasm: FileSize & { file: string }
  fontsLoaded: { app: number; floor: number; appBytes: number }
  fontsInBuild: { files: number; bytes: number }
  data: { seedBytes: number; synthBytes: number; arrow?: { seed: FileSize; synth: FileSize } }
}

function initialFiles(run: ColdRun, dir: string, ext: RegExp): { files: string[]; size: FileSize } {
  // DuckDB starts when the entry asks for the wasm (its worker's own script is not counted).
  const startIdx = run.requests.findIndex((q) => /\.wasm$/.test(q.path))
  const duckStart = startIdx >= 0 ? run.requests[startIdx].start : Infinity
  const files = [...new Set(run.requests.filter((q) => ext.test(q.path) && q.start < duckStart && !/duckdb-browser/.test(q.path)).map((q) => q.path))]
  return { files, size: addSizes(files.map((p) => sizeOf(join(dir, p)))) }
}

export function measureSizes(cold: { app: ColdRun[]; floor: ColdRun[] }): Sizes {
  const a = cold.app.find((r) => r.ok) ?? cold.app[0]
  const f = cold.floor.find((r) => r.ok) ?? cold.floor[0]
  const appJs = initialFiles(a, APP_OUT, /\.js$/)
  const appCss = initialFiles(a, APP_OUT, /\.css$/)
  const floorJs = initialFiles(f, FLOOR_OUT, /\.js$/)
  const wasmReq = a.requests.find((q) => q.path.endsWith('.wasm'))
  const wasmPath = wasmReq ? join(APP_OUT, wasmReq.path) : join(APP_OUT, 'assets', readdirSync(join(APP_OUT, 'assets')).find((x) => /^duckdb-eh.*\.wasm$/.test(x))!)
  const font = /\.(?:woff2?|ttf|otf)$/i
  const walk = (d: string): string[] => readdirSync(d).flatMap((x) => (statSync(join(d, x)).isDirectory() ? walk(join(d, x)) : [join(d, x)]))
  const fontFiles = walk(APP_OUT).filter((p) => font.test(p))
  // The Arrow copies and their build-time brotli/gzip copies, as the servers send them.
  const arrowBytes = (d: string): FileSize => {
    const files = existsSync(d) ? readdirSync(d).filter((x) => x.endsWith('.arrow')) : []
    const size = (f: string) => (existsSync(f) ? statSync(f).size : 0)
    return addSizes(files.map((x) => ({ raw: size(join(d, x)), gzip: size(join(d, `${x}.gz`)), brotli: size(join(d, `${x}.br`)) })))
  }
  const dirBytes = (d: string) => (existsSync(d) ? readdirSync(d).filter((x) => x.endsWith('.parquet')).reduce((n, x) => n + statSync(join(d, x)).size, 0) : 0)
  return {
    app: { initialJs: appJs.size, initialJsFiles: appJs.files, initialCss: appCss.size },
    floor: { initialJs: floorJs.size, initialJsFiles: floorJs.files },
    wasm: { ...sizeOf(wasmPath), file: wasmPath.slice(wasmPath.lastIndexOf('/') + 1) },
    fontsLoaded: {
      app: a.requests.filter((q) => font.test(q.path)).length,
      floor: f.requests.filter((q) => font.test(q.path)).length,
      appBytes: a.requests.filter((q) => font.test(q.path)).reduce((n, q) => n + statSync(join(APP_OUT, q.path)).size, 0),
    },
    fontsInBuild: { files: fontFiles.length, bytes: fontFiles.reduce((n, p) => n + statSync(p).size, 0) },
    data: { seedBytes: dirBytes(SEED_DATA), synthBytes: dirBytes(SYNTH_DATA), arrow: { seed: arrowBytes(SEED_DATA), synth: arrowBytes(SYNTH_DATA) } },
  }
}

export interface BenchResult {
  date: string
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string; loadStart: number[]; loadEnd?: number[] }
  config: { runs: number; changes: number; warmup: number; corpusMB: number; workerMB: number; quick: boolean }
  cold?: { app: ColdSummary; floor: ColdSummary; samples: { app: ColdRun[]; floor: ColdRun[] } }
  /** Opening the app on 1,000,000 observations (DuckDB ready, view interactive): each way of loading, and the floor. */
  open?: Record<string, OpenSide>
  interaction?: Partial<Record<Scale, { app: InteractionSide; floor: InteractionSide; samples: { app: ChangeResult[]; floor: number[] } }>>
  /** `*_cpu_mbps`: MB per CPU second of the process (absent in runs before 2026-12-02 13:00). */
  extraction?: ExtractionResult & { process_mbps: Summary; extract_mbps: Summary; process_cpu_mbps?: Summary; extract_cpu_mbps?: Summary }
  worker?: { cold_mbps: Summary; warm_mbps: Summary; bytes: number; files: number; failures: number }
  sizes?: Sizes
  entry?: { app: ChunkInfo[]; floor: ChunkInfo[] }
  /** Each target with the app's and the floor's figure side by side. */
  targets?: { name: string; app: string; floor: string; value: string; limit: string; met: boolean | null; note?: string }[]
  /** When each part was measured (a run with --only/--scales keeps the other parts of the previous latest.json). */
  parts?: Record<string, { date: string; load: number[] }>
}

export function targetsOf(r: BenchResult): NonNullable<BenchResult['targets']> {
  const t: NonNullable<BenchResult['targets']> = []
  const fmt = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a')
  const ms = (x: number) => `${fmt(x, 0)} ms`
  /** A ratio target: app ÷ floor at most `limit`; a miss says by how much. */
  const vsFloor = (name: string, app: number, floor: number, limit: number, note?: string) => {
    const x = ratio(app, floor)
    t.push({ name, app: ms(app), floor: ms(floor), value: `${fmt(x)}×`, limit: `≤ ${limit.toFixed(2)}×`, met: Number.isFinite(x) ? x <= limit : null, ...(note ? { note } : {}) })
  }
  if (r.cold) {
    vsFloor('first Overview chart finished (cold start, seed)', r.cold.app.firstFinished.median, r.cold.floor.firstFinished.median, 0.3)
    vsFloor('fully interactive (cold start, seed)', r.cold.app.interactive.median, r.cold.floor.interactive.median, 1.15)
  }
  if (r.open) {
    const floor = r.open.floor
    for (const [name, side] of Object.entries(r.open)) {
      if (name === 'floor') continue
      vsFloor(`open 1,000,000 observations → interactive (${name})`, side.interactive.median, floor.interactive.median, 1.5, `DuckDB ready ${ms(side.ready.median)} vs ${ms(floor.ready.median)}; core tables received at ${ms(side.tablesReceived)}${side.rowsIn !== undefined ? `; every row in DuckDB at ${ms(side.rowsIn)}` : ''}`)
    }
  }
  for (const scale of ALL_SCALES) {
    const s = r.interaction?.[scale]
    if (!s) continue
    vsFloor(`selection change → all charts finished, p95, ${SCALE_INFO[scale].label}`, s.app.finished.p95, s.floor.finished.p95, 1.5, `p50 ${ms(s.app.finished.median)} vs ${ms(s.floor.finished.median)}; DuckDB ${ms(s.app.duckdbMs.median)} per change`)
  }
  if (r.extraction) {
    // Per core: MB per CPU second of the process (the wall clock also counts other processes' turns on a busy machine).
    const perCore = r.extraction.process_cpu_mbps ?? r.extraction.process_mbps
    const wall = r.extraction.process_cpu_mbps ? ` (wall clock ${fmt(r.extraction.process_mbps.median, 1)} MB/s)` : ''
    t.push({ name: 'extraction in Node, one core (per CPU second)', app: `${fmt(perCore.median, 1)} MB/s${wall}`, floor: '–', value: `${fmt(perCore.median, 1)} MB/s`, limit: '≥ 10 MB/s', met: perCore.median >= 10 })
  }
  if (r.sizes) {
    const extra = (r.sizes.app.initialJs.gzip - r.sizes.floor.initialJs.gzip) / 1024
    t.push({ name: 'initial JS (gzip) before DuckDB starts − floor', app: `${fmt(r.sizes.app.initialJs.gzip / 1024, 0)} KB`, floor: `${fmt(r.sizes.floor.initialJs.gzip / 1024, 0)} KB`, value: `${extra >= 0 ? '+' : '−'}${fmt(Math.abs(extra), 0)} KB`, limit: '≤ +120 KB', met: extra <= 120 })
  }
  return t
}


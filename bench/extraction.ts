/**
 * Extraction throughput in Node, one core: the bundled reports replicated to a corpus of at
 * least `minBytes`, each copy run through `processReport` (ingest + extract, as the CLI does)
 * and, separately, through `extractReport` alone on text ingested beforehand.
 * MB = 10^6 bytes of report file (UTF-8 text for the bundled .txt reports).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Catalogue, Sidecar } from '../src/extract'
import { extractReport } from '../src/extract'
import { ingest } from '../src/ingest'
import { processReport, sha256Hex } from '../src/pipeline/processReport'
import { REPORT_FILE, REPORTS, ROOT } from './build'

export interface ExtractionRun {
  seconds: number
  mbPerS: number
  /** CPU seconds the process used meanwhile (user + system): on a busy machine the wall clock also counts the time other processes had the core. */
  cpuSeconds: number
  /** MB per CPU second: the throughput per core whatever else the machine runs. */
  mbPerCpuS: number
  observations: number
}

export interface ExtractionResult {
  corpus: { files: number; bytes: number; chars: number; distinct: number }
  process: ExtractionRun[]
  extractOnly: ExtractionRun[]
}

interface Seed {
  name: string
  /** Name of the bundled report this is a copy of. */
  seed: string
  bytes: Uint8Array
  sidecar?: Sidecar
}

export function loadSeeds(): Seed[] {
  return readdirSync(REPORTS)
    .filter((f) => REPORT_FILE.test(f))
    .sort()
    .map((name) => {
      const meta = join(REPORTS, name.replace(/\.[^.]+$/, '.meta.json'))
      return {
        name,
        seed: name,
        bytes: new Uint8Array(readFileSync(join(REPORTS, name))),
        sidecar: existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as Sidecar) : undefined,
      }
    })
}

export async function measureExtraction(opts: { minBytes: number; runs: number; log: (s: string) => void }): Promise<ExtractionResult> {
  const catalogue = JSON.parse(readFileSync(join(ROOT, 'data/indicators.json'), 'utf8')) as Catalogue
  const seeds = loadSeeds()
  const perRound = seeds.reduce((n, s) => n + s.bytes.length, 0)
  const copies = Math.ceil(opts.minBytes / perRound)
  const corpus: Seed[] = []
  for (let c = 0; c < copies; c++) for (const s of seeds) corpus.push({ ...s, name: `copy${c}-${s.name}` })
  const bytes = corpus.reduce((n, s) => n + s.bytes.length, 0)

  // Ingested once for the extract-only measure (identical for every copy of a seed).
  const ingested = new Map<string, { text: string; body: { start: number; end: number }; sha256: string }>()
  for (const s of seeds) {
    const r = await ingest(s.bytes, s.name)
    if (!r.ok) throw new Error(`cannot ingest ${s.name}: ${r.message_en}`)
    ingested.set(s.name, { text: r.text, body: r.body, sha256: await sha256Hex(s.bytes) })
  }
  const chars = corpus.reduce((n, s) => n + ingested.get(s.seed)!.text.length, 0)

  const passProcess = async (files: Seed[]): Promise<number> => {
    let n = 0
    for (const f of files) {
      const r = await processReport(f.bytes, f.name, catalogue, f.sidecar)
      if (!r.ok) throw new Error(`${f.name}: ${r.message_en}`)
      n += r.observations.length
    }
    return n
  }
  const passExtract = (files: Seed[]): number => {
    let n = 0
    for (const f of files) {
      const i = ingested.get(f.seed)!
      n += extractReport({ text: i.text, body: i.body, file: f.name, sha256: i.sha256, sidecar: f.sidecar }, catalogue).observations.length
    }
    return n
  }

  // Warm-up: JIT and the rule compilation, on a tenth of the corpus.
  await passProcess(corpus.slice(0, Math.ceil(corpus.length / 10)))
  passExtract(corpus.slice(0, Math.ceil(corpus.length / 10)))

  const result: ExtractionResult = { corpus: { files: corpus.length, bytes, chars, distinct: seeds.length }, process: [], extractOnly: [] }
  const timed = async (pass: () => number | Promise<number>): Promise<ExtractionRun> => {
    const [t, cpu] = [performance.now(), process.cpuUsage()]
    const observations = await pass()
    const seconds = (performance.now() - t) / 1000
    const used = process.cpuUsage(cpu)
    const cpuSeconds = (used.user + used.system) / 1e6
    return { seconds, mbPerS: bytes / 1e6 / seconds, cpuSeconds, mbPerCpuS: bytes / 1e6 / cpuSeconds, observations }
  }
  for (let r = 0; r < opts.runs; r++) {
    result.process.push(await timed(() => passProcess(corpus)))
    result.extractOnly.push(await timed(() => passExtract(corpus)))
    const [p, e] = [result.process[r], result.extractOnly[r]]
    opts.log(`  extraction run ${r + 1}/${opts.runs}: processReport ${p.mbPerS.toFixed(1)} MB/s (${p.mbPerCpuS.toFixed(1)} per CPU s), extractReport ${e.mbPerS.toFixed(1)} MB/s (${e.mbPerCpuS.toFixed(1)} per CPU s)`)
  }
  return result
}

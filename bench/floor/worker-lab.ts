/**
 * The app's import path in the browser: `extractFile()` (src/workers/importReports.ts) hands
 * File objects, one after another as the import does, to the extraction Worker (src/workers/extract.worker.ts), which runs ingest +
 * extract. bench/run.ts calls `window.__workerLab.run(bytes)` with a corpus size and gets the
 * time from the call to the resolved result.
 */
import { extractFile } from '../../src/workers/importReports'

interface Seed {
  name: string
  bytes: ArrayBuffer
}

let seeds: Promise<Seed[]> | null = null
function loadSeeds(): Promise<Seed[]> {
  seeds ??= fetch('reports/manifest.json')
    .then((r) => r.json() as Promise<string[]>)
    .then((names) => Promise.all(names.map(async (name) => ({ name, bytes: await (await fetch(`reports/${name}`)).arrayBuffer() }))))
  return seeds
}

async function run(targetBytes: number): Promise<{ ms: number; bytes: number; files: number; reports: number; failures: number; observations: number }> {
  const base = await loadSeeds()
  const files: File[] = []
  let bytes = 0
  for (let i = 0; bytes < targetBytes; i++) {
    const s = base[i % base.length]
    files.push(new File([s.bytes], `copy${i}-${s.name}`))
    bytes += s.bytes.byteLength
  }
  const t0 = performance.now()
  const out = []
  for (const f of files) out.push(await extractFile(f))
  const ms = performance.now() - t0
  const reports = out.flatMap((r) => ('report' in r ? [r.report] : []))
  return {
    ms,
    bytes,
    files: files.length,
    reports: reports.length,
    failures: out.length - reports.length,
    observations: reports.reduce((n, r) => n + r.observations.length, 0),
  }
}

;(window as unknown as { __workerLab: unknown }).__workerLab = { run }
document.body.dataset.ready = 'true'

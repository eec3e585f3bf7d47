/** Runs the real pipeline over the bundled reports, keyed by their original file names. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Catalogue, Sidecar } from '../../src/extract'
import { processReport, type Processed } from '../../src/pipeline/processReport'

export const ROOT = join(import.meta.dirname, '../..')
export const catalogue = JSON.parse(readFileSync(join(ROOT, 'data/indicators.json'), 'utf8')) as Catalogue

export async function processSeeds(): Promise<Map<string, Processed>> {
  const dir = join(ROOT, 'data/reports')
  const out = new Map<string, Processed>()
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const sidecar = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.meta.json')), 'utf8')) as Sidecar
    const r = await processReport(new Uint8Array(readFileSync(join(dir, f))), f, catalogue, sidecar)
    if (!r.ok) throw new Error(`${f}: ${r.message_en}`)
    out.set(sidecar.source_file ?? f, r)
  }
  return out
}

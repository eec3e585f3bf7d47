/** Runs the real pipeline over the bundled reports, keyed by their original file names. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractReport, type Catalogue, type Sidecar } from '../../src/extract'
import { processReport, type Processed } from '../../src/pipeline/processReport'

export const ROOT = join(import.meta.dirname, '../..')
export const catalogue = JSON.parse(readFileSync(join(ROOT, 'data/indicators.json'), 'utf8')) as Catalogue

/** Extraction of a whole text taken as report body (for tests on written sentences). */
export const extractText = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
/** Indicator → [value, qualifier] of a text. */
export const valuesOf = (text: string): Record<string, [number, string]> =>
  Object.fromEntries(extractText(text).observations.map((o) => [o.indicator_id, [o.value, o.qualifier]]))

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

/**
 * The browser side of ./corrections.ts: the published corrections file (written next to the
 * tables by `npm run extract`), and applying corrections to the DuckDB-wasm tables with the
 * connection to itself (`withConnection`), like ./importedTables.ts.
 */
import { parseCorrections, emptyCorrections, type CorrectionsFile } from '../pipeline/corrections'
import type { StaleCorrection } from '../pipeline/applyCorrections'
import { noCorrections, syncCorrections, type CorrectionLayers, type SourcedStale } from './corrections'
import { withConnection } from './duckdb'
import { toDatasetError } from './errors'
import { wasmTarget } from './importedTables'
import { dataUrl } from './urls'

export type { CorrectionLayers, SourcedStale } from './corrections'

export interface Published {
  file: CorrectionsFile
  /** Its stale corrections, as `npm run extract` found them for the bundled reports. */
  stale: SourcedStale[]
}

type StaleNote = Omit<StaleCorrection, 'correction'>

/**
 * The published corrections (`npm run extract` always writes the file, empty without
 * data/corrections.json; tables from elsewhere may have none: then none); a file that cannot be
 * read is an error with the reason (the tables still carry what it did).
 */
export async function loadPublished(): Promise<Published> {
  const res = await fetch(dataUrl('corrections.json'))
  if (res.status === 404 || !(res.headers.get('content-type') ?? '').includes('json')) return { file: emptyCorrections(), stale: [] }
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${dataUrl('corrections.json')}`)
  const json = (await res.json()) as { stale?: StaleNote[] }
  const parsed = parseCorrections(json)
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message_en).join('; '))
  const file = parsed.file
  const stale = (Array.isArray(json.stale) ? json.stale : []).flatMap((s): SourcedStale[] => {
    const correction = s.kind === 'report' ? file.reports[s.index] : file.values[s.index]
    return correction ? [{ ...s, correction, source: 'published' }] : []
  })
  return { file, stale }
}

/**
 * Apply the corrections to the loaded tables; the stale ones of both files. Without any
 * correction (the usual start) it does not wait for the report texts nor the observations' rows,
 * which it then never reads: putting them in on opening would hold up the view's first questions
 * queued behind it.
 */
export function applyToTables(layers: CorrectionLayers, known: ReadonlySet<string>, publishedStale: readonly SourcedStale[]): Promise<{ stale: SourcedStale[]; changed: number; untouched?: boolean }> {
  return withConnection(
    (c) => syncCorrections(wasmTarget(c), layers, known, publishedStale),
    (r) => !r.untouched,
    !noCorrections(layers),
  ).catch((e) => {
    throw toDatasetError(e, 'query')
  })
}

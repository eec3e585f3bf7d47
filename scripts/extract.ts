/**
 * CLI over the same ingest + extract code the browser uses.
 *
 *   npm run extract                     data/reports/* → public/data/*.parquet (+ .csv)
 *   npm run extract -- --json FILE…     print {"reports":[…],"observations":[…]} to stdout
 *   npm run extract -- --out DIR        write the tables somewhere else
 *
 * One bad file or sidecar never stops the others: each failure is printed with its path and the
 * reason, the good files come out, and the exit code is 1 when any file failed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Catalogue, ObservationRow, ReportRow, Sidecar } from '../src/extract'
import { processReport, type Processed } from '../src/pipeline/processReport'
import { parseSidecar, sidecarName } from '../src/pipeline/sidecar'
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, writeTables } from './tables'

const ROOT = resolve(import.meta.dirname, '..')
const REPORT_FILE = /\.(?:txt|html?|docx|pdf)$/i

function loadCatalogue(): Catalogue {
  return JSON.parse(readFileSync(join(ROOT, 'data/indicators.json'), 'utf8')) as Catalogue
}

/**
 * The report's sidecar: exactly `<name without its final extension>.meta.json` in the same
 * folder (none for a name without an extension), checked by `parseSidecar`. A sidecar that
 * cannot be read or is wrong is that report's error, with the sidecar's path.
 */
function sidecarOf(path: string): { sidecar?: Sidecar } | { error: string } {
  const name = sidecarName(basename(path))
  if (!name) return {}
  const meta = join(dirname(path), name)
  if (!existsSync(meta)) return {}
  let json: string
  try {
    json = readFileSync(meta, 'utf8')
  } catch (e) {
    return { error: `its sidecar ${meta} cannot be read (${(e as Error).message})` }
  }
  const parsed = parseSidecar(json)
  return parsed.ok ? { sidecar: parsed.sidecar } : { error: `its sidecar ${meta} ${parsed.problems.join('; ')}` }
}

async function run(paths: string[], catalogue: Catalogue): Promise<{ done: Processed[]; failed: string[] }> {
  const done: Processed[] = []
  const failed: string[] = []
  for (const path of paths) {
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(readFileSync(path))
    } catch (e) {
      failed.push(`${path}: cannot read file (${(e as Error).message})`)
      continue
    }
    const meta = sidecarOf(path)
    if ('error' in meta) {
      failed.push(`${path}: ${meta.error}`)
      continue
    }
    const r = await processReport(bytes, basename(path), catalogue, meta.sidecar)
    if (r.ok) done.push(r)
    else failed.push(`${path}: ${r.message_en} / ${r.message_zh}`)
  }
  return { done, failed }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const catalogue = loadCatalogue()
  if (args[0] === '--json') {
    const files = args.slice(1)
    if (!files.length) { console.error('usage: npm run extract -- --json FILE…'); return 2 }
    const { done, failed } = await run(files, catalogue)
    for (const f of failed) console.error(`error: ${f}`)
    const reports: ReportRow[] = done.map((d) => d.report)
    const observations = done.flatMap((d) =>
      d.observations.map((o: ObservationRow) => ({ source_file: d.report.source_file, ...o })))
    process.stdout.write(JSON.stringify({ reports, observations }, null, 1) + '\n')
    return failed.length ? 1 : 0
  }
  const outIdx = args.indexOf('--out')
  const outDir = outIdx >= 0 ? resolve(args[outIdx + 1]) : join(ROOT, 'public/data')
  const dir = join(ROOT, 'data/reports')
  const files = readdirSync(dir).filter((f) => REPORT_FILE.test(f)).sort().map((f) => join(dir, f))
  const { done, failed } = await run(files, catalogue)
  for (const f of failed) console.error(`skipped ${f}`)
  const families = new Map(catalogue.families.map((f) => [f.id, f]))
  await writeTables(outDir, [
    {
      name: 'indicators', columns: INDICATOR_COLUMNS, orderBy: 'sort', csv: true,
      rows: catalogue.indicators.map((i, sort) => ({
        id: i.id, family: i.family, family_zh: families.get(i.family)?.name_zh, family_en: families.get(i.family)?.name_en,
        name_zh: i.name_zh, name_en: i.name_en, unit: i.unit, unit_zh: i.unit_zh ?? null, direction: i.direction, sort,
      })),
    },
    { name: 'reports', columns: REPORT_COLUMNS, orderBy: 'report_id', csv: true, rows: done.map((d) => d.report) },
    {
      name: 'observations', columns: OBSERVATION_COLUMNS, orderBy: 'report_id, indicator_id', csv: true,
      rows: done.flatMap((d) => d.observations),
    },
    {
      name: 'report_texts', columns: TEXT_COLUMNS, orderBy: 'report_id', csv: false,
      rows: done.map((d) => ({ report_id: d.report.report_id, text: d.text })),
    },
  ])
  const n = done.reduce((a, d) => a + d.observations.length, 0)
  console.log(`extracted ${done.length} reports, ${n} observations → ${outDir}`)
  if (failed.length) console.error(`${failed.length} file(s) failed (see above); the tables hold the other ${done.length}`)
  return failed.length ? 1 : 0
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(`error: ${(e as Error).message}`)
  process.exit(1)
})

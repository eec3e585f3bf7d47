/**
 * CLI over the same ingest + extract + corrections code the browser uses.
 *
 *   npm run extract                     data/reports/* → public/data/*.parquet (+ .csv, + .arrow for the browser), applying
 *                                       data/corrections.json when it exists
 *   npm run extract -- --json FILE…     print {"reports":[…],"observations":[…]} to stdout
 *   npm run extract -- --out DIR        write the tables somewhere else
 *   … --corrections FILE                apply this corrections file (README "Corrections")
 *
 * One bad file or sidecar never stops the others: each failure is printed with its path and the
 * reason, the good files come out, and the exit code is 1 when any file failed. A corrections
 * file that cannot be read changes nothing: the reason is printed and nothing is written.
 * Corrections that no longer fit the reports are printed as stale.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Catalogue, ObservationRow, ReportRow, Sidecar } from '../src/extract'
import { processReport, type Processed } from '../src/pipeline/processReport'
import { parseSidecar, sidecarName } from '../src/pipeline/sidecar'
import { markDuplicates, type DuplicateKind } from '../src/pipeline/duplicates'
import { emptyCorrections, parseCorrections, serializeCorrections, type CorrectionsFile } from '../src/pipeline/corrections'
import { applyCorrections, type StaleCorrection } from '../src/pipeline/applyCorrections'
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

interface Args {
  /** --json FILE…: the files to print; null for the table mode. */
  json: string[] | null
  out: string | null
  corrections: string | null
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: null, out: null, corrections: null }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--json') {
      args.json = []
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) args.json.push(argv[++i])
    } else if (a === '--out' || a === '--corrections') {
      const v = argv[++i]
      if (!v) return `${a} needs a path`
      if (a === '--out') args.out = v
      else args.corrections = v
    } else {
      return `unknown argument ${a}`
    }
  }
  if (args.json && !args.json.length) return 'usage: npm run extract -- --json FILE… [--corrections FILE]'
  return args
}

const STALE_EN: Record<StaleCorrection['reason'], string> = {
  report_missing: 'no report with this sha256 is among the reports',
  unknown_indicator: 'the indicator is not in data/indicators.json',
  span_mismatch: 'the text at start–end is not the recorded evidence any more',
  no_number: 'the text at start–end holds no number',
  not_extracted: 'the extractor no longer gives a value for this indicator',
  changed: 'the extractor now gives another value or sentence',
}

function staleLine(s: StaleCorrection, fileOf: Map<string, string>): string {
  const c = s.correction
  const what = 'action' in c ? `${c.action} ${c.indicator_id}` : 'report metadata'
  const where = fileOf.get(c.report_sha256) ?? `${c.report_sha256.slice(0, 12)}…`
  const now = s.current ? ` (now ${s.current.value} at ${s.current.start}–${s.current.end})` : ''
  return `stale correction ${s.kind}s[${s.index}] (${what} in ${where}): ${STALE_EN[s.reason]}${now}`
}

/** The corrections file to apply: the one given, else data/corrections.json if present; exits on a bad file. */
function loadCorrections(path: string | null): { file: CorrectionsFile; path: string } | null | string {
  const p = path ? resolve(path) : join(ROOT, 'data/corrections.json')
  if (!path && !existsSync(p)) return null
  let text: string
  try {
    text = readFileSync(p, 'utf8')
  } catch (e) {
    return `${p}: cannot read file (${(e as Error).message})`
  }
  const parsed = parseCorrections(text)
  if (!parsed.ok) return `${p} ${parsed.problems.slice(0, 10).map((x) => x.message_en).join('; ')}${parsed.problems.length > 10 ? ` (and ${parsed.problems.length - 10} more)` : ''}. Nothing was written.`
  return { file: parsed.file, path: p }
}

/** Apply the corrections to the extracted reports (in place) and print what is stale. */
function correct(done: Processed[], corrections: { file: CorrectionsFile; path: string }, catalogue: Catalogue): StaleCorrection[] {
  const known = new Set(catalogue.indicators.map((i) => i.id))
  const { reports, stale, applied } = applyCorrections(done, corrections.file, known)
  reports.forEach((r, i) => Object.assign(done[i], { report: r.report, observations: r.observations }))
  const fileOf = new Map(done.map((d) => [d.report.sha256, d.report.file]))
  console.error(`applied ${applied} corrections from ${corrections.path}${stale.length ? `, ${stale.length} stale:` : ''}`)
  for (const s of stale) console.error(staleLine(s, fileOf))
  return stale
}

const DUPLICATE_EN: Record<DuplicateKind, string> = {
  same_file: 'the same file as',
  same_content: 'the same text (after decoding, spacing and script) as',
  same_agency_year: 'the same agency and year as',
}

/**
 * Mark each report that repeats an earlier one (in file order) with `duplicate_of`, in place,
 * and warn: the tables keep both, the charts count one report per agency and year.
 */
function markAndWarn(done: Processed[]): void {
  const { reports, marked } = markDuplicates(done.map((d) => d.report))
  reports.forEach((r, i) => (done[i].report = r))
  for (const m of marked) {
    console.error(`warning: ${m.report.file} (${m.report.agency ?? '?'} ${m.report.year ?? '?'}) is ${DUPLICATE_EN[m.kind]} ${m.existing.file}: kept as duplicate_of ${m.report.duplicate_of}, not counted in charts`)
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  if (typeof args === 'string') { console.error(`error: ${args}`); return 2 }
  const catalogue = loadCatalogue()
  const corrections = loadCorrections(args.corrections)
  if (typeof corrections === 'string') { console.error(`error: corrections file ${corrections}`); return 2 }
  if (args.json) {
    const { done, failed } = await run(args.json, catalogue)
    for (const f of failed) console.error(`error: ${f}`)
    const stale = args.corrections && corrections ? correct(done, corrections, catalogue) : null
    markAndWarn(done)
    const reports: ReportRow[] = done.map((d) => d.report)
    const observations = done.flatMap((d) =>
      d.observations.map((o: ObservationRow) => ({ source_file: d.report.source_file, ...o })))
    process.stdout.write(JSON.stringify({ reports, observations, ...(stale ? { stale } : {}) }, null, 1) + '\n')
    return failed.length ? 1 : 0
  }
  const outDir = args.out ? resolve(args.out) : join(ROOT, 'public/data')
  const dir = join(ROOT, 'data/reports')
  const files = readdirSync(dir).filter((f) => REPORT_FILE.test(f)).sort().map((f) => join(dir, f))
  const { done, failed } = await run(files, catalogue)
  for (const f of failed) console.error(`skipped ${f}`)
  const stale = corrections ? correct(done, corrections, catalogue) : []
  markAndWarn(done)
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
  // The corrections applied (none: an empty file, so the app's request never fails), for the
  // browser: it applies them to reports imported there, shows the stale ones in its review queue
  // and exports them with its own.
  const body = JSON.parse(serializeCorrections(corrections?.file ?? emptyCorrections())) as object
  writeFileSync(join(outDir, 'corrections.json'), JSON.stringify({ ...body, stale: stale.map(({ correction: _c, ...s }) => s) }, null, 2) + '\n')
  const n = done.reduce((a, d) => a + d.observations.length, 0)
  console.log(`extracted ${done.length} reports, ${n} observations → ${outDir}`)
  if (failed.length) console.error(`${failed.length} file(s) failed (see above); the tables hold the other ${done.length}`)
  return failed.length ? 1 : 0
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(`error: ${(e as Error).message}`)
  process.exit(1)
})

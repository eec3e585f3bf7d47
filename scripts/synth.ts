/**
 * Synthetic data: the same four tables as `public/data/`, written with the same `writeTables`
 * and column types, to a git-ignored folder that the app never loads by default (open the app
 * with `?data=<folder name>` served next to `data/` to use them). Two kinds:
 *
 * - a realistic city for scale tests and screenshots (./synthCity.ts): departments, districts,
 *   towns; real sector labels; sparse coverage; gap years; values in their real ranges.
 *     npm run synth -- --preset city35     35 agencies × 5 years  → public/data-city35
 *     npm run synth -- --preset city300    300 agencies × 8 years → public/data-city300
 * - uniform volume for the benchmark: agency `合成机构NNNN`, sector `synthetic`.
 *     npm run synth -- --agencies 2000 --years 10                      ~75% of indicators per report
 *     npm run synth -- --agencies 5000 --years 10 --observations 1000000   exactly 1,000,000 rows
 *
 * Options: --out DIR (default bench/data/synth, or public/data-<preset>)  --last-year 2024  --seed 1.
 * Every title ends `（合成数据）`. Deterministic: the same arguments give the same rows. Evidence
 * strings are real slices of the synthetic report text (`text.slice(start, end) === evidence`).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { rng } from './rng'
import { CITY_PRESETS, cityTables, type CityTables } from './synthCity'
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, REPORT_COLUMNS, TEXT_COLUMNS, writeTables } from './tables'

const ROOT = resolve(import.meta.dirname, '..')

export interface RawIndicator {
  id: string
  family: string
  name_zh: string
  name_en: string
  unit: string
  unit_zh?: string | null
  direction: string
}
interface RawCatalogue {
  families: { id: string; name_zh: string; name_en: string }[]
  indicators: RawIndicator[]
}

export interface SynthOptions {
  /** A realistic city (`city35`, `city300`; see ./synthCity.ts) instead of uniform volume. */
  preset?: string
  agencies: number
  years: number
  lastYear: number
  /** Exact number of observation rows; default 75% of agencies × years × indicators. */
  observations?: number
  seed: number
  out: string
}


const REGIONS = ['合成省甲市', '合成省乙市', '合成省丙市', '合成省丁市', '合成省戊市', '合成省己市', '合成省庚市', '合成省辛市']
const KINDS = ['人民政府', '应急管理局', '市场监督管理局', '交通运输局', '司法局', '生态环境局', '气象局', '税务局']

/** A plausible value for an indicator, drifting with the year so trends are visible. */
function valueFor(ind: RawIndicator, base: number, yearIdx: number, r: () => number): number {
  const drift = 1 + 0.04 * yearIdx
  switch (ind.unit) {
    case 'pct':
      return Math.round(Math.min(100, 40 + base * 50 * drift * (0.9 + 0.2 * r())) * 10) / 10
    case 'yuan':
      return Math.round(base * 2_000_000 * drift * (0.5 + r()))
    case 'hours':
      return Math.round((20 + base * 60 * drift * (0.8 + 0.4 * r())) * 10) / 10
    default:
      return Math.max(0, Math.round(base * 800 * drift * (0.5 + r())))
  }
}

function parseArgs(argv: string[]): SynthOptions {
  const opts: SynthOptions = { agencies: 2000, years: 10, lastYear: 2024, seed: 1, out: join(ROOT, 'bench/data/synth') }
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]
    const v = argv[i + 1]
    const num = () => {
      const n = Number(v)
      if (!Number.isFinite(n) || n < 0) throw new Error(`${k} needs a number, got ${v}`)
      i++
      return Math.floor(n)
    }
    if (k === '--agencies') opts.agencies = num()
    else if (k === '--years') opts.years = num()
    else if (k === '--last-year') opts.lastYear = num()
    else if (k === '--observations') opts.observations = num()
    else if (k === '--seed') opts.seed = num()
    else if (k === '--out') {
      opts.out = resolve(v)
      i++
    } else if (k === '--preset') {
      const p = CITY_PRESETS[v]
      if (!p) throw new Error(`unknown preset ${v} (${Object.keys(CITY_PRESETS).join(', ')})`)
      opts.preset = v
      Object.assign(opts, p)
      if (!argv.includes('--out')) opts.out = join(ROOT, `public/data-${v}`)
      i++
    }
    else throw new Error(`unknown option ${k} (use --preset NAME, or --agencies N --years N [--observations N]; [--last-year Y] [--seed N] [--out DIR])`)
  }
  if (opts.agencies < 1 || opts.years < 1) throw new Error('--agencies and --years must be at least 1')
  return opts
}

export async function synth(opts: SynthOptions): Promise<{ reports: number; observations: number }> {
  const cat = JSON.parse(readFileSync(join(ROOT, 'data/indicators.json'), 'utf8')) as RawCatalogue
  const preset = opts.preset ? CITY_PRESETS[opts.preset] : undefined
  if (opts.preset && !preset) throw new Error(`unknown preset ${opts.preset}`)
  const t = preset ? cityTables({ ...preset, lastYear: opts.lastYear }, cat.indicators, opts.seed) : uniformTables(opts, cat.indicators)
  await write(opts.out, cat, t)
  return { reports: t.reports.length, observations: t.observations.length }
}

/** Every agency states ~75% of the indicators (or exactly `observations` rows in all), round-robin. */
function uniformTables(opts: SynthOptions, inds: readonly RawIndicator[]): CityTables {
  const nReports = opts.agencies * opts.years
  const target = opts.observations ?? Math.round(nReports * inds.length * 0.75)
  if (target > nReports * inds.length) {
    throw new Error(
      `${target} observations need at least ${Math.ceil(target / (opts.years * inds.length))} agencies over ${opts.years} years ` +
        `(${inds.length} indicators, one observation per report and indicator)`,
    )
  }
  const r = rng(opts.seed)
  const reports: object[] = []
  const observations: object[] = []
  const texts: object[] = []
  const firstYear = opts.lastYear - opts.years + 1
  for (let a = 0; a < opts.agencies; a++) {
    const no = String(a + 1).padStart(String(opts.agencies).length, '0')
    const kind = KINDS[a % KINDS.length]
    const region = REGIONS[Math.floor(a / KINDS.length) % REGIONS.length]
    const agency = `合成机构${no}${kind}`
    const base = inds.map(() => 0.2 + r())
    for (let y = 0; y < opts.years; y++) {
      const year = firstYear + y
      const idx = a * opts.years + y
      // Spread the target evenly: this report states k indicators.
      const k = Math.floor(((idx + 1) * target) / nReports) - Math.floor((idx * target) / nReports)
      const reportId = `synth-${no}-${year}`
      const file = `${reportId}.txt`
      const title = `${agency}${year}年法治政府建设年度报告（合成数据）`
      // Pick k indicators: a rotating window so every indicator is covered across reports.
      const offset = (idx * 7) % inds.length
      const picked = Array.from({ length: k }, (_, j) => inds[(offset + j) % inds.length])
      let text = `${title}\n`
      for (const ind of picked) {
        const value = valueFor(ind, base[inds.indexOf(ind)], y, r)
        const approx = r() < 0.1
        const evidence = `${ind.name_zh}${approx ? '约' : ''}${value}${ind.unit === 'pct' ? '%' : (ind.unit_zh ?? '')}`
        const start = text.length
        text += `${evidence}。`
        observations.push({
          report_id: reportId, indicator_id: ind.id, value, qualifier: approx ? 'approx' : 'exact', value_low: null,
          value_high: null, evidence, start, end: start + evidence.length, method: 'rule', reviewed: false,
          confidence: 1, confidence_reasons: '',
        })
      }
      reports.push({
        report_id: reportId, file, source_file: file, title, agency, agency_en: `Synthetic agency ${no}`, region,
        sector: 'synthetic', year, script: 'simplified', chars: text.length,
        sha256: createHash('sha256').update(text).digest('hex'), imported_at: '2025-01-01', agency_source: 'sidecar',
        year_source: 'sidecar',
      })
      texts.push({ report_id: reportId, text })
    }
  }
  return { reports, observations, texts }
}

async function write(out: string, cat: RawCatalogue, { reports, observations, texts }: CityTables): Promise<void> {
  const families = new Map(cat.families.map((f) => [f.id, f]))
  const inds = cat.indicators
  await writeTables(out, [
    {
      name: 'indicators', columns: INDICATOR_COLUMNS, orderBy: 'sort', csv: false,
      rows: inds.map((i, sort) => ({
        id: i.id, family: i.family, family_zh: families.get(i.family)?.name_zh, family_en: families.get(i.family)?.name_en,
        name_zh: i.name_zh, name_en: i.name_en, unit: i.unit, unit_zh: i.unit_zh ?? null, direction: i.direction, sort,
      })),
    },
    { name: 'reports', columns: REPORT_COLUMNS, orderBy: 'report_id', csv: false, rows: reports },
    { name: 'observations', columns: OBSERVATION_COLUMNS, orderBy: 'report_id, indicator_id', csv: false, rows: observations },
    { name: 'report_texts', columns: TEXT_COLUMNS, orderBy: 'report_id', csv: false, rows: texts },
  ])
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const t0 = Date.now()
  let opts: SynthOptions
  try {
    opts = parseArgs(process.argv.slice(2))
  } catch (e) {
    console.error(`error: ${(e as Error).message}`)
    process.exit(2)
  }
  synth(opts).then(
    (n) => {
      const what = opts.preset ? `${opts.preset}: ${opts.agencies} agencies over ${opts.years} years` : `${opts.agencies} agencies × ${opts.years} years`
      console.log(`synthetic: ${n.reports} reports (${what}), ${n.observations} observations → ${opts.out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
      process.exit(0)
    },
    (e: unknown) => {
      console.error(`error: ${(e as Error).message}`)
      process.exit(1)
    },
  )
}

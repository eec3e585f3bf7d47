/**
 * The selection changes the bench makes: the universe of a table directory (agencies per year),
 * the app's URL hash of a selection, a seeded plan cycling agency set → year → headline
 * indicator, and the floor's filters. Shared by ./run.ts and ./profile.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { rng } from '../scripts/rng'
import { ROOT } from './build'
import { SCALE_INFO, type Scale } from './scales'

export interface Universe {
  observations: number
  agencies: string[]
  years: number[]
  byYear: Map<number, string[]>
}
export interface Sel {
  agencies: string[]
  year: number | null
  headline: Record<string, string>
}
interface RawCatalogue {
  families: { id: string }[]
  indicators: { id: string; family: string }[]
}
export const HEADLINE: Record<string, string> = {
  approval: 'approval_time_compression_pct',
  enforcement: 'enforcement_cases',
  mediation: 'mediation_success_pct',
  training: 'training_hours_per_person',
}

export async function universeOf(dir: string): Promise<Universe> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  try {
    const rows = (
      await con.runAndReadAll(`SELECT agency, CAST(year AS INTEGER) AS year FROM read_parquet('${join(dir, 'reports.parquet').replace(/'/g, "''")}') ORDER BY agency, year`)
    ).getRowObjectsJS() as { agency: string; year: number }[]
    const byYear = new Map<number, string[]>()
    for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.agency])
    const [{ n }] = (await con.runAndReadAll(`SELECT CAST(count(*) AS INTEGER) AS n FROM read_parquet('${join(dir, 'observations.parquet').replace(/'/g, "''")}')`)).getRowObjectsJS() as { n: number }[]
    return { observations: n, agencies: [...new Set(rows.map((r) => r.agency))], years: [...byYear.keys()].sort(), byYear }
  } finally {
    con.closeSync()
  }
}


export function hashOf(s: Sel): string {
  const q: string[] = []
  if (s.agencies.length) q.push(`a=${encodeURIComponent(s.agencies.join(','))}`)
  if (s.year != null) q.push(`y=${s.year}`)
  const h = Object.keys(HEADLINE).filter((f) => s.headline[f] && s.headline[f] !== HEADLINE[f]).map((f) => `${f}:${s.headline[f]}`)
  if (h.length) q.push(`h=${encodeURIComponent(h.join(','))}`)
  return `#/${q.length ? `?${q.join('&')}` : ''}`
}

/**
 * A sequence of selection changes cycling agency set → year → headline indicator. Every state has
 * reports to show (agencies are drawn from those that reported in the chosen year).
 */
export function planChanges(u: Universe, start: Sel, n: number, opts: { allYears: boolean; minAgencies: number; maxAgencies: number }, seed = 7): { sel: Sel; kind: string }[] {
  const r = rng(seed)
  const cat = JSON.parse(readFileSync(join(ROOT, 'data/indicators.json'), 'utf8')) as RawCatalogue
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
  const subset = (xs: readonly string[], lo: number, hi: number): string[] => {
    const k = Math.max(1, Math.min(xs.length, lo + Math.floor(r() * (hi - lo + 1))))
    const pool = [...xs]
    const out: string[] = []
    while (out.length < k) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0])
    return xs.filter((x) => out.includes(x))
  }
  const eligible = (year: number | null) => (year == null ? u.agencies : (u.byYear.get(year) ?? []))
  const out: { sel: Sel; kind: string }[] = []
  let cur = start
  const kinds = ['agencies', 'year', 'indicator']
  for (let i = 0; out.length < n; i++) {
    let kind = kinds[i % kinds.length]
    const next: Sel = { agencies: [...cur.agencies], year: cur.year, headline: { ...cur.headline } }
    if (kind === 'agencies' && eligible(cur.year).length < 2) kind = 'year'
    if (kind === 'agencies') {
      const pool = eligible(cur.year)
      for (let tries = 0; tries < 20 && next.agencies.join() === cur.agencies.join(); tries++) {
        next.agencies = subset(pool, opts.minAgencies, Math.min(opts.maxAgencies, pool.length))
      }
    } else if (kind === 'year') {
      const options: (number | null)[] = [...(opts.allYears ? [null] : []), ...u.years].filter((y) => y !== cur.year)
      next.year = pick(options)
      const pool = eligible(next.year)
      next.agencies = next.agencies.filter((a) => pool.includes(a))
      if (next.agencies.length < Math.min(opts.minAgencies, pool.length) || (next.agencies.length === 0 && cur.agencies.length)) {
        next.agencies = subset(pool, opts.minAgencies, Math.min(opts.maxAgencies, pool.length))
      }
    } else {
      const fam = pick(Object.keys(HEADLINE))
      const now = cur.headline[fam] ?? HEADLINE[fam]
      next.headline[fam] = pick(cat.indicators.filter((x) => x.family === fam && x.id !== now).map((x) => x.id))
    }
    if (hashOf(next) === hashOf(cur)) continue
    out.push({ sel: next, kind })
    cur = next
  }
  return out
}

/** Filters for the floor's table (report ids `synth-AAAA-YYYY`): a block of agencies in one year, or a whole year. */
export function floorPatterns(n: number, seed = 11): string[] {
  const r = rng(seed)
  const out: string[] = []
  let prev = ''
  while (out.length < n) {
    const y = 2015 + Math.floor(r() * 10)
    const d = String(Math.floor(r() * 42)).padStart(2, '0')
    const p = r() < 0.5 ? `synth-${d}%-${y}` : `%-${y}`
    if (p === prev) continue
    out.push(p)
    prev = p
  }
  return out
}

/**
 * Where the selection changes of a scale start and what they are: at seed scale from the whole
 * dataset (all years, any number of agencies); on synthetic tables from 12 agencies of the last
 * year, changing among 8–16 agencies of one year at a time.
 */
export async function scalePlan(scale: Scale, n: number): Promise<{ u: Universe; start: Sel; plan: { sel: Sel; kind: string }[] }> {
  const synthetic = scale !== 'seed'
  const u = await universeOf(SCALE_INFO[scale].dir)
  const latest = u.years[u.years.length - 1]
  const every = Math.max(1, Math.floor(u.byYear.get(latest)!.length / 12))
  const start: Sel = synthetic
    ? { agencies: u.byYear.get(latest)!.filter((_, i) => i % every === 0).slice(0, 12), year: latest, headline: {} }
    : { agencies: [], year: null, headline: {} }
  const plan = planChanges(u, start, n, synthetic ? { allYears: false, minAgencies: 8, maxAgencies: 16 } : { allYears: true, minAgencies: 1, maxAgencies: u.agencies.length })
  return { u, start, plan }
}

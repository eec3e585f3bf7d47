/**
 * Public entry of the extraction layer: original text → report row + observations.
 * Pure: no DOM, Vue or DuckDB. Shared by the Node CLI and the browser Worker.
 */
import type { Catalogue, ObservationRow, ReportMeta, ReportRow } from './types'
import { normalise } from './normalise'
import { extractMeta } from './metadata'
import { compileRules, type CompiledRule } from './rules'
import { findCandidates } from './engine'
import { authorLevel, titleLevel } from './authorLevel'
import { selectObservations } from './select'
import { nonResultSections, type Span } from './structure'
import { confidenceOf, yearsNamed } from './confidence'
import { authorRole } from './authorRole'
import { departmentOf, isGovernment } from './otherDepartment'
import type { NumberToken } from './numbers'
import { byIndicator } from './candidate'
import { withTables } from './tables'

export type * from './types'
export { normalise } from './normalise'
export { scanNumbers } from './numbers'
export { parseChineseNumeral } from './numerals'
export { confidenceBand } from './confidence'

/** Metadata a person confirmed, kept next to a report as `*.meta.json`; it wins over a guess. */
export interface Sidecar {
  source_file?: string
  title?: string
  agency?: string
  agency_en?: string
  region?: string
  sector?: string
  year?: number
  imported_at?: string
}

export interface ExtractInput {
  /** The report's original text (as decoded by ingest); offsets index it. */
  text: string
  /** The body range within `text` (page chrome excluded). */
  body: Span
  /** File name in the data folder, e.g. `chuanying-government-2023.txt`. */
  file: string
  sha256: string
  sidecar?: Sidecar
}

export interface ExtractResult {
  report: ReportRow
  observations: ObservationRow[]
  meta: ReportMeta
}

/** A catalogue's rules, compiled once, and each by its indicator's id. */
const compiled = new WeakMap<Catalogue, { rules: CompiledRule[]; byId: Map<string, CompiledRule> }>()
function rulesOf(catalogue: Catalogue): { rules: CompiledRule[]; byId: Map<string, CompiledRule> } {
  let r = compiled.get(catalogue)
  if (!r) {
    const rules = compileRules(catalogue.indicators)
    r = { rules, byId: new Map(rules.map((rule) => [rule.indicator.id, rule])) }
    compiled.set(catalogue, r)
  }
  return r
}

export function reportIdOf(file: string): string {
  return file.replace(/\.[^.]+$/, '').trim().replace(/[\s/\\?#%]+/g, '-')
}

export function extractReport(input: ExtractInput, catalogue: Catalogue): ExtractResult {
  const { text, body, file, sidecar = {} } = input
  const norm = normalise(text)
  const skip = nonResultSections(norm.text, body)
  const meta = extractMeta(norm.text, body, skip)
  const reportId = reportIdOf(file)
  const { rules, byId: ruleOf } = rulesOf(catalogue)
  const year = sidecar.year ?? meta.year
  const read = withTables(norm.text, body, skip, year)
  const candidates = findCandidates(read.text, read.body, rules, read.skip, year, authorRole(sidecar.agency ?? meta.agency),
    authorLevel(sidecar.region ?? meta.region) ?? titleLevel(sidecar.title ?? meta.title), departmentOf(sidecar.sector ?? meta.sector),
    isGovernment(sidecar.sector ?? meta.sector))
  const chosen = selectObservations(read.text, candidates, rules)
  // A figure another observation took is no rival of this one.
  const taken = new Set(chosen.map((c) => c.token))
  const scans = new Map<string, NumberToken[]>()
  const years = year ? yearsNamed(read.text) : undefined
  // (each indicator's candidates, in order, gathered once: filtering all of them per observation grew with their product)
  const perIndicator = byIndicator(candidates)
  const observations: ObservationRow[] = chosen.map((c) => {
    const rivals = (perIndicator.get(c.indicatorId) ?? []).filter((x) => x !== c && !(x.token && x.token !== c.token && taken.has(x.token)))
    const { confidence, reasons } = confidenceOf(c, { text: read.text, rule: ruleOf.get(c.indicatorId)!, rivals, scans, year, years })
    const { start, end } = read.original(c)
    return {
      report_id: reportId,
      indicator_id: c.indicatorId,
      value: Math.round(c.value * 1e6) / 1e6,
      qualifier: c.qualifier,
      value_low: c.low,
      value_high: c.high,
      evidence: text.slice(start, end), // the report's own characters (traditional stays traditional)
      start,
      end,
      method: c.qualifier === 'derived' ? 'derived' : 'rule',
      reviewed: false,
      confidence,
      confidence_reasons: reasons.join(','),
    }
  })
  const report: ReportRow = {
    report_id: reportId,
    file,
    source_file: sidecar.source_file ?? file,
    title: sidecar.title ?? meta.title,
    agency: sidecar.agency ?? meta.agency,
    agency_en: sidecar.agency_en ?? null,
    region: sidecar.region ?? meta.region,
    sector: sidecar.sector ?? meta.sector,
    year: sidecar.year ?? meta.year,
    agency_source: sidecar.agency ? 'sidecar' : meta.agency_source,
    year_source: sidecar.year ? 'sidecar' : meta.year_source,
    script: norm.script,
    chars: text.length,
    sha256: input.sha256,
    imported_at: sidecar.imported_at ?? null,
  }
  return { report, observations, meta }
}

/**
 * Applying a `corrections.json` (src/pipeline/corrections.ts) to extracted rows: a pure function
 * shared by the CLI (scripts/extract.ts) and the browser (src/db/corrections.ts), so both give
 * identical rows for the same report and the same file. Corrections are applied in file order,
 * each to the rows as the ones before it left them; one that no longer fits (report gone, span
 * moved, confirmed value changed) is returned as stale with its reason, never dropped silently.
 */
import type { ObservationRow, ReportRow } from '../extract/types'
import { normalise } from '../extract/normalise'
import { scanNumbers } from '../extract/numbers'
import { META_FIELDS, type CorrectionsFile, type MetaField, type ReportCorrection, type Trail, type ValueCorrection } from './corrections'

/** One report's rows: the `reports` row, its observations and the original text they index. */
export interface ReportRows {
  report: ReportRow
  observations: ObservationRow[]
  text: string
}

export type StaleReason =
  /** No loaded report has this sha256. */
  | 'report_missing'
  /** The indicator is not in the catalogue. */
  | 'unknown_indicator'
  /** The text at start–end is not the recorded evidence and the evidence is not found once elsewhere. */
  | 'span_mismatch'
  /** The span holds no number (for a value given without its evidence). */
  | 'no_number'
  /** confirm/reject: the extractor no longer gives a value for this indicator. */
  | 'not_extracted'
  /** confirm/reject: the extractor now gives another value or span than the one confirmed/rejected. */
  | 'changed'

export interface StaleCorrection {
  kind: 'report' | 'value'
  /** Position in the file's `reports` or `values` array. */
  index: number
  reason: StaleReason
  correction: ReportCorrection | ValueCorrection
  /** changed: what the extractor now says. */
  current?: Pick<ObservationRow, 'value' | 'qualifier' | 'start' | 'end'>
}

export interface Applied {
  reports: ReportRows[]
  stale: StaleCorrection[]
  /** Corrections applied (not stale). */
  applied: number
}

/** Values equal as stored (rounded to 1e-6, as the extractor rounds them). */
function same(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))
}

const round = (n: number | null | undefined): number | null => (n == null ? null : Math.round(n * 1e6) / 1e6)

/** Where the correction's evidence is in `text` now, or why it cannot be placed. */
function locate(text: string, c: ValueCorrection): { start: number; end: number } | 'span_mismatch' | 'no_number' {
  const inText = c.end <= text.length
  if (c.evidence != null) {
    if (inText && text.slice(c.start, c.end) === c.evidence) return { start: c.start, end: c.end }
    const first = c.evidence ? text.indexOf(c.evidence) : -1
    if (first < 0 || text.indexOf(c.evidence, first + 1) >= 0) return 'span_mismatch'
    return { start: first, end: first + c.evidence.length }
  }
  if (!inText) return 'span_mismatch'
  if ((c.action === 'set' || c.action === 'add') && c.value !== 0) {
    const numbers = scanNumbers(normalise(text.slice(c.start, c.end)).text)
    if (!numbers.some((t) => t.kind === 'quantity')) return 'no_number'
  }
  return { start: c.start, end: c.end }
}

function trail(c: Trail): Pick<ObservationRow, 'review_by' | 'review_at' | 'review_note'> {
  return { review_by: c.by ?? null, review_at: c.at ?? null, review_note: c.note ?? null }
}

function matchesValue(o: ObservationRow, c: ValueCorrection): boolean {
  if (c.value === undefined && c.qualifier === undefined) return true
  return same(o.value, c.value) && (c.qualifier === undefined || o.qualifier === c.qualifier) &&
    same(o.value_low, c.value_low ?? null) && same(o.value_high, c.value_high ?? null)
}

/** Apply one value correction to one report's observations (in place); null when applied, else why not. */
function applyValue(rows: ReportRows, c: ValueCorrection, known: ReadonlySet<string>): Omit<StaleCorrection, 'kind' | 'index' | 'correction'> | null {
  if (!known.has(c.indicator_id)) return { reason: 'unknown_indicator' }
  const at = locate(rows.text, c)
  if (typeof at === 'string') return { reason: at }
  const obs = rows.observations
  const i = obs.findIndex((o) => o.indicator_id === c.indicator_id)
  const cur = i >= 0 ? obs[i] : null
  if (c.action === 'confirm' || c.action === 'reject') {
    if (!cur) return { reason: 'not_extracted' }
    if (cur.start !== at.start || cur.end !== at.end || !matchesValue(cur, c)) {
      return { reason: 'changed', current: { value: cur.value, qualifier: cur.qualifier, start: cur.start, end: cur.end } }
    }
    if (c.action === 'reject') obs.splice(i, 1)
    else obs[i] = { ...cur, reviewed: true, ...trail(c) }
    return null
  }
  // set / add: the manual value wins over whatever the extractor says.
  let moved: ObservationRow | null = null
  if (c.from_indicator_id && c.from_indicator_id !== c.indicator_id) {
    const j = obs.findIndex((o) => o.indicator_id === c.from_indicator_id && o.start === at.start && o.end === at.end)
    if (j >= 0) moved = obs.splice(j, 1)[0]
  }
  const before = obs.find((o) => o.indicator_id === c.indicator_id) ?? null
  const earlier = before ?? moved
  const range = c.qualifier === 'range'
  const row: ObservationRow = {
    report_id: rows.report.report_id,
    indicator_id: c.indicator_id,
    value: round(range ? (c.value ?? c.value_low) : c.value) as number,
    qualifier: c.qualifier ?? 'exact',
    value_low: range ? round(c.value_low) : null,
    value_high: range ? round(c.value_high) : null,
    evidence: rows.text.slice(at.start, at.end),
    start: at.start,
    end: at.end,
    method: 'manual',
    reviewed: true,
    // A person stated it: no doubt left for the review queue to raise.
    confidence: 1,
    confidence_reasons: '',
    // The extractor's value, kept through later corrections of an already corrected row.
    original_value: earlier ? (earlier.method === 'manual' ? (earlier.original_value ?? null) : earlier.value) : null,
    original_indicator: moved ? (moved.method === 'manual' ? (moved.original_indicator ?? moved.indicator_id) : moved.indicator_id) : (before?.original_indicator ?? null),
    ...trail(c),
  }
  if (before) obs[obs.indexOf(before)] = row
  else obs.push(row)
  return null
}

/** Apply one report correction (in place). */
function applyReport(rows: ReportRows, c: ReportCorrection): void {
  const r = rows.report
  const original: Record<string, unknown> = r.original_meta ? (JSON.parse(r.original_meta) as Record<string, unknown>) : {}
  const fields = new Set((r.corrected_fields ?? '').split(',').filter(Boolean))
  const next: ReportRow = { ...r }
  // A field a person set is listed even when the value stays (confirmed); what it was is kept only when it changed.
  const set = (f: MetaField, v: string | number | null) => {
    fields.add(f)
    if (next[f] === v) return
    if (!(f in original)) original[f] = r[f]
    ;(next as unknown as Record<string, unknown>)[f] = v
  }
  for (const f of META_FIELDS) {
    const v = c[f]
    if (v === undefined) continue
    set(f, typeof v === 'string' ? v.trim() : v)
  }
  // A new agency name without its English name: the old English name no longer fits it.
  if (c.agency !== undefined && c.agency_en === undefined && next.agency !== r.agency && next.agency_en != null) set('agency_en', null)
  rows.report = {
    ...next,
    corrected_fields: META_FIELDS.filter((f) => fields.has(f)).join(','),
    original_meta: JSON.stringify(original),
    review_by: c.by ?? null,
    review_at: c.at ?? null,
    review_note: c.note ?? null,
  }
}

/**
 * Apply `file` to the given reports' rows (pure: the input is not changed). Corrections for a
 * report that is not among them are stale (`report_missing`); `known` is the catalogue's
 * indicator ids.
 */
export function applyCorrections(input: readonly ReportRows[], file: CorrectionsFile, known: ReadonlySet<string>): Applied {
  const bySha = new Map<string, ReportRows>()
  const out = input.map((r) => {
    const copy: ReportRows = { report: { ...r.report }, observations: r.observations.map((o) => ({ ...o })), text: r.text }
    bySha.set(r.report.sha256, copy)
    return copy
  })
  const stale: StaleCorrection[] = []
  let applied = 0
  file.reports.forEach((c, index) => {
    const rows = bySha.get(c.report_sha256)
    if (!rows) return void stale.push({ kind: 'report', index, reason: 'report_missing', correction: c })
    applyReport(rows, c)
    applied++
  })
  file.values.forEach((c, index) => {
    const rows = bySha.get(c.report_sha256)
    const why = rows ? applyValue(rows, c, known) : { reason: 'report_missing' as const }
    if (why) stale.push({ kind: 'value', index, correction: c, ...why })
    else applied++
  })
  return { reports: out, stale, applied }
}

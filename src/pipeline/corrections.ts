/**
 * An analyst's review as data: the `corrections.json` format (README "Corrections"), its parser
 * with clear bilingual messages, and the pure function that applies it to extracted rows.
 * Used after extraction by the CLI (scripts/extract.ts) and in the browser (src/db/corrections.ts,
 * src/stores/importFlow.ts), so both give identical rows for the same report and the same file.
 *
 * A correction is anchored to content, never to row ids: the report's sha256 (of the original
 * bytes), the indicator, and the evidence offsets into the report's original text (with the
 * evidence itself, so a shifted span is found again). Corrections are applied in file order, each
 * to the rows as the ones before it left them: applying A then B equals applying A followed by B
 * in one file, which is what lets the browser apply its own corrections on top of tables that
 * already carry the published ones. A manual value wins over whatever the extractor now says; a
 * correction that no longer fits (report gone, span moved, confirmed value changed) is returned
 * as stale with its reason, never dropped silently.
 */
import type { ObservationRow, Qualifier, ReportRow } from '../extract/types'
import { normalise } from '../extract/normalise'
import { scanNumbers } from '../extract/numbers'

export const CORRECTIONS_VERSION = 1

export const VALUE_ACTIONS = ['confirm', 'set', 'reject', 'add'] as const
export type ValueAction = (typeof VALUE_ACTIONS)[number]
export const REJECT_REASONS = ['not_indicator', 'target', 'sub_figure', 'other'] as const
export type RejectReason = (typeof REJECT_REASONS)[number]
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'approx', 'at_least', 'at_most', 'range', 'derived']
/** Report fields a correction may set. */
export const META_FIELDS = ['agency', 'agency_en', 'region', 'sector', 'year', 'title'] as const
export type MetaField = (typeof META_FIELDS)[number]

/** Who made a correction, when, and why. */
export interface Trail {
  note?: string
  /** ISO time. */
  at?: string
  by?: string
}

export interface ReportCorrection extends Trail, Partial<Record<Exclude<MetaField, 'year'>, string>> {
  report_sha256: string
  year?: number
}

export interface ValueCorrection extends Trail {
  report_sha256: string
  indicator_id: string
  action: ValueAction
  /** The value (set/add; for confirm: the value confirmed). A range's `value` is its low end. */
  value?: number
  qualifier?: Qualifier
  value_low?: number | null
  value_high?: number | null
  /** Evidence offsets into the report's original text, and the evidence itself. */
  start: number
  end: number
  evidence?: string
  /** set/add: the value was filed under this indicator; that observation is removed (a move). */
  from_indicator_id?: string
  /** reject: why. */
  reason?: RejectReason
}

export interface CorrectionsFile {
  version: typeof CORRECTIONS_VERSION
  reports: ReportCorrection[]
  values: ValueCorrection[]
}

export function emptyCorrections(): CorrectionsFile {
  return { version: CORRECTIONS_VERSION, reports: [], values: [] }
}

// ---------------------------------------------------------------------------------------------
// Parsing and validation

export interface CorrectionProblem {
  /** Where in the file: `values[3].value`, or '' for the whole file. */
  path: string
  message_zh: string
  message_en: string
}

export type ParsedCorrections = { ok: true; file: CorrectionsFile } | { ok: false; problems: CorrectionProblem[] }

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const SHA = /^[0-9a-f]{64}$/
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)
const offset = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0

function problem(path: string, zh: string, en: string): CorrectionProblem {
  return { path, message_zh: path ? `${path}：${zh}` : zh, message_en: path ? `${path}: ${en}` : en }
}

function checkTrail(x: Record<string, unknown>, path: string, out: CorrectionProblem[]): void {
  for (const k of ['note', 'at', 'by'] as const) {
    if (x[k] != null && typeof x[k] !== 'string') out.push(problem(`${path}.${k}`, '应为文字', 'must be a string'))
  }
  if (typeof x.at === 'string' && Number.isNaN(Date.parse(x.at))) out.push(problem(`${path}.at`, '不是有效的时间（应为 ISO 格式，如 2024-05-06T08:00:00Z）', 'is not a valid time (use ISO format, e.g. 2024-05-06T08:00:00Z)'))
}

function checkSha(x: Record<string, unknown>, path: string, out: CorrectionProblem[]): void {
  if (typeof x.report_sha256 !== 'string' || !SHA.test(x.report_sha256)) {
    out.push(problem(`${path}.report_sha256`, '应为报告原始文件的 SHA-256（64 位小写十六进制）', "must be the SHA-256 of the report's original bytes (64 lower-case hex digits)"))
  }
}

function checkReport(x: unknown, path: string, out: CorrectionProblem[]): void {
  if (!isObj(x)) return void out.push(problem(path, '应为对象', 'must be an object'))
  checkSha(x, path, out)
  checkTrail(x, path, out)
  let fields = 0
  for (const f of META_FIELDS) {
    if (x[f] === undefined) continue
    fields++
    if (f === 'year') {
      if (!Number.isInteger(x.year) || (x.year as number) < 1949 || (x.year as number) > 2100) out.push(problem(`${path}.year`, '应为 1949–2100 之间的整数年份', 'must be a whole year between 1949 and 2100'))
    } else if (typeof x[f] !== 'string' || !(x[f] as string).trim()) {
      out.push(problem(`${path}.${f}`, '应为非空文字', 'must be a non-empty string'))
    }
  }
  if (!fields) out.push(problem(path, `没有要修改的字段（${META_FIELDS.join('、')}）`, `changes nothing (fields: ${META_FIELDS.join(', ')})`))
}

function checkValue(x: unknown, path: string, out: CorrectionProblem[]): void {
  if (!isObj(x)) return void out.push(problem(path, '应为对象', 'must be an object'))
  checkSha(x, path, out)
  checkTrail(x, path, out)
  if (typeof x.indicator_id !== 'string' || !x.indicator_id) out.push(problem(`${path}.indicator_id`, '应为指标编号', 'must be an indicator id'))
  if (!(VALUE_ACTIONS as readonly unknown[]).includes(x.action)) {
    out.push(problem(`${path}.action`, `应为 ${VALUE_ACTIONS.join('、')} 之一`, `must be one of ${VALUE_ACTIONS.join(', ')}`))
  }
  if (!offset(x.start) || !offset(x.end) || (x.end as number) <= (x.start as number)) {
    out.push(problem(`${path}.start`, 'start 和 end 应为原文中的字符位置（整数，start < end）', 'start and end must be character offsets into the original text (integers, start < end)'))
  }
  if (x.evidence != null && typeof x.evidence !== 'string') out.push(problem(`${path}.evidence`, '应为文字', 'must be a string'))
  if (x.qualifier != null && !QUALIFIERS.includes(x.qualifier as Qualifier)) {
    out.push(problem(`${path}.qualifier`, `应为 ${QUALIFIERS.join('、')} 之一`, `must be one of ${QUALIFIERS.join(', ')}`))
  }
  for (const k of ['value', 'value_low', 'value_high'] as const) {
    if (x[k] != null && !finite(x[k])) out.push(problem(`${path}.${k}`, '应为数字', 'must be a number'))
  }
  if (x.action === 'set' || x.action === 'add') {
    if (x.qualifier === 'range') {
      if (!finite(x.value_low) || !finite(x.value_high) || x.value_low > x.value_high) out.push(problem(`${path}.value_low`, '区间需要 value_low ≤ value_high', 'a range needs value_low ≤ value_high'))
    } else if (!finite(x.value)) {
      out.push(problem(`${path}.value`, `${x.action} 需要数值 value`, `${x.action} needs a numeric value`))
    }
  }
  if (x.from_indicator_id != null && (typeof x.from_indicator_id !== 'string' || x.action === 'confirm' || x.action === 'reject')) {
    out.push(problem(`${path}.from_indicator_id`, '只用于 set/add，应为指标编号', 'is for set/add only and must be an indicator id'))
  }
  if (x.reason != null && (x.action !== 'reject' || !(REJECT_REASONS as readonly unknown[]).includes(x.reason))) {
    out.push(problem(`${path}.reason`, `只用于 reject，应为 ${REJECT_REASONS.join('、')} 之一`, `is for reject only and must be one of ${REJECT_REASONS.join(', ')}`))
  }
}

/** The whole file is refused when any part of it is wrong, so a bad file changes nothing. */
export function parseCorrections(input: string | unknown): ParsedCorrections {
  let json = input
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ''))
    } catch (e) {
      return { ok: false, problems: [problem('', `不是有效的 JSON（${(e as Error).message}）`, `is not valid JSON (${(e as Error).message})`)] }
    }
  }
  if (!isObj(json)) return { ok: false, problems: [problem('', '应为一个 JSON 对象 {"version": 1, …}', 'must be a JSON object {"version": 1, …}')] }
  if (json.version !== CORRECTIONS_VERSION) {
    const v = JSON.stringify(json.version ?? null)
    return { ok: false, problems: [problem('version', `不支持的版本 ${v}：本程序读取版本 ${CORRECTIONS_VERSION}`, `unknown version ${v}: this program reads version ${CORRECTIONS_VERSION}`)] }
  }
  const out: CorrectionProblem[] = []
  for (const key of ['reports', 'values'] as const) {
    if (json[key] !== undefined && !Array.isArray(json[key])) out.push(problem(key, '应为数组', 'must be an array'))
  }
  const reports = Array.isArray(json.reports) ? json.reports : []
  const values = Array.isArray(json.values) ? json.values : []
  reports.forEach((r, i) => checkReport(r, `reports[${i}]`, out))
  values.forEach((v, i) => checkValue(v, `values[${i}]`, out))
  if (out.length) return { ok: false, problems: out }
  return { ok: true, file: { version: CORRECTIONS_VERSION, reports: reports as ReportCorrection[], values: values as ValueCorrection[] } }
}

/** The file as written: stable key order, two-space indent, newline at the end. */
export function serializeCorrections(file: CorrectionsFile): string {
  return JSON.stringify({ version: file.version, reports: file.reports, values: file.values }, null, 2) + '\n'
}

/** One file after the other (published, then this browser's): applying it equals applying both in turn. */
export function concatCorrections(a: CorrectionsFile, b: CorrectionsFile): CorrectionsFile {
  return { version: CORRECTIONS_VERSION, reports: [...a.reports, ...b.reports], values: [...a.values, ...b.values] }
}

// ---------------------------------------------------------------------------------------------
// Applying

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

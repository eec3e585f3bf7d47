/**
 * An analyst's review as data: the `corrections.json` format (README "Corrections") and its parser
 * with clear bilingual messages; src/pipeline/applyCorrections.ts applies it to extracted rows.
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
import type { Qualifier } from '../extract/types'

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

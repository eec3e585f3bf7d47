/**
 * The import of one file, and the restore of stored imports, as plain async functions over
 * injected steps (extract in the Worker, append to DuckDB, store in IndexedDB), so the import
 * store stays thin and Node tests can run the real extraction and a real DuckDB through them.
 * Every failure becomes a value with a reason (a file that ran out of time or was cancelled too);
 * nothing here throws.
 */
import type { AppendOutcome, AppendWarning, ImportRows } from '../db/append'
import { parseStoredImport, toStoredImport, type ImportStorage, type StoredImport } from '../db/persist'
import { DEFAULT_MAX_BYTES, errors } from '../ingest/types'
import { ExtractionStopped } from '../workers/protocol'

/** What the Worker gives back for one file. */
export type Extracted =
  | { ok: true; rows: ImportRows; warnings: string[] }
  | { ok: false; code: string; message_zh: string; message_en: string }

export interface FlowDeps {
  extract(file: File): Promise<Extracted>
  append(rows: readonly ImportRows[]): Promise<AppendOutcome[]>
  storage: ImportStorage
  maxBytes?: number
}

/** A failure, either with its own bilingual message (from ingest) or an `import.errors.<code>` key. */
export interface ImportProblem {
  code: string
  message_zh?: string
  message_en?: string
  params?: Record<string, string | number>
}

export interface ImportedInfo {
  report_id: string
  sha256: string
  name: string
  agency: string
  year: number
  indicators: number
  warnings: AppendWarning[]
  /** Kept in this browser's storage (false: this session only). */
  stored: boolean
  /** Why it could not be stored: the storage is full, or another reason (its message). */
  storeProblem?: { quota: boolean; reason: string }
}

export type FileOutcome = ({ ok: true } & ImportedInfo) | ({ ok: false } & ImportProblem)

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

function info(rows: ImportRows, name: string, warnings: AppendWarning[], stored: boolean): ImportedInfo {
  const r = rows.report
  return { report_id: r.report_id, sha256: r.sha256, name, agency: r.agency ?? r.report_id, year: r.year ?? 0, indicators: rows.observations.length, warnings, stored }
}

/** A storage failure as the user should hear it: a full quota is its own case (free space, then retry). */
export function storageProblem(e: unknown): { quota: boolean; reason: string } {
  const name = e instanceof Error || e instanceof DOMException ? e.name : ''
  const reason = message(e)
  return { quota: name === 'QuotaExceededError' || /quota/i.test(reason), reason }
}

function refused(o: Exclude<AppendOutcome, { ok: true }>): ImportProblem {
  return o.code === 'duplicate'
    ? { code: 'duplicate', params: { agency: o.duplicateOf.agency, year: o.duplicateOf.year } }
    : { code: 'no_year' }
}

/** Size check → extract → append → store. Always resolves with the file's outcome. */
export async function importFile(file: File, deps: FlowDeps): Promise<FileOutcome> {
  const max = deps.maxBytes ?? DEFAULT_MAX_BYTES
  if (file.size > max) {
    const { code, message_zh, message_en } = errors.tooLarge(file.size, max)
    return { ok: false, code, message_zh, message_en }
  }
  let extracted: Extracted
  try {
    extracted = await deps.extract(file)
  } catch (e) {
    if (e instanceof ExtractionStopped) return { ok: false, code: e.reason, params: { s: Math.round(e.budgetMs / 1000) } }
    return { ok: false, code: 'worker', params: { reason: message(e) } }
  }
  if (!extracted.ok) return { ok: false, code: extracted.code, message_zh: extracted.message_zh, message_en: extracted.message_en }
  let outcome: AppendOutcome
  try {
    ;[outcome] = await deps.append([extracted.rows])
  } catch (e) {
    return { ok: false, code: 'database', params: { reason: message(e) } }
  }
  if (!outcome.ok) return { ok: false, ...refused(outcome) }
  try {
    await deps.storage.put(toStoredImport(outcome.rows, file.name))
  } catch (e) {
    return { ok: true, ...info(outcome.rows, file.name, outcome.warnings, false), storeProblem: storageProblem(e) }
  }
  return { ok: true, ...info(outcome.rows, file.name, outcome.warnings, true) }
}

/**
 * Load every stored import into the tables, oldest first. Records this version cannot read are
 * dropped from storage; a report that is loaded anyway (same sha256, e.g. bundled since) is skipped.
 */
export async function restoreStored(deps: Pick<FlowDeps, 'append' | 'storage'>): Promise<{ restored: ImportedInfo[]; failed: number }> {
  const records = (await deps.storage.all()).map((x) => ({ raw: x, rec: parseStoredImport(x) }))
  const valid = records.flatMap((r) => (r.rec ? [r.rec] : []))
  for (const r of records) {
    const sha = (r.raw as { sha256?: unknown } | null)?.sha256
    if (!r.rec && typeof sha === 'string') await deps.storage.delete(sha).catch(() => undefined)
  }
  valid.sort((a, b) => a.stored_at.localeCompare(b.stored_at))
  const restored: ImportedInfo[] = []
  let failed = records.length - valid.length
  for (const rec of valid) {
    try {
      const [o] = await deps.append([rec])
      if (o.ok) restored.push(info(o.rows, rec.name, o.warnings, true))
      else if (o.code !== 'duplicate') failed++
    } catch {
      failed++
    }
  }
  return { restored, failed }
}

export type { StoredImport }

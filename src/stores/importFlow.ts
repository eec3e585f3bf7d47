/**
 * The import of one file, and the restore of stored imports, as plain async functions over
 * injected steps (extract in the Worker, append to DuckDB, store in IndexedDB), so the import
 * store stays thin and Node tests can run the real extraction and a real DuckDB through them.
 * Every failure becomes a value with a reason (a file that ran out of time or was cancelled too);
 * nothing here throws.
 */
import type { AppendOutcome, AppendWarning, DuplicateDecision, ImportRows } from '../db/append'
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
  /** A report with the same text or agency and year is loaded: the rows wait for `resolveDuplicate`. */
  pending?: { rows: ImportRows; name: string }
}

export interface ImportedInfo {
  report_id: string
  sha256: string
  name: string
  agency: string
  year: number
  indicators: number
  warnings: AppendWarning[]
  /** Kept beside the loaded report it repeats (not counted in charts). */
  duplicate_of: string | null
  /** The loaded report this one replaced (gone from the tables and this browser). */
  replaced?: { report_id: string; sha256: string | null }
  /** Kept in this browser's storage (false: this session only). */
  stored: boolean
  /** Why it could not be stored: the storage is full, or another reason (its message). */
  storeProblem?: { quota: boolean; reason: string }
}

export type FileOutcome = ({ ok: true } & ImportedInfo) | ({ ok: false } & ImportProblem)

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

function info(o: Extract<AppendOutcome, { ok: true }>, name: string, stored: boolean): ImportedInfo {
  const r = o.rows.report
  return {
    report_id: r.report_id, sha256: r.sha256, name, agency: r.agency ?? r.report_id, year: r.year ?? 0, indicators: o.rows.observations.length,
    warnings: o.warnings, stored, duplicate_of: r.duplicate_of ?? null,
    ...(o.replaced ? { replaced: { report_id: o.replaced.report_id, sha256: o.replaced.sha256 } } : {}),
  }
}

/** A storage failure as the user should hear it: a full quota is its own case (free space, then retry). */
export function storageProblem(e: unknown): { quota: boolean; reason: string } {
  const name = e instanceof Error || e instanceof DOMException ? e.name : ''
  const reason = message(e)
  return { quota: name === 'QuotaExceededError' || /quota/i.test(reason), reason }
}

function refused(o: Exclude<AppendOutcome, { ok: true }>, rows: ImportRows, name: string): ImportProblem {
  if (o.code === 'no_year') return { code: 'no_year' }
  const params = { agency: o.duplicateOf.agency, year: o.duplicateOf.year }
  return o.code === 'duplicate' ? { code: o.code, params } : { code: o.code, params, pending: { rows, name } }
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
  return appendAndStore(extracted.rows, file.name, deps)
}

/**
 * The answer to "已有同一单位同一年度的报告": `replace` the loaded report (its rows go, and its
 * record in this browser if it was imported here) or `keep` both, this one marked as the copy.
 * The decision is stored with the report, so a reload does the same again.
 */
export function resolveDuplicate(pending: { rows: ImportRows; name: string }, decision: DuplicateDecision, deps: Pick<FlowDeps, 'append' | 'storage'>): Promise<FileOutcome> {
  return appendAndStore({ ...pending.rows, decision }, pending.name, deps)
}

async function appendAndStore(rows: ImportRows, name: string, deps: Pick<FlowDeps, 'append' | 'storage'>): Promise<FileOutcome> {
  let outcome: AppendOutcome
  try {
    ;[outcome] = await deps.append([rows])
  } catch (e) {
    return { ok: false, code: 'database', params: { reason: message(e) } }
  }
  if (!outcome.ok) return { ok: false, ...refused(outcome, rows, name) }
  const replacedSha = outcome.replaced?.sha256
  try {
    if (replacedSha) await deps.storage.delete(replacedSha)
    await deps.storage.put(toStoredImport(outcome.rows, name))
  } catch (e) {
    return { ok: true, ...info(outcome, name, false), storeProblem: storageProblem(e) }
  }
  return { ok: true, ...info(outcome, name, true) }
}

/**
 * Load every stored import into the tables, oldest first, with the decision stored with it (a
 * replaced bundled report is replaced again). Records this version cannot read are dropped from
 * storage; a report that is loaded anyway (same sha256, e.g. bundled since) is skipped; one that
 * now repeats a loaded report without a decision (published since) is kept, marked as the copy.
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
      let [o] = await deps.append([rec])
      if (!o.ok && (o.code === 'same_content' || o.code === 'same_agency_year')) [o] = await deps.append([{ ...rec, decision: 'keep' }])
      if (o.ok) restored.push(info(o, rec.name, true))
      else if (o.code !== 'duplicate') failed++
    } catch {
      failed++
    }
  }
  return { restored, failed }
}

export type { StoredImport }

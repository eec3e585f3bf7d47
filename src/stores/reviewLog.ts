/**
 * The pure side of the review store (./review.ts): this browser's corrections as a log on top of
 * the published file — adding an entry with its trail, merging an imported file without taking
 * in twice what is already there, and the history of one value or report.
 */
import type { CorrectionsFile, ReportCorrection, ValueCorrection } from '../pipeline/corrections'
import type { CorrectionSource } from '../db/corrections'

export type AnyCorrection = ValueCorrection | ReportCorrection

export function isValueCorrection(c: AnyCorrection): c is ValueCorrection {
  return 'action' in c
}

/** The correction with who made it and when (an empty name is left out). */
export function withTrail<T extends AnyCorrection>(c: T, by: string, now: Date = new Date()): T {
  const name = by.trim()
  return { ...c, at: now.toISOString(), ...(name ? { by: name } : {}) }
}

/** `local` with `c` appended (a new file; the old one is not changed). */
export function appendTo(local: CorrectionsFile, c: AnyCorrection): CorrectionsFile {
  return isValueCorrection(c) ? { ...local, values: [...local.values, c] } : { ...local, reports: [...local.reports, c] }
}

/** `local` without its `kind` entry at `index`. */
export function removeFrom(local: CorrectionsFile, kind: 'report' | 'value', index: number): CorrectionsFile {
  return kind === 'value' ? { ...local, values: local.values.filter((_, i) => i !== index) } : { ...local, reports: local.reports.filter((_, i) => i !== index) }
}

const key = (c: AnyCorrection) => JSON.stringify(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)))

/**
 * An imported file merged into this browser's corrections: entries already published or already
 * here are skipped (an exported file holds the published ones too), the rest appended in order.
 */
export function mergeImported(local: CorrectionsFile, published: CorrectionsFile, incoming: CorrectionsFile): { file: CorrectionsFile; added: number; skipped: number } {
  const seen = new Set([...published.reports, ...published.values, ...local.reports, ...local.values].map(key))
  let file = local
  let added = 0
  for (const c of [...incoming.reports, ...incoming.values]) {
    const k = key(c)
    if (seen.has(k)) continue
    seen.add(k)
    file = appendTo(file, c)
    added++
  }
  return { file, added, skipped: incoming.reports.length + incoming.values.length - added }
}

export interface HistoryEntry<T extends AnyCorrection = AnyCorrection> {
  source: CorrectionSource
  index: number
  correction: T
}

/** Every correction of one value (report × indicator, a move's source included), published first, in order. */
export function valueHistory(published: CorrectionsFile, local: CorrectionsFile, sha: string, indicatorId: string): HistoryEntry<ValueCorrection>[] {
  const mine = (c: ValueCorrection) => c.report_sha256 === sha && (c.indicator_id === indicatorId || c.from_indicator_id === indicatorId)
  const pick = (f: CorrectionsFile, source: CorrectionSource) => f.values.flatMap((c, index) => (mine(c) ? [{ source, index, correction: c }] : []))
  return [...pick(published, 'published'), ...pick(local, 'local')]
}

/** Every metadata correction of one report, published first, in order. */
export function reportHistory(published: CorrectionsFile, local: CorrectionsFile, sha: string): HistoryEntry<ReportCorrection>[] {
  const pick = (f: CorrectionsFile, source: CorrectionSource) => f.reports.flatMap((c, index) => (c.report_sha256 === sha ? [{ source, index, correction: c }] : []))
  return [...pick(published, 'published'), ...pick(local, 'local')]
}

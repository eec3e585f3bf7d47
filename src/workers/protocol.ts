/** Messages between the app and the extraction Worker, and how long one file may take there. */
import type { ObservationRow, ReportRow } from '../extract'

export interface ImportRequest {
  id: number
  files: { name: string; bytes: ArrayBuffer }[]
}

export interface ImportedReport {
  name: string
  report: ReportRow
  observations: ObservationRow[]
  text: string
  warnings: string[]
}

export interface ImportFailure {
  name: string
  code: string
  message_zh: string
  message_en: string
}

export type ImportEvent =
  | { id: number; type: 'progress'; done: number; total: number; name: string }
  | { id: number; type: 'done'; reports: ImportedReport[]; failures: ImportFailure[] }

/**
 * The time one file may take in the Worker: 30 s, plus 3 s per MB. Extraction runs at well under
 * 1 s per MB, so only a hostile or broken file reaches it; the Worker is then stopped and the
 * next file gets a fresh one.
 */
export function extractionBudgetMs(bytes: number): number {
  return 30_000 + Math.ceil((3_000 * bytes) / (1024 * 1024))
}

/** A file's extraction was stopped: it ran out of its time budget, or the user cancelled the import. */
export class ExtractionStopped extends Error {
  constructor(
    readonly reason: 'timeout' | 'cancelled',
    readonly budgetMs = 0,
  ) {
    super(reason === 'timeout' ? `extraction took longer than ${Math.round(budgetMs / 1000)} s` : 'the import was cancelled')
    this.name = 'ExtractionStopped'
  }
}

/** Messages between the app and the extraction Worker. */
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

/**
 * "Download tables": the loaded reports, observations and indicators as CSV files (UTF-8 with
 * BOM, via ./csv.ts) in one ZIP (./archive.ts), for the office's data person. Column headers are
 * the published column names (README "Tables") whatever the UI language.
 */
import type { ZipEntry } from './archive'
import { toCsv } from './csv'
import { isoDate, safeFilePart } from './text'

export function tableZipEntries(tables: readonly { name: string; rows: readonly Record<string, unknown>[] }[]): ZipEntry[] {
  return tables.map((t) => ({ name: `${t.name}.csv`, data: toCsv(t.rows, 'en') }))
}

/** `法治指标数据表_2026-12-01.zip`: what it is (in the UI language), then the day it was taken. */
export function tableZipName(title: string, date: Date): string {
  return `${safeFilePart(title)}_${isoDate(date)}.zip`
}

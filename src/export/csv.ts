/**
 * CSV of the data behind a chart (pure): UTF-8 with BOM (Excel opens Chinese correctly),
 * CRLF line ends, RFC 4180 quoting, and text cells that a spreadsheet would run as a
 * formula (= + - @ at the start) prefixed with an apostrophe.
 */
import type { Locale } from '../queries/types'
import { exportMsg } from './messages'

export const BOM = '\uFEFF'

/** Columns in first-seen order over all rows. */
export function csvColumns(rows: readonly Record<string, unknown>[]): string[] {
  const cols: string[] = []
  const seen = new Set<string>()
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k)
        cols.push(k)
      }
    }
  }
  return cols
}

/** Header label of a column: known columns in the UI language, others as their key. */
export function columnHeader(key: string, locale: Locale): string {
  const label = exportMsg(locale, `export.columns.${key}`)
  return label.startsWith('export.') ? key : label
}

export function csvCell(v: unknown): string {
  if (v == null) return ''
  let s: string
  if (typeof v === 'number') s = Number.isFinite(v) ? String(v) : ''
  else if (typeof v === 'boolean') s = v ? 'true' : 'false'
  else if (v instanceof Date) s = v.toISOString()
  else if (typeof v === 'object') s = JSON.stringify(v)
  else {
    s = String(v)
    if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?%?$/.test(s)) s = `'${s}`
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The whole file as a string (starts with a BOM). Empty rows → header-less empty file with BOM. */
export function toCsv(rows: readonly Record<string, unknown>[] | undefined, locale: Locale): string {
  const list = rows ?? []
  const cols = csvColumns(list)
  return gridCsv(cols.map((c) => columnHeader(c, locale)), list.map((r) => cols.map((c) => r[c])))
}

/** A header and rows of cells (columns by position: a result may repeat a name) as a CSV file with BOM. */
export function gridCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  if (header.length === 0) return BOM
  const lines = [header.map(csvCell).join(',')]
  for (const r of rows) lines.push(header.map((_, i) => csvCell(r[i])).join(','))
  return BOM + lines.join('\r\n') + '\r\n'
}

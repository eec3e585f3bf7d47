/**
 * Whole-view exports: a ZIP of every chart as PNG plus the CSV behind it (the deck is in
 * ./deck.ts). The pure parts (entry names) are here with the assembly; `jszip` is imported on
 * first use only, so it is not in the initial bundle.
 */
import type { Locale } from '../queries/types'
import { toCsv } from './csv'
import { agenciesFilePart, chartFileName, type ExportSource } from './meta'
import { exportFileName, uniqueNames } from './text'

export interface ZipEntry {
  name: string
  data: Blob | Uint8Array | string
}

/** Names of the PNG and CSV of each chart, unique within the archive. */
export function viewEntryNames(sources: readonly ExportSource[], locale: Locale): { png: string; csv: string }[] {
  const stems = uniqueNames(sources.map((s) => chartFileName(s, 'png', locale))).map((n) => n.replace(/\.png$/, ''))
  return stems.map((stem) => ({ png: `${stem}.png`, csv: `${stem}.csv` }))
}

/** One PNG and one CSV per chart, in page order; then the figure paragraphs as text, when given. */
export function viewZipEntries(charts: readonly { source: ExportSource; png: Blob | Uint8Array }[], locale: Locale, summary?: { name: string; text: string }): ZipEntry[] {
  const names = viewEntryNames(charts.map((c) => c.source), locale)
  const entries: ZipEntry[] = charts.flatMap((c, i) => [
    { name: names[i].png, data: c.png },
    { name: names[i].csv, data: toCsv(c.source.rows, locale) },
  ])
  if (summary) entries.push({ name: `${summary.name}.txt`, data: summary.text })
  return entries
}

/** Name of a whole-view file: the view, the agencies picked, the years shown — `总览_2023.zip`, `排名_江津区气象局_2022-2023.docx`. */
export function viewFileName(viewTitle: string, sources: readonly ExportSource[], ext: 'zip' | 'pptx' | 'docx' | 'xlsx', locale: Locale): string {
  const years = new Set<number>()
  for (const s of sources) for (const r of s.rows ?? []) if (typeof r.year === 'number') years.add(r.year)
  const agencies = agenciesFilePart(sources.find((s) => s.scope)?.scope?.agencies, locale)
  return exportFileName([viewTitle, agencies].filter(Boolean).join('_'), [...years], ext)
}

export async function buildZip(entries: readonly ZipEntry[], type: 'blob'): Promise<Blob>
export async function buildZip(entries: readonly ZipEntry[], type: 'uint8array'): Promise<Uint8Array>
export async function buildZip(entries: readonly ZipEntry[], type: 'blob' | 'uint8array'): Promise<Blob | Uint8Array> {
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  for (const e of entries) {
    // PNG is already compressed; CSV text deflates well.
    zip.file(e.name, e.data, { compression: e.name.endsWith('.png') ? 'STORE' : 'DEFLATE', createFolders: false })
  }
  return zip.generateAsync({ type, mimeType: 'application/zip' })
}

/**
 * Whole-view exports: a ZIP of every chart as PNG plus the CSV behind it, and a PPTX deck
 * with one chart per slide. The pure parts (entry names, slide texts and geometry) are here
 * with the assembly; `jszip` and `pptxgenjs` are imported on first use only, so neither is
 * in the initial bundle.
 */
import type { Locale } from '../queries/types'
import { toCsv } from './csv'
import { chartFileName, detailText, selectionText, type ExportSource } from './meta'
import { exportMsg } from './messages'
import { exportFileName, isoDate, uniqueNames } from './text'

export interface ZipEntry {
  name: string
  data: Blob | Uint8Array | string
}

/** Names of the PNG and CSV of each chart, unique within the archive. */
export function viewEntryNames(sources: readonly ExportSource[]): { png: string; csv: string }[] {
  const stems = uniqueNames(sources.map((s) => chartFileName(s, 'png'))).map((n) => n.replace(/\.png$/, ''))
  return stems.map((stem) => ({ png: `${stem}.png`, csv: `${stem}.csv` }))
}

/** One PNG and one CSV per chart, in page order. */
export function viewZipEntries(charts: readonly { source: ExportSource; png: Blob | Uint8Array }[], locale: Locale): ZipEntry[] {
  const names = viewEntryNames(charts.map((c) => c.source))
  return charts.flatMap((c, i) => [
    { name: names[i].png, data: c.png },
    { name: names[i].csv, data: toCsv(c.source.rows, locale) },
  ])
}

/** Name of a whole-view file: `总览_2023.zip`. */
export function viewFileName(viewTitle: string, sources: readonly ExportSource[], ext: 'zip' | 'pptx' | 'docx' | 'xlsx'): string {
  const years = new Set<number>()
  for (const s of sources) for (const r of s.rows ?? []) if (typeof r.year === 'number') years.add(r.year)
  return exportFileName(viewTitle, [...years], ext)
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

/** Slide size (16:9, inches) and the box the chart image is fitted into. */
export const SLIDE = { w: 13.333, h: 7.5, pad: 0.5, titleY: 0.3, titleH: 0.75, subY: 1.05, subH: 0.5, imgY: 1.6, noteH: 0.4 }

/**
 * A slide's chart picture: 800 CSS px wide (so 12 px text reads as ~13 pt on the slide),
 * drawn at 3× (2400 px), at least as tall as the slide's chart box is in proportion.
 */
export const SLIDE_IMAGE = {
  width: 800,
  pixelRatio: 3,
  minHeight: Math.round((800 * (SLIDE.h - SLIDE.imgY - SLIDE.noteH - 0.25)) / (SLIDE.w - 2 * SLIDE.pad)),
}

/** Fit an image of `w × h` (any unit) into the slide's chart box, centred, aspect kept. */
export function slideImageBox(w: number, h: number): { x: number; y: number; w: number; h: number } {
  const boxW = SLIDE.w - 2 * SLIDE.pad
  const boxH = SLIDE.h - SLIDE.imgY - SLIDE.noteH - 0.25
  const k = Math.min(boxW / w, boxH / h)
  const iw = w * k
  const ih = h * k
  return { x: SLIDE.pad + (boxW - iw) / 2, y: SLIDE.imgY + (boxH - ih) / 2, w: iw, h: ih }
}

export interface SlideInput {
  source: ExportSource
  /** PNG as a data URL (`data:image/png;base64,…`) and its size in px. */
  image: { dataUrl: string; width: number; height: number }
}

/** Text of one slide: title, subtitle (selection · unit) and the source note. */
export function slideTexts(source: ExportSource, locale: Locale, date: Date): { title: string; subtitle: string; note: string } {
  return {
    title: source.title,
    subtitle: [selectionText(source, locale), detailText(source, locale)].filter(Boolean).join(' · '),
    note: exportMsg(locale, 'export.source', { date: isoDate(date) }),
  }
}

export async function buildPptx(slides: readonly SlideInput[], opts: { locale: Locale; date: Date; title: string }, type: 'blob'): Promise<Blob>
export async function buildPptx(slides: readonly SlideInput[], opts: { locale: Locale; date: Date; title: string }, type: 'uint8array'): Promise<Uint8Array>
export async function buildPptx(
  slides: readonly SlideInput[],
  opts: { locale: Locale; date: Date; title: string },
  type: 'blob' | 'uint8array',
): Promise<Blob | Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = opts.title
  pptx.company = exportMsg(opts.locale, 'export.sourceShort')
  // Fonts PowerPoint finds on Chinese Windows and macOS; it substitutes where they are missing.
  const fontFace = opts.locale === 'en' ? 'Arial' : 'Microsoft YaHei'
  const w = SLIDE.w - 2 * SLIDE.pad
  for (const s of slides) {
    const text = slideTexts(s.source, opts.locale, opts.date)
    const slide = pptx.addSlide()
    slide.background = { color: 'FFFFFF' }
    slide.addText(text.title, { x: SLIDE.pad, y: SLIDE.titleY, w, h: SLIDE.titleH, fontFace, fontSize: 28, bold: true, color: '111827', valign: 'middle', fit: 'shrink' })
    if (text.subtitle) slide.addText(text.subtitle, { x: SLIDE.pad, y: SLIDE.subY, w, h: SLIDE.subH, fontFace, fontSize: 14, color: '4B5563', valign: 'top', fit: 'shrink' })
    slide.addImage({ data: s.image.dataUrl, ...slideImageBox(s.image.width, s.image.height), altText: text.title })
    slide.addText(text.note, { x: SLIDE.pad, y: SLIDE.h - SLIDE.noteH - 0.15, w, h: SLIDE.noteH, fontFace, fontSize: 11, color: '4B5563', valign: 'middle' })
  }
  return (await pptx.write({ outputType: type, compression: true })) as Blob | Uint8Array
}

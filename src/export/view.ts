/**
 * Export every chart of a view (browser): ZIP of PNG + CSV, a PPTX deck, or a Word 简报.
 * Charts are rendered one after the other (2×), reporting progress.
 */
import { catalogue } from '../queries/catalogue'
import type { ScopeRow } from '../queries/briefing'
import type { Locale } from '../queries/types'
import { buildZip, viewFileName, viewZipEntries } from './archive'
import { buildBrief, briefText, type Brief, type BriefingChart, type BriefingInput } from './briefing'
import { briefMsg } from './briefingMessages'
import { buildPptx, SLIDE_IMAGE, type SlideInput } from './deck'
import { buildDocx, DOCX_IMAGE, docxImageWidth, type DocxImage } from './docx'
import type { ScopeSelection } from './paragraph'
import { chartPng, type RenderableChart } from './render'
import { buildXlsx, workbookSheets } from './xlsx'

export interface ViewExportOptions {
  locale: Locale
  /** The view's name, used in the file name: 总览 → 总览_2023.zip. */
  viewTitle: string
  date?: Date
  onProgress?: (done: number, total: number) => void
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result))
    r.onerror = () => reject(r.error)
    r.readAsDataURL(blob)
  })
}

/** Every chart as a titled 2× PNG with its CSV, and the figure paragraphs of the view as 要点.txt. */
export async function exportViewZip(charts: readonly RenderableChart[], opts: BriefingOptions): Promise<{ blob: Blob; name: string }> {
  const date = opts.date ?? new Date()
  const rendered: { source: RenderableChart; png: Blob }[] = []
  for (const [i, c] of charts.entries()) {
    opts.onProgress?.(i, charts.length)
    rendered.push({ source: c, png: (await chartPng(c, 2, { locale: opts.locale, date })).blob })
  }
  opts.onProgress?.(charts.length, charts.length)
  const summary = { name: briefMsg(opts.locale, 'briefing.figuresHeading'), text: briefText(briefOf(opts, date).brief) }
  const blob = await buildZip(viewZipEntries(rendered, opts.locale, summary), 'blob')
  return { blob, name: viewFileName(opts.viewTitle, charts, 'zip', opts.locale) }
}

/** What the briefing files need beyond the charts: the answers to their questions and who they are from. */
export interface BriefingOptions extends ViewExportOptions {
  office: string
  /** `collectBriefing` of the same charts, in the same order. */
  briefing: { scope: readonly ScopeRow[]; selection: ScopeSelection; charts: readonly BriefingChart[] }
}

/** The Word 简报: each chart's 2× picture (without the baked-in title: the document says it in text). */
export async function exportViewDocx(charts: readonly RenderableChart[], opts: BriefingOptions): Promise<{ blob: Blob; name: string }> {
  const date = opts.date ?? new Date()
  const images: DocxImage[] = []
  for (const [i, c] of charts.entries()) {
    opts.onProgress?.(i, charts.length)
    const width = docxImageWidth(c.getInstance?.()?.getWidth())
    const png = await chartPng(c, DOCX_IMAGE.pixelRatio, { locale: opts.locale, date, chrome: false, width })
    images.push({ data: new Uint8Array(await png.blob.arrayBuffer()), width: png.width, height: png.height })
  }
  opts.onProgress?.(charts.length, charts.length)
  const { brief } = briefOf(opts, date)
  const blob = await buildDocx(brief, images, { locale: opts.locale, office: opts.office }, 'blob')
  return { blob, name: viewFileName(opts.viewTitle, charts, 'docx', opts.locale) }
}

/** The deck: a title slide, then per chart its picture, figure paragraph and (in the notes) sources. */
export async function exportViewPptx(charts: readonly RenderableChart[], opts: BriefingOptions): Promise<{ blob: Blob; name: string }> {
  const date = opts.date ?? new Date()
  const { brief } = briefOf(opts, date)
  const slides: SlideInput[] = []
  for (const [i, c] of charts.entries()) {
    opts.onProgress?.(i, charts.length)
    // Title, selection, figures and source are slide text (editable, searchable); the image is the chart.
    // Sized for the slide's chart box (SLIDE_IMAGE), so short charts fill it and text is legible.
    const png = await chartPng(c, SLIDE_IMAGE.pixelRatio, { locale: opts.locale, date, chrome: false, width: SLIDE_IMAGE.width, minHeight: SLIDE_IMAGE.minHeight })
    slides.push({ source: c, image: { dataUrl: await blobToDataUrl(png.blob), width: png.width, height: png.height }, brief: brief.charts[i] })
  }
  opts.onProgress?.(charts.length, charts.length)
  const blob = await buildPptx(slides, { locale: opts.locale, brief, office: opts.office, source: brief.source }, 'blob')
  return { blob, name: viewFileName(opts.viewTitle, charts, 'pptx', opts.locale) }
}

/** The Excel workbook: a summary sheet and every chart's values with their sources. */
export async function exportViewXlsx(charts: readonly RenderableChart[], opts: BriefingOptions): Promise<{ blob: Blob; name: string }> {
  const { input, brief } = briefOf(opts, opts.date ?? new Date())
  const blob = await buildXlsx(workbookSheets(input, brief), 'blob')
  return { blob, name: viewFileName(opts.viewTitle, charts, 'xlsx', opts.locale) }
}

function briefOf(opts: BriefingOptions, date: Date): { input: BriefingInput; brief: Brief } {
  const input: BriefingInput = { ...opts.briefing, locale: opts.locale, date, viewTitle: opts.viewTitle, office: opts.office, catalogue }
  return { input, brief: buildBrief(input) }
}

/**
 * The PPTX deck of a view: a title slide (view, selection in words, office and date, source
 * line), then one slide per chart with its title, selection and unit, the picture, the figure
 * paragraph as slide text and the source line; the notes repeat the figures and list where each
 * value comes from (report and evidence sentence).
 *
 * Every text run names its East Asian font: pptxgenjs writes latin/ea/cs for slide text, and the
 * notes, which it writes as one bare run, are rewritten here into one paragraph per line with
 * the same font entries; the theme's East Asian font is set too. Author and company are the
 * office's name. `pptxgenjs` and `jszip` are imported on first use only.
 */
import type { Locale } from '../queries/types'
import type { Brief, ChartBrief } from './briefing'
import { briefMsg } from './briefingMessages'
import { detailText, selectionText, type ExportSource } from './meta'
import { estimateWidth } from './text'

/** Slide size (16:9, inches) and the boxes of a chart slide. */
export const SLIDE = { w: 13.333, h: 7.5, pad: 0.5, titleY: 0.3, titleH: 0.7, subY: 1.0, subH: 0.45, imgY: 1.5, imgH: 4.15, textY: 5.72, textH: 1.1, noteH: 0.38 }

/**
 * A slide's chart picture: 800 CSS px wide (so 12 px text reads as ~13 pt on the slide),
 * drawn at 3× (2400 px), at least as tall as the slide's chart box is in proportion.
 */
export const SLIDE_IMAGE = {
  width: 800,
  pixelRatio: 3,
  minHeight: Math.round((800 * SLIDE.imgH) / (SLIDE.w - 2 * SLIDE.pad)),
}

/** The font named on every run: on Chinese Windows and macOS Office, with Latin glyphs too. */
export const DECK_FONT = 'Microsoft YaHei'

/** At most this many sources are listed in a slide's notes (the Word 简报 and workbook have all). */
export const NOTE_SOURCES = 20

/** Fit an image of `w × h` (any unit) into the slide's chart box, centred, aspect kept. */
export function slideImageBox(w: number, h: number): { x: number; y: number; w: number; h: number } {
  const boxW = SLIDE.w - 2 * SLIDE.pad
  const k = Math.min(boxW / w, SLIDE.imgH / h)
  const iw = w * k
  const ih = h * k
  return { x: SLIDE.pad + (boxW - iw) / 2, y: SLIDE.imgY + (SLIDE.imgH - ih) / 2, w: iw, h: ih }
}

/** The largest font size (pt, 10–16) at which `text` fits a box of `w × h` inches, by estimate. */
export function fitFontSize(text: string, w: number, h: number): number {
  for (let pt = 16; pt > 10; pt--) {
    const perLine = w * 72 - 14 // the text box's insets
    const lines = text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(estimateWidth(p, pt) / perLine)), 0)
    if (lines * pt * 1.2 <= h * 72 - 8) return pt
  }
  return 10
}

export interface SlideInput {
  source: ExportSource
  /** PNG as a data URL (`data:image/png;base64,…`) and its size in px. */
  image: { dataUrl: string; width: number; height: number }
  /** What the briefing says about the chart (paragraphs and sources), when asked. */
  brief?: ChartBrief
}

/** Text of one chart slide: title, subtitle (selection · unit), figure paragraph, source line and notes. */
export function slideTexts(s: SlideInput, locale: Locale, source: string): { title: string; subtitle: string; text: string; note: string; notes: string } {
  const paragraphs = s.brief?.paragraphs ?? []
  const lines = paragraphs.length ? [briefMsg(locale, 'briefing.notesFigures', { text: paragraphs.join(' ') }), ''] : []
  const rows = s.brief?.rows ?? []
  if (rows.length) {
    lines.push(briefMsg(locale, 'briefing.notesSources'))
    for (const [i, r] of rows.slice(0, NOTE_SOURCES).entries()) lines.push(`${i + 1}. ${r.agency} ${r.year} · ${r.value} · ${r.note}`)
    const more = (s.brief?.stated ?? rows.length) - Math.min(rows.length, NOTE_SOURCES)
    if (more > 0) lines.push(briefMsg(locale, 'briefing.notesMore', { n: more }))
  }
  if (s.brief?.notReported) lines.push(s.brief.notReported)
  return {
    title: s.source.title,
    subtitle: [selectionText(s.source, locale), detailText(s.source, locale)].filter(Boolean).join(' · '),
    text: paragraphs.join('\n'),
    note: source,
    notes: lines.join('\n'),
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A DrawingML run property with the language and the Latin, East Asian and complex-script font. */
export function runProps(lang: string, font = DECK_FONT): string {
  return `<a:rPr lang="${lang}" altLang="en-US" dirty="0"><a:latin typeface="${font}"/><a:ea typeface="${font}"/><a:cs typeface="${font}"/></a:rPr>`
}

/**
 * A notes slide as pptxgenjs writes it, with its body text in one paragraph per line and every
 * run (the slide-number field too) naming its fonts.
 */
export function patchNotesXml(xml: string, notes: string, lang: string): string {
  const body = notes
    .split('\n')
    .map((line) => (line ? `<a:p><a:r>${runProps(lang)}<a:t>${escapeXml(line)}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`))
    .join('')
  return xml
    .replace(/(<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/, `$1${body || '<a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p>'}$2`)
    .replace(/<a:rPr lang="en-US"(?: dirty="0")?\/>/g, runProps(lang))
}

export interface DeckOptions {
  locale: Locale
  /** The document title ("法治政府建设指标简报（总览）"); the title slide's first line. */
  brief?: Pick<Brief, 'title' | 'byline' | 'scope' | 'source'>
  /** Author and company. */
  office: string
  /** The source line on every slide. */
  source: string
}

export async function buildPptx(slides: readonly SlideInput[], opts: DeckOptions, type: 'blob'): Promise<Blob>
export async function buildPptx(slides: readonly SlideInput[], opts: DeckOptions, type: 'uint8array'): Promise<Uint8Array>
export async function buildPptx(slides: readonly SlideInput[], opts: DeckOptions, type: 'blob' | 'uint8array'): Promise<Blob | Uint8Array> {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([import('pptxgenjs'), import('jszip')])
  const pptx = new PptxGenJS()
  const lang = opts.locale === 'en' ? 'en-US' : 'zh-CN'
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = opts.brief?.title ?? slides[0]?.source.title ?? ''
  pptx.author = opts.office
  pptx.company = opts.office
  pptx.subject = opts.source
  const font = { fontFace: DECK_FONT, lang }
  const w = SLIDE.w - 2 * SLIDE.pad
  const notes: string[] = []

  if (opts.brief) {
    const b = opts.brief
    const slide = pptx.addSlide()
    slide.background = { color: 'FFFFFF' }
    slide.addShape('rect', { x: 0, y: 0, w: SLIDE.w, h: 0.18, fill: { color: '1D2B44' }, line: { color: '1D2B44' } })
    slide.addText(b.title, { ...font, x: SLIDE.pad, y: 1.7, w, h: 1.1, fontSize: 36, bold: true, color: '111827', valign: 'bottom', fit: 'shrink' })
    slide.addText(b.scope, { ...font, x: SLIDE.pad, y: 3.0, w, h: 1.5, fontSize: fitFontSize(b.scope, w, 1.5) + 2, color: '374151', valign: 'top' })
    slide.addText(b.byline, { ...font, x: SLIDE.pad, y: 4.7, w, h: 0.5, fontSize: 16, color: '4B5563', valign: 'top' })
    slide.addText(opts.source, { ...font, x: SLIDE.pad, y: SLIDE.h - SLIDE.noteH - 0.15, w, h: SLIDE.noteH, fontSize: 11, color: '4B5563', valign: 'middle' })
    notes.push(b.scope)
    slide.addNotes(b.scope)
  }
  for (const s of slides) {
    const text = slideTexts(s, opts.locale, opts.source)
    const slide = pptx.addSlide()
    slide.background = { color: 'FFFFFF' }
    slide.addText(text.title, { ...font, x: SLIDE.pad, y: SLIDE.titleY, w, h: SLIDE.titleH, fontSize: 28, bold: true, color: '111827', valign: 'middle', fit: 'shrink' })
    if (text.subtitle) slide.addText(text.subtitle, { ...font, x: SLIDE.pad, y: SLIDE.subY, w, h: SLIDE.subH, fontSize: 14, color: '4B5563', valign: 'top', fit: 'shrink' })
    slide.addImage({ data: s.image.dataUrl, ...slideImageBox(s.image.width, s.image.height), altText: text.title })
    if (text.text) slide.addText(text.text, { ...font, x: SLIDE.pad, y: SLIDE.textY, w, h: SLIDE.textH, fontSize: fitFontSize(text.text, w, SLIDE.textH), color: '1F2933', valign: 'top', paraSpaceAfter: 2 })
    slide.addText(text.note, { ...font, x: SLIDE.pad, y: SLIDE.h - SLIDE.noteH - 0.05, w, h: SLIDE.noteH, fontSize: 10, color: '6B7280', valign: 'middle' })
    notes.push(text.notes)
    if (text.notes) slide.addNotes(text.notes)
  }

  const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array)
  for (const name of Object.keys(zip.files)) {
    const m = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/.exec(name)
    if (m) zip.file(name, patchNotesXml(await zip.file(name)!.async('string'), notes[Number(m[1]) - 1] ?? '', lang))
    else if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) zip.file(name, (await zip.file(name)!.async('string')).replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${DECK_FONT}"/>`))
  }
  const mimeType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
  return zip.generateAsync({ type, compression: 'DEFLATE', mimeType })
}

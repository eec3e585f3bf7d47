/**
 * The Word 简报 (.docx) of a view: title and byline, the selection in words, then per chart its
 * heading, the 2× picture, a caption, the figure paragraphs and a table of the stated values
 * whose source cells carry a footnote with the report and the evidence sentence.
 *
 * Real, editable text in Word's own styles (Title, Heading 1/2, Caption, footnotes), so a reader
 * can restyle it; every text run names its East Asian font as well as its Latin one, so Word,
 * WPS and LibreOffice draw Chinese with a CJK font and never as boxes. `docx` is imported on
 * first use only.
 */
import type { HeadingLevel, IRunOptions, Paragraph, ParagraphChild, Table, TableCell, TextRun } from 'docx'
import type { Locale } from '../queries/types'
import { briefMsg } from './briefingMessages'
import type { Brief, ChartBrief } from './briefing'

export interface DocxImage {
  /** PNG bytes. */
  data: Uint8Array
  /** Size in CSS px (the PNG is larger by its pixel ratio). */
  width: number
  height: number
}

/** Fonts named on every run: 宋体/黑体 for Chinese (on every Chinese Windows, in WPS), Latin alongside. */
export const DOCX_FONTS = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' },
  heading: { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'SimHei' },
} as const

/** A4 with Word's default margins (2.54 cm top/bottom, 3.17 cm left/right). */
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, side: 1800 }
/** Text width in twips, and in px at 96 dpi (the unit docx sizes pictures in). */
const TEXT_TWIPS = PAGE.width - 2 * PAGE.side
export const TEXT_WIDTH_PX = Math.floor((TEXT_TWIPS / 1440) * 96)
/**
 * The chart picture, drawn at 2× and shown at the text width (554 px): laid out as wide as the
 * chart is on screen within 640–960 CSS px, so a card's chart keeps its 12 px labels at ~8 pt on
 * paper and a wide matrix (Coverage) keeps the room its column labels need.
 */
export const DOCX_IMAGE = { minWidth: 640, maxWidth: 960, pixelRatio: 2 }

/** The layout width of a chart's picture from its width on screen (unknown: the narrowest). */
export function docxImageWidth(screenWidth: number | undefined): number {
  return Math.round(Math.min(DOCX_IMAGE.maxWidth, Math.max(DOCX_IMAGE.minWidth, screenWidth ?? 0)))
}

type Docx = typeof import('docx')
type Block = Paragraph | Table
interface ParaOptions {
  style?: string
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]
  font?: IRunOptions['font']
}

interface Writers {
  locale: Locale
  run: (text: string, o?: Partial<IRunOptions>) => TextRun
  para: (text: string, o?: ParaOptions) => Paragraph
  lines: (n: number) => { line: number; lineRule: 'auto' }
}

export async function buildDocx(brief: Brief, images: readonly (DocxImage | null)[], opts: { locale: Locale; office: string }, type: 'blob'): Promise<Blob>
export async function buildDocx(brief: Brief, images: readonly (DocxImage | null)[], opts: { locale: Locale; office: string }, type: 'uint8array'): Promise<Uint8Array>
export async function buildDocx(
  brief: Brief,
  images: readonly (DocxImage | null)[],
  opts: { locale: Locale; office: string },
  type: 'blob' | 'uint8array',
): Promise<Blob | Uint8Array> {
  const d = await import('docx')
  // Line spacing in 240ths of a line, said to be proportional (without lineRule LibreOffice takes it as exact and clips pictures).
  const lines = (n: number) => ({ line: Math.round(n * 240), lineRule: d.LineRuleType.AUTO })
  const language = { value: opts.locale === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' }
  const run = (text: string, o: Partial<IRunOptions> = {}) => new d.TextRun({ font: DOCX_FONTS.body, language, ...o, text })
  const para = (text: string, o: ParaOptions = {}) => new d.Paragraph({ style: o.style, heading: o.heading, children: [run(text, o.font ? { font: o.font } : {})] })

  const body: Block[] = [
    para(brief.title, { heading: d.HeadingLevel.TITLE, font: DOCX_FONTS.heading }),
    para(brief.byline, { style: 'Subtitle' }),
    para(briefMsg(opts.locale, 'briefing.scopeHeading'), { heading: d.HeadingLevel.HEADING_1, font: DOCX_FONTS.heading }),
    para(brief.scope),
  ]
  brief.charts.forEach((c, i) => body.push(...chartSection(d, c, i, images[i] ?? null, { locale: opts.locale, run, para, lines })))

  const doc = new d.Document({
    creator: opts.office,
    lastModifiedBy: opts.office,
    title: brief.title,
    description: brief.source,
    styles: {
      default: {
        document: { run: { font: DOCX_FONTS.body, size: 22, language }, paragraph: { spacing: { after: 120, ...lines(1.5) } } },
        title: { run: { font: DOCX_FONTS.heading, size: 40, bold: true, color: '111827' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: DOCX_FONTS.heading, size: 30, bold: true, color: '1D2B44' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: DOCX_FONTS.heading, size: 24, bold: true, color: '1D2B44' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        caption: { run: { font: DOCX_FONTS.body, size: 18, color: '4B5563' }, paragraph: { alignment: d.AlignmentType.CENTER, spacing: { after: 200 } } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { font: DOCX_FONTS.body, size: 21, color: '4B5563' }, paragraph: { spacing: { after: 240 } } },
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { font: DOCX_FONTS.body, size: 18 }, paragraph: { spacing: { after: 0, ...lines(1.15) } } },
        { id: 'Note', name: 'Note', basedOn: 'Normal', run: { font: DOCX_FONTS.body, size: 18, color: '4B5563' }, paragraph: { spacing: { after: 80, ...lines(1.15) } } },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side } } },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                style: 'Note',
                alignment: d.AlignmentType.CENTER,
                children: [run(`${brief.source} · `, { size: 16 }), new d.TextRun({ font: DOCX_FONTS.body, language, size: 16, children: [d.PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  })
  return type === 'blob' ? d.Packer.toBlob(doc) : d.Packer.pack(doc, 'uint8array')
}

/** One chart: heading, picture, caption, figure paragraphs, values with their sources. */
function chartSection(d: Docx, c: ChartBrief, i: number, image: DocxImage | null, w: Writers): Block[] {
  const { locale, para } = w
  const out: Block[] = [para(c.title, { heading: d.HeadingLevel.HEADING_1, font: DOCX_FONTS.heading })]
  if (image) {
    const width = Math.min(TEXT_WIDTH_PX, image.width)
    out.push(
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        keepNext: true,
        spacing: { after: 60, ...w.lines(1) },
        children: [
          new d.ImageRun({
            type: 'png',
            data: image.data,
            transformation: { width, height: Math.round((width * image.height) / image.width) },
            altText: { name: `chart-${i + 1}`, title: c.title, description: [c.title, c.caption].filter(Boolean).join(' · ') },
          }),
        ],
      }),
    )
  }
  const caption = briefMsg(locale, 'briefing.caption', { n: i + 1, title: c.title })
  out.push(para([caption, c.caption].filter(Boolean).join(' · '), { style: 'Caption' }))
  for (const p of c.paragraphs) out.push(para(p))
  out.push(para(briefMsg(locale, 'briefing.sourcesHeading'), { heading: d.HeadingLevel.HEADING_2, font: DOCX_FONTS.heading }))
  if (c.notReported) out.push(para(c.notReported, { style: 'Note' }))
  if (c.rows.length) out.push(valuesTable(d, c, w))
  if (c.stated > c.rows.length) out.push(para(briefMsg(locale, 'briefing.truncated', { n: c.rows.length, total: c.stated }), { style: 'Note' }))
  return out
}

/** The stated values: agency, year, (indicator), value, review, source with its footnote. */
function valuesTable(d: Docx, c: ChartBrief, w: Writers): Table {
  const { locale, run } = w
  type Col = 'agency' | 'year' | 'indicator' | 'value' | 'reviewed' | 'source'
  const keys: Col[] = ['agency', 'year', ...(c.manyIndicators ? (['indicator'] as const) : []), 'value', 'reviewed', 'source']
  // Twips; the source column takes the rest (narrower columns when the indicator is named too).
  const widths: Record<Col, number> = c.manyIndicators
    ? { agency: 1800, year: 650, indicator: 1600, value: 1000, reviewed: 800, source: 0 }
    : { agency: 2100, year: 700, indicator: 0, value: 1300, reviewed: 900, source: 0 }
  widths.source = TEXT_TWIPS - keys.filter((k) => k !== 'source').reduce((s, k) => s + widths[k], 0)
  const cell = (children: ParagraphChild[], header = false): TableCell =>
    new d.TableCell({
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: header ? { type: d.ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' } : undefined,
      children: [new d.Paragraph({ style: 'TableText', children })],
    })
  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: keys.map((k) => cell([run(briefMsg(locale, `briefing.table.${k}`), { bold: true, font: DOCX_FONTS.heading })], true)),
  })
  const rows = c.rows.map(
    (r) =>
      new d.TableRow({
        cantSplit: true,
        children: keys.map((k) => {
          if (k === 'source') {
            const note = new d.Paragraph({ style: 'FootnoteText', children: [run(r.note, { size: 18 })] })
            return cell([run(r.citation), new d.FootnoteReferenceRun({ children: [note] })])
          }
          return cell([run(String(r[k]))])
        }),
      }),
  )
  return new d.Table({
    width: { size: TEXT_TWIPS, type: d.WidthType.DXA },
    columnWidths: keys.map((k) => widths[k]),
    layout: d.TableLayoutType.FIXED,
    rows: [header, ...rows],
  })
}

import { describe, it, expect } from 'vitest'
import { detectFormat, ingest } from '../../src/ingest'
import { pageText } from '../../src/ingest/pdf-text'
import { pdfToText } from '../../src/ingest/pdf'

/** A minimal valid PDF with correct xref offsets; `content` is the page's content stream. */
function makePdf(content: string, fonts: string[] = ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...fonts,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objs.forEach((o, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

const lines = (ls: string[]): string => ls.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 20} Td (${l}) Tj ET`).join('\n')

describe('ingest of .pdf', () => {
  it('extracts text lines from a hand-written PDF', async () => {
    const bytes = makePdf(lines(['Annual report 2023', 'Cases handled: 12']))
    expect(detectFormat(bytes, 'x')).toBe('pdf')
    const r = await ingest(bytes, 'report.pdf')
    expect(r).toMatchObject({ ok: true, format: 'pdf', encoding: 'pdf', text: 'Annual report 2023\nCases handled: 12' })
    if (!r.ok) throw new Error(r.message_en)
    expect(r.body).toEqual({ start: 0, end: r.text.length })
  })

  it('extracts Chinese text through a predefined CMap (STSong-Light, UniGB-UCS2-H)', async () => {
    const cid = [
      '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    ]
    // 法治政府 / 报告 as UCS-2 code units
    const content = 'BT /F1 12 Tf 72 720 Td <6CD56CBB653F5E9C> Tj ET\nBT /F1 12 Tf 72 700 Td <62A5544A> Tj ET'
    const r = await ingest(makePdf(content, cid), 'cjk.pdf')
    expect(r).toMatchObject({ ok: true, text: '法治政府\n报告' })
  })

  it('reports a PDF without a text layer as empty', async () => {
    const r = await ingest(makePdf('0 0 m 100 100 l S'), 'scan.pdf')
    expect(r).toMatchObject({ ok: false, code: 'empty' })
    if (r.ok) throw new Error('expected error')
    expect(r.message_zh).toMatch(/文字识别/)
  })

  it('reports a damaged PDF as corrupt, never throws', async () => {
    const r = await ingest(new TextEncoder().encode('%PDF-1.4\nthis is not a pdf at all'), 'bad.pdf')
    expect(r).toMatchObject({ ok: false, code: 'corrupt' })
    const good = makePdf(lines(['x']))
    expect(await ingest(good.subarray(0, 40), 'cut.pdf')).toMatchObject({ ok: false, code: 'corrupt' })
  })
})

describe('pageText (pdf.js items → lines)', () => {
  const item = (str: string, x: number, y: number, width: number, hasEOL = false) => ({ str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL })

  it('starts a new line on hasEOL and on a baseline change', () => {
    expect(pageText([item('甲', 72, 700, 12, true), item('乙', 72, 680, 12), item('丙', 84, 680, 12), item('丁', 72, 660, 12)])).toBe('甲\n乙丙\n丁')
  })

  it('joins soft-wrapped lines of a wide column but not lines that end a sentence or a short line', () => {
    const text = pageText([
      item('一、全年共开展执法检', 72, 700, 468), // runs to the right edge: soft wrap
      item('查86次。', 72, 680, 60), // short last line of the paragraph
      item('　　二、全年办理行政复议案件12件，纠错率8.3%，行政机关负责人出庭应诉率达到百分之百。', 72, 660, 468), // ends a sentence
      item('三、下一步工作打算', 72, 640, 120),
    ])
    expect(text).toBe('一、全年共开展执法检查86次。\n　　二、全年办理行政复议案件12件，纠错率8.3%，行政机关负责人出庭应诉率达到百分之百。\n三、下一步工作打算')
  })

  it('does not join into an indented next line (a new paragraph)', () => {
    expect(pageText([item('甲乙丙丁', 72, 700, 468), item('戊己', 96, 680, 24)])).toBe('甲乙丙丁\n戊己')
  })
})

describe('the bound on text from a PDF', () => {
  it('stops reading and says the file is too large when unpacked (a small limit stands in for 64 MB)', async () => {
    const bytes = makePdf(lines(['Annual report 2023', 'Cases handled: 12']))
    expect(await pdfToText(bytes, {}, 1000)).toMatchObject({ text: 'Annual report 2023\nCases handled: 12' })
    const r = await pdfToText(bytes, {}, 40)
    expect(r).toMatchObject({ ok: false, code: 'too_large' })
    expect('message_en' in r && r.message_en).toMatch(/too large when unpacked/)
  })
})

import { describe, it, expect } from 'vitest'
import JSZip from 'jszip'
import { detectFormat, ingest } from '../../src/ingest'

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

function documentXml(paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
}

async function makeDocx(paragraphs: string[], withDocument = true): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', CONTENT_TYPES)
  zip.file('_rels/.rels', RELS)
  if (withDocument) zip.file('word/document.xml', documentXml(paragraphs))
  return zip.generateAsync({ type: 'uint8array' })
}

describe('ingest of .docx', () => {
  it('extracts paragraphs separated by single newlines', async () => {
    const bytes = await makeDocx(['某区司法局2023年法治政府建设情况报告', '全年办理行政复议案件12件，纠错率8.3%。'])
    expect(detectFormat(bytes, 'whatever.bin')).toBe('docx')
    const r = await ingest(bytes, '报告.docx')
    expect(r).toEqual({
      ok: true,
      format: 'docx',
      encoding: 'docx',
      text: '某区司法局2023年法治政府建设情况报告\n全年办理行政复议案件12件，纠错率8.3%。',
      body: { start: 0, end: 43 },
      warnings: [],
    })
  })

  it('does not modify the caller\'s bytes', async () => {
    const bytes = await makeDocx(['甲', '乙'])
    const copy = bytes.slice()
    await ingest(bytes, 'a.docx')
    expect(bytes).toEqual(copy)
  })

  it('trims page chrome copied into a Word file', async () => {
    const r = await ingest(await makeDocx(['您当前的位置：首页 > 政务公开', '法治政府建设年度报告', '正文第一段。', '【打印本页】【关闭窗口】']), 'a.docx')
    if (!r.ok) throw new Error(r.message_en)
    expect(r.text.slice(r.body.start, r.body.end)).toBe('法治政府建设年度报告\n正文第一段。')
  })

  it('reports a damaged archive as corrupt', async () => {
    const good = await makeDocx(['正文'])
    const truncated = good.subarray(0, Math.floor(good.length / 2))
    const r = await ingest(truncated, 'a.docx')
    expect(r).toMatchObject({ ok: false, code: 'corrupt' })
    if (r.ok) throw new Error('expected error')
    expect(r.message_zh).toMatch(/已损坏/)
    expect(await ingest(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'a.docx')).toMatchObject({ ok: false, code: 'corrupt' })
  })

  it('reports a ZIP without word/document.xml as corrupt', async () => {
    expect(await ingest(await makeDocx([], false), 'a.docx')).toMatchObject({ ok: false, code: 'corrupt' })
  })

  it('reports a document without text as empty', async () => {
    expect(await ingest(await makeDocx(['', '  ']), 'a.docx')).toMatchObject({ ok: false, code: 'empty' })
  })

  it('refuses other Office ZIP formats by extension', async () => {
    expect(await ingest(await makeDocx(['x']), 'table.xlsx')).toMatchObject({ ok: false, code: 'unsupported' })
  })
})

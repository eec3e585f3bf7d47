import { describe, it, expect } from 'vitest'
import iconv from 'iconv-lite'
import { decodeText, ingest } from '../../src/ingest'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const cat = (...parts: (number[] | Uint8Array)[]): Uint8Array => {
  const out: number[] = []
  for (const p of parts) out.push(...p)
  return new Uint8Array(out)
}
const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'))

const REPORT = '重庆市某区交通局2023年法治政府建设情况报告\r\n\r\n  一、全年办理行政复议案件12件，纠错率8.3%。\n二、下一步打算。  \n'

describe('decodeText', () => {
  it('decodes UTF-8 exactly, without trimming or changing newlines', () => {
    const r = decodeText(utf8(REPORT))
    expect(r).toEqual({ text: REPORT, encoding: 'utf-8' })
  })

  it('removes a UTF-8 BOM and nothing else', () => {
    const r = decodeText(cat([0xef, 0xbb, 0xbf], utf8(REPORT)))
    expect(r).toEqual({ text: REPORT, encoding: 'utf-8-bom' })
  })

  it('decodes GBK bytes (known byte sequence) as GB18030 with a warning', () => {
    // 你好，法治政府 in GBK, written out by hand for the first two characters
    const bytes = cat([0xc4, 0xe3, 0xba, 0xc3], gbk('，法治政府建设年度报告'))
    const r = decodeText(bytes)
    expect(r).toMatchObject({ text: '你好，法治政府建设年度报告', encoding: 'gb18030' })
    expect('warnings' in r && r.warnings).toContain('decoded as GB18030')
  })

  it('decodes a longer GBK report, keeping CRLF and offsets', () => {
    const r = decodeText(gbk(REPORT))
    expect(r).toMatchObject({ text: REPORT, encoding: 'gb18030' })
  })

  it('decodes characters outside GBK that GB18030 encodes with four bytes', () => {
    const text = '法治政府建设报告：€ 与 𠀀'
    const r = decodeText(new Uint8Array(iconv.encode(text, 'gb18030')))
    expect(r).toMatchObject({ text, encoding: 'gb18030' })
  })

  it('decodes UTF-16LE and UTF-16BE with BOM', () => {
    const le = new Uint8Array(iconv.encode(REPORT, 'utf16le'))
    expect(decodeText(cat([0xff, 0xfe], le))).toEqual({ text: REPORT, encoding: 'utf-16le' })
    const be = new Uint8Array(iconv.encode(REPORT, 'utf16-be'))
    expect(decodeText(cat([0xfe, 0xff], be))).toEqual({ text: REPORT, encoding: 'utf-16be' })
  })

  it('decodes UTF-16LE and UTF-16BE without BOM, with a warning that says so', () => {
    const le = new Uint8Array(iconv.encode(REPORT, 'utf16le'))
    expect(decodeText(le)).toEqual({ text: REPORT, encoding: 'utf-16le', warnings: ['decoded as UTF-16LE without a byte order mark'] })
    const be = new Uint8Array(iconv.encode(REPORT, 'utf16-be'))
    expect(decodeText(be)).toEqual({ text: REPORT, encoding: 'utf-16be', warnings: ['decoded as UTF-16BE without a byte order mark'] })
    // Only Chinese characters: no zero bytes give it away, the characters do.
    const han = '法治政府建设情况报告全年办理行政复议案件纠错率下一步打算，加强执法监督和学法培训。'
    expect(decodeText(new Uint8Array(iconv.encode(han, 'utf16le')))).toMatchObject({ text: han, encoding: 'utf-16le' })
    expect(decodeText(new Uint8Array(iconv.encode(han, 'utf16-be')))).toMatchObject({ text: han, encoding: 'utf-16be' })
    // ...and GBK of the same text is still GBK.
    expect(decodeText(gbk(han))).toMatchObject({ text: han, encoding: 'gb18030' })
  })

  it('keeps UTF-8 when only a few sequences are broken (truncated last character)', () => {
    const bytes = utf8(REPORT.repeat(5) + '报')
    const r = decodeText(bytes.subarray(0, bytes.length - 1))
    expect(r).toMatchObject({ encoding: 'utf-8', text: REPORT.repeat(5) + '\ufffd' })
    expect('warnings' in r && r.warnings?.[0]).toMatch(/1 invalid UTF-8/)
  })

  it('reports empty and whitespace-only files as empty', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, code: 'empty' })
    expect(decodeText(utf8(' \r\n\t\u3000 \n'))).toMatchObject({ ok: false, code: 'empty' })
    expect(decodeText(cat([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, code: 'empty' })
  })

  it('rejects binary content: NUL bytes, PNG header, control characters, ZIP and PDF magic', () => {
    expect(decodeText(cat(utf8('法治'), [0, 0, 1, 2], utf8('政府')))).toMatchObject({ ok: false, code: 'binary' })
    const png = cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(decodeText(png)).toMatchObject({ ok: false, code: 'binary' })
    const controls = new Uint8Array(200).map((_, i) => (i % 4 === 0 ? 0x01 : 0x41))
    expect(decodeText(controls)).toMatchObject({ ok: false, code: 'binary' })
    expect(decodeText(utf8('PK\u0003\u0004 rest of a zip'))).toMatchObject({ ok: false, code: 'binary' })
    expect(decodeText(utf8('%PDF-1.7\n%âãÏÓ'))).toMatchObject({ ok: false, code: 'binary' })
  })

  it('counts control bytes wherever they stand in the buffer: every alignment, before, inside and after whole words', () => {
    for (let offset = 0; offset < 4; offset++) {
      const body = new Uint8Array(offset + 120).fill(0x41).subarray(offset)
      for (const at of [0, 1, 2, 3, 50, 117, 118, 119]) body[at] = 0x7f
      // (eight controls in 120 bytes: too few to be binary; a ninth makes it so)
      expect(decodeText(body)).toMatchObject({ encoding: 'utf-8' })
      body[77] = 0x01
      expect(decodeText(body)).toMatchObject({ ok: false, code: 'binary' })
    }
  })

  it('rejects bytes that are neither UTF-8 nor plausible GB18030', () => {
    const latin1 = new Uint8Array(iconv.encode('Le café est très élégant, déjà à côté. '.repeat(4), 'latin1'))
    expect(decodeText(latin1)).toMatchObject({ ok: false, code: 'encoding' })
    // high bytes that decode under GB18030 to something other than Chinese text
    const junk = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 0x81 + (i % 7) : 0x30 + (i % 10)))
    expect(decodeText(junk)).toMatchObject({ ok: false })
    expect(decodeText(utf8('Plain ASCII report text is fine.'))).toMatchObject({ encoding: 'utf-8' })
  })

  it('honours a Big5 charset hint only when the bytes are not UTF-8', () => {
    const text = '法治政府建設年度報告'
    const big5 = new Uint8Array(iconv.encode(text, 'big5'))
    expect(decodeText(big5, 'big5')).toMatchObject({ text, encoding: 'big5' })
    expect(decodeText(utf8(text), 'big5')).toMatchObject({ text, encoding: 'utf-8' })
  })
})

describe('ingest of text files', () => {
  it('returns the decoded file as text with body and warnings', async () => {
    const r = await ingest(gbk(REPORT), 'report.txt')
    expect(r).toMatchObject({ ok: true, format: 'txt', encoding: 'gb18030', text: REPORT, warnings: ['decoded as GB18030'] })
    if (!r.ok) throw new Error('expected ok')
    expect(r.text.slice(r.body.start, r.body.end)).toBe(REPORT.trim())
  })

  it('reports too_large above maxBytes (default 20 MB) before reading', async () => {
    const r = await ingest(utf8('法治政府建设'.repeat(100)), 'a.txt', { maxBytes: 100 })
    expect(r).toMatchObject({ ok: false, code: 'too_large' })
    if (r.ok) throw new Error('expected error')
    expect(r.message_zh).toMatch(/文件过大/)
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41)
    expect(await ingest(big, 'big.txt')).toMatchObject({ ok: false, code: 'too_large' })
    expect(await ingest(utf8('法治'), 'a.txt', { maxBytes: 6 })).toMatchObject({ ok: true })
  })

  it('gives user messages in both languages for every error', async () => {
    for (const [bytes, code] of [
      [new Uint8Array(), 'empty'],
      [cat([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'binary'],
      [new Uint8Array(iconv.encode('déjà vu, très élégant! '.repeat(3), 'latin1')), 'encoding'],
    ] as const) {
      const r = await ingest(bytes, 'x.txt')
      expect(r).toMatchObject({ ok: false, code })
      if (r.ok) throw new Error('expected error')
      expect(r.message_zh).toMatch(/[：:].+/)
      expect(r.message_en.length).toBeGreaterThan(20)
    }
  })

  it('reads a .png named file as binary and a ZIP named .txt as binary', async () => {
    const png = cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(await ingest(png, 'scan.png')).toMatchObject({ ok: false, code: 'binary' })
    expect(await ingest(cat([0x50, 0x4b, 3, 4], utf8('xxxxxxxx')), 'report.txt')).toMatchObject({ ok: false, code: 'binary' })
    expect(await ingest(utf8('%PDF-1.4\n1 0 obj'), 'report.txt')).toMatchObject({ ok: false, code: 'binary' })
  })

  it('refuses legacy .doc files with a clear message', async () => {
    const ole = cat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    const r = await ingest(ole, '报告.doc')
    expect(r).toMatchObject({ ok: false, code: 'unsupported' })
    if (r.ok) throw new Error('expected error')
    expect(r.message_zh).toMatch(/另存为 \.docx/)
  })

  it('reads a file without a known extension as plain text, with a warning', async () => {
    const r = await ingest(utf8('法治政府建设年度报告'), 'report')
    expect(r).toMatchObject({ ok: true, format: 'txt', warnings: ['unknown file type: read as plain text'] })
  })
})

describe('decodeText on bytes that only look like a legacy encoding', () => {
  it('rejects random high bytes instead of returning random Chinese characters', () => {
    let seed = 42
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const bytes = new Uint8Array(3000).map(() => 0x80 + Math.floor(rnd() * 128))
    expect(decodeText(bytes)).toMatchObject({ ok: false, code: 'encoding' })
  })

  it('falls back to Big5 for undeclared Big5 text in traditional characters', () => {
    const text = '一、2023年法治政府建設主要舉措和成效。區政府堅持以習近平新時代中國特色社會主義思想為指導，深入學習貫徹法治思想，全面推進依法行政工作。'
    const r = decodeText(new Uint8Array(iconv.encode(text, 'big5')))
    expect(r).toMatchObject({ text, encoding: 'big5' })
    expect('warnings' in r && r.warnings).toContain('decoded as Big5')
  })

  it('still decodes GBK traditional-character reports as GB18030', () => {
    const text = '船營區人民政府2023年法治政府建設情況報告。一是深入開展習近平法治思想學習，始終把學習貫徹作為一項重要政治任務，持續推進。'
    expect(decodeText(gbk(text))).toMatchObject({ text, encoding: 'gb18030' })
  })
})

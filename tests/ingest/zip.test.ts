/**
 * The bound on zip-based inputs (src/ingest/zip.ts): small generated bombs — an entry of zeros that
 * inflates past the limit, a central directory that lies about the size, too many entries — are
 * refused as "too large when unpacked" before mammoth inflates anything; a real .docx passes.
 */
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { ingest } from '../../src/ingest'
import { centralDirectory, checkZipBounds, MAX_ZIP_ENTRIES } from '../../src/ingest/zip'
import { MAX_UNPACKED_BYTES } from '../../src/ingest/types'
import { zip } from './zipFixture'

const xml = (s: string) => new TextEncoder().encode(s)

describe('zip bounds', () => {
  it('a .docx whose document inflates past the limit is refused before it is read', async () => {
    const zeros = new Uint8Array(MAX_UNPACKED_BYTES + 1024 * 1024)
    const bomb = zip([{ name: '[Content_Types].xml', data: xml('<Types/>') }, { name: 'word/document.xml', data: zeros }])
    expect(bomb.length).toBeLessThan(200_000) // ~65 MB of zeros deflate to ~64 KB
    const r = await ingest(bomb, 'bomb.docx')
    expect(r).toMatchObject({ ok: false, code: 'too_large' })
    if (r.ok) return
    expect(r.message_en).toMatch(/^The file is too large when unpacked \(more than 64 MB, about 65 MB\)/)
    expect(r.message_zh).toContain('文件解压后过大')
  })

  it('a central directory that understates an entry is caught while inflating, not after', async () => {
    const lying = zip([{ name: 'word/document.xml', data: new Uint8Array(8 * 1024 * 1024), declared: 1000 }])
    expect(centralDirectory(lying)).toMatchObject({ count: 1, entries: [{ name: 'word/document.xml', size: 1000 }] })
    expect(await checkZipBounds(lying)).toMatchObject({ code: 'too_large' })
    // Within a smaller limit the honest archive is refused too, from the directory alone.
    const honest = zip([{ name: 'a.xml', data: new Uint8Array(2048) }])
    expect(await checkZipBounds(honest, 1024)).toMatchObject({ code: 'too_large' })
    expect(await checkZipBounds(honest, 4096)).toBeNull()
  })

  it('too many entries are refused by their count', async () => {
    const many = zip(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0), stored: true })))
    const r = await checkZipBounds(many)
    expect(r).toMatchObject({ code: 'too_large' })
    expect(r?.message_en).toContain(`${MAX_ZIP_ENTRIES + 1} entries, limit ${MAX_ZIP_ENTRIES}`)
  })

  it('a real .docx passes, and a truncated one is a damaged file, not a crash', async () => {
    const z = new JSZip()
    z.file('[Content_Types].xml', '<Types/>')
    z.file('word/document.xml', '<w:document/>'.repeat(1000))
    const docx = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    expect(await checkZipBounds(docx)).toBeNull()
    expect(await ingest(docx.subarray(0, docx.length - 30), 'cut.docx')).toMatchObject({ ok: false, code: 'corrupt' })
  })
})

/**
 * The bound on zip-based inputs (src/ingest/zip.ts): small generated bombs — an entry of zeros that
 * inflates past the limit, a central directory that lies about the size, too many entries — are
 * refused as "too large when unpacked" before mammoth inflates anything; a real .docx passes.
 */
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { deflateRawSync } from 'node:zlib'
import { ingest } from '../../src/ingest'
import { centralDirectory, checkZipBounds, MAX_ZIP_ENTRIES } from '../../src/ingest/zip'
import { MAX_UNPACKED_BYTES } from '../../src/ingest/types'

interface Part {
  name: string
  data: Uint8Array
  /** Size to declare (default: the real one). */
  declared?: number
  stored?: boolean
}

/** A zip written by hand (CRC left 0: nothing here checks it), so sizes can be made to lie. */
function zip(parts: Part[]): Uint8Array {
  const chunks: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const p of parts) {
    const name = Buffer.from(p.name)
    const body = p.stored ? Buffer.from(p.data) : deflateRawSync(p.data)
    const size = p.declared ?? p.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(p.stored ? 0 : 8, 8)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const cd = Buffer.alloc(46)
    cd.writeUInt32LE(0x02014b50, 0)
    cd.writeUInt16LE(20, 4)
    cd.writeUInt16LE(20, 6)
    cd.writeUInt16LE(p.stored ? 0 : 8, 10)
    cd.writeUInt32LE(body.length, 20)
    cd.writeUInt32LE(size, 24)
    cd.writeUInt16LE(name.length, 28)
    cd.writeUInt32LE(offset, 42)
    chunks.push(local, name, body)
    central.push(cd, name)
    offset += 30 + name.length + body.length
  }
  const cdBytes = Buffer.concat(central)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(Math.min(parts.length, 0xffff), 8)
  eocd.writeUInt16LE(Math.min(parts.length, 0xffff), 10)
  eocd.writeUInt32LE(cdBytes.length, 12)
  eocd.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, eocd]))
}

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

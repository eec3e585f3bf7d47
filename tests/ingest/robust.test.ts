import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { ingest, type IngestResult } from '../../src/ingest'

const CODES = ['empty', 'binary', 'encoding', 'too_large', 'unsupported', 'corrupt']

function checkShape(r: IngestResult): void {
  if (r.ok) {
    expect(['txt', 'html', 'docx', 'pdf']).toContain(r.format)
    expect(typeof r.text).toBe('string')
    expect(r.body.start).toBeGreaterThanOrEqual(0)
    expect(r.body.end).toBeGreaterThanOrEqual(r.body.start)
    expect(r.body.end).toBeLessThanOrEqual(r.text.length)
    expect(Array.isArray(r.warnings)).toBe(true)
  } else {
    expect(CODES).toContain(r.code)
    expect(r.message_zh.length).toBeGreaterThan(5)
    expect(r.message_en.length).toBeGreaterThan(5)
  }
}

const PREFIXES = [[], [0x50, 0x4b, 3, 4], [0x25, 0x50, 0x44, 0x46, 0x2d], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x3c, 0x70, 0x3e], [0xd0, 0xcf, 0x11, 0xe0]]
const NAMES = ['a.txt', 'a.html', 'a.docx', 'a.pdf', 'a', 'a.doc', 'A.TXT', '', '报告.htm']

describe('ingest never throws', () => {
  it('returns a well-formed result for arbitrary bytes and names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PREFIXES),
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom(...NAMES),
        async (prefix, rest, name) => {
          const r = await ingest(new Uint8Array([...prefix, ...rest]), name)
          checkShape(r)
        },
      ),
      { numRuns: 150, seed: 20240131 },
    )
  })

  it('returns a well-formed result for arbitrary strings in several encodings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300, unit: 'grapheme' }), fc.constantFrom(...NAMES), async (s, name) => {
        const r = await ingest(new TextEncoder().encode(s), name)
        checkShape(r)
        if (r.ok && r.format === 'txt') expect(r.text).toBe(s)
      }),
      { numRuns: 150, seed: 7 },
    )
  })

  it('handles values that are not bytes and odd options', async () => {
    checkShape(await ingest(undefined as unknown as Uint8Array, 'a.txt'))
    expect(await ingest('text' as unknown as Uint8Array, 'a.txt')).toMatchObject({ ok: false, code: 'unsupported' })
    const ab = new TextEncoder().encode('法治政府').buffer as ArrayBuffer
    expect(await ingest(ab as unknown as Uint8Array, 'a.txt')).toMatchObject({ ok: true, text: '法治政府' })
    expect(await ingest(new TextEncoder().encode('法治'), null as unknown as string, { maxBytes: -1 })).toMatchObject({ ok: true })
  })
})

/**
 * Report and content hashes where the page is not a secure context: an intranet server on plain
 * http:// gives the import Worker no `crypto.subtle`, and importing a report must still work and
 * give the same hashes (they key corrections.json and find duplicates).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { contentSha256, sha256Hex } from '../../src/pipeline/processReport'

const bytes = new TextEncoder().encode('白石区司法局2023年法治政府建设年度报告：全年办理行政复议案件12件。')

afterEach(() => vi.unstubAllGlobals())

describe('sha256Hex', () => {
  it('is the SHA-256 of the bytes (known vector)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('gives the same digest without Web Crypto (http:// intranet page)', async () => {
    const native = await sha256Hex(bytes)
    const key = await contentSha256('報告 全年辦理行政復議案件12件')
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) })
    expect(globalThis.crypto.subtle).toBeUndefined()
    expect(await sha256Hex(bytes)).toBe(native)
    expect(await contentSha256('報告 全年辦理行政復議案件12件')).toBe(key)
  })
})

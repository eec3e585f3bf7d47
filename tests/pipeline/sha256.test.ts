/**
 * Report and content hashes where the page is not a secure context: an intranet server on plain
 * http:// gives the import Worker no `crypto.subtle`, and importing a report must still work and
 * give the same hashes (they key corrections.json and find duplicates). In Node the digests come
 * from node:crypto, in a browser from Web Crypto or @noble/hashes: all must agree.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { contentSha256, sha256Hex } from '../../src/pipeline/processReport'

const bytes = new TextEncoder().encode('白石区司法局2023年法治政府建设年度报告：全年办理行政复议案件12件。')
/** A lone surrogate (a cut emoji in a pasted page): UTF-8 encoders must all write U+FFFD for it. */
const odd = '報告 全年辦理行政復議案件12件\ud83d 完'

afterEach(() => { vi.restoreAllMocks(); vi.unstubAllGlobals() })

/** Digests as a browser computes them: no node:crypto. */
async function inBrowser<T>(f: () => Promise<T>): Promise<T> {
  vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never)
  const r = await f()
  vi.restoreAllMocks()
  return r
}

describe('sha256Hex', () => {
  it('is the SHA-256 of the bytes (known vector)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(await inBrowser(() => sha256Hex(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('gives the same digests in Node and with Web Crypto', async () => {
    expect(await inBrowser(() => sha256Hex(bytes))).toBe(await sha256Hex(bytes))
    expect(await inBrowser(() => contentSha256(odd))).toBe(await contentSha256(odd))
  })

  it('gives the same digest without Web Crypto (http:// intranet page)', async () => {
    const native = await sha256Hex(bytes)
    const key = await contentSha256(odd)
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) })
    expect(globalThis.crypto.subtle).toBeUndefined()
    expect(await inBrowser(() => sha256Hex(bytes))).toBe(native)
    expect(await inBrowser(() => contentSha256(odd))).toBe(key)
  })
})

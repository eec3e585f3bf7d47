/**
 * A server that does not serve the wasm as one the browser can compile (src/db/wasmServed.ts) is told
 * apart from a slow start, with one HEAD request made only when the start is slow. In the browser:
 * tests/e2e/app.test.ts (a 404 and an octet-stream type end the start with this error).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DatasetError } from '../../src/db/errors'
import { WASM_CHECK_AFTER_MS, wasmServed } from '../../src/db/wasmServed'

const URL_ = '/assets/duckdb-eh-X.wasm'

function serve(status: number, type: string | null) {
  const fetch = vi.fn(async () => new Response(null, { status, headers: type ? { 'content-type': type } : {} }))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

/** What `failed` did by `ms` after the call: its error, or 'pending'. */
async function after(ms: number, check: ReturnType<typeof wasmServed>): Promise<DatasetError | 'pending'> {
  let out: DatasetError | 'pending' = 'pending'
  check.failed.catch((e: DatasetError) => (out = e))
  await vi.advanceTimersByTimeAsync(ms)
  return out
}

describe('wasmServed', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('says the server is at fault when the wasm is missing or not sent as application/wasm, once the start is slow', async () => {
    vi.useFakeTimers()
    for (const [status, type, detail] of [
      [404, 'text/plain', 'HTTP 404'],
      [200, 'application/octet-stream', 'Content-Type application/octet-stream, not application/wasm'],
      [200, 'text/html; charset=utf-8', 'Content-Type text/html, not application/wasm'],
      [200, null, 'Content-Type (none), not application/wasm'],
    ] as const) {
      const fetch = serve(status, type)
      const check = wasmServed(URL_)
      expect(await after(WASM_CHECK_AFTER_MS - 1, check)).toBe('pending')
      expect(fetch).not.toHaveBeenCalled()
      const e = await after(1, check)
      expect(e).toBeInstanceOf(DatasetError)
      expect(e).toMatchObject({ kind: 'wasm-served', file: URL_ })
      expect((e as DatasetError).message).toContain(detail)
      expect(fetch).toHaveBeenCalledExactlyOnceWith(URL_, { method: 'HEAD', cache: 'no-store' })
    }
  })

  it('never settles when the wasm is served right, nor when the server cannot be asked (the 120 s limit stands)', async () => {
    vi.useFakeTimers()
    serve(200, 'application/wasm')
    expect(await after(10 * WASM_CHECK_AFTER_MS, wasmServed(URL_))).toBe('pending')
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    expect(await after(10 * WASM_CHECK_AFTER_MS, wasmServed(URL_))).toBe('pending')
  })

  it('asks nothing once cancelled (the wasm was instantiated in time)', async () => {
    vi.useFakeTimers()
    const fetch = serve(404, 'text/plain')
    const check = wasmServed(URL_)
    check.cancel()
    expect(await after(10 * WASM_CHECK_AFTER_MS, check)).toBe('pending')
    expect(fetch).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })
})

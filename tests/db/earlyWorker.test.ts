/**
 * The worker the page's inline script starts (scripts/earlyWorker.ts) and its hand-over to the
 * engine (src/db/earlyWorker.ts): the script runs in a page-like global and leaves its worker
 * under the name the engine reads; the engine takes it only for the bundle it chose and only
 * if it loaded, ending it otherwise; the CSP hash is the standard's (the browser tests check
 * the page runs the script under its policy).
 */
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { cspHash, earlyWorkerScript } from '../../scripts/earlyWorker'
import { EARLY_WORKER_GLOBAL, takeEarlyWorker } from '../../src/db/earlyWorker'

class FakeWorker {
  static made: FakeWorker[] = []
  terminated = false
  listeners: Record<string, (() => void)[]> = {}
  constructor(public url: string) {
    FakeWorker.made.push(this)
  }
  addEventListener(type: string, f: () => void): void {
    ;(this.listeners[type] ??= []).push(f)
  }
  terminate(): void {
    this.terminated = true
  }
}

const URL_EH = '/assets/duckdb-browser-eh.worker-abc.js'

/** Run the inline script as a page would, with or without WebAssembly exceptions; the page's globals after it. */
function runScript(exceptions: boolean): Record<string, unknown> {
  FakeWorker.made = []
  const window: Record<string, unknown> = {}
  runInNewContext(earlyWorkerScript(URL_EH), { window, Worker: FakeWorker, WebAssembly: { validate: () => exceptions }, Uint8Array })
  return window
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[EARLY_WORKER_GLOBAL]
})

describe('the early worker', () => {
  it('starts the eh worker when the browser has WebAssembly exceptions, and no other global', () => {
    const window = runScript(true)
    expect(Object.keys(window)).toEqual([EARLY_WORKER_GLOBAL])
    expect(FakeWorker.made.map((w) => w.url)).toEqual([URL_EH])
    expect(runScript(false)).toEqual({})
    expect(FakeWorker.made).toEqual([])
  })

  it('is taken once by the engine when it runs the chosen bundle and loaded', () => {
    Object.assign(globalThis, runScript(true))
    const worker = takeEarlyWorker(URL_EH)
    expect(worker).toBe(FakeWorker.made[0])
    expect(FakeWorker.made[0].terminated).toBe(false)
    expect(takeEarlyWorker(URL_EH)).toBeNull()
  })

  it('is ended when DuckDB chose another bundle or the worker failed to load', () => {
    Object.assign(globalThis, runScript(true))
    expect(takeEarlyWorker('/assets/duckdb-browser-mvp.worker-def.js')).toBeNull()
    expect(FakeWorker.made[0].terminated).toBe(true)

    Object.assign(globalThis, runScript(true))
    for (const f of FakeWorker.made[0].listeners.error) f()
    expect(takeEarlyWorker(URL_EH)).toBeNull()
    expect(FakeWorker.made[0].terminated).toBe(true)
  })

  it("gives a script's CSP source as the base64 sha256 of its text", () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    expect(cspHash('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
  })
})

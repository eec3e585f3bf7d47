/**
 * The DuckDB worker index.html's boot script starts (src/db/earlyWorker.ts, built by
 * scripts/earlyWorker.ts): the script's own source text, run in a fresh context, starts the
 * worker duckdb-wasm's `selectBundle` would pick, and only that one; ./engine.ts adopts it once,
 * and ends one of another bundle. (In the browser: tests/e2e/app.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runInNewContext } from 'node:vm'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { bootScript } from '../../scripts/earlyWorker'
import { adoptEarlyWorker, EXCEPTIONS_TEST, type EarlyWorker } from '../../src/db/earlyWorker'

const WORKERS = { eh: '/assets/duckdb-browser-eh.worker-A.js', mvp: '/assets/duckdb-browser-mvp.worker-B.js' }
const isTest = (bytes: Uint8Array) => bytes.length === EXCEPTIONS_TEST.length && EXCEPTIONS_TEST.every((b, i) => bytes[i] === b)

/** The boot script run on its own in a page-like context; what it left and the workers it started. */
function runBoot(page: { validate?: (bytes: Uint8Array) => boolean; worker?: boolean; stash?: null } = {}) {
  const started: { url: string; listeners: Map<string, (ev: { message: string }) => void> }[] = []
  class FakeWorker {
    listeners = new Map<string, (ev: { message: string }) => void>()
    constructor(url: string) {
      started.push({ url, listeners: this.listeners })
    }
    addEventListener(type: string, f: (ev: { message: string }) => void) {
      this.listeners.set(type, f)
    }
  }
  const context: Record<string, unknown> = {
    WebAssembly: { validate: page.validate ?? (() => true) },
    Uint8Array,
    ...(page.worker === false ? {} : { Worker: FakeWorker }),
    ...('stash' in page ? { __rolDuckdbWorker: page.stash } : {}),
  }
  context.globalThis = context
  runInNewContext(bootScript(WORKERS), context)
  return { early: context.__rolDuckdbWorker as EarlyWorker | null | undefined, started }
}

describe('the boot script', () => {
  it('starts the eh worker where the browser has wasm exception handling, the mvp worker where not', () => {
    const eh = runBoot({ validate: isTest })
    expect(eh.started.map((w) => w.url)).toEqual([WORKERS.eh])
    expect(eh.early?.url).toBe(WORKERS.eh)
    const mvp = runBoot({ validate: (bytes) => !isTest(bytes) })
    expect(mvp.started.map((w) => w.url)).toEqual([WORKERS.mvp])
    expect(mvp.early?.url).toBe(WORKERS.mvp)
  })

  it('notes a load error that comes before the engine listens', () => {
    const { early, started } = runBoot()
    expect(early?.error).toBeNull()
    started[0].listeners.get('error')!({ message: '' })
    expect(early?.error).toBe('failed to load')
  })

  it('starts nothing without Workers, nor once the engine has looked (the script arrived late)', () => {
    expect(runBoot({ worker: false })).toEqual({ early: undefined, started: [] })
    expect(runBoot({ stash: null })).toEqual({ early: null, started: [] })
  })

  it('tests the very module duckdb-wasm validates to choose between its eh and mvp bundles', async () => {
    const bundles = { mvp: { mainModule: 'mvp.wasm', mainWorker: 'mvp.js' }, eh: { mainModule: 'eh.wasm', mainWorker: 'eh.js' } }
    const library = pathToFileURL(join(import.meta.dirname, '../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs')).href
    vi.stubGlobal('Worker', class {})
    // A fresh copy of the library each time: it keeps the features it detected.
    for (const [has, bundle] of [[true, 'eh.js'], [false, 'mvp.js']] as const) {
      vi.spyOn(WebAssembly, 'validate').mockImplementation((bytes) => (isTest(new Uint8Array(bytes as ArrayBuffer)) ? has : !has))
      const { selectBundle } = (await import(/* @vite-ignore */ `${library}?${bundle}`)) as typeof import('@duckdb/duckdb-wasm')
      expect((await selectBundle(bundles)).mainWorker).toBe(bundle)
      vi.restoreAllMocks()
    }
  })
})

describe('adopting the early worker', () => {
  afterEach(() => {
    globalThis.__rolDuckdbWorker = undefined
    vi.unstubAllGlobals()
  })

  const early = (url: string): EarlyWorker => ({ url, worker: { terminate: vi.fn() } as unknown as Worker, error: null })

  it('takes the worker of the bundle picked, once', () => {
    vi.stubGlobal('location', { href: 'http://intranet.example/dashboard/' })
    const mine = early(WORKERS.eh)
    globalThis.__rolDuckdbWorker = mine
    expect(adoptEarlyWorker(`http://intranet.example${WORKERS.eh}`)).toBe(mine)
    expect(adoptEarlyWorker(WORKERS.eh)).toBeNull()
    expect(mine.worker.terminate).not.toHaveBeenCalled()
  })

  it("ends one of another bundle, and marks that the engine has looked when there was none", () => {
    vi.stubGlobal('location', { href: 'http://intranet.example/' })
    const other = early(WORKERS.mvp)
    globalThis.__rolDuckdbWorker = other
    expect(adoptEarlyWorker(WORKERS.eh)).toBeNull()
    expect(other.worker.terminate).toHaveBeenCalledOnce()
    globalThis.__rolDuckdbWorker = undefined
    expect(adoptEarlyWorker(WORKERS.eh)).toBeNull()
    expect(globalThis.__rolDuckdbWorker).toBeNull()
  })
})

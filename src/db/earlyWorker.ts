/**
 * The DuckDB worker started before the app's code has arrived. index.html's entry is a module
 * script, which runs only once the whole document (with the prerendered first frame) is parsed,
 * and then loads the DuckDB chunk before ./engine.ts can start the worker, whose script must
 * still be fetched and parsed before it fetches the 34 MB wasm. The build puts a tiny classic
 * script in <head> instead (scripts/earlyWorker.ts: `startEarlyWorker` as its own source text),
 * which starts the worker while the document is still arriving; ./engine.ts adopts it.
 */

/** A worker the boot script started: its script URL, and the message of its `error` event if it had one. */
export interface EarlyWorker {
  url: string
  worker: Worker
  error: string | null
}

declare global {
  /** Set by the boot script (`startEarlyWorker`); `null` once ./engine.ts has looked (`adoptEarlyWorker`). */
  var __rolDuckdbWorker: EarlyWorker | null | undefined
}

/**
 * The module duckdb-wasm's `selectBundle` validates to tell whether the browser has WebAssembly
 * exception handling (wasm-feature-detect's `exceptions`, bundled in the library): with it the
 * library picks the `eh` bundle, without it `mvp` (our bundles have no `coi`, which it would
 * prefer when the page is cross-origin isolated).
 */
export const EXCEPTIONS_TEST = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]

/**
 * The boot script's body, run as its own source text (so it uses nothing from outside itself):
 * picks the worker as `selectBundle` would (`EXCEPTIONS_TEST`), starts it and leaves it in
 * `globalThis.__rolDuckdbWorker`, noting its load error, which may come before ./engine.ts
 * listens. Does nothing when ./engine.ts has already looked (the script arrived late) or the
 * browser cannot (./engine.ts then says why).
 */
export function startEarlyWorker(workers: { eh: string; mvp: string; test: number[] }): void {
  try {
    if (globalThis.__rolDuckdbWorker !== undefined || typeof WebAssembly !== 'object' || typeof Worker === 'undefined') return
    const url = WebAssembly.validate(new Uint8Array(workers.test)) ? workers.eh : workers.mvp
    const early: EarlyWorker = { url, worker: new Worker(url), error: null }
    early.worker.addEventListener('error', (ev) => (early.error = ev.message || 'failed to load'))
    globalThis.__rolDuckdbWorker = early
  } catch {
    // A Worker refused here (a stricter policy) is refused to ./engine.ts too, which reports it.
  }
}

/**
 * The boot script's worker when it runs `url` (the bundle `selectBundle` picked), taken once: a
 * retry after a failed start starts its own. One of another bundle is ended.
 */
export function adoptEarlyWorker(url: string): EarlyWorker | null {
  const early = globalThis.__rolDuckdbWorker ?? null
  globalThis.__rolDuckdbWorker = null
  if (!early || new URL(early.url, location.href).href === new URL(url, location.href).href) return early
  early.worker.terminate()
  return null
}

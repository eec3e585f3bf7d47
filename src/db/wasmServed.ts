/** Telling a server's fault from a slow start of DuckDB-wasm (./engine.ts races it with the instantiation). */
import { DatasetError } from './errors'

/** How long the wasm may take to be instantiated before the page asks the server how it serves it (`wasmServed`). */
export const WASM_CHECK_AFTER_MS = 4000

/**
 * `failed` rejects, `WASM_CHECK_AFTER_MS` after the call, when the server does not serve `url` as a wasm the browser can
 * compile: DuckDB's worker compiles the wasm as it arrives (`WebAssembly.instantiateStreaming`, which needs the type
 * `application/wasm`) and, when that fails, waits for ever — a file not deployed, a single-page fallback served in its place, a
 * server that does not know the type (older nginx mime.types, IIS without a MIME map for .wasm). One HEAD request, and only
 * when the start is slow; `failed` never settles when the wasm is served right (a slow network is left its time, up to the
 * 120 s limit). `cancel` once the wasm is instantiated: no request is made then.
 */
export function wasmServed(url: string): { failed: Promise<never>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      fetch(url, { method: 'HEAD', cache: 'no-store' }).then((res) => {
        const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
        const problem = !res.ok ? `HTTP ${res.status}` : type !== 'application/wasm' ? `Content-Type ${type || '(none)'}, not application/wasm,` : null
        if (problem) reject(new DatasetError('wasm-served', `${problem} for ${url}`, url))
      }, () => undefined) // the server cannot be asked: the 120 s limit stands
    }, WASM_CHECK_AFTER_MS)
  })
  failed.catch(() => undefined) // raced by startEngine; unasked once it is cancelled
  return { failed, cancel: () => clearTimeout(timer) }
}

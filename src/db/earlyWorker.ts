/**
 * The DuckDB worker the page's inline script may have started while the HTML was parsed
 * (scripts/earlyWorker.ts writes that script into the built index.html).
 */

/** The global the inline script leaves its worker in. */
export const EARLY_WORKER_GLOBAL = '__rolEarlyWorker'

interface EarlyWorker {
  url: string
  worker: Worker
  failed: boolean
}

/**
 * The early worker if it runs `url` and has not failed to load; taken once. A worker of another
 * bundle (DuckDB chose its 'mvp' build) or one that failed is ended, and the caller starts its own.
 */
export function takeEarlyWorker(url: string): Worker | null {
  const holder = globalThis as unknown as Record<string, EarlyWorker | undefined>
  const early = holder[EARLY_WORKER_GLOBAL]
  if (!early) return null
  delete holder[EARLY_WORKER_GLOBAL]
  if (early.url === url && !early.failed) return early.worker
  early.worker.terminate()
  return null
}

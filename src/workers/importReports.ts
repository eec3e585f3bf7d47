/**
 * Client side of the extraction Worker: `extractFile(file)` reads one file, hands it to the
 * Worker and resolves with its extracted rows or a clear reason it could not be read. The Worker
 * is created on first use and reused; when a file runs out of its time budget
 * (`extractionBudgetMs`) or the import is cancelled (`signal`), the Worker is terminated — the
 * only way to stop code that is busy — the call rejects with `ExtractionStopped`, and the next
 * file gets a fresh Worker.
 */
import { ExtractionStopped, extractionBudgetMs, type ImportEvent, type ImportFailure, type ImportedReport } from './protocol'

export type { ImportFailure, ImportedReport } from './protocol'

let worker: Worker | null = null
let nextId = 1

function getWorker(): Worker {
  worker ??= new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

function discard(w: Worker): void {
  if (worker === w) worker = null
  w.terminate()
}

export interface ExtractOptions {
  /** Time the file may take (default: `extractionBudgetMs` of its size). */
  budgetMs?: number
  signal?: AbortSignal
}

export async function extractFile(file: File, opts: ExtractOptions = {}): Promise<{ report: ImportedReport } | { failure: ImportFailure }> {
  const bytes = await file.arrayBuffer()
  const budget = opts.budgetMs ?? extractionBudgetMs(bytes.byteLength)
  if (opts.signal?.aborted) throw new ExtractionStopped('cancelled', budget)
  const id = nextId++
  const w = getWorker()
  return new Promise((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer)
      w.removeEventListener('message', onMessage)
      w.removeEventListener('error', onError)
      opts.signal?.removeEventListener('abort', onAbort)
    }
    const stop = (reason: ExtractionStopped['reason']) => {
      finish()
      discard(w)
      reject(new ExtractionStopped(reason, budget))
    }
    const timer = setTimeout(() => stop('timeout'), budget)
    const onAbort = () => stop('cancelled')
    const onMessage = (ev: MessageEvent<ImportEvent>) => {
      const e = ev.data
      if (e.id !== id || e.type !== 'done') return
      finish()
      if (e.reports[0]) resolve({ report: e.reports[0] })
      else if (e.failures[0]) resolve({ failure: e.failures[0] })
      else reject(new Error('the extraction worker returned nothing'))
    }
    const onError = (ev: ErrorEvent) => {
      finish()
      discard(w)
      reject(new Error(ev.message || 'extraction worker failed'))
    }
    w.addEventListener('message', onMessage)
    w.addEventListener('error', onError)
    opts.signal?.addEventListener('abort', onAbort)
    w.postMessage({ id, files: [{ name: file.name, bytes }] }, [bytes])
  })
}

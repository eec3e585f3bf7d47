/**
 * Client side of the extraction Worker: `importReports(files, onProgress)` reads the files,
 * hands them to the Worker and resolves with the extracted rows and a clear reason for every
 * file that could not be read. The Worker is created on first use and reused.
 */
import type { ImportEvent, ImportFailure, ImportedReport } from './protocol'

export type { ImportFailure, ImportedReport } from './protocol'

let worker: Worker | null = null
let nextId = 1

function getWorker(): Worker {
  worker ??= new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

export async function importReports(files: File[], onProgress?: (done: number, total: number, name: string) => void):
  Promise<{ reports: ImportedReport[]; failures: ImportFailure[] }> {
  const payload = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })))
  const id = nextId++
  const w = getWorker()
  return new Promise((resolve, reject) => {
    const onMessage = (ev: MessageEvent<ImportEvent>) => {
      const e = ev.data
      if (e.id !== id) return
      if (e.type === 'progress') { onProgress?.(e.done, e.total, e.name); return }
      w.removeEventListener('message', onMessage)
      w.removeEventListener('error', onError)
      resolve({ reports: e.reports, failures: e.failures })
    }
    const onError = (ev: ErrorEvent) => {
      w.removeEventListener('message', onMessage)
      w.removeEventListener('error', onError)
      reject(new Error(ev.message || 'extraction worker failed'))
    }
    w.addEventListener('message', onMessage)
    w.addEventListener('error', onError)
    w.postMessage({ id, files: payload }, payload.map((p) => p.bytes))
  })
}

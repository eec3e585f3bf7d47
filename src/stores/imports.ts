/**
 * Reports imported in the browser: the queue of files of this session with a result per file,
 * and the imported reports now loaded (this session's and those restored from this browser's
 * storage), with a way to remove one. Each file is extracted in the Worker (with a time budget,
 * cancellable), appended to the DuckDB tables and stored in IndexedDB on its own, so a bad file
 * never affects the others. The files still to do are written down first (./pendingImports.ts),
 * so an import cut short by a reload is named on the next load, with a way to pick the files again.
 *
 * Stored imports are re-applied whenever the dataset becomes ready (start-up, retry); the store
 * is created at start-up by src/app.ts so that happens whichever view opens first.
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { browserStorage } from '../db/persist'
import { useDatasetStore } from './dataset'
import { importFile, resolveDuplicate, restoreStored, type FileOutcome, type FlowDeps, type ImportedInfo } from './importFlow'
import type { DuplicateDecision } from '../db/append'
import { readPending, writePending, type PendingFile } from './pendingImports'

export interface QueuedFile {
  key: number
  name: string
  size: number
  state: 'waiting' | 'working' | 'done'
  outcome: FileOutcome | null
}

export interface ImportedEntry extends ImportedInfo {
  /** 'session': imported since this page opened; 'stored': restored from this browser's storage. */
  origin: 'session' | 'stored'
}

async function flowDeps(signal?: AbortSignal): Promise<FlowDeps> {
  const [{ appendImported }, { extractFile }] = await Promise.all([import('../db/importedTables'), import('../workers/importReports')])
  return {
    append: appendImported,
    storage: browserStorage,
    async extract(file) {
      const r = await extractFile(file, { signal })
      if ('report' in r) return { ok: true, rows: { report: r.report.report, observations: r.report.observations, text: r.report.text }, warnings: r.report.warnings }
      return { ok: false, ...r.failure }
    },
  }
}

const sameFile = (a: PendingFile, b: PendingFile) => a.name === b.name && a.size === b.size

export const useImportsStore = defineStore('imports', () => {
  const dataset = useDatasetStore()
  const files = ref<QueuedFile[]>([])
  const imported = ref<ImportedEntry[]>([])
  const busy = ref(false)
  /** Files of an import that a reload (or a closed tab) cut short: not imported. */
  const interrupted = ref<PendingFile[]>(readPending())
  /** Stored imports that could not be re-applied, and why storage as a whole failed (if it did). */
  const restoreFailed = ref(0)
  const storageError = ref<string | null>(null)
  const removeError = ref<{ agency: string; year: number; reason: string; step: 'storage' | 'tables' } | null>(null)
  const removing = ref<string | null>(null)
  let nextKey = 1
  let restoring: Promise<void> | null = null
  let controller: AbortController | null = null

  /** What is still to do, written down before it starts: the interrupted files not yet dealt with and this queue. */
  function notePending(): void {
    writePending([...interrupted.value, ...files.value.filter((f) => f.state !== 'done')])
  }

  async function restore(): Promise<void> {
    try {
      const { restored, failed } = await restoreStored(await flowDeps())
      restoreFailed.value = failed
      imported.value = [...restored.map((r) => ({ ...r, origin: 'stored' as const })), ...imported.value]
      // A file that was stored just before the reload did make it.
      interrupted.value = interrupted.value.filter((p) => !restored.some((r) => r.name === p.name))
      notePending()
      if (restored.length) await dataset.refresh()
    } catch (e) {
      storageError.value = e instanceof Error ? e.message : String(e)
    }
  }

  watch(
    () => dataset.status,
    (s) => {
      if (s === 'ready') restoring ??= restore()
      else {
        restoring = null
        imported.value = []
      }
    },
    { immediate: true },
  )

  function update(key: number, patch: Partial<QueuedFile>): void {
    files.value = files.value.map((f) => (f.key === key ? { ...f, ...patch } : f))
    notePending()
  }

  /** Import files one after another; each gets its own outcome. */
  async function importFiles(list: readonly File[]): Promise<void> {
    const queued = list.map((f) => ({ file: f, key: nextKey++ }))
    files.value = [...queued.map(({ file, key }): QueuedFile => ({ key, name: file.name, size: file.size, state: 'waiting', outcome: null })), ...files.value]
    // Picked again: no longer "not imported".
    interrupted.value = interrupted.value.filter((p) => !list.some((f) => sameFile(p, f)))
    notePending()
    busy.value = true
    const signal = (controller = new AbortController()).signal
    try {
      await restoring
      const deps = await flowDeps(signal)
      for (const { file, key } of queued) {
        if (signal.aborted) {
          update(key, { state: 'done', outcome: { ok: false, code: 'cancelled' } })
          continue
        }
        update(key, { state: 'working' })
        const outcome = await importFile(file, deps)
        update(key, { state: 'done', outcome })
        if (outcome.ok) await added(outcome)
      }
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e)
      for (const { key } of queued) {
        const f = files.value.find((x) => x.key === key)
        if (f && f.state !== 'done') update(key, { state: 'done', outcome: { ok: false, code: 'worker', params: { reason } } })
      }
    } finally {
      controller = null
      busy.value = false
    }
  }

  /** A report now in the tables: listed (the one it replaced no longer), and every view refreshed. */
  async function added(outcome: ImportedInfo): Promise<void> {
    const gone = outcome.replaced?.report_id
    imported.value = [...imported.value.filter((e) => e.report_id !== gone), { ...outcome, origin: 'session' }]
    await dataset.refresh().catch(() => undefined)
  }

  /** The answer to a file waiting on a duplicate: replace the loaded report, or keep both (this one marked). */
  async function resolve(key: number, decision: DuplicateDecision): Promise<void> {
    const f = files.value.find((x) => x.key === key)
    const pending = f?.outcome && !f.outcome.ok ? f.outcome.pending : undefined
    if (!pending || busy.value) return
    busy.value = true
    try {
      update(key, { state: 'working', outcome: null })
      const { storage, append } = await flowDeps()
      const outcome = await resolveDuplicate(pending, decision, { storage, append })
      update(key, { state: 'done', outcome })
      if (outcome.ok) await added(outcome)
    } finally {
      busy.value = false
    }
  }

  /** Stop the import: the file being extracted and the ones waiting are not imported. */
  function cancel(): void {
    controller?.abort()
  }

  function dismissInterrupted(): void {
    interrupted.value = []
    notePending()
  }

  /**
   * Remove an imported report from this browser's storage, then from the tables (its report row,
   * observations and text). Storage goes first: if it refuses, nothing changes and the error is
   * shown; if the tables then refuse, the stored record is put back. The list shows what is stored.
   */
  async function remove(reportId: string): Promise<void> {
    const entry = imported.value.find((e) => e.report_id === reportId)
    if (!entry || removing.value) return
    removeError.value = null
    removing.value = reportId
    const fail = (step: 'storage' | 'tables', e: unknown) =>
      (removeError.value = { agency: entry.agency, year: entry.year, step, reason: e instanceof Error ? e.message : String(e) })
    try {
      let record: unknown
      if (entry.stored) {
        try {
          record = await browserStorage.get(entry.sha256)
          await browserStorage.delete(entry.sha256)
        } catch (e) {
          fail('storage', e)
          return
        }
      }
      try {
        const { removeImported } = await import('../db/importedTables')
        await removeImported([reportId])
      } catch (e) {
        if (record) await browserStorage.put(record as Parameters<typeof browserStorage.put>[0]).catch(() => undefined)
        fail('tables', e)
        return
      }
      imported.value = imported.value.filter((e) => e.report_id !== reportId)
      await dataset.refresh().catch(() => undefined)
    } finally {
      removing.value = null
    }
  }

  function clearFinished(): void {
    files.value = files.value.filter((f) => f.state !== 'done')
  }

  return { files, imported, busy, interrupted, restoreFailed, storageError, removeError, removing, importFiles, resolve, cancel, dismissInterrupted, remove, clearFinished }
})

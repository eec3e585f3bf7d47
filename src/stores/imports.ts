/**
 * Reports imported in the browser: the queue of files of this session with a result per file,
 * and the imported reports now loaded (this session's and those restored from this browser's
 * storage), with a way to remove one. Each file is extracted in the Worker, appended to the
 * DuckDB tables and stored in IndexedDB on its own, so a bad file never affects the others.
 *
 * Stored imports are re-applied whenever the dataset becomes ready (start-up, retry); the store
 * is created at start-up by src/app.ts so that happens whichever view opens first.
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { browserStorage } from '../db/persist'
import { useDatasetStore } from './dataset'
import { importFile, restoreStored, type FileOutcome, type FlowDeps, type ImportedInfo } from './importFlow'

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

async function flowDeps(): Promise<FlowDeps> {
  const [{ appendImported }, { importReports }] = await Promise.all([import('../db/importedTables'), import('../workers/importReports')])
  return {
    append: appendImported,
    storage: browserStorage,
    async extract(file) {
      const { reports, failures } = await importReports([file])
      const r = reports[0]
      if (r) return { ok: true, rows: { report: r.report, observations: r.observations, text: r.text }, warnings: r.warnings }
      if (failures[0]) return { ok: false, ...failures[0] }
      throw new Error('the extraction worker returned nothing')
    },
  }
}

export const useImportsStore = defineStore('imports', () => {
  const dataset = useDatasetStore()
  const files = ref<QueuedFile[]>([])
  const imported = ref<ImportedEntry[]>([])
  const busy = ref(false)
  /** Stored imports that could not be re-applied, and why storage as a whole failed (if it did). */
  const restoreFailed = ref(0)
  const storageError = ref<string | null>(null)
  const removeError = ref<string | null>(null)
  let nextKey = 1
  let restoring: Promise<void> | null = null

  async function restore(): Promise<void> {
    try {
      const { restored, failed } = await restoreStored(await flowDeps())
      restoreFailed.value = failed
      imported.value = [...restored.map((r) => ({ ...r, origin: 'stored' as const })), ...imported.value]
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
  }

  /** Import files one after another; each gets its own outcome. */
  async function importFiles(list: readonly File[]): Promise<void> {
    const queued = list.map((f) => ({ file: f, key: nextKey++ }))
    files.value = [...queued.map(({ file, key }): QueuedFile => ({ key, name: file.name, size: file.size, state: 'waiting', outcome: null })), ...files.value]
    busy.value = true
    try {
      await restoring
      const deps = await flowDeps()
      for (const { file, key } of queued) {
        update(key, { state: 'working' })
        const outcome = await importFile(file, deps)
        update(key, { state: 'done', outcome })
        if (outcome.ok) {
          imported.value = [...imported.value, { ...(outcome as ImportedInfo), origin: 'session' }]
          await dataset.refresh().catch(() => undefined)
        }
      }
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e)
      for (const { key } of queued) {
        const f = files.value.find((x) => x.key === key)
        if (f && f.state !== 'done') update(key, { state: 'done', outcome: { ok: false, code: 'worker', params: { reason } } })
      }
    } finally {
      busy.value = false
    }
  }

  /** Remove an imported report from the tables and from this browser's storage. */
  async function remove(reportId: string): Promise<void> {
    const entry = imported.value.find((e) => e.report_id === reportId)
    if (!entry) return
    removeError.value = null
    try {
      const { removeImported } = await import('../db/importedTables')
      await removeImported([reportId])
      imported.value = imported.value.filter((e) => e.report_id !== reportId)
      await browserStorage.delete(entry.sha256).catch(() => undefined)
      await dataset.refresh()
    } catch (e) {
      removeError.value = e instanceof Error ? e.message : String(e)
    }
  }

  function clearFinished(): void {
    files.value = files.value.filter((f) => f.state !== 'done')
  }

  return { files, imported, busy, restoreFailed, storageError, removeError, importFiles, remove, clearFinished }
})

/**
 * Review and correction in the browser: the published corrections (what `npm run extract`
 * applied), this browser's own corrections (kept in IndexedDB), the stale ones of both, and the
 * analyst's name. Every change is stored, applied to the DuckDB tables (src/db/reviewTables.ts)
 * and then every view refreshes through the dataset store. A failure to store or apply is shown,
 * never swallowed; a file that cannot be imported changes nothing.
 *
 * Created at start-up by src/app.ts, so stored corrections are applied whichever view opens first.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { browserCorrectionStorage } from '../db/persist'
import { catalogue } from '../queries/catalogue'
import { emptyCorrections, parseCorrections, serializeCorrections, concatCorrections, type CorrectionProblem, type CorrectionsFile } from '../pipeline/corrections'
import type { SourcedStale } from '../db/corrections'
import { useDatasetStore } from './dataset'
import { useImportsStore } from './imports'
import { appendTo, mergeImported, removeFrom, reportHistory, valueHistory, withTrail, type AnyCorrection } from './reviewLog'

const REVIEWER_KEY = 'rol-dashboard.reviewer'
const known = new Set(catalogue.indicators.map((i) => i.id))
const loadTables = () => import('../db/reviewTables')

function savedReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? ''
  } catch {
    return ''
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

export type ImportResult = { ok: true; added: number; skipped: number } | { ok: false; problems: CorrectionProblem[] }

export const useReviewStore = defineStore('review', () => {
  const dataset = useDatasetStore()
  const imports = useImportsStore()
  const published = shallowRef<CorrectionsFile>(emptyCorrections())
  const publishedStale = shallowRef<SourcedStale[]>([])
  const local = shallowRef<CorrectionsFile>(emptyCorrections())
  const stale = shallowRef<SourcedStale[]>([])
  const reviewer = ref(savedReviewer())
  /** Loaded and applied once: the views may offer actions. */
  const ready = ref(false)
  const busy = ref(false)
  /** Why the corrections could not be read, stored or applied (shown until the next success). */
  const loadError = ref<string | null>(null)
  const storageError = ref<string | null>(null)
  /** This browser's storage could not be read at all (no IndexedDB, blocked): corrections last this session only. */
  const storageUnavailable = ref<string | null>(null)
  const applyError = ref<string | null>(null)
  let queue: Promise<unknown> = Promise.resolve()

  const importedShas = computed(() => new Set(imports.imported.map((e) => e.sha256)))

  /** Apply both files to the tables, then refresh every view if rows changed. */
  async function apply(): Promise<void> {
    busy.value = true
    try {
      const { applyToTables } = await loadTables()
      const out = await applyToTables({ published: published.value, local: local.value, imported: importedShas.value }, known, publishedStale.value)
      stale.value = out.stale
      applyError.value = null
      if (out.changed) await dataset.refresh()
    } catch (e) {
      applyError.value = message(e)
    } finally {
      busy.value = false
    }
  }

  /** Run `fn` after whatever is running (one sync at a time, in order). */
  function inTurn<T>(fn: () => Promise<T>): Promise<T> {
    const result = queue.then(fn, fn)
    queue = result.catch(() => undefined)
    return result
  }

  async function init(): Promise<void> {
    loadError.value = null
    try {
      const p = await (await loadTables()).loadPublished()
      published.value = p.file
      publishedStale.value = p.stale
    } catch (e) {
      loadError.value = message(e)
    }
    try {
      const stored = await browserCorrectionStorage.load()
      if (stored !== undefined) {
        const parsed = parseCorrections(stored)
        if (parsed.ok) local.value = parsed.file
        else loadError.value = parsed.problems.map((p) => p.message_en).join('; ')
      }
    } catch (e) {
      storageUnavailable.value = message(e)
    }
    await apply()
    ready.value = true
  }

  /** Keep `next` as this browser's corrections: stored, applied, shown. */
  async function keep(next: CorrectionsFile): Promise<void> {
    local.value = next
    try {
      // A plain copy: IndexedDB cannot clone Vue proxies.
      await browserCorrectionStorage.save(JSON.parse(serializeCorrections(next)))
      storageError.value = null
    } catch (e) {
      storageError.value = message(e)
    }
    await apply()
  }

  /** Record a correction made now by the analyst. */
  function record(c: AnyCorrection): Promise<void> {
    return inTurn(() => keep(appendTo(local.value, withTrail(c, reviewer.value))))
  }

  /** Take back one of this browser's corrections. */
  function undo(kind: 'report' | 'value', index: number): Promise<void> {
    return inTurn(() => keep(removeFrom(local.value, kind, index)))
  }

  /** Forget every correction made in this browser (after exporting them). */
  function clearLocal(): Promise<void> {
    return inTurn(() => keep(emptyCorrections()))
  }

  /** The published and this browser's corrections as one file: what an office commits as data/corrections.json. */
  function exportText(): string {
    return serializeCorrections(concatCorrections(published.value, local.value))
  }

  /** Take in a corrections file; a bad one changes nothing and says why. */
  function importText(text: string): Promise<ImportResult> {
    const parsed = parseCorrections(text)
    if (!parsed.ok) return Promise.resolve({ ok: false, problems: parsed.problems })
    return inTurn(async () => {
      const { file, added, skipped } = mergeImported(local.value, published.value, parsed.file)
      if (added) await keep(file)
      return { ok: true as const, added, skipped }
    })
  }

  function setReviewer(name: string): void {
    reviewer.value = name.trim()
    try {
      localStorage.setItem(REVIEWER_KEY, reviewer.value)
    } catch {
      /* storage unavailable: remembered for this session */
    }
  }

  const historyOfValue = (sha: string, indicatorId: string) => valueHistory(published.value, local.value, sha, indicatorId)
  const historyOfReport = (sha: string) => reportHistory(published.value, local.value, sha)
  const localCount = computed(() => local.value.reports.length + local.value.values.length)

  watch(
    () => dataset.status,
    (s) => {
      if (s === 'ready' && !ready.value) void inTurn(init)
      else if (s !== 'ready') ready.value = false
    },
    { immediate: true },
  )
  // Reports imported or removed in this browser: their rows are corrected (or forgotten) in turn.
  watch(
    () => [...importedShas.value].sort().join(','),
    () => {
      if (ready.value) void inTurn(apply)
    },
  )

  return {
    published, local, stale, reviewer, ready, busy, loadError, storageError, storageUnavailable, applyError, localCount,
    record, undo, clearLocal, exportText, importText, setReviewer, historyOfValue, historyOfReport,
  }
})

/**
 * Dataset status: start-up progress, a clear error value, and the report list.
 * The only store that talks to `src/db`; views run their queries through `run()`.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { LoadProgress } from '../db/duckdb'
import { DatasetError, toDatasetError } from '../db/errors'
import { listReports, tableCounts, type Query, type ReportRow } from '../queries'

export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'error'

/** DuckDB-wasm, Arrow and the Parquet decoder load as their own chunk, in parallel with the first view. */
const loadDb = () => import('../db/duckdb')

export interface AgencyInfo {
  agency: string
  agency_en: string | null
  years: number[]
}

export const useDatasetStore = defineStore('dataset', () => {
  const status = ref<DatasetStatus>('idle')
  const progress = ref<LoadProgress | null>(null)
  const error = shallowRef<DatasetError | null>(null)
  const reports = shallowRef<ReportRow[]>([])
  const counts = ref<{ reports: number; observations: number; indicators: number; report_texts: number } | null>(null)
  /** Bumped after imported reports are added or removed, so every query runs again. */
  const dataVersion = ref(0)

  const agencies = computed<AgencyInfo[]>(() => {
    const map = new Map<string, AgencyInfo>()
    for (const r of reports.value) {
      const a = map.get(r.agency) ?? { agency: r.agency, agency_en: r.agency_en, years: [] }
      if (!a.years.includes(r.year)) a.years.push(r.year)
      map.set(r.agency, a)
    }
    return [...map.values()]
  })
  const years = computed(() => [...new Set(reports.value.map((r) => r.year))].sort((a, b) => a - b))

  async function init(): Promise<void> {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    error.value = null
    try {
      const { startDatabase, query } = await loadDb().catch((e) => {
        throw new DatasetError('worker', `could not load the database module: ${String(e)}`)
      })
      await startDatabase((p) => (progress.value = p))
      const [c] = await query<{ reports: number; observations: number; indicators: number; report_texts: number }>(tableCounts())
      counts.value = c ?? null
      reports.value = await query<ReportRow>(listReports())
      if (reports.value.length === 0) throw new DatasetError('corrupt-file', 'reports.parquet has no rows', 'reports.parquet')
      progress.value = { step: 'ready', done: 1, total: 1 }
      status.value = 'ready'
    } catch (e) {
      error.value = toDatasetError(e)
      status.value = 'error'
    }
  }

  async function retry(): Promise<void> {
    await (await loadDb()).resetDatabase()
    status.value = 'idle'
    await init()
  }

  /** Re-read the counts and the report list after the tables changed (import), then bump `dataVersion`. */
  async function refresh(): Promise<void> {
    const { query } = await loadDb()
    const [c] = await query<{ reports: number; observations: number; indicators: number; report_texts: number }>(tableCounts())
    counts.value = c ?? null
    reports.value = await query<ReportRow>(listReports())
    dataVersion.value++
  }

  /** Run a query from `src/queries`. */
  async function run<T>(q: Query): Promise<T[]> {
    return (await loadDb()).query<T>(q)
  }

  return { status, progress, error, reports, counts, dataVersion, agencies, years, init, retry, refresh, run }
})

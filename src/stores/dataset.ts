/**
 * Dataset status: start-up progress, a clear error value, and the report list.
 * The only store that talks to `src/db`; views run their queries through `run()`.
 *
 * Start-up has a preview phase: the build-time answers for the first view (`first-view.json`,
 * see src/queries/firstView.ts) are shown while DuckDB-wasm compiles. `answer()` serves them;
 * `status` stays 'loading' until DuckDB has the tables, then every view asks DuckDB again.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { LoadProgress } from '../db/duckdb'
import { DatasetError, toDatasetError } from '../db/errors'
import { loadFirstView } from '../db/firstView'
import { idleRounds } from '../db/idleYears'
import { indicatorReports, listReports, tableCounts, type Query, type ReportRow } from '../queries'
import { headlineDefaults as defaultsOf } from '../queries/catalogue'
import { queryKey, servedAsBuilt, type FirstView } from '../queries/firstView'

export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'error'

type DbModule = typeof import('../db/duckdb')
/** The database module once loaded: a question is sent in the turn it is asked, not after a dynamic import's own turn. */
let db: DbModule | null = null
/** DuckDB-wasm and Arrow load as their own chunk, in parallel with the first view. */
const loadDb = async (): Promise<DbModule> => (db ??= await import('../db/duckdb'))

export interface AgencyInfo {
  agency: string
  agency_en: string | null
  years: number[]
}

export interface IndicatorReports {
  indicator_id: string
  reports: number
}

export interface TableCounts {
  reports: number
  observations: number
  indicators: number
}

export const useDatasetStore = defineStore('dataset', () => {
  const status = ref<DatasetStatus>('idle')
  const progress = ref<LoadProgress | null>(null)
  const error = shallowRef<DatasetError | null>(null)
  const reports = shallowRef<ReportRow[]>([])
  const counts = ref<TableCounts | null>(null)
  /** Counted reports stating each indicator: which headline each family opens on. */
  const reported = shallowRef<IndicatorReports[] | null>(null)
  const headlineDefaults = computed(() => defaultsOf(reported.value && new Map(reported.value.map((r) => [r.indicator_id, r.reports]))))
  /** Build-time answers: while DuckDB is starting, and after if the served tables are theirs. */
  const firstView = shallowRef<FirstView | null>(null)
  /** The views can draw: DuckDB is ready, or the first-view answers are shown meanwhile. */
  const preview = computed(() => status.value === 'loading' && firstView.value !== null)
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

  /**
   * A build-time answer for `q`: while DuckDB is starting, and afterwards as long as the served
   * tables are those the answers came from and nothing was imported; undefined otherwise.
   */
  function answer<T>(q: Query): T[] | undefined {
    if (dataVersion.value !== 0) return undefined
    return firstView.value?.answers[queryKey(q)] as T[] | undefined
  }

  /** Use the first-view answers if they hold everything start-up needs (counts and report list). */
  function showFirstView(fv: FirstView | null): void {
    if (!fv || status.value !== 'loading') return
    firstView.value = fv
    const c = answer<TableCounts>(tableCounts())?.[0]
    const r = answer<ReportRow>(listReports())
    const s = answer<IndicatorReports>(indicatorReports())
    if (!c || !r?.length || !s) {
      firstView.value = null
      return
    }
    counts.value = c
    reports.value = r
    reported.value = s
  }

  /** The preview alone, without starting DuckDB: the build's render of the first frame (src/prerender). */
  function showPreview(fv: FirstView): boolean {
    status.value = 'loading'
    showFirstView(fv)
    return preview.value
  }

  /** Replace only when DuckDB's answer differs, so nothing drawn from the preview is redrawn. */
  function keep<T>(current: T, next: T): T {
    if (current === next) return current
    if (Array.isArray(current) && Array.isArray(next) && current.length !== next.length) return next
    return JSON.stringify(current) === JSON.stringify(next) ? current : next
  }

  /**
   * Start DuckDB and read what every view needs. `opensOn` (asked once the tables are loaded):
   * the one year the view opens on, if any, and its headline indicators, whose rows DuckDB makes
   * before the views ask.
   */
  async function init(opensOn?: () => { year: number; indicators: string[] } | null): Promise<void> {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    error.value = null
    void loadFirstView().then(showFirstView)
    let trusted = false
    try {
      const { startDatabase, databaseFailed, query, servedFingerprints, prepareYear, prepareYearsWhenIdle } = await loadDb().catch((e) => {
        throw new DatasetError('worker', `could not load the database module: ${String(e)}`)
      })
      await startDatabase((p) => (progress.value = p))
      // Served the very tables the first-view answers came from: they stay the answers, and DuckDB is
      // asked only what they leave out (at a large scale, the report list: too big for the file, and
      // read from the reports table's own file while the wasm compiled, src/db/reportList.ts).
      const built = await loadFirstView()
      trusted = servedAsBuilt(built, servedFingerprints())
      const ask = <T>(q: Query): Promise<T[]> => {
        const kept = trusted ? (built!.answers[queryKey(q)] as T[] | undefined) : undefined
        return kept ? Promise.resolve(kept) : query<T>(q)
      }
      // Asked together, and then the rows of the year and headlines the view opens on (`opensOn`) are made meanwhile.
      const startup = Promise.all([ask<TableCounts>(tableCounts()), ask<ReportRow>(listReports()), ask<IndicatorReports>(indicatorReports())])
      const first = opensOn?.()
      if (first) prepareYear(first.year, first.indicators)
      const [[c], list, stated] = await startup
      counts.value = keep(counts.value, c ?? null)
      reports.value = keep(reports.value, list)
      reported.value = keep(reported.value, stated)
      if (reports.value.length === 0) throw new DatasetError('corrupt-file', 'reports.arrow has no rows', 'reports.arrow')
      if (trusted) firstView.value = built
      progress.value = { step: 'ready', done: 1, total: 1 }
      status.value = 'ready'
      // The derived rows are made, and the observations' rows put in, after the page is interactive: if they
      // cannot be, start-up failed after all.
      databaseFailed().catch((e) => {
        error.value = toDatasetError(e)
        status.value = 'error'
      })
      prepareYearsWhenIdle(years.value)
    } catch (e) {
      error.value = toDatasetError(e)
      status.value = 'error'
    } finally {
      if (!trusted) firstView.value = null
    }
  }

  async function retry(): Promise<void> {
    await (await loadDb()).resetDatabase()
    status.value = 'idle'
    await init()
  }

  /** Re-read the counts and the report list after the tables changed (import), then bump `dataVersion`. */
  async function refresh(): Promise<void> {
    const { query, prepareYearsWhenIdle } = await loadDb()
    const [c] = await query<TableCounts>(tableCounts())
    counts.value = c ?? null
    reports.value = await query<ReportRow>(listReports())
    reported.value = await query<IndicatorReports>(indicatorReports())
    dataVersion.value++
    prepareYearsWhenIdle(years.value)
  }

  /** Run a query from `src/queries`. */
  function run<T>(q: Query): Promise<T[]> {
    return db ? db.query<T>(q) : loadDb().then((m) => m.query<T>(q))
  }

  const aheadRound = idleRounds<Query>()
  /**
   * Ask `queries` ahead of need, one per idle turn in the order given, so that their answers are
   * kept (../db/queryCache.ts) when a view asks them: a view's next likely questions (the
   * Overview's other years). Those the first-view answers hold are not asked; a new list ends
   * the one before it.
   */
  function askAhead(queries: readonly Query[]): void {
    if (status.value !== 'ready') return
    aheadRound(
      queries.filter((q) => !answer(q)),
      (q) => run(q).then(() => false, () => false),
    )
  }

  return { status, preview, progress, error, reports, counts, reported, headlineDefaults, dataVersion, agencies, years, init, retry, refresh, run, askAhead, answer, showPreview }
})

/**
 * Run a query from `src/queries` whenever its `{sql, params}` changes and the dataset is ready.
 * Pass a getter returning a Query, or null to skip. Stale answers are dropped.
 * Build-time answers for the first view stand in while DuckDB is starting (dataset.answer), and
 * stay the answer when the served tables are those they came from; otherwise the query runs
 * once DuckDB is ready and its rows replace the shown ones only if they differ, so a chart
 * drawn from the preview is not redrawn.
 *
 * `context` (optional) is read when the query is asked and published with its answer: what a
 * chart draws beside the rows (the indicator, the picked agencies) changes with them, so a chart
 * is never drawn from the previous answer with the new selection's settings and then again.
 */
import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { Query } from '../queries'
import { useDatasetStore } from '../stores/dataset'
import { toDatasetError, type DatasetError } from '../db/errors'

export interface QueryState<T, C = undefined> {
  rows: ShallowRef<T[]>
  /** `context()` as it was when the shown rows were asked for (undefined before the first answer). */
  context: ShallowRef<C | undefined>
  loading: Ref<boolean>
  error: ShallowRef<DatasetError | null>
  /** True once the first answer arrived. */
  loaded: Ref<boolean>
}

export function useQuery<T, C = undefined>(getter: () => Query | null, context?: () => C): QueryState<T, C> {
  const dataset = useDatasetStore()
  const rows = shallowRef<T[]>([])
  const shownContext = shallowRef<C | undefined>(undefined)
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef<DatasetError | null>(null)
  let seq = 0
  /** Keep the rows already shown when the new answer is the same (compared up to a size). */
  function show(r: T[], c: C | undefined): void {
    if (!(loaded.value && sameRows(r, rows.value))) rows.value = r
    shownContext.value = c
    loaded.value = true
  }
  watch(
    () => {
      const mode = dataset.status === 'ready' ? 'db' : dataset.preview ? 'preview' : null
      const q = mode ? getter() : null
      return q ? `${mode}:${JSON.stringify({ ...q, v: dataset.dataVersion })}` : ''
    },
    async (key) => {
      if (!key) return
      const mode = key.slice(0, key.indexOf(':'))
      const q = JSON.parse(key.slice(mode.length + 1)) as Query
      const mine = ++seq
      const asked = context?.()
      const pre = dataset.answer<T>(q)
      if (pre || mode === 'preview') {
        if (pre) show(pre, asked)
        else loaded.value = false
        return
      }
      loading.value = true
      try {
        const r = await dataset.run<T>(q)
        if (mine !== seq) return
        show(r, asked)
        error.value = null
      } catch (e) {
        if (mine !== seq) return
        error.value = toDatasetError(e, 'query')
      } finally {
        if (mine === seq) loading.value = false
      }
    },
    { immediate: true },
  )
  return { rows, context: shownContext, loading, error, loaded }
}

/** Rows from which `sameRows` looks at a few spread over the answers first. */
const SPREAD_FROM = 64

/**
 * Are two answers the same rows (up to 5000)? Row by row, so a new selection's answer, which
 * mostly differs from its first rows, is told apart without writing out both answers whole. A
 * long answer is first looked at in a few rows spread over it: one that differs past a long equal
 * start (a held answer of four headlines after another headline was picked: the blocks of the
 * other three are the same) is told apart there, not after writing out the equal rows.
 */
export function sameRows(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length || a.length > 5000) return false
  const same = (i: number) => sameItem(a[i], b[i])
  if (a.length >= SPREAD_FROM) for (let i = a.length - 1; i >= 0; i -= Math.floor(a.length / 16)) if (!same(i)) return false
  for (let i = 0; i < a.length; i++) if (!same(i)) return false
  return true
}

/**
 * Two rows (or inputs) alike: the very value (a kept answer's rows are the same objects), two
 * lists row by row (`sameRows`: a chart's rows of another year differ in their first row, told
 * apart without writing out both lists), else the same JSON.
 */
function sameItem(x: unknown, y: unknown): boolean {
  if (x === y) return true
  return Array.isArray(x) && Array.isArray(y) ? sameRows(x, y) : JSON.stringify(x) === JSON.stringify(y)
}

/** A value and what it was made from. */
export interface Made<T> {
  from: readonly unknown[]
  value: T
}

/**
 * `kept` again when it was made from the same inputs (compared one by one as `sameRows` compares
 * rows, so put the cheap ones first), else `make()`'s value: a view that works every chart out
 * again on any change of the selection keeps the very object of each chart the change leaves as
 * it was, so that chart's panel gets the same props and is neither rendered nor drawn again.
 */
export function keepIfSame<T>(kept: Made<T> | undefined, from: readonly unknown[], make: () => T): Made<T> {
  return kept && sameRows(kept.from, from) ? kept : { from, value: make() }
}

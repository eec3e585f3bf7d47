/**
 * Run a query from `src/queries` whenever its `{sql, params}` changes and the dataset is ready.
 * Pass a getter returning a Query, or null to skip. Stale answers are dropped.
 */
import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { Query } from '../queries'
import { useDatasetStore } from '../stores/dataset'
import { toDatasetError, type DatasetError } from '../db/errors'

export interface QueryState<T> {
  rows: ShallowRef<T[]>
  loading: Ref<boolean>
  error: ShallowRef<DatasetError | null>
  /** True once the first answer arrived. */
  loaded: Ref<boolean>
}

export function useQuery<T>(getter: () => Query | null): QueryState<T> {
  const dataset = useDatasetStore()
  const rows = shallowRef<T[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = shallowRef<DatasetError | null>(null)
  let seq = 0
  watch(
    () => {
      const q = dataset.status === 'ready' ? getter() : null
      return q ? JSON.stringify({ ...q, v: dataset.dataVersion }) : ''
    },
    async (k) => {
      if (!k) return
      const q = JSON.parse(k) as Query
      const mine = ++seq
      loading.value = true
      try {
        const r = await dataset.run<T>(q)
        if (mine !== seq) return
        rows.value = r
        error.value = null
        loaded.value = true
      } catch (e) {
        if (mine !== seq) return
        error.value = toDatasetError(e, 'query')
      } finally {
        if (mine === seq) loading.value = false
      }
    },
    { immediate: true },
  )
  return { rows, loading, error, loaded }
}

/**
 * The selection: the single source of truth for what every view shows.
 * Mirrored in the URL query by `urlSync.ts` (copy the link → same view; back/forward works).
 * Empty lists mean "all".
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { catalogue, HEADLINE_FAMILIES, type HeadlineFamily } from '../queries/catalogue'
import { useDatasetStore } from './dataset'
import type { ReportFilter } from '../queries/types'

export interface EvidenceTarget {
  report_id: string
  indicator_id: string
}

export interface SelectionState {
  /** Picked agencies: highlighted in the group (and the filter of Explore and Review). */
  agencies: string[]
  years: number[]
  /** 领域 and 地区 filters: the group every view shows ('' = reports without one). */
  sectors: string[]
  regions: string[]
  indicators: string[]
  family: string | null
  headline: Partial<Record<HeadlineFamily, string>>
  evidence: EvidenceTarget | null
  /** Rankings: rank each agency's latest report (opt-in; the default ranks one year). */
  rankLatest: boolean
  /** Rankings: by value, or by the change against each agency's previous report (进步最大). */
  rankMode: RankMode
}

export type RankMode = 'value' | 'improved'

export const DEFAULT_COMPARE_INDICATORS = ['approval_time_compression_pct', 'immediate_processing_pct', 'enforcement_cases', 'penalty_cases']

export const useSelectionStore = defineStore('selection', () => {
  const agencies = ref<string[]>([])
  const years = ref<number[]>([])
  const sectors = ref<string[]>([])
  const regions = ref<string[]>([])
  const indicators = ref<string[]>([])
  const family = ref<string | null>(null)
  const headline = ref<Partial<Record<HeadlineFamily, string>>>({})
  const evidence = ref<EvidenceTarget | null>(null)
  const rankLatest = ref(false)
  const rankMode = ref<RankMode>('value')

  const state = computed<SelectionState>(() => ({
    agencies: agencies.value,
    years: years.value,
    sectors: sectors.value,
    regions: regions.value,
    indicators: indicators.value,
    family: family.value,
    headline: headline.value,
    evidence: evidence.value,
    rankLatest: rankLatest.value,
    rankMode: rankMode.value,
  }))

  /** The group every view shows: years, sectors, regions (the picked agencies are highlighted in it). */
  const filter = computed<Required<Omit<ReportFilter, 'agencies'>>>(() => ({ years: years.value, sectors: sectors.value, regions: regions.value }))

  const dataset = useDatasetStore()

  /** The family's picked headline, else the data's default (`headlineDefaults`). */
  function headlineOf(f: HeadlineFamily): string {
    return headline.value[f] ?? dataset.headlineDefaults[f]
  }

  function setHeadline(f: HeadlineFamily, id: string): void {
    const next = { ...headline.value }
    if (id === dataset.headlineDefaults[f]) delete next[f]
    else next[f] = id
    headline.value = next
  }

  /** Indicators for Compare/Trends, falling back to a default set when none is picked. */
  function indicatorsOr(defaults: readonly string[]): string[] {
    return indicators.value.length ? indicators.value : [...defaults]
  }

  /**
   * Toggle one item in a list where "empty" means "all of `universe`".
   * Removing the last one selects all again; selecting everything stores [].
   */
  function toggleIn<T>(list: T[], item: T, universe: readonly T[]): T[] {
    const current = list.length ? list : [...universe]
    const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item]
    if (next.length === 0 || universe.every((u) => next.includes(u))) return []
    return universe.filter((u) => next.includes(u))
  }

  function toggleAgency(a: string, universe: readonly string[]): void {
    agencies.value = toggleIn(agencies.value, a, universe)
  }
  /** Narrow to / extend a picked set (the search picker of large datasets; empty means all). */
  function addAgency(a: string): void {
    if (!agencies.value.includes(a)) agencies.value = [...agencies.value, a]
  }
  /** Removing the last picked agency selects all again. */
  function removeAgency(a: string): void {
    agencies.value = agencies.value.filter((x) => x !== a)
  }
  function toggleYear(y: number, universe: readonly number[]): void {
    years.value = toggleIn(years.value, y, universe)
  }
  /** The years from `from` to `to` (either order) of `universe`; the whole universe stores []. */
  function setYearRange(from: number, to: number, universe: readonly number[]): void {
    const [lo, hi] = from <= to ? [from, to] : [to, from]
    const next = universe.filter((y) => y >= lo && y <= hi)
    years.value = next.length === universe.length ? [] : next
  }
  const lists = { sectors, regions }
  type FilterList = keyof typeof lists
  function toggleValue(kind: FilterList, value: string): void {
    const list = lists[kind].value
    lists[kind].value = list.includes(value) ? list.filter((x) => x !== value) : [...list, value]
  }
  /** "Only this": the filter holds just `value`. */
  function only(kind: FilterList, value: string): void {
    lists[kind].value = [value]
  }
  function clearList(kind: FilterList | 'years' | 'agencies'): void {
    if (kind === 'years') years.value = []
    else if (kind === 'agencies') agencies.value = []
    else lists[kind].value = []
  }
  /** "Clear all": every report of every year, sector and region, no agency picked. */
  function clearFilters(): void {
    agencies.value = []
    years.value = []
    sectors.value = []
    regions.value = []
  }
  function setIndicators(ids: string[]): void {
    const valid = catalogue.indicators.map((i) => i.id).filter((id) => ids.includes(id))
    indicators.value = valid
  }
  function openEvidence(t: EvidenceTarget): void {
    evidence.value = { report_id: t.report_id, indicator_id: t.indicator_id }
  }
  function closeEvidence(): void {
    evidence.value = null
  }
  function reset(): void {
    clearFilters()
    indicators.value = []
    family.value = null
    headline.value = {}
    evidence.value = null
    rankLatest.value = false
    rankMode.value = 'value'
  }

  /**
   * Take the state read from the URL. Only the parts that changed are assigned: a new but equal
   * list would otherwise make every view recompute and redraw with rows it already has.
   */
  function apply(s: SelectionState): void {
    const set = <T>(r: { value: T }, v: T) => {
      if (JSON.stringify(r.value) !== JSON.stringify(v)) r.value = v
    }
    set(agencies, s.agencies)
    set(years, s.years)
    set(sectors, s.sectors)
    set(regions, s.regions)
    set(indicators, s.indicators)
    set(family, s.family)
    set(headline, s.headline)
    set(evidence, s.evidence)
    set(rankLatest, s.rankLatest)
    set(rankMode, s.rankMode)
  }

  return {
    agencies,
    years,
    sectors,
    regions,
    indicators,
    family,
    headline,
    evidence,
    rankLatest,
    rankMode,
    state,
    filter,
    headlineOf,
    setHeadline,
    indicatorsOr,
    toggleAgency,
    addAgency,
    removeAgency,
    toggleYear,
    setYearRange,
    toggleFilter: toggleValue,
    only,
    clearList,
    clearFilters,
    setIndicators,
    openEvidence,
    closeEvidence,
    reset,
    apply,
  }
})

export { HEADLINE_FAMILIES }

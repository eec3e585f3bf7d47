/**
 * What the 领域/地区/年度 filters offer and, when they leave nothing, why (pure, over the loaded
 * report list): each option with the number of reports it holds, the reports the filters admit,
 * and for an empty selection which single filter to clear to see reports again. Reports are
 * counted one per agency and year, as the charts count them.
 */
import type { ReportRow } from '../queries/types'

export type FilterPart = 'years' | 'sectors' | 'regions'
export interface FilterParts {
  years: readonly number[]
  sectors: readonly string[]
  regions: readonly string[]
}
type Row = Pick<ReportRow, 'agency' | 'year' | 'sector' | 'region'>

export interface FilterOption {
  /** '' = reports without one. */
  value: string
  reports: number
}

/**
 * Each report's agency and year as one number (the same for the same agency and year), worked out
 * once per report list: counting them as joined strings, a string and its hash per report and
 * count, took the Overview's first render ~0.2 s at 50,000 reports, before its questions could go.
 */
function agencyYearIds(reports: readonly Row[]): Int32Array {
  let ids = idsOf.get(reports)
  if (ids) return ids
  ids = new Int32Array(reports.length)
  const byAgency = new Map<string, Map<number, number>>()
  let next = 0
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]
    let years = byAgency.get(r.agency)
    if (!years) byAgency.set(r.agency, (years = new Map()))
    let id = years.get(r.year)
    if (id === undefined) years.set(r.year, (id = next++))
    ids[i] = id
  }
  idsOf.set(reports, ids)
  return ids
}
const idsOf = new WeakMap<readonly Row[], Int32Array>()

/** The sectors or regions of the reports, most reports first, then by name. */
export function filterOptions(reports: readonly Row[], key: 'sector' | 'region'): FilterOption[] {
  const ids = agencyYearIds(reports)
  const groups = new Map<string, Set<number>>()
  for (let i = 0; i < reports.length; i++) {
    const v = reports[i][key] ?? ''
    const group = groups.get(v)
    if (group) group.add(ids[i])
    else groups.set(v, new Set([ids[i]]))
  }
  return [...groups].map(([value, seen]) => ({ value, reports: seen.size })).sort((a, b) => b.reports - a.reports || a.value.localeCompare(b.value, 'zh-CN'))
}

/**
 * Whether a report is in the filters' group. Plain Sets, built once: `includes` on the reactive
 * selection arrays would track every read, tens of thousands of times over.
 */
export function admitter(f: FilterParts): (r: Row) => boolean {
  const [years, sectors, regions] = [new Set(f.years), new Set(f.sectors), new Set(f.regions)]
  return (r) => (!years.size || years.has(r.year)) && (!sectors.size || sectors.has(r.sector ?? '')) && (!regions.size || regions.has(r.region ?? ''))
}

/** Reports (one per agency and year) the filters admit. */
export function matchingReports(reports: readonly Row[], f: FilterParts): number {
  const key = JSON.stringify([f.years, f.sectors, f.regions])
  let counts = counted.get(reports)
  if (!counts || counts.size > 64) counted.set(reports, (counts = new Map()))
  let n = counts.get(key)
  if (n === undefined) {
    const [ids, admits, seen] = [agencyYearIds(reports), admitter(f), new Set<number>()]
    for (let i = 0; i < reports.length; i++) if (admits(reports[i])) seen.add(ids[i])
    counts.set(key, (n = seen.size))
  }
  return n
}

/**
 * `matchingReports` by report list (the lists are replaced, never changed in place) and filter:
 * the Overview and the selection bar both count the new filter on every change, each a pass
 * over all the reports (~5 ms at 50,000), and a filter seen before is counted again for nothing.
 */
const counted = new WeakMap<readonly Row[], Map<string, number>>()

/** For an empty selection: each filter in use, with the reports there would be without it (most first). */
export function widenings(reports: readonly Row[], f: FilterParts): { part: FilterPart; reports: number }[] {
  const parts: FilterPart[] = ['sectors', 'regions', 'years']
  return parts
    .filter((p) => f[p].length > 0)
    .map((part) => ({ part, reports: matchingReports(reports, { ...f, [part]: [] }) }))
    .sort((a, b) => b.reports - a.reports)
}

/**
 * Two-way mirror between the selection store and the URL query.
 *   a=江津区气象局,船营区人民政府  y=2021-2023,2025 (runs of 3+ years as ranges)  s=<sectors>  r=<regions>
 *   i=<indicator ids>  f=<family>
 *   h=mediation:disputes_resolved   ev=<report_id>~<indicator_id>
 *   rl=1 (Rankings: each agency's latest report)   rm=improved (Rankings: 进步最大)
 * Store changes push a history entry (so back/forward steps through selections);
 * URL changes (back/forward, pasted link) are applied to the store.
 */
import { watch } from 'vue'
import type { LocationQuery, LocationQueryRaw, Router } from 'vue-router'
import { catalogue, HEADLINE_FAMILIES, type HeadlineFamily } from '../queries/catalogue'
import { useSelectionStore, type SelectionState } from './selection'

export const SELECTION_KEYS = ['a', 'y', 's', 'r', 'i', 'f', 'h', 'ev', 'rl', 'rm'] as const

function one(q: LocationQuery, key: string): string {
  const v = q[key]
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? s : ''
}

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter(Boolean)
}

/** Years as written in the URL: runs of three or more consecutive years as `from-to`. */
export function yearsToParam(years: readonly number[]): string {
  const ys = [...new Set(years)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < ys.length; ) {
    let j = i
    while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++
    if (j - i >= 2) parts.push(`${ys[i]}-${ys[j]}`)
    else for (let k = i; k <= j; k++) parts.push(String(ys[k]))
    i = j + 1
  }
  return parts.join(',')
}

/** `2021-2023,2025` → [2021, 2022, 2023, 2025]; malformed parts and ranges over 200 years are dropped. */
export function yearsFromParam(s: string): number[] {
  const out: number[] = []
  for (const part of list(s)) {
    const m = /^(\d{4})-(\d{4})$/.exec(part)
    if (m) {
      const [lo, hi] = [Number(m[1]), Number(m[2])]
      if (lo <= hi && hi - lo <= 200) for (let y = lo; y <= hi; y++) out.push(y)
    } else if (/^\d+$/.test(part)) out.push(Number(part))
  }
  return [...new Set(out)].sort((a, b) => a - b)
}

export function selectionFromQuery(q: LocationQuery): SelectionState {
  const indicators = list(one(q, 'i')).filter((id) => catalogue.indicatorById.has(id))
  const fam = one(q, 'f')
  const headline: Partial<Record<HeadlineFamily, string>> = {}
  for (const pair of list(one(q, 'h'))) {
    const [f, id] = pair.split(':')
    const ind = catalogue.indicatorById.get(id)
    if ((HEADLINE_FAMILIES as readonly string[]).includes(f) && ind && ind.family === f) {
      headline[f as HeadlineFamily] = id
    }
  }
  const ev = one(q, 'ev').split('~')
  return {
    agencies: list(one(q, 'a')),
    years: yearsFromParam(one(q, 'y')),
    sectors: list(one(q, 's')),
    regions: list(one(q, 'r')),
    indicators,
    family: fam && catalogue.familyById.has(fam) ? fam : null,
    headline,
    evidence: ev.length === 2 && ev[0] && catalogue.indicatorById.has(ev[1]) ? { report_id: ev[0], indicator_id: ev[1] } : null,
    rankLatest: one(q, 'rl') === '1',
    rankMode: one(q, 'rm') === 'improved' ? 'improved' : 'value',
  }
}

/** The query parameters for a selection (empty parts omitted). */
export function selectionToQuery(s: SelectionState, opts: { evidence?: boolean } = {}): Record<string, string> {
  const q: Record<string, string> = {}
  if (s.agencies.length) q.a = s.agencies.join(',')
  if (s.years.length) q.y = yearsToParam(s.years)
  if (s.sectors.length) q.s = s.sectors.join(',')
  if (s.regions.length) q.r = s.regions.join(',')
  if (s.indicators.length) q.i = s.indicators.join(',')
  if (s.family) q.f = s.family
  const h = HEADLINE_FAMILIES.filter((f) => s.headline[f]).map((f) => `${f}:${s.headline[f]}`)
  if (h.length) q.h = h.join(',')
  if (s.evidence && opts.evidence !== false) q.ev = `${s.evidence.report_id}~${s.evidence.indicator_id}`
  if (s.rankLatest) q.rl = '1'
  if (s.rankMode !== 'value') q.rm = s.rankMode
  return q
}

function key(q: Record<string, string>): string {
  return SELECTION_KEYS.map((k) => `${k}=${q[k] ?? ''}`).join('&')
}

function ownPart(q: LocationQuery): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of SELECTION_KEYS) {
    const v = one(q, k)
    if (v) out[k] = v
  }
  return out
}

/** Install once, after Pinia and the router. */
export function installUrlSync(router: Router): void {
  const store = useSelectionStore()
  // URL → store (initial load, back/forward, pasted links)
  watch(
    () => router.currentRoute.value.query,
    (q) => {
      const fromUrl = selectionToQuery(selectionFromQuery(q))
      if (key(fromUrl) !== key(selectionToQuery(store.state))) store.apply(selectionFromQuery(q))
    },
    { immediate: true },
  )
  // store → URL
  watch(
    () => selectionToQuery(store.state),
    (q) => {
      const route = router.currentRoute.value
      if (key(q) === key(ownPart(route.query))) return
      const rest: LocationQueryRaw = {}
      for (const [k, v] of Object.entries(route.query)) if (!(SELECTION_KEYS as readonly string[]).includes(k)) rest[k] = v
      void router.push({ path: route.path, query: { ...rest, ...q }, hash: route.hash })
    },
  )
}

/** The route to a report's text, keeping the selection (not the open evidence); `highlight` flashes that indicator's span. */
export function reportRoute(s: SelectionState, reportId: string, highlight?: string | null) {
  const query: Record<string, string> = selectionToQuery({ ...s, evidence: null })
  if (highlight) query.hl = highlight
  return { name: 'reports', params: { id: reportId }, query }
}

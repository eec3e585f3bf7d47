/**
 * The indicator catalogue, imported at build time from `data/indicators.json`
 * so labels are available before the database has started.
 */
import raw from '../../data/indicators.json'
import type { Catalogue, Direction, FamilyInfo, IndicatorInfo, Locale, Unit } from './types'

interface RawCatalogue {
  families: { id: string; name_zh: string; name_en: string }[]
  indicators: { id: string; family: string; name_zh: string; name_en: string; unit: string; unit_zh?: string | null; direction: string }[]
}

export function makeCatalogue(source: RawCatalogue): Catalogue {
  const families: FamilyInfo[] = source.families.map((f) => ({ id: f.id, name_zh: f.name_zh, name_en: f.name_en }))
  const indicators: IndicatorInfo[] = source.indicators.map((i, sort) => ({
    id: i.id,
    family: i.family,
    name_zh: i.name_zh,
    name_en: i.name_en,
    unit: i.unit as Unit,
    unit_zh: i.unit_zh ?? null,
    direction: i.direction as Direction,
    sort,
  }))
  return {
    families,
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    familyById: new Map(families.map((f) => [f.id, f])),
  }
}

export const catalogue: Catalogue = makeCatalogue(raw as RawCatalogue)

/** The four families leadership looks at first, each with its headline indicator. */
export const HEADLINE_FAMILIES = ['approval', 'enforcement', 'mediation', 'training'] as const
export type HeadlineFamily = (typeof HEADLINE_FAMILIES)[number]
/** Each family's preferred headline, shown whenever some report states it (see `headlineDefaults`). */
export const DEFAULT_HEADLINE: Record<HeadlineFamily, string> = {
  approval: 'approval_time_compression_pct',
  enforcement: 'enforcement_cases',
  mediation: 'mediation_success_pct',
  training: 'training_hours_per_person',
}

/**
 * The headline each family shows until someone picks one: the preferred indicator when any report
 * states it, else the family's indicator the most reports state (catalogue order on a tie), so a
 * meeting never opens on a chart nobody reported (人均学法学时 is rare in real reports; 学法培训场次
 * is in most). `reported`: reports stating each indicator (`indicatorReports()`); null or no
 * report stating any of the family's: the preference.
 */
export function headlineDefaults(reported: ReadonlyMap<string, number> | null, cat: Catalogue = catalogue): Record<HeadlineFamily, string> {
  const out = { ...DEFAULT_HEADLINE }
  if (!reported) return out
  for (const f of HEADLINE_FAMILIES) {
    if ((reported.get(DEFAULT_HEADLINE[f]) ?? 0) > 0) continue
    let best: IndicatorInfo | null = null
    for (const i of indicatorsOfFamily(cat, f)) if ((reported.get(i.id) ?? 0) > (best ? reported.get(best.id)! : 0)) best = i
    if (best) out[f] = best.id
  }
  return out
}

export function indicatorName(ind: { name_zh: string; name_en: string }, locale: Locale): string {
  return locale === 'en' ? ind.name_en : ind.name_zh
}

export function familyName(fam: { name_zh: string; name_en: string }, locale: Locale): string {
  return locale === 'en' ? fam.name_en : fam.name_zh
}

export function indicatorsOfFamily(cat: Catalogue, family: string): IndicatorInfo[] {
  return cat.indicators.filter((i) => i.family === family)
}

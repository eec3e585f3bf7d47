/**
 * Where a value comes from, said the same way everywhere (evidence panel, tooltips, data tables,
 * exports): 自动提取 / 自动推算, 已核对 (who, when, note), 人工修正（原值 X，修改人，时间，备注）,
 * 人工补录. Pure; strings from the message catalogue.
 */
import { msg } from '../i18n/messages'
import { indicatorName } from '../queries/catalogue'
import type { Catalogue, Locale } from '../queries/types'
import { formatValue, type UnitInfo } from './format'

export interface ProvenanceLike {
  method?: string | null
  reviewed?: boolean | null
  original_value?: number | null
  original_indicator?: string | null
  review_by?: string | null
  review_at?: string | null
  review_note?: string | null
}

export type ProvenanceKind = 'rule' | 'derived' | 'manual' | 'added'

/** rule / derived as extracted; a manual value is a correction when there was a value before, else an addition. */
export function provenanceKind(p: ProvenanceLike): ProvenanceKind {
  if (p.method === 'manual') return p.original_value != null || p.original_indicator ? 'manual' : 'added'
  return p.method === 'derived' ? 'derived' : 'rule'
}

/** `2026-12-01 08:05` in local time; the input when it is not a time. */
export function reviewTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** Who, when, why: "王芳，2026-12-01 08:05，备注" (parts left out when unknown). */
export function trailText(p: { by?: string | null; at?: string | null; note?: string | null }, locale: Locale): string {
  const parts = [p.by, p.at ? reviewTime(p.at) : null, p.note].filter((x): x is string => !!x && !!x.trim())
  return parts.join(locale === 'en' ? ', ' : '，')
}

const paren = (s: string, locale: Locale) => (s ? (locale === 'en' ? ` (${s})` : `（${s}）`) : '')

/**
 * One line on where the value comes from, e.g. 人工修正（原值 3 件，王芳，2026-12-01 08:05，废止的不计入）,
 * 自动提取 · 已核对（王芳，2026-12-01 08:05）, 自动提取.
 */
export function provenanceText(p: ProvenanceLike, unitOf: UnitInfo, cat: Catalogue, locale: Locale): string {
  const kind = provenanceKind(p)
  const trail = { by: p.review_by, at: p.review_at, note: p.review_note }
  if (kind === 'manual' || kind === 'added') {
    const was: string[] = []
    if (p.original_indicator) {
      const from = cat.indicatorById.get(p.original_indicator)
      was.push(msg(locale, 'review.provenance.moved', { indicator: from ? indicatorName(from, locale) : p.original_indicator }))
    }
    if (p.original_value != null) was.push(msg(locale, 'review.provenance.original', { value: formatValue({ value: p.original_value }, unitOf, locale) }))
    const detail = [...was, trailText(trail, locale)].filter(Boolean).join(locale === 'en' ? ', ' : '，')
    return msg(locale, `review.provenance.${kind}`) + paren(detail, locale)
  }
  const base = msg(locale, `review.provenance.${kind}`)
  if (!p.reviewed) return base
  return `${base} · ${msg(locale, 'review.provenance.reviewed')}${paren(trailText(trail, locale), locale)}`
}

/** A short mark next to a value: ✎ corrected or added by hand, ✓ reviewed, '' otherwise. */
export function provenanceMark(p: ProvenanceLike): string {
  if (p.method === 'manual') return '✎'
  return p.reviewed ? '✓' : ''
}

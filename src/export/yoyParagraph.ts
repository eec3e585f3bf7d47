/**
 * The year-over-year sentences of a briefing paragraph (pure): "与上年相比，9 个单位改善，3 个单位
 * 退步。降幅最大的是东湖区司法局（−12 件，较 2021 年）。退步最多的是……" from `yoySummary` (each
 * agency's latest report in the selection against its previous one; the year compared with is
 * named, a gap year included). Nothing when no agency has an earlier figure.
 */
import { agencyLabel, indicatorOrThrow } from '../charts/common'
import { formatChange } from '../charts/yoy'
import type { YoyRow, YoySummaryRow } from '../queries/yoy'
import type { Catalogue, Locale } from '../queries/types'
import { briefMsg } from './briefingMessages'

const K = 'briefing.yoy'

export function yoyParagraph(s: YoySummaryRow | undefined, indicatorId: string, cat: Catalogue, locale: Locale): string {
  if (!s || s.pairs === 0) return ''
  const ind = indicatorOrThrow(cat, indicatorId)
  const counts = (['better', 'worse', 'up', 'down', 'same', 'incomparable'] as const).filter((k) => s[k] > 0)
  const list = counts.map((k) => briefMsg(locale, `${K}.item`, { n: s[k], what: briefMsg(locale, `${K}.${k}`) })).join(briefMsg(locale, `${K}.sep`))
  const named = (key: string, r: YoyRow) => briefMsg(locale, `${K}.${key}`, { agency: agencyLabel(r, locale), change: formatChange(r.change!, ind, locale), year: r.prev_year })
  const parts = [briefMsg(locale, `${K}.counts`, { list })]
  if (s.best?.change != null) parts.push(named(ind.direction === 'lower' ? 'bestLower' : 'bestHigher', s.best))
  if (s.worst?.change != null) parts.push(named('worst', s.worst))
  return parts.join(locale === 'en' ? ' ' : '')
}

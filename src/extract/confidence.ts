/**
 * How sure the extractor is of one observation: 1 minus a penalty for each reason to doubt it.
 *
 * Reason codes (written to `observations.confidence_reasons`, comma-separated):
 * - `term_far`     the term ends far before the figure (something stands between them);
 * - `after_term`   the term follows the figure ("430余人次参加") rather than naming it first;
 * - `scoped`       a modifier narrows the figure (烟花爆竹执法检查6次: a part, maybe not the total);
 * - `sub_item`     the figure stands after 其中 (a sub-total);
 * - `competing`    the report gives another, different figure for the same indicator;
 * - `approx`       the figure is approximate or a bound (余/约/不少于/以内, ranges);
 * - `derived`      added up from sub-figures, not stated;
 * - `change`       the new value of a stated change (由…提高到…);
 * - `respectively` paired with its subject through a 分别 list;
 * - `negation`     a negative statement read as 0 (未发生…案件).
 *
 * The penalties are calibrated on the development corpus's dev items (a competing figure or a
 * derived sum is wrong more often than right; an approximate figure is as reliable as an exact one).
 */
import type { Candidate } from './candidate'

export type ConfidenceReason =
  | 'term_far' | 'after_term' | 'scoped' | 'sub_item' | 'competing' | 'approx' | 'derived' | 'change' | 'respectively'
  | 'negation'

/** Characters between term and figure beyond which the link is doubtful. */
const NEAR = 6

const PENALTY: Record<ConfidenceReason, number> = {
  competing: 0.55, derived: 0.5, sub_item: 0.35, scoped: 0.2, term_far: 0.15, after_term: 0.1, change: 0.1,
  respectively: 0.1, negation: 0.05, approx: 0.03,
}

/** The confidence bands the review queue and the corpus score use. */
export function confidenceBand(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low'
}

/** `competing`: the number of other candidates for the same indicator with a different value. */
export function confidenceOf(c: Candidate, competing: number): { confidence: number; reasons: ConfidenceReason[] } {
  const reasons: ConfidenceReason[] = []
  if (c.via === 'term' && c.distance > NEAR) reasons.push('term_far')
  if (c.via === 'after') reasons.push('after_term')
  if (c.scoped) reasons.push('scoped')
  if (c.subItem) reasons.push('sub_item')
  if (competing > 0) reasons.push('competing')
  if (c.qualifier === 'approx' || c.qualifier === 'at_least' || c.qualifier === 'at_most' || c.qualifier === 'range') {
    reasons.push('approx')
  }
  if (c.via === 'sum') reasons.push('derived')
  if (c.change) reasons.push('change')
  if (c.via === 'respectively') reasons.push('respectively')
  if (c.via === 'negation') reasons.push('negation')
  let confidence = 1
  for (const r of reasons) confidence -= PENALTY[r]
  return { confidence: Math.round(Math.max(0.05, confidence) * 100) / 100, reasons }
}

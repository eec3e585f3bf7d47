/**
 * How sure the extractor is of one observation: 1 minus a penalty for each reason to doubt it.
 *
 * Reason codes (written to `observations.confidence_reasons`, comma-separated):
 * - `competing`    another sentence of the report gives a different figure for the same indicator;
 * - `area_total`   the clause counts for an area, all levels or all kinds (全省/全市…, 各级, 各类, 此类):
 *                  maybe the area's total, not the author's own;
 * - `since`        the sentence speaks of a period since some start (…以来, 近三年): maybe not the year's;
 * - `large`        a count of 10,000 or more: seldom one agency's own;
 * - `no_law`       a law-study or law-publicity figure whose clause names no law (学习12次, 讲座2次);
 * - `negation`     a negative statement read as 0 (未发生…案件);
 * - `derived`      added up from sub-figures, not stated;
 * - `sub_item`     the figure stands after 其中 (a sub-total);
 * - `scoped`       a modifier narrows the figure (烟花爆竹执法检查6次: a part, maybe not the total);
 * - `figure_before` another figure stands before it in its clause (the term may belong to that one);
 * - `term_far`     the term ends far before the figure (something stands between them);
 * - `after_term`   the term follows the figure ("430余人次参加") rather than naming it first;
 * - `change`       the new value of a stated change (由…提高到…);
 * - `respectively` paired with its subject through a 分别 list;
 * - `approx`       the figure is approximate or a bound (余/约/不少于/以内, ranges).
 *
 * The penalties are set on the development corpus's dev items so that the low band (< 0.5: two
 * doubts of weight, or a competing figure with any other) holds most of the wrong values while
 * staying a modest share of all values; a derived sum or a figure after 其中 alone is medium.
 * The dev items' error rates are those left after the rules were tuned on the same items, so forms
 * the rules learnt there (sums, sub-figures) look safer on dev than on unseen reports.
 */
import type { Candidate } from './candidate'
import type { Indicator } from './types'
import { clauseStart } from './structure'

export type ConfidenceReason =
  | 'competing' | 'area_total' | 'since' | 'large' | 'no_law' | 'negation' | 'derived' | 'sub_item' | 'scoped'
  | 'figure_before' | 'term_far' | 'after_term' | 'change' | 'respectively' | 'approx'

/** Characters between term and figure beyond which the link is doubtful. */
const NEAR = 6
/** A count this large is seldom one agency's own (a nation's or a province's total). */
const LARGE = 10_000

const PENALTY: Record<ConfidenceReason, number> = {
  competing: 0.5, no_law: 0.35, area_total: 0.3, negation: 0.3, derived: 0.3, large: 0.25, since: 0.25, sub_item: 0.25,
  scoped: 0.2, figure_before: 0.15, term_far: 0.15, after_term: 0.1, change: 0.1, respectively: 0.1, approx: 0.03,
}

/** Every reason code, heaviest doubt first (each has a zh and an en explanation in src/i18n). */
export const CONFIDENCE_REASONS = Object.keys(PENALTY) as ConfidenceReason[]

/** Words that make a clause count for a whole area, all levels or all kinds. */
const AREA = /全国|全省|全区|全市|全县|全州|全盟|全旗|各级|各地|各类|此类|该类|系统/
/** A period that starts before the report's year. */
const SINCE = /以来|至今|近[两二三四五六七八九十]年|\d{4}[-—至到]\d{4}年/
/** Indicators about studying or spreading the law: their figure must stand in a clause about law. */
const LAW_SUBJECT = /学法|普法/
const LAW_WORD = /法|宪|律|条例|规章/
/** A figure in a clause's lead (a year does not count). */
const FIGURE = /\d(?!\d{0,3}年)|[一二两三四五六七八九十百千]+[件次人场期个项名户家起条份]/

/** The confidence bands the review queue and the corpus score use. */
export function confidenceBand(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low'
}

export interface ConfidenceContext {
  /** The normalised text the candidate's offsets index. */
  text: string
  indicator: Indicator
  /** The other candidates for the same indicator whose figure no other observation took. */
  rivals: Candidate[]
}

/** The reasons to doubt candidate `c` and the confidence they leave. */
export function confidenceOf(c: Candidate, { text, indicator, rivals }: ConfidenceContext): { confidence: number; reasons: ConfidenceReason[] } {
  const reasons: ConfidenceReason[] = []
  // Where the figure stands: a negative statement's evidence is its clause, so its end.
  const at = c.token ? c.token.start : c.via === 'negation' ? c.end : c.start
  const lead = text.slice(clauseStart(text, at, c.sentence), at)
  const same = (v: number) => Math.abs(v - c.value) < 1e-9
  if (rivals.some((r) => r.via !== 'sum' && !same(r.value) && r.sentence !== c.sentence && (r.start >= c.end || r.end <= c.start))) {
    reasons.push('competing')
  }
  if (AREA.test(lead)) reasons.push('area_total')
  if (SINCE.test(text.slice(c.sentence, at))) reasons.push('since')
  if (indicator.unit === 'count' && c.value >= LARGE) reasons.push('large')
  if (LAW_SUBJECT.test(indicator.name_zh) && !LAW_WORD.test(text.slice(c.start, c.end))) reasons.push('no_law')
  if (c.via === 'negation') reasons.push('negation')
  if (c.via === 'sum') reasons.push('derived')
  if (c.subItem) reasons.push('sub_item')
  if (c.scoped) reasons.push('scoped')
  if (c.via !== 'sum' && FIGURE.test(lead)) reasons.push('figure_before')
  if (c.via === 'term' && c.distance > NEAR) reasons.push('term_far')
  if (c.via === 'after') reasons.push('after_term')
  if (c.change) reasons.push('change')
  if (c.via === 'respectively') reasons.push('respectively')
  if (c.qualifier === 'approx' || c.qualifier === 'at_least' || c.qualifier === 'at_most' || c.qualifier === 'range') {
    reasons.push('approx')
  }
  let confidence = 1
  for (const r of reasons) confidence -= PENALTY[r]
  return { confidence: Math.round(Math.max(0.05, confidence) * 100) / 100, reasons }
}

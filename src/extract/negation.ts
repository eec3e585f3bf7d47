/**
 * Negative statements: "无…复议…案件", "未发生行政诉讼", "没有一件引发行政复议" yield 0 for the
 * indicator whose term follows the negator closely, unless the negation is of one cause or kind
 * ("没有因…引发", "此类") or names a correction (纠错, 撤销, 败诉…) rather than the cases.
 */
import type { Candidate } from './candidate'
import type { Sentence } from './engine'
import { termBefore, type CompiledRule } from './rules'
import { clauseEnd, clauseStart, inSpans, type Span } from './structure'

const NEGATOR = /无|没有|零|未有|未(?:发生|出现|收到|受理|接到|办理)/g
/** Whether a sentence holds any negator (a sentence without figures is only read for these). */
export const NEGATOR_ANY = /无|没有|零|未有|未(?:发生|出现|收到|受理|接到|办理)/
const NEGATION_SPOILER = /纠错|撤销|败诉|被纠正|确认违法|违法行为/
/** A negation of one cause or kind ("没有因…引发", "也没有此类诉讼", "未发生相关复议"): not none at all. */
const NEGATION_SCOPE = /因|引发|引起|导致|此类|该类|这类|相关|上述|不服/
/** A negation about a span since some start or over several years (改革以来, 近三年, 历年): not the year's none. */
const SINCE = /以来|历年|近[0-9一二三四五六七八九十]+年|累计/
const NOT_ONE = /^(?:一|1)(?:件|起|例|宗|个)(?!因)/

/** Where a negative statement may stand in a sentence: just after 无/未发生/没有…, outside obligations. */
export function negationAnchors(text: string, sentence: Span, governed: Span[]): { at: number; ce: number }[] {
  const out: { at: number; ce: number }[] = []
  const s = text.slice(sentence.start, sentence.end)
  NEGATOR.lastIndex = 0
  for (let m = NEGATOR.exec(s); m; m = NEGATOR.exec(s)) {
    const at = sentence.start + m.index + m[0].length
    if (inSpans(governed, at)) continue // "确保不发生…" is a target, not a result
    out.push({ at, ce: clauseEnd(text, at, sentence.end) })
  }
  return out
}

export function negationCandidates(text: string, rule: CompiledRule, sentence: Sentence, anchors: { at: number; ce: number }[]): Candidate[] {
  const out: Candidate[] = []
  for (const { at, ce } of anchors) {
    const hit = termBefore(text, { terms: rule.terms.slice(0, rule.weakFrom), window: ce - at }, at, ce)
    if (!hit || hit.start - at > 12) continue
    if (NEGATION_SPOILER.test(text.slice(hit.end, ce))) continue
    // "没有因依申请公开引发行政复议": none of one cause, not none at all.
    // "没有一件引发行政复议": not one (of all the cases) led to one — none at all.
    const scope = text.slice(at, hit.start)
    if (NEGATION_SCOPE.test(scope) && !NOT_ONE.test(scope)) continue
    const cs = clauseStart(text, at, sentence.start)
    // "改革以来…零败诉": none over a span of years, not the year's.
    if (SINCE.test(text.slice(cs, at))) continue
    out.push({
      indicatorId: rule.indicator.id, value: 0, low: null, high: null, qualifier: 'exact', start: cs, end: ce,
      score: 50, termLength: hit.end - hit.start, token: null, paragraph: sentence.paragraph,
      sentence: sentence.period, scoped: false, subItem: false, via: 'negation', distance: Math.max(0, hit.start - at), change: false,
    })
  }
  return out
}

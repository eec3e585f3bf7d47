/**
 * Selection: one number serves one indicator (its best-scoring candidate), parallel sub-figures are
 * added up where the rule says so (sums.ts), then each indicator keeps its best candidate.
 */
import { byIndicator, type Candidate } from './candidate'
import type { CompiledRule } from './rules'
import type { NumberToken } from './numbers'
import { summed } from './sums'
import { kindsNotAlone, loneKinds, partsAfterWhole, withoutKindRates } from './kindParts'

/** On a tie the larger figure wins (of two equally named counts the larger is the more inclusive), then the longer term, then the earlier. */
const better = (a: Candidate, b: Candidate): boolean =>
  a.score !== b.score ? a.score > b.score : a.value !== b.value ? a.value > b.value
    : a.termLength !== b.termLength ? a.termLength > b.termLength : a.start < b.start

/** One number serves one indicator; then each indicator keeps its best candidate. */
export function selectObservations(text: string, candidates: Candidate[], rules: CompiledRule[]): Candidate[] {
  // (a kind named alone, 立案查办一般程序案件759起, is a part: it claims no figure, which another indicator may read)
  const raw = byIndicator(candidates)
  // (and a figure read through a kind that does not stand alone, 简易程序…；一般程序案件325件, is a part of that breakdown: it claims none either)
  const lone = new Set(rules.flatMap((rule) => [
    ...(rule.sumParts ? loneKinds(text, rule, raw.get(rule.indicator.id) ?? []) : []),
    ...kindsNotAlone(text, rule, raw.get(rule.indicator.id) ?? []),
    // (and a kind's count after the whole it is part of, 共受理业务30517件，办理行政许可312件: the whole is read)
    ...partsAfterWhole(text, rule, raw.get(rule.indicator.id) ?? []),
  ]))
  const byToken = new Map<NumberToken, Candidate>()
  const rest: Candidate[] = []
  for (const c of candidates) {
    if (lone.has(c)) continue
    if (!c.token) { rest.push(c); continue }
    const prev = byToken.get(c.token)
    if (!prev || better(c, prev)) byToken.set(c.token, c)
  }
  const kept = [...byToken.values(), ...rest]
  const perIndicator = byIndicator(kept)
  const out: Candidate[] = []
  for (const rule of rules) {
    const mine = summed(text, rule, withoutKindRates(text, rule, perIndicator.get(rule.indicator.id) ?? []))
    let best: Candidate | null = null
    for (const c of mine) if (!best || better(c, best)) best = c
    if (best) out.push(best)
  }
  return out
}

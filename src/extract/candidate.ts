/** A candidate figure for one indicator, and the evidence span around it. */
import type { Qualifier } from './types'
import type { NumberToken } from './numbers'
import { clauseEnd, clauseStart, type Span } from './structure'

export interface Candidate {
  indicatorId: string
  value: number
  low: number | null
  high: number | null
  qualifier: Qualifier
  start: number
  end: number
  score: number
  termLength: number
  token: NumberToken | null
  paragraph: number
  /** Start of the period (sentences joined by ；) it stands in: the scope of a sentence sum. */
  sentence: number
  scoped: boolean
  subItem: boolean
  /** How the figure was tied to the indicator: a term before or after it, a 分别 list, a negative statement, a sum. */
  via: 'term' | 'after' | 'respectively' | 'negation' | 'sum'
  /** Characters between the end of the term and the figure (0 when the term follows it). */
  distance: number
  /** The figure is the new value of a stated change (由…提高到…). */
  change: boolean
}

/** Evidence span: the clause around the figure, or from the term when the clause is long. */
export function evidenceSpan(text: string, sentence: Span, from: number, to: number): Span {
  const cs = clauseStart(text, from, sentence.start)
  const start = from - cs <= 8 ? cs : from
  const ce = clauseEnd(text, to, sentence.end)
  const end = ce - to <= 4 ? ce : to
  return { start, end }
}

/** Candidates per indicator, each indicator's in their order: one pass (a filter of all of them per indicator grew with their product). */
export function byIndicator(candidates: Candidate[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>()
  for (const c of candidates) {
    const list = out.get(c.indicatorId)
    if (list) list.push(c)
    else out.set(c.indicatorId, [c])
  }
  return out
}

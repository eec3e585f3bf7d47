/**
 * The body's sentences as the engine reads them, in order, with their paragraph, their period and their figures; read
 * before any of them is, so that the sentences whose scope no sentence read later asks about are left out.
 *
 * The scope carrier (./scopeCarry.ts) reads every sentence in turn, and a sentence with no figure and no negation gives
 * nothing itself: it only passes a scope on to the sentences after it in its paragraph or its period, and every state the
 * carrier keeps is the paragraph or the period of the sentence that set it (or -1), asked only whether it is the asking
 * sentence's own. Paragraphs and periods are runs of sentences, in order: a sentence with no figure after which no
 * sentence the engine reads (one with figures or a negation, or one such a sentence's scope goes through) shares its
 * paragraph or its period can set nothing any read sentence would see, so it is not read at all. Over the bundled
 * reports 131 of the 361 body sentences are left out.
 */
import { inSpans, isPeriodJoin, sentences, type Span } from './structure'
import type { NumberToken } from './numbers'
import { NEGATOR_ANY } from './negation'

export interface BodySentence {
  span: Span
  /** Where its paragraph starts (after the last line break before it). */
  paragraph: number
  /** Where its period starts: sentences joined by ；/; share one. */
  period: number
  /** Its figures: `quantities` from `from` up to (not including) `to`. */
  from: number
  to: number
  /** Whether the engine reads it: it has a figure or a negation (the others only carry a scope on). */
  read: boolean
}

/** The sentences of `body` outside `skip` the engine reads or whose scope reaches one it reads (see the module comment). */
export function bodySentences(text: string, body: Span, skip: Span[], quantities: NumberToken[]): BodySentence[] {
  const all: BodySentence[] = []
  let k = 0
  let paragraph = body.start
  let previousEnd = body.start
  let period = body.start
  for (const span of sentences(text, body.start, body.end)) {
    // A line break between the previous sentence and this one starts a paragraph (gaps never overlap: linear).
    for (let i = span.start - 1; i >= previousEnd; i--) if (text.charCodeAt(i) === 10) { paragraph = i + 1; break }
    // Clauses joined by ；/; stay one period (a sentence sum reads across them); a full stop starts a new one.
    for (let i = span.start - 1; i >= previousEnd; i--) if (!isPeriodJoin(text.charCodeAt(i))) { period = span.start; break }
    previousEnd = span.end
    while (k < quantities.length && quantities[k].start < span.start) k++
    let e = k
    while (e < quantities.length && quantities[e].end <= span.end) e++
    if (inSpans(skip, span.start)) continue
    all.push({ span, paragraph, period, from: k, to: e, read: e > k || NEGATOR_ANY.test(text.slice(span.start, span.end)) })
  }
  // (from the end: a sentence is kept when it is read, or when the nearest kept sentence after it shares its paragraph or
  // period; any later one that shares either is in the same run, so the nearest one does)
  const kept: BodySentence[] = []
  let next: BodySentence | null = null
  for (let i = all.length - 1; i >= 0; i--) {
    const s = all[i]
    if (s.read || (next && (next.paragraph === s.paragraph || next.period === s.period))) kept.push((next = s))
  }
  return kept.reverse()
}

/**
 * What a figure's candidates share whatever the indicator, worked out once per figure on first use: every rule that accepts
 * its measure word asks the same questions of it (is it a change, what noun does it count).
 */
import type { NumberToken } from './numbers'
import { isChange } from './changes'
import { countedNoun } from './counted'
import { clauseEnd, clauseStart, type Span } from './structure'
import { LIGHT_VERBS } from './verbFirst'

/** Verbs of the acts a figure's clause may count (also what makes a term's figure scoped, see ./termLink.ts isScoped). */
export const VERB = /开展|组织|进行|实施|完成|召开|举办|办理|办结|受理|查处/g
/** A verb of a counted noun's clause: VERB, or a light verb that puts its act after the noun (对13件规范性文件作了清理). */
const COUNTED_ACT = new RegExp(`${VERB.source}|${LIGHT_VERBS}`)

export interface TokenFacts {
  /** isChange with `reduction` false and true (undefined until asked). */
  change: [boolean | undefined, boolean | undefined]
  /** The noun the figure counts (countedNoun), and whether its clause has a verb; undefined until asked. */
  counted?: { noun: string; span: Span; verb: boolean } | null
}

/** Whether the figure reads as a change, not a level (isChange; `sentence`: its sentence). */
export function changeOf(text: string, facts: TokenFacts, tok: NumberToken, sentence: Span, reduction: boolean): boolean {
  const i = reduction ? 1 : 0
  return facts.change[i] ??= isChange(text, tok, sentence.start, reduction)
}

/** The noun the figure counts, if any (countedNoun), and whether its clause has a verb of its own. */
export function countedOf(text: string, facts: TokenFacts, tok: NumberToken, sentence: Span): TokenFacts['counted'] {
  if (facts.counted !== undefined) return facts.counted
  const span = tok.unit === '%' ? null : countedNoun(text, tok, sentence.end)
  if (!span) return (facts.counted = null)
  const clause = text.slice(clauseStart(text, tok.start, sentence.start), clauseEnd(text, span.end, sentence.end))
  return (facts.counted = { noun: text.slice(span.start, span.end), span, verb: COUNTED_ACT.test(clause) })
}

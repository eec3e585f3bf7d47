/**
 * A breakdown by kind with no total (适用简易程序作出行政处罚126件，适用普通程序作出行政处罚48件; 行政处罚案件中，适用简易程序126件、一般程序48件):
 * the kinds of the catalogue's sum_parts add up to the year's figure the report leaves unstated (qualifier `derived`). The parts
 * of a stated total (作出行政处罚决定174件，其中简易程序126件…) and a paragraph with any other figure of the indicator are left as they
 * are: that figure is the total, or the kinds are not all of it. One kind alone stays read as written (the corpus reads 立案查办
 * 一般程序案件759起 so).
 */
import type { Candidate } from './candidate'
import type { CompiledRule } from './rules'
import { clauseStart } from './structure'

/** The words of a candidate's own item: its clause before the figure, after the last 、 (an earlier item's words are not its). */
const itemWords = (text: string, c: Candidate) => {
  const clause = text.slice(clauseStart(text, c.token!.start, c.sentence), c.token!.start)
  return clause.slice(clause.lastIndexOf('、') + 1)
}

/** The sums of the kinds a paragraph's figures name, when every figure of the indicator there names one, two at least. */
export function kindSums(text: string, rule: CompiledRule, list: Candidate[]): Candidate[] {
  const kinds = rule.sumParts
  if (!kinds) return []
  const paragraphs = new Map<number, Candidate[]>()
  for (const c of list) {
    if (!c.token) continue
    const group = paragraphs.get(c.paragraph)
    if (group) group.push(c)
    else paragraphs.set(c.paragraph, [c])
  }
  const out: Candidate[] = []
  for (const group of paragraphs.values()) {
    const named = group.map((c) => kinds.exec(itemWords(text, c))?.[0])
    if (group.length < 2 || named.some((k) => !k) || new Set(named).size < group.length || group.some((c) => c.subItem)) continue
    const first = group.reduce((a, c) => (c.token!.start < a.token!.start ? c : a))
    out.push({
      ...first, value: group.reduce((a, c) => a + c.value, 0), qualifier: 'derived', low: null, high: null, token: null, via: 'sum',
      end: Math.max(...group.map((c) => c.end)), score: Math.max(...group.map((c) => c.score)) + 1, subItem: false,
    })
  }
  return out
}

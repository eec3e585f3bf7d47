/**
 * A count written before the noun it counts, for rules that list no forms of their own for it (`after`):
 * "共办结34件行政处罚案件", "组织34次专项执法检查", "发生3件行政诉讼案件" — the rule's own term stands right
 * after the figure (a few modifiers between: 重大, 专项, 各类) — and a count of the objects of the rule's act
 * ("对34件重大行政执法决定进行法制审核": 对 before the figure, the act after them). The figure must follow a verb
 * of an act or a total (共, 累计) right before it, or the clause must close on the act's outcome after its noun (均已办结):
 * a bare noun phrase is a heading or an item of something else's list.
 */
import type { NumberToken } from './numbers'
import type { CompiledRule, TermHit } from './rules'
import { clauseStart } from './structure'

/** How far after the figure its noun may start, and how long the object of an act may be. */
const MODIFIERS = 4
const OBJECT_THEN_ACT = /^[^,，;；。、\d]{1,14}?(?:进行|开展|实施|予以|作出)/
/** A verb right before the figure (the count is what the act produced or met; not "报送备案的29份…": a relative clause). */
const ACT_BEFORE = /(?:办理|办结|查处|查办|查结|审查|审核|受理|处理|立案|作出|发生|涉及|组织|开展|实施|完成|收到|接到|新收|新增|承办|报送|清理)?了?(?:共计|合计|累计|共|总计)?$/
/** A clause that closes on its count's outcome ("34件信访件均已办结", "…全部审结"): the count is the act's without a verb before it. */
const CLOSING = /^(?:均|全部|都|已|已经|依法|按期|按时|及时)*(?:办结|办理完毕|处理完毕|审结|结案|答复)/
const CLOSING_WORD = /办结|办理完毕|处理完毕|审结|结案|答复/
/** What may stand between the figure and its noun: modifiers, never a verb ("一件引起行政复议" counts what led to one). */
const MODIFIER = /^(?:各类|各项|各种|重大|专项|一般|日常|新|的)*$/

function termAt(rule: CompiledRule, rest: string, maxIndex: number): TermHit | null {
  for (let rank = 0; rank < rule.weakFrom; rank++) {
    const re = rule.terms[rank]
    re.lastIndex = 0
    const m = re.exec(rest)
    if (m && m[0].length && m.index <= maxIndex && MODIFIER.test(rest.slice(0, m.index))) return { start: m.index, end: m.index + m[0].length, rank }
  }
  return null
}

/** The rule's term the count `tok` stands before, or null (`floor`/`ceil`: its sentence). */
export function nounAfter(text: string, rule: CompiledRule, tok: NumberToken, floor: number, ceil: number): TermHit | null {
  if (rule.after.length || rule.indicator.unit !== 'count') return null
  const lead = text.slice(clauseStart(text, tok.start, floor), tok.start)
  const rest = text.slice(tok.end, Math.min(ceil, tok.end + 30))
  const act = ACT_BEFORE.exec(lead)
  const acted = Boolean(act?.[0])
  // (Most figures have neither: the terms are only tried when one of them may tie.)
  let hit = acted || CLOSING_WORD.test(rest) ? termAt(rule, rest, MODIFIERS) : null
  if (hit && !acted && !CLOSING.test(rest.slice(hit.end))) hit = null
  if (!hit && lead.includes('对')) {
    const object = OBJECT_THEN_ACT.exec(rest)
    const then = object ? termAt(rule, rest.slice(object[0].length), 0) : null
    if (object && then) hit = { start: then.start + object[0].length, end: then.end + object[0].length, rank: then.rank }
  }
  return hit && { start: tok.end + hit.start, end: tok.end + hit.end, rank: hit.rank }
}

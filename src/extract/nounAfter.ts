/**
 * A count written before the noun it counts, for rules that list no forms of their own for it (`after`):
 * "共办结34件行政处罚案件", "组织34次专项执法检查", "发生3件行政诉讼案件" — the rule's own term stands right
 * after the figure (a few modifiers between: 重大, 专项, 各类) — and a count of the objects of the rule's act
 * ("对34件重大行政执法决定进行法制审核": 对 before the figure, the act after them). The figure must follow a verb
 * of an act or a total (共, 累计) right before it, or the clause must close on the act's outcome after its noun (均已办结):
 * a bare noun phrase is a heading or an item of something else's list.
 * The noun may carry modifiers that name no act (国务院, 卫生, 区政府, 一审, 群众提出的); a term that names the act with its noun
 * (办理…行政许可, 审核…一般程序案件) is read over the verb before the figure and the noun after it ("办理12件行政许可" is
 * "办理行政许可12件"), or over the noun and the act that closes the clause ("共有12件行政许可得到办理").
 */
import type { NumberToken } from './numbers'
import type { CompiledRule, TermHit } from './rules'
import { clauseStart } from './structure'
import { ACTS, KIND_WORDS, LIGHT_VERBS, actTermAt, isNounPhrase } from './verbFirst'

/** How far after the figure its noun may start, and how long the object of an act may be. */
const MODIFIERS = 10
const OBJECT_THEN_ACT = new RegExp(`^[^,，;；。、\\d]{1,14}?(?:${LIGHT_VERBS})`)
/** A verb right before the figure (the count is what the act produced or met; not "报送备案的29份…": a relative clause). */
const ACTS_BEFORE = `${ACTS}|发生|涉及|组织|开展|实施|完成|新收|新增|报送`
const TOTAL_WORDS = '共计|合计|累计|共|总计'
const ACT_BEFORE = new RegExp(`(?:${ACTS_BEFORE})?了?(?:${TOTAL_WORDS})?$`)
/** A clause that closes on its count's outcome ("34件信访件均已办结", "…全部审结"): the count is the act's without a verb before it. */
const CLOSING = /^(?:均|全部|都|已|已经|依法|按期|按时|及时)*(?:办结|办理完毕|处理完毕|审结|结案|答复)/
const CLOSING_WORD = /办结|办理完毕|处理完毕|审结|结案|答复/
/**
 * What may stand between the figure and its noun: modifiers, never a verb ("一件引起行政复议" counts what led to one): words
 * of kind (各类, 重大), a body or field the noun belongs to (国务院, 区政府, 卫生, 一审), a relative clause ending in 的 (群众提出的).
 */
const NAMING = /^(?:[^,，;；。、:：\d“”"《》()（）\s]{1,8}?的)?[^,，;；。、:：\d“”"《》()（）\s的]{0,6}$/
const modifies = (s: string) => KIND_WORDS.test(s) || (NAMING.test(s) && isNounPhrase(s))
/** The verb before the figure that names its act (办理了共12件: 办理). */
const VERB_BEFORE = new RegExp(`(${ACTS})了?(?:${TOTAL_WORDS})?$`)
/**
 * The characters a match of ACT_BEFORE (a non-empty one) or VERB_BEFORE ends on, as the clause before the figure does: a clause
 * ending otherwise is not tried (V8 tries a regex ending in $ from every start of the clause, for every figure and rule).
 */
const lastsOf = (words: string) => new Set(words.split('|').map((w) => w[w.length - 1]))
const ACT_LAST = lastsOf(`${ACTS_BEFORE}|了|${TOTAL_WORDS}`)
const VERB_LAST = lastsOf(`${ACTS}|了|${TOTAL_WORDS}`)
/** An act that closes the noun's clause (得到办理, 均已依法受理, 被查处). */
const ACT_CLOSING = /^(?:均|全部|都|已|已经)*(?:得到|获得|予以|被|已被)(?:依法|及时|妥善|成功|有效|圆满|全部)*(办理|办结|查处|查办|审查|审核|受理|处理|审结|化解|调解|答复)/
const NOUN_END = /[,，;；。、:：]/

function termAt(rule: CompiledRule, rest: string, maxIndex: number): TermHit | null {
  for (let rank = 0; rank < rule.weakFrom; rank++) {
    const re = rule.terms[rank]
    re.lastIndex = 0
    const m = re.exec(rest)
    if (m && m[0].length && m.index <= maxIndex && modifies(rest.slice(0, m.index))) return { start: m.index, end: m.index + m[0].length, rank }
  }
  return null
}

/** The rule's term the count `tok` stands before, or null (`floor`/`ceil`: its sentence); a weak term needs its context (the caller's). */
export function nounAfter(text: string, rule: CompiledRule, tok: NumberToken, floor: number, ceil: number): TermHit | null {
  if (rule.indicator.unit !== 'count') return null
  const lead = text.slice(clauseStart(text, tok.start, floor), tok.start)
  const rest = text.slice(tok.end, Math.min(ceil, tok.end + 30))
  const stop = rest.search(NOUN_END)
  const noun = stop < 0 ? rest : rest.slice(0, stop)
  const last = lead[lead.length - 1]
  const verb = VERB_LAST.has(last) ? VERB_BEFORE.exec(lead)?.[1] : undefined
  // (a rule with forms of its own after a figure reads only its act and noun here, weak terms too: 收到2件申请)
  if (rule.after.length) return shift(tok, verb ? actTermAt(rule, verb, noun, false, rule.terms.length) : null)
  const acted = ACT_LAST.has(last) && Boolean(ACT_BEFORE.exec(lead)?.[0])
  // (Most figures have neither: the terms are only tried when one of them may tie.)
  let hit = acted || CLOSING_WORD.test(rest) ? termAt(rule, rest, MODIFIERS) : null
  if (hit && !acted && !CLOSING.test(rest.slice(hit.end))) hit = null
  if (!hit && verb) hit = actTermAt(rule, verb, noun, false, rule.terms.length)
  if (!hit) {
    // (the noun, then the act that closes its clause: "12件行政许可得到办理", "12件行政复议案件均已依法受理")
    for (let at = 1; at < noun.length - 1 && !hit; at++) {
      const close = ACT_CLOSING.exec(noun.slice(at))
      if (!close) continue
      const found = termAt(rule, noun.slice(0, at), MODIFIERS) ?? actTermAt(rule, close[1], noun.slice(0, at))
      if (found && found.end === at) hit = { ...found, end: at + close[0].length }
    }
  }
  if (!hit && lead.includes('对')) {
    const object = OBJECT_THEN_ACT.exec(rest)
    const then = object ? termAt(rule, rest.slice(object[0].length), 0) : null
    if (object && then) hit = { start: then.start + object[0].length, end: then.end + object[0].length, rank: then.rank }
    else hit = fromDui(text, rule, tok, lead, rest, ceil)
  }
  return shift(tok, hit)
}

/**
 * 对 before the figure, with at most a relative clause ending in 的 (对县政府拟出台的4件…, 对本局作出的6项…) and a total word between
 * (对3件…, 共对…, 对共计…); the object follows the figure.
 */
const DUI_BEFORE = /对(?:[^,，;；。、\d对]{1,12}的)?(?:共计|合计|共)?$/
/** 对 and its object before the figure, the act right after it (对重大执法决定5件进行了法制审核). */
const DUI_OBJECT = /对[^,，;；。、\d对]{2,16}$/
const ACT_NEXT = new RegExp(`^(?:${LIGHT_VERBS})`)
/** The counted noun owns the object (对12个乡镇的重大行政决策…), unless what follows 的 is the object's quality (…决策的合法性). */
const OWNER = /的(?!合法性|合规性)/
/** A retained adviser in the clause before it: the review is the adviser's (县政府法律顾问对3件…), not the author's. */
const ADVISER = /法律顾问/

/**
 * A term that opens on 对 and runs over the figure to its act, the object naming what is counted ("对3件重大行政决策进行了合法性审查",
 * "对重大执法决定5件进行了法制审核": the act alone, 合法性审查, names no indicator of its own; 对…决策…审查 does). The figure's noun
 * owns no object after it (对12个乡镇的重大行政决策…: the figure counts the towns). The hit is its part after the figure.
 */
function fromDui(text: string, rule: CompiledRule, tok: NumberToken, lead: string, rest: string, ceil: number): TermHit | null {
  if (ADVISER.test(lead)) return null
  const before = DUI_BEFORE.exec(lead)
  const dui = before && !OWNER.test(OBJECT_THEN_ACT.exec(rest)?.[0] ?? '') ? before : ACT_NEXT.test(rest) ? DUI_OBJECT.exec(lead) : null
  if (!dui) return null
  const past = dui[0].length + tok.end - tok.start
  const span = text.slice(tok.start - dui[0].length, Math.min(ceil, tok.end + 30))
  for (let rank = 0; rank < rule.weakFrom; rank++) {
    const re = rule.terms[rank]
    re.lastIndex = 0
    const m = re.exec(span)
    if (m && m.index === 0 && m[0].length > past) return { start: 0, end: m[0].length - past, rank }
  }
  return null
}

/** A hit in the text after the figure, in the text's positions. */
const shift = (tok: NumberToken, hit: TermHit | null): TermHit | null => hit && { start: tok.end + hit.start, end: tok.end + hit.end, rank: hit.rank }

/**
 * A count whose act is written after its noun reads as the act written first: "行政许可共办理12件" as "共办理行政许可12件",
 * "共有12件行政许可得到办理" as "办理行政许可12件", "审核12件各类一般程序案件" as "审核各类一般程序案件12件". Reworded reports
 * move the count before its noun, or the noun before its verb; the catalogue's terms that name an act with its noun
 * (办理…行政许可, 审核…一般程序案件) are written verb first, so they are tried over the verb moved before the noun.
 */
import { VERBISH } from './counted'
import type { CompiledRule, TermHit } from './rules'

/** Acts a count's clause names (the verbs of the catalogue's act-and-noun terms). */
export const ACTS = '办理|办结|查处|查办|查结|审查|审核|受理|处理|审结|化解|调解|答复|收到|接到|立案|作出|承办|清理'
const ACT = new RegExp(ACTS, 'g')
/**
 * Light verbs that put the act they do to an object after it (对34件决定进行审核, 对13件文件作了清理, 对…予以废止, 对…作全面清理:
 * a bare 作 only before the act's manner).
 */
export const LIGHT_VERBS = '进行了?|开展了?|实施了?|予以|[作做][出了]|[作做](?=全面|集中|专项|系统)'
/** Words of kind that may stand between an act and its noun (各类, 重大) without being a noun phrase of their own. */
export const KIND_WORDS = /^(?:各类|各项|各种|重大|专项|一般|日常|新|的)*$/
/** A figure and its measure word (removed from a clause when its words are tested). */
const FIGURE = /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[余多]?(?:件次|人次|[件起宗项份个次场条批])/g
/** The act right before a figure, after its noun (…行政许可共办理, …案件依法审核了). */
const ACT_BEFORE_FIGURE = new RegExp(`(?:共计|合计|累计|总计|共|全年|依法)*(${ACTS})了?(?:共计|合计|累计|总计|共|达)?$`)
const CLAUSES = /[^,，;；。]+/g
/** How long a noun before its act may be. */
const NOUN_REACH = 14

/** The noun phrase `noun` names no act of its own (a relative clause before 的 may: 群众提出的申请). */
export const isNounPhrase = (noun: string) => KIND_WORDS.test(noun) || !VERBISH.test(noun.replace(/^[^的]*的/, ''))

/**
 * The rule's term that names `verb` with `noun` (read as if the verb stood right before it): it starts on the verb and ends
 * inside the noun (at its end when `whole`), past what only modifies it; `ranks`: the terms tried (the strong ones unless told).
 * Positions are the noun's.
 */
export function actTermAt(rule: CompiledRule, verb: string, noun: string, whole = false, ranks = rule.weakFrom): TermHit | null {
  const virtual = verb + noun
  for (let rank = 0; rank < ranks; rank++) {
    const re = rule.terms[rank]
    re.lastIndex = 0
    const m = re.exec(virtual)
    if (!m || m.index !== 0 || m[0].length <= verb.length + 1 || (whole && m[0].length !== virtual.length)) continue
    const end = m[0].length - verb.length
    if (isNounPhrase(noun.slice(0, end))) return { start: 0, end, rank }
  }
  return null
}

/**
 * The sentence's clauses without their figures, each also with its act moved to its front, joined by 。 (which no term crosses):
 * what the terms are tested on to know whether the sentence names a rule at all ("共有12件行政许可得到办理" names 办理…行政许可).
 */
export function verbFirstClauses(sentence: string): string {
  // (exec loops, not matchAll: matchAll copies its regex per call, and this runs for every sentence with a figure)
  const out: string[] = []
  CLAUSES.lastIndex = 0
  for (let c = CLAUSES.exec(sentence); c; c = CLAUSES.exec(sentence)) {
    const clause = c[0]
    const bare = clause.replace(FIGURE, '')
    if (bare.length === clause.length) continue
    out.push(bare)
    // (the noun may start anywhere before the act: 全年区政府一般程序案件审核 → 审核一般程序案件)
    ACT.lastIndex = 0
    for (let m = ACT.exec(bare); m; m = ACT.exec(bare)) {
      for (let s = Math.max(0, m.index - NOUN_REACH); s < m.index - 1; s++) out.push(m[0] + bare.slice(s, m.index))
    }
  }
  return out.join('。')
}

/** The term of a noun written before the act right before the figure at `pos` ("我局行政许可共办理12件"), or null; `from`: its clause. */
export function nounBeforeAct(text: string, rule: CompiledRule, from: number, pos: number): TermHit | null {
  from = Math.max(from, pos - NOUN_REACH - 12) // (the noun and its act: never more, however long a clause without stops runs)
  const lead = text.slice(from, pos)
  const act = ACT_BEFORE_FIGURE.exec(lead)
  if (!act || act.index < 2) return null
  for (let s = 0; s < act.index - 1; s++) {
    const hit = actTermAt(rule, act[1], lead.slice(s, act.index), true)
    if (hit) return { start: from + s, end: from + act.index + act[0].length, rank: hit.rank }
  }
  return null
}

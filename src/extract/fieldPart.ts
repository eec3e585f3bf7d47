/**
 * A breakdown by field (自然资源领域开展执法检查5346次，立案11起；生态环境领域检查企业2267家次，…查处环境违法行为75起): a paragraph
 * whose clauses open with two fields or more of the author's work gives each field's part, in the clause that names it and the
 * subject-less clauses after it up to its sentence's end (a sentence ends at ；too) — no indicator's total, the author's or its
 * area's. A field named once is the author's own work; fields as an object (对食品、药品等领域开展检查, 围绕安全生产领域…) are none.
 */
import type { Sentence } from './engine'
import { clauseStart, isClauseBreak } from './structure'

/** A clause that opens with a field as its subject: X领域 with its act right after (or set off by a comma), 在X领域 too. */
const FIELD_LEAD = /^(?:在)?(?![对就向为从以将把按依据围聚针结])[\u4e00-\u9fff、和及与]{2,16}?领域(?:方面|内|中)?(?=[,，]|(?:全年|今年|年内|共|累计|持续|严厉|深入|着力|依法|先后)?(?:开展|检查|查处|查办|立案|办理|办结|实施|出动|抽检|抽查|巡查|排查|整治|打击|处罚|作出|下达|责令|受理|调解|化解|培训|举办|组织|发现|检测|完成|罚没|罚款|没收|收缴|(?:违法)?案件))/
/** 。！？ */
const isStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f
/** The longest lead looked at. */
const LEAD = 24

let seen: string | null = null
const breakdowns = new Map<number, boolean>()

/** Whether the paragraph from `from` names two fields or more as clause subjects (cached per text and paragraph). */
function isBreakdown(text: string, from: number): boolean {
  if (seen !== text) { seen = text; breakdowns.clear() }
  const known = breakdowns.get(from)
  if (known !== undefined) return known
  const end = text.indexOf('\n', from)
  const to = end < 0 ? text.length : end
  const fields = new Set<string>()
  // (a lead holds 领域 within LEAD characters of its start: only clause starts that close to the next one are read, and a
  // paragraph without it is not read at all; a regex test per character to find the clause starts took 2% of extraction)
  let field = -1
  for (let i = from; i < to && fields.size < 2; i++) {
    if (field < i && ((field = text.indexOf('领域', i)) < 0 || field + 2 > to)) break
    if (field + 2 > i + LEAD) { i = field + 1 - LEAD; continue }
    if (i > from && !isClauseBreak(text.charCodeAt(i - 1)) && !isStop(text.charCodeAt(i - 1))) continue
    const m = FIELD_LEAD.exec(text.slice(i, Math.min(to, i + LEAD)))
    if (m) fields.add(m[0])
  }
  breakdowns.set(from, fields.size >= 2)
  return fields.size >= 2
}

/** Whether the figure in the clause from `cs` is one field's part of a breakdown by field. */
export function fieldPart(text: string, sentence: Sentence, cs: number): boolean {
  if (!isBreakdown(text, sentence.paragraph)) return false
  for (let c = cs; ; c = clauseStart(text, c - 1, sentence.start)) {
    if (FIELD_LEAD.test(text.slice(c, c + LEAD))) return true
    if (c <= sentence.start) return false
  }
}

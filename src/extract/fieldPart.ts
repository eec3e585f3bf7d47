/**
 * A breakdown by field (自然资源领域开展执法检查5346次，立案11起；生态环境领域检查企业2267家次，…查处环境违法行为75起): a paragraph
 * whose clauses open with two fields or more of the author's work gives each field's part, in the clause that names it and the
 * subject-less clauses after it up to its sentence's end (a sentence ends at ；too) — no indicator's total, the author's or its
 * area's. A field named once is the author's own work; fields as an object (对食品、药品等领域开展检查, 围绕安全生产领域…) are none.
 */
import type { Sentence } from './engine'
import { clauseStart, inSpans, isClauseBreak } from './structure'
import { firstAtLeast } from './sorted'
import { duringSpans } from './partSpans'

/**
 * A field's aim before its acts (自然资源领域着力提升耕地保护水平，开展执法检查N次; 生态环境领域深入推进污染防治攻坚，检查企业…; 林业领域
 * 重点保护森林资源，…): an adverb of effort and the verb of what it strives for, the field still the subject of the clauses after it.
 */
const AIM = '(?:着力|持续|深入|全面|大力|切实|不断|进一步|扎实|严格|重点)[\u4e00-\u9fff]{2}'
/** A clause that opens with a field as its subject: X领域 with its act right after (or set off by a comma, or after its aim), 在X领域 too. */
const FIELD_LEAD = new RegExp(String.raw`^(?:在)?(?![对就向为从以将把按依据围聚针结])[\u4e00-\u9fff、和及与]{2,16}?领域(?:方面|内|中)?(?=[,，]|(?:全年|今年|年内|共|累计|持续|严厉|深入|着力|依法|先后)?(?:开展|检查|查处|查办|立案|办理|办结|实施|出动|抽检|抽查|巡查|排查|整治|打击|处罚|作出|下达|责令|受理|调解|化解|培训|举办|组织|发现|检测|完成|罚没|罚款|没收|收缴|(?:违法)?案件)|${AIM})`)
/** 。！？ */
const isStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f
/**
 * A clause that opens (after its year or the author's self-name) with a kind of case by its subject matter and its count (查处食品案件742件, 药品、化妆品案件查办63件, 医疗器械案件30件):
 * a part by kind as a field's is a part by field. The kind is what is left before 案件 once a verb before it and 违法 after it are set aside.
 */
const KIND_LEAD = /^(?:(?:19|20)\d{2}年度?|全年|今年以来|今年|年内)?(?:[本我][局委厅办])?(?:共|累计)?(?:依法)?(?:立案查处|查处|查办|办理|办结|立案)?([\u4e00-\u9fff、和及与]{2,10}?)(?:违法)?案件(?:查处|查办|办理|办结)?(?:共|累计)?(?=[0-9]|[一二两三四五六七八九十百千]+[件起])/
/** A subject, an act or a time in what stands before 案件 (县政府查处, 配合市政府查处, 计划明年查处): a clause, not a kind. */
const ACT_OR_BODY = '查|办|配合|协助|参与|计划|力争|确保|政府|[局厅委部所队]|镇|乡|街道|[省市县区州]|全|共|累计|年|月'
/**
 * Kinds that are no subject matter: the law's procedures and stages (行政, 一般程序, 复议, 诉讼), an indicator's own cases (处罚, 执法,
 * 信访, 法律援助), a total's words (各类, 新收, 结转), a passing on (移送公安机关…案件: a stage, not a subject matter) — a list of these is no breakdown by kind (行政复议案件, 林业行政案件).
 * 违法 names all cases, but 违法建设/违法建筑/违法用地/违法占地 are a subject matter (查处违法建设案件58件。查处占道经营案件426件: two kinds).
 */
const NOT_KIND = new RegExp(`行政|复议|诉讼|处罚|刑事|民事|程序|执法|违法(?!建设|建筑|用地|占地)|违规|违章|信访|投诉|举报|线索|仲裁|法律援助|类|各|涉|新|积|结转|上年|重大|一般|简易|普通|审结|矛盾|纠纷|移送|移交|转办|交办|[我本]|${ACT_OR_BODY}`)
/** A 其中 earlier in the sentence: kinds after it are the parts of a total it states (查处违法案件32件，其中食品案件20件，药品案件12件). */
const AFTER_QIZHONG = /其中[^。！？；;\n]*$/
/** How much of the text's opening names its author (a title, chrome). */
const HEAD = 300
/** Whether the kind is the field of the department the report's opening names (卫生健康 of a 卫生健康局 or 卫生健康委员会). */
const authorsField = (text: string, kind: string) => {
  const head = text.slice(0, HEAD)
  return ORGAN_WORDS.some((w) => head.includes(kind + w))
}
const ORGAN_WORDS = ['局', '委', '厅', '部']
/**
 * The kind a clause opening at `at` counts cases of, if its lead is a kind of case by its subject matter and no part of a stated total.
 * The author's own field (卫生健康违法案件 in a 卫生健康局's report) is no subject matter: it names all the cases the author deals with.
 */
function kindAt(text: string, at: number, to: number): string | null {
  const m = KIND_LEAD.exec(text.slice(at, Math.min(to, at + LEAD)))
  return m && !NOT_KIND.test(m[1]) && !AFTER_QIZHONG.test(text.slice(Math.max(0, at - LEAD * 4), at)) && !authorsField(text, m[1]) ? m[1] : null
}
/** The longest lead looked at. */
const LEAD = 24

/** 。！？；;: a sentence's end, as a campaign's span reads it. */
const SENTENCE_END = /[。！？；;]/g
/**
 * Whether the clause at `at` tells a campaign's figures (“夏季百日攻坚”期间，查处非法营运案件42起): the campaign's part, set aside
 * (./partSpans.ts duringSpans), whose kind makes no breakdown of the year's figures beside it (全年共查处道路运输违法案件316起).
 */
function inCampaign(text: string, at: number, paragraph: number, to: number): boolean {
  let start = paragraph
  SENTENCE_END.lastIndex = paragraph
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    if (m.index >= at) return inSpans(duringSpans(text, { start, end: m.index }, paragraph), at)
    start = m.index + 1
  }
  return inSpans(duringSpans(text, { start, end: to }, paragraph), at)
}

let seen: string | null = null
const breakdowns = new Map<number, boolean>()
/**
 * Where each 领域 and 案件 of the text begins, in order (a field's or a kind's lead holds one): read once per text. Each paragraph
 * looked for the next one with indexOf, which in a text that lacks one of the words read on to its end every time (a text of
 * figures on one line, 7 MB: 1.1 s/MB, a third of it there).
 */
let marks: number[] = []
function marksOf(text: string): number[] {
  const out: number[] = []
  for (const word of ['领域', '案件']) for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at)
  return out.sort((a, b) => a - b)
}
/** Where the next 领域 or 案件 at or after `i` begins (-1: none). */
function nextMark(i: number): number {
  const k = firstAtLeast(marks, i)
  return k < marks.length ? marks[k] : -1
}

/** Whether the paragraph from `from` names two fields or more as clause subjects (cached per text and paragraph). */
function isBreakdown(text: string, from: number): boolean {
  if (seen !== text) { seen = text; breakdowns.clear(); marks = marksOf(text) }
  const known = breakdowns.get(from)
  if (known !== undefined) return known
  const end = text.indexOf('\n', from)
  const to = end < 0 ? text.length : end
  const fields = new Set<string>()
  const kinds = new Set<string>()
  // (a lead holds 领域 or 案件 within LEAD characters of its start: only clause starts that close to the next one are read, and
  // a paragraph without either is not read at all; a regex test per character to find the clause starts took 2% of extraction)
  let mark = -1
  for (let i = from; i < to && fields.size < 2 && kinds.size < 2; i++) {
    if (mark < i && ((mark = nextMark(i)) < 0 || mark + 2 > to)) break
    if (mark + 2 > i + LEAD) { i = mark + 1 - LEAD; continue }
    if (i > from && !isClauseBreak(text.charCodeAt(i - 1)) && !isStop(text.charCodeAt(i - 1))) continue
    const m = FIELD_LEAD.exec(text.slice(i, Math.min(to, i + LEAD)))
    if (m) fields.add(m[0])
    const kind = kindAt(text, i, to)
    if (kind && !inCampaign(text, i, from, to)) kinds.add(kind)
  }
  const breakdown = fields.size >= 2 || kinds.size >= 2
  breakdowns.set(from, breakdown)
  return breakdown
}

/** Whether the figure in the clause from `cs` is one field's part of a breakdown by field. */
export function fieldPart(text: string, sentence: Sentence, cs: number): boolean {
  if (!isBreakdown(text, sentence.paragraph)) return false
  for (let c = cs; ; c = clauseStart(text, c - 1, sentence.start)) {
    if (FIELD_LEAD.test(text.slice(c, c + LEAD)) || kindAt(text, c, sentence.end)) return true
    if (c <= sentence.start) return false
  }
}

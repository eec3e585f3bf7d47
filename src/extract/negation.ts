/**
 * Negative statements: "无…复议…案件", "未发生行政诉讼", "没有一件引发行政复议" yield 0 for the
 * indicator whose term follows the negator closely, or whose term the zero follows ("行政诉讼案件为零"),
 * unless the negation is of one cause or kind
 * ("没有因…引发", "此类") or names a correction (纠错, 撤销, 败诉…) or a fault (失误, 差错…) rather than the cases.
 */
import type { Candidate } from './candidate'
import type { Sentence } from './engine'
import { termBefore, type CompiledRule, type TermHit } from './rules'
import { clauseWalker, inSpans, type Span } from './structure'
import type { NumberToken } from './numbers'
import { OTHERS_SUBJECT } from './objects'
import { TIME_LEAD } from './clauseSubjects'

// (A bare digit zero after 为 states none too: "新收…申请为0"; 未 right before a term that is itself the outcome, 均未败诉, too, and
// 未被 before it with what else did not happen or who would have judged between: 均未被纠错或败诉, 未被法院判决败诉; 未曾 as 未: 未曾收到.)
// (为 is looked behind from after the 0: a lookbehind ahead of its text, which V8 tries at every position, took 4x as long.)
const NEGATOR = /无|没有|零|0(?<=为0)(?![0-9.．])|未有|未曾?(?:发生|出现|收到|受理|接到|办理|作出|做出)|未(?=败诉)|未被(?=[^,，;；。\d]{0,14}?败诉)/g
/** Whether a sentence holds any negator (a sentence without figures is only read for these). */
export const NEGATOR_ANY = /无|没有|零|未有|未曾?(?:发生|出现|收到|受理|接到|办理|作出|做出|败诉)|未被[^,，;；。\d]{0,14}?败诉/
const NEGATION_SPOILER = /纠错|撤销|败诉|被纠正|确认违法|违法行为/
/** A fault of the term's object right after it ("没有发生重大决策失误", "未出现依申请公开答复差错"): no fault, not none of the object. */
const FAULT = /^[^,，;；。\d]{0,4}?(?:失误|差错|过错|偏差|错误)/
/**
 * A negation of one cause or kind ("没有因…引发", "也没有此类诉讼", "未发生相关复议"), or of a path not taken ("没有经过复议就起诉": a suit
 * brought without a review): not none at all.
 */
const NEGATION_SCOPE = /因|引发|引起|导致|此类|该类|这类|相关|上述|不服|^经过?$/
/** A negation about a span since some start or over several years (改革以来, 近三年, 连续五年, 历年): not the year's none. */
const SINCE = /以来|历年|(?:近|连续)[0-9一二三四五六七八九十]+年|累计/
/** The report's own year counted to date (今年以来, 本年度以来, 年初以来, 2023年以来 in a 2023 report): the year, no span (r55c). */
const YEAR_SO_FAR = /(?:今年|本年度?|年初|((?:19|20)\d{2})年度?)以来/g
/** SINCE in `words` once the report's own year counted to date is taken out (an earlier year's 以来 stays a span). */
const spansYears = (words: string, year: number | null) =>
  SINCE.test(words.replace(YEAR_SO_FAR, (m, y?: string) => (y && Number(y) !== year ? m : '')))
const NOT_ONE = /^(?:一|1)(?:件|起|例|宗|个)(?!因)/
/** A 一 right after a negator and its verb ("没有接到一件…请求", "未发生一起…"): not one, none (negationCandidates reads it). */
const NEGATED_ONE = /(?:没有|未|无)(?:收到|接到|受理|发生|出现|办理|作出|做出)?(?:过|了)?$/
export const negatedOne = (text: string, tok: NumberToken): boolean =>
  tok.value === 1 && tok.start === tok.numStart && text[tok.numStart] === '一' && NEGATED_ONE.test(text.slice(Math.max(0, tok.start - 6), tok.start))
/**
 * Who made the requests, named between the negator and them, with their verb ("未收到公民、法人或其他组织提出的…申请") or by their kinds
 * alone with 的 ("没有收到自然人、公司、企业或社会团体的…申请", "未收到任何自然人、法人的…"): still none at all (r56d).
 */
const APPLICANT_KIND = '(?:自然人|公民|个人|群众|法人|企业|公司|社会团体|社会组织|其他组织|组织|单位)'
const APPLICANTS = new RegExp(`^(?:[^,，;；。]{1,16}?(?:提出|提交|递交)的|(?:任何)?${APPLICANT_KIND}(?:(?:或者?|和|及|与|、)${APPLICANT_KIND}){0,5}的)(?:依申请)?$`)
/** A kind coordinated before the term ("没有一件执法行为引发行政复议或行政诉讼"): the negation reaches the term past it. */
// (Read on the gap's last 10 characters, its longest match: the regex is not tried at every position of a long gap.)
const COORDINATED = /[\u4e00-\u9fff]{2,8}(?:或者?|、|及|和|与)$/

/** The count stated as zero after its term: "行政诉讼案件为零", "败诉案件数均为零" (not 为零星…). */
const ZERO_AFTER = /(?:数量?)?(?:均|仍|依然)?为(?:零|0)$/
const ZERO_MAX = 6

/**
 * Where a negative statement may stand: just after the negator (`at`), in the clause `cs`..`ce`; `zero`, the length of a
 * zero's words ending there ("…案件为零"), or 0. Read once per sentence, for every rule that reads negations.
 */
export interface NegationAnchor { at: number; cs: number; ce: number; zero: number }

/** Where a negative statement may stand in a sentence: just after 无/未发生/没有…, outside obligations. */
export function negationAnchors(text: string, sentence: Span, governed: Span[]): NegationAnchor[] {
  const out: NegationAnchor[] = []
  const s = text.slice(sentence.start, sentence.end)
  const clause = clauseWalker(text, sentence)
  NEGATOR.lastIndex = 0
  for (let m = NEGATOR.exec(s); m; m = NEGATOR.exec(s)) {
    const at = sentence.start + m.index + m[0].length
    if (inSpans(governed, at)) continue // "确保不发生…" is a target, not a result
    const { start: cs, end: ce } = clause(at)
    // (ZERO_AFTER is anchored at the clause's end and at most ZERO_MAX long: only that tail is read.)
    const zero = /[\u4e00-\u9fff]/.test(text[at] ?? '') ? null : ZERO_AFTER.exec(text.slice(Math.max(cs, at - ZERO_MAX), at))
    out.push({ at, cs, ce, zero: zero ? zero[0].length : 0 })
  }
  return out
}

/** What may stand before such a term in its clause: the year and the author (全局, 局机关, 系统内), nothing that narrows the cases ("政府信息行政复议…为零"). */
/**
 * (The stage the count was taken at — 新收, 收到, 受理, also with 的: 本年新收的…申请数量为0 — narrows nothing: none received is none;
 * nor does the stage after it joined to it, 收到和处理的…申请数量为0 (r57e).)
 */
const PLAIN_LEAD = /^(?:\d{4}年度?|全年|今年|本年度?|年内|[本我全]?(?:局|单位|机关|系统)(?:机关|本级|内)?|[本我][市区县镇乡]|全[市区县]|行政(?:诉讼|应诉|复议)|(?:新收|收到|接到|受理)(?:[和及并与](?:处理|办理|答复))?的?|[,，\s])*$/

/**
 * A list of kinds whose zero they share ("行政复议、行政诉讼案件均为零"): an earlier kind's term is followed by the later ones up to the
 * zero (LIST_REST), a later kind's is led by the earlier ones (LIST_ITEMS, taken off the lead before PLAIN_LEAD reads it).
 */
const LIST_REST = /(?:[、和及与或](?:行政)?(?:诉讼|应诉|复议))+(?:案件)?(?:数量?)?$/
const LIST_MAX = 24
const LIST_ITEMS = /(?:行政)?(?:诉讼|应诉|复议)(?:案件)?[、和及与或]/g

/** `year`: the report's year, when known (its own 2023年以来 is the year's). */
export function negationCandidates(text: string, rule: CompiledRule, sentence: Sentence, anchors: NegationAnchor[],
  year: number | null = null): Candidate[] {
  const out: Candidate[] = []
  const strong = rule.terms.slice(0, rule.weakFrom)
  for (const anchor of anchors) {
    const cs = anchor.cs
    let hit: TermHit | null
    let ce = anchor.ce
    if (anchor.zero) {
      // "X案件为零": the term ends where the zero's words begin, with only the year and the author before it.
      const zeroAt = anchor.at - anchor.zero
      ce = anchor.at
      const rest = LIST_REST.exec(text.slice(Math.max(cs, zeroAt - LIST_MAX), zeroAt))
      hit = termBefore(text, { terms: strong, window: rest ? rest[0].length : 0 }, cs, zeroAt)
      if (!hit || !(hit.end === zeroAt || (rest && hit.end === zeroAt - rest[0].length)) || !PLAIN_LEAD.test(text.slice(cs, hit.start).replace(LIST_ITEMS, ''))) continue
    } else {
      hit = termBefore(text, { terms: strong, window: ce - anchor.at }, anchor.at, ce)
      if (!hit) continue
      const gap = text.slice(anchor.at, hit.start)
      if (gap.length - (COORDINATED.exec(gap.slice(-10))?.[0].length ?? 0) > 12 && !APPLICANTS.test(gap.replace(/^(?:收到|接到|受理)/, ''))) continue
      // "没有因依申请公开引发行政复议": none of one cause, not none at all.
      // "没有一件引发行政复议": not one (of all the cases) led to one — none at all.
      if (NEGATION_SCOPE.test(gap) && !NOT_ONE.test(gap)) continue
    }
    const after = text.slice(hit.end, ce)
    if (NEGATION_SPOILER.test(after) || FAULT.test(after)) continue
    const at = anchor.at
    // "改革以来…零败诉": none over a span of years, not the year's; "各乡镇…均未败诉": other bodies' none.
    if (spansYears(text.slice(cs, at), year) || OTHERS_SUBJECT.test(text.slice(cs, at).replace(TIME_LEAD, ''))) continue
    out.push({
      indicatorId: rule.indicator.id, value: 0, low: null, high: null, qualifier: 'exact', start: cs, end: ce,
      score: 50, termLength: hit.end - hit.start, token: null, paragraph: sentence.paragraph,
      sentence: sentence.period, scoped: false, subItem: false, via: 'negation', distance: Math.max(0, hit.start - at), change: false,
    })
  }
  return out
}

/** A none stated alone, after at most the year (无, 本年度无, 暂无): the heading right above it says none of what. */
const BARE_NONE = /^\s*(?:(?:\d{4}年度?|全年|本年度?|今年|年内)[,，]?)?(?:暂无|无|没有)[。；;.]?\s*$/
/** A numbered heading (（二）…, 三、…, 2.…): short, with no stop or comma; a colon may close it, the none following on its line. */
const NUMBERED_HEADING = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[^。；;，,:：\n]{2,40}/

/** A line with no numbering that is a heading all the same: short, with no punctuation at all (依申请公开情况). */
const PLAIN_HEADING = /^\s*[^。；;，,:：、\s]{2,30}\s*$/

/**
 * The heading a none stands alone under: the numbered or plain heading line right above a line that is only the none ("（二）依申请公开
 * 办理情况\n无。"), or the numbered heading its own line opens before a colon ("（四）行政复议情况：无"); null for any other sentence.
 */
export function noneHeading(text: string, sentence: Span, paragraph: number): Span | null {
  const lineEnd = text.indexOf('\n', sentence.end)
  const line = text.slice(paragraph, lineEnd < 0 ? text.length : lineEnd)
  const own = NUMBERED_HEADING.exec(line)
  if (own) {
    const rest = line.slice(own[0].length)
    return /^[:：]/.test(rest) && BARE_NONE.test(rest.slice(1)) ? { start: paragraph, end: paragraph + own[0].length } : null
  }
  if (!BARE_NONE.test(line) || paragraph < 2) return null
  const start = text.lastIndexOf('\n', paragraph - 2) + 1
  const line2 = text.slice(start, paragraph - 1)
  const above = NUMBERED_HEADING.exec(line2)
  return (above && start + above[0].length === paragraph - 1) || PLAIN_HEADING.test(line2) ? { start, end: paragraph - 1 } : null
}

/**
 * 0 for the rule whose term the heading a none stands under names (noneHeading), unless the heading narrows it to one cause or kind
 * (因政府信息公开引起的行政复议…), to a correction or a fault after the term (行政诉讼败诉情况 for suits), or to a span of years.
 */
export function headingNoneCandidates(text: string, rule: CompiledRule, sentence: Sentence, heading: Span): Candidate[] {
  const hit = termBefore(text, { terms: rule.terms.slice(0, rule.weakFrom), window: heading.end - heading.start }, heading.start, heading.end)
  if (!hit) return []
  const words = text.slice(heading.start, heading.end)
  const after = text.slice(hit.end, heading.end)
  if (NEGATION_SCOPE.test(words) || SINCE.test(words) || NEGATION_SPOILER.test(after) || FAULT.test(after)) return []
  return [{
    indicatorId: rule.indicator.id, value: 0, low: null, high: null, qualifier: 'exact', start: heading.start, end: sentence.end,
    score: 50, termLength: hit.end - hit.start, token: null, paragraph: sentence.paragraph,
    sentence: sentence.period, scoped: false, subItem: false, via: 'negation', distance: sentence.start - hit.end, change: false,
  }]
}

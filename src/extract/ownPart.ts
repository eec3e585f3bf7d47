/**
 * The author's own part of a total it states for its area, its system or several bodies (其中本局…, 市本级…, 其中由司法部办结的…):
 * the figure the report counts as the author's, read in place of the total (engine.ts).
 */
import type { NumberToken } from './numbers'
import type { Sentence } from './engine'
import type { Span } from './structure'
import { isChange } from './changes'
import { levelOfKind } from './authorLevel'

/**
 * The author's own part right after a total ("全县合计收到复议申请120件，其中本局8件", "其中涉及本局的7件", "其中交本局办理18件", "共交办提案111件，
 * 其中交区政府系统办理的108件", "全县行政诉讼案件142件，其中以县政府为被告的27件", "其中县政府作为被告的36件"), also in an aside ("…500次（其中市局本级36次）"): what
 * the report counts.
 */
const OWN_PART = /^[,，;；（(]?其中(?:由)?(?:涉及|针对|以|交)?(?:(?:本|我)(?:局|单位|机关|委|办|部门|厅|部|中心|镇|乡|街道|院|所|队)(?![下所直]属)|[^,，;；。\d]{0,4}本级|交?[区县市旗镇乡]?(?:人民)?政府系统|[区县市旗镇乡]?(?:人民)?政府(?=(?:为|作为)(?:被告|被申请人)))[^,，;；。\d]{0,12}$/

/**
 * The author's own part in the clause right after an area's or a system's total, with or without 其中 ("全市…共办理申请2300件，
 * 本机关办理156件", "…，省局本级办理87件", "全系统…96期，其中局机关举办9期", "全市司法行政系统…，其中市局组织开展56场", in an aside "…500次（我局36次）"): the organ
 * short-named (市局, 局机关) is the author when the total is its area's or its system's; after the author's own total it is a part.
 */
const OWN_AFTER_AREA = /^[,，;；（(](?:其中)?(?:由)?(?:(?:本|我)(?:局|单位|机关|委|办|部门|厅|部|中心|镇|乡|街道|院|所|队|县|区|旗)|[^,，;；。\d]{0,4}本级|[^,，;；。\d]{0,2}[局厅委部]机关|[省市县区州旗]局|省厅)[^,，;；。\d]{0,12}$/
/**
 * The author's own city or province after a wider area's figure ("全国…全程网办率平均为78%，我市达到92%" in a city's report): the author's,
 * when it is of that level (in a county's report 我市 is the city above it).
 */
const OWN_AREA_AFTER = /^[,，;；（(](?:其中)?(?:本|我)([市省])[^,，;；。\d]{0,12}$/
const AREA_LEVEL: Record<string, number> = { 省: 1, 市: 2 }
/**
 * A level's government after its area's total ("全县共受理政府信息公开申请63件，其中县级政府受理并答复6件" in a county government's
 * report): the author's own part when the level is the author's (in a city's report 县级政府 are the counties').
 */
const OWN_LEVEL_GOV = /^[,，;；（(]?其中[,，]?([省市州盟县区旗乡镇])级(?:人民)?政府(?!部门|所属|各)[^,，;；。\d]{0,12}$/
/** A total's lead that names an area or a whole system (全省, 各级, 应急管理系统). */
const AREA_LEAD = /全[国省市县区州旗]|各级|系统/
/** The same, with an area's organisations (全区各级人民调解组织): a total a named organ's own part may follow. */
const AREA_TOTAL = /(?:全[国省市县区州]|各级)[^,，;；。]{0,10}?(?:部门|机关|机构|单位|组织)/
/**
 * A part one named organ did ("其中由司法部办结的…", "其中，由市司法局承办的…", "其中由应急管理部直接查办的…", "其中，省司法厅办理…"), or the author
 * itself ("全市各级行政机关合计1320件，其中本局受理行政复议申请34件").
 */
const NAMED = '其中[,，:：]?(?:由?(?!由|公安|法院|人民法院|检察|纪检|监察)[^,，;；。\\d]{1,12}?(?:部|厅|局|委|办|办公室|政府)(?:直接|本级)?(?:办结|办理|承办|受理|审结|审理|查办|查处|作出|调解成功|化解)的?|由?[本我](?:局|委|厅|办|部|机关|单位|部门|中心|镇|乡|街道|院|所|队)(?![下所直]属)|[^,，;；。\\d]{0,10}?(?:部|厅|局|委|政府)本级)'
/** How far back in its paragraph a part that opens its sentence looks for its total. */
const PART_REACH = 300
const NAMED_PART = new RegExp(`^${NAMED}`)
/** The same part with no term of its own ("…共调解成功矛盾纠纷3120件，其中由区司法局调解成功的45件"). */
const NAMED_BARE_PART = new RegExp(`^[,，;；]?${NAMED}[^,，;；。\\d]{0,12}$`)

/**
 * Whether a sub-figure is the part one named organ did of a total of the bodies of all levels ("全国各级复议机构新收案件
 * 31.5万件…，其中由司法部办结的国务院复议案件4644件"): an area's report singles out one organ for what it did itself, and
 * that is the author's own count (a part by kind or by channel, "其中简易程序…", stays a part).
 */
export function namedOwnPart(text: string, sentence: Sentence, part: Span, figure: number): boolean {
  if (!NAMED_PART.test(text.slice(part.start, figure))) return false
  // (one that opens its sentence names the total of the sentences before it in its paragraph: "…共收到申请469件…。其中市政府本级受理…142件")
  const from = part.start > sentence.period ? sentence.period : Math.max(sentence.paragraph, part.start - PART_REACH)
  return AREA_TOTAL.test(text.slice(from, part.start))
}

/**
 * Whether `between`, the words before a figure after a total whose lead is `lead`, opens the author's own part of it; `named`: also a
 * part one named organ did (NAMED_BARE_PART), which only the figure right after its total is read as.
 */
function ownLead(between: string, lead: string, level: number | null, named = true): boolean {
  const area = OWN_AREA_AFTER.exec(between)
  const gov = OWN_LEVEL_GOV.exec(between)
  return OWN_PART.test(between) || (gov !== null && levelOfKind(gov[1]) === level) || (named && NAMED_BARE_PART.test(between) && AREA_TOTAL.test(lead)) ||
    ((OWN_AFTER_AREA.test(between) || (area !== null && AREA_LEVEL[area[1]] === level)) && AREA_LEAD.test(lead))
}

/** The token of the author's own part right after figure `k` of the sentence, if the text states one. */
export function ownPart(text: string, sentence: Sentence, k: number): NumberToken | null {
  // (a change of the total stated between them is passed over: "…共收到申请2860件，较上年增长12%，其中市政府本级收到420件")
  let j = k + 1
  while (j < sentence.tokens.length && sentence.tokens[j].unit === '%' && isChange(text, sentence.tokens[j], sentence.start)) j++
  const next = sentence.tokens[j]
  const lead = text.slice(sentence.period, sentence.tokens[k].start)
  // (the last total of its clause, the author's part opening the next clause after its ；: "全省…系统共下达处罚决定书3120件；其中省厅
  // 直接查办12件" — the figure right after it, of the same measure)
  if (!next) {
    const after = sentence.following[0]
    return after && after.unit === sentence.tokens[k].unit && /^[^,，;；。\d]{0,4}[；;]/.test(text.slice(sentence.tokens[k].end, after.start)) &&
      ownLead(text.slice(sentence.tokens[k].end, after.start).replace(/^[^；;]*/, ''), lead, sentence.level, false) ? after : null
  }
  const parallel = parallelPart(text, sentence, k, lead)
  if (parallel !== undefined) return parallel
  if (next.unit !== sentence.tokens[k].unit) return runsPart(text, sentence, k, j, lead)
  return ownLead(text.slice(sentence.tokens[j - 1].end, next.start), lead, sentence.level) ? next : stagesPart(text, sentence, k, lead)
}

/**
 * The author's own part opening the ；-part after a total's stages ("全年共受理申请57件，同比增长71.9%，已答复54件，3件转入下一年度办理；
 * 其中县级政府受理并答复6件"): its first figure, of the total's measure, within RUN figures of the total.
 */
function stagesPart(text: string, sentence: Sentence, k: number, lead: string): NumberToken | null {
  // (the ；-part is the next clause's: its first figure is the sentence's `following`)
  const t = sentence.following.length ? [...sentence.tokens, sentence.following[0]] : sentence.tokens
  for (let f = k + 2; f < t.length && f <= k + RUN + 1; f++) {
    const between = text.slice(t[f - 1].end, t[f].start)
    if (/。/.test(between)) return null
    const part = /[；;]([^；;]*)$/.exec(between)
    if (part) return t[f].unit === t[k].unit && ownLead(part[1], lead, sentence.level, false) ? t[f] : null
  }
  return null
}

/** How many figures a run of totals, and the run of the own part after it, holds at most. */
const RUN = 3
/** What parts two figures into two runs: a breakdown's 其中, a ； or a 。, an aside (…220起（市本级18起），作出…). */
const RUN_BREAK = /其中|[；;。（()）]/

/**
 * The author's own part of one of a run of totals when the own part after it gives as many figures ("全县共发生行政复议案件126件、
 * 行政诉讼案件48件，其中县本级行政复议案件36件、行政诉讼案件12件"): the figure in the same place of its run, when of the same measure
 * (null when not); undefined when the runs are not so parallel. (A named organ's part, 其中县市场监管局办理620件, is no run's: it may be
 * one of the bodies the total counts, not the author.)
 */
function parallelPart(text: string, sentence: Sentence, k: number, lead: string): NumberToken | null | undefined {
  const t = sentence.tokens
  const parted = (i: number) => RUN_BREAK.test(text.slice(t[i - 1].end, t[i].start))
  let s = k
  while (s > 0 && k - s < RUN && !parted(s)) s--
  let f = k + 1
  for (; f < t.length && f - s <= RUN; f++) {
    if (ownLead(text.slice(t[f - 1].end, t[f].start), lead, sentence.level, false)) break
    if (parted(f)) return undefined
  }
  const n = f - s
  if (f >= t.length || n < 2 || n > RUN) return undefined
  let e = f
  while (e + 1 < t.length && e + 1 - f < n && !parted(e + 1)) e++
  if (e + 1 - f !== n) return undefined
  const p = t[f + k - s]
  return p.unit === t[k].unit ? p : null
}

/**
 * The author's own part of one of a run of totals in other measures ("全县共查处违法案件312件，罚没款286万元，其中本局查处案件86件、
 * 罚没款120万元"): the first figure of the total's measure in the part that opens after the run (`j`, the figure after `k`), before
 * the next ； or 。; none when the total's measure comes again before the part opens.
 */
function runsPart(text: string, sentence: Sentence, k: number, j: number, lead: string): NumberToken | null {
  const t = sentence.tokens
  for (let f = j; f < t.length && f <= k + RUN; f++) {
    if (ownLead(text.slice(t[f - 1].end, t[f].start), lead, sentence.level, false)) {
      for (let p = f; p < t.length && p <= f + RUN && !/[；;。]/.test(text.slice(t[f].start, t[p].start)); p++) if (t[p].unit === t[k].unit) return t[p]
      return null
    }
    if (t[f].unit === t[k].unit) return null
  }
  return null
}

/**
 * Stretches of a sentence that speak of a part of the year, not the whole of it: a month, a quarter or a half
 * ("仅5月份…", "上半年…"), the year to a month before its last (1至5月), a span of months across two years, or a
 * campaign's span named before a 期间 clause. Their figures are that part's (./periodScope.ts, ./scopeCarry.ts).
 */
import { isClauseBreak, type Span } from './structure'
import { occursIn } from './sentenceMarks'
import { parseChineseNumeral } from './numerals'
import { authorOpens } from './ownClause'

/**
 * A clause about one month ("仅5月份…受理纠纷29件", "其中10月达到89%", "12月开展普法活动42场": not a day, 12月4日, nor 7月， as an event's dateline) or one part of the year, after the author's name or not
 * ("上半年受理…", "2023年上半年，…", "其中第三季度…", "一季度开展学法2次", 前三季度, 今年前5个月), or a total to a date in its first half
 * ("今年截至3月13日，已受理…", corpus README: 截至2月17日 is not the year's), or a few months of a campaign (集中整治的一个月内，…), or one
 * dated act (12月4日国家宪法日当天开展…, 于6月15日对一家企业作出…, 11月20日在广场举办…, 于5月12日举办…, with the people at it in the
 * clauses after): not a range (1至10月), a date alone (5月20日)
 * or a total to a later date (截至11月).
 */
const MONTH_LEAD = /^\s*(?:(?:本|我)?局|(?:本|我)(?:厅|委|办|机关|单位))?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:上午|下午|晚上?)?[,，]|于?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?(?:[^,，;；。\d]{0,8}?(?:当天|当日)|[对在])|于(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?(?:举办|开展|组织|召开|举行)|(?:仅|单|光|其中)(?:在)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|(?=[\u4e00-\u9fff]))|(?:今年|本年|\d{4}年)?(?:仅|其中)?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度)|(?:今年|本年|\d{4}年)?前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)?当月|(?:今年|本年|\d{4}年)?截[至止](?:今年|本年|\d{4}年)?(?:[1-6]|[一二三四五六])月(?:\d{1,2}日|底|末|份)?|[^,，;；。\d]{0,8}?(?:[一两二三四五六七八九]|十[一]?|\d{1,2})个月(?:内|里|时间里)|一夜(?:之间)?|单[日月](?:最多|最高)?|[“"]?(?:国庆|春节|元旦|中秋|端午|清明|五一|节假日|两节|暑期|寒假|暑假)(?:[、和及与](?:国庆|春节|元旦|中秋|端午|清明|五一))?[”"]?节?(?:期间|前后|前夕|前|假期|长假)|汛期)(?![至到—–\-~－、和与及]|底|末|初|以来|起|[0-9一二三四五六七八九十]{1,3}日)/
/**
 * A clause that opens with a span of months from one year into another, shorter than a year ("2021年11月至2022年7月，…"): that
 * span's, not a year's. Twelve months across the turn of a year (2023年12月至2024年11月) are a statistical year, the report's.
 */
const CROSS_YEAR_LEAD = /^\s*(?:自|从|在|于)?(\d{4})年(\d{1,2})月(?:\d{1,2}日)?(?:起)?\s*[至到—–\-~－]\s*(\d{4})年(\d{1,2})月/
function crossYearLead(head: string): boolean {
  const m = CROSS_YEAR_LEAD.exec(head)
  if (!m || m[1] === m[3]) return false
  return (Number(m[3]) - Number(m[1])) * 12 + Number(m[4]) - Number(m[2]) + 1 < 12
}
/**
 * A clause that opens with the year to a month before its last ("1至5月，全县办理…", "今年1—4月全国共下达…", corpus README: 1至5月
 * and 1至4月 are not the year's), or a half of the year to date (上半年以来): that part's. 1月至12月 is the year; a span that starts
 * later (10月至12月开展集中整治，…) names a campaign's time, read by duringSpans.
 */
const SPAN_LEAD = /^\s*(?:今年|本年|\d{4}年)?(\d{1,2}|[一二三四五六七八九十]{1,2})(?:月份?)?\s*[至到—–\-~－]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})月(?!\d{1,2}日)/
/**
 * Since a month of the year's second half (11月以来…, 自9月起，…): those few months, not the year, as a total to a date in its first
 * half is not (截至3月…). Since an earlier month (3月以来) the span is most of the year, read as 今年以来 is.
 */
const LATE_MONTH_SINCE = /^\s*(?:今年|本年|\d{4}年)?(?:自|从)?(?:[7-9]|1[0-2]|[七八九十]|十[一二])月(?:份|上旬|中旬|下旬|初|底|末)?(?:以来|起(?!草))/
/** A half of the year counted to date ("上半年以来共调处…"): a part of the year, unlike 今年以来. */
const HALF_SINCE = /^\s*(?:今年|本年|\d{4}年)?[上下]半年以来/
/**
 * A clause that opens with a span of months of the year, any but the whole (3月至6月, 在6月至8月的…), and names a campaign run in it
 * (…开展…专项整治，…; 在…的…专项行动中，…) or a drive or sweep (7至9月开展矛盾纠纷集中排查，…): that campaign's figures, as after its 期间.
 */
const CAMPAIGN_MONTHS = /^\s*(?:在|于|从|自)?(?:今年|本年|\d{4}年)?(\d{1,2}|[一二三四五六七八九十]{1,2})(?:月份?|月\d{1,2}日)?\s*(?:起)?\s*[至到—–\-~－]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|\d{1,2}日)?[^,，;；。\d]{0,30}?(?:整治|行动|治理|专项|攻坚|会战|大检查|集中|排查)/
/** The months a span lead names (SPAN_LEAD), or null. */
function leadMonths(head: string): [number | null, number | null] | null {
  const m = SPAN_LEAD.exec(head)
  return m ? [m[1], m[2]].map((n) => (/\d/.test(n) ? Number(n) : parseChineseNumeral(n))) as [number | null, number | null] : null
}
function spanLead(head: string): boolean {
  const months = leadMonths(head)
  if (!months) return HALF_SINCE.test(head)
  const [from, to] = months
  return from === 1 && to !== null && to < 12
}
/** A campaign's months opening `clause` (CAMPAIGN_MONTHS; `head` its first characters): not the whole year, nor the year to a month (spanLead). */
function campaignMonths(head: string, clause: string): boolean {
  const months = leadMonths(head.replace(/^\s*(?:在|于|从|自)/, ''))
  return months !== null && months[0] !== null && months[1] !== null && months[0] !== 1 && CAMPAIGN_MONTHS.test(clause)
}
/** The words of MONTH_LEAD's forms without 月/季/半 (a night, a day, a holiday or the days before it, a flood season); each holds one of 夜日期假后前. */
const SHORT_WORDS = /一夜|单日|汛期|假期|长假|期间|前后|前夕|(?:国庆|春节|元旦|中秋|端午|清明|五一|两节|节)前/
/** A clause that returns to the whole year ("全年…", "2023年…"). */
const YEAR_AGAIN = /^\s*(?:全年|今年|年内|本年|\d{4}年)(?!度?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度))/

/**
 * Stretches of `sentence` about a single month, half or quarter, or a span of months across two years: from a clause that opens with one to
 * the next clause that returns to the whole year. Such a figure is a part of the year's, not its total;
 * so are those of the clauses after ； that go on from it ("今年前5个月，…；…现场检查2.6万家次").
 */
export function monthSpans(text: string, sentence: Span, carried = false): Span[] {
  // (`carried`: the sentence goes on, after ；, from one whose month clause ran to its end: it opens inside it.)
  // (every MONTH_LEAD form holds one of these; SHORT_WORDS is tried only where one of its characters stands: most sentences hold none)
  if (!carried && !occursIn(text, sentence, '月季半') && !(occursIn(text, sentence, '夜日期假后前') && SHORT_WORDS.test(text.slice(sentence.start, sentence.end)))) return []
  const out: Span[] = []
  let from = carried && !YEAR_AGAIN.test(text.slice(sentence.start, sentence.start + 12)) ? sentence.start : -1
  // (a campaign's months end, too, where a clause restarts with the author: 10月至12月开展集中整治，本局查处… is the author's year)
  let campaign = false
  for (let at = sentence.start; at < sentence.end; at++) {
    if (at > sentence.start && !isClauseBreak(text.charCodeAt(at - 1))) continue
    const head = text.slice(at, Math.min(sentence.end, at + 12))
    if (from < 0 && (MONTH_LEAD.test(head) || LATE_MONTH_SINCE.test(head) || spanLead(head) || crossYearLead(text.slice(at, Math.min(sentence.end, at + 24))))) from = at
    else if (from < 0 && campaignMonths(head, text.slice(at, Math.min(sentence.end, at + 48)))) { from = at; campaign = true }
    else if (from >= 0 && (YEAR_AGAIN.test(head) || (campaign && authorOpens(text, at)))) { out.push({ start: from, end: at }); from = -1; campaign = false }
  }
  if (from >= 0) out.push({ start: from, end: sentence.end })
  return out
}

/** A span shorter than the year a campaign ran ("为期两个月", "为期10天", "9月1日至10月底"; 1月至12月 is the year). */
const SHORT_SPAN = /为期[\d一二三四五六七八九十两半]{1,3}个?(?:月|天|日|周|星期|旬)|(?<!\d)(\d{1,2})月(?:\d{1,2}日)?(?:至|到|—|－|-|~)(\d{1,2})月/g
/** A clause that opens with "during it" (期间, 活动期间, 在此期间, 其间): it speaks of the span named before it. */
const DURING = /^\s*(?:活动|行动|此|在此|整治|攻坚|专项行动)?期间|^\s*其间/
/**
 * A clause that opens with a named campaign's or week's period (“百日攻坚”专项行动期间, “春雷行动”期间, “夏季百日攻坚”期间, 宪法宣传周期间, 安全生产月活动期间, 开展“安全生产月”活动期间, “安全生产月”期间, “质量月”期间,
 * 夏季消防检查期间),
 * with what was done in it (全省“铁拳”行动中, “雷霆”专项整治中) or its total (全国“清朗”专项行动共…, “亮剑”行动共…): its figures are the campaign's.
 */
const NAMED_DURING = /^\s*[^,，;；:：。\d]{0,16}?(?:(?:(?:行动|攻坚)[”"’]?|专项整治|集中整治|检查|(?:宣传|活动)?[周月][”"’]|(?:宣传|活动)[周月]|[周月][”"’]?活动)期间|(?:行动[”"’]?|专项整治|集中整治|专项治理)中(?!心)|行动[”"’]?(?:共|累计|合计))/
/**
 * A clause that opens by launching a campaign whose name gives a span shorter than the year (开展安全生产“百日攻坚”行动，…; 组织“30天”
 * 集中整治，…; 开展冬季专项整治，…): the clauses after it tell that campaign's figures, as a 期间 clause after its span does.
 */
const SHORT_CAMPAIGN = /^\s*(?:深入|集中|持续|全面)?(?:开展|组织|启动|部署|实施)了?[^,，;；。\d]{0,16}?(?:百日|[一二三四五六七八九十两\d]{1,3}(?:天|日|个月)|[春夏秋冬]季|冬春|春夏|夏秋|秋冬)[^,，;；。\d]{0,12}?(?:行动|整治|攻坚|会战|大检查)[”"’]?(?:专项)?(?:行动|活动)?(?=[,，])/
/** What NAMED_DURING's forms without 期 name (…行动中, …专项整治中, …行动共). */
const CAMPAIGN_WORD = /行动|整治|治理/
/** How far back in its paragraph the span a 期间 clause refers to is looked for. */
const DURING_REACH = 300

/** Whether the text before a 期间 clause names a span shorter than the year. */
function shortSpanBefore(before: string): boolean {
  SHORT_SPAN.lastIndex = 0
  for (let m = SHORT_SPAN.exec(before); m; m = SHORT_SPAN.exec(before)) if (!m[1] || !(m[1] === '1' && m[2] === '12')) return true
  return false
}

/**
 * Stretches of `sentence` that speak of a campaign's span, shorter than the year, named before them in the
 * paragraph ("开展为期两个月的排查化解行动。…，期间开展法治宣传3次"): from the clause that opens with 期间 to the
 * next clause that returns to the whole year. Their figures are the campaign's, a part of the year's.
 */
export function duringSpans(text: string, sentence: Span, paragraph: number): Span[] {
  if (!occursIn(text, sentence, '期其') && !CAMPAIGN_WORD.test(text.slice(sentence.start, sentence.end))) return []
  for (let at = sentence.start; at < sentence.end; at++) {
    const aside = at > sentence.start && (text[at - 1] === '（' || text[at - 1] === '(')
    if (at > sentence.start && !isClauseBreak(text.charCodeAt(at - 1)) && !aside) continue
    const named = NAMED_DURING.test(text.slice(at, Math.min(sentence.end, at + 24))) || SHORT_CAMPAIGN.test(text.slice(at, Math.min(sentence.end, at + 40)))
    if (!named && !DURING.test(text.slice(at, Math.min(sentence.end, at + 8)))) continue
    if (!named && !shortSpanBefore(text.slice(Math.max(paragraph, at - DURING_REACH), at))) return []
    // (one opening an aside ends with it: "…34期（宪法宣传周期间…17期）")
    const close = aside ? text.slice(at, sentence.end).search(/[）)]/) : -1
    if (close >= 0) return [{ start: at, end: at + close }]
    let end = at + 1
    while (end < sentence.end && !(isClauseBreak(text.charCodeAt(end - 1)) && YEAR_AGAIN.test(text.slice(end, end + 12)))) end++
    return [{ start: at, end }]
  }
  return []
}

/**
 * Periods shorter than the year that a whole report, a campaign or one event sets for the figures after it
 * (see scope.ts for the clause-level forms: a month's clause, an earlier year, 期间 after a campaign's span):
 * - a report that covers a part of the year by its title or its lead ("2023年上半年工作汇报", "2024年7月份安全生产执法通报",
 *   "2025年一季度，各区…，现将情况通报如下"): none of its figures is the year's, unless a clause names the whole year;
 * - a campaign counted from its start ("“春雷行动”启动以来，…", "专项整治开展以来…"): the figures after it in its
 *   sentence, and those of the sentences of its paragraph that count to date ("截至目前，…"), are the campaign's; so are those
 *   counted to date in a paragraph dated by a day before December, as a news item is ("3月21日，…。截至目前，…");
 * - one event named before ("2月18日至19日晚，…开展夜查。行动中…", "当晚共检查…"): a clause that refers back to it
 *   ("行动中", "此次行动", "当晚") speaks of that event; a paragraph that opens by referring back to the campaign named before it
 *   ("…为期三个月的专项整治。\n整治中，…。截至目前，…") speaks of it in all its sentences.
 */
import { campaignPart, yearPartFrom } from './scope'
import { earlierYearSpans } from './otherYears'
import { duringSpans } from './partSpans'
import { inSpans, isClauseBreak, type Span } from './structure'
import type { NumberToken } from './numbers'
import { isTarget } from './targets'
import { listedYears } from './respectively'

const PART = '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?![至到—–\\-~－\\d日])|第?[一二三四1-4]季度|上半年|下半年|前三季度)'
/** A title line naming a part of the year as what the report covers (not a range such as 1月至12月). */
const PART_TITLE = new RegExp(`^[^\\n。，,]{0,40}?(?<![至到—–\\-~－\\d])${PART}[^\\n。，,]{0,16}?(?:汇报|总结|通报|报告|分析|小结)`)
/**
 * A lead sentence that opens with a part of the year and announces the report ("2025年一季度，…，现将情况通报如下"), or announces the
 * part's work ("现将2022年第三季度全州政务服务…工作情况报告如下").
 */
const PART_LEAD = new RegExp(`^\\s*(?:(?:\\d{4}年)?${PART}[,，][^\\n。]{0,80}?(?:现将|特将)[^\\n。]{0,12}|(?:现将|特将)(?:\\d{4}年)?${PART}[^\\n。]{0,40}?)(?:汇报|通报|报告|总结)如下`)
/** How far into the text a title or lead is looked for (the letterhead and page chrome come first). */
const LEAD_REACH = 300
/** A clause that names the whole year again ("全年…", "2025年全年…"): in a part-of-year report 今年 is the year so far. */
const WHOLE_YEAR = /^\s*(?:(?:\d{4}年|今年|本年)?全年|年度(?:合计|累计|共))/

let memo: { text: string; part: boolean } | null = null

/** Whether the report covers a part of the year: a line near its start names the part as its subject. */
export function partOfYearReport(text: string): boolean {
  if (memo && memo.text === text) return memo.part
  const part = text.slice(0, LEAD_REACH).split('\n').some((line) => PART_TITLE.test(line) || PART_LEAD.test(line))
  memo = { text, part }
  return part
}

/**
 * A campaign counted from its start: "…行动启动以来", "专项整治开展以来", "攻坚战打响以来", or its name straight before 以来 ("三年行动
 * 以来", "蓝天保卫战以来"); or any work counted over the few days,
 * weeks or months since it began ("春运执法保障启动3天以来", "开展两周以来").
 */
const CAMPAIGN_SINCE = /(?:行动|专项整治|集中整治|专项治理|专项斗争|攻坚战?|会战|保卫战|专项活动)[”"’]?(?:[^,，;；。]{0,12}?(?:开展|启动|实施|部署|打响))?以来|(?:开展|启动|实施|部署|打响|开始)(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:天|日|周|个?月)以来/
/** A sentence that opens with the report's year by name. */
const THIS_YEAR = /^\s*(?:今年|本年|当年|全年)/
/** A sentence that counts to date ("截至目前，…", "目前，…", "至今…"). */
const TO_DATE = /^\s*(?:截[至止](?:目前|今|发稿时)|目前|至今)/
/**
 * A paragraph dated by a day before December, as a news item opens ("3月21日，…", "2025年5月8日，…"; not a span, 1月1日至12月31日): a
 * count to date in it ("截至目前，…") is the year so far, as after a campaign's start.
 */
const DATED_ITEM = /^\s*(?:\d{4}年)?(?:[1-9]|1[01])月\d{1,2}日[,，]/
/** One event referred back to: "行动中", "此次行动", "本次夜查", "当晚", "当天". */
const EVENT_BACK = /^\s*(?:(?:此次|本次|这次|该次)?(?:行动|活动|夜查|检查|整治)中|(?:此次|本次|这次)(?:行动|活动|夜查|检查|整治)|当(?:晚|天|日))/
/**
 * A paragraph that opens by referring back to a campaign ("整治中，", "行动中，", "此次专项行动中，"), and the campaign's noun that must
 * stand before it (in the paragraph before: "…开展为期三个月的专项整治。\n整治中，…。截至目前，…").
 */
const PARAGRAPH_BACK = /^\s*(?:(?:此次|本次|这次|该次)?(?:专项)?(?:行动|整治|治理|活动)(?:中|期间)[,，]|(?:此次|本次|这次)[^,，。]{0,8}?(?:行动|整治|活动)中[,，])/
const CAMPAIGN_NAMED = /行动|整治|专项治理|保卫战|攻坚|会战|专项活动/
/** A day or a few days of the year (a date range "2月18日至19日", or one date's part "12月31日晚"). */
const DAYS = /(?<!\d)\d{1,2}月\d{1,2}日(?:(?:上午|下午|晚上?)?(?:至|到|—|－|-|~)(?:\d{1,2}月)?\d{1,2}日|(?:上午|下午|晚上?|凌晨))/
/** How far back the start of a sentence's period (after the last 。) is looked for. */
const PERIOD_REACH = 500

/** From `at` to the next clause that names the whole year (or the sentence's end). */
function untilWholeYear(text: string, sentence: Span, at: number): Span {
  if (WHOLE_YEAR.test(text.slice(at, at + 12))) return { start: at, end: at }
  let end = at + 1
  while (end < sentence.end && !(isClauseBreak(text.charCodeAt(end - 1)) && WHOLE_YEAR.test(text.slice(end, end + 12)))) end++
  return { start: at, end }
}

/**
 * Stretches of `sentence` whose figures are a part of the year's (see the module comment), with the
 * clause-level campaign spans of scope.ts (`duringSpans`). `paragraph`: where the sentence's paragraph starts.
 */
export function partSpans(text: string, sentence: Span, paragraph: number): Span[] {
  const out = duringSpans(text, sentence, paragraph)
  if (partOfYearReport(text)) out.push(untilWholeYear(text, sentence, sentence.start))
  const own = text.slice(sentence.start, sentence.end)
  const since = own.includes('以来') ? CAMPAIGN_SINCE.exec(own) : null
  // (A period goes on after ；: its earlier parts, and its opening 截至目前, reach this sentence.)
  const reach = Math.max(paragraph, sentence.start - PERIOD_REACH)
  const period = reach + text.slice(reach, sentence.start).lastIndexOf('。') + 1
  if (since) out.push(untilWholeYear(text, sentence, sentence.start + since.index))
  // (a sentence after ； that returns to the year by name, "…以来查处170件；今年本局查处34件", is the year's)
  else if (!THIS_YEAR.test(text.slice(sentence.start, sentence.start + 4)) && (CAMPAIGN_SINCE.test(text.slice(period, sentence.start)) ||
    (TO_DATE.test(text.slice(period, period + 8)) && (CAMPAIGN_SINCE.test(text.slice(Math.max(paragraph, period - PERIOD_REACH), period)) ||
      DATED_ITEM.test(text.slice(paragraph, paragraph + 16)))))) {
    out.push(untilWholeYear(text, sentence, sentence.start))
  }
  // (a paragraph referring back to the campaign before it speaks of that campaign in every sentence: bounded look-backs)
  else if (PARAGRAPH_BACK.test(text.slice(paragraph, paragraph + 16)) && !THIS_YEAR.test(text.slice(sentence.start, sentence.start + 4)) &&
    CAMPAIGN_NAMED.test(text.slice(Math.max(0, paragraph - PERIOD_REACH), paragraph))) {
    out.push(untilWholeYear(text, sentence, sentence.start))
  }
  for (let at = sentence.start; at < sentence.end; at++) {
    if (at > sentence.start && !isClauseBreak(text.charCodeAt(at - 1))) continue
    const back = EVENT_BACK.exec(text.slice(at, at + 8))
    if (!back) continue
    // (the event's days, named before it in its paragraph: bounded, so that a text without line breaks stays linear)
    if (back[0].trim().startsWith('当') || DAYS.test(text.slice(Math.max(paragraph, at - PERIOD_REACH), at))) out.push(untilWholeYear(text, sentence, at))
    break
  }
  return out
}

/**
 * Whether a place of a sentence speaks of the year's own results: not after a span of years or a breakdown (unless the year's
 * part again), not about an earlier year or one month (`months`: those and the other parts of the year), not in a campaign's
 * sentence. A figure there, and a zero stated there ("2022年…，没有败诉"), are that scope's.
 */
export function ownPlaces(text: string, span: Span, ownUntil: number, year: number | null, months: Span[]): (at: number) => boolean {
  if (campaignPart(text, span)) return () => false
  // (a list of years with the report's own among them, whose figures follow 分别, is read by respectively.ts: each its year's)
  const earlier = [...earlierYearSpans(text, span, year).filter((e) => !listedYears(text, e.start, span.end)?.includes(year!)), ...months]
  // The year's own part after a total over years ("…累计1860件，其中今年520件") is the year's again.
  const ownAgain = ownUntil < span.end ? yearPartFrom(text, span, ownUntil, year) : span.end
  return (at) => (at < ownUntil || at >= ownAgain) && !inSpans(earlier, at)
}

/** A sentence's figures that are the year's own results (ownPlaces), not targets. */
export function ownTokens(text: string, span: Span, quantities: NumberToken[], ownUntil: number, year: number | null, governed: Span[], months: Span[]): NumberToken[] {
  const own = ownPlaces(text, span, ownUntil, year, months)
  return quantities.filter((t) => own(t.start) && !isTarget(text, t, span, governed))
}

/** `s` (the text from `offset`) with the stretches `spans` cover blanked out. */
export function outside(s: string, spans: Span[], offset: number): string {
  let out = s
  for (const p of spans) {
    const a = Math.max(0, p.start - offset)
    const b = Math.min(s.length, p.end - offset)
    if (b > a) out = out.slice(0, a) + '　'.repeat(b - a) + out.slice(b)
  }
  return out
}

/**
 * Which year a clause that opens with one speaks for: the stretches of a sentence about another year than the report's
 * (earlier, the year before by name, or a later year's plan), and the year a text that states no report year leads with.
 */
import { isClauseBreak, type Span } from './structure'
import { ownRestart } from './ownClause'
import { occursIn } from './sentenceMarks'

/** A clause that opens with a year ("2023年全年…", "2022年同期…"), unless the year opens a span or a date range. */
const YEAR_LEAD = /^\s*(?:在|于)?(\d{4})年(?!以来|至今|底|末|初|前|后|至|到|[—\-~－]|\s*[、和及与]\s*\d{4}|\d{1,2}月[^,，;；:：。]{0,8}(?:起|以来|至|到|[—\-~－]))/
/** A clause that opens with the year before's figure ("上年同期为40件", "去年全年…", "上年为29件"): a comparison, not the year's. */
const PRIOR_LEAD = /^(?:上年|去年|上一年度?)(?:同期|全年|(?=[为是][\d一二三四五六七八九十两]))|^(?:上年|去年|上一年)(?!度(?:结转|转结|遗留|积存|未|的)|以来|至今|起|开始|[底末])/
/** A clause that returns to the report's year by name ("上年没有结转，本年新收…42件"). */
export const THIS_YEAR_LEAD = /^\s*(?:本年|今年|当年|年内)/
/** An aside giving an earlier year's figure ("（上年为29期）", "(2022年同期28件)"): it ends at its closing bracket. */
const PRIOR_ASIDE = /^[（(](?:上年|去年|上一年度?|\d{4}年)(?:同期|全年)?[为是:：]?[^）)]{0,12}[）)]/
/** The author as a clause's subject before its time (本局2022年…, 我委上年…). */
const OWN_NAME = /^(?:(?:本|我)(?:局|委|办|厅|单位|机关|部门)|局机关)/
/** What a clause that opens with a year can start with (a cheap test before the regex). */
const YEAR_LEAD_FIRST = /[\s\d在于]/

/**
 * Stretches of `sentence` about another year than the report's own (`year`): from a clause that opens
 * with an earlier year ("2023年全年处理网上信访事项1.2万件" in a 2024 report, "2022年同期为58件") or a later one (a plan:
 * "2024年将…达到50%" in a 2023 report) to
 * the next clause that opens with the report's year. Their figures are that year's, not this one's; so are
 * those of a clause that opens with the year before named as such ("上年同期为40件").
 */
export function earlierYearSpans(text: string, sentence: Span, year: number | null): Span[] {
  if (!year || !occursIn(text, sentence, '年')) return []
  const out: Span[] = []
  let from = -1
  let later = false
  for (let at = sentence.start; at < sentence.end; at++) {
    const c = text.charCodeAt(at)
    if (c === 0xff08 || c === 40) priorAside(text, at, year, out)
    if (at > sentence.start && !isClauseBreak(text.charCodeAt(at - 1))) continue
    // (the year may follow the author named as the clause's subject: "本局2022年开展…98次，2023年开展…120次")
    const head = at + (OWN_NAME.exec(text.slice(at, at + 4))?.[0].length ?? 0)
    let y = -1
    if (YEAR_LEAD_FIRST.test(text[head])) {
      const lead = YEAR_LEAD.exec(text.slice(head, Math.min(sentence.end, head + 40)))
      if (lead) y = Number(lead[1])
    } else if ((text[head] === '上' || text[head] === '去') && PRIOR_LEAD.test(text.slice(head, head + 6))) y = reportedAsLastYear(text, sentence, at, year) ? year : year - 1
    // (a later year's plan, unlike a time scope, ends where the author restarts after its figure: "2024年将…50件，本局…34件")
    if (y < 0 && from >= 0 && (THIS_YEAR_LEAD.test(text.slice(at, at + 4)) || (later && ownRestart(text, from, at)))) { out.push({ start: from, end: at }); from = -1 }
    if (y < 0) continue
    if (y !== year && from < 0) { from = at; later = y > year }
    else if (y === year && from >= 0) { out.push({ start: from, end: at }); from = -1 }
  }
  if (from >= 0) out.push({ start: from, end: sentence.end })
  return out
}

/** A sentence that opens on 去年 or 去年全年 alone, as its time: the report's year when the text was written the year after. */
const LAST_YEAR_LEAD = /^去年(?:全年)?[,，]/
/** What makes such a sentence a comparison with the year before, not a report on it: the report's year named beside it. */
const COMPARED = /今年|本年|同比|环比|[较比](?:上年|去年)/
/** The page's own date by its label (日期：2021-01-29, 发布时间：2021年2月3日), near the text's start. */
const DATE_LABEL = /(?:发布|更新|发表|成文|公开)?(?:日期|时间)\s*[:：]?\s*((?:19|20)\d{2})[-./年]/g
const DATE_LABEL_REACH = 600

/**
 * Whether the clause at `at` says 去年 of the report's own year: a report published early in the year after (its page dated then)
 * may call the year it reports on 去年 (去年全年，我委共收到依申请公开事项17条, in a 2020 report dated 2021-01-29), as it may call it
 * 上年度. Only a sentence that opens on it and compares nothing; 去年同期 and a text dated in its own year keep the year before.
 */
function reportedAsLastYear(text: string, sentence: Span, at: number, year: number): boolean {
  if (at !== sentence.start || !LAST_YEAR_LEAD.test(text.slice(at, at + 6)) || COMPARED.test(text.slice(at, sentence.end))) return false
  for (const m of text.slice(0, DATE_LABEL_REACH).matchAll(DATE_LABEL)) if (Number(m[1]) === year + 1) return true
  return false
}

/** Adds the aside opening at `at` when it gives an earlier year's figure (PRIOR_ASIDE). */
function priorAside(text: string, at: number, year: number, out: Span[]): void {
  const m = PRIOR_ASIDE.exec(text.slice(at, at + 24))
  const y = m && /^[（(]\d/.test(m[0]) ? Number(m[0].slice(1, 5)) : year - 1
  if (m && y < year) out.push({ start: at, end: at + m[0].length })
}

/** 。！？ and a line break by char code (tested at every character of a text that states no report year). */
const isStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 10

/**
 * The year a text without a stated report year speaks for: the first clause that opens with a year
 * ("2024年，全局…"). A later clause opening with an earlier year ("；2023年全年…") is then a comparison.
 */
export function leadYear(text: string, body: Span): number | null {
  for (let at = body.start; at < body.end; at++) {
    if (at > body.start && !isClauseBreak(text.charCodeAt(at - 1)) && !isStop(text.charCodeAt(at - 1))) continue
    if (!YEAR_LEAD_FIRST.test(text[at])) continue
    const lead = YEAR_LEAD.exec(text.slice(at, Math.min(body.end, at + 40)))
    if (lead) return Number(lead[1])
  }
  return null
}

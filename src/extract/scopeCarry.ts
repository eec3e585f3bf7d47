/**
 * How a sentence's time scope carries over to the sentences after it. A span of years or a breakdown (notOwnFrom) governs
 * the rest of its period (…期间…；…) and a sentence that goes on about it in its paragraph ("从结果看，纠错率…"), with the
 * ；-parts of that sentence's period; a month's or a quarter's clause that runs to the end of its sentence goes on after ；.
 * A ；-part that states no figure carries its scope all the same ("2021年11月至2022年7月；全市查办…336起", "此前2016年至2021年；
 * 部里已连续举办…5期": reworded reports put ； where a comma stood), and a ；-part that returns to the year by name ends a
 * carried one ("近三年均未开展执法…；今年组织培训6期；…现有2名同志持有执法证", "历年均未收取费用；…；本年度…；作出处罚决定99件").
 */
import { goesOn, notOwnFrom, SINCE_YEAR, yearPartFrom } from './scope'
import { monthSpans } from './partSpans'
import type { Span } from './structure'

/**
 * A sentence that opens with a verb of the doings it counts, naming no subject, time or place of its own ("组织基层普法活动3250余次",
 * "在农村累计培训…16.7万人次", "以变更、撤销等方式直接纠错5件"): it goes on from the sentence before it, in that one's scope.
 */
const BARE_OPENING = /^\s*(?:共|累计|先后|依法|另|还|并)?(?:在[^,，;；。\d年月]{1,6}?)?(?:共|累计)?(?:举办|组织|开展|召开|查处|查办|办理|受理|办结|审结|作出|审查|审核|实施|完成|立案|调解|化解|培训|检查|处置|接待|发放|提供|解答|出动|以[^,，;；。\d]{1,16}?方式)/

/**
 * A sentence whose first clause says 累计 after its subject ("区党政主要负责人累计接访25批次…，化解…25件", "本局先后累计查处…"), not of
 * the year (全年累计, 今年累计): in a paragraph that opened a span of years it goes on adding that span up, as a bare opening does.
 */
const CUMULATIVE_OPENING = /^[^,，;；:：。\d]{0,20}?(?<!全年|今年|本年|年内|当年|年度)累计/

/** 累计 of a span, not of the year (全年累计, 今年累计). */
const SPAN_SUM = /(?<!全年|今年|本年|年内|当年|年度)累计/

/**
 * With no report year, where a sentence's span from a stated year starts when 累计 later in its paragraph settles it as one
 * ("2022年以来，全省…11.5万次。…；累计…2828人": the year the span opened is no report year), else the sentence's end. A span the
 * paragraph never adds up (2024年以来 as the text's only year) stays the year's.
 */
function settledSince(text: string, span: Span, year: number | null): number {
  if (year !== null) return span.end
  const m = SINCE_YEAR.exec(text.slice(span.start, span.end))
  if (!m) return span.end
  const nl = text.indexOf('\n', span.end)
  return SPAN_SUM.test(text.slice(span.end, nl < 0 ? text.length : nl)) ? span.start + m.index : span.end
}

/**
 * A sentence that opens with 同期 (after a numbered heading or not: "二、配套办法：同期全国查处…"), not a comparison (同期相比, 同期比):
 * the same period as the last one named in its paragraph (a month's, unless a later sentence named a year).
 */
const SAME_PERIOD = /^\s*(?:[一二三四五六七八九十]+、[^,，;；:：。\d]{0,10}[:：])?同期(?!相比|比|增长|下降)/

/** A period named in a sentence (a year, the year itself): 同期 after it is that one's. */
const OTHER_PERIOD = /\d{4}年|全年|今年|本年|年内/

/** Where a sentence's figures stop being the year's own (its end when they never do), and its month clauses. */
export interface SentenceScope { ownUntil: number; months: Span[] }

/** A reader of the sentences of one text in order, those without figures too (they pass a scope on, or end it). */
export function scopeCarrier(text: string, year: number | null) {
  // The period and the paragraph whose last sentence stopped being the year's own (a span of years, a breakdown).
  let notOwnPeriod = -1
  let notOwnParagraph = -1
  let goingOnPeriod = -1
  let monthPeriod = -1
  // The paragraph of the last sentence a month's clause ran to the end of: a later one there that opens with 同期 is in its months.
  let monthParagraph = -1
  // The paragraph that opened a span from a stated year when the text names no report year ("自2022年以来，…"): 累计 in a later
  // sentence settles it as a span, as it does within one sentence (notOwnFrom's SINCE_YEAR_SUM).
  let sinceParagraph = -1
  return (span: Span, period: number, paragraph: number): SentenceScope => {
    const head = text.slice(span.start, span.start + 24)
    // (only a head that holds 累计 at all: the regex's lazy run, a lookbehind at each of its steps, was tried on every sentence)
    const cumulative = head.includes('累计') && CUMULATIVE_OPENING.test(head)
    const continues = period === notOwnPeriod || (sinceParagraph === paragraph && cumulative) ||
      (notOwnParagraph === paragraph && (period === goingOnPeriod || goesOn(text, span) || BARE_OPENING.test(head) || cumulative))
    if (continues) goingOnPeriod = period
    else if (sinceParagraph !== paragraph) sinceParagraph = year === null && SINCE_YEAR.test(text.slice(span.start, span.end)) ? paragraph : -1
    const ownUntil = continues ? span.start : Math.min(notOwnFrom(text, span, year), settledSince(text, span, year))
    // (a carried scope the part returns from to the year by name ends there: the parts after it are the year's)
    if (continues && yearPartFrom(text, span, span.start, year) < span.end) notOwnPeriod = goingOnPeriod = notOwnParagraph = -1
    else {
      if (ownUntil < span.end) notOwnPeriod = period
      notOwnParagraph = ownUntil < span.end ? paragraph : -1
    }
    const months = monthSpans(text, span, period === monthPeriod || (monthParagraph === paragraph && SAME_PERIOD.test(head)))
    monthPeriod = months.length && months[months.length - 1].end === span.end ? period : -1
    if (monthPeriod >= 0) monthParagraph = paragraph
    else if (monthParagraph >= 0 && !months.length && OTHER_PERIOD.test(text.slice(span.start, span.end))) monthParagraph = -1 // (tried only when there is one to end)
    return { ownUntil, months }
  }
}

/**
 * A clause that opens with the author as its subject ("本局…", "我局…", "局机关…", "局本级…") after a clause
 * that stated someone else's or a planned figure ("县公安局、县交通局合计…96件，本局…34件", "计划开展…50次，本局开展…34次")
 * starts a new statement: the author's own result. A plan's reach and the look-back for other bodies stop there; they
 * do not when the clause before held no figure of its own ("下一步，本局将…"). A time scope (an earlier year, a span of
 * years, a month, a campaign) is not ended by a new subject: "2022年全市…170件，本局…34件" is 2022's for both.
 */
import { isClauseBreak } from './structure'

const OWN_SUBJECT = /^\s*(?:其中)?(?:(?:本|我)(?:局|厅|委|办|部|署|院|中心|机关|单位|部门|镇|乡|街道)|局(?:机关|本级)|[^,，;；。\d]{0,4}本级)/
/** Years, spans of years, months, days and document numbers ("2022年12月", "2018—2022年", "5号"): dates, not figures. */
const DATES = /\d{4}\s*(?=[年—–\-－~至到])|\d+\s*[年月日号]/g

/** True when the clause opening at `at` has the author as its subject (本局…, 我局…, 局机关…). */
export const authorOpens = (text: string, at: number): boolean => OWN_SUBJECT.test(text.slice(at, at + 8))

/** True when the clause opening at `at` has the author as subject and the text from `from` to it stated a figure. */
export function ownRestart(text: string, from: number, at: number): boolean {
  return authorOpens(text, at) && /\d/.test(text.slice(from, at).replace(DATES, ''))
}

/** Where the last clause in [from, to) that restarts with the author opens (`from` when none does): what came before it is someone else's. */
export function ownClauseFrom(text: string, from: number, to: number): number {
  for (let at = to - 1; at > from; at--) if (isClauseBreak(text.charCodeAt(at - 1)) && ownRestart(text, from, at)) return at
  return from
}

/** Where the first clause in (from, to) that restarts with the author opens (`to` when none does): what follows it is the author's own. */
export function ownRestartAfter(text: string, from: number, to: number): number {
  for (let at = from + 1; at < to; at++) if (isClauseBreak(text.charCodeAt(at - 1)) && ownRestart(text, from, at)) return at
  return to
}

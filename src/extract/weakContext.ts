/**
 * Where a weak term (IndicatorRules.weak_terms: 受理, 办理案件, 排查, 讲座…) finds what it counts: its own sentence
 * (`weak_require`), a lead earlier in its paragraph (`weak_lead`), or the topic of the section it stands in
 * (`weak_heading`): the numbered heading line right above its paragraph ("（四）行政应诉\n全年共办理案件9件") or, in a
 * paragraph of numbered items, the lead of its item ("…。五是信访工作。全年共受理136件次"). A report names a section's
 * topic once, in its heading, and counts its cases and requests under it without naming them again.
 */
import type { CompiledRule } from './rules'
import { leadStart, type Span } from './structure'
import { firstAtLeast } from './sorted'
import { withoutOrgans } from './trainingTopic'

/** How far back in its paragraph a weak term's lead is looked for. */
const LEAD_REACH = 200
/** The lead clause of a numbered item inside a paragraph: 一是…, 二是… up to its first break (spaces before it, no line break: a
 * run of blank lines was crossed from each of its breaks again). */
const ITEM_LEAD = /(?:^|[。；;!?！？\n])[^\S\n]*[一二三四五六七八九十]+是([^。；;，,:：\n]{1,30})/g

/** An item's lead that is the last sentence of its line. */
const ITEM_LEAD_LAST = /(?:^|[。；;!?！？\n])\s*[一二三四五六七八九十]+是([^。；;，,:：\n]{1,30})[。；;]?\s*\n$/

/**
 * A numbered heading that opens its paragraph and ends in 。 before the body goes on in the same line ("（二）依申请公开政府信息。全年
 * 收到申请0件", "四、行政应诉。全年共办理案件9件"): the heading of the sentences after it, as one on its own line is.
 */
const INLINE_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[、.．](?!\d))([^\n。；;，,:：]{1,30})。/

/** ITEM_LEAD's matches in the last text asked about (at, each match's start; topic, its lead), read once. */
let leadsText: string | null = null
let leadsAt: number[] = []
let leadsTopic: string[] = []
/**
 * The lead of the last item that starts from `from` on and before `end`, the text's items read once: each sentence read them from
 * its paragraph's start again (a report on one line, 全年办理行政复议案件12件，× 40,000: 25 s at 1.7 MB), and then each paragraph on to
 * the text's end when no item followed (a table's rows read as sentences, one a paragraph: 2.7 s/MB at 6 MB).
 */
function itemLeadBefore(text: string, from: number, end: number): string {
  if (leadsText !== text) {
    leadsText = text
    leadsAt = []
    leadsTopic = []
    ITEM_LEAD.lastIndex = 0
    for (let m = ITEM_LEAD.exec(text); m; m = ITEM_LEAD.exec(text)) { leadsAt.push(m.index); leadsTopic.push(m[1]) }
  }
  // (the last match before end, if it is from `from` on: the matches are in order)
  const k = firstAtLeast(leadsAt, end)
  return k && leadsAt[k - 1] >= from ? leadsTopic[k - 1] : ''
}

/** The topic of the section the sentence stands in: its item's lead, else its paragraph's inline heading, else the heading line right above its paragraph ('' if none). */
export function sectionTopic(text: string, sentence: Span & { paragraph: number }): string {
  const topic = itemLeadBefore(text, Math.max(sentence.paragraph - 1, 0), sentence.end)
  if (topic) return topic
  // An item's lead that closes the line before (…。四是行政应诉。\n全年共办理案件9件: a wrap or a break after the lead).
  const before = ITEM_LEAD_LAST.exec(text.slice(Math.max(0, sentence.paragraph - 40), sentence.paragraph))
  if (before) return before[1]
  const inline = INLINE_HEADING.exec(text.slice(sentence.paragraph, sentence.start))
  if (inline && sentence.paragraph + inline[0].length <= sentence.start) return inline[1]
  const lead = leadStart(text, sentence.paragraph)
  // (a heading spaced out as a PDF prints it, 行 政 应 诉, names its topic all the same)
  return lead < sentence.paragraph ? text.slice(lead, sentence.paragraph - 1).replace(/\s+/g, '') : ''
}

/** Whether a weak term has its context: in its sentence, in the lead of its paragraph before it, or in its section's topic. */
export function weakContext(text: string, rule: CompiledRule, sentence: Span & { paragraph: number }): boolean {
  if (rule.weakRequire?.test(withoutOrgans(text.slice(sentence.start, sentence.end)))) return true
  if (rule.weakLead?.test(text.slice(Math.max(leadStart(text, sentence.paragraph), sentence.start - LEAD_REACH), sentence.start))) return true
  return rule.weakHeading?.test(sectionTopic(text, sentence)) ?? false
}

/**
 * Closing totals: the stated total a list of an indicator's items closes on with no term of its own (不予处罚36件、从轻处罚28件、减轻处罚
 * 12件，共计76件), or the year's new items and those carried over close on (新立案286件，加上上年结转案件40件，共办理案件326件), read beside the
 * items and their sums (./sums.ts).
 */
import type { Candidate } from './candidate'
import { scanNumbers, type NumberToken } from './numbers'
import { clauseStart } from './structure'
import { partLead, subjectsOf } from './listSubjects'

/** A bare total closing a list right after its last item (…，共计76件, …，合计228万元): no term of its own before its figure. */
const CLOSING_TOTAL = /^[,，]\s*(?:共计|合计|总计|总共)(?:为|达)?(?=[\d０-９一二两三四五六七八九十百千])/
/** How far after the closing word its figure is read. */
const TOTAL_REACH = 16

/** A later item of a 、-list, up to its figure (、占道经营案件68件: its words carry no term, the list's verb before its first item is theirs). */
const LIST_ITEM = /^、[^,，;；。、\d]{1,16}?(?=[\d０-９])/

/**
 * A 、-list that goes on after one candidate's figure with items of its measure word the indicator's terms do not name alone (查处违法建设
 * 案件46件、占道经营案件68件、户外广告案件22件，…): where the list ends and its items' sum, or null when no such item follows.
 */
function listAfter(text: string, c: Candidate): { end: number; sum: number } | null {
  let at = c.token!.end
  let sum = c.value
  for (let m = LIST_ITEM.exec(text.slice(at, at + 20)); m; m = LIST_ITEM.exec(text.slice(at, at + 20))) {
    const tok = scanNumbers(text.slice(at + m[0].length, at + m[0].length + 16))[0]
    if (!tok || tok.start !== 0 || tok.kind !== 'quantity' || tok.unit !== c.token!.unit) return null
    sum += tok.value
    at += m[0].length + tok.end
  }
  return at > c.token!.end ? { end: at, sum } : null
}

/**
 * The year's new items, then those carried over from the year before, then their total (新立案286件，加上上年结转案件40件，共办理案件326件):
 * the total is the year's handled items (the corpus README's ruling on carried-over and new together), read when it is their sum. Only
 * for rules that count such a total (`carried`): reviews, suits, petitions and requests name it another stage (their other_stage).
 */
const CARRIED_THEN_TOTAL = /^[,，]\s*(?:加上|另有|连同|和|及)?(?:上年|上一年|上年度|往年|以前年度)(?:度)?(?:结转|转结|遗留|积存)[^,，;；。\d]{0,10}?(?=\d)/
const TOTAL_AFTER = /^[,，]\s*(?:全年|年内)?(?:共|合计|总计|共计)[^,，;；。\d]{0,10}?(?=\d)/

/** The total after new and carried-over items (CARRIED_THEN_TOTAL), as a candidate of the new items' figure `c`, or null. */
function carriedTotal(text: string, c: Candidate): Candidate | null {
  const carried = CARRIED_THEN_TOTAL.exec(text.slice(c.token!.end, c.token!.end + 24))
  if (!carried) return null
  const at = c.token!.end + carried[0].length
  const old = scanNumbers(text.slice(at, at + 12))[0]
  if (!old || old.start !== 0 || old.unit !== c.token!.unit) return null
  const close = TOTAL_AFTER.exec(text.slice(at + old.end, at + old.end + 24))
  if (!close) return null
  const from = at + old.end + close[0].length
  const total = scanNumbers(text.slice(from, from + TOTAL_REACH))[0]
  if (!total || total.start !== 0 || total.kind !== 'quantity' || total.unit !== c.token!.unit || total.value !== c.value + old.value) return null
  return closing([c], c, from, total)
}

/**
 * The stated total a list of the indicator's items closes on (不予处罚36件、从轻处罚28件、减轻处罚12件，共计76件): the bare total reads no term
 * (the nearest item's figure owns it), so it is read here, `exact`, scored above the items and their sum by kind, when it is at least their sum in their
 * measure word. The items are those of one sentence, none after 其中, of one subject (a total after items of several bodies is theirs).
 */
export function closingTotals(text: string, list: Candidate[], carried = false): Candidate[] {
  const sentences = new Map<number, Candidate[]>()
  for (const c of list) {
    if (!c.token || c.subItem) continue
    const group = sentences.get(c.sentence)
    if (group) group.push(c)
    else sentences.set(c.sentence, [c])
  }
  const out: Candidate[] = []
  for (const c of list) {
    const total = carried && c.token && !c.subItem ? carriedTotal(text, c) : null
    if (total) out.push(total)
  }
  for (const group of sentences.values()) {
    // (one candidate whose list goes on in items no term names: its total when it is their sum exactly)
    const tail = group.length === 1 ? listAfter(text, group[0]) : null
    if (tail) {
      const close = CLOSING_TOTAL.exec(text.slice(tail.end, tail.end + TOTAL_REACH))
      const from = close ? tail.end + close[0].length : -1
      const total = close ? scanNumbers(text.slice(from, from + TOTAL_REACH))[0] : null
      if (total && total.start === 0 && total.kind === 'quantity' && total.unit === group[0].token!.unit && total.value === tail.sum) out.push(closing(group, group[0], from, total))
      continue
    }
    if (group.length < 2 || new Set(group.map((c) => c.token!.unit)).size > 1) continue
    const leads = group.map((c) => partLead(text.slice(clauseStart(text, c.token!.start, c.sentence), c.token!.start)))
    if (new Set(subjectsOf(leads).filter(Boolean)).size > 1) continue
    const last = group.reduce((a, c) => (c.token!.start > a.token!.start ? c : a))
    const close = CLOSING_TOTAL.exec(text.slice(last.token!.end, last.token!.end + TOTAL_REACH))
    if (!close) continue
    const from = last.token!.end + close[0].length
    const total = scanNumbers(text.slice(from, from + TOTAL_REACH))[0]
    const sum = group.reduce((a, c) => a + c.value, 0)
    if (!total || total.start !== 0 || total.kind !== 'quantity' || total.unit !== last.token!.unit || total.value < sum) continue
    out.push(closing(group, last, from, total))
  }
  return out
}

/** The closing total at `from` as a candidate of the list's last item, scored above the items. */
function closing(group: Candidate[], last: Candidate, from: number, total: NumberToken): Candidate {
  return {
    ...last, value: total.value, low: total.low, high: total.high, qualifier: total.qualifier, end: from + total.end, subItem: false,
    token: { ...total, start: from + total.start, numStart: from + total.numStart, numEnd: from + total.numEnd, end: from + total.end },
    score: Math.max(...group.map((c) => c.score)) + 2, via: 'term', distance: 0, scoped: false,
  }
}

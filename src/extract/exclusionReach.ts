/**
 * How far a term's exclusions reach around its figure: the text they are tested on (the term's own clause and a few characters
 * either side, never into an earlier item of a 、-list that carries its own figure, nor into the titles the term is exemplified by),
 * and whether an exclusion in the lead of a 、-list speaks for the term's item or for an earlier item alone (开展法治讲座3场、旁听庭审2次:
 * 旁听 is the second item's). ./objects.ts reads what the term counts from the same surroundings.
 */
import type { NumberToken } from './numbers'
import type { CompiledRule, TermHit } from './rules'
import type { Sentence } from './engine'
import { factEnd, type Span } from './structure'
import { EARLIER_ITEM } from './training'

/**
 * Where the text a term's exclusions are tested on ends after its figure: the clause (never into an aside that states another
 * fact: factEnd), at most 6 characters, and never past a list's 、 (the next item is another measure).
 */
function nearEnd(text: string, tok: NumberToken, sentence: Span): number {
  const end = Math.min(factEnd(text, tok.end, sentence.end), tok.end + 6)
  // (nor past a space after the figure: a table flattened with spaces, "执法检查 3260次 查处案件 186件", puts the next cell there)
  const list = text.slice(tok.end, end).search(/[、\s]/)
  return list >= 0 ? tok.end + list : end
}

/** A 、-list's item mark or joining word, or a clause break, with another item's own figure on its far side. */
const ITEM_BREAK = /[、和及与,，;；]/g
const FIGURE = /[0-9０-９一二三四五六七八九十两]/
/** An exam closing the clause before (…参加执法资格考试，32人取得执法证件): the figure's clause tells who passed it, so it is context. */
const EXAM_BEFORE = /(?:考试|考核|测试)[,，]$/

/**
 * A clause that ends in a figure and its unit ("规章0件，"): the item before in a comma list of counts. With
 * another measure word it is a sibling only when this clause goes on about the same thing ("培训3期，培训时长…":
 * the head of the noun before its figure, its last two characters, opens this clause), not in "培训9期，审查规范性文件34件"
 * nor in "新建人民调解组织26个，调解纠纷1860件" (organisations counted, then the disputes they mediated).
 */
const SIBLING_COUNT = /([\u4e00-\u9fff]{2,4})[0-9０-９]+([^,，;；、0-9]{0,3})[,，;；]\s*$/
/** A clause that opens by pointing back at the one before ("完成交接，涉及规范性文件3件"): that clause is its context. */
const REFERS_BACK = /^\s*(?:涉及|包括|包含|含|其中涉及)/

/** Titles named as examples right before a term (制定了《…办法》等规范性文件): the verb before them is the term's. */
const TITLES_BEFORE = /(?:《[^《》]{1,40}》[、和及]?){1,4}等?$/
/** Where the words before a term start once the titles it is exemplified by are passed over. */
function titledFrom(text: string, at: number, start: number): number {
  if (text[at - 1] !== '》' && text[at - 2] !== '》') return at
  return at - (TITLES_BEFORE.exec(text.slice(Math.max(start, at - 200), at))?.[0].length ?? 0)
}

/**
 * The text a term's exclusions are tested on. A term before its figure: six characters before the term,
 * but only in its own clause ("…合同管理，对行政规范性文件开展合法性审查5件次": 合同 is the lead before), unless
 * the clause before is a sibling count of a comma list ("规章0件，行政规范性文件0件" share their context) or
 * this one points back at it (涉及/包括…).
 */
export function exclusionNear(text: string, tok: NumberToken, hit: TermHit, after: boolean, sentence: Sentence, cs: number): string {
  if (after) return itemNear(text, tok, hit.end, sentence)
  const titles = titledFrom(text, hit.start, sentence.start)
  const near = nearBefore(text, tok, hit, sentence, cs, Math.max(sentence.start, titles - 6))
  // (the titles themselves are no context: 《关于加强校外培训机构管理的通知》 names no training)
  return titles < hit.start ? near.replace(text.slice(titles, hit.start), '') : near
}

/** What joins the last name of a list to the figure every name shares (…、调解成功率均达98%). */
const EACH_SHARES = /^(?:均|都)(?:达到|达|为|保持在)?$/

/** exclusionNear's text for a term before its figure, from `from` on. */
function nearBefore(text: string, tok: NumberToken, hit: TermHit, sentence: Sentence, cs: number, from: number): string {
  const sibling = SIBLING_COUNT.exec(text.slice(Math.max(sentence.start, from - 4), cs))
  const shared = (sibling !== null && (!tok.unit || sibling[2].includes(tok.unit) || text.slice(cs, hit.end).includes(sibling[1].slice(-2)))) ||
    REFERS_BACK.test(text.slice(cs, hit.start))
  if (shared) return text.slice(from, nearEnd(text, tok, sentence))
  // (Not into an earlier item of a 、-list that carries its own figure: "旁听庭审2次、法治培训3期" — 庭审 is that item's; nor into
  // the earlier names of a list whose figure each shares, "矛盾纠纷化解率、调解成功率均达98%": 化解率 is the first name's.)
  const start = Math.max(from, cs)
  const earlier = EARLIER_ITEM.exec(text.slice(start, hit.start))
  // (looked for from `start` on, as only a break after it moves the start: a look back to the text's start grew with its square)
  const item = EACH_SHARES.test(text.slice(hit.end, tok.start)) ? start + text.slice(start, hit.start).lastIndexOf('、') + 1 : 0
  return text.slice(Math.max(earlier ? start + earlier[0].length : start, item), nearEnd(text, tok, sentence))
}

/**
 * The text a term's exclusions are tested on when its figure stands before it ("9部行政规范性文件"): six
 * characters either side within the sentence, cut at a list's item break or a clause break where another item
 * carries its own figure ("2部政府规章、9部行政规范性文件和24部…": 规章 is the item before, not this one's context;
 * "…专题培训9期，对34件规范性文件进行审核": nor is 培训).
 */
function itemNear(text: string, tok: NumberToken, hitEnd: number, sentence: Span): string {
  let from = Math.max(sentence.start, tok.start - 6)
  const to = Math.min(sentence.end, hitEnd + 6)
  ITEM_BREAK.lastIndex = 0
  const lead = text.slice(from, tok.start)
  let cut = -1
  for (let m = ITEM_BREAK.exec(lead); m; m = ITEM_BREAK.exec(lead)) cut = m.index
  if (cut >= 0) {
    // (The item before: back to its own start, at most 16 characters.)
    const before = text.slice(Math.max(sentence.start, tok.start - 16), from + cut)
    const item = before.slice(Math.max(before.lastIndexOf('、'), before.lastIndexOf('，'), before.lastIndexOf(',')) + 1)
    if (FIGURE.test(item) && !EXAM_BEFORE.test(text.slice(from, from + cut + 1))) from += cut + 1
  }
  const tail = text.slice(hitEnd, to)
  const next = tail.search(/[、和及与]/)
  return text.slice(from, next >= 0 && FIGURE.test(tail.slice(next + 1)) ? hitEnd + next : to)
}

/** Global copies of the rules' exclusions, to read every match of one (made once per rule). */
const allExclusions = new WeakMap<RegExp, RegExp>()

/**
 * Whether a match of `re` (global) in `read` (the `lead` of an item, perhaps with its term) speaks for that item: it stands in
 * the item itself (after the lead's last 、), names kinds joined with no figure of their own before it, or governs the list,
 * standing before every earlier item that carries its own figure. One inside such an earlier item is that item's alone
 * (开展法治讲座3场、旁听庭审2次、集中学法5次: 旁听 is the second item's); with `closedLast`, one in the last item closed by its own figure
 * before the clause `lead` ends in is that item's too.
 */
export function speaksForItem(lead: string, re: RegExp, read = lead, closedLast = false): boolean {
  const cut = lead.lastIndexOf('、')
  re.lastIndex = 0
  for (let m = re.exec(read); m && m.index < lead.length; m = re.exec(read)) {
    if (!m[0]) re.lastIndex++
    // (with `closedLast`, so is one in the list's last item when that item closes on its own figure before the clause read: 集中学法10次、
    // 专题培训3期、旁听庭审1次，参训执法人员450人次 — the people are the list's, 旁听 the hearing's alone)
    if (closedLast && cut >= 0 && m.index > cut && CLOSED_ITEM.test(lead.slice(m.index + m[0].length)) && EARLIER_ITEM.test(lead.slice(0, m.index))) continue
    // (a word inside an earlier item, after its verb, with the item's own figure right after it, is that item's noun: 审查行政合同36份、
    // 规范性文件12件; one opening the clause or an item, 制发2件、废止10件, and a verb's phrase, 发布…办理结果31件、, stay the list's)
    if (m[0].length <= 4 && m.index > 0 && lead[m.index - 1] !== '、' && m.index < cut && ITEMS_OWN_FIGURE.test(lead.slice(m.index + m[0].length, cut))) continue
    if (m.index >= cut || !FIGURE.test(lead.slice(m.index + m[0].length, cut)) || !EARLIER_ITEM.test(lead.slice(0, m.index))) return true
  }
  return false
}

/** An item that closes on its own figure, then a clause break (庭审1次，): the words after it are another clause's. */
const CLOSED_ITEM = /^[^,，;；。、\d]*[0-9０-９一二两三四五六七八九十][^,，;；。、]*[,，;；]/
/** An item's figure right after a word of its (up to two characters between: 合同36份, 合同协议共36份). */
const ITEMS_OWN_FIGURE = /^[^、,，;；。\d]{0,2}[0-9０-９]/
/**
 * An item that opens with a verb of its own (排查矛盾纠纷236件、化解231件; 发现隐患230处、整改226处): the earlier item's verb governs
 * no later one, so its exclusion does not reach this item's term.
 */
const OWN_VERB = /^(?:成功|有效|依法)?(?:化解|调解|调处|整改|查处|查办|办结|审结|受理|立案|作出|处理)/
/** A list of rates' names, the term the last (矛盾纠纷化解率、调解成功率…): each is a measure of its own, not a kind the list shares. */
const RATE_NAMES = /率、[^、]*率$/

/**
 * Whether an exclusion in the lead of a 、-list before the term at `hit` is shared by the term's item (its clause from
 * `cs`; see speaksForItem): 发现事故隐患2365条、火灾隐患683条 (both found), 梳理划转…事项17项、…文件10件, 行政复议、行政应诉、
 * 行政调解案件合计N件. The lead is read with its term, so 镇党委、镇政府共排查化解… reads 排查化解, not 排查.
 */
export function listExcluded(text: string, rule: CompiledRule, cs: number, hit: Span): boolean {
  const lead = text.slice(cs, hit.start)
  if (!rule.exclude || !lead.includes('、') || OWN_VERB.test(text.slice(cs + lead.lastIndexOf('、') + 1, hit.end))) return false
  const read = text.slice(cs, hit.end)
  if (!rule.exclude.test(read) || RATE_NAMES.test(read)) return false
  let re = allExclusions.get(rule.exclude)
  if (!re) allExclusions.set(rule.exclude, (re = new RegExp(rule.exclude.source, `${rule.exclude.flags.replace('g', '')}g`)))
  return speaksForItem(lead, re, read)
}

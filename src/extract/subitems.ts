/**
 * Where a sentence's sub-figures stand: a figure after 其中 or after 包括/含 right after a figure, inside an aside that opens with
 * 含/包括/其中 ("建议1210件（含分办建议49件）") or right after a figure ("学法17次（会前学法12次、
 * 专题讲座5次）"), or in the breakdown a colon opens right after a
 * total ("承担提案105件的办理任务：省人大代表建议3件…") is a part of a stated total, never the
 * total itself nor a term of a sum.
 */
import type { NumberToken } from './numbers'
import type { CompiledRule } from './rules'
import { clauseEnd, clauseStart, type Span } from './structure'
import { ownRestartAfter } from './ownClause'
import { anyTerm } from './ruleIndex'

const ASIDE_OPEN = /[（(](?:含|包括|包含|其中)/g
/** 包括/含 right after a figure (and its comma) opens that figure's breakdown. */
const BREAKDOWN_OPEN = /^[,，]?(?:包括|包含|含)/
/** A colon at most this many characters after a figure opens that figure's breakdown. */
const COLON_REACH = 10

/** Sub-item ranges of `sentence`, given its figures (in order). */
export function subItemSpans(text: string, sentence: Span, tokens: NumberToken[]): Span[] {
  const s = text.slice(sentence.start, sentence.end)
  const out: Span[] = []
  // A bare 其中 runs to the sentence's end, or to a clause that restarts with the author ("其中简易程序21件…，本局…34件");
  // one that opens an aside ("（其中简易程序80件）") ends with it (below).
  const qi = s.search(/(?<![（(])其中/)
  if (qi >= 0) out.push({ start: sentence.start + qi, end: ownRestartAfter(text, sentence.start + qi, sentence.end) })
  ASIDE_OPEN.lastIndex = 0
  for (let m = ASIDE_OPEN.exec(s); m; m = ASIDE_OPEN.exec(s)) {
    const close = s.slice(m.index).search(/[）)]/)
    out.push({ start: sentence.start + m.index, end: close < 0 ? sentence.end : sentence.start + m.index + close })
  }
  for (const tok of tokens) {
    // An aside right after a figure is its breakdown: "学法17次（会前学法12次、专题讲座5次）".
    if (text[tok.end] === '(' || text[tok.end] === '（') {
      const close = text.slice(tok.end, sentence.end).search(/[）)]/)
      out.push({ start: tok.end, end: close < 0 ? sentence.end : tok.end + close })
    }
  }
  for (const tok of tokens) {
    // A breakdown opened right after a figure by 包括/含 ("学法活动24次，包括会前学法12次…") lists its parts.
    if (BREAKDOWN_OPEN.test(text.slice(tok.end, tok.end + 4))) out.push({ start: tok.end, end: sentence.end })
  }
  for (const tok of tokens) {
    const after = text.slice(tok.end, Math.min(sentence.end, tok.end + COLON_REACH))
    const colon = after.search(/[:：]/)
    if (colon >= 0 && !/[,，;；、]/.test(after.slice(0, colon))) {
      out.push({ start: tok.end + colon, end: sentence.end })
      break
    }
  }
  return out
}

/** How far before a sub-figure its total's verb is looked for. */
const SUB_ITEM_REACH = 24

/** An act a part names of its own (其中…已整改…, 其中…审查…): it does not share its total's verb across a sentence. */
const PART_ACT = /已|整改|审查|审核|清理|查处|查办|办理|办结|受理|化解|调解|开展|组织|举办|作出|完成|实施/

/**
 * The text of a part up to `anchor` with its total's clause, whose verb the part shares ("查出隐患257项，其中重大隐患31项": found,
 * like its total): the clause right before the part, not an earlier one ("排查出纠纷N件，调解纠纷M件，其中调解成功K件"); for 其中
 * opening its sentence, the first clause with a figure of the ；- or 。-part before it in the paragraph ("…推送信息445条，阅读量约14.7万次。
 * 其中包括…规范性文件3件": pushed, like the items it counts; not the asides after that total, "…合计办结…46.6万宗，涉案金额达11.45亿元。
 * 其中行政处罚7960宗，罚没收入…"; after 。 the period before, after ； the ；-part before), unless the part returns to the year or the whole
 * (WHOLE_AGAIN) or names an act of its own (PART_ACT). A ；-part a breakdown goes on over
 * (…其中行政处罚7960宗；罚没收入…) keeps its own words.
 */
export function partWithTotal(text: string, sentence: Span & { paragraph: number }, part: Span, anchor: number): string {
  if (part.start > sentence.start) return text.slice(Math.max(sentence.start, part.start - SUB_ITEM_REACH, clauseStart(text, part.start - 1, sentence.start)), anchor)
  const own = text.slice(part.start, anchor)
  // (a part that makes its own statement: "…累计受理复议申请9起。其中今年查办…案件5件", "…；其中一般隐患已整改800处")
  if (!own.startsWith('其中') || WHOLE_AGAIN.test(own.slice(2).replace(/^[,，:：]/, '')) || PART_ACT.test(text.slice(part.start, clauseEnd(text, part.start + 2, sentence.end)))) return own
  let e = part.start - 1
  while (e > sentence.paragraph && /\s/.test(text[e])) e--
  // (after 。 the period before, after ； the ；-part before: "…46.6万宗；涉案金额达11.45亿元。其中…" has the whole period's total)
  const stop = text[e] === '。' ? /[。\n]/ : /[。；;\n]/
  while (e > sentence.paragraph && /[。；;]/.test(text[e])) e--
  let i = e
  while (i > sentence.paragraph && !stop.test(text[i - 1])) i--
  const before = text.slice(Math.max(i, sentence.paragraph), e + 1)
  const figure = before.search(/[\d０-９]/)
  return (figure < 0 ? '' : before.slice(0, figure + before.slice(figure).search(/[,，;；]|$/))) + own
}

/** A kind's count right before an amount joined to it by 、 (…按日连续处罚199件、罚款…). */
const KIND_COUNT_BEFORE = /[\d一二两三四五六七八九十百千万](?:件|起|宗|户|家)、[^、,，;；。]{0,8}$/
/** Another kind's count in a later clause of the breakdown (…，查封扣押8897件), not the rest of the total (…，另1起仍在办理). */
const KIND_COUNT_AFTER = /^[^,，;；。]*[,，;；](?!\s*(?:另|其余|剩余|尚有|还有))[^,，;；。]{0,16}?[\d一二两三四五六七八九十百千万](?:件|起|宗|户|家)/

/** An earlier kind's amount in the breakdown (…19件、罚款180.62万元，简易程序案件88件、罚款2万元: the last kind's too). */
const AMOUNT = /[\d一二两三四五六七八九十百千万](?:万|亿)?元/

/**
 * Whether an amount stands inside a breakdown by kind between the kinds' counts, joined to the count before it (其中按日连续处罚199件、
 * 罚款18580.62万元，查封扣押8897件…): that kind's money, not the year's total; one after the last kind (其中行政处罚38件、罚没款12万元)
 * may be the whole's, unless an earlier kind had an amount of its own.
 */
export function kindsAmount(text: string, part: Span, tok: NumberToken): boolean {
  const before = text.slice(part.start, tok.start)
  return KIND_COUNT_BEFORE.test(before) && (KIND_COUNT_AFTER.test(text.slice(tok.end, part.end)) || AMOUNT.test(before))
}

/** 其中 announcing a breakdown of several parts ("其中，查处…502件，罚没288.26万元；查处…"). */
const LIST_OPEN = /^其中[,，:：]/
/** A ；-part that returns from a breakdown to the whole: the year, a total, the author, its own level. */
const WHOLE_AGAIN = /^\s*(?:全年|今年|本年|年内|共|累计|合计|总计|全[局区县市省]|[本我](?:局|委|厅|办|单位|机关|部门|中心|镇|乡|街道)|[^,，;；。\d]{0,4}本级)/

/** Where a part's first figure stands (Arabic digits, or a Chinese numeral with its measure word). */
const FIGURE = /[\d０-９]|[一二两三四五六七八九十百千]+[余多]?[件项次个人起宗条份家名场期]/
/** Words between a part's noun and its figure (共有, 为, 达). */
const LINK = /(?:共有|共|为|有|达|的)+$/
/** The heads (last characters) of the nouns the 、-items of the clause from `at` count ("不予受理1件、不予许可2件": 理, 可). */
function heads(text: string, at: number, end: number): string[] {
  const clause = text.slice(at, clauseEnd(text, at, end))
  return clause.split('、').flatMap((item) => {
    const f = item.search(FIGURE)
    const noun = f > 0 ? item.slice(0, f).replace(LINK, '') : ''
    return noun ? [noun[noun.length - 1]] : []
  })
}

/**
 * A breakdown that runs to the end of its sentence goes on after ；: one announced by 其中，/其中： ("其中，查处…502件，罚没288.26万元；
 * 查处…1070件，罚没849.9万元"), and one after a bare 其中 when the ；-part counts a noun of the same head as its items
 * ("其中集体提案25件；委员个人及联名提案67件", "其中日常监督处罚4226.97万元，同比下降35.71%；事故处罚8872.95万元": reworded reports
 * put ； where a comma stood). Not one that returns to the whole ("其中，食品类50件；全年罚没金额80万元"), nor a ；-part of another
 * noun or act ("其中主办12件、协办5件；承办…提案13件", "其中门户网站485条；依法办理…工单1617件"). `carried`: the part of the
 * sentence before that ran to its end. The whole ；-part that goes on is added to `subItems`; returns this sentence's part that
 * runs to its end, if any.
 */
export function breakdownGoesOn(text: string, sentence: Span, subItems: Span[], carried: Span | null): Span | null {
  const opening = text.slice(sentence.start, sentence.start + 8)
  const goesOn = carried !== null && !WHOLE_AGAIN.test(opening) && !opening.startsWith('另') &&
    (LIST_OPEN.test(text.slice(carried.start, carried.start + 3)) || sameHead(text, carried, sentence))
  if (goesOn) subItems.unshift({ start: sentence.start, end: ownRestartAfter(text, sentence.start, sentence.end) })
  const open = subItems.find((p) => p.end === sentence.end && text.startsWith('其中', p.start))
  return open ?? (goesOn && subItems[0].end === sentence.end ? carried : null)
}

/** Whether a ；-part counts a noun of the same head as the items of the part after a bare 其中 before it. */
function sameHead(text: string, part: Span, sentence: Span): boolean {
  const from = text.startsWith('其中', part.start) ? part.start + 2 : part.start
  const before = heads(text, from, part.end)
  return heads(text, sentence.start, sentence.end).some((h) => before.includes(h))
}

/**
 * A clause that only compares the figure before it with another period (同比增长168.9%, 较上年下降12件): a part after it still has that
 * figure for its total ("收到申请3921件，同比增长168.9%，其中受理2005件").
 */
export const CHANGE_ONLY = /^\s*(?:同比|环比|较上年|比上年|较去年|比去年)(?:同期)?(?:增长|增加|上升|下降|减少|提高|降低)了?[\d.]+(?:%|个百分点|件|起)?[,，]?$/

/**
 * Whether a part names the rule's own stage of a total of another stage ("调解纠纷6358件，其中调解成功6293件",
 * "收到申请52件，其中受理48件"): the part, its term right after 其中, is the count, not a part of it. A part by
 * channel or body ("其中含法院委派调解成功的…") stays a part.
 */
export function otherStageTotal(text: string, rule: CompiledRule, sentence: Span, part: Span, anchor: number): boolean {
  if (!rule.otherStage || part.start <= sentence.start || !/^其中[已经共]?$/.test(text.slice(part.start, anchor))) return false
  let from = clauseStart(text, part.start - 1, sentence.start)
  if (from > sentence.start && CHANGE_ONLY.test(text.slice(from, part.start))) from = clauseStart(text, from - 1, sentence.start)
  const total = text.slice(from, part.start)
  return rule.otherStage.test(total) && !rule.otherStage.test(text.slice(part.start, clauseEnd(text, part.start + 2, sentence.end)))
}

/**
 * Whether a part after ，其中 has for its total, in the clause right before, a figure in the same measure word that none of the
 * indicator's terms names: a total of something else, whose part is the indicator's whole count ("现有执法人员400人，其中持证执法人员
 * 48人" states the certified staff), not a sub-figure of it.
 */
export function otherMeasureTotal(text: string, rule: CompiledRule, sentence: Span & { tokens: NumberToken[] }, part: Span, tok: NumberToken): boolean {
  if (part.start <= sentence.start || !/[,，]/.test(text[part.start - 1])) return false
  const from = clauseStart(text, part.start - 1, sentence.start)
  return sentence.tokens.some((t) => t.start >= from && t.end <= part.start && t.unit === tok.unit) && !anyTerm(rule)(text.slice(from, part.start))
}

/** What may stand between a total and its breakdown: an aside (按作出执法决定的案件计) and a comma. */
const TO_BREAKDOWN = /^(?:[（(][^）)]{0,30}[）)])?[,，]?$/
/** How much of a breakdown is read for the kinds it names. */
const BREAKDOWN_READ = 40

/**
 * Whether the figure `tok` opens a breakdown (其中…, 包括…) that names kinds outside the indicator (`parts_other`): a total of more
 * than it counts ("办理行政执法案件55件（按作出执法决定的案件计），其中行政许可44件、行政处罚0件…": every enforcement act, no cases).
 */
export function totalOfOtherKinds(text: string, rule: CompiledRule, sentence: { subItems: Span[] }, tok: NumberToken): boolean {
  if (!rule.partsOther) return false
  const part = sentence.subItems.find((p) => p.start >= tok.end && TO_BREAKDOWN.test(text.slice(tok.end, p.start).replace(/^[^（(,，]*/, '')) &&
    /^[,，]?(?:其中|包括|包含|含)/.test(text.slice(p.start, p.start + 3)))
  return part !== undefined && rule.partsOther.test(text.slice(part.start, Math.min(part.end, part.start + BREAKDOWN_READ)))
}

/**
 * Clauses whose figures are not a count of the agency's own acts for the year, whatever the indicator, up to the
 * clause's end (the clause after it is a statement of its own):
 * - an average per person, month, day or unit (人均…6件, 平均每月…, 平均每名执法人员…, 月均/日均/案均…, 每个工作日平均…, or the unit
 *   first: 每个社区平均…, 每期培训平均…, 每个乡镇均…, 全县每个村至少…) or over
 *   years (每年平均, 年均, whoever the clause's subject): a rate,
 *   not a total (hours per person are their own indicator's and stay; 平均每件/每案 usually leads a time per item, not a count);
 * - items passed on to another body (向公安机关移送…, 转交其他部门办理…, 将…移交属地处理, 转办…, 向乡镇交办…; not 上级交办…, assigned to the
 *   author), or received and then, the next
 *   clause says, all passed on (收到…9件，均已转交有关部门办理): decided elsewhere;
 * - honours received (获得省级表彰2次, 荣获…称号3项): honours counted, no act's;
 * - one case told with its description (成功调解一起涉及36名农民工的欠薪纠纷，追回工资48万元): the example, whose figures are that case's
 *   up to the end of its sentence (its ；-part) or a clause restarting with the author, not a count of one;
 * - a cross-region service channel (签订“跨省通办”协议，可办事项200余项，办件量3万余件; “跨省通办”专窗办件1200件; 异地通办): its clause
 *   and the clauses after it in its sentence (its ；-parts too) count that channel, a part of the service, up to a clause that returns
 *   to the whole year (全年…, 2023年…); after 其中 or a ； the total before it stays.
 */
import { isClauseBreak, type Span } from './structure'
import { ownRestartAfter } from './ownClause'
import { namesSubject } from './carriedSubject'

/** The author as a clause's subject before what it did. */
const SUBJECT = '(?:(?:本|我)?局(?:机关)?|(?:本|我)(?:厅|委|办|机关|单位|部门)|全局|全年|年内)?'
/** The subject of an average: the author's short name or any organ's ("市市场监管局月均…", "县政府全年日均…"), or its people's (人民调解员人均…, 民警人均…), before any figure. */
const AVERAGE_SUBJECT = `(?:[^,，;；。\\d]{0,14}?(?:局|厅|委|办|政府|部门|单位|机关|队|所|站|中心|镇|乡|街道|员|警|干部|职工|律师|官|全[省市县区旗州盟]))?${SUBJECT}`
const AVERAGE = new RegExp(`^\\s*${AVERAGE_SUBJECT}(?:平均(?:每(?:名|位|人)(?![^,，;；。]{0,16}?(?:学时|课时|小时))|每(?:个|月|日|天|周|季度?|个?工作日)|下来)|人均(?![^,，;；。]{0,16}?(?:学|培训|课时|小时))|户均|案均|件均|月均|日均|周均|每(?:个)?工作日(?:平均)?|每(?:月|日|天|周|季度?)平均|每(?:个|名|位|家|所|期|场|户)[^,，;；。\\d]{1,8}?(?:平均|均|至少|不少于)(?![^,，;；。]{0,16}?(?:学时|课时|小时)))`)
/**
 * An average over years, after whoever's subject (2016年以来全国公安机关每年平均查办…, 近三年年均…): no year's count (hours of study
 * a year, 年均学法48学时, are the year's: their indicator's).
 */
const YEARLY_AVERAGE = /^(?:\d{4}年(?:以来|度)?)?[^,，;；。\d]{0,20}?(?:每年平均|平均每年|年均)(?![^,，;；。]{0,16}?(?:学|培训|课时|小时))/
/** Honours received, counted (获得省级表彰2次, 荣获…称号3项, 受到通报表扬5次): the figure after them counts honours, no act's. */
const HONOURED = /^[^,，;；。\d]{0,30}?(?:获得?|荣获|获评|受到|被授予)[^,，;；。\d]{0,12}?(?:表彰|表扬|嘉奖|奖励|荣誉|称号|奖项)/
const TRANSFER = new RegExp(`^\\s*${SUBJECT}(?:依法)?(?:向[^,，;；。\\d]{1,16}?)?(?:移送|移交|转交|转送|抄告|转办(?![件的]))|^\\s*${SUBJECT}将[^,，;；。]{0,24}?(?:移送|移交|转交|转送)|^\\s*${SUBJECT}向[^,，;；。\\d]{1,24}?交办`)
/** A clause saying the items of the one before were all passed on ("收到…9件，均已转交有关部门办理"): received, not decided. */
const PASSED_ON = /^\s*(?:均|全部|都|并|随即|已)(?:已|已经)?(?:全部|均)?(?:依法|及时)?(?:转交|移交|转送|移送|转办)/
/** A clause telling one case: 一起/一宗/一件 before a description closed by 的 and the case's noun ("一起涉及36名农民工的欠薪纠纷"). */
const TOLD_CASE = /(?:^|[,，;；:：])([^,，;；。]{0,16}?)一[起宗件例](?=[^,，;；。]{2,24}?的[^,，;；。\d]{0,8}?(?:纠纷|案件|案|事件|争议))/g
/** What makes such a 一 the count after all ("全年仅发生一起…的行政诉讼案件", "共调解一起…"). */
const COUNTED_ONE = /(?:仅|只|共|累计|合计|总计|全年|年内|本年|均)[^,，;；。\d]{0,4}$/
/**
 * Where in `s` (a sentence) a clause starts that tells one case rather than counts them ("成功调解一起涉及36名农民工的欠薪纠纷，追回
 * 工资48万元", "依法查处一宗销售过期食品的案件，罚款2万元"): the example the report gives, whose figures are that case's (the corpus
 * README's one-case ruling), unless a total or 仅 marks the 一 as the count; -1 when none does.
 */
function toldCase(s: string): number {
  TOLD_CASE.lastIndex = 0
  for (let m = TOLD_CASE.exec(s); m; m = TOLD_CASE.exec(s)) if (!COUNTED_ONE.test(m[1])) return m.index
  return -1
}

/** Characters one of the forms needs (a cheap test before the clause scan). */
const NEEDS = /均|至少|不少于|移送|移交|转交|转送|抄告|转办|交办|一[起宗件例]|获|受到|授予/

/** A cross-region service channel, and a clause that returns from it to the whole year. */
const CHANNEL = /(?:跨[省市县区域境]|跨区域|异地|省内|全国)通办(?!率)/
const WHOLE_YEAR = /^\s*(?:全年|今年|年内|本年|\d{4}年)/

/**
 * The channel's clauses of `sentence` (a ；-part of the period starting at `period`): from the clause that names it, in this part or an
 * earlier one of its period (unless this part names its own subject), to the part's end or a clause back on the whole year. A rate
 * (跨省通办率) is no channel's count.
 */
function channelSpan(text: string, sentence: Span, period: number): Span[] {
  const from = Math.min(period, sentence.start)
  const m = CHANNEL.exec(text.slice(from, sentence.end))
  // (a later ；-part that names its own subject, 省厅办理…, is its own statement)
  if (!m || (from + m.index < sentence.start && namesSubject(text.slice(sentence.start, sentence.end)))) return []
  let start = Math.max(sentence.start, from + m.index)
  while (start > sentence.start && !isClauseBreak(text.charCodeAt(start - 1))) start--
  let end = from + m.index
  while (end < sentence.end && !(isClauseBreak(text.charCodeAt(end)) && WHOLE_YEAR.test(text.slice(end + 1, end + 8)))) end++
  return end > start ? [{ start, end }] : []
}

/** The clauses of `sentence` that state an average, items passed on, honours, one case told or a cross-region channel (see the module comment). */
export function notCountedSpans(text: string, sentence: Span, period = sentence.start): Span[] {
  const channel = channelSpan(text, sentence, period)
  if (!NEEDS.test(text.slice(sentence.start, sentence.end))) return channel
  const out: Span[] = channel
  const told = toldCase(text.slice(sentence.start, sentence.end))
  if (told >= 0) {
    const from = sentence.start + told
    const part = text.slice(from + 1, sentence.end).search(/[;；]/)
    out.push({ start: from, end: ownRestartAfter(text, from, part < 0 ? sentence.end : from + 1 + part) })
  }
  let previous = sentence.start
  for (let at = sentence.start; at < sentence.end; at++) {
    if (at > sentence.start && !isClauseBreak(text.charCodeAt(at - 1)) && text[at - 1] !== '（' && text[at - 1] !== '(') continue
    const head = text.slice(at, Math.min(sentence.end, at + 40))
    if (at > sentence.start && PASSED_ON.test(head)) out.push({ start: previous, end: at })
    previous = at
    if (!AVERAGE.test(head) && !YEARLY_AVERAGE.test(head) && !TRANSFER.test(head) && !HONOURED.test(head)) continue
    // (a clause opened inside an aside ends with it; one opened before an aside goes on past it: 向各乡镇（街道）和…交办…320件)
    const aside = text[at - 1] === '（' || text[at - 1] === '('
    let end = at + 1
    while (end < sentence.end && !isClauseBreak(text.charCodeAt(end)) && !(aside && (text[end] === '）' || text[end] === ')'))) end++
    out.push({ start: at, end })
    at = end
  }
  return out
}

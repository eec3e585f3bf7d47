/**
 * Where a figure's event starts. A clause that opens with its term ("…大讲堂5期,参训320余人次") goes on
 * about the event of the clause before it, so that clause's host and audience are its own. It does
 * not when the agency names itself first ("…全区骨干培训2期,本局会前学法9次"), nor when it opens with a
 * verb of its own doing ("参加上级组织的培训9期，查处违法案件34件", "…，举办34期法治培训班"), also one written after
 * its noun ("…，公益普法活动开展20余场"): that clause states an act of its own, whatever the clause before it was about. Nor does it go on about a clause
 * before that names none of its terms ("参加上级组织的培训9期，罚没金额12.5万元"), except in training,
 * where the people at an event ("…5期，参训320人次") follow it under any name. Nor is a count of events the event of a clause
 * before that counted its own ("参加上级部门法治培训4次，机关集中学习法律法规2次"): that event has its count, so this is another.
 */
import { clauseStart } from './structure'
import { EVENT_UNITS } from './targets'

/** The agency naming itself at a clause's opening (本局, 我委): the clause speaks of its own doings. */
const OWN_OPENING = /^(?:本|我)[局委办厅部署院所队镇乡]$/
/** A clause that opens on the author's own level (市本级…, 本级…, 省厅本级…): its own doings, after the figures of the levels below. */
export const OWN_LEVEL = /^[^,，;；。\d]{0,4}本级/
/** A clause that ends in a count of events (…培训4次，, …讲座三场，: a figure in one of EVENT_UNITS). */
const EVENTS_COUNTED = new RegExp(`(?:[0-9０-９]|[一二两三四五六七八九十百千])(?:余|多)?(?:${[...EVENT_UNITS].sort((a, b) => b.length - a.length).join('|')})[,，;；]?$`)
/** A verb that opens an act of its own (optionally after 共/全年/累计/依法): 举办, 查处, 受理… */
const OWN_VERBS = '(?:共|全年|累计|先后|依法|另)?(?:举办|组织|开展|召开|查处|查办|办理|受理|办结|作出|审查|审核|报送|实施|完成|立案|收缴|处以|发生|新增|涉及|清理|承办|适用)'
const OWN_VERB = new RegExp(`^${OWN_VERBS}`)
/** The same verb after the clause's noun, right before its figure ("公益普法活动开展20余场", "行政许可共办理12件"). */
const OWN_VERB_AFTER_NOUN = new RegExp(`^[^,，;；。、:：\\d]{1,16}?${OWN_VERBS}了?(?:共计|共|累计|达到|达)?(?:\\d|[一二两三四五六七八九十百千])`)

/**
 * Start of the event of the clause from `cs` whose term or figure is at `anchor` (`floor`: the sentence's start);
 * `related`: whether a clause before may be the same event (it names one of the rule's terms, or any in training);
 * `events`: whether the figure counts events (EVENT_UNITS).
 */
export function eventStart(text: string, floor: number, cs: number, anchor: number, related: (clause: string) => boolean, events: boolean): number {
  if (anchor - cs > 2 || cs <= floor) return cs
  if (OWN_OPENING.test(text.slice(cs, anchor)) || OWN_LEVEL.test(text.slice(cs, cs + 8)) || OWN_VERB.test(text.slice(cs, anchor + 6)) || OWN_VERB_AFTER_NOUN.test(text.slice(cs, cs + 30))) return cs
  const before = clauseStart(text, cs - 1, floor)
  const prior = text.slice(before, cs)
  return related(prior) && !(events && EVENTS_COUNTED.test(prior)) ? before : cs
}

/**
 * What a clause may hold before its figure and still count the act of the clause before it: totals, the author, a plain verb, the
 * share of what the clause before counts (全程网办事项1260项，占比85% / 占事项总数的85%), the result after a target (…目标为90%，实际完成93.5%), the level after a
 * change (…较去年同期增加38件，总数达到236件; …同比下降31%，降至27件).
 */
const BARE_LEAD = /占比|占[^,，;；。\d]{0,8}?的?(?:比例|比重)|占[^,，;；。\d]{0,8}的|共计|合计|总计|总数|总量|总额|累计|实际|全年|本年|今年|当年|先后|分别|达到|其中|覆盖|依法|及时|按时|按期|全部|处理决定|本局|我局|全局|局机关|本单位|年内|举办|组织|开展|召开|进行|完成|举行|办理|办结|受理|审结|审理|答复|查处|查办|审查|审核|化解|调解|排查|整改|处理|实施|作出|收到|(?:增加|增长|上升|提高|提升|减少|下降|降低|[增降减])(?:至|到)|[共计达均已又还另了约近]/g

/**
 * Whether the figure at `figure`, after a break, a colon or in an aside that follows a term ending at `termEnd`, opens a clause
 * that names an act or a kind of its own before it ("组织学法，开展调研7次", "人均学法34学时（公开征求意见7次）", "行政处罚情况：简易
 * 程序21件"): that act's or kind's count, not the term's.
 * A clause that only totals or repeats a plain verb ("组织专题学法，全年共举办7次", "…，覆盖270余人次") goes on about the term.
 */
export function actOfItsOwn(text: string, termEnd: number, figure: number, floor: number): boolean {
  const link = text.slice(termEnd, figure)
  // (an aside closed before the figure describes the term: "审查…规范性文件（草案）18件")
  const opened = Math.max(link.lastIndexOf('（'), link.lastIndexOf('('))
  const aside = opened > Math.max(link.lastIndexOf('）'), link.lastIndexOf(')')) ? opened : -1
  if (aside < 0 && !/[,，:：]/.test(link)) return false
  const lead = aside >= 0 ? termEnd + aside + 1 : clauseStart(text, figure, floor)
  return /[\u4e00-\u9fff]{2}/.test(text.slice(Math.max(lead, termEnd), figure).replace(BARE_LEAD, ''))
}

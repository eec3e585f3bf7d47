/**
 * Training events the agency's people only attended or sat (corpus README, "Training"): 参加 another's course, a chosen few sent
 * to one (选派, 抽调, 遴选…), a host above the agency named in an item of a list its people attended, people counted in a clause
 * that names no event of its own after one that attended, and a quiz, contest or exam no training joins. None of them is the
 * agency's own session, nor are the people at them its participants.
 */
import type { CompiledRule, TermHit } from './rules'
import type { Span } from './structure'
import { clauseStart } from './structure'
import type { EventAt } from './training'

/**
 * A host above any local agency opening a list item: 省厅, 自治区级, 上级部门, 国家局. A city's or a
 * county's level (市级培训) may be the author's own, so it names no other host.
 */
const HIGHER_HOST = /^(?:中央|国家|全国|省|自治区)(?:级|厅|局|委|政府|直)|^上级/

/** Whether the figure is an item after 、 of a list governed by 参加 whose own words name a host above the agency. */
function attendedItem(text: string, at: EventAt): boolean {
  const before = text.slice(at.clause, at.anchor)
  const item = before.lastIndexOf('、')
  return item >= 0 && /参加|出席|列席/.test(before.slice(0, item)) && HIGHER_HOST.test(before.slice(item + 1))
}

/**
 * An event the agency's people took part in rather than held: 参加 not governed by 组织/动员/带领 (nor the listeners' own 参加听讲), or a
 * chosen few sent to it (选派3名…参加, 组织部分干部参加) — the sessions rule's \`narrow\`, read over the event; a verb that
 * only sends people to another's event (选派, 抽调, 选送, 遴选, 挑选, 派出) sends them whoever they are and however the stay is said
 * (选派干部38人次参训, 抽调执法骨干12人参加全市…培训).
 */
const SENT_FEW = /(?:组织|选派|派|推荐)(?:相关|有关|部分|业务骨干|骨干|人员|(?:\d+|[一二两三四五六七八九十百千]+)名)[^,，;；。]{0,8}参加|(?:选派|抽调|选送|遴选|挑选|抽选|派出(?!所))[^,，;；。]{0,12}?(?:参加|参训)/
/** The author as the host of the event its people take part in (参加本局举办的…, 参加了局机关组织的…): its own event, not attended. */
export const OWN_HOSTED = '了?(?:(?:本|我)(?:局|委|厅|办|镇|乡|县|市|区|街道|单位)|(?:局|委|厅)?机关)(?:举办|组织|主办|召开)的'
const ATTENDED = [new RegExp(`^(?:(?!组织|动员|带领)[^])*?参加(?!的|听讲|听课|$|${OWN_HOSTED})`), SENT_FEW]

/** A quiz, a contest or an exam, with what it tests (学法答题, 知识竞答, 法律知识考试). */
const QUIZ = /(?:学法|法律知识|法治知识|知识)?(?:答题|竞答|竞赛|考试|测试)/g
/** A kind of training or study. */
const TRAINING_KIND = /培训|学习|学法|讲座|授课|轮训|研讨|讲堂|法治课/
/** Whether an event names a quiz, a contest or an exam and, that aside, no training. */
function quizOnly(event: string): boolean {
  const rest = event.replace(QUIZ, '')
  return rest !== event && !TRAINING_KIND.test(rest)
}

/** An event named in a clause (its verb of holding or its kind): people counted there are that event's. */
const OWN_EVENT = new RegExp(`举办|组织|开展|召开|举行|${TRAINING_KIND.source}`)

/** Whether a clause says the agency's people took part in an event rather than held it. */
export const attendedClause = (clause: string): boolean => ATTENDED[0].test(clause)

/**
 * Whether the figure ending at `figureEnd`, tied to the term at `hit`, counts an event the agency's people only attended or sat
 * (`item`: the event's text without a list's earlier items).
 */
export function attendedOnly(text: string, rule: CompiledRule, hit: TermHit, figureEnd: number, sentence: Span, at: EventAt,
  item: string): boolean {
  if (attendedItem(text, at)) return true
  // People counted at an event the agency's people only attended ("参加各级法治培训15次，参训96人次").
  // A later item of a 、-list has its own host ("参加自治区级培训15人次、市级培训180人次": see attendedItem);
  // `item` is the event without the list's earlier items.
  if (rule.units.has('人次') && ATTENDED.some((re) => re.test(item))) return true
  // A count before the event it counts ("参加2次省厅培训") attended like one after it (the sessions rule's narrow);
  // so do the few sent, counted inside the phrase that sends them ("选派3名执法骨干参加…培训班").
  if (hit.start >= figureEnd && (ATTENDED.some((re) => re.test(text.slice(at.clause, at.anchor))) || SENT_FEW.test(text.slice(at.clause, hit.end)))) return true
  // The training family's people only (another family's count after an attended course is its own: "…参加上级组织的专题培训9期，
  // 收到34件政府信息公开申请"):
  if (rule.indicator.family !== 'training' || !rule.units.has('人次')) return false
  // people counted at a quiz, a contest or an exam that no training joins (组织网上学法答题，参与人数856人) sat it (README: 答题N人次);
  if (quizOnly(text.slice(at.event, at.anchor))) return true
  // people counted after their figure in a clause that names no event of its own go with the clause before: attended there,
  // attended here ("参加市卫健委组织的线上法治培训4场，局机关共186人次参训").
  return hit.start >= figureEnd && at.clause > sentence.start && !OWN_EVENT.test(text.slice(at.clause, at.anchor)) &&
    ATTENDED[0].test(text.slice(clauseStart(text, at.clause - 1, sentence.start), at.clause - 1))
}

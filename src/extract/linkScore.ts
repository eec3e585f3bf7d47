/**
 * How well a figure is tied to a term (./engine.ts `candidateFor` found them): what near the link disqualifies it (an
 * exclusion, another body's or an area's figure, someone else's event, a narrower scope, a part of another total) and the
 * score a candidate carries into the choice of one value per indicator (term distance and rank, a total marker, an area's or
 * a subordinate's figure, the author's own claim, another stage, a sub-figure, the author's role in reviews).
 */
import type { NumberToken } from './numbers'
import { clauseEnd, clauseStart, inSpans } from './structure'
import { gap, type CompiledRule, type TermHit } from './rules'
import { isScoped } from './termLink'
import { evidenceSpan, type Candidate } from './candidate'
import { EVENT_UNITS } from './targets'
import { kindsAmount, otherMeasureTotal, otherStageTotal, partWithTotal, totalOfOtherKinds } from './subitems'
import { otherTotalsPart } from './scope'
import { othersFigure, ownObject } from './objects'
import { exclusionNear, listExcluded, speaksForItem } from './exclusionReach'
import { namedOwnPart, ownPart } from './ownPart'
import { AREA_BODIES, TIME_LEAD, courtsPart, withoutAudience } from './clauseSubjects'
import { allLevels, EARLIER_ITEM, notOwnTraining } from './training'
import { OWN_HOSTED } from './trainingAttended'
import { carriedSubject } from './carriedSubject'
import { fieldPart } from './fieldPart'
import { anyTerm } from './ruleIndex'
import { eventStart } from './clauseEvent'
import { bodiesTimes, eachTimes, groupSum, GROUP_REACH, oneParty, periodsTimes } from './each'
import { claimedRole, selfNamedRole, statedRole } from './authorRole'
import { underWiderHeading, widerThanAuthor } from './authorLevel'
import { governmentsPart, otherDepartment, townsFigure } from './otherDepartment'
import type { Sentence } from './engine'
import { DIRECTS_BODIES, directedOthers } from './directed'

/** A term followed by these names a body (复议机关, 复议机构), not what it counts. */
const BODY_AFTER_TERM = /^(?:机关|机构)/
/** Words that mark a clause's figure as a total, or as the author's own level's (市本级办件…: 本级). */
const TOTAL_MARKER = /共|全年|累计|总计|合计|总共|全局|全区|全县|全市|全省|今年|年内|全系统|本级/
const ASSISTED = /参与|协助|协同|配合|帮助|指导|陪同|随同|列席|旁听|参会/g
/** Others the author invited to help with its own act (邀请专家随同执法人员开展检查, 聘请律师参与…): their help, the author's act. */
const INVITED_HELP = /((?:邀请|聘请|特邀)[^,，;；。]{1,16}?)(参与|协助|协同|配合|帮助|指导|陪同|随同)/g
/** Helping another body with its act (the verbs of ASSISTED that make a total someone else's). */
const HELPED = /参与|协助|协同|配合/
/**
 * Score such an area's total loses, and more that a figure the author claims as its own (本局检查…,
 * 我委办理…) wins: less than another stage or a sub-figure, more than a term's rank, a few characters' distance and a
 * total marker together, so the author's own figure under its plain name wins over an area's read with a stronger term and
 * a total marker ("本局法制审核重大执法决定36件。全市各级…共开展重大行政执法决定法制审核520件": 10 was less than the two).
 */
const AREA_TOTAL = 25
const OWN_CLAIM = 15
/**
 * A whole area as a clause's subject (全市共…, 全省累计…): its total, like its bodies' (AREA_BODIES). Not 全国: the nation's figure
 * is what a ministry reports of its field (the corpus README's 全国人民调解组织共调解…1494万件), and no other author states it beside its own.
 */
const WHOLE_AREA_LEAD = /^\s*全[省市县区州旗]/
/** Whether a clause's lead counts for an area: its bodies (AREA_BODIES) or the whole area as its subject (WHOLE_AREA_LEAD). */
const areaLead = (lead: string) => {
  const own = withoutAudience(lead)
  return AREA_BODIES.test(own) || WHOLE_AREA_LEAD.test(own.replace(TIME_LEAD, ''))
}
const OWN_SUBJECT = /[本我](?:局|委|厅|办|单位|机关|部门|中心)/
/** A clause opening with an area (全县, 全市…) or the author's own (我县, 本局, 我街道…). */
const OWN_AREA_LEAD = /^\s*(?:全[国省市州盟县区旗镇乡]|[本我](?:[省市州盟县区旗镇乡]|街道|局|委|厅|办|单位|机关|部门|中心))/
/**
 * The organ's leadership studying (党组/党委理论学习中心组…学习N次, 政府常务会议学法N次, 局务会…): the collective law study the report's organ
 * holds itself, the value before its other sessions stated apart (the corpus README's 2026-12-02 ruling): its own claim, as 本局's is.
 * Not a party committee's (市委常委会).
 */
const LEADERSHIP = /党[组委](?:理论学习)?中心组|党组(?:会议?|扩大会)|政府常务会(?:议)?|局务会(?:议)?|(?:局|厅|主任)办公会(?:议)?|领导班子/
/** (a count the organ's leadership shares with a party committee's, 县委常委会、县政府常务会和中心组…学习N次, is no study of its own) */
const PARTY_COMMITTEE = /[省市县区州旗]委(?![员会])|常委会/
/** One subordinate unit as the clause's subject (所属执法大队…, 下属稽查支队…): its own figure, which loses to the author's as an area's does. */
const SUBORDINATE = /(?:所属|下属|直属|局属)(?!各)[^,，;；。、]{0,12}?(?:大队|支队|中队|总队|分队|分局|执法队|稽查队|司法所|派出所)/
/** A total over several bodies ("合计全市复议机关、法院和信访部门收案102件", "复议机关和法院合计收案96件"): not the agency's own figure. */
const BODY_WORD = '(?:机关|法院|检察院|部门|单位|政府|局|委|办|中心|组织|机构)'
const SHARED_TOTAL = new RegExp(`(?:合计|总计|共计|合并)[^,，;；。]{0,24}?${BODY_WORD}[、和及与][^,，;；。、]{0,12}?${BODY_WORD}|${BODY_WORD}[、和及与][^,，;；。、]{0,12}?${BODY_WORD}(?:[^,，;；。]{0,6})(?:合计|总计|共计)`)
/** Someone else's event the agency's people only attended ("参加省应急管理厅举办的…", "赴复旦大学参加…"; not 参加本局举办的…). */
const OTHERS_EVENT = new RegExp(`(?:参加|参与|出席|列席|赴)(?!${OWN_HOSTED})[^,，;；。]{0,20}(?:举办|组织|主办|召开)的|赴[^,，;；。]{0,12}(?:大学|党校|学院)|参加(?:中央|国家|省|自治区|市|上级|[县区]级)(?!级以上)`)
/** A verb of its own in a later item of a 、-list (各乡镇开展…): the item has its own doer. */
const ITEM_VERB = /开展|举办|组织|召开|进行/
/** Score a figure of another stage (收到 before 受理, 审结 after) or a whole area's programme loses: more than any distance or rank gap. */
const OTHER_STAGE = 30
/** Score a sub-figure (after 其中, in an aside) loses; a rate there loses less. */
const SUB_ITEM = 40
const SUB_RATE = 10
/**
 * A sentence that opens by adding something (此外…, 另外，…) counts one more item beside what came before it, never their
 * total: of two figures of one measure, the earlier one wins a tie it would lose to a total marker ("举办培训7期，学员1300余人；
 * 此外牵头举办示范班，累计培训负责人130余人"; 局里还举办…培训2期 after …会前学法12次). Less than an area's total: an added item of the author's own still beats an area's.
 */
const ADDED_ITEM = /^\s*(?:此外|另外|[^,，;；。\d]{0,6}?还(?:全年|年内)?(?=举办|开展|组织|召开|进行))/
const ADDED = 10

/** How far a title (《…》) around a term is looked for on either side. */
const TITLE_REACH = 60
/**
 * Whether the term stands inside a title (制定《重大行政决策程序规定》等制度5项, 学习《行政处罚法》): a document's name, not the act it
 * names, so no count of that act.
 */
function inTitle(text: string, hit: TermHit, floor: number): boolean {
  const before = text.slice(Math.max(floor, hit.start - TITLE_REACH), hit.start)
  const open = before.lastIndexOf('《')
  if (open < 0 || before.indexOf('》', open) >= 0) return false
  const close = text.slice(hit.start, hit.start + TITLE_REACH).search(/[》。\n]/)
  return close >= 0 && text[hit.start + close] === '》'
}

/**
 * A count of times the leaders deployed or took up a work (部署执法、司法、守法、普法工作20余次; 研究安排学法和法治宣传工作6次): their acts,
 * no event, case or item of that work, whichever term the work's list names (corpus README, r57b).
 */
const DEPLOYED_WORK = /^[^,，;；。\d]{0,8}?(?:研究|部署|安排|调度|谋划)[^,，;；。\d]{0,24}?工作(?:共|计|达|累计)?$/

/** The candidate for figure `k` tied to `hit`, unless something near it disqualifies the link. */
export function linked(text: string, rule: CompiledRule, k: number, sentence: Sentence, hit: TermHit, after: boolean,
  updated: Set<NumberToken>): Candidate | null {
  const tok = sentence.tokens[k]
  const anchor = after ? tok.start : hit.start
  const cs = clauseStart(text, anchor, sentence.start)
  if (rule.exclude?.test(exclusionNear(text, tok, hit, after, sentence, cs))) return null
  if (!after && DEPLOYED_WORK.test(text.slice(cs, tok.start))) return null
  if (inTitle(text, hit, sentence.start) || totalOfOtherKinds(text, rule, sentence, tok)) return null
  if (!after && !ownObject(text, rule, hit, tok, sentence, cs)) return null
  // An item of a 、-list shares the list's verb: "发现事故隐患2365条、火灾隐患683条" — both found.
  if (!after && listExcluded(text, rule, cs, hit)) return null
  const eventFrom = eventStart(text, sentence.start, cs, anchor, (c) => rule.indicator.family === 'training' || anyTerm(rule)(c), EVENT_UNITS.has(tok.unit))
  // (An earlier item of a 、-list keeps its own: 开展法治讲座3场、旁听庭审2次、集中学法5次; in training, so does the last one closed by its
  // figure before the people counted after the list: …、旁听庭审1次，参训执法人员450人次.)
  const eventLead = text.slice(eventFrom, anchor)
  const helped = eventLead.replace(INVITED_HELP, (_m, invited: string, verb: string) => invited + '　'.repeat(verb.length))
  if (speaksForItem(helped, ASSISTED, helped, rule.indicator.family === 'training')) return null
  // (results a directive in the clause, or before it in the sentence, names other bodies for: 督促地方…行政处罚12起; training's own rules read it)
  if (rule.indicator.family !== 'training' && (speaksForItem(eventLead, DIRECTS_BODIES, eventLead) || directedOthers(text, sentence.start, cs, anchor))) return null
  // (others' total is still read for the author's part right after it: "全省各市州…共办理…4200件，厅本级办理26件")
  if (SHARED_TOTAL.test(text.slice(eventFrom, tok.start)) || (othersFigure(text, rule, sentence, eventFrom, anchor, tok) && !ownPart(text, sentence, k))) return null
  const carried = carriedSubject(text, sentence, k, cs, anchor)
  if (carried === 'others' || fieldPart(text, sentence, cs)) return null
  // (another department as the clause's subject, in a department's report: "县公安局全年办理行政处罚案件318件" in a 人社局's)
  if (otherDepartment(text.slice(cs, after ? anchor : hit.end), sentence.department, sentence.title)) return null
  // (one town named as the subject in a county's or a city's government's report: "桃坪镇综合执法队查处…42起")
  if (sentence.government && townsFigure(text.slice(cs, after ? anchor : hit.end), sentence.level)) return null
  const event = text.slice(eventFrom, anchor)
  if (OTHERS_EVENT.test(event.includes('、') ? event.replace(EARLIER_ITEM, '') : event) || (after && OTHERS_EVENT.test(text.slice(tok.end, Math.max(hit.end, clauseEnd(text, tok.end, sentence.end)))))) return null
  const distance = after ? 0 : gap(text, hit.end, tok.start)
  const subItem = inSpans(sentence.subItems, anchor)
  // A part shares its total's verb (partWithTotal); a part one named organ did has its own (see namedOwnPart).
  const part = subItem ? sentence.subItems.find((p) => anchor >= p.start && anchor < p.end)! : null
  const named = part !== null && namedOwnPart(text, sentence, part, tok.start)
  // (nor a part of a total the author only helped with: "配合市局查处案件4件，其中罚款12万元")
  if (part && !named && (rule.exclude?.test(partWithTotal(text, sentence, part, anchor)) || HELPED.test(partWithTotal(text, sentence, part, anchor)))) return null
  if (part && !named && (otherTotalsPart(text, rule, sentence, part) || courtsPart(text, sentence, part) ||
    (rule.indicator.unit === 'yuan' && kindsAmount(text, part, tok)))) return null
  // A narrower scope in the clause ("因信息公开引发行政复议6件、行政诉讼3件"): a part, not the total; also one that opens a later
  // item of a 、-list after a figure with its own verb ("开展法治培训5期、各乡镇开展法治培训30期": the towns' own; not a level of
  // one programme, "乡级培训20场、村级培训105场").
  const scope = text.slice(cs, hit.start)
  const item = scope.includes('、') ? scope.replace(EARLIER_ITEM, '') : ''
  if (!after && (rule.narrow?.test(scope) || (ITEM_VERB.test(item) && rule.narrow?.test(item)))) return null
  const at = { clause: cs, event: eventFrom, anchor }
  if (notOwnTraining(text, rule, hit, tok.end, sentence, at)) return null
  // (an area's of all levels, unless the author's part follows it: "全省各级…持证执法人员500人（其中我厅36人）")
  if (allLevels(text, rule, at, sentence.start, tok.start) && !ownPart(text, sentence, k)) return null
  if (rule.indicator.unit === 'yuan' && oneParty(text.slice(cs, tok.start))) return null
  let score = 100 - distance - 2 * hit.rank
  if (TOTAL_MARKER.test(text.slice(cs, tok.start)) && !groupSum(text.slice(Math.max(sentence.start, tok.start - GROUP_REACH), tok.start))) score += 5
  if (ADDED_ITEM.test(text.slice(sentence.start, anchor))) score -= ADDED
  // (a part of an area's total, by kind or by body, is the area's too: "全市各级复议机关新收…2400件，其中市政府复议案件420件")
  const areaPart = part !== null && !named && areaLead(text.slice(clauseStart(text, part.start - 1, sentence.start), part.start))
  // (a term naming the clause's body, 复议机构/复议机关, stands in its subject: the area is read from the clause's start, "各级复议机构办理
  // …6.38万件"; a part one organ did, named, carries no area's subject: "…；其中，由司法部办结的…4644件")
  const lead = !after && BODY_AFTER_TERM.test(text.slice(hit.end, hit.end + 2)) ? text.slice(cs, hit.end + 2) : text.slice(eventFrom, after ? anchor : hit.end)
  // (a clause opening with its own area or the author reads its area from itself, not from the event before: "全市查处…1.2万件，我县查处…126件";
  // a wider area's total is still read for the author's part right after it: "全市行政复议案件1860件，我县86件")
  if ((widerThanAuthor(OWN_AREA_LEAD.test(text.slice(cs, anchor)) ? text.slice(cs, after ? anchor : hit.end) : lead, sentence.level) ||
    underWiderHeading(text, sentence.paragraph, sentence.start, anchor, sentence.level)) && !ownPart(text, sentence, k)) return null
  if ((carried === 'area' && !named) || areaPart || areaLead(lead) || SUBORDINATE.test(text.slice(eventFrom, anchor))) score -= AREA_TOTAL
  // (one of a government's departments, 县城管局查处…, is a part of its area's figure: it loses to the area's total as a part does)
  if (sentence.government && governmentsPart(text.slice(cs, after ? anchor : hit.end))) score -= SUB_ITEM
  // (Only a figure in its term's clause: 本局 does not carry a term across a comma to another term's figure.)
  if (named || (OWN_SUBJECT.test(text.slice(anchor === cs ? eventFrom : cs, anchor)) && clauseStart(text, tok.start, sentence.start) <= anchor)) score += OWN_CLAIM
  if (rule.indicator.family === 'training' && EVENT_UNITS.has(tok.unit) && LEADERSHIP.test(text.slice(cs, anchor)) && !PARTY_COMMITTEE.test(text.slice(cs, anchor))) score += OWN_CLAIM
  // A rate after 其中 is no part of a count's total ("其中调处成功473件，成功率96.5%"): it only loses a tie.
  if (subItem && !named && !(part && (otherStageTotal(text, rule, sentence, part, anchor) || otherMeasureTotal(text, rule, sentence, part, tok)))) {
    score -= tok.unit === '%' ? SUB_RATE : SUB_ITEM
  }
  if (rule.otherStage?.test(text.slice(clauseStart(text, tok.start, sentence.start), clauseEnd(text, tok.end, sentence.end)))) score -= OTHER_STAGE
  if (rule.wholeArea?.test(withoutAudience(text.slice(eventFrom, anchor)))) score -= OTHER_STAGE
  // A review figure in a clause that states a role (作为被申请人…, 作为复议机关，…): the author's in its kind's role, another's in the other;
  // one the author claims with 作为 in the other role (县政府作为被申请人的…5件 in a government's report), or by naming its own government
  // (以市政府为被申请人… in a city's), is never its count, alone or not.
  // (its own government named up to the role word, which may follow the review term: 以区人民政府为行政复议被申请人的案件…)
  const reviews = /复议/.test(text.slice(hit.start, hit.end))
  if (reviews && sentence.author === 'review_body' && selfNamedRole(text, sentence.start, Math.max(anchor, hit.end + 4), sentence.level)) return null
  const role = sentence.author && reviews ? statedRole(text, sentence.start, anchor) : null
  if (role && role !== sentence.author && claimedRole(text, sentence.start, anchor) === role) return null
  if (role) score += role === sentence.author ? OWN_CLAIM : -OTHER_STAGE
  const span = evidenceSpan(text, sentence, Math.min(anchor, tok.start), after ? hit.end : tok.end)
  // (an amount for each of several parties: "对2家企业各处罚款5000元" is 10000; a count for each of listed months: "3月、6月各…1次" is 2;
  // one for each of listed bodies: "中心组和常务会议各…2次" is 4)
  const upTo = text.slice(cs, tok.start)
  const n = rule.indicator.unit === 'yuan' ? eachTimes(upTo) : rule.indicator.unit === 'count' ? Math.max(periodsTimes(upTo), bodiesTimes(upTo)) : 1
  return {
    indicatorId: rule.indicator.id, value: tok.value * n, low: tok.low === null ? null : tok.low * n, high: tok.high === null ? null : tok.high * n,
    qualifier: n > 1 ? 'derived' : tok.qualifier,
    start: span.start, end: span.end, score, termLength: hit.end - hit.start, token: tok,
    paragraph: sentence.paragraph, sentence: sentence.period, scoped: !after && isScoped(text, cs, hit, tok.start), subItem,
    via: after ? 'after' : 'term', distance, change: updated.has(tok),
  }
}

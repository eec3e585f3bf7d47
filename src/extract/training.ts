/**
 * Training-family forms a term and a figure alone do not settle (corpus README, "Training"):
 *
 * - Outsiders (企业, 群众) named as the audience in the figure's event (its clause, or the one before
 *   when the figure's opens with the term: "为企业开展培训10场，培训800人次"), or in the next clause when it
 *   goes on about the training or says whom it was for ("…讲座3场，邀请律师为企业经营者授课"), make it someone
 *   else's training, not the agency's own (`audience`).
 * - Another body named before the figure in its period (县委组织部另办…) holds the event (`other_host`); bodies a directive
 *   named before it in its sentence (指导各地民宗局…，培训协管员1091名) hold it too (./directed.ts).
 * - An item of a list the agency's people attended (参加…) that names a host above it ("参加国家局培训会4次、
 *   省厅培训2次") is that host's event; so are the other events they only attended or sat (./trainingAttended.ts).
 * - A study count listed with counts of party meetings ("召开中心组学习会12次、党组会议30次") counts
 *   routine meetings, unless its own item names law.
 * - A lecture (讲座, 讲堂, 授课, 法治课) counts by its audience. Held for the agency's own staff or
 *   leaders (干部职工, 机关工作人员, 执法人员) it is a training session; for the public (进社区/进企业/
 *   进校园, 群众, 企业, 学生) it is a legal publicity event, also when the next clause says who attended
 *   ("举办法治讲座6场，参加群众500余人次"). With no audience in these clauses, the topic
 *   of its sentence decides, then that of the text before it in the paragraph: 学法/培训 → session,
 *   普法/宣传 → publicity. A rule says which kind its lectures are (`lecture`; ./trainingLecture.ts).
 * - An event whose topic is something other than law (二十大精神, 全会精神, 党史, 主题教育, 党纪,
 *   第一议题, 业务培训, 消防培训) is no law training unless its clause names law as well (never when
 *   the term is another kind joined to a law kind: "法治讲座和业务培训60场次" counts both), or its sentence opens by naming
 *   law as what is studied ("把学习…习近平法治思想作为首要任务，通过…“第一议题”等集中学习64次") (`other_topic`).
 */
import type { CompiledRule, TermHit } from './rules'
import type { Span } from './structure'
import { clauseEnd, factEnd, leadStart } from './structure'
import { ledByOtherTopic, namedTopic, namesLaw, otherTopic, topicEvent, withoutOrgans } from './trainingTopic'
import { otherHosted } from './trainingHost'
import { directedOthers } from './directed'
import { attendedClause, attendedOnly } from './trainingAttended'
import { lectureFits, PARAGRAPH_REACH } from './trainingLecture'
import { namesSubject } from './carriedSubject'
import { TIME_LEAD } from './clauseSubjects'

/**
 * An item of a 、-list after a figure ("参加自治区级培训10人次、市级培训210人次", also in Chinese numerals) has its
 * own host: the items before it do not speak for it.
 */
export const EARLIER_ITEM = /^.*(?:\d|[一二两三四五六七八九十百千]+(?:余|多)?(?:人次|场次|批次|次|场|期|人|名|件|项|个))[^、]*、/s

/** The sentence a figure stands in: its span, its paragraph's start and its period's (sentences joined by ；). */
interface Place extends Span { paragraph: number; period: number }
/** Where the figure's clause starts, where its event starts (the clause before, when the figure's opens with the term), and the term or figure it is anchored at. */
export interface EventAt { clause: number; event: number; anchor: number }

/**
 * Whether the figure ending at `figureEnd`, tied to the term at `hit`, counts no training of the
 * agency's own under `rule`: outsiders' training, a lecture for the other audience, an event on
 * another topic or held by another body; in any family, a figure of the units below under their heading, and one of a clause
 * a directive to the bodies below governs (./directed.ts).
 */
export function notOwnTraining(text: string, rule: CompiledRule, hit: TermHit, figureEnd: number, sentence: Place,
  at: EventAt): boolean {
  if (underUnitsBelow(text, sentence, at)) return true
  if (rule.indicator.family === 'training' && notTheEvent(text, rule, hit, figureEnd, sentence, at)) return true
  if (directedOthers(text, sentence.start, at.clause, at.anchor)) return true
  // A term before the figure at its clause's opening ("…，培训800人次") carries the clause before it; one after it does not.
  const event = hit.start < figureEnd ? at.event : at.clause
  if (rule.audience && forOutsiders(text, rule.audience, event, figureEnd, sentence)) return true
  if (rule.lecture && !lectureFits(text, rule.lecture, hit, figureEnd, sentence, leadStart(text, sentence.paragraph))) return true
  const eventEnd = factEnd(text, figureEnd, sentence.end)
  // (law named as studied earlier in the sentence speaks for a 第一议题 study, not for one that names its own other topic:
  // "…学习研读习近平法治思想，常态开展中央八项规定精神学习教育和交流研讨343次")
  const ownEvent = text.slice(at.event, eventEnd)
  if (rule.otherTopic && (otherTopic(text, rule.otherTopic, at.event, eventEnd) || (namedTopic(text, at.event, Math.max(figureEnd, hit.end)) &&
    !namesLaw(ownEvent))) && (!rule.weakLead?.test(text.slice(sentence.start, at.event)) ||
    otherTopic(ownEvent.replace(STUDY_FORMS, ''), rule.otherTopic, 0, Infinity))) return true
  // A law kind joined with another kind in one count ("法治讲座和业务培训60场次") is no law count; so is
  // law joined with another topic ("习近平法治思想和党的二十届三中全会宣讲活动40场"), and so are the people at it, whose clause
  // goes on about its event ("…学习习近平法治思想和党的二十大精神共12次，全镇47名公职人员全部参加").
  if (rule.otherTopic && JOINED_KIND.test(text.slice(Math.max(at.clause, hit.start - 12), hit.end))) return true
  if (rule.otherTopic && JOINED_TOPIC.test(text.slice(at.event, hit.end))) return true
  if (rule.otherTopic && amongMeetings(text, at, figureEnd, sentence)) return true
  // People counted at an event the agency's people only attended, or at a quiz they sat (./trainingAttended.ts).
  if (attendedOnly(text, rule, hit, figureEnd, sentence, at, text.slice(at.event, at.anchor).replace(EARLIER_ITEM, ''))) return true
  return otherHosted(text, rule, sentence, at.anchor, figureEnd)
}

/** A numbered heading that names the units below the author as its subject (（二）局属单位学法情况, （三）基层站所, （二）基层市场监管所执法情况). */
const UNITS_BELOW_HEADING = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])\s*(?:局属|下属|所属|直属|委属|厅属|基层|各乡镇|各(?:直属|下属)?单位)/
/** The author named as a subject before the figure (本局…, 局机关…): its own again, whatever the heading. */
const OWN_NAMED = /(?:本|我)(?:局|委|厅|办)|局机关|局本级|机关本级/

/**
 * A figure of a paragraph under a heading naming the units below (（二）局属单位学法情况\n全年开展法治培训46场; （二）基层所执法情况\n
 * 全年查处违法案件46件), in any family: theirs, unless its sentence names the author before it.
 */
function underUnitsBelow(text: string, sentence: Place, at: EventAt): boolean {
  const heading = leadStart(text, sentence.paragraph)
  return heading < sentence.paragraph && UNITS_BELOW_HEADING.test(text.slice(heading, sentence.paragraph)) &&
    !OWN_NAMED.test(text.slice(sentence.start, at.anchor))
}

/** An area's bodies of all levels as a clause's subject (全省各级…, 全市各级…). */
const ALL_LEVELS = /^(?:全年|年内)?全(?:[国省市县区州盟旗]|系统|行业)各级/
/**
 * A clause that covers an area's bodies of all levels (覆盖全县各级党委（党组）理论学习中心组80余场、干部教育培训160余场) or opens with
 * them before a 、-list of their events: every item of that list is theirs, unless an item names a subject of its own.
 */
const COVERS_ALL_LEVELS = /^(?:全年|年内)?全(?:[国省市县区州盟旗]|系统|行业)各级|覆盖(?:全(?:[国省市县区州盟旗]|系统|行业))?各级/

/**
 * An area's bodies of all levels opening the event ("全省各级组织党员教育培训1.2万期，培训党员148.8万人次", 全市各级中心组…):
 * theirs, never the author's own sessions, participants or certified staff (corpus README, eighteenth and twentieth batches),
 * though the author's part may follow (engine.ts reads it). 各级 alone (各级党组织专题学习100余场次) is left to the optional
 * labels that add it to the author's own. So is a figure whose clause, and every clause before it back to the sentence's opening,
 * names no subject of its own when that opening is led by them ("全市各级党委（党组）理论学习中心组…实现全覆盖，共开展专题学习N场次"), and
 * the items of a 、-list in a clause that covers them or opens with them (COVERS_ALL_LEVELS).
 */
export function allLevels(text: string, rule: CompiledRule, at: EventAt, sentenceStart: number, figureStart = at.anchor): boolean {
  if (rule.indicator.family !== 'training') return false
  if (ALL_LEVELS.test(text.slice(at.event, at.anchor))) return true
  // (up to the figure: a term before 覆盖 names the event whose count of all levels follows, 各类法治培训覆盖全区各级…中心组62场)
  const clause = text.slice(at.clause, Math.max(at.anchor, figureStart))
  const item = clause.lastIndexOf('、')
  if (COVERS_ALL_LEVELS.test(clause) && (item < 0 || !namesSubject(clause.slice(item + 1)))) return true
  // (a time the sentence opens with, 2023年，…, is no opening of its own: the clause after it is)
  const time = TIME_LEAD.exec(text.slice(sentenceStart, sentenceStart + 16))
  const from = time && /[,，]/.test(text[sentenceStart + time[0].length] ?? '') ? sentenceStart + time[0].length + 1 : sentenceStart
  if (at.clause <= from) return false
  const opening = clauseEnd(text, from, at.clause)
  return ALL_LEVELS.test(text.slice(from, opening)) && !namesSubject(text.slice(opening + 1, at.anchor))
}

/** A count in a clause (Arabic, or a Chinese numeral before an event's or a person's measure word). */
const OWN_COUNT = /[0-9０-９]|[一二两三四五六七八九十百千]+(?:场|次|期|堂|轮|人|名)/

/** Whether the figure's clause, or the next one when it goes on about the training, names outsiders as its audience. */
function forOutsiders(text: string, audience: RegExp, event: number, figureEnd: number, sentence: Span): boolean {
  const ce = factEnd(text, figureEnd, sentence.end)
  if (audience.test(text.slice(event, ce))) return true
  const next = text.slice(ce + 1, clauseEnd(text, ce + 1, sentence.end))
  // (one saying whom it was for has no figure of its own: "…，为企业开展法律培训4场" is another event)
  const goesOn = /^(?:全年|年内)?(?:共|累计)?(?:培训|参训|受训)/.test(next) || (/^(?:面向|针对|为|邀请[^,，;；。]{0,12}?为)/.test(next) && !OWN_COUNT.test(next))
  return goesOn && audience.test(next)
}

/** Another kind of training joined to the law kind before it, ending at the term ("…和业务培训", "、岗前培训"). */
const JOINED_KIND = /[和及与、](?:业务|技能|岗前|入职|消防|安全生产|应急)[^和及与、,，;；。]{0,4}(?:培训|学习)(?:会|班)?$/

/**
 * Law joined to a political topic as one subject of the count, in either order: 习近平法治思想和党的二十届三中全会宣讲, 党纪和法律法规
 * 专题学习, 党的二十大精神和宪法学习, 总书记重要讲话重要指示精神、习近平法治思想 (the leader's speeches and instructions, the Thought
 * as a whole).
 */
const POLITICAL = String.raw`(?:党的)?(?:二十大|十九大|二十届[^,，;；。]{0,4}全会|全会精神|党史|主题教育|党纪|(?:总书记)?重要(?:讲话|指示|批示)|新时代中国特色社会主义思想)`
const LAW_TOPIC = String.raw`(?:习近平)?(?:法治思想|法律|法规|宪法|民法典)`
const JOINED = String.raw`${LAW_TOPIC}[”"》]?[和及与、]${POLITICAL}|(?:二十大|十九大|全会|党史|主题教育|党纪|重要(?:讲话|指示|批示)|社会主义思想)(?:精神|学习教育)?[”"》]?[和及与、]${LAW_TOPIC}`
const JOINED_TOPIC = new RegExp(JOINED)
/**
 * Law as the last of a study's topics named after it, in a clause of its own after a political one (…，全面学习贯彻党的二十大…全会精神，
 * 深入领会习近平法治思想): the political line studied, law one of its topics, as when 和 joins them (corpus README, "Precision forms 56b").
 */
const LAW_AFTER = String.raw`(?:二十大|十九大|全会|党史|主题教育|党纪|重要(?:讲话|指示|批示)|社会主义思想)(?:精神|学习教育)?[”"》]?[，,](?:深入|认真|全面|系统)?(?:学习|领会|领悟|贯彻|践行|研读)+${LAW_TOPIC}`
/** The same and LAW_AFTER, every match: what a weak term's requirement of law is read without (law named only beside a political topic). */
const JOINED_TOPICS = new RegExp(`${JOINED}|${LAW_AFTER}`, 'g')

/** A count of party meetings: 党组会议30次, 党委会16次, 支委会8次. */
const PARTY_MEETING_COUNT = /(?:党委|党组|党工委|常委|支委|支部委员)会(?:议)?[^,，;；。、\d]{0,4}[0-9一二两三四五六七八九十]/

/** Party meetings joined to the study term in one count: 党组会、理论中心组学习会20余次. */
const PARTY_MEETING_JOINED = /(?:党委|党组|党工委|常委|支委|支部委员)会(?:议)?[、和及与]/

/** Whether the figure's clause lists it with counts of party meetings while its own event names no law. */
function amongMeetings(text: string, at: EventAt, figureEnd: number, sentence: Span): boolean {
  const clause = text.slice(at.clause, factEnd(text, figureEnd, sentence.end))
  if (PARTY_MEETING_COUNT.test(clause) && !namesLaw(text.slice(at.event, figureEnd))) return true
  // One count of party and study meetings is law study only when its clause or its sentence before it names law as studied.
  return PARTY_MEETING_JOINED.test(text.slice(at.clause, at.anchor)) && !namesLaw(clause) &&
    !LAW_STUDIED.test(text.slice(sentence.start, at.anchor))
}

/** Law as what is studied (not 法治建设 as work to do): 学法, 习近平法治思想, 法律法规, 宪法. */
const LAW_STUDIED = /学法|法治思想|法律|法规|宪法|民法典/

/** Forms of political study listed as other topics that name no topic of their own: a law lead says what they studied. */
const STUDY_FORMS = /第一议题|主题党日/g

/** A count of meetings right before the figure whose term follows it: 召开党委专题会议3次研究法治宣传. */
const MEETINGS_COUNTED = /(?:会议|[委组务公]会|(?:例|座谈|推进|调度|部署|专题)会)(?:共|累计)?$/

/**
 * A sentence led by a topic it goes on to study or preach: 围绕学习贯彻…全会精神，街道举行学习会11次; or by the part of
 * the work it reports on (党建方面，…组织干部职工学习培训22期), or by a study campaign named by its topic (深入开展中央八项规定精神学习教育，…).
 */
const TOPIC_LEAD = /^(?:为|围绕|聚焦|深入|认真|以)?(?:深入)?(?:学习|宣传)?贯彻|^(?:围绕|聚焦)|^[\u4e00-\u9fff]{2,6}方面$|学习教育$/

/**
 * Whether the figure counts something other than the rule's event: meetings that took up its topic, an event of a
 * sentence led by another topic (when neither its lead nor its own clause names law), or a weak study count whose
 * only law in the sentence is an event the agency's people attended ("局领导参加了…法治专题培训班，中心组集中学习27次").
 */
function notTheEvent(text: string, rule: CompiledRule, hit: TermHit, figureEnd: number, sentence: Place,
  at: EventAt): boolean {
  if (hit.start >= figureEnd && MEETINGS_COUNTED.test(text.slice(at.clause, at.anchor))) return true
  const own = text.slice(at.clause, clauseEnd(text, Math.max(figureEnd, hit.end), sentence.end))
  const leadEnd = clauseEnd(text, sentence.start, sentence.end)
  const lead = text.slice(sentence.start, leadEnd)
  if (rule.otherTopic && leadEnd < at.clause && TOPIC_LEAD.test(lead) && otherTopic(text, rule.otherTopic, sentence.start, leadEnd) &&
    !namesLaw(own)) return true
  // A sentence that names an event of another topic (a tour, a course) and no law anywhere gives its events that topic, in
  // whichever clause the topic stands (印发全会精神进校园宣讲方案，由87名宣讲队员深入全区学校宣讲137场次).
  if (rule.otherTopic && !namesLaw(text.slice(sentence.start, sentence.end)) &&
    clausesOf(text, sentence).some((c) => topicEvent(c, rule.otherTopic!))) return true
  // So does a numbered heading above the paragraph that names another topic and no law (（四）学习宣传贯彻党的二十大精神).
  const heading = leadStart(text, sentence.paragraph)
  if (rule.otherTopic && heading < sentence.paragraph && otherTopic(text, rule.otherTopic, heading, sentence.paragraph) && !namesLaw(own)) return true
  // And the paragraph's first sentence (./trainingTopic.ts ledByOtherTopic).
  if (rule.otherTopic && ledByOtherTopic(text, rule.otherTopic, sentence.paragraph, sentence)) return true
  if (hit.rank < rule.weakFrom || !rule.weakRequire) return false
  const unattended = clausesOf(text, sentence).filter((c) => !attendedClause(c)).join('，')
  return !rule.weakRequire.test(withoutOrgans(unattended.replace(JOINED_TOPICS, ''))) &&
    !(rule.weakLead?.test(text.slice(Math.max(heading, sentence.start - PARAGRAPH_REACH), sentence.start)) ?? false)
}

/** The clauses of a sentence (split at ，,;；). */
const clausesOf = (text: string, sentence: Span): string[] => text.slice(sentence.start, sentence.end).split(/[,，;；]/)

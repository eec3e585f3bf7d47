/**
 * Whose a clause's figure is by the subject that opens it, past a time lead: a court's or procuratorate's own caseload, an
 * area's bodies (whose total the author's own figure, when stated, wins over), or an area named only as the audience or
 * object of the author's own act, which makes it no area's total.
 */
import { clauseStart, type Span } from './structure'

/** A time the clause opens with before its subject (1至9月各地…, 全年各县区…, 2022年各乡镇…): the subject follows it. */
export const TIME_LEAD = /^\s*(?:(?:19|20)\d{2}年度?|今年(?:以来)?|全年|年内|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月?(?:至|到|—|－|-|~)(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|前三季度|[上下]半年)\s*/

/**
 * A court or procuratorate (an area's courts of all or two levels, a named court) as a clause's subject taking in or closing cases
 * (全市法院行政审判庭共受理…N件, 全省三级法院新收…, 县人民法院审结…, 县人民法院诉前调解纠纷…): its own caseload (the README: a court's case
 * counts are its own, its pre-suit mediation too),
 * unless the clause names the author as a party (受理以本局为被告的…, 涉及我局的…). 经法院受理的… is the author's suits.
 */
const COURT_CASELOAD = /^(?![经被由向在])(?:全[国省市县区州盟旗])?(?:[两三]级|各级)?[\u4e00-\u9fff]{0,10}?(?:法院|检察院|检察机关|高院|中院)[^,，;；。\d]{0,10}?(?:受理|审理|审结|收案|新收|立案|办结|办理|(?:诉前|委派|委托|立案)?调解)/
/** The author named as a party of the court's cases. */
const AUTHOR_PARTY = /[本我](?:局|委|厅|办|机关|单位|部门|府|镇|乡|街道|中心)|被告|被诉/
/**
 * Whether a clause's opening (`lead`, after its time) is a court's caseload (COURT_CASELOAD) and the clause (`clause()`, cut only
 * then: this runs for every candidate) names no author as party.
 */
export const courtCaseload = (lead: string, clause: () => string): boolean =>
  (lead.includes('院') || lead.includes('检察')) && COURT_CASELOAD.test(lead) && !AUTHOR_PARTY.test(clause())
/** Whether a part (after 其中) belongs to a court's caseload in the clause before it (…法院受理…377件，其中…共同应诉256件). */
export function courtsPart(text: string, sentence: Span, part: Span): boolean {
  const total = text.slice(clauseStart(text, part.start - 1, sentence.start), part.start)
  return courtCaseload(total.replace(TIME_LEAD, ''), () => total)
}

/** A clause counting for an area's bodies or system ("全县行政执法部门共查处…", "全市各级行政机关…", "全市审批系统…", the government and its departments as "政府系统"): the author's own figure, when stated, wins. */
export const AREA_BODIES = /(?:全[国省市县区州]|各级)[^,，;；。]{0,10}?(?:部门|机关|机构|单位|系统)|政府系统/
/**
 * An area's bodies or the whole area as the audience or object of the author's own act (面向全市应急系统新入职执法人员举办培训,
 * 为全县各级行政机关工作人员授课, 对全市各部门开展督查): the author does it, so it counts no area's total. The lead without them.
 */
const AREA_AUDIENCE = /(?:面向|针对|为|对|给)(?:(?:全[国省市县区州旗]|各级)[^,，;；。]{0,10}?(?:部门|机关|机构|单位|系统)|全[国省市县区州旗])/g
export const withoutAudience = (lead: string): string => lead.replace(AREA_AUDIENCE, '')

/**
 * A people's congress or political consultative conference as a clause's subject in its oversight of the government (县人大常委会
 * 备案审查…规范性文件N件, 市政协视察…N次, 县人大常委会执法检查…): its work, not the author's. Not the author sending to or answering it
 * (报/向/提请/接受 县人大常委会…, 经…审议), and not the deputies' proposals the author handles (办理人大代表建议…: no oversight verb).
 */
const CONGRESS_OVERSIGHT = /^(?![报向经被由在提接配请])(?:全[国省市县区])?[\u4e00-\u9fff]{0,4}?(?:人大常委会|人大|政协)[^,，;；。\d]{0,12}?(?:审查|审议|视察|检查|评议|询问)/
/** Whether a clause's opening (`lead`, after its time) is a congress's or conference's oversight (CONGRESS_OVERSIGHT). */
export const congressOversight = (lead: string): boolean => (lead.includes('人大') || lead.includes('政协')) && CONGRESS_OVERSIGHT.test(lead)

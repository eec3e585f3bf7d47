/**
 * Another department named as the subject of a clause's act, in a department's report: "县公安局全年办理行政处罚案件318件" in a
 * 人社局's, "县市场监管局查处违法案件120件" in a 司法局's. Its figure is that department's, told beside the author's own, never the
 * author's. A department of the author's own field (县人社局 in a 人力资源和社会保障局's report, its 支队 or 大队) is the author or
 * its unit; a government's report (区县政府, 乡镇政府…) counts its departments' work as its area's, which the area rules read.
 */
import { sectorOf } from './places'

/** The sectors of governments (places.ts governmentSector): their reports speak for their area, departments included. */
const GOVERNMENTS = new Set(['区县政府', '乡镇政府', '市政府', '省政府', '街道'])

/** The author's sector when it is a department's (the engine's `department`), else null. */
export function departmentOf(sector: string | null | undefined): string | null {
  return sector && !GOVERNMENTS.has(sector) ? sector : null
}

/** Whether the author is a government (the engine's `government`): its area's figures are its own, its bodies' a part of them. */
export const isGovernment = (sector: string | null | undefined): boolean => !!sector && GOVERNMENTS.has(sector)

/**
 * A department of a level (县…局, 市…委员会, 区…大队) opening the clause's lead as the subject of a case, check, hazard, dispute, review
 * or training act (the time before it aside).
 */
const SUBJECT_LEAD = String.raw`^\s*(?:(?:19|20)\d{2}年度?[,，]?|全年[,，]?|同时[,，]?)?`
const SUBJECT_ACT = '(?=(?:全年|今年|年内|共|累计|依法|先后)?(?:受理|办理|承办|办结|查处|查办|立案|作出|实施|调解|化解|排查|检查|抽查|罚没|罚款|收缴|举办|组织|开展|审查|审核|答复|整改|督促整改|消除|接待|接访|处理))'
const DEPARTMENT_SUBJECT = new RegExp(`${SUBJECT_LEAD}([省市县区州旗][\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|支队|大队))${SUBJECT_ACT}`)
/**
 * A town's or a street's body by its name (桥头镇综合执法队…, 东湖街道执法中队…, 桥头镇人民政府…, 云台镇人民调解委员会…, 东湖街道综治中心…) as the
 * subject of such an act.
 */
const TOWN_SUBJECT = new RegExp(`${SUBJECT_LEAD}[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)(?:人民政府|政府|办事处|[\u4e00-\u9fff]{0,8}?(?:执法队|中队|大队|所)|(?:人民)?调(?:解委员会|委会)|综治中心)${SUBJECT_ACT}`)

/** A police station as the subject of such an act (派出所查处治安案件36起, 城关派出所受理…): the police's, in any report but the police's own. */
const POLICE_STATION = new RegExp(`${SUBJECT_LEAD}[\\u4e00-\\u9fff]{0,8}?派出所${SUBJECT_ACT}`)

/**
 * A unit below a department named by its place or number with no level before it (城东执法中队查处…, 第一中队…, 城关市场监管所办理…,
 * 城关司法所调解…) as the subject of such an act: that unit's part, in a department's report, never the department's own total. (Not a
 * 场所/厕所/诊所 nor a 派出所, POLICE_STATION's; 各…所 and N个…所 are OTHERS_SUBJECT's; a 大队 may be the
 * department's own enforcement unit, the author in the README's ruling, and stays read; a 分局 is NAMED_BRANCH's.)
 */
const UNIT = String.raw`(?![省市县区州旗全各本我])[\u4e00-\u9fff]{1,8}?(?:中队|(?<![场厕诊]|派出)所)`
/** (several such units in a list, their figures given one each: "城关中队、河西中队分别查处…126起、98起") */
const NAMED_UNIT = new RegExp(`${SUBJECT_LEAD}${UNIT}(?:[、和及与]${UNIT})*(?:分别)?${SUBJECT_ACT}`)
/**
 * A branch named by its stem, alone or after its bureau (高新分局作出…, 城东分局查处…, 市生态环境局高新分局办理…; its 、-list with 分别 too),
 * as the subject of such an act: a part of the department's figure, unless the report's title names that branch (its own report).
 */
const BRANCH = String.raw`(?![省市县区州旗全各本我第])[\u4e00-\u9fff]{2,4}?分局`
const NAMED_BRANCH = new RegExp(`${SUBJECT_LEAD}(?:[市县区州旗盟][\u4e00-\u9fff]{1,10}?局)?(${BRANCH})(?:[、和及与]${BRANCH})*(?:分别)?${SUBJECT_ACT}`)

/** A text's first line (its title, in a report), at most 200 characters: what NAMED_BRANCH's own report names. */
export function firstLine(text: string): string {
  const from = Math.max(0, text.search(/\S/))
  const end = text.indexOf('\n', from)
  return text.slice(from, Math.min(from + 200, end < 0 ? text.length : end))
}

/**
 * Whether `lead`, the words of a clause before its term or figure, names another department than the author (`department`) as its subject
 * (a police station in a government's report too: a town's 派出所 is the county police's), or a named unit below the department;
 * `title`: the report's first line (a branch it names is the author).
 */
export function otherDepartment(lead: string, department: string | null, title = ''): boolean {
  if (department !== '公安' && POLICE_STATION.test(lead)) return true
  if (department === null) return false
  if (NAMED_UNIT.test(lead)) return true
  const branch = NAMED_BRANCH.exec(lead)
  if (branch && !title.includes(branch[1])) return true
  const m = DEPARTMENT_SUBJECT.exec(lead)
  if (!m) return false
  const theirs = sectorOf(m[1])
  return theirs !== null && !GOVERNMENTS.has(theirs) && theirs !== department
}

/** A town named alone as such a subject (桃坪镇开展安全生产检查…): its stem holds no 乡 or 镇 (重点乡镇…, 城乡… are none), nor 全/各/本/我/该. */
const NAMED_TOWN = new RegExp(`${SUBJECT_LEAD}(?![全各本我该])(?:(?![乡镇])[\u4e00-\u9fff]){2,3}(?:镇|乡|街道)${SUBJECT_ACT}`)

/**
 * Whether `lead` names one of a government's departments as its subject (县城管局查处… in a county government's report): a part of the
 * area's figure, which the government's own total beside it outranks.
 */
export const governmentsPart = (lead: string): boolean => DEPARTMENT_SUBJECT.test(lead)

/**
 * Whether `lead` names one town, or a town's body, as its subject in the report of a government above it (桥头镇综合执法队查处…, 桃坪镇
 * 开展检查… in a county's): that town's figure, never the county's, alone or beside its total. `level`: the author's (./authorLevel.ts); a
 * town's own team is the town's.
 */
export const townsFigure = (lead: string, level: number | null): boolean =>
  level !== null && level < 4 && (TOWN_SUBJECT.test(lead) || NAMED_TOWN.test(lead))

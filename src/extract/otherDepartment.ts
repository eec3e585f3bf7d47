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

/**
 * A department of a level (县…局, 市…委员会, 区…大队) opening the clause's lead as the subject of a case, check, dispute, review or
 * training act (the time before it aside).
 */
const DEPARTMENT_SUBJECT = /^\s*(?:(?:19|20)\d{2}年度?[,，]?|全年[,，]?|同时[,，]?)?([省市县区州旗][\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|支队|大队))(?=(?:全年|今年|年内|共|累计|依法|先后)?(?:受理|办理|承办|办结|查处|查办|立案|作出|实施|调解|化解|排查|检查|抽查|罚没|罚款|收缴|举办|组织|开展|审查|审核|答复))/

/** Whether `lead`, the words of a clause before its term or figure, names another department than the author (`department`) as its subject. */
export function otherDepartment(lead: string, department: string | null): boolean {
  if (department === null) return false
  const m = DEPARTMENT_SUBJECT.exec(lead)
  if (!m) return false
  const theirs = sectorOf(m[1])
  return theirs !== null && !GOVERNMENTS.has(theirs) && theirs !== department
}

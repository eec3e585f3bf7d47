/**
 * Openings for ./sectorForms57.test.ts (sector57), a third batch written before its rules: a report that names no author and says
 * its field only in the words of its work, for bodies that speak as 我中心, 我队/支队/大队, 我局 of the fields the first batches did not
 * reach (住房公积金, 政务服务, 消防救援, 公安, 司法行政, 民族宗教, 机关事务), with near misses. Invented wording.
 */
import { m, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { lead } from './regionForms50'

const T = (s: string) => toTraditional(s)
const R = '2023年度法治建设工作报告'
const AS = (self: string, work: string) => lead(R, `2023年，${self}坚持依法行政，${work}`)

export const CASES_57C: [string, string, Meta][] = [
  ['c: a 我中心 of the housing fund by deposits, withdrawals and loans', AS('我中心', '规范住房公积金缴存和提取，防范公积金贷款风险。'), m(null, null, '住房城乡建设', 2023)],
  ['c: a 我中心 of the housing fund, traditional', T(AS('我中心', '擴大公積金繳存覆蓋面，優化公積金提取服務。')), m(null, null, '住房城乡建设', 2023)],
  ['c: a 我中心 of government services by its windows and online service', AS('我中心', '推进政务服务事项“一网通办”，深化“一窗受理”改革。'), m(null, null, '政务服务', 2023)],
  ['c: a 我局 of government services by approvals and agency help', AS('我局', '推行帮办代办服务，压缩行政许可事项办理时限，深化“一网通办”。'), m(null, null, '政务服务', 2023)],
  ['c: a 支队 of fire rescue by fires and fire checks', AS('支队', '开展消防监督检查，全年接警出动1260起，扑救火灾320起。'), m(null, null, '消防救援', 2023)],
  ['c: a 我大队 of fire rescue, traditional', T(AS('我大隊', '開展消防安全檢查，做好滅火救援準備。')), m(null, null, '消防救援', 2023)],
  ['c: a 我局 of public security by public order and criminal cases', AS('我局', '依法查处治安案件，严厉打击刑事犯罪，规范派出所执法。'), m(null, null, '公安', 2023)],
  ['c: a 我局 of justice by legal aid, mediation and community correction', AS('我局', '做好法律援助和人民调解工作，加强社区矫正对象监督管理。'), m(null, null, '司法行政', 2023)],
  ['c: a 我局 of ethnic and religious affairs, traditional', T(AS('我局', '規範宗教活動場所管理，推進民族團結進步創建。')), m(null, null, '民族宗教', 2023)],
  ['c: a 我局 of government affairs by cars and offices', AS('我局', '规范公务用车和办公用房管理，推进公共机构节能。'), m(null, null, '机关事务', 2023)],
  ['c: near miss: a 我中心 naming one housing-fund word', AS('我中心', '做好公积金咨询服务，推进依法行政。'), m(null, null, null, 2023)],
  ['c: near miss: a 我局 that only helps with legal aid', AS('我局', '配合做好法律援助宣传，推进依法行政。'), m(null, null, null, 2023)],
]

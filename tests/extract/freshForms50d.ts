/**
 * Forms of the r50d-fresh batch's dev half (corpus README, fiftieth batch r50d), over invented sentences. The dev half read every value
 * and opening as labelled once one label was made consistent, so these pin the forms its items exercise, each with near misses:
 * - a town organising its staff to attend enforcement training (镇里组织干部参加执法培训2次): its own law training (Training rulings, r19);
 *   near misses: trainings its people only attended (参加上级部门培训), a chosen few sent (选派2名执法人员参加…), sessions it pushed
 *   every village to hold, law exams sat (考试3场次).
 * - results of an action taken with other bodies (联合公安、市场监管等部门开展联合执法18次，依法查处违法行为14起): theirs together, not the
 *   author's cases; near miss: the author's own team's count in a sentence of its own.
 * - an inspection catalogue (公布行政检查主体52个，检查事项294条、检查计划57条) and business training for other bodies on the business
 *   environment (面向…业务部门开展业务培训19次): no inspections, no sessions.
 * - disclosure requests handled after the items published (主动公开200余条，依法办理政府信息公开申请9件) and a fully-online share after
 *   an available-online rate (网上可办率99%…全程网办事项1627项，占81%).
 * - a law study at the standing meeting (常务会议学法制度…全年安排法治专题学习8次); near miss: 第一议题 meetings (党组会议21次,
 *   中心组集体学习研讨14次) name no law.
 * - documents archived for an assessment (把重大行政决策20份、行政规范性文件66份整理归档): no decisions, no reviews.
 * - (metadata) a joint letterhead of a county's party committee and government; a town's report to an unnamed county's office; a
 *   city's justice bureau by 市司法局 and 我局, its city in its own plan's title; a prefecture's short name with a breadcrumb after the
 *   title; one chrome field a line with 来源 a bare town name; a district's justice bureau placed by 法治X and its district's own rules.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const Z = head('河湾镇人民政府')
const X = head('柳泉乡人民政府')
const G = head('白沙县人民政府')
const J = head('白沙县司法局')
const C = head('云川市人民政府')

export const ORGANISED_TRAINING_50D: Probe39[] = [
  ['a town organising its staff for enforcement training', `${Z}镇里组织干部参加执法培训3次，执法文书规范率达到100%。`, { training_sessions: [3, 'exact'] }],
  ['a township organising its officers for law training', `${X}乡里组织执法人员参加法律知识培训2次。`, { training_sessions: [2, 'exact'] }],
  ['traditional organised training', toTraditional(`${Z}镇里组织干部参加执法培训3次，执法文书规范率达到100%。`), { training_sessions: [3, 'exact'] }],
  // near misses
  ["trainings of a body above, attended", `${Z}全年参加县司法局举办的执法培训2次。`, {}],
  ['a chosen few sent', `${X}选派2名执法人员参加省级执法培训。`, {}],
  ['sessions pushed on every village', `${Z}督促各村开展法治培训12场次。`, {}],
  ['law exams sat', `${X}执法人员参加法律知识考试3场次。`, {}],
]

export const JOINT_ACTION_50D: Probe39[] = [
  ['a town with named bodies, joint actions and their cases', `${Z}镇里联合公安、市场监管、自然资源等部门开展联合执法行动18次，依法查处违法行为14起。`, {}],
  ['a township with other bodies, cases after', `${X}会同县交通、公安部门开展联合整治9次，查处违法行为7起。`, {}],
  // near miss: the author's own team, its own sentence
  ["the town team's own cases after a joint action", `${Z}镇里联合公安部门开展联合执法5次。镇综合行政执法队全年查处违法案件11起。`, { enforcement_cases: [11, 'exact'] }],
]

export const CATALOGUE_50D: Probe39[] = [
  ['inspection subjects, items and plans published', `${G}全县确认并公布行政检查主体40个，梳理涉企检查事项210条、检查计划35条。`, {}],
  ['units listed for inspections', `${G}梳理涉企执法单位18个，公布检查事项清单1份。`, {}],
  ['business training for other bodies', `${C}面向市直部门和各县业务部门开展营商环境业务培训15次。`, {}],
  // near miss: the county's own inspections
  ["the county's own inspections", `${G}全年开展涉企行政检查126次。`, { enforcement_inspections: [126, 'exact'] }],
]

export const PROSE_SHARES_50D: Probe39[] = [
  ['requests handled after items published', `${Z}全年主动公开信息150余条，依法办理政府信息公开申请6件。`, { info_disclosure_requests: [6, 'exact'] }],
  ['a fully-online share after an available-online rate', `${C}网上可办率98%，全程网办事项1320项，占76%。`, { online_processing_pct: [76, 'exact'] }],
  // near misses
  ['an available-online rate alone', `${C}政务服务事项网上可办率达到99%。`, {}],
  ['items published alone', `${Z}全年主动公开政府信息210条。`, {}],
]

export const STUDY_50D: Probe39[] = [
  ['law study at the standing meeting', `${G}坚持县政府常务会议学法制度，全年安排法治专题学习6次。`, { training_sessions: [6, 'exact'] }],
  // near misses
  ['第一议题 meetings and group study', `${J}落实“第一议题”制度，全年召开党组会议18次，开展理论学习中心组集体学习研讨12次。`, {}],
  ['documents archived for an assessment', `${J}督促起草单位把重大行政决策15份、行政规范性文件48份整理归档。`, {}],
]

export const ALL_50D: [string, Probe39[], string[]][] = [
  ['r50d: staff organised to attend enforcement training', ORGANISED_TRAINING_50D, ['training_sessions']],
  ["r50d: a joint action's results are not the author's", JOINT_ACTION_50D, ['enforcement_cases', 'penalty_cases']],
  ['r50d: catalogues and business training are no inspections or sessions', CATALOGUE_50D, ['enforcement_inspections', 'training_sessions']],
  ['r50d: requests and shares in prose', PROSE_SHARES_50D, ['info_disclosure_requests', 'online_processing_pct']],
  ['r50d: standing-meeting study, 第一议题 and archived documents', STUDY_50D, ['training_sessions', 'major_decisions', 'normative_docs_reviewed']],
]

/** The batch's opening forms (metadata). */
export const META_50D: [string, string, Meta][] = [
  ['a joint letterhead of a county', `中共白沙县委 白沙县人民政府关于2024年度法治政府建设的报告\n白沙县人民政府门户网站 发布时间：2025-02-20\n2024年，白沙县人民政府在县委领导下推进依法行政。${WORK}`,
    m('白沙县人民政府', '白沙县', '区县政府', 2024)],
  ["a town's report to an unnamed county's office", `县委依法治县办：\n一年来，河湾镇人民政府在县委、县政府领导下推进法治建设，以建设法治河湾为目标。2024年的情况报告如下：${WORK}`,
    m('河湾镇人民政府', '河湾镇', '乡镇政府', 2024)],
  ["a city's justice bureau placed by its own plan", `一年来，市司法局在市委、市政府领导下，贯彻实施《河池市法治政府建设实施方案（2021-2025年）》，全面履行司法行政职责。我局2023年度法治政府建设情况报告如下：${WORK}`,
    m('河池市司法局', '河池市', '司法行政', 2023)],
  ["a prefecture's short name, breadcrumb after the title", `南岭州人民政府关于2021年度法治政府建设情况的报告\n首页 >> 政务公开 >> 通知公告 >> 文章内容\n省人民政府：\n2021年，南岭州人民政府推进依法行政。${WORK}`,
    m('南岭州人民政府', '南岭州', '市政府', 2021)],
  ['one chrome field a line, 来源 a bare town', toTraditional(`政府信息公开\n索引号\n来 源\n石滩镇\n公开日期\n2025-01-20\n石滩镇人民政府2024年法治政府建设工作报告\n发布时间：2025-01-20 浏览次数：208\n2024年，石滩镇在市委、市政府领导下推进依法行政。`) + WORK,
    m('石滩镇人民政府', '石滩镇', '乡镇政府', 2024)],
  ["a district's justice bureau placed by 法治X and its district's own rules", `2024年，区司法局持续为全区高质量发展提供法治保障。\n（一）推动法治青山建设提档升级。出台《青山区政府合同管理办法》，全年审查区政府常务会议题90个。${WORK}`,
    m('青山区司法局', '青山区', '司法行政', 2024)],
]

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

/**
 * Documents archived with no review named (规范性文件30件全部归档): kept on file, not reviewed, as documents published (公开) or issued
 * (印发) are not — found by the second batch's archive probe. Near misses: a review or a cleanup whose results are then archived.
 */
export const ARCHIVED_50D: Probe39[] = [
  ['documents archived after their count', `${J}本年度行政规范性文件30件全部归档。`, {}],
  ['documents put on file with 将', `${J}将规范性文件22件整理归档备查。`, {}],
  ['traditional documents archived', toTraditional(`${J}本年度行政规范性文件30件全部归档。`), {}],
  // near misses
  ['a review, then archived', `${J}全年审核规范性文件30件，审核后全部归档。`, { normative_docs_reviewed: [30, 'exact'] }],
  ['a cleanup, its results archived', `${J}清理规范性文件26件，清理结果已归档。`, { normative_docs_reviewed: [26, 'exact'] }],
  ['a review with no archive', `${J}全年审查行政规范性文件17件。`, { normative_docs_reviewed: [17, 'exact'] }],
]

export const ALL_50D: [string, Probe39[], string[]][] = [
  ['r50d: staff organised to attend enforcement training', ORGANISED_TRAINING_50D, ['training_sessions']],
  ["r50d: a joint action's results are not the author's", JOINT_ACTION_50D, ['enforcement_cases', 'penalty_cases']],
  ['r50d: catalogues and business training are no inspections or sessions', CATALOGUE_50D, ['enforcement_inspections', 'training_sessions']],
  ['r50d: requests and shares in prose', PROSE_SHARES_50D, ['info_disclosure_requests', 'online_processing_pct']],
  ['r50d: standing-meeting study, 第一议题 and archived documents', STUDY_50D, ['training_sessions', 'major_decisions', 'normative_docs_reviewed']],
  ['r50d: documents archived are not reviewed', ARCHIVED_50D, ['normative_docs_reviewed']],
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

const T = head('东坪街道办事处')
const Q = head('青溪县人民政府')
const B = head('城北区司法局')

/** The same forms in new wording, written after the first batch and run once before any change (the round's generalisation figure). */
export const SECOND_50D: Probe39[] = [
  ['all enforcement officers organised for training, 期', `${Q}组织全体执法人员参加行政执法业务培训4期。`, { training_sessions: [4, 'exact'] }],
  ["a street's staff organised for a law lecture series", `${T}街道组织机关干部参加“法治讲堂”学习5场。`, { training_sessions: [5, 'exact'] }],
  ['officers sent to a bureau above', `${B}派员参加市局举办的执法培训班2期。`, {}],
  ['joint checks with two offices, problem shops', `${T}与市场监管所、派出所联合开展食品安全专项检查6次，共查处问题商户8家。`, {}],
  ['a joint campaign with county bureaus, cases filed', `${Q}联合县公安局、县市场监管局开展打非治违行动，立案查处违法案件5起。`, {}],
  ["a town team's own filed cases", `${head('石门镇人民政府')}镇综合执法队立案查处违法建设案件7起。`, { enforcement_cases: [7, 'exact'] }],
  ['a list of check items and subjects', `${head('钦州市人民政府')}全市公布涉企行政检查事项清单156项，明确检查主体27个。`, {}],
  ['business training for towns and departments', `${Q}为全县各乡镇、各部门开展优化营商环境专题业务培训8场。`, {}],
  ['requests accepted after a board updated', `${T}政务公开栏更新信息300余条，受理政府信息公开申请4件。`, { info_disclosure_requests: [4, 'exact'] }],
  ['a fully-online rate after a one-network rate', `${Q}一网通办可办率100%，全程网办率达到85%。`, { online_processing_pct: [85, 'exact'] }],
  ['pre-meeting study of a district government', `${head('城北区人民政府')}区政府常务会议会前学法9次。`, { training_sessions: [9, 'exact'] }],
  ['第一议题 relayed at party meetings', `${B}严格执行“第一议题”制度，局党组会议传达学习24次。`, {}],
  ['three years of decisions and documents archived', `${B}将近三年重大行政决策12件、规范性文件30件全部归档备查。`, {}],
]

/** The opening forms in new wording (run once after the first batch). */
export const SECOND_META_50D: [string, string, Meta][] = [
  ['a joint letterhead with a portal line after it', `中共青溪县委 青溪县人民政府\n关于2023年法治政府建设情况的报告\n来源：青溪县人民政府网 发布日期：2024-03-01\n2023年，县政府在县委领导下依法行政。${WORK}`,
    m('青溪县人民政府', '青溪县', '区县政府', 2023)],
  ["a town's report to a county's committee office", `县委全面依法治县委员会办公室：\n2023年，石门镇人民政府坚持依法行政，推进法治石门建设。现将有关情况报告如下：${WORK}`,
    m('石门镇人民政府', '石门镇', '乡镇政府', 2023)],
  ["a city's justice bureau titled short, its city in a plan", `市司法局2022年度法治政府建设工作报告\n2022年，市司法局贯彻落实《钦州市法治政府建设实施方案（2021-2025年）》，推进全面依法治市。${WORK}`,
    m('钦州市司法局', '钦州市', '司法行政', 2022)],
  ["a prefecture's short name with an addressee", `文山州人民政府关于2022年度法治政府建设情况的报告\n首页 > 政务公开 > 政府文件\n省人民政府：\n2022年，文山州人民政府坚持依法行政。${WORK}`,
    m('文山州人民政府', '文山州', '市政府', 2022)],
  ['a banner government by its title', `科尔沁右翼中旗人民政府2023年法治政府建设工作报告\n2023年，旗人民政府推进依法行政，苏木镇、嘎查法律顾问实现全覆盖。${WORK}`,
    m('科尔沁右翼中旗人民政府', '科尔沁右翼中旗', '区县政府', 2023)],
  ['a 苏木 government by its title', `宝日希勒苏木人民政府2024年法治政府建设工作报告\n2024年，宝日希勒苏木在旗委、旗政府领导下依法行政，各嘎查配齐法律顾问。${WORK}`,
    m('宝日希勒苏木人民政府', '宝日希勒苏木', '乡镇政府', 2024)],
  ['traditional chrome, 来源 a bare township', toTraditional(`信息公开\n索引号\n来 源\n柳泉乡\n发布日期\n2024-02-02\n柳泉乡人民政府2023年法治政府建设工作报告\n2023年，柳泉乡在县委、县政府领导下依法行政。`) + WORK,
    m('柳泉乡人民政府', '柳泉乡', '乡镇政府', 2023)],
  ["a district's justice bureau placed by 建设法治X and its rules", `2023年，区司法局围绕建设法治城北履行职责。出台《城北区行政规范性文件管理办法》，全年审核规范性文件12件。${WORK}`,
    m('城北区司法局', '城北区', '司法行政', 2023)],
]

/**
 * The second batch of round 47's open forms (openForms47.ts), written after its rules passed the first, in new wording, to measure
 * how far those rules read the forms rather than the first batch's sentences: tables with a serial number column, 本年度数/上年度数,
 * a 合计 row, rates in a change column, years as rows named 年度; cases named by a regulated field in other words (食品药品类, 价格欺诈,
 * 非法营运); procedures with other verbs and word orders, beside a stated count of cases; no suit lost in other sentences. Sentences and
 * tables invented for this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const G = head('北岭县人民政府')
const MS = head('北岭县市场监督管理局')
const MST = headT('北嶺縣市場監督管理局')
const J = head('北岭县司法局')
const C = head('南河市综合行政执法局')
const CT = headT('南河市綜合行政執法局')
const TR = head('北岭县交通运输局')
const HR = head('北岭县人力资源和社会保障局')
const WR = head('南河市水务局')
const TW = head('石门镇人民政府')
const AG = head('北岭县农业农村局')
const PV = head('河北省市场监督管理局')
const EM = head('南河市应急管理局')
const ED = head('北岭县教育体育局')

export const TABLES_47B: Probe39[] = [
  ['a serial number column first', `${C}附表：行政执法统计\n序号 | 指标名称 | 2023年 | 2022年\n1 | 执法检查（次） | 6120 | 5870\n2 | 立案查处案件（件） | 842 | 790`,
    { enforcement_inspections: [6120, 'exact'], enforcement_cases: [842, 'exact'] }],
  ['本年度数 and 上年度数', `${MS}执法办案情况\n统计项目 | 本年度数 | 上年度数\n行政处罚案件（件） | 318 | 296\n罚没款（万元） | 204.6 | 188.2`,
    { penalty_cases: [318, 'exact'], fines_yuan: [2046000, 'exact'] }],
  ['a 计量单位 column with tabs', `${TR}交通执法数据\n指标\t计量单位\t2023年\t2022年\n路面执法检查\t次\t2480\t2216\n行政处罚案件\t件\t356\t341`,
    { enforcement_inspections: [2480, 'exact'], penalty_cases: [356, 'exact'] }],
  ['a rate in a change column', `${J}行政复议指标\n项目 | 2023年 | 2022年 | 增减（%）\n行政复议案件（件） | 64 | 52 | 23.1\n行政复议纠错率（%） | 12.5 | 10.2 | 2.3`,
    { reconsideration_cases: [64, 'exact'], reconsideration_correction_pct: [12.5, 'exact'] }],
  ['a county government\'s table', `${G}法治政府建设主要指标\n指标 | 2023年 | 2022年\n行政处罚案件（件） | 2845 | 2610\n重大行政决策（项） | 7 | 5`,
    { penalty_cases: [2845, 'exact'], major_decisions: [7, 'exact'] }],
  ['procedures and their 合计 row', `${C}行政处罚办理情况（单位：件）\n类别 | 2023年 | 2022年\n简易程序案件 | 1860 | 1702\n一般程序案件 | 325 | 298\n合计 | 2185 | 2000`,
    { penalty_cases: [2185, 'exact'] }],
  ['one cell a line with 本年 and 上年', `${TW}综合执法情况\n项目\n本年\n上年\n执法巡查发现问题（个）\n126\n98\n立案查处违法案件（件）\n22\n17`,
    { enforcement_cases: [22, 'exact'] }],
  ['a caption unit of 人次', `${HR}法治培训统计（单位：人次）\n项目 | 2023年度 | 2022年度\n参加法治培训 | 1260 | 980`, { training_participants: [1260, 'exact'] }],
  ['years as rows named 年度', `${J}复议应诉情况\n年度 | 行政复议（件） | 行政诉讼（件）\n2022年度 | 58 | 31\n2023年度 | 64 | 27`,
    { reconsideration_cases: [64, 'exact'], litigation_cases: [27, 'exact'] }],
  ['a markdown table with a unit column', `${WR}水行政执法\n| 指标 | 单位 | 2023年 | 2022年 |\n|---|---|---|---|\n| 水政执法巡查 | 次 | 860 | 812 |\n| 查处水事违法案件 | 件 | 24 | 31 |`,
    { enforcement_cases: [24, 'exact'] }],
  ['traditional tabs', `${CT}執法數據\n指標\t2023年\t2022年\n執法檢查（次）\t3210\t2980\n罰沒款（萬元）\t86.5\t79.3`,
    { enforcement_inspections: [3210, 'exact'], fines_yuan: [865000, 'exact'] }],
  ['the previous year first and a 同比 column', `${EM}安全生产执法\n项目 | 2022年 | 2023年 | 同比\n执法检查（次） | 1320 | 1506 | +14.1%\n行政处罚（件） | 142 | 168 | +18.3%`,
    { enforcement_inspections: [1506, 'exact'], penalty_cases: [168, 'exact'] }],
  ['only last year\'s table in this year\'s report (near miss)', `${MS}上年度执法数据\n指标 | 2022年\n执法检查（次） | 2980\n行政处罚案件（件） | 296`, {}],
  ['a plan table of the next year (near miss)', `${ED}2024年普法计划\n项目 | 2024年计划\n开展普法活动（场） | 60`, {}],
  ['今年 with spaces', `${AG}农业执法情况\n项目    今年    去年\n执法检查(次)    860    790\n查处农资违法案件(件)    31    28`,
    { enforcement_inspections: [860, 'exact'], enforcement_cases: [31, 'exact'] }],
]

export const FIELD_CASES_47B: Probe39[] = [
  ['food and drugs as one class', `${MS}全年共立案查处食品药品类案件58件。`, { enforcement_cases: [58, 'exact'] }],
  ['air pollution cases', `${C}依法查处大气污染案件12件。`, { enforcement_cases: [12, 'exact'] }],
  ['price fraud cases', `${MS}立案查处价格欺诈案件7件。`, { enforcement_cases: [7, 'exact'] }],
  ['counterfeit cases', `${PV}本局直接查办侵权假冒案件21件。`, { enforcement_cases: [21, 'exact'] }],
  ['illegal taxi cases', `${TR}查处非法营运案件206起。`, { enforcement_cases: [206, 'exact'] }],
  ['pyramid selling cases', `${MS}查办传销案件3件。`, { enforcement_cases: [3, 'exact'] }],
  ['tourism market cases', `${C}共查处旅游市场案件15起。`, { enforcement_cases: [15, 'exact'] }],
  ['intellectual property cases under investigation', `${MS}立案调查知识产权案件9件。`, { enforcement_cases: [9, 'exact'] }],
  ['traditional production safety cases', `${MST}查處安全生產案件14起。`, { enforcement_cases: [14, 'exact'] }],
  ['fishery cases', `${AG}查处渔政案件11起，收缴违规网具46张。`, { enforcement_cases: [11, 'exact'] }],
  ['special equipment safety cases', `${MS}查处特种设备安全案件6件。`, { enforcement_cases: [6, 'exact'] }],
  ['the police\'s food crimes (near miss)', `${MS}协助公安机关侦办食品安全犯罪案件4件。`, {}],
  ['a court\'s environment cases (near miss)', `${G}县人民法院受理环境资源案件37件。`, {}],
  ['labour dispute cases (near miss)', `${HR}办理劳动争议案件212件。`, {}],
  ['the city\'s total in a county report (near miss)', `${TR}全市共查处道路运输案件3200起。`, {}],
  ['hotline complaints (near miss)', `${MS}办理12345热线食品安全投诉案件860件。`, {}],
  ['a fall in food safety cases (near miss)', `${MS}查处食品安全案件数同比下降8%。`, {}],
  ['money involved in price cases (near miss)', `${MS}查处价格案件涉案金额36万元。`, {}],
]

export const KIND_PARTS_47B: Probe39[] = [
  ['适用 and 查处 by 起', `${EM}全年适用简易程序查处案件411起，适用一般程序查处案件97起。`, { penalty_cases: [508, 'derived'] }],
  ['the verb after each kind', `${C}一般程序案件办理63件，简易程序案件办理140件。`, { penalty_cases: [203, 'derived'] }],
  ['简易程序办理案件', `${TR}简易程序办理案件220件，普通程序办理案件45件。`, { penalty_cases: [265, 'derived'] }],
  ['按 a procedure 处理', `${C}按简易程序处理案件1320件，按一般程序处理案件208件。`, { penalty_cases: [1528, 'derived'] }],
  ['a share after the first kind', `${C}简易程序案件411件，占比80.9%；一般程序案件97件。`, { penalty_cases: [508, 'derived'] }],
  ['traditional by 起', `${CT}辦理簡易程序案件96起、一般程序案件31起。`, { penalty_cases: [127, 'derived'] }],
  ['general cases registered and closed (near miss)', `${MS}立案一般程序案件97件，结案89件。`, { enforcement_cases: [97, 'exact'] }],
  ['kinds after the cases\' count (near miss)', `${C}办理行政执法案件508件，简易程序案件411件，一般程序案件97件。`, { enforcement_cases: [508, 'exact'] }],
  ['average time of the general cases (near miss)', `${C}一般程序案件平均办案时长缩短至25天。`, {}],
  ['a town\'s two kinds', `${TW}办理简易程序案件36件，办理一般程序案件12件。`, { penalty_cases: [48, 'derived'] }],
]

export const NONE_LOST_47B: Probe39[] = [
  ['not judged lost by the court', `${WR}以我局为被告的行政诉讼案件4件，均未被人民法院判决败诉。`, { litigation_cases: [4, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['无一件败诉', `${TR}行政诉讼案件3件，无一件败诉。`, { litigation_cases: [3, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['neither corrected nor lost as a situation', `${HR}被申请行政复议2件、被提起行政诉讼4件，未发生被纠错和败诉情况。`,
    { reconsideration_cases: [2, 'exact'], litigation_cases: [4, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['first instance not lost', `${G}行政应诉案件6件，一审均未败诉。`, { litigation_cases: [6, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['没有发生败诉案件', `${EM}行政诉讼案件5件，没有发生败诉案件。`, { litigation_cases: [5, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['three years of no loss (near miss)', `${C}近三年行政诉讼零败诉。`, {}],
  ['a target rate of loss (near miss)', `${C}力争行政诉讼败诉率控制在5%以内。`, {}],
  ['reviews not revoked (near miss)', `${J}行政复议案件4件，均未被撤销。`, { reconsideration_cases: [4, 'exact'] }],
  ['withdrawn and not lost', `${ED}行政诉讼案件2件，均以原告撤诉结案，未败诉。`, { litigation_cases: [2, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['traditional not judged lost', `${MST}行政訴訟案件3件，均未被判決敗訴。`, { litigation_cases: [3, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['concluded ones not lost', `${G}行政诉讼案件9件，目前已审结7件，均未被判败诉。`, { litigation_cases: [9, 'exact'], litigation_lost_cases: [0, 'exact'] }],
]

export const ALL_47B: [string, Probe39[]][] = [
  ['tables flattened to text, second batch', TABLES_47B],
  ['case counts by regulated field, second batch', FIELD_CASES_47B],
  ['penalty cases by procedure, second batch', KIND_PARTS_47B],
  ['no suit lost after the counts, second batch', NONE_LOST_47B],
]

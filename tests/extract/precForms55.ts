/**
 * Precision forms of round 55 (issue 11: holdout P 0.748, enforcement F1 0.724, training 0.765; round 54's fresh first runs took 9
 * false values to 15 true). Part A: the value forms earlier rounds left open (a campaign's kind before the year's other kind, a long
 * verb-first list before 家次, an all-levels count of study groups and cadre courses, other units' heads' lectures beside the
 * author's own course, a cleanup's screened total before its outcomes). Part B (enforcement): figures of the whole area's or system's bodies beside or
 * without the author's own, cases received against cases filed and closed in the same 件, a change after the count (同比增长12%), a
 * figure in a section on shortcomings, a plan's quota beside the year's figure. About two thirds near misses, a third the author's own
 * figure in new wording. Authors of many kinds and levels, some in traditional script. Sentences invented for this test (the real
 * reports' register, no report's wording). precForms55Training.ts holds training and mediation.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

export const PRV_JUS = head('青岚省司法厅')
export const CITY_GOV = head('澄江市人民政府')
export const CITY_MKT = head('澄江市市场监督管理局')
export const CITY_EMG = head('澄江市应急管理局')
export const CITY_JUS = head('澄江市司法局')
export const CO_GOV = head('柘川县人民政府')
export const CO_MKT = head('柘川县市场监督管理局')
export const CO_ZF = head('柘川县综合行政执法局')
export const CO_EMG = head('柘川县应急管理局')
export const CO_JUS = head('柘川县司法局')
export const CO_HRS = head('柘川县人力资源和社会保障局')
export const CO_TR = head('柘川县交通运输局')
export const CO_NR = head('柘川县自然资源局')
export const CO_WAT = head('柘川县水利局')
export const CO_CUL = head('柘川县文化广电旅游体育局')
export const CO_TAX = head('国家税务总局柘川县税务局')
export const CO_ECO = head('澄江市生态环境局柘川分局')
export const DIST_GOV = head('澄江市临湖区人民政府')
export const DIST_JUS = head('澄江市临湖区司法局')
export const TOWN = head('石桥镇人民政府')
export const STREET = head('南门街道办事处')

/** Part A: the open value forms, each ruled as an analyst would fill the table. */
export const OPEN_FORMS_55: Probe39[] = [
  // a campaign's kind of cases before the year's other kind
  ['campaign kind: a summer action\'s kind, then the year', `${CO_TR}“夏季百日攻坚”期间，查处非法营运案件42起。全年共查处道路运输违法案件316起。`,
    { enforcement_cases: [316, 'exact'] }],
  ['campaign kind: an action\'s kind, then the year\'s in a new paragraph', `${CO_MKT}开展无证经营专项整治，整治期间查处无证经营案件28件。\n全年共查处市场监管领域违法案件412件。`,
    { enforcement_cases: [412, 'exact'] }],
  ['campaign kind: the year\'s total with the kind as a part', `${CO_MKT}全年共查处违法案件412件，其中无证经营案件28件。`, { enforcement_cases: [412, 'exact'] }],
  // a long verb-first list before 家次
  ['long verb list: food places before 家次', `${CO_MKT}全年检查农贸市场、商场超市、餐饮门店、学校食堂、养老机构食堂、建筑工地食堂、网络订餐平台和食品小作坊等经营场所3120家次。`,
    { enforcement_inspections: [3120, 'exact'] }],
  ['long verb list: hazardous units before 家次', `${CO_EMG}累计检查危险化学品企业、烟花爆竹经营点、非煤矿山、工贸企业、人员密集场所、建筑施工工地、加油站和燃气经营站点等生产经营单位1460家次。`,
    { enforcement_inspections: [1460, 'exact'] }],
  ['long verb list: a stock of the places, no checks', `${CO_MKT}辖区现有农贸市场、商场超市、餐饮门店、学校食堂、养老机构食堂、建筑工地食堂、网络订餐平台和食品小作坊等经营场所3120家。`, {}],
  // an all-levels count of study groups and cadre courses
  ['all levels: study groups and cadre courses covering all levels', `${CO_GOV}学习贯彻覆盖全县各级党委（党组）理论学习中心组80余场、干部教育培训160余场。`, {}],
  ['all levels: the all-levels count, then the government\'s own course', `${CO_GOV}全县各级党委（党组）理论学习中心组开展法治专题学习80余场；县政府常务会议会前学法12次。`,
    { training_sessions: [12, 'exact'] }],
  // other units' heads' lectures beside the author's own course
  ['other heads: units\' heads lecture, then the own course', `${DIST_JUS}推动全区76家单位“一把手”讲授法治课130场；组织全区执法人员法治培训班3期。`,
    { training_sessions: [3, 'exact'] }],
  ['other heads: units\' heads lecture alone', `${CO_JUS}督促全县各部门主要负责人带头讲法治课共96场次。`, {}],
  // a sweep's screened total before its outcomes: the cleanup ruling reads it
  ['screened: a cleanup\'s total before its outcomes (the cleanup ruling)', `${CO_GOV}对现行有效的行政规范性文件开展全面清理，共梳理排查文件236件，其中拟废止9件、拟修改4件。`,
    { normative_docs_reviewed: [236, 'exact'] }],
]

/** Part B: enforcement figures that are not the author's result of the year, and its own in new wording. */
export const ENF_55: Probe39[] = [
  // the whole area's bodies beside or without the author's own
  ['area: all departments\' checks, then the bureau\'s', `${CO_MKT}全县各行政执法部门共开展执法检查12600次，本局开展执法检查1860次。`, { enforcement_inspections: [1860, 'exact'] }],
  ['area: the towns\' squads, then the bureau\'s own cases', `${CO_ZF}各乡镇（街道）综合执法队共查处违法行为960起；县局直接立案查处案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['area: the towns\' checks alone in a bureau\'s report', `${CO_EMG}各乡镇（街道）共开展安全生产检查3260家次，排查一般隐患1860处。`, {}],
  ['area: member units\' checks in a bureau\'s report', `${CO_EMG}县安委会各成员单位累计开展安全检查5800余家次。`, {}],
  ['area: the city\'s counties\' penalties, then the city bureau\'s', `${CITY_MKT}全市各县（市、区）局办理行政处罚案件2460件；市局本级查办案件86件。`, { enforcement_cases: [86, 'exact'] }],
  ['area: the area\'s departments\' fines, then the bureau\'s own part', `${CO_HRS}全县各有关部门共收缴罚没款860万元，其中本局收缴罚没款126万元。`,
    { fines_yuan: [1260000, 'exact'] }],
  tw(['area: the towns\' checks in traditional script', `${CO_NR}各鄉鎮國土所共開展巡查檢查1260次。`, {}]),
  // cases received against cases filed and closed in the same 件
  ['received: complaints received, cases filed', `${CO_MKT}全年受理投诉举报1860件，立案查处违法案件96件。`, { enforcement_cases: [96, 'exact'] }],
  ['received: clues received, cases filed', `${CO_CUL}全年受理文化市场举报线索48件，立案查处文化市场违法案件12件。`, { enforcement_cases: [12, 'exact'] }],
  ['received: complaints received alone', `${CO_MKT}全年受理消费者投诉举报2360件，为消费者挽回经济损失86万元。`, {}],
  ['received: cases filed and closed, the closed read', `${CO_ZF}全年立案查处违法案件326件，办结318件。`, { enforcement_cases: [326, 'exact'] }],
  ['received: wage complaints received, then cases closed', `${CO_HRS}全年受理欠薪投诉举报420件，办结劳动保障监察案件186件。`, { enforcement_cases: [186, 'exact'] }],
  // a change after the count
  ['change: the count, then its rise', `${CO_TR}全年查处交通运输违法案件486起，同比增长12%。`, { enforcement_cases: [486, 'exact'] }],
  ['change: the rise alone', `${CO_MKT}全年查处违法案件数量同比增长18.6%。`, {}],
  ['change: checks up by a number', `${CO_EMG}全年开展执法检查1260次，较上年增加320次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['change: fines down by money', `${CO_ECO}全年罚没款680万元，比上年减少120万元。`, { fines_yuan: [6800000, 'exact'] }],
  ['change: a count up to', `${CO_NR}立案查处违法用地案件同比下降36%，降至42件。`, { enforcement_cases: [42, 'exact'] }],
  tw(['change: the rise after cases in traditional script', `${CO_HRS}全年辦結勞動保障監察案件186件，同比上升9.5%。`, { enforcement_cases: [186, 'exact'] }]),
  // a figure in a section on shortcomings
  ['shortcoming: cases reversed in the shortcomings', `${CO_MKT}全年查办违法案件236件。\n二、存在的问题和不足\n一是执法规范化水平有待提升，仍有3件处罚案件在复议中被纠错。`,
    { enforcement_cases: [236, 'exact'] }],
  ['shortcoming: overdue cases', `${CO_ZF}存在的不足：部分案件办理超期，全年有5件案件未按期办结。`, {}],
  ['shortcoming: few checks, the gap', `${CO_WAT}全年开展水行政执法检查86次。当前存在的主要问题：执法力量薄弱，夜间仅开展执法检查12次，与上级要求差距较大。`,
    { enforcement_inspections: [86, 'exact'] }],
  ['shortcoming: a number of problems found in a review', `${CO_TR}存在的短板：在案卷评查中发现问题案卷8卷。`, {}],
  // a plan's quota beside the year's figure
  ['plan: next year\'s checks', `${CO_EMG}2024年，计划开展执法检查1500次以上。`, {}],
  ['plan: the year\'s plan and its result', `${CO_EMG}年初计划开展执法检查1200次，全年实际开展执法检查1386次。`, { enforcement_inspections: [1386, 'exact'] }],
  ['plan: the checks plan\'s count of tasks', `${CO_MKT}制定年度执法检查计划，确定检查对象860户。`, {}],
  ['plan: a quota done in per cent', `${CO_TR}全年执法检查计划完成率达到115%。`, {}],
  // the author's own, in new wording
  ['own: a town\'s office, cases and fines', `${TOWN}镇综合行政执法办公室全年立案查处违法建设案件38件，罚款21.6万元。`,
    { enforcement_cases: [38, 'exact'], fines_yuan: [216000, 'exact'] }],
  ['own: a street\'s squad, checks', `${STREET}街道综合执法队全年开展巡查检查2600余次。`, { enforcement_inspections: [2600, 'approx'] }],
  ['own: 本局 after the system\'s total', `${CITY_EMG}全市应急管理系统共检查企业8600家次；本局直接检查企业460家次，立案查处违法案件32件。`,
    { enforcement_inspections: [460, 'exact'], enforcement_cases: [32, 'exact'] }],
  ['own: a county government\'s departments\' cases', `${CO_GOV}全县各行政执法部门全年共办理行政处罚案件3860件。`, { penalty_cases: [3860, 'exact'] }],
  ['own: a district\'s penalties and the rate of change', `${DIST_GOV}全区行政执法机关共作出行政处罚决定2680件，较上年增长6.2%。`, { penalty_cases: [2680, 'exact'] }],
  ['own: checks with a rise in brackets', `${CO_MKT}全年开展监督检查4260户次（同比增长15.3%）。`, { enforcement_inspections: [4260, 'exact'] }],
  ['own: cases first, then the complaints', `${CO_CUL}全年立案查处文化市场案件18件，受理群众举报36件。`, { enforcement_cases: [18, 'exact'] }],
  ['own: the year\'s figure after the plan', `${CO_WAT}全年开展水行政执法检查320次，超额完成年度计划。`, { enforcement_inspections: [320, 'exact'] }],
  tw(['own: a tax bureau\'s cases', `${CO_TAX}全年查處稅收違法案件26件，罰沒款入庫380萬元。`, { enforcement_cases: [26, 'exact'], fines_yuan: [3800000, 'exact'] }]),
  ['own: a province\'s bureau own cases with a rise after', `${PRV_JUS}全年厅本级办理行政复议案件126件，同比增长8.6%。`, { reconsideration_cases: [126, 'exact'] }],
]

/** Heads in traditional script for the training batch. */
export const CO_JUS_T = headT('柘川縣司法局')

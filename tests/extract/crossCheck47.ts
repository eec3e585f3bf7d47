/**
 * Cross-check of round 47 (2026-12-06): probes written before the round's probe sets (enforcement, training, metadata, tables
 * and other open forms, a fresh corpus batch) were merged, by someone who had not read them, so that what those rounds' rules
 * read here and what they leave measures how far they reach beyond their own sentences. Enforcement and training at every
 * level (a ministry, a province's department, a city's bureau, a county's government and bureaus, a town and a street), flattened
 * tables, parts and zeros; both scripts; each own figure beside the figures a report puts near it that are not the author's
 * result of the year. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const M = head('应急管理部')
const PV = head('江西省生态环境厅')
const PVT = headT('江西省生態環境廳')
const C = head('云溪市综合行政执法局')
const CT = head('云溪市交通运输局')
const CW = head('云溪市卫生健康委员会')
const G = head('宁川县人民政府')
const MS = head('宁川县市场监督管理局')
const MST = headT('寧川縣市場監督管理局')
const NY = head('宁川县农业农村局')
const ZR = head('宁川县自然资源局')
const RS = head('宁川县人力资源和社会保障局')
const WL = head('宁川县文化广电旅游体育局')
const SF = head('宁川县司法局')
const TW = head('桃源镇人民政府')
const ST = head('东关街道办事处')
const STT = headT('東關街道辦事處')

export const ENFORCEMENT_47: Probe39[] = [
  ['enforcement: a ministry’s guidance over the country’s cases', `${M}指导各地应急管理部门立案查处安全生产违法行为4.6万起，罚款12.3亿元。`, {}],
  ['enforcement: a province’s department and its cities', `${PV}全省各级生态环境部门办理环境行政处罚案件3870件，其中厅本级直接查办56件。`, { penalty_cases: [56, 'exact'] }],
  ['enforcement: a province’s own inspections in traditional script', `${PVT}廳本級組織開展執法檢查214次，查處環境違法案件38件，罰沒款1,026萬元。`,
    { enforcement_inspections: [214, 'exact'], enforcement_cases: [38, 'exact'], fines_yuan: [10260000, 'exact'] }],
  ['enforcement: a city team’s cases and its patrols', `${C}全年累计巡查道路12600公里，立案查处各类违法行为1432起，结案1398起，罚没款246.5万元。`,
    { enforcement_cases: [1432, 'exact'], fines_yuan: [2465000, 'exact'] }],
  ['enforcement: people and vehicles sent out', `${C}开展“城市清洁”专项行动，累计出动执法人员8200余人次、执法车辆1160台次，清理占道经营2300处。`, {}],
  ['enforcement: cases transferred to the police', `${C}向公安机关移送涉嫌犯罪案件7件，接收其他部门移送案件15件。`, {}],
  ['enforcement: a city transport bureau’s checks and penalties', `${CT}全年检查营运车辆3.6万辆次，查处超限超载车辆412辆次，作出行政处罚决定623件。`, { penalty_cases: [623, 'exact'] }],
  ['enforcement: the year’s cases against the last year’s', `${CT}共办理交通运输行政处罚案件1185件，较上年的962件增长23.2%。`, { penalty_cases: [1185, 'exact'] }],
  ['enforcement: a health commission’s supervision', `${CW}开展卫生监督检查5216户次，立案查处违法案件287件，罚没款合计113.4万元。`,
    { enforcement_inspections: [5216, 'exact'], enforcement_cases: [287, 'exact'], fines_yuan: [1134000, 'exact'] }],
  ['enforcement: a county government’s totals of all departments', `${G}全县行政执法部门共办理行政处罚案件2416件，罚没款1873万元。`,
    { penalty_cases: [2416, 'exact'], fines_yuan: [18730000, 'exact'] }],
  ['enforcement: a market bureau’s cases with goods’ value', `${MS}查办各类违法案件312件，案值合计590万元，罚没款426万元。`,
    { enforcement_cases: [312, 'exact'], fines_yuan: [4260000, 'exact'] }],
  ['enforcement: a market bureau’s cases of one campaign as a part', `${MS}全年查处违法案件298件，其中“铁拳”行动查处案件64件。`, { enforcement_cases: [298, 'exact'] }],
  ['enforcement: lenient cases of the bureau in traditional script', `${MST}對輕微違法行為依法不予處罰案件73件，減免罰款86.2萬元。`, { lenient_cases: [73, 'exact'] }],
  ['enforcement: an agriculture bureau’s sampled checks', `${NY}开展农资市场检查136次，抽检农产品样品1520批次，立案查处违法案件21件。`,
    { enforcement_inspections: [136, 'exact'], enforcement_cases: [21, 'exact'] }],
  ['enforcement: a land bureau’s plots found by satellite', `${ZR}卫片执法发现疑似违法图斑486个，核查认定违法用地38宗，立案查处31宗。`, { enforcement_cases: [31, 'exact'] }],
  ['enforcement: labour inspection cases and wages recovered', `${RS}立案查处劳动保障违法案件46件，为1120名劳动者追讨工资1865万元。`, { enforcement_cases: [46, 'exact'] }],
  ['enforcement: a culture bureau’s venues checked (places inspected by 家次 are inspections: the corpus ruling)', `${WL}出动执法人员3400人次，检查文化经营场所1260家次，办结行政处罚案件19件。`,
    { enforcement_inspections: [1260, 'exact'], penalty_cases: [19, 'exact'] }],
  ['enforcement: hazards found and rectified by a town', `${TW}开展安全生产大排查，排查企业172家，发现安全隐患418处，整改到位409处。`, { hazards_rectified: [409, 'exact'] }],
  ['enforcement: a town helps the county’s bureau', `${TW}配合县自然资源局查处违法占地案件9起。`, {}],
  ['enforcement: a street’s comprehensive team', `${ST}综合行政执法队全年立案查处违法行为186起，罚款12.6万元。`, { enforcement_cases: [186, 'exact'], fines_yuan: [126000, 'exact'] }],
  ['enforcement: a street’s demolitions are no cases', `${ST}拆除违法建设43处、面积1.2万平方米。`, {}],
  ['enforcement: a target of inspections', `${MS}计划2024年完成“双随机”抽查任务不少于300户次。`, {}],
  ['enforcement: a rate of cases closed is no count', `${CT}行政处罚案件按期办结率达100%。`, {}],
  ['enforcement: a street in traditional script', `${STT}全年開展執法檢查860次，查處違法案件52起。`, { enforcement_inspections: [860, 'exact'], enforcement_cases: [52, 'exact'] }],
  ['enforcement: cases since the plan began', `${MS}“十四五”以来累计查办违法案件1520件，本年度查办违法案件336件。`, { enforcement_cases: [336, 'exact'] }],
]

export const TRAINING_47: Probe39[] = [
  ['training: a ministry’s own classes and its system’s', `${M}举办部机关法治专题培训班3期，培训干部450人次；指导全系统开展法治培训1.2万场次。`,
    { training_sessions: [3, 'exact'], training_participants: [450, 'exact'] }],
  ['training: a province’s party group studies', `${PV}厅党组理论学习中心组开展集体学法4次，举办法治讲座2场。`, { training_sessions: [6, 'derived'] }],
  ['training: a city bureau’s hours per head', `${C}全局执法人员年人均参加法治培训62学时。`, { training_hours_per_person: [62, 'exact'] }],
  ['training: the required hours only', `${C}严格落实执法人员每人每年不少于60学时的法律知识培训要求。`, {}],
  ['training: classes named by 期 and participants by 人', `${CT}举办路政、运政执法业务培训班5期，参训执法人员386人。`,
    { training_sessions: [5, 'exact'], training_participants: [386, 'exact'] }],
  ['training: court hearings attended are no sessions (the corpus ruling)', `${CW}组织领导干部旁听庭审2次，参加人员46人次。`, {}],
  ['training: meetings that study the law first', `${G}县政府常务会议会前学法11次，学习法律法规23部。`, { training_sessions: [11, 'exact'] }],
  ['training: the county’s exam and its pass rate', `${G}组织全县2860名国家工作人员参加网上学法用法考试，参考率100%，合格率99.8%。`, {}],
  ['training: certified officers against those due, traditional', `${MST}全局應持證執法人員108人，實際持證105人。`, { certified_officers: [105, 'exact'] }],
  ['training: certificates obtained this year', `${NY}新增21名执法人员通过执法资格考试并取得执法证。`, {}],
  ['training: the 尊法学法 sessions counted in 场', `${NY}开展“尊法学法守法用法”主题学习活动8场，参学干部职工312人次。`,
    { training_sessions: [8, 'exact'], training_participants: [312, 'exact'] }],
  ['training: publicity events and the people reached', `${SF}开展宪法宣传周、民法典宣传月等普法活动214场次，受众群众5.6万人次。`, { legal_publicity_events: [214, 'exact'] }],
  ['training: leaflets and videos are no events', `${SF}发放普法宣传册2.4万份，制作普法短视频36部。`, {}],
  ['training: a town’s cadres and village cadres', `${TW}组织镇村干部集中学法6次，参训人员420人次。`, { training_sessions: [6, 'exact'], training_participants: [420, 'exact'] }],
  ['training: a town’s villages’ own sessions', `${TW}指导各村（社区）开展“法律明白人”培训32场。`, {}],
  ['training: a street in traditional script', `${STT}舉辦法治專題講座4場，參加幹部職工260人次。`, { training_sessions: [4, 'exact'], training_participants: [260, 'exact'] }],
  ['training: staff sent to a higher body’s course', `${CT}选派18名执法骨干参加省交通运输厅举办的执法能力提升培训班。`, {}],
  ['training: sessions written in Chinese numerals', `${RS}全年举办法治培训十二期，培训劳动保障监察员一百四十人次。`,
    { training_sessions: [12, 'exact'], training_participants: [140, 'exact'] }],
  ['training: hours of a leading group as an average', `${WL}局领导班子成员人均学法时长达到54学时。`, { training_hours_per_person: [54, 'exact'] }],
  ['training: publicity in villages by a county government', `${G}全县开展“法律进乡村”活动680余场次。`, { legal_publicity_events: [680, 'approx'] }],
  ['training: an exam of new staff counted by people', `${ZR}组织新入职人员法律知识测试1次，参考人员27名。`, {}],
  ['training: a plan for next year', `${CW}2024年将举办卫生监督执法培训不少于4期。`, {}],
]

export const TABLES_47: Probe39[] = [
  ['table: two years’ columns with the report year first', `${MS}主要执法数据如下：\n项目 | 2023年 | 2022年\n执法检查（次） | 3120 | 2875\n行政处罚案件（件） | 418 | 366\n`,
    { enforcement_inspections: [3120, 'exact'], penalty_cases: [418, 'exact'] }],
  ['table: 本年 and 上年 columns with units in the header', `${CT}执法情况统计（单位：件）\n指标\t本年\t上年\n行政处罚案件\t652\t710\n行政复议案件\t4\t6\n`,
    { penalty_cases: [652, 'exact'], reconsideration_cases: [4, 'exact'] }],
  ['table: the previous year first', `${NY}表1 执法工作对比\n指标 2022年 2023年\n执法检查次数 142 168\n`, { enforcement_inspections: [168, 'exact'] }],
  ['parts: two procedures of penalty cases', `${CT}全年办理简易程序行政处罚案件1206件、普通程序行政处罚案件384件。`, { penalty_cases: [1590, 'derived'] }],
  ['parts: a procedure’s cases beside all cases', `${MS}办理行政处罚案件356件，其中适用简易程序112件。`, { penalty_cases: [356, 'exact'] }],
  ['zero: no suit lost after counts', `${RS}全年发生行政复议案件2件、行政诉讼案件3件，均未出现败诉。`,
    { reconsideration_cases: [2, 'exact'], litigation_cases: [3, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['zero: no reconsideration at all', `${TW}全年未发生行政复议和行政诉讼案件。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['zero: no lost suit written as 零败诉', `${ZR}办理行政应诉案件14件，实现行政诉讼零败诉。`, { litigation_cases: [14, 'exact'], litigation_lost_cases: [0, 'exact'] }],
]

export const ALL_47: [string, Probe39[]][] = [['enforcement', ENFORCEMENT_47], ['training', TRAINING_47], ['tables, parts and zeros', TABLES_47]]

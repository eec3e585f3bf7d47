/**
 * The second batch of raw forms 48 (rawForms48.ts), in new wording, run once after the rules were written and kept as it ran: the
 * same forms by other authors, fields, aspects and tables, with their near misses. First run 13 of 14: a field's aim with a verb
 * outside the list fieldPart.ts had (林业领域重点保护森林资源) left that field no part; the aim is now an adverb of effort and any verb. Sentences and tables invented for this test (the
 * real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'

const G = head('白沙县人民政府')
const GC = head('云岭市人民政府')
const J = head('白沙县司法局')
const JC = head('云岭市司法局')
const Z = head('石门乡人民政府')
const S = head('南苑街道办事处')
const M = head('白沙县市场监督管理局')
const E = head('云岭市生态环境局')

export const MORE_48: Probe39[] = [
  // fields stating their aim
  ['fields: market field striving for order, beside the county\'s total', `${G}全县全年开展行政检查9860次，办理行政处罚案件812件。市场监管领域大力规范市场秩序，开展检查2140次，查处案件163件。城市管理领域切实改善人居环境，开展巡查1320次，立案54起。`,
    { enforcement_inspections: [9860, 'exact'], penalty_cases: [812, 'exact'] }],
  ['fields: water and forest fields, aims with 扎实 and 重点', `${GC}全市全年实施行政检查21400次。水利领域扎实推进河湖清四乱，开展执法巡查3100次，立案查处21起。林业领域重点保护森林资源，开展检查1800次，立案36起。`,
    { enforcement_inspections: [21400, 'exact'] }],
  ['fields near miss: a department\'s one field with its aim', `${M}食品安全领域持续强化源头治理，开展检查1860次，查处违法案件74件。`,
    { enforcement_inspections: [1860, 'exact'], enforcement_cases: [74, 'exact'] }],
  ['fields near miss: the field as an object', `${E}围绕大气污染防治领域着力加强监管，开展执法检查960次，查处环境违法行为45起。`,
    { enforcement_inspections: [960, 'exact'], enforcement_cases: [45, 'exact'] }],
  // the bodies below given a topic
  ['topic: the village committees\' study after 列为', `${Z}乡党委中心组集中学法5次，专题研讨2次；将民法典列为各村（社区）“两委”班子学习重点内容，组织学习42场。`,
    { training_sessions: [7, 'derived'] }],
  ['topic: the grid branches after 纳入', `${S}街道党工委理论学习中心组学法9次；把习近平法治思想纳入各社区党支部主题党日学习内容，开展学习60余次。`,
    { training_sessions: [9, 'exact'] }],
  ['topic near miss: the author\'s own cadres given the topic', `${J}局党组理论学习中心组学法8次；将宪法列入全局干部职工周学习内容，开展集中学法24次。`,
    { training_sessions: [32, 'derived'] }],
  // aspects
  ['aspects: review cases by matter, 从申请事项来看', `${JC}全年受理行政复议案件236件，审结221件。从申请事项来看，行政处罚类98件，信息公开类41件，行政不作为类30件。`,
    { reconsideration_cases: [236, 'exact'] }],
  ['aspects: suits by defendants, 从被告情况看', `${G}全年以县政府及其部门为被告的一审行政诉讼案件73件。从被告情况看，县政府19件，县自然资源局14件，各乡镇21件。`,
    { litigation_cases: [73, 'exact'] }],
  ['aspects: penalties by field, 从执法领域看', `${GC}全市全年作出行政处罚3120件，罚没款2860万元。从执法领域看，市场监管1020件，生态环境310件，城市管理860件。`,
    { penalty_cases: [3120, 'exact'], fines_yuan: [28600000, 'exact'] }],
  ['aspects near miss: results by 从审理结果来看 are read', `${J}全年受理行政复议案件64件。从审理结果来看，维持38件，撤销9件，纠错率14.1%。`,
    { reconsideration_cases: [64, 'exact'], reconsideration_correction_pct: [14.1, 'exact'] }],
  // measures as columns
  ['tables: permits as columns with a total-less caption', `${M}2023年度行政许可实施情况统计表\n行政许可实施数量（件） | | | |\n申请数量 | 受理数量 | 许可数量 | 不予许可数量 |\n5120 | 5108 | 5060 | 48 |`,
    { approvals_handled: [5108, 'exact'] }],
  ['tables: penalties as columns, the fine column last', `${E}2023年度行政处罚实施情况统计表\n行政处罚实施数量（宗） | | | | |\n警告 | 罚款 | 没收违法所得 | 责令停产停业 | 合计（宗） | 罚没金额（万元） |\n12 | 86 | 3 | 2 | 103 | 642.5 |`,
    { penalty_cases: [103, 'exact'], fines_yuan: [6425000, 'exact'] }],
  ['tables near miss: no caption, measures as columns', `${M}主要执法数据：\n执法检查（次） | 立案查处（件） | 罚没款（万元）\n2360 | 118 | 96.4`,
    { enforcement_inspections: [2360, 'exact'], enforcement_cases: [118, 'exact'], fines_yuan: [964000, 'exact'] }],
]

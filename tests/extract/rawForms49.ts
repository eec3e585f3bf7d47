/**
 * Raw forms of round 49: forms the ORIGINAL wording of dev items' pages writes and our rewordings smoothed away (dev pages compared
 * in tests/fixtures/corpus/README.md, "Raw forms 49"). Each beside its near misses:
 * - an enforcement report's suits and reviews counted per kind of act (行政强制直接被提起行政诉讼N宗; 行政征收被申请行政复议N宗):
 *   parts of the kind's figures, not the area's suits, against a total of suits said with them;
 * - a review and filing said as one act before the count (完成规范性文件合法性审核备案N件), against a review alone;
 * - a statistics report's applications said as a total (行政许可申请总数为N宗，予以许可N宗), against refusals alone;
 * - study sessions of a department's whole system (全年系统各级开展…学习N次; 通过“三会一课”…等形式开展学习N次): the system's, not
 *   the author's own sessions, against the author's own count beside them (a 各级党组织 clause between them is left open);
 * - reviews of one kind of act's results filed with the author (对行政处罚结果向市公安局申请行政复议案件N件): that kind's part;
 * - decisions named as one item of a list counted as other work (研究重大行政决策源头治理等N项…重点工作), against decisions after 等;
 * - a minimum each section reaches (全镇职能科室均实现N名以上…具备执法资格), against the town's own certified staff;
 * - sessions after a lead naming requirements as a noun (结合…重点任务要求，开展专题学法N次), participants as 参与学习人数N人次,
 *   against 要求 as a verb on the bodies below;
 * - a study count after law named as a title put in the study plan (将《习近平法治思想学习纲要》纳入年度学习计划), against none named;
 * (these five written after their rules, from pages compared later; each form fails on the round's base, its near misses pass)
 * - an area's inspections given as platform entries (执法检查信息N件) with parts by kinds of bodies under headings (区直部门… / 街镇…).
 * Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'

const G = head('青河县人民政府')
const Q = head('东川区人民政府')
const J = head('青河县司法局')
const C = head('临江市城市管理局')
const W = head('青河县卫生健康局')
const H = head('临江市卫生健康委员会')
const Z = head('桥头镇人民政府')
const S = head('东湖街道办事处')

export const ACT_KIND_SUITS_49: Probe39[] = [
  ['suits and reviews per kind of act, one said 直接', `${G}全县各行政执法单位共办理各类行政执法案件12.3万宗。其中，行政处罚3260宗，罚没收入2180.5万元。行政处罚被申请行政复议7宗，复议决定撤销2宗。行政处罚直接被提起行政诉讼4宗；行政强制820宗，行政强制被申请行政复议2宗。行政强制直接被提起行政诉讼15宗，判决确认违法6宗；行政征收610宗，行政征收直接被提起行政诉讼9宗。`,
    { enforcement_cases: [123000, 'exact'], penalty_cases: [3260, 'exact'], fines_yuan: [21805000, 'exact'] }],
  ['suits of one kind of act said 均直接', `${Q}全年作出行政强制决定412件，行政强制决定均直接被提起行政诉讼的有3件。`, {}],
  ['near miss: the area\'s suits said beside the kinds', `${G}全县行政机关全年新收行政诉讼案件58件。行政处罚直接被提起行政诉讼21宗，行政强制直接被提起行政诉讼11宗。`,
    { litigation_cases: [58, 'exact'] }],
  ['reviews of one kind of act\'s results filed with the author', `${head('临江市公安局')}全市公安机关共办结行政案件86120件，对行政处罚结果向市公安局申请行政复议案件5件，全市公安机关涉行政诉讼案件41件。`,
    { enforcement_cases: [86120, 'exact'], litigation_cases: [41, 'exact'] }],
  ['near miss: suits of the author itself', `${J}全年办理行政诉讼案件14件，行政复议案件22件。`,
    { litigation_cases: [14, 'exact'], reconsideration_cases: [22, 'exact'] }],
]

export const REVIEW_FILING_49: Probe39[] = [
  ['a review and filing as one act', `${J}严格规范性文件的审核清理，完成规范性文件合法性审核备案31件，对交通发展等12件重大行政决策开展合法性审查。`,
    { normative_docs_filed: [31, 'exact'] }],
  ['a review and filing as one act, 审查备案', `${G}全年完成行政规范性文件合法性审查备案17件。`, { normative_docs_filed: [17, 'exact'] }],
  ['near miss: a review alone', `${J}严格规范性文件审查，完成规范性文件合法性审核31件。`, { normative_docs_reviewed: [31, 'exact'] }],
  ['near miss: a review, then a filing of its own', `${J}完成规范性文件合法性审核31件，报市司法局备案规范性文件6件。`,
    { normative_docs_reviewed: [31, 'exact'], normative_docs_filed: [6, 'exact'] }],
]

export const APPLICATION_TOTAL_49: Probe39[] = [
  ['applications said as a total', `${C}本年度我局行政许可申请总数为1530宗，予以许可1528宗，不予许可2宗。`, { approvals_handled: [1530, 'exact'] }],
  ['applications said as a total with 共', `${C}全年行政许可申请总量共2210件，均已办结。`, { approvals_handled: [2210, 'exact'] }],
  ['near miss: refusals alone', `${C}全年不予许可2宗，均书面说明理由。`, {}],
]

export const SYSTEM_LEVELS_49: Probe39[] = [
  ['sessions of all levels of the system beside the author\'s own', `${W}一、强化思想引领\n（一）深化理论武装。把学习贯彻习近平法治思想作为重大政治任务，纳入局党组理论学习中心组和县委卫健工委“第一议题”学习重点，全年系统各级开展党委（党组）理论学习中心组学习126次，各级党组织共开展“第一议题”学习4210次，通过“三会一课”、主题党日等形式开展学习5360次、活动1220次，持续增强干部职工法治意识。\n（二）压实法治责任。坚持领导干部带头尊法学法守法用法，并组织系统内法治专题学习18场次，实现覆盖率100%。`,
    { training_sessions: [18, 'exact'] }],
  ['sessions of all levels of the system alone', `${H}全市卫生健康系统各级党组织全年开展法治专题学习2360次。`, {}],
  ['near miss: the author\'s own sessions', `${H}委党组全年开展理论学习中心组学法8次，组织机关干部集体学法12次。`, { training_sessions: [20, 'derived'] }],
]

export const ITEM_OF_A_LIST_49: Probe39[] = [
  ['decisions named as one item of a list counted as work', `${head('临江市交通运输局')}以局党委会形式专题研究局重大行政决策源头治理等9项交通法治重点工作。`, {}],
  ['near miss: decisions counted after 等', `${head('临江市交通运输局')}审议通过《临江市公交线网优化方案》等重大行政决策4项。`, { major_decisions: [4, 'exact'] }],
]

export const EACH_UNIT_MINIMUM_49: Probe39[] = [
  ['a minimum each section reaches', `${Z}组织16名在编干部参加行政执法培训，全镇职能科室均实现2名以上在职在编人员具备执法资格。`, {}],
  ['near miss: the town\'s own certified staff', `${Z}全镇共有23名在编人员具备执法资格，持证上岗率100%。`, { certified_officers: [23, 'exact'] }],
]

export const REQUIREMENT_AS_NOUN_49: Probe39[] = [
  ['sessions after 结合…要求 as a noun, participants as 参与学习人数', `${S}结合高水平法治政府建设重点任务要求，开展专题学法12次、法治讲座3场，参与学习人数620余人次，进一步强化了干部法治理念。`,
    { training_sessions: [15, 'derived'], training_participants: [620, 'approx'] }],
  ['a study count after the law named as a title put in the study plan', `${S}街道党工委将《习近平法治思想学习纲要》纳入年度学习计划，作为理论学习中心组学习的重要内容。全年组织党工委专题学习6次。`,
    { training_sessions: [6, 'exact'] }],
  ['near miss: a study count with no law named before it', `${S}全年组织党工委专题学习6次。`, {}],
  ['near miss: 要求 as a verb on the bodies below', `${S}结合工作实际，要求各社区全年开展法治学习不少于4次。`, {}],
]

export const PLATFORM_ENTRIES_49: Probe39[] = [
  ['inspections as platform entries, parts by kinds of bodies', `${Q}2024年，区行政执法监督平台共归集行政执法案件40210件。其中，行政处罚案件1420件，较上年度下降3.1%；执法检查信息38790件，较上年度增加21.6%。\n（一）区直部门执法情况\n区直执法部门实施行政处罚1010次，开展执法检查17200次。\n（二）街镇执法情况\n街镇实施行政处罚410次，开展执法检查21590次。`,
    { enforcement_cases: [40210, 'exact'], penalty_cases: [1420, 'exact'], enforcement_inspections: [38790, 'exact'] }],
]

export const ALL_RAW49: [string, Probe39[]][] = [
  ['suits per kind of act', ACT_KIND_SUITS_49], ['review and filing', REVIEW_FILING_49], ['application totals', APPLICATION_TOTAL_49],
  ['system levels', SYSTEM_LEVELS_49], ['items of a list', ITEM_OF_A_LIST_49], ['each unit\'s minimum', EACH_UNIT_MINIMUM_49],
  ['leads before a study count', REQUIREMENT_AS_NOUN_49],
  ['platform entries', PLATFORM_ENTRIES_49],
]

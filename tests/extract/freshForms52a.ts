/**
 * Forms from the dev half of the r52a-fresh batch (corpus README, "Fifty-second fresh batch (r52a-fresh)"), over invented sentences:
 * - 每一 before a measure word (每一件信访事项, 每一个案件, 每一起, 每一位): "every", a quantifier of the slogan 让群众在每一个…中感受到公平
 *   正义, not one of anything — found on r52a's 伽师县信访局 opening (让群众在每一件信访事项… read as 1 petition handled). Near misses: a
 *   count with 每一件 after it (受理…45件，每一件都按期办结), a lone 一件 or 一起 that is a count.
 * - results a directive names other bodies for (督促地方拆除…、行政处罚32起, 督促属地…立案查处…, 要求各县区…实施处罚…): the urged
 *   bodies' acts, not the author's, as 指导各地… already was — found on r52a's 国家文物局 notice (督促地方…行政处罚32起 read as its
 *   penalty cases, a distractor). Near misses: 督促企业整改 and 督促整改 (the author's own enforcement result), the author's own
 *   count in the next clause opening with 本局.
 * - a rare field's own enforcement named by its field (found probing the slice's fields after the dev half): an archives bureau's
 *   档案行政执法检查N次 is its inspections, not an internal 档案检查; an earthquake bureau's 抗震设防要求执法检查N次 checks a legal noun
 *   (抗震设防要求, the fortification standard it enforces), no obligation. Near misses: another department's internal 档案检查, one it
 *   underwent (接受…档案执法检查), a real requirement (要求…开展检查不少于4次).
 * - an amount joining fines with taxes or late fees (查补税款、滞纳金及罚款共计…, 罚款及滞纳金…): a joint total of other money, no
 *   fines figure, as a count joining law sessions with another kind is no law count (found probing a tax bureau's forms). Near misses:
 *   the fines stated apart after the taxes (查补税款1.1亿元，罚款850万元), a part after 其中, confiscations with fines (罚没款).
 * - petitions a petition bureau assigns to other bodies (向乡镇交办信访事项88件, 局机关向各乡镇和县直部门交办…320件): passed on, as
 *   转办 and 移交 are (the README's passed-on ruling), found probing the 信访 field. Near misses: those assigned to it from above (办理上级
 *   交办信访事项45件), its own total before what it assigned (受理…1260件，向有关部门交办960件).
 * - (metadata) an organ's notice of its field's year (X关于2022年度…行政执法…工作情况的通报) addressed to the bodies under it (各省、自治区、
 *   直辖市文物局：): its title names its author as a report's does — r52a's 国家文物局 notice was read only by its 来源 line; without it
 *   no author. Near misses: the same title as a report, a notice of results (考核结果的通报) stays unread.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const X = head('青河县信访局')
const E = head('青河县应急管理局')
const W = head('江州市文化广电旅游局')
const A = head('青河县人力资源和社会保障局')

export const EVERY_52A: Probe39[] = [
  ['每一件 petition, 每一个 case in a slogan', `${X}局机关把依法办理落实到每一件信访事项，让群众在每一个案件中感受到公平正义。`, {}],
  ['每一起 case, 每一个 clue', `${E}局机关坚持依法查处每一起违法案件，不放过每一个违法线索。`, {}],
  ['每一位 officer trained', `${A}局机关确保每一位执法人员都参加法治培训。`, {}],
  ['traditional 每一件', toTraditional(`${X}局机关把依法办理落实到每一件信访事项，让群众在每一个案件中感受到公平正义。`), {}],
  // near misses
  ['a count with 每一件 after it', `${X}局机关全年受理信访事项45件，每一件都按期办结。`, { petitions_handled: [45, 'exact'] }],
  ['a lone 一起 that is a count', `${E}局机关全年立案查处违法案件一起。`, { enforcement_cases: [1, 'exact'] }],
]

export const URGED_52A: Probe39[] = [
  ['督促地方, a list of results', `${W}局机关督促地方拆除违法建设9起、行政处罚12起、责令改正20起。`, {}],
  ['督促属地, cases filed and fined', `${W}局机关督促属地执法部门立案查处文物违法案件26起，罚款80万元。`, {}],
  ['督促各地, penalties and fines', `${E}局机关督促各地应急管理部门实施行政处罚150起，罚款300万元。`, {}],
  ['督办属地, cases', `${E}局机关督办属地查处违法案件18起。`, {}],
  ['督促下级部门, penalty cases closed', `${E}局机关督促下级部门办结行政处罚案件40件。`, {}],
  ['督促各县（市、区）, cases', `${E}局机关督促各县（市、区）查处非法违法行为120起。`, {}],
  ['推动基层, disputes mediated', `${X}局机关推动基层调解组织成功调解纠纷300件。`, {}],
  ['要求各县区, penalties', `${E}局机关要求各县区应急管理部门实施行政处罚150起。`, {}],
  ['traditional 督促地方', toTraditional(`${W}局机关督促地方拆除违法建设9起、行政处罚12起、责令改正20起。`), {}],
  // near misses
  ['督促企业整改, the author\'s own', `${E}局机关开展执法检查86次，督促企业整改安全隐患130处。`, { enforcement_inspections: [86, 'exact'], hazards_rectified: [130, 'exact'] }],
  ['督促整改, the author\'s own', `${E}局机关全年排查并督促整改隐患210处。`, { hazards_rectified: [210, 'exact'] }],
  ['the author\'s own count after 本局', `${W}局机关督促地方责令改正违法行为20起；本局直接立案查处案件6起，其中行政处罚4起。`,
    { enforcement_cases: [6, 'exact'], penalty_cases: [4, 'exact'] }],
]

/**
 * The directive's other bodies named without 各 (found probing after the second batch): lower levels bare (督促市县…, 督促县区…, 督促乡镇…),
 * or with 有关/相关/辖区 before them (督促有关地方…, 督促相关县区…, 督促辖区各县区…).
 */
export const URGED_LEVELS_52A: Probe39[] = [
  ['督促市县, cases', `${W}局机关督促市县文物部门查处违法案件30起。`, {}],
  ['督促有关地方, cases', `${W}局机关督促有关地方立案查处文物违法案件12起。`, {}],
  ['督促相关县区, cases', `${W}局机关督促相关县区查处违法案件9起。`, {}],
  ['督促辖区各县区, cases', `${W}局机关督促辖区各县区查处违法案件40起。`, {}],
  ['督促乡镇, hazards', `${E}局机关督促乡镇整改安全隐患320处。`, {}],
  // near misses
  ['督促有关企业整改, its own', `${E}局机关督促有关企业整改安全隐患75处。`, { hazards_rectified: [75, 'exact'] }],
  ['督促相关单位 in its own inspection', `${E}局机关开展执法检查40次，督促相关单位整改隐患66处。`, { enforcement_inspections: [40, 'exact'], hazards_rectified: [66, 'exact'] }],
]

const D = head('青河县档案馆')
const Q = head('临江市地震局')

export const FIELD_OWN_52A: Probe39[] = [
  ['档案行政执法检查, an archives bureau\'s inspections', `${D}馆机关全年开展档案行政执法检查6次，检查立档单位38家。`, { enforcement_inspections: [6, 'exact'] }],
  ['档案执法检查 counted', `${D}全年对机关、企事业单位开展档案执法检查共9次。`, { enforcement_inspections: [9, 'exact'] }],
  ['抗震设防要求执法检查', `${Q}局机关开展抗震设防要求执法检查3次。`, { enforcement_inspections: [3, 'exact'] }],
  ['traditional 抗震設防要求專項檢查', toTraditional(`${Q}局机关全年开展抗震设防要求专项检查5次。`), { enforcement_inspections: [5, 'exact'] }],
  // near misses
  ['another department\'s internal 档案检查', `${E}局机关开展档案管理检查2次，开展执法检查40次。`, { enforcement_inspections: [40, 'exact'] }],
  ['a 档案执法检查 it underwent', `${E}局机关接受县档案局档案执法检查1次。`, {}],
  ['a real requirement after 要求', `${Q}市政府要求各地震部门每年开展执法检查不少于4次。`, {}],
]

const T = head('国家税务总局临江市税务局')

export const JOINT_AMOUNT_52A: Probe39[] = [
  ['taxes, late fees and fines together', `${T}稽查局全年查补税款、滞纳金及罚款共计1.2亿元。`, {}],
  ['fines and late fees together', `${T}全年加收滞纳金和罚款合计2600万元。`, {}],
  ['traditional taxes and fines together', toTraditional(`${T}稽查局全年查补税费及罚款1.6亿元。`), {}],
  // near misses
  ['fines stated apart after the taxes', `${T}稽查局全年查补税款1.1亿元，罚款850万元。`, { fines_yuan: [8500000, 'exact'] }],
  ['fines as a part after 其中', `${T}全年入库查补收入9800万元，其中罚款760万元。`, { fines_yuan: [7600000, 'exact'] }],
  ['confiscations with fines', `${T}全年没收违法所得及罚款共计320万元。`, { fines_yuan: [3200000, 'exact'] }],
]

export const ASSIGNED_52A: Probe39[] = [
  ['向乡镇交办, petitions assigned', `${X}局机关向乡镇交办信访事项88件。`, {}],
  ['局机关向各乡镇和县直部门交办', `${X}局机关向各乡镇（街道）和县直部门交办群众来信来访案件320件，均按期办结。`, {}],
  ['traditional 向有关单位交办', toTraditional(`${X}全年向有关单位交办信访件76件。`), {}],
  // near misses
  ['assigned to it from above', `${X}局机关办理上级交办信访事项45件。`, { petitions_handled: [45, 'exact'] }],
  ['its own total before what it assigned', `${X}全年受理信访事项1260件，向有关部门交办960件。`, { petitions_handled: [1260, 'exact'] }],
]

export const ALL_52A: [string, Probe39[], string[]][] = [
  ['r52a: 每一 before a measure word is "every"', EVERY_52A, ['petitions_handled', 'enforcement_cases', 'training_participants', 'certified_officers', 'training_sessions']],
  ['r52a: results a directive names other bodies for', URGED_52A, ['enforcement_cases', 'penalty_cases', 'fines_yuan', 'hazards_rectified', 'enforcement_inspections', 'disputes_resolved']],
  ['r52a: a rare field\'s own enforcement named by its field', FIELD_OWN_52A, ['enforcement_inspections']],
  ['r52a: fines joined with taxes or late fees', JOINT_AMOUNT_52A, ['fines_yuan']],
  ['r52a: petitions assigned to other bodies', ASSIGNED_52A, ['petitions_handled']],
  ['r52a: a directive\'s lower levels named without 各', URGED_LEVELS_52A, ['enforcement_cases', 'penalty_cases', 'hazards_rectified', 'enforcement_inspections']],
]

const S = head('临江市市场监督管理局')
const P = head('临江市人民政府信访办公室')

/** The same forms in new wording, written after the rules and run once before any change (the round's generalisation figure). */
export const SECOND_52A: Probe39[] = [
  ['每一个 complaint in a pledge', `${S}局机关承诺对每一个投诉举报都依法核查，做到每一起案件都有回音。`, {}],
  ['每一项 approval, 每一位 applicant', `${S}局机关把规范审批落到每一项许可事项，让每一位办事群众少跑腿。`, {}],
  ['traditional 每一宗 petition', toTraditional(`${P}办机关坚持把每一宗信访诉求办结办好。`), {}],
  ['督促指导各县区, cases and fines', `${S}局机关督促指导各县区市场监管部门查处违法案件210件，罚没款560万元。`, {}],
  ['推动地方, penalties', `${S}局机关推动地方市场监管部门作出行政处罚决定85件。`, {}],
  ['the author\'s own count and fines, no directive', `${S}局机关全年查处违法案件36件，罚没款48万元。`, { enforcement_cases: [36, 'exact'], fines_yuan: [480000, 'exact'] }],
  ['traditional 督促基层, disputes', toTraditional(`${P}办机关督促基层调解组织化解矛盾纠纷420件。`), {}],
  // near misses
  ['督促经营者整改, its own inspections', `${S}局机关开展专项检查52次，督促经营者整改问题180个。`, { enforcement_inspections: [52, 'exact'] }],
  ['a count then 每一件 done', `${P}办机关全年受理信访事项260件，每一件都落实了包案领导。`, { petitions_handled: [260, 'exact'] }],
]

const NOTICE_WORK = '\n一、基本情况\n全年查处违法案件21起，办理复议案件8件。\n二、存在问题\n执法力量薄弱。'

export const NOTICE_52A: [string, string, Meta][] = [
  ['a national bureau\'s notice to the provincial bureaus', `国家文物局关于2022年度文物行政执法和安全监管工作情况的通报\n各省、自治区、直辖市文物局：\n2022年，全国文物系统坚持依法保护文物。${NOTICE_WORK}`,
    m('国家文物局', null, '文物', 2022)],
  ['a provincial department\'s notice of enforcement', `贵州省应急管理厅关于2022年度全省安全生产行政执法工作情况的通报\n各市（州）应急管理局：\n2022年，全省应急管理系统严格执法。${NOTICE_WORK}`,
    m('贵州省应急管理厅', '贵州省', '应急管理', 2022)],
  ['a city bureau\'s notice of its 法治 work', `临江市市场监督管理局关于2023年度法治建设工作情况的通报\n各县（市、区）市场监督管理局：\n2023年，全市市场监管系统推进依法行政。${NOTICE_WORK}`,
    m('临江市市场监督管理局', '临江市', '市场监管', 2023)],
  ['traditional notice of a province\'s enforcement', toTraditional(`贵州省应急管理厅关于2022年度全省安全生产行政执法工作情况的通报\n各市（州）应急管理局：\n2022年，全省应急管理系统严格执法。${NOTICE_WORK}`),
    m('贵州省应急管理厅', '贵州省', '应急管理', 2022)],
  // near misses
  ['the same title as a report', `国家文物局关于2022年度文物行政执法和安全监管工作情况的报告\n2022年，全国文物系统坚持依法保护文物。${NOTICE_WORK}`,
    m('国家文物局', null, '文物', 2022)],
  ['a notice of assessment results stays unread', `临江市全面依法治市委员会办公室关于2023年度法治政府建设考核结果的通报\n各县（市、区）委依法治县（市、区）办：\n2023年，全市各地各部门推进法治政府建设。${NOTICE_WORK}`,
    m(null, null, null, 2023)],
]

/**
 * Forms from the dev half of the r50a-fresh batch (corpus README, fiftieth batch r50a), over invented sentences:
 * - a service hall's or centre's whole volume written with 办件 as its verb and noun after 共/累计/合计 and no time word
 *   (各便民服务中心（站）共办件N件): the catalogue reads 全年/年度…办件, 办件量 and a centre's 受理/办理…业务/事项, not a bare 共办件 —
 *   found on r50a's 中长街道 report (missed). Near misses: its online part alone (网上办件), one programme's volume (一件事), a legal
 *   service centre's or a hotline's 办件, a dispute centre's.
 * - no fault of a kind (没有发生重大决策失误, 未出现…答复差错): the negation names a fault of the term's object, not none of the object —
 *   found on r50a's 大顺镇 report (read as 0 major decisions). Near misses: none made (未作出重大行政决策), none of the matter at all
 *   (无重大行政决策事项, 未发生行政复议), a fault in a clause of its own after the count.
 * - fines by procedure in the breakdown a colon opens after a total of cases (共办理731宗：简易程序…处罚金额2.7万元；普通程序…处罚金额
 *   294.65万元): the parts of a total another measure counts, added up as parts after 其中 are — found on r50a's second part, 柳市镇
 *   (one part read). Near misses: the fines' own total before the colon or after the parts, a study total's breakdown.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const Z = head('河湾镇人民政府')
const S = head('西关街道办事处')
const B = head('临川县自然资源局')

export const SERVICE_VOLUME_50A: Probe39[] = [
  ['a street\'s centres and stations, 共办件 with its parts', `${S}街道各便民服务中心（站）共办件6427件，其中网上办件1830件、窗口办件4597件。`,
    { approvals_handled: [6427, 'exact'] }],
  ['a town\'s centre, 累计办件', `${Z}镇便民服务中心累计办件3468件，群众满意率保持高位。`, { approvals_handled: [3468, 'exact'] }],
  ['a service hall, 合计办件', `${Z}镇政务服务大厅合计办件2215件。`, { approvals_handled: [2215, 'exact'] }],
  ['village stations named after the centre, 共计办件', `${S}街道为民服务中心及各社区服务站共计办件980件。`, { approvals_handled: [980, 'exact'] }],
  ['traditional centres, 共办件', toTraditional(`${S}街道各便民服务中心（站）共办件6427件，其中网上办件1830件。`), { approvals_handled: [6427, 'exact'] }],
  // near misses
  ['the online part alone', `${S}街道便民服务中心网上办件1830件。`, {}],
  ['one programme\'s volume', `${Z}镇便民服务中心设立“一件事一次办”专窗，共办件126件。`, {}],
  ['a legal service centre\'s 办件', `${Z}镇公共法律服务中心共办件58件。`, {}],
  ['a hotline\'s tickets', `${S}街道12345热线工作站累计办件742件。`, {}],
  ['a dispute centre\'s', `${Z}镇矛盾纠纷调处中心共办件37件。`, {}],
  // (added with the second batch's rule, the centre in the clause before: its near misses)
  ['a social governance centre\'s', `${Z}镇社会治理中心累计办件88件。`, {}],
  ['a programme\'s window between the centre and the count', `${S}街道便民服务中心（站）设“高效办成一件事”窗口，合计办件75件。`, {}],
]

export const NO_FAULT_50A: Probe39[] = [
  ['no major decision error', `${Z}全年没有发生重大决策失误和违规违纪问题。`, {}],
  ['no major administrative decision error, 未出现', `${Z}全年未出现重大行政决策失误。`, {}],
  ['no deviation, 无', `${Z}全年无重大决策偏差。`, {}],
  ['no one decision went wrong', `${Z}没有一件重大行政决策出现失误。`, {}],
  ['no error in answering requests', `${B}全年未出现依申请公开答复差错。`, {}],
  ['traditional no decision error', toTraditional(`${Z}全年没有发生重大决策失误和违规违纪问题。`), {}],
  // near misses
  ['none made', `${Z}全年未作出重大行政决策。`, { major_decisions: [0, 'exact'] }],
  ['none of the matter', `${Z}本年度无重大行政决策事项。`, { major_decisions: [0, 'exact'] }],
  ['none made, the fault in its own clause', `${Z}全年未作出重大行政决策，也未出现决策失误。`, { major_decisions: [0, 'exact'] }],
  ['a count, then no error', `${Z}全年作出重大行政决策3项，未出现失误。`, { major_decisions: [3, 'exact'] }],
  ['none received', `${B}全年未收到政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['no review at all', `${B}全年未发生行政复议。`, { reconsideration_cases: [0, 'exact'] }],
]

/**
 * The second batch, in new wording (other organs, figures, verbs and orders), written after the rules and run once before any
 * change for it (corpus README, "Dev forms of r50a-fresh").
 */
const W = head('石门镇人民政府')
const E = head('东城街道办事处')
const R = head('安远县司法局')

export const SECOND_50A: Probe39[] = [
  ['a town centre\'s 今年累计办件 in 万', `${W}镇政务服务中心今年累计办件1.2万件，好评率100%。`, { approvals_handled: [12000, 'exact'] }],
  ['a street\'s windows, 合计办件 after the staff', `${E}街道便民服务窗口配备工作人员9名，合计办件3105件。`, { approvals_handled: [3105, 'exact'] }],
  ['traditional hall, 累計辦件 with a thousands comma', toTraditional(`${W}鎮便民服務大廳累計辦件2,406件。`), { approvals_handled: [2406, 'exact'] }],
  ['a self-service terminal\'s volume', `${E}街道自助服务终端累计办件318件。`, {}],
  ['a comprehensive governance centre\'s tickets', `${W}镇综治中心共办件64件，均已办结。`, {}],
  ['a programme\'s zone', `${E}街道“高效办成一件事”服务专区累计办件205件。`, {}],
  ['the fault after the term and its negator', `${W}全年重大行政决策未出现失误。`, {}],
  ['not one case of a decision error', `${W}全年没有出现一例重大决策失误。`, {}],
  ['a review decision\'s error', `${R}本年度未出现行政复议决定错误。`, {}],
  ['an answer\'s slip', `${R}全年未出现政府信息公开申请答复失误。`, {}],
  ['traditional decision error', toTraditional(`${W}全年未出現重大決策失誤。`), {}],
  ['none sued (near miss)', `${R}全年没有发生行政诉讼。`, { litigation_cases: [0, 'exact'] }],
  ['none received, then no slip (near miss)', `${R}全年未收到政府信息公开申请，答复零差错。`, { info_disclosure_requests: [0, 'exact'] }],
]

export const FINES_BY_PROCEDURE_50A: Probe39[] = [
  ['a case total\'s colon breakdown, fines by procedure', `${Z}全年共办理行政处罚案件731宗：简易程序512件，处罚金额2.7万元；普通程序219件，处罚金额294.65万元。`,
    { fines_yuan: [2973500, 'derived'] }],
  ['decisions\' colon breakdown, 适用 and 罚款', `${Z}全年作出行政处罚决定86件：适用简易程序60件，罚款1.2万元；适用普通程序26件，罚款35万元。`,
    { fines_yuan: [362000, 'derived'] }],
  ['bare amounts after the colon', `${S}全年查处违法案件45起：简易程序罚款3000元；一般程序罚款8.5万元。`, { fines_yuan: [88000, 'derived'] }],
  ['traditional breakdown', toTraditional(`${Z}全年共办理行政处罚案件731宗：简易程序512件，处罚金额2.7万元；普通程序219件，处罚金额294.65万元。`),
    { fines_yuan: [2973500, 'derived'] }],
  // near misses
  ['the fines\' own total before the colon', `${Z}全年罚款36.2万元：简易程序1.2万元；普通程序35万元。`, { fines_yuan: [362000, 'exact'] }],
  ['the total stated after the parts', `${Z}全年作出行政处罚决定86件：适用简易程序60件，罚款1.2万元；适用普通程序26件，罚款35万元，合计罚款36.2万元。`,
    { fines_yuan: [362000, 'exact'] }],
  ['a study total\'s colon breakdown', `${Z}全年学法17次：会前学法12次、专题讲座5次。`, {}],
]

/** The colon breakdown's fines in new wording, written after its rule and run once before any change for them. */
export const SECOND_FINES_50A: Probe39[] = [
  ['a brigade\'s cases, colon, 罚没款 by procedure', `${E}街道综合执法队全年立案查处案件58件：简易程序41件，罚没款6150元；普通程序17件，罚没款4.3万元。`,
    { fines_yuan: [49150, 'derived'] }],
  ['penalty decisions, colon, amounts in 元 and 万元', `${W}全年下达行政处罚决定书120份：简易程序罚款9800元；普通程序罚款12.6万元。`, { fines_yuan: [135800, 'derived'] }],
  ['an English colon, traditional', toTraditional(`${W}全年辦理行政處罰案件33件:簡易程序25件,罰款5000元;普通程序8件,罰款6萬元。`), { fines_yuan: [65000, 'derived'] }],
  ['the total closing the parts (near miss)', `${E}全年办理行政处罚案件58件：简易程序41件，罚款6150元；普通程序17件，罚款4.3万元；全年罚款共计49150元。`,
    { fines_yuan: [49150, 'exact'] }],
  ['a colon after a date, one amount (near miss)', `${W}截至12月31日：全镇罚款3.2万元。`, { fines_yuan: [32000, 'exact'] }],
]

export const ALL_50A: [string, Probe39[], string[]][] = [
  ['r50a: a service centre\'s 共办件 is its volume', SERVICE_VOLUME_50A, ['approvals_handled']],
  ['r50a: no fault of a kind is no zero of it', NO_FAULT_50A, ['major_decisions', 'info_disclosure_requests', 'reconsideration_cases']],
  ['r50a: fines by procedure in a colon breakdown add up', FINES_BY_PROCEDURE_50A, ['fines_yuan']],
]

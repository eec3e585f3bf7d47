/**
 * Forms from the dev half of the r56b-fresh batch (corpus README, fifty-sixth batch r56b), over invented sentences:
 * - (value) an approval body's total business accepted or handled (行政审批局共受理业务N件, 审批服务局受理各类业务N件, 政务服务局受理业务N件)
 *   before the licences within it (办理行政许可M件, 其中行政许可M件): the total is the approvals handled, the licences a part (the r21
 *   ruling: approvals keep their total before the permits within them) — found on r56b's 丁蜀镇 passage (行政审批局共受理业务191450件，
 *   已办结191297件，办理行政许可780件 read as 780: the bureau's 受理业务 was no term, only the licences were). Near misses: the licences
 *   alone, a bureau's consultations, complaints or trainings (受理业务咨询, 受理投诉, 业务培训), a hall's 受理业务 (read before).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const TOWN = head('石桥镇人民政府')
const GOV = head('青川县人民政府')
const SPJ = head('平湖市行政审批局')
const STREET = head('东湖街道办事处')

export const BUREAU_TOTAL_56B: Probe39[] = [
  ['a town\'s approval bureau: 受理业务 before its licences', `${TOWN}镇行政审批局共受理业务30517件，已办结30499件，办理行政许可312件。`,
    { approvals_handled: [30517, 'exact'] }],
  ['a county\'s 审批服务局: 受理各类业务 before 行政许可事项', `${GOV}县行政审批服务局全年受理各类业务86420件，办理行政许可事项2315件。`,
    { approvals_handled: [86420, 'exact'] }],
  ['a 政务服务局 across ；', `${STREET}街道政务服务局受理业务12870件，办结12866件；办理行政许可事项96件。`,
    { approvals_handled: [12870, 'exact'] }],
  ['the bureau as author, its licences after 其中', `${SPJ}本局全年共受理业务61250件，已办结61198件，其中行政许可2034件。`,
    { approvals_handled: [61250, 'exact'] }],
  ['traditional: a town\'s approval bureau', toTraditional(`${TOWN}镇行政审批局共受理业务30517件，已办结30499件，办理行政许可312件。`),
    { approvals_handled: [30517, 'exact'] }],
  // near misses
  ['the licences alone', `${GOV}县行政审批局办理行政许可事项1240件，办结率100%。`, { approvals_handled: [1240, 'exact'] }],
  ['a bureau\'s consultations', `${GOV}县行政审批局受理业务咨询3200余次。`, {}],
  ['a bureau\'s complaints', `${GOV}县行政审批局受理投诉业务15件，均已办结。`, {}],
  ['a bureau\'s trainings', `${GOV}县行政审批局开展业务培训12次。`, {}],
  ['a town hall\'s 受理业务 (read before)', `${TOWN}镇便民服务中心共受理业务8420件。`, { approvals_handled: [8420, 'exact'] }],
]

const ZONE = head('临港经济开发区管理委员会')
const XZ = head('白沙镇人民政府')
const SJ = head('龙溪县数据和政务服务局')
const CITY = head('海门市行政审批局')

/** The second batch, in new wording, run once after the rule (corpus README, "Dev forms of r56b-fresh"). */
export const SECOND_BUREAU_56B: Probe39[] = [
  ['a zone\'s 审批局 with its own whole and 行政许可事项', `${ZONE}区行政审批局年内共办理各类业务21436件，其中行政许可事项688件。`,
    { approvals_handled: [21436, 'exact'] }],
  ['a town\'s 政务服务中心: 办件 then licences', `${XZ}镇政务服务中心全年累计办件15082件，办结率100%，办理行政许可事项207件。`,
    { approvals_handled: [15082, 'exact'] }],
  ['a city bureau as author, its licences after a rate', `${CITY}全年受理各类业务103452件，按时办结率99.8%，作出行政许可决定3120件。`,
    { approvals_handled: [103452, 'exact'] }],
  ['a 数据和政务服务局 as author, its 审批服务事项 total', `${SJ}全年受理政务服务事项48210件，办理行政许可1876件。`,
    { approvals_handled: [48210, 'exact'] }],
  ['traditional: a town\'s 审批局 across ；', toTraditional(`${XZ}镇审批服务局受理业务9930件；办结9921件；其中行政许可215件。`),
    { approvals_handled: [9930, 'exact'] }],
  // near misses
  ['licences alone in a town bureau', `${XZ}镇行政审批局办理行政许可215件。`, { approvals_handled: [215, 'exact'] }],
  ['an enforcement total, then licences after 其中', `${CITY}全年办理行政执法事项380件，其中行政许可事项312件。`, { approvals_handled: [312, 'exact'] }],
  ['a bureau\'s hotline calls', `${CITY}全年受理12345热线业务诉求860件。`, {}],
  ['a bureau\'s staff trained', `${CITY}组织窗口人员业务培训6场次。`, {}],
]

const JD = head('南湖街道办事处')
const QU = head('江北区人民政府')

/**
 * Near misses of the batch's other dev forms, read right on its first run (corpus README, "Dev forms of r56b-fresh"): requests accepted
 * before those closed, a review count with its carried-over part in an aside, meetings that took law work up (no sessions) beside the
 * government's own law study, problems a supervision or party inspection fed back and had rectified (no hazards, no checks).
 */
export const NEAR_56B: Probe39[] = [
  ['disclosure: accepted, then closed', `${JD}全年受理政府信息公开申请18件，已办结15件。`, { info_disclosure_requests: [18, 'exact'] }],
  ['disclosure: received, accepted, closed', `${XZ}全年收到政府信息公开申请12件，受理11件，办结11件。`, { info_disclosure_requests: [11, 'exact'] }],
  ['disclosure: 依申请公开…案件 with all answered', `${JD}受理依申请公开政府信息案件9件，均已按期答复。`, { info_disclosure_requests: [9, 'exact'] }],
  ['review: carried-over aside, then closed', `${JD}全年办理行政复议案件7件（含上年结转2件），已审结5件。`, { reconsideration_cases: [7, 'exact'] }],
  ['traditional review with its aside', toTraditional(`${JD}全年办理行政复议案件7件（含上年结转2件），已审结5件。`), { reconsideration_cases: [7, 'exact'] }],
  ['meetings that took law work up', `${QU}区政府常务会议专题研究法治政府建设工作9次。`, {}],
  ['meetings on law work, then the government\'s own study', `${QU}区政府常务会议研究法治建设议题11次；落实会前学法制度，全年集中学法6次。`,
    { training_sessions: [6, 'exact'] }],
  ['supervision problems fed back and rectified', `${QU}对12个部门开展法治督察，反馈并督促整改问题45个。`, {}],
  ['a party inspection\'s problems', `${QU}将法治建设纳入区委巡察，对9个镇街开展巡察，发现并整改问题37个。`, {}],
]

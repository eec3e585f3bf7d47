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

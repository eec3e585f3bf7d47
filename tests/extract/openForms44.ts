/**
 * Forms rounds 42–44 left open or found and did not probe (issue 11), each beside its near misses: a change clause then the level
 * after a long stretch (较去年同期增加38件，总数达到236件), verbs listed before one shared object and 分别 (受理、办结…分别为…), a span's
 * figures by year ending in the report's year (2021—2023年…分别为…), a part-way date in a year's report (截至11月30日), penalties
 * by procedure told without a total (简易程序…、普通程序…), a kind's fine after the year's in the next ；-part (按日连续处罚…，罚款…) and
 * officers who passed an exam (…参加执法资格考试，32人取得执法证件). Sentences invented for this test (the real reports' register,
 * no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const M = head('青河县市场监督管理局')
const J = head('青河县司法局')
const JT = headT('青河縣司法局')
const A = head('青河县行政审批服务局')
const AT = headT('青河縣行政審批服務局')
const HB = head('临江市生态环境局')
const T = head('青河县交通运输局')

const LEVEL_AFTER_CHANGE: Probe39[] = [
  ['a change then the total after 总数达到', `${M}全年办理行政处罚案件较去年同期增加38件，总数达到236件。`, { penalty_cases: [236, 'exact'] }],
  ['a change then the reviews\' total', `${J}办理行政复议案件较去年同期增加38件，总数达到236件。`, { reconsideration_cases: [236, 'exact'] }],
  ['a rate of change then 总量达', `${M}办理行政处罚案件同比增长19.2%，总量达236件。`, { penalty_cases: [236, 'exact'] }],
  ['a change then the total of matters', `${A}办理政务服务事项较去年同期增加3800件，总数达到12.6万件。`, { approvals_handled: [126000, 'exact'] }],
  ['a change then its rate (near miss)', `${M}办理行政处罚案件较去年同期增加38件，增幅19.2%。`, {}],
  ['a change then another noun\'s total (near miss)', `${M}办理行政处罚案件较去年同期增加38件，涉及市场主体总数达到236家。`, {}],
]

const VERBS_THEN_OBJECT: Probe39[] = [
  ['accepted and completed respectively', `${A}受理、办结行政许可事项分别为1200件和1180件。`, { approvals_handled: [1200, 'exact'] }],
  ['accepted and completed matters respectively', `${A}受理、办结各类政务服务事项分别为12.6万件、12.5万件。`, { approvals_handled: [126000, 'exact'] }],
  ['accepted and completed respectively (traditional)', `${AT}受理、辦結行政許可事項分別為1200件和1180件。`, { approvals_handled: [1200, 'exact'] }],
  ['received and concluded reviews respectively', `${J}收到、审结行政复议案件分别为86件和80件。`, { reconsideration_cases: [86, 'exact'] }],
  ['received and concluded reviews respectively (traditional)', `${JT}收到、審結行政復議案件分別為86件和80件。`, { reconsideration_cases: [86, 'exact'] }],
  ['changes of the two stages respectively (near miss)', `${A}受理、办结行政许可事项同比分别增长12%和10%。`, {}],
]

const SPAN_BY_YEAR: Probe39[] = [
  ['a span ending in the report\'s year, by year', `${J}2021—2023年，办理行政复议案件分别为156件、198件、236件。`, { reconsideration_cases: [236, 'exact'] }],
  ['a span with 至, by year', `${M}2021年至2023年，办理行政处罚案件分别为156件、198件、236件。`, { penalty_cases: [236, 'exact'] }],
  ['a span with no comma, by year', `${J}2021—2023年办理行政复议案件分别为156件、198件、236件。`, { reconsideration_cases: [236, 'exact'] }],
  ['a span ending before the report\'s year (near miss)', `${M}2019—2021年，办理行政处罚案件分别为156件、198件、236件。`, {}],
  ['a span\'s sum (near miss)', `${M}2021—2023年，累计办理行政处罚案件590件。`, {}],
  ['a span\'s figures fewer than its years (near miss)', `${M}2021—2023年，办理行政处罚案件分别为156件、198件。`, {}],
]

const PART_WAY_DATE: Probe39[] = [
  ['截至11月30日 in a year\'s report', `${M}截至11月30日，共办理行政处罚案件236件，罚款86万元。`,
    { penalty_cases: [236, 'exact'], fines_yuan: [860000, 'exact'] }],
  ['截至11月底 in a year\'s report', `${J}截至11月底，办理行政复议案件86件。`, { reconsideration_cases: [86, 'exact'] }],
  ['截至 a past year\'s end, running count (near miss)', `${M}截至2022年底，累计办理行政处罚案件2360件。`, {}],
  ['截至 the report\'s year\'s end', `${M}截至2023年底，办理行政处罚案件236件。`, { penalty_cases: [236, 'exact'] }],
  ['the year\'s then a running count to a past year (near miss)', `${M}办理行政处罚案件236件；截至2022年底，累计办理2360件。`,
    { penalty_cases: [236, 'exact'] }],
  ['截至 a date then the year\'s own (near miss)', `${J}截至11月底，全市办理行政复议案件860件；本局办理86件。`, { reconsideration_cases: [86, 'exact'] }],
]

const PROCEDURES_NO_TOTAL: Probe39[] = [
  ['simple and general procedure, no total', `${M}适用简易程序办理行政处罚案件12件、适用普通程序办理行政处罚案件30件。`, { penalty_cases: [42, 'derived'] }],
  ['procedures after the cases\' noun, no total', `${M}办理行政处罚案件中，适用简易程序12件、普通程序30件。`, { penalty_cases: [42, 'derived'] }],
  ['procedures within a total (near miss)', `${M}办理行政处罚案件42件，其中适用简易程序12件、普通程序30件。`, { penalty_cases: [42, 'exact'] }],
  ['procedures and a lenient count (near miss)', `${M}办理行政处罚案件42件，其中不予处罚12件。`,
    { penalty_cases: [42, 'exact'], lenient_cases: [12, 'exact'] }],
]

const KIND_FINE_AFTER: Probe39[] = [
  ['a kind\'s cases and fine after the year\'s', `${HB}作出行政处罚决定96件，罚款1260万元；适用按日连续处罚案件2件，罚款86万元。`,
    { penalty_cases: [96, 'exact'], fines_yuan: [12600000, 'exact'] }],
  ['a kind\'s fine after the year\'s, another kind', `${HB}作出行政处罚决定96件，罚款1260万元；适用查封扣押案件5件，罚款32万元。`,
    { penalty_cases: [96, 'exact'], fines_yuan: [12600000, 'exact'] }],
  ['a kind\'s fine after the year\'s fine alone', `${HB}全年罚款1260万元；适用按日连续处罚案件2件，罚款86万元。`, { fines_yuan: [12600000, 'exact'] }],
  ['a kind\'s fine after 其中 in the next part (near miss)', `${HB}作出行政处罚决定96件，罚款1260万元；其中适用按日连续处罚案件2件，罚款86万元。`,
    { penalty_cases: [96, 'exact'], fines_yuan: [12600000, 'exact'] }],
  ['a kind\'s fine after 其中 (near miss)', `${HB}作出行政处罚决定96件，罚款1260万元，其中按日连续处罚案件2件，罚款86万元。`,
    { penalty_cases: [96, 'exact'], fines_yuan: [12600000, 'exact'] }],
]

const PASSED_EXAM: Probe39[] = [
  ['officers who passed the card exam', `${T}组织36名执法人员参加执法资格考试，32人取得执法证件。`, {}],
  ['new recruits who passed, then cards', `${T}组织新录用人员参加执法资格考试，28人取得行政执法证。`, {}],
  ['passed the exam and got a card', `${T}32名执法人员通过执法资格考试，取得执法证件。`, {}],
  ['every officer holding after the exam (near miss)', `${T}全局86名执法人员均已通过考试取得执法证。`, { certified_officers: [86, 'exact'] }],
  ['those who passed, then the holdings (near miss)', `${T}组织36名执法人员参加执法资格考试，32人取得执法证件，全局持证执法人员达86人。`,
    { certified_officers: [86, 'exact'] }],
  ['all passed and hold cards (near miss)', `${T}组织执法人员资格培训和考试，31名执法人员全部通过考核，持证上岗率保持100%。`,
    { certified_officers: [31, 'exact'] }],
  ['the exam then the holdings (near miss)', `${T}组织36名执法人员参加执法资格考试；全局持证执法人员达86人。`, { certified_officers: [86, 'exact'] }],
]

export const ALL_OPEN44: [string, Probe39[]][] = [
  ['a level after a change', LEVEL_AFTER_CHANGE], ['verbs before one object', VERBS_THEN_OBJECT], ['a span by year', SPAN_BY_YEAR],
  ['a part-way date', PART_WAY_DATE], ['procedures without a total', PROCEDURES_NO_TOTAL], ['a kind\'s fine after the year\'s', KIND_FINE_AFTER],
  ['officers who passed an exam', PASSED_EXAM],
]

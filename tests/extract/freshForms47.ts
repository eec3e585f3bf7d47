/**
 * Forms from the dev half of the r47-fresh batch (corpus README, forty-seventh batch), over invented sentences:
 * - a party committee above the author named as the one that studied (组织区委理论学习中心组集体学法N次, 县委常委会会前学法N次) in a
 *   government's or a department's report: that committee's sessions, not the author's (the corpus README's 柳城/鹽邊 ruling: the county
 *   party committee's 县委理论学习中心组 is `must_not` in the county government's report); the author's own leadership's study
 *   (县政府常务会, 局党组, 镇党委, 街道党工委) still counts;
 * - a party lesson (专题党课) listed with law studies in a sentence that opens by naming law as what is studied: one of the sessions
 *   summed (the "Training" ruling on parallel kinds), not where the sentence names another topic or no topic;
 * - a total of enforcement decisions whose parts after 其中 name permits (行政执法案件55件，其中行政许可44件、行政处罚0件…, the
 *   行政执法工作情况报告 of 贵州's departments): all kinds of enforcement act, no count of enforcement cases; the permits among its parts
 *   are the approvals handled. A total whose parts are procedures or penalties stays the cases.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const D = head('青河区人民政府')
const G = head('青河县人民政府')
const GT = headT('青河縣人民政府')
const C = head('临江市卫生健康局')
const J = head('青河县司法局')
const Z = head('桥头镇人民政府')
const S = head('东湖街道办事处')
const B = head('青河县水务局')
const BT = headT('青河縣水務局')
const W = head('临江市交通运输局')
const CG = head('临江市人民政府')
const H = head('青河县应急管理局')
const SP = head('广西壮族自治区司法厅')
const ZG = head('青山州人民政府')
const ZW = head('临江市卫生健康局')
const X = head('石门乡人民政府')
const N = head('青河县自然资源局')

export const PARTY_ABOVE_47: Probe39[] = [
  ["a district's party committee's study group in the district government's report", `${D}把习近平法治思想列入区委理论学习中心组重点学习内容，组织区委理论学习中心组集体学法4次。`, {}],
  ["the county party committee's study group alone", `${G}县委理论学习中心组开展法治专题学习3次。`, {}],
  ["a city party committee's standing committee in a bureau's report", `${C}市委常委会全年会前学法6次。`, {}],
  ["a county party committee named in full in a bureau's report", `${J}中共青河县委理论学习中心组举办法治专题讲座2场。`, {}],
  ["traditional script, the county party committee's study group", `${GT}組織縣委理論學習中心組集體學法5次。`, {}],
  // near misses: the author's own leadership's study, alone or after the committee's
  ["the government's own study after the committee's", `${G}县委理论学习中心组开展法治专题学习3次，县政府常务会会前学法5次。`, { training_sessions: [5, 'exact'] }],
  ["the committee named as a list the government's study follows", `${D}把习近平法治思想列入区委理论学习中心组学习内容，区政府常务会议会前学法8次。`, { training_sessions: [8, 'exact'] }],
  ["a town's party committee's study group", `${Z}镇党委理论学习中心组集体学法6次。`, { training_sessions: [6, 'exact'] }],
  ["a street's party working committee's study group", `${S}街道党工委理论学习中心组学法5次。`, { training_sessions: [5, 'exact'] }],
  ["a bureau's party group's study group", `${J}局党组理论学习中心组专题学法4次。`, { training_sessions: [4, 'exact'] }],
]

export const PARTY_LESSON_47: Probe39[] = [
  ['a party lesson listed after law studies', `${Z}常态化学习习近平法治思想3次，开展专题研讨2次，讲授专题党课1次。`, { training_sessions: [6, 'derived'] }],
  ['a party lesson in a 、-list under law named first', `${S}围绕习近平法治思想，集中学习4次、专题研讨2次、上专题党课2次。`, { training_sessions: [8, 'derived'] }],
  ['traditional script, a party lesson after law studies', toTraditional(`${Z}常态化学习习近平法治思想3次，开展专题研讨2次，讲授专题党课1次。`), { training_sessions: [6, 'derived'] }],
  // near misses: a party lesson of another topic, or with no topic, alone
  ['a party lesson on party discipline', `${Z}开展党纪学习教育，讲授专题党课3次。`, {}],
  ['a party lesson with no topic', `${Z}镇党委书记讲授专题党课2次。`, {}],
  ['a party lesson on the congress', `${Z}深入学习党的二十大精神，讲授专题党课4次。`, {}],
]

export const PERMIT_PARTS_47: Probe39[] = [
  ['enforcement decisions whose parts are permits', `${B}全年共办理行政执法案件55件（按作出执法决定的案件计），其中行政许可44件、其他类10件、行政处罚0件、行政强制0件。`,
    { approvals_handled: [44, 'exact'] }],
  ['the template with 其中， and a penalty count', `${W}本局办理行政执法案件128件（作出执法决定案件数），其中，行政许可96件、行政处罚20件、行政检查12件。`,
    { approvals_handled: [96, 'exact'] }],
  ['decisions named as such, permits first', `${B}全年作出行政执法决定共计310件，其中行政许可265件、行政处罚38件、行政强制7件。`, { approvals_handled: [265, 'exact'] }],
  ['traditional script, decisions with permits', `${BT}全年共辦理行政執法案件55件，其中行政許可44件、行政處罰0件。`, { approvals_handled: [44, 'exact'] }],
  // near misses: totals whose parts are procedures or penalties are the cases
  ['cases by procedure', `${B}全年办理行政执法案件55件，其中简易程序12件、一般程序43件。`, { enforcement_cases: [55, 'exact'] }],
  ['cases with the penalties among them', `${W}立案查处违法案件36件，其中作出行政处罚30件。`, { enforcement_cases: [36, 'exact'] }],
  ['permits handled alone', `${B}全年办理行政许可事项44件。`, { approvals_handled: [44, 'exact'] }],
]

/** A second batch of the same forms in new wording (other organs, levels, verbs and measure words), written after the rules. */
export const SECOND_47: Probe39[] = [
  ["a city party committee's study meeting in the city government's report", `${CG}市委理论学习中心组举办习近平法治思想专题学习会2次。`, {}],
  ["a district party committee's standing committee in a street's report", `${S}区委常委会全年会前学法9次。`, {}],
  ["a county party committee's enlarged study group in a bureau's report", `${H}县委理论学习中心组（扩大）学习会专题学习《安全生产法》1次。`, {}],
  ["traditional script, a county standing committee's study", `${GT}縣委常委會會前學法12次。`, {}],
  ["a region's party committee in a department's report", `${SP}自治区党委理论学习中心组开展法治专题学习2次。`, {}],
  ["a prefecture's party committee in its government's report", `${ZG}州委理论学习中心组集中学法3次。`, {}],
  ["a bureau's party committee's study group", `${ZW}局党委理论学习中心组集中学法6次。`, { training_sessions: [6, 'exact'] }],
  ["a district government's party group's study group", `${D}区政府党组理论学习中心组学法7次。`, { training_sessions: [7, 'exact'] }],
  ["a township's party committee's study group", `${X}乡党委中心组学法3次。`, { training_sessions: [3, 'exact'] }],
  ['law studies and a party lesson after a topic lead', `${Z}以习近平法治思想为主题，开展集中学习5次、专题党课2次。`, { training_sessions: [7, 'derived'] }],
  ["a street's law studies and a party lesson", `${S}学习宪法和民法典6次，讲专题党课1次。`, { training_sessions: [7, 'derived'] }],
  ['traditional script, a study and a party lesson under law', toTraditional(`${Z}围绕习近平法治思想开展专题研讨3次、讲授专题党课2次。`), { training_sessions: [5, 'derived'] }],
  ['a party lesson of the theme education', `${Z}开展主题教育，上专题党课6次。`, {}],
  ['a law study beside a party lesson on integrity', `${Z}学习习近平法治思想3次，讲授廉政专题党课2次。`, { training_sessions: [3, 'exact'] }],
  ["a branch secretary's party lessons", `${Z}各支部书记讲党课4次。`, {}],
]

export const SECOND_PARTS_47: Probe39[] = [
  ['decisions with permits, reviews and confirmations', `${N}全年作出行政执法决定186件，其中行政许可150件、行政处罚30件、行政确认6件。`, { approvals_handled: [150, 'exact'] }],
  ['a total of enforcement cases with a colon breakdown', `${W}本局行政执法案件总数420件，其中：行政许可380件，行政处罚40件。`, { approvals_handled: [380, 'exact'] }],
  ['traditional script, decisions counted with an aside', `${BT}全年辦理行政執法案件72件（按作出執法決定計），其中行政許可60件、行政處罰12件。`, { approvals_handled: [60, 'exact'] }],
  ['a breakdown opened by 包括', `${B}办理各类行政执法案件95件，包括行政许可70件、行政检查25件。`, { approvals_handled: [70, 'exact'] }],
  ['cases by procedure again', `${N}查处行政执法案件48件，其中简易程序40件。`, { enforcement_cases: [48, 'exact'] }],
  ['cases with a kind that mentions permits', `${N}立案查处违法案件25件，其中涉及行政许可的违法案件5件。`, { enforcement_cases: [25, 'exact'] }],
]

export const ALL_47: [string, Probe39[], readonly string[]][] = [
  ["a party committee above the author is not the author's study", PARTY_ABOVE_47, ['training_sessions']],
  ['a party lesson listed with law studies is one of them', PARTY_LESSON_47, ['training_sessions']],
  ['enforcement decisions with permits among their parts are no cases', PERMIT_PARTS_47, ['enforcement_cases', 'approvals_handled']],
]

/**
 * Forms from the dev half of the r56e-fresh batch (corpus README, fifty-sixth batch r56e), over invented sentences:
 * - legality reviews counted in 次 (对区政府常务会议题累计开展合法性审查250余次, 对重大执法决定开展法制审核46次): the catalogue's review terms
 *   took 件/件次/份 but not 次, so the count went unread — found on r56e's 沙湾区 2025 passage (250余次 missed). Near misses: a
 *   review's meetings (召开法制审核工作会议3次), a training for the reviewers (法制审核人员培训4次), an adviser sitting in (列席…12次),
 *   a file check (案卷评查2次).
 * - a government's study beside the units' and a party school's in one sentence (政府常务会议专题学法4次，…；市委党校主体班讲授…14堂次，
 *   各单位党委（党组）理论学习中心组学习…93次): the units' sessions (各单位 itself as the subject, no word between 各 and 单位) and the
 *   school's teaching (党校…班讲授) are other hosts', not added to the government's — found on r56e's 济源 2025 opening (read 99 for 6).
 *   Near misses: the author's lecture for the units (为各单位举办…), a party-school teacher the author invites (邀请市委党校教授讲授…).
 * - a study count of the area's leading organs together, the people's congress among them (区委常委会、区人大常委会、区政府常务会累计
 *   开展会前学法33次): theirs jointly, not the government's sessions — found on r56e's 沙湾区 2025 opening (33 taken over the 16 classes).
 *   Near misses: the government's own count with the congress named in another clause, a congress official lecturing at it.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const G = head('临湘市人民政府')
const B = head('宁乡市城市管理和综合执法局')

export const REVIEWS_IN_CI_56E: Probe39[] = [
  ['对…议题累计开展合法性审查N余次', `${G}对市政府常务会议议题累计开展合法性审查180余次，确保议题合法合规。`, { legal_review_cases: [180, 'approx'] }],
  ['对重大执法决定开展法制审核N次', `${B}局对重大行政执法决定开展法制审核46次，未发现违法情形。`, { legal_review_cases: [46, 'exact'] }],
  ['对提交会议的议题进行合法性审查N次', `${B}局全年对提交局党组会审议的议题进行合法性审查62次。`, { legal_review_cases: [62, 'exact'] }],
  ['法制审核…执法决定N次', `${B}局法制审核重大执法决定27次，审核率100%。`, { legal_review_cases: [27, 'exact'] }],
  ['traditional: 对…议题开展合法性审查N次', toTraditional(`${headT('临湘市人民政府')}对市政府常务会议议题开展合法性审查95次。`), { legal_review_cases: [95, 'exact'] }],
  // near misses
  ["a review's meetings", `${B}局全年召开法制审核工作会议3次，研究疑难案件。`, {}],
  ['a training for the reviewers', `${B}局组织法制审核人员业务培训4次。`, {}],
  ['an adviser sitting in', `${G}法律顾问全年列席市政府常务会议12次，提出法律意见。`, {}],
  ['a file check', `${B}局开展行政执法案卷评查2次，评查案卷40卷。`, {}],
]

export const UNITS_AND_SCHOOL_56E: Probe39[] = [
  ['各单位…中心组学习N次 after the government\'s', `${G}市政府常务会议专题学法5次；各单位党组理论学习中心组学习法治内容60次。`, { training_sessions: [5, 'exact'] }],
  ['各单位党委（党组）中心组学法N次 in one clause list', `${G}市政府常务会议学法6次，各单位党委（党组）中心组学法88次。`, { training_sessions: [6, 'exact'] }],
  ['市委党校主体班讲授…N堂次', `${G}市委党校主体班讲授习近平法治思想12堂次。`, {}],
  ['党校…班讲授…after the government\'s', `${G}市政府常务会议学法3次，市委党校中青年干部班讲授法治课程7次。`, { training_sessions: [3, 'exact'] }],
  ['traditional: 各单位…学法N次', toTraditional(`${headT('临湘市人民政府')}市政府常务会议学法4次，各单位党组中心组学法50次。`), { training_sessions: [4, 'exact'] }],
  // near misses
  ['the author lecturing for the units', `${B}局为各单位举办法治讲座4场。`, { training_sessions: [4, 'exact'] }],
  ['a party-school teacher the author invites', `${B}局邀请市委党校教授讲授行政诉讼法3次。`, { training_sessions: [3, 'exact'] }],
]

const C = head('武冈市人民政府')
export const CONGRESS_AMONG_ORGANS_56E: Probe39[] = [
  ['区委常委会、区人大常委会、区政府常务会累计学法N次', `${C}区委常委会、区人大常委会、区政府常务会累计开展会前学法30次。`, {}],
  ['县委常委会、县人大常委会、县政府常务会议共学法N次', `${C}县委常委会、县人大常委会、县政府常务会议共集中学法26次。`, {}],
  ['市人大常委会和市政府常务会议学法N次', `${C}市人大常委会和市政府常务会议学法15次。`, {}],
  ['traditional: …人大常委会…累计学法N次', toTraditional(`${headT('武冈市人民政府')}市委常委会、市人大常委会、市政府常务会累计会前学法21次。`), {}],
  // near misses
  ['the congress in another clause', `${C}市政府常务会议会前学法12次，市人大常委会开展专题询问1次。`, { training_sessions: [12, 'exact'] }],
  ['a congress official lecturing', `${C}市政府常务会议会前学法10次，邀请市人大常委会法工委主任授课。`, { training_sessions: [10, 'exact'] }],
]

const S = head('醴陵市司法局')
const T = head('攸县人民政府')
/** The second batch: the three forms above in new wording, written after their rules and run once. */
export const SECOND_VALUES_56E: Probe39[] = [
  ['reviews: 对…草案进行合法性审查N次', `${T}全年对县政府拟出台的重大决策草案进行合法性审查38次。`, { legal_review_cases: [38, 'exact'] }],
  ['reviews: 对…议题开展法制审核共N次', `${T}对提交县政府常务会议研究的议题开展合法性审查共计71次。`, { legal_review_cases: [71, 'exact'] }],
  ['reviews: 重大执法决定法制审核N余次', `${S}局重大执法决定法制审核30余次，均在规定时限内办结。`, { legal_review_cases: [30, 'approx'] }],
  ['reviews near miss: 合法性审查培训N次', `${S}局组织合法性审查业务培训2次。`, {}],
  ['units: 各单位党总支…学法N次 after the bureau\'s', `${S}局党组中心组集体学法8次，各单位党总支组织学法45次。`, { training_sessions: [8, 'exact'] }],
  ['units: 各单位党支部…学习N场 in a list', `${T}县政府常务会议会前学法9次；各单位党支部开展法治学习120场。`, { training_sessions: [9, 'exact'] }],
  ['units near miss: 组织各单位党组书记参加的培训', `${T}县政府组织各单位党组书记开展法治专题培训2期。`, { training_sessions: [2, 'exact'] }],
  ['congress: 县人大常委会与县政府…共学法N次', `${T}县人大常委会与县政府常务会议共开展会前学法17次。`, {}],
  ['congress: 市委、市人大常委会、市政府、市政协…学法N次', `${T}市委常委会、市人大常委会党组、市政府党组、市政协党组累计专题学法44次。`, {}],
  ['congress near miss: 向县人大常委会报告', `${T}县政府常务会议学法11次，并向县人大常委会报告法治政府建设情况。`, { training_sessions: [11, 'exact'] }],
]

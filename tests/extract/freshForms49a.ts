/**
 * Forms from the dev half of the r49a-fresh batch (corpus README, forty-ninth batch r49a), over invented sentences:
 * - none received, or a count received, of requests written 申请公开事项 (我局未收到申请公开事项, 共收到申请公开事项3件): the catalogue's
 *   terms name 依申请公开(事项), 信息公开申请 and 公开…信息的申请, not 申请公开事项 without 依 — found on r49a's 保康 disclosure report,
 *   whose none received was missed. Near misses: 主动公开事项, a catalogue of such items (申请公开事项目录), requests for review.
 * - a published column among others in a list of what was published (发布的公开信息有：公开指南1条，依申请公开2条，工作动态54条): the
 *   items published under the column 依申请公开, no requests — found on r49a's 赤岸镇 report (a distractor). Near misses: 收到/办理
 *   依申请公开N条 in its own clause, a list of the year's requests by outcome.
 * - a town's or street's enforcement team's bare case count (镇执法队共办理案件79起，其中简易程序37起、一般程序42起): the team's cases,
 *   though no kind word (违法, 执法, 行政处罚) stands before 案件 — found on r49a's 青石镇 report (missed). Near misses: cases of legal aid,
 *   a court, mediation or petitions (法律援助工作站办理案件, 人民法庭, 调委会, 信访), and the same bare count with no enforcement body.
 * - (metadata) a street or town whose name begins with a level's character (县街街道, 市桥镇, 州前街道): no county, city or prefecture named
 *   县/市/州 before it — found on r49a's 县街街道 report (author read as the city before it, 安宁市人民政府).
 * - (metadata) an office in a disclosure report's contact line (如有疑问，请联系X镇人民政府办公室) where the body says 我镇 compiled the
 *   report: the contact, not the author — found on r49a's 赤岸鎮 report. Near misses: a report compiled by the office itself (由X县人民政府
 *   办公室编制, 现公布X县人民政府办公室…年度报告) and a county government's office writing 我办.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const Z = head('桥头镇人民政府')
const S = head('东湖街道办事处')
const A = head('青河县农业农村局')
const G = head('青河县人民政府')


export const APPLIED_MATTERS_49A: Probe39[] = [
  ["a bureau's none received, 申请公开事项", `${A}我局未收到申请公开事项。`, { info_disclosure_requests: [0, 'exact'] }],
  ["a town's none received, 没有收到…申请公开事项", `${Z}本年度我镇没有收到申请公开事项。`, { info_disclosure_requests: [0, 'exact'] }],
  ["none received of the public's 申请公开事项", `${A}全年未收到群众申请公开事项。`, { info_disclosure_requests: [0, 'exact'] }],
  ['a count received, 申请公开事项N件', `${A}全年共收到申请公开事项3件，均按时答复。`, { info_disclosure_requests: [3, 'exact'] }],
  ['a count handled, 办理申请公开事项N件', `${G}全年办理申请公开事项12件。`, { info_disclosure_requests: [12, 'exact'] }],
  ['traditional none received', toTraditional(`${A}我局未收到申请公开事项。`), { info_disclosure_requests: [0, 'exact'] }],
  // near misses
  ['主动公开事项 counted', `${A}全年主动公开事项46条。`, {}],
  ['a catalogue of such items', `${A}更新申请公开事项目录1份。`, {}],
  ['none received of reviews', `${A}全年未收到行政复议申请。`, {}],
  ['依申请公开事项 stays read', `${A}全年受理依申请公开事项5件。`, { info_disclosure_requests: [5, 'exact'] }],
]

export const PUBLISHED_COLUMN_49A: Probe39[] = [
  ['a colon list of published columns', `${Z}我镇发布的公开信息有：公开指南1条，依申请公开2条，工作动态54条。`, {}],
  ['a 、-list of published columns', `${S}全年发布工作动态30条、依申请公开3条、通知公告5条。`, {}],
  ['columns after 其中', `${Z}全年公开信息80条，其中政策文件6条，依申请公开2条，财政信息4条。`, {}],
  ['traditional colon list', toTraditional(`${Z}我镇发布的公开信息有：公开指南1条，依申请公开2条，工作动态54条。`), {}],
  // near misses: the requests' own clause
  ['收到依申请公开N条, its own clause', `${Z}全年收到依申请公开2条，均已按时答复。`, { info_disclosure_requests: [2, 'exact'] }],
  ['办理依申请公开N件 after published items', `${S}全年主动公开信息120条；办理依申请公开3件。`, { info_disclosure_requests: [3, 'exact'] }],
  ['requests by outcome after the count', `${A}全年受理依申请公开7件，其中予以公开4件，不予公开1件，信息不存在2件。`,
    { info_disclosure_requests: [7, 'exact'] }],
]

export const TEAM_CASES_49A: Probe39[] = [
  ["a town team's bare count, procedures after", `${Z}镇执法队共办理案件79起，其中简易程序37起、一般程序42起。`, { enforcement_cases: [79, 'exact'] }],
  ["a street brigade's bare count", `${S}街道综合执法大队全年办理案件45起。`, { enforcement_cases: [45, 'exact'] }],
  ["a town's 综合行政执法队 查办案件", `${Z}镇综合行政执法队全年查办案件12件。`, { enforcement_cases: [12, 'exact'] }],
  ["the team named first, the count in the next clause", `${Z}镇综合执法队扎实开展巡查，共办理案件26起。`, { enforcement_cases: [26, 'exact'] }],
  ['traditional team count', toTraditional(`${Z}镇执法队共办理案件79起，其中简易程序37起、一般程序42起。`), { enforcement_cases: [79, 'exact'] }],
  // near misses
  ["a legal-aid station's cases", `${Z}镇法律援助工作站共办理案件30起。`, {}],
  ["a court's cases", `${Z}镇人民法庭全年办理案件210件。`, {}],
  ["a mediation committee's cases", `${Z}镇人民调解委员会共办理案件56起。`, {}],
  ['petition cases', `${Z}镇信访办全年办理信访案件18件。`, {}],
  ['a bare count with no enforcement body', `${Z}全年共办理案件40起。`, {}],
]

/** Streets and towns whose name begins with a level's character (metadata). */
export const LEVEL_CHAR_NAME_49A: [string, string, Meta][] = [
  ['a street named 县街 under its city', `县街街道办事处在安宁市委、市政府领导下，推进依法行政。现将县街街道办事处2021年度法治政府建设工作报告如下：${WORK}`,
    m('县街街道办事处', '安宁市县街街道', '街道', 2021)],
  ['a town named 市桥镇 under its district', `市桥镇人民政府2022年度法治政府建设情况报告\n2022年，市桥镇在番禺区委、区政府领导下依法行政。${WORK}`,
    m('市桥镇人民政府', '番禺区市桥镇', '乡镇政府', 2022)],
  ['a street named 州前 under its county', `州前街道办事处2023年度法治政府建设工作报告\n2023年，州前街道在青河县委、县政府领导下依法行政。${WORK}`,
    m('州前街道办事处', '青河县州前街道', '街道', 2023)],
  ['traditional 縣街街道', toTraditional(`县街街道办事处在安宁市委、市政府领导下，推进依法行政。现将县街街道办事处2021年度法治政府建设工作报告如下：${WORK}`),
    m('县街街道办事处', '安宁市县街街道', '街道', 2021)],
  // near misses: a county's own street, a county before 街道 in a list
  ['a county named before its street', `青河县东湖街道办事处2023年度法治政府建设工作报告\n2023年，我街道坚持依法行政。${WORK}`,
    m('东湖街道办事处', '青河县东湖街道', '街道', 2023)],
  ['a city government', `安宁市人民政府2021年度法治政府建设工作报告\n2021年，我市坚持依法行政。${WORK}`, m('安宁市人民政府', '安宁市', '区县政府', 2021)],
]

/** A disclosure report's contact line naming an office, the body speaking as the government (metadata). */
export const CONTACT_OFFICE_49A: [string, string, Meta][] = [
  ['a town compiled, its office the contact', `依照条例要求，我镇编制了本年度报告，统计期限为2020年1月1日至12月31日。对本报告如有疑问，请联系赤水镇人民政府办公室（电话：0795-4600000）。\n一、总体情况\n2020年，我镇依照条例做好政府信息公开。${WORK}`,
    m('赤水镇人民政府', '赤水镇', '乡镇政府', 2020)],
  ['a county compiled, its office the contact', `根据条例，我县编制了2021年度政府信息公开工作年度报告。如有疑问，请与青河县人民政府办公室联系（电话：0123-4560000）。\n一、总体情况\n2021年，我县推进政务公开。${WORK}`,
    m('青河县人民政府', '青河县', '区县政府', 2021)],
  ['a street compiled, its 党政办 the contact', `本报告由我街道编制。如对本报告有疑问，请联系东湖街道办事处党政办公室（电话：0123-4561111）。\n一、总体情况\n2022年，我街道推进政务公开。${WORK}`,
    m('东湖街道办事处', '东湖街道', '街道', 2022)],
  ['traditional town, office the contact', toTraditional(`依照条例要求，我镇编制了本年度报告，统计期限为2020年1月1日至12月31日。对本报告如有疑问，请联系赤水镇人民政府办公室（电话：0795-4600000）。\n一、总体情况\n2020年，我镇依照条例做好政府信息公开。`) + WORK,
    m('赤水镇人民政府', '赤水镇', '乡镇政府', 2020)],
  // near misses: the office is the author
  ['the office named as the compiler', `本报告由青河县人民政府办公室编制。如有疑问，请与青河县人民政府办公室联系。\n一、总体情况\n2021年，县政府办公室推进政务公开。${WORK}`,
    m('青河县人民政府办公室', '青河县', '区县政府', 2021)],
  ['the office published by name', `现公布青河县人民政府办公室2021年政府信息公开工作年度报告。\n一、总体情况\n2021年，县政府办公室推进政务公开。${WORK}`,
    m('青河县人民政府办公室', '青河县', '区县政府', 2021)],
]

export const ALL_49A: [string, Probe39[], string[]][] = [
  ['r49a: requests written 申请公开事项', APPLIED_MATTERS_49A, ['info_disclosure_requests']],
  ['r49a: a published column among others is no request', PUBLISHED_COLUMN_49A, ['info_disclosure_requests']],
  ["r49a: an enforcement team's bare case count", TEAM_CASES_49A, ['enforcement_cases', 'penalty_cases']],
]



const X = head('石门乡人民政府')
const W = head('临江市水务局')
const K = head('南岭街道办事处')

/** The same forms in new wording, written after the rules and run once before any change (the round's generalisation figure). */
export const SECOND_49A: Probe39[] = [
  ["a water bureau's none received, 申请公开的事项", `${W}本年度未收到公民申请公开事项。`, { info_disclosure_requests: [0, 'exact'] }],
  ["a township received 申请公开事项 in 条", `${X}全乡全年共受理申请公开事项2条，已全部答复。`, { info_disclosure_requests: [2, 'exact'] }],
  ['a street published columns with 依申请公开 last', `${K}全年公开各类信息：机构职能2条、财政信息6条、依申请公开1条。`, {}],
  ['a column list opening with 依申请公开', `${X}本年通过网站发布依申请公开3条；通知公告12条；政务动态40条。`, {}],
  ['a request count after the published columns, own sentence', `${K}全年发布政务动态40条、通知公告9条。全年办理依申请公开4件。`, { info_disclosure_requests: [4, 'exact'] }],
  ["a township's 执法中队 handled cases", `${X}乡综合执法中队全年办结案件33起。`, { enforcement_cases: [33, 'exact'] }],
  ["a street's brigade after a patrol clause", `${K}街道执法大队加强日常巡查，全年共办理各类案件58件。`, { enforcement_cases: [58, 'exact'] }],
  ['a brigade named in an aside beside other bodies', `${K}综合执法办（执法队）办结案件20宗，安监办办结5宗。`, {}],
  ["a township's legal-aid cases", `${X}乡司法所全年办理法律援助案件9件。`, {}],
  ['a team that only took part', `${X}配合县执法大队办理案件6起。`, {}],
  ['a street named 市场 is no city', `${K}辖区市场监管所全年检查商户320户次。`, {}],
]

/** The metadata forms in new wording (run once after the rules). */
export const SECOND_META_49A: [string, string, Meta][] = [
  ['a town named 县前镇 on its title', `县前镇人民政府2023年度法治政府建设工作报告\n2023年，县前镇在临江市委、市政府领导下依法行政。${WORK}`,
    m('县前镇人民政府', '临江市县前镇', '乡镇政府', 2023)],
  ['a district abbreviated before a long-named street', `区南湖东路街道2023年度法治政府建设工作报告\n2023年，在青山区委、区政府领导下，南湖东路街道依法行政。${WORK}`,
    m('南湖东路街道办事处', '青山区南湖东路街道', '街道', 2023)],
  ['a township compiled, its office the contact', `依据条例，我乡编制了2022年度政府信息公开工作年度报告。如有疑问，请联系石门乡人民政府办公室。\n一、总体情况\n2022年，我乡推进政务公开。${WORK}`,
    m('石门乡人民政府', '石门乡', '乡镇政府', 2022)],
  ['a district government office compiling its own', `本报告由青山区人民政府办公室编制，如有疑问请与青山区人民政府办公室联系。\n一、总体情况\n2022年，区政府办公室推进政务公开。${WORK}`,
    m('青山区人民政府办公室', '青山区', '区县政府', 2022)],
]

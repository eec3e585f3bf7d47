/**
 * Forms from the dev half of the r50c-fresh batch (corpus README, fiftieth batch r50c), over invented sentences:
 * - (metadata) a district's or county's department named by its level alone (区体育局, 县文化和旅游局) whose place the text names only as
 *   the holder of its own numbered event (X区第二届市民运动会, X县首届乡村文化旅游节): the place that holds the event is the one the
 *   department serves, as its own platform or site is (the r20 ruling) — found on r50c's 嘉定区体育局 2020 report (no author, no region).
 *   Near misses: a city's numbered event (上海市第三届…: no district), two districts' events (none), another district's event beside the
 *   district named as the body leading the department (the leader wins), an event the department only took part in elsewhere.
 * - disclosure requests as the dev half's city bureaus and provincial departments write them (受理公民和法人提出的…申请N件, 收到并办理
 *   依申请公开N件, 办理依申请公开信息N条 after the published columns, none received as 办件/事项/政府信息件): read on r50c's first run;
 *   pinned with near misses (documents published, columns, letters, the year before's requests).
 * - a training count after the laws its sentence names as studied (系统学习《审计法》…等法律法规，全年开展专题培训6次): read on
 *   r50c's 涪陵区审计局 passage; near misses an exam's takers, audit projects, a training of another topic.
 * - (metadata, the slice's forms in new wording beyond the dev errors) a disclosure report naming its author where it is compiled
 *   (为落实条例，编制X局2021年政府信息公开工作年度报告; 特编制…): as where it is handed over or published (现公布X…报告), and 编制 no place's
 *   stem (编制临江市… read as a place before); an office speaking as 我办 (人民防空办公室, 外事办公室): 我办 is an 办公室 as 我委 is a 委员会;
 *   a bureau's own portal after 通过 (通过X局门户网站公开信息) names it, while a body acting on it after 通过 (通过X局合法性审查) does not.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const LEAD = '2023年，区体育局在区委、区政府领导下，按区依法治区办的部署推进依法行政，加强法治建设。\n一、主要举措和成效\n'

/** A department named by its level whose place is named only as the holder of its own numbered event (metadata). */
export const OWN_EVENT_50C: [string, string, Meta][] = [
  ["a district's numbered games", `${LEAD}借青山区第三届全民运动会举办之机，普及体育法律法规。${WORK}`, m('青山区体育局', '青山区', '体育', 2023)],
  ["a county's first festival", `2022年，县文化和旅游局在县委、县政府领导下推进依法行政。\n一、主要举措\n结合青河县首届乡村文化旅游节开展普法宣传。${WORK}`,
    m('青河县文化和旅游局', '青河县', '文化旅游', 2022)],
  ["a district's school games, the city's named too", `2021年，区教育局坚持依法治教。\n一、主要工作\n承办南湖市第五届中学生运动会和东岭区第九届中小学生运动会。${WORK}`,
    m('东岭区教育局', '东岭区', '教育', 2021)],
  ['traditional district games', toTraditional(`${LEAD}借青山区第三届全民运动会举办之机，普及体育法律法规。${WORK}`), m('青山区体育局', '青山区', '体育', 2023)],
  // near misses
  ["a city's numbered games only", `${LEAD}借南湖市第三届全民运动会举办之机，普及体育法律法规。${WORK}`, m(null, null, '体育', 2023)],
  ["two districts' games", `${LEAD}组队参加青山区第三届全民运动会和东岭区第二届全民运动会。${WORK}`, m(null, null, '体育', 2023)],
  ['a verb not listed before the games: no stem over it', `${LEAD}组织干部职工健身，观看白沙区第二届全民运动会开幕式。${WORK}`, m(null, null, '体育', 2023)],
  ["the leading district beside another district's games", `2023年，区体育局在柯桥区委、区政府领导下推进依法行政。\n一、主要举措和成效\n赴越城区第二届全民运动会观摩学习。${WORK}`,
    m('柯桥区体育局', '柯桥区', '体育', 2023)],
]

const Y = head('临江市医疗保障局')
const P = head('东川省统计局')
const L = head('临江市林业局')

export const REQUESTS_50C: Probe39[] = [
  ['received from citizens and legal persons', `${P}全年受理公民、法人提出的政府信息公开申请7件，均在法定期限内答复。`, { info_disclosure_requests: [7, 'exact'] }],
  ['received and handled, 收到并办理', `${Y}全年共收到并办理依申请公开23件。`, { info_disclosure_requests: [23, 'exact'] }],
  ['accepted and handled, 受理并办理', `${Y}畅通受理渠道，受理并办理依申请公开4件。`, { info_disclosure_requests: [4, 'exact'] }],
  ['handled in 条 after the published columns', `${L}网站公开信息120条，政务微博30条。\n（二）依申请公开情况：我局办理依申请公开信息2条。`, { info_disclosure_requests: [2, 'exact'] }],
  ['none received, 办件', `${L}本年度我局没有收到依申请公开办件。`, { info_disclosure_requests: [0, 'exact'] }],
  ['none received, 政府信息件', `${Y}本年度未收到依申请公开政府信息件。`, { info_disclosure_requests: [0, 'exact'] }],
  ['traditional received and handled', toTraditional(`${Y}全年共收到并办理依申请公开23件。`), { info_disclosure_requests: [23, 'exact'] }],
  // near misses
  ['normative documents published', `${P}全年主动公开规范性文件5件、审计结果公告4期。`, {}],
  ['published columns in 条', `${L}主动公开政务动态61条，通知公告9条。`, {}],
  ['the year before in an aside', `${Y}全年收到依申请公开6件（上年为9件）。`, { info_disclosure_requests: [6, 'exact'] }],
]

export const TRAINING_50C: Probe39[] = [
  ['special trainings after the laws studied', `${head('青山区审计局')}通过专题培训、线上自学系统学习《审计法》《国家审计准则》等法律法规，全年开展专题培训5次。`,
    { training_sessions: [5, 'exact'] }],
  ['traditional special trainings', toTraditional(`${head('青山区审计局')}通过专题培训、线上自学系统学习《审计法》《国家审计准则》等法律法规，全年开展专题培训5次。`),
    { training_sessions: [5, 'exact'] }],
  // near misses
  ["an exam's takers", `${head('青山区审计局')}组织4名干部参加计算机审计中级水平考试，全部通过。`, {}],
  ['audit projects', `${head('青山区审计局')}全年完成各类审计项目28个。`, {}],
  ['a training of another topic', `${head('青山区审计局')}全年开展计算机审计技能培训3次。`, {}],
]

export const ALL_50C: [string, Probe39[], string[]][] = [
  ['r50c: disclosure requests of city bureaus and provincial departments', REQUESTS_50C, ['info_disclosure_requests', 'normative_docs_reviewed', 'petitions_handled']],
  ['r50c: a training count after the laws studied', TRAINING_50C, ['training_sessions', 'training_participants']],
]

const DISCLOSED = '\n一、总体情况\n（一）主动公开。全年主动公开信息120条。\n（二）依申请公开。全年收到依申请公开3件，均按期答复。'

/** A disclosure report's author where it is compiled, as 我办, or by its own portal (metadata). */
export const COMPILED_50C: [string, string, Meta][] = [
  ['compiled, after a clause, the chrome short', `索引号：123/2022-001　公开方式：主动公开\n发布单位：市机关事务管理局　公开日期：2022-01-15\n为落实条例，编制临江市机关事务管理局2021年政府信息公开工作年度报告。${DISCLOSED}`,
    m('临江市机关事务管理局', '临江市', '机关事务', 2021)],
  ['compiled, at the line start', `编制临江市机关事务管理局2021年政府信息公开工作年度报告，共六部分。${DISCLOSED}`, m('临江市机关事务管理局', '临江市', '机关事务', 2021)],
  ['compiled with 特', `根据条例规定，特编制白城市人民防空办公室2022年政府信息公开工作年度报告。${DISCLOSED}`, m('白城市人民防空办公室', '白城市', '人民防空', 2022)],
  ["我办 and its office's quoted site", `一、总体情况\n2021年，我办贯彻条例要求，具体信息可在“临江市人民防空办公室”网站查询。${DISCLOSED}`, m('临江市人民防空办公室', '临江市', '人民防空', 2021)],
  ["我办 through its office's portal", `一、总体情况\n2021年，我办贯彻条例要求，通过临江市人民防空办公室门户网站公开信息。${DISCLOSED}`, m('临江市人民防空办公室', '临江市', '人民防空', 2021)],
  ['我局 through its portal', `一、总体情况\n2021年，我局贯彻条例要求，通过临江市林业局门户网站公开信息。${DISCLOSED}`, m('临江市林业局', '临江市', '林业', 2021)],
  ["traditional 我办 through its portal", toTraditional(`一、总体情况\n2021年，我办贯彻条例要求，通过临江市人民防空办公室门户网站公开信息。${DISCLOSED}`),
    m('临江市人民防空办公室', '临江市', '人民防空', 2021)],
  // near misses
  ["a body acting on it after 通过", `一、总体情况\n2021年，我局制定的规范性文件均通过临江市司法局合法性审查。${DISCLOSED}`, m(null, null, null, 2021)],
  ["another's report compiled under the title's author", `临江市林业局2021年政府信息公开工作年度报告\n2021年，我局指导各国有林场编制2021年度工作报告。${DISCLOSED}`,
    m('临江市林业局', '临江市', '林业', 2021)],
]

/** Metadata probes of r50c's forms (the harness: ./metaSuite). */
export const ALL_META_50C: [string, [string, string, Meta][]][] = [
  ["r50c: a department named by its level, its place only as its own event's holder", OWN_EVENT_50C],
  ["r50c: a disclosure report's author where it is compiled, as 我办, by its own portal", COMPILED_50C],
]

/** The event form in new wording, written after the rule and run once before any change (the round's generalisation figure). */
export const SECOND_META_50C: [string, string, Meta][] = [
  ["a county's arts festival, opened with 举办", `2024年，县文化广电和旅游局在县委、县政府的坚强领导下依法行政。\n一、主要工作\n举办临川县第六届乡村文化艺术节，开展法治文艺演出。${WORK}`,
    m('临川县文化广电和旅游局', '临川县', '文化旅游', 2024)],
  ["a district's marathon, the event first in its clause", `区体育局2022年度法治政府建设工作报告\n2022年，区体育局坚持依法行政。\n一、主要工作\n白沙区第二届城市马拉松赛期间，开展赛事安全执法检查。${WORK}`,
    m('白沙区体育局', '白沙区', '体育', 2022)],
  ["a district's first trade fair, by the commerce bureau", `2023年，区商务局在区委、区政府领导下推进法治建设。\n一、主要工作\n承办北岸区首届消费品博览会，做好参展企业合法经营指导。${WORK}`,
    m('北岸区商务局', '北岸区', '商务', 2023)],
  ["a county's games in Arabic numerals", `2021年，县教育体育局依法治教、依法治体。\n一、主要工作\n组织南坪县第12届全民运动会。${WORK}`,
    m('南坪县教育体育局', '南坪县', '教育', 2021)],
  ['traditional district marathon', toTraditional(`区体育局2022年度法治政府建设工作报告\n2022年，区体育局坚持依法行政。\n一、主要工作\n白沙区第二届城市马拉松赛期间，开展赛事安全执法检查。${WORK}`),
    m('白沙区体育局', '白沙区', '体育', 2022)],
  // near misses
  ["a province's games only", `2023年，区体育局坚持依法行政。\n一、主要工作\n选派运动员参加东川省第十五届运动会。${WORK}`, m(null, null, '体育', 2023)],
  // (labelled a near miss at first, null; run once it read 列席白沙区体育局 — a stem over the verb — and the label broke the ruling that a
  // department sitting in on its place's bodies' meetings names that place (列席浦城县委…会议): it is the district's, 白沙区体育局)
  ["a district's congress session sat in on", `2023年，区体育局坚持依法行政。\n一、主要工作\n列席白沙区第十八届人民代表大会第三次会议。${WORK}`,
    m('白沙区体育局', '白沙区', '体育', 2023)],
  ["a destination's games", `2023年，区体育局坚持依法行政。\n一、主要工作\n赴北岸区第二届全民运动会观摩学习。${WORK}`, m(null, null, '体育', 2023)],
]

/** The compiled/我办/portal forms in new wording, written after their rules and run once before any change. */
export const SECOND_COMPILED_50C: [string, string, Meta][] = [
  ['现编制, a finance bureau', `依据条例，现编制乌海市地方金融监督管理局2023年政府信息公开工作年度报告。${DISCLOSED}`, m('乌海市地方金融监督管理局', '乌海市', '金融', 2023)],
  ['编制 after 本机关依照条例', `本机关依照条例，编制白山市统计局2020年政府信息公开年度报告，内容包括六个部分。${DISCLOSED}`, m('白山市统计局', '白山市', '统计', 2020)],
  // (labelled 通化市人民政府外事办公室 at first; run once it read 通化市外事办公室, the corpus's own naming of these offices — 重庆市, 常州市,
  // 厦门市, 大足区外事办公室 — so the label was made consistent)
  ["我办, a government's foreign affairs office, its quoted account", `一、总体情况\n2022年，我办通过“通化市人民政府外事办公室”微信公众号发布信息46条。${DISCLOSED}`,
    m('通化市外事办公室', '通化市', '外事', 2022)],
  ['我局 through its official site', `一、总体情况\n2024年，我局通过白城市医疗保障局官网公开政策文件。${DISCLOSED}`, m('白城市医疗保障局', '白城市', '医疗保障', 2024)],
  ['我办 relying on its microblog', `一、总体情况\n2021年，我办依托四平市人民防空办公室政务微博发布人防知识。${DISCLOSED}`, m('四平市人民防空办公室', '四平市', '人民防空', 2021)],
  ['traditional 我局 through its official site', toTraditional(`一、总体情况\n2024年，我局通过白城市医疗保障局官网公开政策文件。${DISCLOSED}`),
    m('白城市医疗保障局', '白城市', '医疗保障', 2024)],
  // near misses
  ['a legal review after 通过', `一、总体情况\n2024年，我局行政处罚决定均通过白城市司法局法制审核。${DISCLOSED}`, m(null, null, null, 2024)],
  ["units' reports compiled under a titled author", `白山市统计局2020年政府信息公开工作年度报告\n2020年，我局督促各县区统计局编制2020年度报告。${DISCLOSED}`,
    m('白山市统计局', '白山市', '统计', 2020)],
]

/**
 * Forms of the r49c-fresh batch's slice (corpus README, forty-ninth batch r49c: zones' 管委会 and their departments, vertical and
 * special authors, reports of 2019–2020 and 2025), over invented sentences with near misses. Its dev half read 6 of 6 values and
 * 6 of 6 openings on the first run, so these are the slice's forms rather than its errors:
 * - a zone's 党工委 studying law is the zone's own leadership (as a street's 党工委): its 中心组学法 counts, summed with the
 *   主任办公会's in one sentence; a 区委 中心组 the zone's staff only attended does not;
 * - a zone's department that undertakes (承办) its 管委会's suits and reviews counts them; 今年以来 in the year's report is the year;
 * - one total over documents and contracts is no document count; documents and contracts counted apart are;
 * - a staff quota (核定执法人员数额) is no certified officers; a count of items taken over (承接处罚事项) is no penalty count;
 * - a zone's office inspecting its units (专项督导) is no enforcement inspection; a span since the zone's founding (建区以来) is no
 *   year's count;
 * - openings: a 新区 titled or by its lead, a 高新区 with its city in the lead, a zone department abbreviated with its city named in
 *   a document, a county bureau of a municipality under a breadcrumb, a 综合保税区 titled.
 * Only the dev half's pages gave forms here: the holdout half's are left unprobed (counted, never tuned on).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { m, type Meta } from './metaForms41Kinds'

const Z = head('青河经济开发区管理委员会')
const ZT = headT('青河經濟開發區管理委員會')
const ZD = head('临江高新区综合治理局')

export const ZONE_STUDIES_49C: Probe39[] = [
  ['a zone\'s 党工委 中心组 studying law', `${Z}党工委理论学习中心组围绕习近平法治思想集体学法4次。`, { training_sessions: [4, 'exact'] }],
  ['the 党工委 中心组 and the 主任办公会 summed', `${Z}党工委理论中心组开展学法活动2次，主任办公会组织领导干部学法11次。`, { training_sessions: [13, 'derived'] }],
  ['traditional script, a 党工委 中心组 studying law', `${ZT}黨工委理論學習中心組集體學法4次。`, { training_sessions: [4, 'exact'] }],
  // near misses
  ['a 区委 中心组 the zone\'s leaders attended', `${Z}班子成员参加区委理论学习中心组集体学法3次。`, {}],
  ['a 党工委 meeting deploying law work', `${Z}召开党工委会议3次，专题研究部署法治建设工作。`, {}],
]

export const ZONE_CASES_49C: Probe39[] = [
  ['suits and reviews undertaken for the 管委会', `${ZD}全年承办管委会行政诉讼案件47宗、行政复议案件12宗。`, { litigation_cases: [47, 'exact'], reconsideration_cases: [12, 'exact'] }],
  ['今年以来 in the year\'s report', `${Z}今年以来共办理行政诉讼案件23件，均按期提交证据和答辩状。`, { litigation_cases: [23, 'exact'] }],
  ['penalties after the items taken over', `${Z}综合执法队承接行政处罚事项1860项，全年办理行政处罚案件96件。`, { penalty_cases: [96, 'exact'] }],
  // near misses
  ['inspections of the zone\'s units by its office', `${Z}以依法治区办名义开展专项督导3次，督导各单位执法“三项制度”落实情况。`, {}],
  ['only the items taken over', `${Z}综合执法队目前承接行政处罚事项1860项。`, {}],
  ['suits of a span of years', `${ZD}建区以来累计承办行政诉讼案件310宗。`, {}],
]

export const ZONE_DOCUMENTS_49C: Probe39[] = [
  ['documents and contracts in one total', `${Z}严把合法性审查关，全年审查规范性文件及招商、采购等各类合同合计512份，审查率100%。`, {}],
  ['documents counted apart from contracts', `${Z}全年审查行政规范性文件9件，审查各类合同503份。`, { normative_docs_reviewed: [9, 'exact'] }],
  ['a staff quota', `${Z}协调编办为综合执法系统核定执法人员数额860名。`, {}],
]

const W = '一、主要举措\n（一）加强领导。坚持依法行政，落实第一责任人职责。'

export const ZONE_META_49C: [string, string, Meta][] = [
  ['a 新区 titled, its 管委会 in the body', `青川新区2023年度法治政府建设工作报告\n2023年，新区以习近平法治思想为指导，加强管委会依法决策。\n${W}`, m('青川新区管理委员会', '青川新区', '区县政府', 2023)],
  ['a zone department abbreviated, its city named in a document', `高新区综治局2021年法治政府建设年度报告\n2021年，高新区综治局在区党工委、区管委会领导下依法履职，学习贯彻《临沂市2021年全面依法治市工作要点》。\n${W}`, m('临沂高新区综合治理局', '临沂高新区', '司法行政', 2021)],
  ['a 综合保税区 titled', `青港综合保税区2024年度法治政府建设情况报告\n2024年，青港综保区深入贯彻习近平法治思想。\n${W}`, m('青港综合保税区管理委员会', '青港综合保税区', '区县政府', 2024)],
  ['a 新区 by its lead, no title', `2019年，青川新区在市委、市政府领导下推进依法行政，现将工作情况报告如下：\n一、2019年法治政府建设概况\n新区党工委、管委会把法治政府建设作为依法治区的重要任务。`, m('青川新区管理委员会', '青川新区', '区县政府', 2019)],
  ['a 高新区 named with its city in the lead', `2022年，临沂高新区在临沂市委、市政府领导下，贯彻中央、省、市法治政府建设部署。现将有关工作报告如下：\n${W}`, m('临沂高新区管理委员会', '临沂高新区', '区县政府', 2022)],
  ['a county bureau of a municipality under its breadcrumb', `您当前的位置：首页>部门>县林业局>政务公开>法治政府建设年度报告\n重庆市城口县林业局2021年度法治政府建设年度报告\n日期：2022-01-13\n一、深学笃用习近平法治思想\n局党组带头学习。`, m('城口县林业局', '重庆市城口县', '林业', 2021)],
  ['a zone\'s title without its year, the year in the lead', `宁川高新区法治政府建设工作报告\n2024年，高新区按照高新区党工委、管委会部署推进依法行政。\n${W}`, m('宁川高新区管理委员会', '宁川高新区', '区县政府', 2024)],
]

const K = head('松岭经济技术开发区管理委员会')
const KD = head('松岭高新区社会事业局')

/** The same forms in new wording, written after the rule and run once before any rule was changed for them. */
export const SECOND_49C: Probe39[] = [
  ['a 工委 中心组 studying the constitution', `${K}工委理论学习中心组专题学习宪法和行政处罚法3次。`, { training_sessions: [3, 'exact'] }],
  ['a 党工委 会前学法 and a 主任会议 学法 summed', `${K}全年党工委会前学法5次，管委会主任会议集中学法8次。`, { training_sessions: [13, 'derived'] }],
  ['a 市委 中心组 the zone\'s head joined', `${K}主要负责同志参加市委理论学习中心组专题学法2次。`, {}],
  ['reviews and suits handled for the committee, in 件', `${KD}代表管委会办理行政复议案件6件、行政应诉案件19件。`, { reconsideration_cases: [6, 'exact'], litigation_cases: [19, 'exact'] }],
  ['a span since the park opened', `${K}开园以来累计查处违法案件240件。`, {}],
  ['a span since the zone was set up, with 共', `${K}建区以来共办理行政处罚案件152件。`, {}],
  ['the year after the span', `${K}建区以来累计查处违法案件240件，其中本年度查处违法案件31件。`, { enforcement_cases: [31, 'exact'] }],
  ['documents with agreements in one total', `${K}全年合法性审查规范性文件、招商协议等共计338件。`, {}],
  ['items taken over, then penalties decided', `${K}综合执法局承接省级赋权事项412项，全年作出行政处罚决定58件。`, { penalty_cases: [58, 'exact'] }],
]

export const SECOND_META_49C: [string, string, Meta][] = [
  ['a 经开区 by its lead, no title', `2024年，松岭经济技术开发区在市委、市政府领导下推进依法行政。现将有关情况报告如下：\n${W}`, m('松岭经济技术开发区管理委员会', '松岭经济技术开发区', '区县政府', 2024)],
  ['a zone bureau abbreviated, its city in a plan\'s title', `高新区社会事业局2022年法治政府建设年度报告\n2022年，我局在区党工委、管委会领导下，落实《绵阳市法治政府建设实施方案（2021—2025年）》。\n${W}`, m('绵阳高新区社会事业局', '绵阳高新区', null, 2022)],
  ['a county bureau of a municipality, breadcrumb and title', `您当前的位置：首页>部门>县水利局>政务公开\n重庆市城口县水利局2022年度法治政府建设年度报告\n2022年，我局坚持依法治水。\n${W}`, m('城口县水利局', '重庆市城口县', '水利', 2022)],
]

/**
 * Forms of r54a-fresh's dev half (corpus README, "Fifty-fourth fresh batch (r54a-fresh …)"): ministries, provincial and autonomous-
 * region departments and city bureaus. The dev half read without a mistake on its first run, so these probes ask whether the forms
 * it exercised hold in other wording, at other bodies and levels:
 * - (metadata) a department named by its short name alone (教育厅, 卫生健康委, 市林业局) whose province or city only its own notices'
 *   titles write out (《X省教育厅关于…的通知》) — r54a's 四川省教育厅 2021. Near misses: a province named only in a regulation's title.
 * - (metadata) a title in the name of the department's party group over two lines (中共X市Y局党组 / 2022年度法治政府建设报告) — r54a's
 *   青岛 transport bureau.
 * - (metadata) a trade portal's or an aggregator's chrome above a department's title (当前位置：X网 » … » 正文, 关键词 rows, dates in
 *   list lines) with a 来源 row naming the author — r54a's 吉林 and 深圳 pages.
 * - (metadata) merged culture, radio, tourism and sports bureaus (文化广电旅游体育局) and an autonomous region's departments.
 * - (values) counts of items in lists (管理措施26项, 公布行政许可事项37项, 政务服务事项106项入驻) are no approvals handled; a Party group's
 *   study sessions under a 第一议题 lead are no law sessions; consultation letters and publication counts in a disclosure report are no
 *   petitions or requests. Near misses: approvals handled, law study sessions named as such, requests handled.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

export const SHORT_NAME_OWN_NOTICE_54A: [string, string, Meta][] = [
  ['a provincial department by its short name, the province in its own notice', `2022年，交通运输厅坚持依法行政，全面推进法治政府部门建设。\n一、主要举措\n印发《湖北省交通运输厅关于进一步规范行政执法的通知》，统一执法文书。${WORK}`,
    m('湖北省交通运输厅', '湖北省', '交通', 2022)],
  ['a provincial commission by 委, the province in its own plan', `2023年，卫生健康委坚持依法行政。\n一、主要工作\n制定《江西省卫生健康委员会2023年普法工作要点》，落实谁执法谁普法。${WORK}`,
    m('江西省卫生健康委员会', '江西省', '卫生健康', 2023)],
  ['a city bureau by its level, the city in its own notice', `2021年，市林业局坚持依法治林。\n一、主要工作\n印发《邵阳市林业局关于加强林木采伐管理的通知》，规范审批。${WORK}`,
    m('邵阳市林业局', '邵阳市', '林业', 2021)],
  ['traditional provincial department, the province in its own notice', toTraditional(`2022年，交通运输厅坚持依法行政，全面推进法治政府部门建设。\n一、主要举措\n印发《湖北省交通运输厅关于进一步规范行政执法的通知》，统一执法文书。`) + WORK,
    m('湖北省交通运输厅', '湖北省', '交通', 2022)],
  // (run once, this one failed as first written, wanting no author: our expectation was wrong — a 厅 named bare is its province's,
  // the one the text names (authorBody's ruling of round 21), a regulation's province too: only a 厅 is provincial by its kind)
  ['a 厅 by its short name, the province only in a regulation', `2022年，交通运输厅坚持依法行政。\n一、主要举措\n宣传贯彻《湖北省道路运输条例》，规范执法。${WORK}`,
    m('湖北省交通运输厅', '湖北省', '交通', 2022)],
  // near misses: a commission by 委 whose province only a regulation or a document it follows names; two cities' bureaus' notices
  ['a commission by 委, the province only in a regulation', `2023年，卫生健康委坚持依法行政。\n一、主要工作\n宣传贯彻《江西省医疗机构管理条例》，规范执业。${WORK}`,
    m(null, null, '卫生健康', 2023)],
  ['a commission by 委, the province only in a notice it follows', `2023年，卫生健康委坚持依法行政。\n一、主要工作\n按照《江西省卫生健康委员会关于加强依法执业的通知》要求，规范执业。${WORK}`,
    m(null, null, '卫生健康', 2023)],
  ['a bureau by its word alone, two cities\' bureaus issuing notices', `2021年，林业局坚持依法治林。\n一、主要工作\n印发《邵阳市林业局关于加强采伐管理的通知》，制定《衡阳市林业局关于护林的通知》。${WORK}`,
    m(null, null, '林业', 2021)],
]

export const PARTY_GROUP_TITLE_54A: [string, string, Meta][] = [
  ['a city bureau\'s party group, the title over two lines', `中共南阳市水利局党组\n2023年度法治政府建设情况报告\n2023年，市水利局党组坚持依法治水。${WORK}`,
    m('南阳市水利局', '南阳市', '水利', 2023)],
  ['a provincial department\'s party group, one line', `中共甘肃省审计厅党组关于2022年度法治政府建设情况的报告\n2022年，厅党组坚持依法审计。${WORK}`,
    m('甘肃省审计厅', '甘肃省', '审计', 2022)],
  ['a commission\'s party group, the title over two lines', `中共绵阳市卫生健康委员会党组\n2024年法治政府建设年度报告\n2024年，委党组坚持依法行政。${WORK}`,
    m('绵阳市卫生健康委员会', '绵阳市', '卫生健康', 2024)],
  ['traditional, a city bureau\'s party group', toTraditional(`中共南阳市水利局党组\n2023年度法治政府建设情况报告\n2023年，市水利局党组坚持依法治水。`) + WORK,
    m('南阳市水利局', '南阳市', '水利', 2023)],
]

export const PORTAL_CHROME_54A: [string, string, Meta][] = [
  ['a trade portal\'s breadcrumb and keywords over a provincial department', `当前位置： 中国水网 » 政策法规 » 正文\n山西省水利厅关于2022年度法治政府建设工作情况的报告\n日期：2023-02-14    来源：山西省水利厅\n关键词： 水利执法 河湖管理\n2022年，山西省水利厅坚持依法治水。${WORK}`,
    m('山西省水利厅', '山西省', '水利', 2022)],
  ['an aggregator\'s list lines under a city bureau\'s title', `宁波市文化广电旅游局2024年法治政府建设年度报告\n- 生活百科\n- 2025-03-02\n- 3\n- 更新：2025-03-02 08:15:40\n2024年，市文化广电旅游局坚持依法行政。${WORK}`,
    m('宁波市文化广电旅游局', '宁波市', '文化旅游', 2024)],
  ['a portal\'s source row naming the author, the title below', `环保在线 > 地方动态\n来源：陕西省生态环境厅  发布日期：2022-03-18\n陕西省生态环境厅2021年度法治政府建设情况报告\n2021年，厅党组坚持依法治污。${WORK}`,
    m('陕西省生态环境厅', '陕西省', '生态环境', 2021)],
  ['an autonomous region\'s department, site chrome lines', `页面\n配色\n重置\n简体版|繁体版\n无障碍\n当前位置： 首页 > 通知公告\n宁夏回族自治区统计局关于2023年度法治政府建设情况的报告\n2024-01-20 09:10     来源：宁夏回族自治区统计局\n2023年，自治区统计局坚持依法统计。${WORK}`,
    m('宁夏回族自治区统计局', '宁夏回族自治区', '统计', 2023)],
  ['a merged culture and sports bureau of a city', `泉州市文化广电和旅游体育局2022年法治政府建设工作报告\n2022年，市文化广电和旅游体育局坚持依法行政。${WORK}`,
    m('泉州市文化广电和旅游体育局', '泉州市', '文化旅游', 2022)],
  ['a county-level city\'s bureau, a disclosure title with pipes', `慈溪市统计局2023年政府信息公开工作年度报告 | ||||||||||||||||\n本年报依照《条例》编写。2023年，慈溪市统计局推进政务公开。${WORK}`,
    m('慈溪市统计局', '慈溪市', '统计', 2023)],
]

const J = head('衡水市行政审批局')
const W = head('临沂市文化和旅游局')
const D = head('贵州省交通运输厅')
export const VALUES_54A: Probe39[] = [
  ['measures and list items are no approvals', `${J}落实“证照分离”改革，完善管理措施31项；公布行政许可事项42项，政务服务事项118项入驻市民中心。`, {}],
  ['items of a list combed are no approvals', `${J}梳理行政许可事项清单56项，编制办事指南56份。`, {}],
  // near miss: approvals handled
  ['approvals handled in the year', `${J}全年办理行政许可事项2368件，按时办结率100%。`, { approvals_handled: [2368, 'exact'] }],
  ['party group sessions under a first-agenda lead are no law sessions', `${W}局党组会以学习习近平新时代中国特色社会主义思想为第一议题，深入学习习近平法治思想，全年组织党组会专题学习18次。`, {}],
  // near miss: law study sessions named as such
  ['party group law study named as such', `${W}局党组会专题学法9次，学习《行政处罚法》《旅游法》等法律法规。`, { training_sessions: [9, 'exact'] }],
  ['consultation letters and publication counts are no petitions or requests', `${D}全年网站发布信息2871条，官方微博发布964条；办理省政务咨询投诉平台来信1432件。`, {}],
  // near miss: requests handled in the same register
  ['requests handled beside publication counts', `${D}全年网站发布信息2871条；共办理政府信息公开申请37件。`, { info_disclosure_requests: [37, 'exact'] }],
]

/**
 * The second batch, in new wording: the same forms at other bodies (ministries and national bureaus, vertical offices, provincial
 * commissions), and the figures a provincial department gives for its whole system beside its own part.
 */
export const SECOND_META_54A: [string, string, Meta][] = [
  ['a ministry\'s title', `自然资源部2022年法治政府建设年度报告\n2022年，自然资源部坚持以习近平法治思想为指导。${WORK}`,
    m('自然资源部', null, '自然资源', 2022)],
  ['a national bureau by its short name in the lead', `国家林业和草原局关于2021年法治政府建设情况的报告\n2021年，国家林草局深入学习贯彻习近平法治思想。${WORK}`,
    m('国家林业和草原局', null, '林业', 2021)],
  ['a provincial bureau by 省X局 in its own plan only', `2024年，省统计局坚持依法统计。\n一、主要工作\n制定《广东省统计局2024年统计执法检查计划》，开展执法检查。${WORK}`,
    m('广东省统计局', '广东省', '统计', 2024)],
  ['a bare commission issuing its own notice', `2022年，发展改革委坚持依法行政。\n一、主要工作\n印发《浙江省发展和改革委员会关于规范招标投标活动的通知》。${WORK}`,
    m('浙江省发展和改革委员会', '浙江省', '发展改革', 2022)],
  ['a bare bureau drafting its own rules, the city named', `2023年，医疗保障局坚持依法行政。\n一、主要工作\n起草《柳州市医疗保障局行政处罚裁量基准》，规范执法。${WORK}`,
    m('柳州市医疗保障局', '柳州市', '医疗保障', 2023)],
  ['a provincial department\'s party group, 委员会 form', `中共四川省民族宗教事务委员会党组\n关于2023年度法治政府建设情况的报告\n2023年，委党组坚持依法治理宗教事务。${WORK}`,
    m('四川省民族宗教事务委员会', '四川省', '民族宗教', 2023)],
  ['a trade portal over a city commission', `首页 > 行业资讯 > 正文\n杭州市卫生健康委员会2023年法治政府建设年度报告\n来源：杭州市卫生健康委员会   2024-02-20\n2023年，市卫生健康委坚持依法行政。${WORK}`,
    m('杭州市卫生健康委员会', '杭州市', '卫生健康', 2023)],
  ['traditional bare commission issuing its own plan', toTraditional(`2023年，卫生健康委坚持依法行政。\n一、主要工作\n制定《福建省卫生健康委员会2023年普法工作要点》。`) + WORK,
    m('福建省卫生健康委员会', '福建省', '卫生健康', 2023)],
  // near misses: a bare bureau following a higher body's document; a bare bureau with no document
  ['a bare bureau following the province\'s bureau', `2023年，医疗保障局坚持依法行政。\n一、主要工作\n根据《广西壮族自治区医疗保障局关于规范执法的通知》要求，开展专项检查。${WORK}`,
    m(null, null, '医疗保障', 2023)],
  ['a bare bureau, no document', `2023年，医疗保障局坚持依法行政，推进基金监管法治化。${WORK}`,
    m(null, null, '医疗保障', 2023)],
]

const P = head('河北省生态环境厅')
const Q = head('山东省交通运输厅')
export const SECOND_VALUES_54A: Probe39[] = [
  ['the system\'s total, then the department\'s own part', `${P}全省生态环境系统共下达行政处罚决定书3120件；其中省厅直接查办环境违法案件12件。`,
    { enforcement_cases: [12, 'exact'] }],
  ['the department\'s own reviews beside the system\'s guidance', `${Q}指导全省交通运输部门清理规范性文件265件，厅机关审核规范性文件18件。`,
    { normative_docs_reviewed: [18, 'exact'] }],
  ['list items published in a ministry-level register', `${Q}公布行政许可事项清单64项，实施“一网通办”事项212项。`, {}],
  ['a department\'s party group studying law, near miss of the first agenda', `${P}厅党组会会前学法12次，学习《环境保护法》《固体废物污染环境防治法》。`,
    { training_sessions: [12, 'exact'] }],
  ['disclosure: requests received, none carried over', `${Q}2023年共收到政府信息公开申请27件，上年结转0件，办理27件。`,
    { info_disclosure_requests: [27, 'exact'] }],
]

/**
 * From the second batch's one failure: an area's or a system's total whose clause ends at a ；, the author's own part opening the next
 * clause (全省…系统共下达处罚决定书3120件；其中省厅…12件): the part is the author's, the total not (the ruling of 2026-12-03 on the
 * author's short name after its system's total), as after a comma. Near misses: the author's own total (全厅…；其中厅机关…), a part by kind
 * (其中简易程序案件…), the author's fines in the next clause.
 */
const R = head('湖南省市场监督管理局')
const S = head('江苏省应急管理厅')
export const SEMICOLON_PART_54A: Probe39[] = [
  ['the system\'s total, its own part after a ；, the same measure', `${R}全省市场监管系统共查处各类违法案件2.6万件；其中省局直接查办案件37件。`,
    { enforcement_cases: [37, 'exact'] }],
  ['the area\'s departments\' total, the bare part after a ；', `${S}全省应急管理部门共作出行政处罚决定4120件；其中省厅本级作出26件。`,
    { penalty_cases: [26, 'exact'] }],
  ['all levels\' total, 机关 part after a ；', `${R}全省各级市场监管部门受理投诉举报案件处理中立案查处违法案件5130件；其中局机关查办41件。`,
    { enforcement_cases: [41, 'exact'] }],
  ['traditional, the system\'s total, its part after a ；', `${R}全省市場監管系統共查處各類違法案件2.6萬件；其中省局直接查辦案件37件。`,
    { enforcement_cases: [37, 'exact'] }],
  // near misses
  ['the author\'s own total, a part after a ；', `${S}全厅共作出行政处罚决定86件；其中厅机关直接作出12件。`, { penalty_cases: [86, 'exact'] }],
  ['the system\'s total, a part by kind after a ；', `${R}全省市场监管系统共查处违法案件2.6万件；其中适用简易程序案件3100件。`, { enforcement_cases: [26000, 'exact'] }],
  ['the author\'s total, its fines after a ；', `${S}全年共作出行政处罚决定86件；罚没款合计132万元。`, { penalty_cases: [86, 'exact'] }],
]

/**
 * The third batch, written after both rules in new wording (other bodies, verbs, measures and separators), run once before any rule
 * was changed for it: a bare department issuing its own document, and the author's part after a ；.
 */
export const THIRD_META_54A: [string, string, Meta][] = [
  ['a bare bureau that drew up its own measures', `2024年，统计局坚持依法统计。\n一、主要工作\n出台《云南省统计局统计违法行为举报办理办法》，畅通举报渠道。${WORK}`,
    m('云南省统计局', '云南省', '统计', 2024)],
  ['a bare commission that revised its own rules', `2022年，民族宗教委坚持依法管理。\n一、主要工作\n修订《贵州省民族宗教事务委员会行政执法公示办法》，规范执法。${WORK}`,
    m('贵州省民族宗教事务委员会', '贵州省', '民族宗教', 2022)],
  ['a bare bureau, its own plan compiled, traditional', toTraditional(`2023年，医疗保障局坚持依法行政。\n一、主要工作\n编制《南宁市医疗保障局2023年度普法责任清单》，落实普法责任。`) + WORK,
    m('南宁市医疗保障局', '南宁市', '医疗保障', 2023)],
  // near misses: a bare bureau whose named document is a superior's it carries out; a document of another field's bureau
  ['a bare bureau carrying out a superior\'s measures', `2024年，统计局坚持依法统计。\n一、主要工作\n贯彻落实《云南省统计局统计违法行为举报办理办法》，畅通举报渠道。${WORK}`,
    m(null, null, '统计', 2024)],
  ['a bare bureau, another field\'s bureau issuing', `2024年，统计局坚持依法统计。\n一、主要工作\n配合印发《云南省财政厅关于规范统计经费的通知》。${WORK}`,
    m(null, null, '统计', 2024)],
]

const U = head('浙江省水利厅')
const V = head('广州市城市管理和综合执法局')
export const THIRD_VALUES_54A: Probe39[] = [
  ['the system\'s total, the own part after a ；with 本级 and no 其中', `${U}全省水利系统共立案查处水事违法案件1380件；厅本级立案查处19件。`,
    { enforcement_cases: [19, 'exact'] }],
  ['the city\'s departments\' total, the bureau\'s own fines after a ；', `${V}全市城管执法部门共收缴罚没款5600万元；其中市局直接收缴320万元。`,
    { fines_yuan: [3200000, 'exact'] }],
  ['all levels\' reviews, the department\'s own after a ；', `${U}全省各级水行政主管部门作为被申请人的行政复议案件47件；其中以本厅为被申请人的3件。`,
    { reconsideration_cases: [3, 'exact'] }],
  // near misses
  ['the author\'s own total, the next clause another measure', `${V}全年共立案查处违法案件2140件；作出行政处罚决定1980件。`,
    { enforcement_cases: [2140, 'exact'], penalty_cases: [1980, 'exact'] }],
  // (the system's total alone stays `optional` by the ruling: read or not, the probe pins only that another place's part is not read)
  ['the system\'s total, a part by place after a ；', `${U}全省水利系统共立案查处水事违法案件1380件；其中杭州市查处212件。`,
    { enforcement_cases: [1380, 'exact'] }],
]

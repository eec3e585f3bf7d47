/**
 * Forms from the dev half of the r53a-fresh batch (corpus README, fifty-third batch r53a), over invented sentences:
 * - (value) a department publishing its replies to deputies' suggestions and members' proposals (公开市人大代表建议答复件2件、政协委员
 *   提案答复件2件): published documents, not proposals handled — found on r53a's 广元 disclosure report (read as 4). r43's rule takes
 *   办理答复 after a publishing verb; a reply written 答复件/答复函/答复文件 without 办理 slipped past it. Near misses: proposals handled and
 *   answered (办理…建议5件、…提案3件，均按时答复), replies the bureau gave with no publishing verb (答复人大代表建议6件).
 * - (metadata) a preposition or verb of one character before a level's government (经区政府门户网站, 报县政府审定, 从县政府获悉): no
 *   one-character district or county (经区, 报县) — found on r53a's place-less 区城乡建设局 (read as 经区城乡建设局). Near misses: real
 *   one-character places (泾县, 城区) and a report whose county is named elsewhere.
 * - (metadata) a city bureau's branch named by the short name the city shares with its own district (东营市…局东营分局, 荆州市…局荆州分局):
 *   the district's branch when the text writes the district out (东营区), else the branch as written in its city — found on r53a's 东营
 *   branch (read as 东营市…分局 in 东营市东营市). Near miss: a branch named by another district's short name (北仑分局, unchanged).
 * - (metadata) a county department named by its level (县自然资源局) whose county the text names once, in the title of the county's own
 *   document (《上杭县国土空间总体规划》, 《X县“十四五”…规划》): that county's department, as a platform or an event of the county's
 *   already places it — found on r53a's 上杭 report (no author read). Near misses: two counties' documents, a city's document for a
 *   county department.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const A = head('青河县农业农村局')
const S = head('桃源市体育局')

export const REPLIES_53A: Probe39[] = [
  ['replies to suggestions and proposals published, 答复件', `${S}全年在网站公开市人大代表建议答复件3件、市政协委员提案答复件4件。`, {}],
  ['replies published, 答复函', `${A}我局在政府网站公布人大代表建议答复函5件。`, {}],
  ['replies published after the kinds, 答复文件', `${A}全年发布县人大建议、县政协提案的答复文件共9件。`, {}],
  ['traditional replies published', toTraditional(`${S}全年在网站公开市人大代表建议答复件3件、市政协委员提案答复件4件。`), {}],
  // near misses
  ['proposals handled, then answered', `${A}全年办理县人大代表建议5件、县政协委员提案3件，均按时答复。`, { proposals_handled: [8, 'derived'] }],
  ['suggestions answered, no publishing verb', `${A}全年答复人大代表建议6件，满意率100%。`, { proposals_handled: [6, 'exact'] }],
  ['proposals handled, results published after', `${A}承办政协提案7件，办理结果已全部公开。`, { proposals_handled: [7, 'exact'] }],
]

export const FUNCTION_WORD_PLACE_53A: [string, string, Meta][] = [
  ['经 before a district government\'s site', `一、总体情况\n2025年，区城乡建设局推进政务公开。全年经区政府门户网站主动公开信息52条，受理依申请公开6件。${WORK}`,
    m(null, null, '住房城乡建设', 2025)],
  ['经 after a comma, before a district government\'s site', `一、总体情况\n2025年，区城乡建设局推进政务公开。到2025年12月底，经区政府门户网站主动公开信息52条。${WORK}`,
    m(null, null, '住房城乡建设', 2025)],
  ['经 after a semicolon, before a county government\'s approval', `2023年，县商务局坚持依法行政。制定市场管理办法；经县政府批准后印发实施。${WORK}`,
    m(null, null, '商务', 2023)],
  ['报 after a comma, before a district government', `2022年，区财政局坚持依法理财。起草资金管理办法，报区政府常务会议审议通过。${WORK}`,
    m(null, null, '财政', 2022)],
  ['经 before a county government\'s approval', `一、总体情况\n2023年，县自然资源局坚持依法行政。年内经县政府同意，出台规范性文件2件，规范不动产登记和耕地保护。${WORK}`,
    m(null, null, '自然资源', 2023)],
  ['报 before a county government', `2024年，县财政局推进依法理财，起草的办法报县政府审定后印发。${WORK}`,
    m(null, null, '财政', 2024)],
  ['从 before a district government', `2022年，区商务局推进法治建设。年初从区政府领取年度目标任务，逐项分解落实。${WORK}`,
    m(null, null, '商务', 2022)],
  ['traditional 经区政府', toTraditional(`一、总体情况\n2025年，区城乡建设局推进政务公开。全年经区政府门户网站主动公开信息52条。`) + WORK,
    m(null, null, '住房城乡建设', 2025)],
  // near misses: real one-character places, and a county named elsewhere
  ['泾县 is a county', `泾县审计局2023年度法治政府建设工作报告\n2023年，我局在泾县县委、县政府领导下依法审计。${WORK}`,
    m('泾县审计局', '泾县', '审计', 2023)],
  ['城区 is a district', `城区人民政府2022年法治政府建设情况报告\n2022年，城区人民政府坚持依法行政。${WORK}`,
    m('城区人民政府', '城区', '区县政府', 2022)],
  ['经县政府 in a titled county bureau\'s report', `青河县财政局2024年度法治政府建设情况报告\n2024年，我局推进依法理财。经县政府批准，清理文件3件。${WORK}`,
    m('青河县财政局', '青河县', '财政', 2024)],
]

export const CITY_NAMED_BRANCH_53A: [string, string, Meta][] = [
  ['the city\'s short name, its district written in a site', `东营市自然资源和规划局东营分局\n2023年政府信息公开工作年度报告\n分局经东营区政府门户网站主动公开信息41条。${WORK}`,
    m('东营区自然资源和规划分局', '东营市东营区', '自然资源', 2023)],
  ['the city\'s short name, its district written in a lead', `荆州市生态环境局荆州分局2022年度法治政府建设情况报告\n2022年，我分局在荆州区委、区政府领导下依法治污。${WORK}`,
    m('荆州区生态环境分局', '荆州市荆州区', '生态环境', 2022)],
  ['the city\'s short name, no district written', `黄山市公安局黄山分局2024年法治政府建设工作报告\n2024年，我分局坚持依法履职。${WORK}`,
    m('黄山市公安局黄山分局', '黄山市', '公安', 2024)],
  ['traditional, district written', toTraditional(`东营市自然资源和规划局东营分局\n2023年政府信息公开工作年度报告\n分局经东营区政府门户网站主动公开信息41条。`) + WORK,
    m('东营区自然资源和规划分局', '东营市东营区', '自然资源', 2023)],
  // near miss: another district's short name
  ['another district\'s short name, written out', `宁波市生态环境局北仑分局2023年度法治政府建设工作报告\n2023年，我分局在北仑区委、区政府领导下依法治污。${WORK}`,
    m('北仑区生态环境分局', '宁波市北仑区', '生态环境', 2023)],
]

export const OWN_DOCUMENT_COUNTY_53A: [string, string, Meta][] = [
  ['a county bureau, its county in its own plan\'s title', `2024年以来，县自然资源局坚持依法行政，立足监管职责推进法治政府建设。\n一、主要举措\n有序推进《青河县国土空间总体规划（2021-2035年）》编制，依法保护耕地。${WORK}`,
    m('青河县自然资源局', '青河县', '自然资源', 2024)],
  ['a county bureau, its county in a 十四五 plan', `2023年，县文化广电旅游局坚持依法行政。\n一、主要工作\n印发实施《桃川县“十四五”文化和旅游发展规划》，规范市场秩序。${WORK}`,
    m('桃川县文化广电旅游局', '桃川县', '文化旅游', 2023)],
  ['a district bureau, its district in its own scheme\'s title', `2022年，区住建局坚持依法行政。\n一、主要工作\n落实《东岭区老旧小区改造实施方案》，规范工程监管。${WORK}`,
    m('东岭区住房和城乡建设局', '东岭区', '住房城乡建设', 2022)],
  ['traditional county bureau', toTraditional(`2024年以来，县自然资源局坚持依法行政，立足监管职责推进法治政府建设。\n一、主要举措\n有序推进《青河县国土空间总体规划（2021-2035年）》编制。`) + WORK,
    m('青河县自然资源局', '青河县', '自然资源', 2024)],
  // near misses: two counties' documents, a city's document
  ['two counties\' documents name none', `2024年，县自然资源局坚持依法行政。参照《青河县国土空间总体规划》和《桃川县耕地保护办法》开展工作，推进不动产登记和耕地保护。${WORK}`,
    m(null, null, '自然资源', 2024)],
  ['a city\'s document names no county', `2024年，县自然资源局坚持依法行政。落实《桃源市国土空间总体规划》的要求，推进不动产登记和耕地保护。${WORK}`,
    m(null, null, '自然资源', 2024)],
]

/**
 * The second batch, written after the rules in new wording (other organs, places, verbs and document kinds), run once before any
 * rule was changed for it: the forms above and their near misses.
 */
const J = head('东岭区交通运输局')
export const SECOND_53A: Probe39[] = [
  ['replies published as letters, after both kinds', `${J}全年公布区人大代表建议、区政协委员提案的答复函共11件。`, {}],
  ['replies published on the portal, joined kinds', `${J}在门户网站发布建议提案答复文件6件。`, {}],
  ['traditional replies published, 答覆件', toTraditional(`${J}全年公开市人大代表建议答复件8件。`), {}],
  // near misses
  ['suggestions handled, a reply rate after', `${J}全年共办理市人大代表建议14件，答复率100%。`, { proposals_handled: [14, 'exact'] }],
  ['proposals handled, their replies published after', `${J}承办区政协提案9件，答复件均已在网站公开。`, { proposals_handled: [9, 'exact'] }],
]

export const SECOND_META_53A: [string, string, Meta][] = [
  ['经 before a county government\'s standing meeting', `2024年，县水利局坚持依法行政。河道管理办法起草后，经县政府常务会议审议通过。${WORK}`,
    m(null, null, '水利', 2024)],
  ['呈 before a district government', `2023年，区市场监管局坚持依法行政。制定的行政裁量基准，呈区政府备案。${WORK}`,
    m(null, null, '市场监管', 2023)],
  ['经 after a comma, before a county government\'s study', `2022年，县教育局坚持依法治教。年初，经县政府研究，出台校外培训管理办法1件。${WORK}`,
    m(null, null, '教育', 2022)],
  ['和县 is a county', `和县司法局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('和县司法局', '和县', '司法行政', 2023)],
  ['报县政府 in a titled county bureau\'s report', `青河县水利局2024年度法治政府建设工作报告\n2024年，我局坚持依法治水。办法报县政府审定后印发。${WORK}`,
    m('青河县水利局', '青河县', '水利', 2024)],
  ['the city\'s short name, its district in a lead', `淮安市生态环境局淮安分局2023年度法治政府建设工作报告\n2023年，我分局在淮安区委、区政府领导下依法治污。${WORK}`,
    m('淮安区生态环境分局', '淮安市淮安区', '生态环境', 2023)],
  ['the city\'s short name, no district written', `荆州市公安局荆州分局2022年度法治政府建设情况报告\n2022年，我分局坚持严格规范公正文明执法。${WORK}`,
    m('荆州市公安局荆州分局', '荆州市', '公安', 2022)],
  ['traditional, the city\'s short name, district written', toTraditional(`黄山市自然资源和规划局黄山分局2024年法治政府建设工作报告\n2024年，我分局在黄山区委、区政府领导下依法履职。`) + WORK,
    m('黄山区自然资源和规划分局', '黄山市黄山区', '自然资源', 2024)],
  ['another county\'s short name, written out', `衢州市生态环境局开化分局2023年度法治政府建设工作报告\n2023年，我分局在开化县委、县政府领导下依法治污。${WORK}`,
    m('开化县生态环境分局', '衢州市开化县', '生态环境', 2023)],
  ['a county bureau, its county in its own service plan', `2023年，县卫生健康局坚持依法行政。\n一、主要工作\n落实《青河县医疗卫生服务体系规划（2021-2025年）》，规范医疗机构执业。${WORK}`,
    m('青河县卫生健康局', '青河县', '卫生健康', 2023)],
  ['a district bureau, its district in its own action plan', `2022年，区交通运输局坚持依法行政。\n一、主要工作\n推进《东岭区农村公路建设三年行动计划》，依法治超。${WORK}`,
    m('东岭区交通运输局', '东岭区', '交通', 2022)],
  // (run once, this one failed as first written, wanting no author: the expectation was ours wrong — a county's party committee
  // issuing the department a document names its governing county (placesNamed's ruling), which outranks another county's plan)
  ['two counties\' documents, one its committee\'s', `2024年，县卫生健康局坚持依法行政。落实《中共青河县委关于健康建设的意见》，借鉴《桃川县医共体建设方案》。${WORK}`,
    m('青河县卫生健康局', '青河县', '卫生健康', 2024)],
  ['a province\'s regulation names no county', `2024年，县水利局坚持依法行政。宣传《浙江省河道管理条例》，规范河道采砂。${WORK}`,
    m(null, null, '水利', 2024)],
]

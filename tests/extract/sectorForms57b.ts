/**
 * Openings for ./sectorForms57.test.ts (sector57), the second batch: new wording over the forms ruled after the first run — a 我局's
 * field in the work words of the twelve fields added (one word alone, two fields alike, a named organ and a government as near
 * misses), 自规局, a plan named before the summary, the year before's report published by its title, 截至 a year's end as the only
 * year — and short-named organs in new places. Invented wording; real and invented places.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { chrome, lead, own } from './regionForms50'
import { GOV, TOWN } from './regionForms52'

const T = (s: string) => toTraditional(s)
const R = '2023年度法治政府建设情况报告'
const WE = (work: string) => `2023年，我局坚持依法行政，${work}`
const undated = (rows: string, title: string, first: string) => `${rows ? `${rows}\n` : ''}${title}\n${first}${WORK}`
const SINCE = '今年以来，我局坚持依法行政，推进各项工作法治化。'

/** A 我局 (or 我办, 我委) named by no field: its work words. */
const WORK_WORDS: [string, string, Meta][] = [
  ['b: veterans\' affairs by care and memorials', lead(R, WE('为退役军人和其他优抚对象做好服务，加强烈士纪念设施保护管理。')), m(null, null, '退役军人事务', 2023)],
  ['b: veterans\' affairs by retired cadres and army support, traditional', T(lead(R, WE('落實軍休幹部各項待遇，推進雙擁模範城創建。'))), m(null, null, '退役军人事务', 2023)],
  ['b: housing by rentals and affordable homes', lead(R, WE('加强住房租赁市场监管，推进保障性住房建设。')), m(null, null, '住房城乡建设', 2023)],
  ['b: housing by construction and presales, traditional', T(lead(R, WE('查處建築施工違法行為，規範商品房預售。'))), m(null, null, '住房城乡建设', 2023)],
  ['b: culture and tourism by heritage and guides', lead(R, WE('开展非物质文化遗产保护，规范导游执业和旅行社经营。')), m(null, null, '文化旅游', 2023)],
  ['b: forestry by illegal felling and state forest farms', lead(R, WE('查处盗伐林木和非法占用林地案件，加强国有林场管理。')), m(null, null, '林业', 2023)],
  ['b: finance by debt and procurement, traditional', T(lead(R, WE('加強政府債務管理，規範政府採購活動。'))), m(null, null, '财政', 2023)],
  ['b: audit by its projects and findings', lead(R, WE('全年完成审计项目45个，移送审计发现问题线索8条。')), m(null, null, '审计', 2023)],
  ['b: education by preschool and private schools', lead(R, WE('推进学前教育普及普惠，规范民办学校办学行为。')), m(null, null, '教育', 2023)],
  ['b: urban management by muck and refuse, traditional', T(lead(R, WE('整治亂倒渣土和違章建築，推進生活垃圾分類。'))), m(null, null, '城市管理', 2023)],
  ['b: weather by balloons, lightning and warnings', lead(R, WE('加强施放气球和防雷装置检测监管，及时发布气象预警信息。')), m(null, null, '气象', 2023)],
  ['b: grain by reserves rotated and purchases', lead(R, WE('严格储备粮轮换管理，开展粮食收购资格审核。')), m(null, null, '粮食和物资储备', 2023)],
  ['b: sport by fitness facilities, traditional', T(lead(R, WE('建設全民健身設施，規範健身設施開放管理。'))), m(null, null, '体育', 2023)],
  ['b: civil defence by sirens and shelters, 我办', lead(R, '2023年，我办坚持依法行政，组织防空警报试鸣，查处违法占用人防工程行为。'), m(null, null, '人民防空', 2023)],
  ['b: housing by its work, 我委', lead(R, '2023年，我委坚持依法行政，规范建筑市场秩序，加强物业管理。'), m(null, null, '住房城乡建设', 2023)],
  ['b: near miss: one forestry word alone', lead(R, WE('加强古树名木保护，推进依法行政。')), m(null, null, null, 2023)],
  ['b: near miss: one urban word alone, traditional', T(lead(R, WE('推進生活垃圾分類，提升依法行政水平。'))), m(null, null, null, 2023)],
  ['b: near miss: finance and forestry alike', lead(R, WE('规范政府采购和预算管理，加强林地管理和野生动植物保护。')), m(null, null, null, 2023)],
  ['b: near miss: a named 文旅局 whose work names forestry', own('青禾县文化和旅游局2023年度法治政府建设工作报告', '我局').replace('推进各项工作法治化', '配合做好林地和古树名木保护'), m('青禾县文化和旅游局', '青禾县', '文化旅游', 2023)],
  ['b: near miss: a town naming weather work', lead('青禾县石门镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，做好防雷和气象灾害防御工作。'), m('石门镇人民政府', '青禾县石门镇', TOWN, 2023)],
]

/** 自规局 and other short names in new places. */
const SHORT: [string, string, Meta][] = [
  ['b: a 市自规局 in the lead, its city after 在', lead(R, '2023年，在丽水市委、市政府的领导下，市自规局坚持依法行政。'), m('丽水市自然资源和规划局', '丽水市', '自然资源', 2023)],
  ['b: a 自规局 by its 来源 row', chrome('来源：桐乡市自规局　发布时间：2024-01-26', R, '2023年，我局坚持依法行政。'), m('桐乡市自然资源和规划局', '桐乡市', '自然资源', 2023)],
  ['b: a 县卫健局 by its 来源 row, traditional', T(chrome('來源：景寧縣衛健局　發布時間：2024-01-09', R, '2023年，我局堅持依法行政。')), m('景宁县卫生健康局', '景宁县', '卫生健康', 2023)],
  ['b: a 市文广旅体局 in the lead', lead(R, '2023年，在儋州市委、市政府的领导下，市文广旅体局坚持依法行政。'), m('儋州市文化广电旅游体育局', '儋州市', '文化旅游', 2023)],
  ['b: a 县退役军人局 in the lead', lead(R, '2023年，在泰顺县委、县政府的领导下，县退役军人局坚持依法行政。'), m('泰顺县退役军人事务局', '泰顺县', '退役军人事务', 2023)],
  ['b: a county\'s 医保局, traditional', T(own('文成縣醫保局2023年度法治政府建設工作報告', '我局')), m('文成县医疗保障局', '文成县', '医疗保障', 2023)],
]

/** Years: a plan before the summary, the year before's report published, 截至 a year's end. */
const YEARS: [string, string, Meta][] = [
  ['b: a plan before a rule-of-law summary in the title', undated('', '苍南县司法局2024年工作思路暨2023年法治政府建设工作总结', SINCE), m('苍南县司法局', '苍南县', '司法行政', 2023)],
  ['b: a plan before the summary in the letter', undated('', '平阳县水利局法治政府建设工作报告', '现将我局2025年工作安排和2024年工作总结报告如下。'), m('平阳县水利局', '平阳县', '水利', 2024)],
  ['b: a plan before the summary with no rule-of-law word, traditional', T(undated('', '麗水市審計局2024年工作要點及2023年工作總結', '一年來，我局堅持依法審計。')), m('丽水市审计局', '丽水市', '审计', 2023)],
  ['b: near miss: the summary before the plan', undated('', '永嘉县统计局2023年工作总结和2024年工作打算', SINCE), m('永嘉县统计局', '永嘉县', '统计', 2023)],
  ['b: the year before\'s report made public, a December 发布时间 row', undated('发布时间：2023-12-26', '瑞安市民政局法治政府建设年度报告', '今年以来，我局在门户网站公布《瑞安市民政局2022年度法治政府建设情况报告》。'), m('瑞安市民政局', '瑞安市', '民政', 2023)],
  ['b: the year before\'s disclosure report published, traditional', T(`樂清市商務局法治政府建設年度報告\n今年以來，我局按時發布《2022年政府信息公開工作年度報告》。${WORK}\n\n樂清市商務局\n2023年12月18日`), m('乐清市商务局', '乐清市', '商务', 2023)],
  ['b: near miss: the year\'s plan made public', undated('', '洞头区交通运输局法治政府建设年度报告', '今年以来，我局公开《洞头区交通运输局2023年法治政府建设工作要点》并抓好落实。'), m('洞头区交通运输局', '洞头区', '交通', 2023)],
  ['b: 截止 a year\'s 末 as the only year', undated('', '龙港市市场监督管理局法治政府建设年度报告', `${SINCE}截止2023年末，全市共有各类市场主体10.2万户。`), m('龙港市市场监督管理局', '龙港市', '市场监管', 2023)],
  ['b: 截至 the last day of a year as the only year, traditional', T(undated('', '文成縣司法局法治政府建設年度報告', '一年來，我局堅持依法行政。截至2022年12月31日，全縣共有人民調解委員會312個。')), m('文成县司法局', '文成县', '司法行政', 2022)],
  ['b: 截至 a year\'s 年底 written 年年底', undated('', '泰顺县林业局法治政府建设年度报告', `${SINCE}截至2023年年底，全县森林覆盖率达76.8%。`), m('泰顺县林业局', '泰顺县', '林业', 2023)],
  ['b: near miss: 截至 a past year\'s end beside the lead\'s year', undated('', '永嘉县教育局法治政府建设年度报告', '2024年，我局坚持依法治教。截至2023年底，全县共有中小学142所。'), m('永嘉县教育局', '永嘉县', '教育', 2024)],
  ['b: near miss: 截至 the end of September as the only year', undated('', '瓯海区民政局法治政府建设年度报告', `${SINCE}截至2023年9月底，全区共有养老机构26家。`), m('瓯海区民政局', '瓯海区', '民政', null)],
  ['b: 截至 a year\'s end and a January 发布时间 row', undated('发布时间：2024-01-10', '鹿城区城市管理局法治政府建设年度报告', `${SINCE}截至2023年底，全区共有环卫工人1260名。`), m('鹿城区城市管理局', '鹿城区', '城市管理', 2023)],
  ['b: a county government, 截至 a year\'s end only', lead('泰顺县法治政府建设年度报告', '今年以来，我县坚持依法行政。截至2023年底，全县共有行政执法人员1032名。'), m('泰顺县人民政府', '泰顺县', GOV, 2023)],
]

export const CASES_57B: [string, string, Meta][] = [...WORK_WORDS, ...SHORT, ...YEARS]

/**
 * The second batch for ./metaForms55.test.ts (meta55c): the forms ruled after the first run, in new wording, with near misses — a
 * merged bureau whose last word is no department's, a zone's committee written after the city it is named after, counties whose
 * stem holds 年, a commission's party committee letterhead, a town titled after its city alone with its county in the text — and
 * the sectors of unusual bodies named in new ways. Invented wording; real and invented places.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const own = (title: string, self = '我局', y = 2024) => lead(title, `${y}年，${self}全面贯彻落实党的二十大精神，依法全面履行职能。`)
const TOWN = '乡镇政府'
const GOV = '区县政府'

/** Merged bureaus whose last word is no department's. */
const MERGED: [string, string, Meta][] = [
  ['c: a county\'s 自然资源和不动产局', own('宁国市自然资源和不动产局2024年度法治政府建设工作报告'), m('宁国市自然资源和不动产局', '宁国市', '自然资源', 2024)],
  ['c: a city\'s 交通运输和口岸局 signed, traditional', T(`2024年度法治政府建設情況報告\n2024年，我局堅持依法治交。${WORK}\n\n欽州市交通運輸和口岸局\n2025年1月16日`), m('钦州市交通运输和口岸局', '钦州市', '交通', 2024)],
  ['c: a district\'s 应急管理和消防局 named in its lead', lead('2024年度法治政府建设工作报告', '2024年，南山区应急管理和消防局坚持依法行政，推进安全生产执法规范化。'), m('南山区应急管理和消防局', '南山区', '应急管理', 2024)],
  ['c: a county\'s 水利和渔业局', own('象山县水利和渔业局2024年法治政府建设年度报告'), m('象山县水利和渔业局', '象山县', '水利', 2024)],
  ['c: a city\'s 商务和口岸物流局', own('云浮市商务和口岸物流局2024年度法治政府建设情况报告'), m('云浮市商务和口岸物流局', '云浮市', '商务', 2024)],
  ['c: a county\'s 统计和调查局 by its 来源 line', `2024年度法治政府建设工作报告\n来源：平阳县统计和调查局　发布时间：2025-01-22\n2024年，我局坚持依法统计。${WORK}`, m('平阳县统计和调查局', '平阳县', '统计', 2024)],
  ['c: near miss: a bureau\'s partners joined by 和 in the lead', lead('苍南县司法局2024年度法治政府建设工作报告', '2024年，我局会同县财政和审计等部门开展联合检查。'), m('苍南县司法局', '苍南县', '司法行政', 2024)],
  ['c: near miss: a town working with a county\'s two bureaus joined by 和', lead('灵溪镇2024年度法治政府建设报告', '2024年，我镇配合县公安和交通运输局开展道路整治。'), m('灵溪镇人民政府', '灵溪镇', TOWN, 2024)],
]

/** A zone's committee written after the city it is named after. */
const ZONES: [string, string, Meta][] = [
  ['c: a 高新区 committee after its city, traditional', T(own('長沙市長沙高新技術產業開發區管理委員會2024年度法治政府建設工作報告', '管委會')), m('长沙高新技术产业开发区管理委员会', '长沙高新技术产业开发区', GOV, 2024)],
  ['c: a 新区 committee after its city in its lead', lead('2024年度法治政府建设情况报告', '2024年，贵阳市贵阳综合保税区管委会坚持依法行政。'), m('贵阳综合保税区管理委员会', '贵阳综合保税区', GOV, 2024)],
  ['c: a zone committee after its city and province', own('江西省九江市九江经济技术开发区管理委员会2024年法治政府建设年度报告', '管委会'), m('九江经济技术开发区管理委员会', '九江经济技术开发区', GOV, 2024)],
  ['c: near miss: a zone\'s department after its city keeps the city', own('芜湖市芜湖经济技术开发区应急管理局2024年度法治政府建设工作报告'), m('芜湖经济技术开发区应急管理局', '芜湖市芜湖经济技术开发区', '应急管理', 2024)],
  ['c: near miss: a zone not named after its city, after the city', own('南昌市小蓝经济技术开发区管理委员会2024年度法治政府建设工作报告', '管委会'), m('小蓝经济技术开发区管理委员会', '南昌市小蓝经济技术开发区', GOV, 2024)],
]

/** Counties whose stem holds 年. */
const YEAR_STEM: [string, string, Meta][] = [
  ['c: a district whose stem holds 年 (永年区)', own('邯郸市永年区司法局2024年度法治政府建设工作报告'), m('永年区司法局', '邯郸市永年区', '司法行政', 2024)],
  ['c: a town of 万年县 in its title', own('万年县石镇镇2024年度法治政府建设工作报告', '我镇'), m('石镇镇人民政府', '万年县石镇镇', TOWN, 2024)],
  ['c: 万年县 as its own lead\'s subject, traditional', T(lead('2024年度法治政府建設工作報告', '2024年，萬年縣人民政府堅持依法行政。')), m('万年县人民政府', '万年县', GOV, 2024)],
  ['c: near miss: a year count before a county (一万年县域)', lead('东阳市文物局2024年度法治政府建设报告', '2024年，我局推进上山文化遗址保护，展示一万年县域文明。'), m('东阳市文物局', '东阳市', '文物', 2024)],
]

/** A commission's party committee letterhead. */
const COMMISSION: [string, string, Meta][] = [
  ['c: a county\'s 国资委 party committee letterhead', `中共永康市国资委委员会\n关于2024年度法治政府建设情况的报告\n2024年，我委坚持依法监管国有资产。${WORK}`, m('永康市国有资产监督管理委员会', '永康市', '国资监管', 2024)],
  ['c: a city\'s 卫生健康委员会 party committee letterhead', `中共温州市卫生健康委员会委员会\n2024年度法治政府建设工作报告\n2024年，我委坚持依法行政。${WORK}`, m('温州市卫生健康委员会', '温州市', '卫生健康', 2024)],
  ['c: near miss: a county\'s own party committee letterhead with its government', `中共武义县委员会　武义县人民政府\n关于2024年度法治政府建设情况的报告\n2024年，我县坚持依法行政。${WORK}`, m('武义县人民政府', '武义县', GOV, 2024)],
  ['c: near miss: a county party committee\'s 政法委 alone', own('中共浦江县委政法委员会2024年度法治建设工作报告', '县委政法委'), m(null, null, null, 2024)],
]

/** A town titled after its city alone, its county in the text. */
const CITY_TOWN: [string, string, Meta][] = [
  ['c: a town after its city, 隶属 a county', lead('泸州市福宝镇2024年度法治政府建设工作报告', '福宝镇隶属合江县，辖12个村。2024年，我镇坚持依法行政。'), m('福宝镇人民政府', '泸州市合江县福宝镇', TOWN, 2024)],
  ['c: a town after its city, led by its county', lead('绍兴市枫桥镇2024年法治政府建设情况报告', '2024年，在诸暨市委、市政府的坚强领导下，枫桥镇坚持依法行政。'), m('枫桥镇人民政府', '绍兴市诸暨市枫桥镇', TOWN, 2024)],
  ['c: a township after its city, traditional', T(lead('麗水市竹垟畲族鄉2024年度法治政府建設工作報告', '竹垟畲族鄉地處龍泉市西部。2024年，我鄉堅持依法行政。')), m('竹垟畲族乡人民政府', '丽水市龙泉市竹垟畲族乡', TOWN, 2024)],
  ['c: a street after its city, led by its district', lead('宁波市白云街道2024年度法治政府建设工作报告', '2024年，在海曙区委、区政府的领导下，白云街道坚持依法行政。'), m('白云街道办事处', '宁波市海曙区白云街道', '街道', 2024)],
  ['c: a town after its city, its county-level city in a 按照 clause', lead('金华市佛堂镇2024年度法治政府建设工作报告', '2024年，按照义乌市委全面依法治市委员会的部署，佛堂镇坚持依法行政。'), m('佛堂镇人民政府', '金华市义乌市佛堂镇', TOWN, 2024)],
  ['c: near miss: a town of a city with no counties', lead('东莞市虎门镇2024年度法治政府建设工作报告', '2024年，在东莞市委、市政府的领导下，虎门镇坚持依法行政。'), m('虎门镇人民政府', '东莞市虎门镇', TOWN, 2024)],
  ['c: near miss: a town after its city naming a county it learnt from', lead('台州市石塘镇2024年度法治政府建设工作报告', '2024年，我镇赴仙居县学习基层治理经验，坚持依法行政。'), m('石塘镇人民政府', '台州市石塘镇', TOWN, 2024)],
]

/** Unusual bodies' sectors in new wording. */
const SECTORS: [string, string, Meta][] = [
  ['c: a county\'s 政务服务中心 named short', own('仙居县政务服务中心2024年度法治建设工作总结', '我中心'), m('仙居县政务服务中心', '仙居县', '政务服务', 2024)],
  ['c: a province\'s 大数据局 signed', `2024年度法治政府建设情况报告\n2024年，我局依法推进数据要素市场化配置。${WORK}\n\n贵州省大数据发展管理局\n2025年2月10日`, m('贵州省大数据发展管理局', '贵州省', '政务服务', 2024)],
  ['c: a city\'s 信访局 in a 发布机构 line, traditional', T(`發布機構：溫州市信訪局\n2024年度法治政府建設工作報告\n2024年，我局堅持依法分類處理信訪訴求。${WORK}`), m('温州市信访局', '温州市', '信访', 2024)],
  ['c: a county\'s 乡村振兴局 led by its county', lead('2024年度法治政府建设工作报告', '2024年，在环江毛南族自治县委、县政府的领导下，县乡村振兴局坚持依法行政。'), m('环江毛南族自治县乡村振兴局', '环江毛南族自治县', '农业农村', 2024)],
  ['c: a city\'s 粮储局 with its 发展和改革委员会 plaque second', own('黄山市发展和改革委员会（市粮食和物资储备局）2024年度法治政府建设工作报告', '我委'), m('黄山市发展和改革委员会', '黄山市', '发展改革', 2024)],
  ['c: a county\'s 人民防空办公室 named short as 人防办 in its lead', lead('2024年度法治政府建设工作报告', '2024年，在桐乡市委、市政府的领导下，市人防办坚持依法行政。'), m('桐乡市人民防空办公室', '桐乡市', '人民防空', 2024)],
  ['c: a district\'s 机关事务局 named short', own('鄞州区机关事务管理局2024年度法治政府建设情况报告'), m('鄞州区机关事务管理局', '鄞州区', '机关事务', 2024)],
  ['c: a city\'s 消防救援支队 named by its unit\'s party committee', `中共衢州市消防救援支队委员会\n2024年度法治建设工作报告\n2024年，支队坚持依法治队。${WORK}`, m('衢州市消防救援支队', '衢州市', '消防救援', 2024)],
  ['c: a county\'s 气象局 in a 关于 title, traditional', T(own('關於縉雲縣氣象局2024年度法治氣象建設情況的報告')), m('缙云县气象局', '缙云县', '气象', 2024)],
  ['c: a province\'s 邮政管理局 by its 来源 line', `2024年法治政府建设年度报告\n来源：浙江省邮政管理局　发布时间：2025-02-18\n2024年，我局坚持依法管邮。${WORK}`, m('浙江省邮政管理局', '浙江省', '交通', 2024)],
  ['c: a city\'s 体育局 led by its city', lead('2024年度法治政府建设情况报告', '2024年，在湖州市委、市政府的领导下，市体育局坚持依法治体。'), m('湖州市体育局', '湖州市', '体育', 2024)],
  ['c: a county\'s 医保局 named short, traditional', T(own('天台縣醫保局2024年度法治政府建設工作報告')), m('天台县医疗保障局', '天台县', '医疗保障', 2024)],
]

export const CASES_55C: [string, string, Meta][] = [...MERGED, ...ZONES, ...YEAR_STEM, ...COMMISSION, ...CITY_TOWN, ...SECTORS]

/**
 * Written after the second batch, before their rules: a merged bureau whose unknown word has 管理 after it, and the environment's
 * enforcement detachment of the 2018 reform (生态环境保护综合行政执法支队), with near misses.
 */
export const CASES_55D: [string, string, Meta][] = [
  ['d: a county\'s 行政审批和政务信息管理局', own('临城县行政审批和政务信息管理局2024年度法治政府建设工作报告'), m('临城县行政审批和政务信息管理局', '临城县', '政务服务', 2024)],
  ['d: a city\'s 交通运输和物流管理局 in its lead, traditional', T(lead('2024年度法治政府建設工作報告', '2024年，欽州市交通運輸和物流管理局堅持依法行政。')), m('钦州市交通运输和物流管理局', '钦州市', '交通', 2024)],
  ['d: a county\'s 市场监督管理和知识产权服务中心', own('建德市市场监督管理和知识产权服务中心2024年度法治建设工作总结', '我中心'), m('建德市市场监督管理和知识产权服务中心', '建德市', '市场监管', 2024)],
  ['d: a city\'s 生态环境保护综合行政执法支队', own('台州市生态环境保护综合行政执法支队2024年度法治建设工作报告', '支队'), m('台州市生态环境保护综合行政执法支队', '台州市', '生态环境', 2024)],
  ['d: a county\'s 生态环境保护综合行政执法大队 signed', `2024年度法治建设工作总结\n2024年，大队坚持依法治污。${WORK}\n\n天台县生态环境保护综合行政执法大队\n2025年1月10日`, m('天台县生态环境保护综合行政执法大队', '天台县', '生态环境', 2024)],
  ['d: near miss: a bureau that managed two things joined by 和 in its lead', lead('温岭市司法局2024年度法治政府建设工作报告', '2024年，我局加强人民调解和法律援助管理，坚持依法行政。'), m('温岭市司法局', '温岭市', '司法行政', 2024)],
  ['d: near miss: a town naming its county\'s 生态环境分局', lead('大溪镇2024年度法治政府建设工作报告', '2024年，我镇配合台州市生态环境局温岭分局开展环境整治。'), m('大溪镇人民政府', '大溪镇', TOWN, 2024)],
]

/**
 * Written before their rule: a first sentence with no time before it whose subject is a place's party committee and government
 * joined by 、 (青山镇党委、政府高度重视…), or a street after a bare 区, and 高度重视 as a lead's verb; with near misses.
 */
export const CASES_55E: [string, string, Meta][] = [
  ['e: a street under a bare 区 as the subject of 高度重视, no time', lead('法治政府建设工作报告（2024年度）', '区临江街道高度重视法治建设，全年开展法治讲座12场。'), m('临江街道办事处', '临江街道', '街道', 2024)],
  ['e: a town\'s party committee and government as the subject of 高度重视', lead('2024年度法治政府建设工作报告', '双溪镇党委、政府高度重视法治政府建设，把依法行政纳入年度重点工作。'), m('双溪镇人民政府', '双溪镇', TOWN, 2024)],
  ['e: a street\'s 党工委、办事处 坚持, no time, traditional', T(lead('2024年度法治政府建設情況報告', '城關街道黨工委、辦事處堅持以習近平法治思想為指導，全面推進依法行政。')), m('城关街道办事处', '城关街道', '街道', 2024)],
  ['e: a county\'s 县委、县政府 始终 with no time', lead('2024年度法治政府建设情况报告', '龙泉县委、县政府始终把法治政府建设摆在重要位置。'), m('龙泉县人民政府', '龙泉县', GOV, 2024)],
  ['e: near miss: a county\'s committee and government 高度重视 in a town\'s titled report', lead('石门镇2024年度法治政府建设工作报告', '县委、县政府高度重视基层法治建设，我镇坚持依法行政。'), m('石门镇人民政府', '石门镇', TOWN, 2024)],
  ['e: near miss: two departments as subjects in a titled bureau\'s report', lead('武义县民政局2024年度法治政府建设工作报告', '县司法局、县财政局在我局指导下开展联合检查，我局坚持依法行政。'), m('武义县民政局', '武义县', '民政', 2024)],
]

/**
 * Openings for ./metaForms57.test.ts (meta57), the second batch: new wording over the forms ruled after the first (a town after its
 * city's short name and its county; a county that says which city holds it in its second clause; a town measuring itself against its
 * county's plans named without 《》; zones' committees of kinds no place chain reads; 达尔罕茂明安联合旗), with near misses, and the
 * first batch's shapes again in other words. Written after those rules and run once.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { chrome, lead } from './regionForms50'
import { GOV, STREET, TOWN, to } from './regionForms52'

const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`
const signed = (title: string, self: string, sig: string, y = 2023) => `${title}\n${WE(self, y)}${WORK}\n\n特此报告。\n\n${sig}`

const CITY_SHORT_TOWN: [string, string, Meta][] = [
  ['a town after 宁波 and its county', lead('宁波象山县石浦镇2023年度法治政府建设工作报告', WE('我镇')), m('石浦镇人民政府', '象山县石浦镇', TOWN, 2023)],
  ['a town after 绵阳 and its county, 关于', lead('关于绵阳三台县芦溪镇2022年法治政府建设情况的报告', WE('我镇', 2022)), m('芦溪镇人民政府', '三台县芦溪镇', TOWN, 2022)],
  ['a town after 赣州 and its county, signed', signed('2023年度法治政府建设工作报告', '我镇', '赣州于都县贡江镇人民政府\n2024年1月19日'), m('贡江镇人民政府', '于都县贡江镇', TOWN, 2023)],
  ['a street after 南充 and its district', lead('南充顺庆区舞凤街道2023年法治建设工作报告', WE('我街道')), m('舞凤街道办事处', '顺庆区舞凤街道', STREET, 2023)],
  ['a town after 温州 and its county, traditional', T(lead('溫州蒼南縣靈溪鎮2023年度法治政府建設工作報告', WE('我鎮'))), m('灵溪镇人民政府', '苍南县灵溪镇', TOWN, 2023)],
  ['near miss: a town after its city with 市 and its county', lead('宁波市象山县西周镇2023年度法治政府建设工作报告', WE('我镇')), m('西周镇人民政府', '宁波市象山县西周镇', TOWN, 2023)],
  ['near miss: a street of a zone named after its city\'s short name', lead('杭州钱塘新区河庄街道2023年度法治政府建设工作报告', WE('我街道')), m('河庄街道办事处', '杭州钱塘新区河庄街道', STREET, 2023)],
  ['near miss: a town of an autonomous county named by its people', lead('阜新蒙古族自治县大巴镇2023年法治政府建设工作报告', WE('我镇')), m('大巴镇人民政府', '阜新蒙古族自治县大巴镇', TOWN, 2023)],
]

const SECOND_CLAUSE: [string, string, Meta][] = [
  ['a county on a plateau, held by its prefecture in the next clause', lead('黑水县2023年度法治政府建设情况报告', '我县地处川西北高原，隶属阿坝藏族羌族自治州。2023年，我县坚持依法行政。'), m('黑水县人民政府', '阿坝藏族羌族自治州黑水县', GOV, 2023)],
  ['a county-level city on a river, administered by its city in the next clause', lead('松滋市2023年法治政府建设年度报告', '我市地处长江中游南岸，由荆州市代管。2023年，我市坚持依法行政。'), m('松滋市人民政府', '荆州市松滋市', GOV, 2023)],
  ['a county named with its neighbours, then 位于 its city', lead('庆元县2023年度法治政府建设工作报告', '庆元县东邻福建省寿宁县，位于丽水市西南部。2023年，我县坚持依法行政。'), m('庆元县人民政府', '丽水市庆元县', GOV, 2023)],
  ['a county whose second clause says 系 its city\'s county', lead('龙游县2023年度法治政府建设情况报告', '我县地处金衢盆地中部，系衢州市所辖县。2023年，我县坚持依法行政。'), m('龙游县人民政府', '衢州市龙游县', GOV, 2023)],
  ['a county held by its city in the next clause, traditional', T(lead('武義縣2023年度法治政府建設情況報告', '我縣地處浙江中部，隸屬金華市。2023年，我縣堅持依法行政。')), m('武义县人民政府', '金华市武义县', GOV, 2023)],
  ['near miss: a county bordering a city in its next clause', lead('常山县2023年度法治政府建设工作报告', '我县地处浙西，与江西省玉山县接壤。2023年，我县坚持依法行政。'), m('常山县人民政府', '常山县', GOV, 2023)],
  ['near miss: a county whose next clause visits a city', lead('文成县2023年度法治政府建设工作报告', '我县高度重视法治建设，赴温州市学习考察。2023年，我县坚持依法行政。'), m('文成县人民政府', '文成县', GOV, 2023)],
  ['near miss: a county whose next clause calls it a city\'s back garden', lead('安吉县2023年度法治政府建设工作报告', '我县地处长三角腹地，是杭州市的后花园。2023年，我县坚持依法行政。'), m('安吉县人民政府', '安吉县', GOV, 2023)],
]

const PLANS: [string, string, Meta][] = [
  ['a town measuring itself against its district\'s rule-of-law plan', lead('七宝镇2023年度法治政府建设工作报告', '2023年，我镇对照闵行区法治政府建设规划，坚持依法行政。'), m('七宝镇人民政府', '闵行区七宝镇', TOWN, 2023)],
  ['a town around its county\'s 十四五 plan in quotes', lead('新登镇2023年法治政府建设工作报告', '2023年，我镇围绕富阳区“十四五”法治建设规划，坚持依法行政。'), m('新登镇人民政府', '富阳区新登镇', TOWN, 2023)],
  ['a street carrying out its district\'s implementation plan', lead('湖滨街道2023年度法治建设工作报告', '2023年，我街道落实上城区法治政府建设实施方案，坚持依法行政。'), m('湖滨街道办事处', '上城区湖滨街道', STREET, 2023)],
  ['a town after its county\'s 普法规划纲要', lead('钱清镇2023年度法治政府建设工作报告', '2023年，我镇依据柯桥区“八五”普法规划纲要，坚持依法行政。'), m('钱清镇人民政府', '柯桥区钱清镇', TOWN, 2023)],
  ['a town against its county\'s plan, traditional', T(lead('西塘鎮2023年度法治政府建設工作報告', '2023年，我鎮對照嘉善縣法治建設規劃，堅持依法行政。')), m('西塘镇人民政府', '嘉善县西塘镇', TOWN, 2023)],
  ['near miss: a town against its city\'s plan', lead('塘栖镇2023年度法治政府建设工作报告', '2023年，我镇对照杭州市法治建设规划，坚持依法行政。'), m('塘栖镇人民政府', '塘栖镇', TOWN, 2023)],
  ['near miss: a town against the county\'s plan by its level alone', lead('乌镇镇2023年度法治政府建设工作报告', '2023年，我镇对照县“八五”普法规划，坚持依法行政。'), m('乌镇镇人民政府', '乌镇镇', TOWN, 2023)],
  ['near miss: a town against a higher body\'s requirements', lead('濮院镇2023年度法治政府建设工作报告', '2023年，我镇对照上级要求，坚持依法行政。'), m('濮院镇人民政府', '濮院镇', TOWN, 2023)],
]

const ZONES: [string, string, Meta][] = [
  ['a 新城 committee after its city', lead('绍兴市滨海新城管理委员会2023年度法治政府建设工作报告', WE('我委')), m('滨海新城管理委员会', '绍兴市滨海新城', GOV, 2023)],
  ['a 产业集聚区 committee after its city, 管委会', lead('衢州市绿色产业集聚区管委会2023年法治政府建设年度报告', WE('我区')), m('绿色产业集聚区管理委员会', '衢州市绿色产业集聚区', GOV, 2023)],
  ['a 综合保税区 committee after its city\'s short name', lead('嘉兴综合保税区管理委员会2023年度法治政府建设工作报告', WE('我区')), m('嘉兴综合保税区管理委员会', '嘉兴综合保税区', GOV, 2023)],
  ['a 新城 committee signed', signed('2023年度法治政府建设情况报告', '我委', '台州市湾区新城管理委员会\n2024年1月22日'), m('湾区新城管理委员会', '台州市湾区新城', GOV, 2023)],
  ['a 新城 committee, traditional', T(lead('溫州市甌江口新城管理委員會2023年度法治政府建設工作報告', WE('我委'))), m('瓯江口新城管理委员会', '温州市瓯江口新城', GOV, 2023)],
  ['near miss: a city bureau whose body names a 新城 committee', lead('绍兴市自然资源和规划局2023年度法治政府建设工作报告', '2023年，我局坚持依法行政，指导滨海新城管委会做好用地保障。'), m('绍兴市自然资源和规划局', '绍兴市', '自然资源', 2023)],
  ['near miss: the 新城区 district\'s government', lead('西安市新城区人民政府2023年度法治政府建设情况报告', WE('我区')), m('新城区人民政府', '西安市新城区', GOV, 2023)],
]

const BANNERS_AND_OTHERS: [string, string, Meta][] = [
  ['a 联合旗 government signed', signed('2023年法治政府建设年度报告', '我旗', '达尔罕茂明安联合旗人民政府\n2024年1月28日'), m('达尔罕茂明安联合旗人民政府', '达尔罕茂明安联合旗', GOV, 2023)],
  ['a 联合旗 town with its banner', lead('达尔罕茂明安联合旗百灵庙镇2023年度法治政府建设工作报告', WE('我镇')), m('百灵庙镇人民政府', '达尔罕茂明安联合旗百灵庙镇', TOWN, 2023)],
  ['a 联合旗 bureau, traditional', T(lead('達爾罕茂明安聯合旗教育局2023年度法治政府建設工作報告', WE('我局'))), m('达尔罕茂明安联合旗教育局', '达尔罕茂明安联合旗', '教育', 2023)],
  ['a bureau signed under 此页无正文', signed('2023年度法治政府建设工作报告', '我局', '（此页无正文）\n\n乐清市水利局\n2024年1月10日'), m('乐清市水利局', '乐清市', '水利', 2023)],
  ['a title whose author follows a dash of one —', lead('2023年度法治政府建设情况报告—永康市统计局', WE('我局')), m('永康市统计局', '永康市', '统计', 2023)],
  ['a title whose author stands in 【】 after its column', lead('政务公开【浦江县商务局】2023年度法治政府建设工作报告', WE('我局')), m('浦江县商务局', '浦江县', '商务', 2023)],
  ['a renamed bureau whose 来源 row writes the old name', chrome('来源：龙泉市城市管理局', '龙泉市综合行政执法局2023年度法治政府建设工作报告', WE('我局')), m('龙泉市综合行政执法局', '龙泉市', '城市管理', 2023)],
  ['a street of a county-level city addressing it, traditional', T(to('虹橋街道2023年度法治政府建設工作報告', '中共樂清市委、樂清市人民政府：', WE('我街道'))), m('虹桥街道办事处', '乐清市虹桥街道', STREET, 2023)],
]

export const CASES_57D: [string, string, Meta][] = [...CITY_SHORT_TOWN, ...SECOND_CLAUSE, ...PLANS, ...ZONES, ...BANNERS_AND_OTHERS]

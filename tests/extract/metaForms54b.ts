/**
 * Openings for ./metaForms54.test.ts (meta54), regions and years: a county-level city written under its prefecture, a 新区 or
 * development zone that belongs to a city, a town placed by its distance from its county seat or by its county's site, and the year
 * when the title states none (本年度, 今年以来, a publication date of the next spring, a summary beside next year's plan, a 十四五 span,
 * a fiscal year's 决算 line, a congress session's number), a report's year against its publication's. Invented wording.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const own = (title: string, self: string, y = 2023) => lead(title, `${y}年，${self}坚持依法行政，推进各项工作法治化。`)
const TOWN = '乡镇政府'
const COUNTY = '区县政府'

/** A county-level city written under its prefecture (X市 under Y市), in a title, a lead or an addressee. */
const UNDER_PREFECTURE: [string, string, Meta][] = [
  ['a county-level city\'s bureau written under its prefecture', own('金华市义乌市市场监督管理局2023年度法治政府建设工作报告', '我局'), m('义乌市市场监督管理局', '金华市义乌市', '市场监管', 2023)],
  ['a county-level city\'s government written under its prefecture', own('苏州市昆山市人民政府关于2023年度法治政府建设情况的报告', '市政府'), m('昆山市人民政府', '苏州市昆山市', COUNTY, 2023)],
  ['a county-level city\'s bureau under its prefecture, 2022', own('保定市涿州市司法局2022年法治政府建设年度报告', '我局', 2022), m('涿州市司法局', '保定市涿州市', '司法行政', 2022)],
  ['a county-level city addressing its prefecture\'s government', `关于2023年度法治政府建设情况的报告\n苏州市人民政府：\n2023年，太仓市人民政府坚持依法行政，全面推进法治政府建设。${WORK}`, m('太仓市人民政府', '苏州市太仓市', COUNTY, 2023)],
  ['a county-level city under a prefecture\'s short 州', own('黔西南州兴义市交通运输局2023年度法治政府建设情况报告', '我局'), m('兴义市交通运输局', '黔西南州兴义市', '交通', 2023)],
  ['a county-level city under its prefecture, traditional', T(own('泉州市晉江市財政局2023年度法治政府建設工作報告', '我局')), m('晋江市财政局', '泉州市晋江市', '财政', 2023)],
  ['a county-level city under its province and prefecture', own('湖南省长沙市浏阳市教育局2023年度法治政府建设情况报告', '我局'), m('浏阳市教育局', '湖南省长沙市浏阳市', '教育', 2023)],
  ['a county-level city whose prefecture is named apart', lead('邓州市2023年法治政府建设年度报告', '2023年，在南阳市委、市政府的坚强领导下，邓州市人民政府坚持依法行政。'), m('邓州市人民政府', '邓州市', COUNTY, 2023)],
  ['a county-level city under its prefecture in the lead', lead('2023年度法治政府建设工作报告', '2023年，宜春市丰城市自然资源局坚持依法行政，严格耕地保护执法。'), m('丰城市自然资源局', '宜春市丰城市', '自然资源', 2023)],
  ['an invented county-level city under a real prefecture', own('赣州市青阳市应急管理局2023年度法治政府建设工作报告', '我局'), m('青阳市应急管理局', '赣州市青阳市', '应急管理', 2023)],
  ['a county-level city written under its prefecture without 市: the prefecture not added', own('台州温岭市应急管理局2023年度法治政府建设情况报告', '我局'), m('温岭市应急管理局', '温岭市', '应急管理', 2023)],
  ['a county-level city addressing its prefecture\'s party committee and government', `关于2022年度法治政府建设工作情况的报告\n中共赣州市委、赣州市人民政府：\n2022年，瑞金市坚持依法行政。${WORK}\n\n瑞金市人民政府\n2023年1月20日`, m('瑞金市人民政府', '赣州市瑞金市', COUNTY, 2022)],
]

/** A 新区 or zone that belongs to a city, and a department of it. */
const CITY_ZONES: [string, string, Meta][] = [
  ['a 新区 department under its province and city', own('甘肃省兰州市兰州新区应急管理局2023年度法治政府建设工作报告', '我局'), m('兰州新区应急管理局', '甘肃省兰州市兰州新区', '应急管理', 2023)],
  ['a 新区 department named by the 新区 alone', own('青岛西海岸新区自然资源局2023年度法治政府建设情况报告', '我局'), m('青岛西海岸新区自然资源局', '青岛西海岸新区', '自然资源', 2023)],
  ['a 经济技术开发区 committee named after its city', own('长沙经济技术开发区管理委员会2023年度法治政府建设工作报告', '管委会'), m('长沙经济技术开发区管理委员会', '长沙经济技术开发区', COUNTY, 2023)],
  ['a 新区 committee under its province', own('贵州省贵安新区管理委员会2023年法治政府建设年度报告', '管委会'), m('贵安新区管理委员会', '贵州省贵安新区', COUNTY, 2023)],
  ['a zone department under its city, traditional', T(own('廣東省湛江市湛江經濟技術開發區市場監督管理局2023年度法治政府建設情況報告', '我局')), m('湛江经济技术开发区市场监督管理局', '广东省湛江市湛江经济技术开发区', '市场监管', 2023)],
  ['a town of a 新区 in its title', own('滨海新区大港街道2023年法治政府建设工作报告', '我街道'), m('大港街道办事处', '滨海新区大港街道', '街道', 2023)],
]

/** A town placed by its county's seat, its county's site or breadcrumb, and a street whose district is given only as 区. */
const TOWN_PLACES: [string, string, Meta][] = [
  ['a town placed by its distance from its county seat (距X县城)', lead('白沙镇2023年法治政府建设工作报告', '白沙镇距平远县城12公里。2023年，我镇坚持依法行政。'), m('白沙镇人民政府', '平远县白沙镇', TOWN, 2023)],
  ['a town placed by its distance from its county-level city\'s centre', lead('坪山镇2023年度法治政府建设情况报告', '坪山镇距离南康市区25公里，辖12个行政村。2023年，我镇坚持依法行政。'), m('坪山镇人民政府', '南康市坪山镇', TOWN, 2023)],
  ['a town under its county\'s portal and a breadcrumb', `石门县人民政府门户网站\n首页 > 乡镇街道 > 新关镇\n新关镇2023年法治政府建设年度报告\n2023年，我镇坚持依法行政。${WORK}`, m('新关镇人民政府', '石门县新关镇', TOWN, 2023)],
  ['a town 坐落于 its district, traditional', T(lead('龍潭鎮2023年法治政府建設工作報告', '龍潭鎮坐落於永定區北部。2023年，我鎮堅持依法行政。')), m('龙潭镇人民政府', '永定区龙潭镇', TOWN, 2023)],
  ['a town 位于 its province, city and district', lead('龙门镇2023年度法治政府建设报告', '龙门镇位于浙江省杭州市富阳区西南部。2023年，我镇坚持依法行政。'), m('龙门镇人民政府', '浙江省杭州市富阳区龙门镇', TOWN, 2023)],
  ['我镇 地处 its county, the town named in the title', lead('本庄镇2023年法治政府建设工作报告', '我镇地处石阡县东北部。2023年，我镇坚持依法行政。'), m('本庄镇人民政府', '石阡县本庄镇', TOWN, 2023)],
  ['near miss: a town that is some distance from another county', lead('茶亭镇2023年度法治政府建设报告', '2023年，我镇与距离我镇30公里的邻县安远县开展边界联调。茶亭镇坚持依法行政。'), m('茶亭镇人民政府', '茶亭镇', TOWN, 2023)],
  ['a street whose district is 区 alone, led by 区委、区政府', lead('东湖街道2023年法治政府建设工作报告', '2023年，在区委、区政府的领导下，东湖街道坚持依法行政。'), m('东湖街道办事处', '东湖街道', '街道', 2023)],
]

/** The year when the title states none, and a report's year against its publication's. */
const YEARS: [string, string, Meta][] = [
  ['本年度 with a publication date of the next spring', `发布日期：2024-02-18\n瑞昌市司法局本年度法治政府建设工作报告\n本年度，我局坚持依法行政。${WORK}`, m('瑞昌市司法局', '瑞昌市', '司法行政', 2023)],
  ['今年以来 with a publication date of the next January', `发布时间：2024-01-15 09:30\n修水县林业局法治政府建设工作报告\n今年以来，我局坚持依法治林。${WORK}`, m('修水县林业局', '修水县', '林业', 2023)],
  ['今年以来 with a publication date in December', `发布时间：2023-12-20\n修水县水利局法治政府建设情况报告\n今年以来，我局坚持依法治水。${WORK}`, m('修水县水利局', '修水县', '水利', 2023)],
  ['a summary and next year\'s plan joined by 和', own('永修县2023年法治政府建设工作总结和2024年工作打算', '我县'), m('永修县人民政府', '永修县', COUNTY, 2023)],
  ['next year\'s plan named before the summary', own('靖安县司法局2024年法治政府建设工作打算及2023年工作总结', '我局'), m('靖安县司法局', '靖安县', '司法行政', 2023)],
  ['a summary 暨 next year\'s thinking, traditional', T(own('奉新縣財政局2023年法治政府建設工作總結暨2024年工作思路', '我局')), m('奉新县财政局', '奉新县', '财政', 2023)],
  ['a 十四五 plan\'s year of implementation in the title', own('都昌县“十四五”法治政府建设规划2023年度实施情况报告', '我县'), m('都昌县人民政府', '都昌县', COUNTY, 2023)],
  ['a 十四五 span in brackets before the year', own('湖口县法治政府建设实施方案（2021—2025年）2023年度落实情况报告', '我县'), m('湖口县人民政府', '湖口县', COUNTY, 2023)],
  ['a span of two years in the title', own('彭泽县司法局2022—2023年度法治政府建设工作报告', '我局'), m('彭泽县司法局', '彭泽县', '司法行政', 2023)],
  ['a fiscal year\'s 决算 line beside a bare title', lead('德安县审计局法治政府建设年度报告', '2023年，我局坚持依法审计。全年完成2022年度县本级财政决算审计。'), m('德安县审计局', '德安县', '审计', 2023)],
  ['a congress session\'s number and its date, no year of the report', `关于法治政府建设工作情况的报告\n——2024年1月10日在星子县第十八届人民代表大会第四次会议上\n星子县人民政府\n各位代表：\n一年来，县政府坚持依法行政。${WORK}`, m('星子县人民政府', '星子县', COUNTY, 2023)],
  ['a congress session\'s number alone: no year', `关于法治政府建设工作情况的报告\n——在濂溪区第二届人民代表大会常务委员会第十五次会议上\n濂溪区人民政府\n主任、各位副主任、各位委员：\n一年来，区政府坚持依法行政。${WORK}`, m('濂溪区人民政府', '濂溪区', COUNTY, null)],
  ['a title\'s year against a publication year after it', `发布时间：2025-01-20\n柴桑区应急管理局2024年法治政府建设年度报告\n2024年，我局坚持依法行政。${WORK}`, m('柴桑区应急管理局', '柴桑区', '应急管理', 2024)],
  ['一年来 with a signature date of the next January', `武宁县统计局法治政府建设工作报告\n一年来，我局坚持依法统计。${WORK}\n\n武宁县统计局\n2024年1月12日`, m('武宁县统计局', '武宁县', '统计', 2023)],
  ['上年度 in a report dated early the next year', `浔阳区商务局关于上年度法治政府建设情况的报告\n现将上年度法治政府建设情况报告如下。${WORK}\n\n浔阳区商务局\n2024年2月1日`, m('浔阳区商务局', '浔阳区', '商务', 2023)],
  ['the year as the first year of a plan (2023年是…开局之年)', lead('分宜县法治政府建设年度报告', '2023年是全面贯彻党的二十大精神的开局之年，我县坚持依法行政。'), m('分宜县人民政府', '分宜县', COUNTY, 2023)],
  ['截至 the year\'s end in the lead', lead('渝水区人社局法治政府建设工作报告', '截至2023年底，渝水区人力资源和社会保障局共办理劳动保障监察案件46件。'), m('渝水区人力资源和社会保障局', '渝水区', '人力资源社会保障', 2023)],
  ['next year in the plan heading, the year only by a signature date', `芦溪县交通运输局法治政府建设工作报告\n过去一年，我局坚持依法治路。${WORK}\n四、2024年工作计划\n2024年，我局将继续推进依法行政。\n\n芦溪县交通运输局\n2024年1月8日`, m('芦溪县交通运输局', '芦溪县', '交通', 2023)],
  ['本年度 alone, no date anywhere: no year', lead('上栗县民政局本年度法治政府建设工作报告', '本年度，我局坚持依法行政。'), m('上栗县民政局', '上栗县', '民政', null)],
  ['a working year from November to October', lead('莲花县法治政府建设工作报告', '2022年11月至2023年10月，莲花县人民政府坚持依法行政。'), m('莲花县人民政府', '莲花县', COUNTY, 2023)],
  ['the year in Chinese numerals in the lead, no title year', lead('安源区司法局法治政府建设工作报告', '二〇二三年，我局坚持依法行政。'), m('安源区司法局', '安源区', '司法行政', 2023)],
  ['a published date in the last two months with 本年度', `发布日期：2023-11-28\n湘东区医疗保障局本年度法治政府建设情况报告\n本年度，我局坚持依法行政。${WORK}`, m('湘东区医疗保障局', '湘东区', '医疗保障', 2023)],
  ['the previous year\'s assessment beside 今年以来 and a spring date', `发布时间：2024-03-01\n铜鼓县文化广电新闻出版旅游局法治政府建设报告\n今年以来，我局在2022年度全市法治政府建设考核中获评优秀的基础上，坚持依法行政。${WORK}`, m('铜鼓县文化广电新闻出版旅游局', '铜鼓县', '文化旅游', 2023)],
  ['a title year in traditional numerals', T(own('宜豐縣二〇二三年度法治政府建設情況報告', '我縣')), m('宜丰县人民政府', '宜丰县', COUNTY, 2023)],
  ['a plan\'s year in its document title, the report\'s year in the lead', lead('高安市法治政府建设工作报告', '2023年，我市认真落实《高安市2024年法治政府建设工作要点》的准备工作，坚持依法行政。'), m('高安市人民政府', '高安市', COUNTY, 2023)],
  ['a report year and a publication year both in chrome', `来源：万载县司法局　发布时间：2024-02-05\n万载县司法局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('万载县司法局', '万载县', '司法行政', 2023)],
]

/** More regions and years in other wording. */
const MORE: [string, string, Meta][] = [
  ['a town of a county-level city under its prefecture in its title', own('宜春市樟树市临江镇2023年法治政府建设工作报告', '我镇'), m('临江镇人民政府', '宜春市樟树市临江镇', TOWN, 2023)],
  ['a street addressing a county-level city named 共青城市', `茶山街道关于2023年度法治政府建设情况的报告\n共青城市人民政府：\n2023年，我街道坚持依法行政。${WORK}`, m('茶山街道办事处', '共青城市茶山街道', '街道', 2023)],
  ['a county-level city bureau, its prefecture\'s bureau in the addressee', `关于2023年度法治政府建设情况的报告\n九江市司法局、庐山市人民政府：\n2023年，庐山市司法局坚持依法行政。${WORK}`, m('庐山市司法局', '九江市庐山市', '司法行政', 2023)],
  ['a high-tech zone\'s committee written after its city', own('南昌市南昌高新技术产业开发区管委会2023年度法治政府建设情况报告', '管委会'), m('南昌高新技术产业开发区管理委员会', '南昌高新技术产业开发区', COUNTY, 2023)],
  ['a 新区 department under its municipality', own('重庆市两江新区城市管理局2023年度法治政府建设工作报告', '我局'), m('两江新区城市管理局', '重庆市两江新区', '城市管理', 2023)],
  ['今年以来 alone, no date: no year', lead('南丰县市场监管局法治政府建设工作报告', '今年以来，我局坚持依法行政。'), m('南丰县市场监督管理局', '南丰县', '市场监管', null)],
  ['a closing date of year and month alone', `黎川县卫生健康委员会法治政府建设工作报告\n一年来，我委坚持依法行政。${WORK}\n\n2024年1月`, m('黎川县卫生健康委员会', '黎川县', '卫生健康', 2023)],
  ['a summary 及 next year\'s plan, traditional', T(own('資溪縣交通運輸局2023年工作總結及2024年工作計劃', '我局')), m('资溪县交通运输局', '资溪县', '交通', 2023)],
  ['a 十四五 mid-term review, the year in the lead', own('金溪县“十四五”法治政府建设规划中期评估报告', '我县'), m('金溪县人民政府', '金溪县', COUNTY, 2023)],
  ['a congress session line with its date, 一年来 in the body', `关于2023年度法治政府建设情况的报告\n——2024年2月在宜黄县第十八届人民代表大会常务委员会第十六次会议上\n宜黄县司法局局长　章某某\n主任、各位副主任、各位委员：\n受县人民政府委托，现将一年来全县法治政府建设情况报告如下。${WORK}`, m('宜黄县人民政府', '宜黄县', COUNTY, 2023)],
  ['a report year after the author in the lead, no title year', lead('乐安县司法局法治政府建设年度报告', '乐安县司法局2023年度法治政府建设工作情况如下。'), m('乐安县司法局', '乐安县', '司法行政', 2023)],
  ['上一年度 with a publication date of the next January', `发布时间：2024-01-30\n崇仁县水利局关于上一年度法治政府建设工作的报告\n上一年度，我局坚持依法治水。${WORK}`, m('崇仁县水利局', '崇仁县', '水利', 2023)],
  ['a closing date in Chinese numerals', `南城县林业局法治政府建设工作报告\n一年来，我局坚持依法治林。${WORK}\n\n南城县林业局\n二〇二四年一月十五日`, m('南城县林业局', '南城县', '林业', 2023)],
  ['a document number of the next year only: no year', `南城县司法局文件\n南司字〔2024〕3号\n南城县司法局法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}`, m('南城县司法局', '南城县', '司法行政', null)],
]

export const CASES_54B: [string, string, Meta][] = [...UNDER_PREFECTURE, ...CITY_ZONES, ...TOWN_PLACES, ...YEARS, ...MORE]

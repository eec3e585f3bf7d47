/**
 * Openings for ./regionForms50.test.ts (region50), weighted to the REGION chain at the lowest levels: towns (镇/乡/民族乡), streets
 * (街道办事处), county bureaus and county governments whose place chain is stated in the title (省市县镇), split between a chrome row
 * and the title, in a body sentence (位于/隶属于/地处/距X县城/辖N个村), by a higher body named in the body (在X县委、县政府的领导下,
 * 按照X县委…部署), by abbreviations (本县/全县/我市), beside a namesake place of another province (结对帮扶, 考察学习), under a
 * 县级市 or a city's 区, in autonomous prefectures and banners, and in traditional script. Each opening is invented (real kinds of
 * organ and place, made-up wording and figures); none is a corpus item's text.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

export const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}坚持依法行政，推进各项工作法治化。${WORK}`
export const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
export const chrome = (row: string, title: string, first: string) => `${row}\n${title}\n${first}${WORK}`
const T = (s: string) => toTraditional(s)
const TOWN = '乡镇政府'
const STREET = '街道'
const GOV = '区县政府'

/** The chain in the title, whole or from the city or the county down. */
const TITLES: [string, string, Meta][] = [
  ['a town under province, city and county in its title', own('浙江省湖州市德清县新市镇人民政府2023年度法治政府建设工作报告', '我镇'), m('新市镇人民政府', '浙江省湖州市德清县新市镇', TOWN, 2023)],
  ['a street under province, city and district in its title', own('四川省成都市新都区三河街道办事处2022年法治政府建设工作报告', '我街道', 2022), m('三河街道办事处', '四川省成都市新都区三河街道', STREET, 2022)],
  ['a street under city and district in its title', own('宜昌市夷陵区小溪塔街道办事处关于2023年度法治政府建设情况的报告', '街道'), m('小溪塔街道办事处', '宜昌市夷陵区小溪塔街道', STREET, 2023)],
  ['a town of a county-level city in its title', own('诸暨市店口镇人民政府2024年度法治政府建设情况报告', '我镇', 2024), m('店口镇人民政府', '诸暨市店口镇', TOWN, 2024)],
  ['a town named without 人民政府 under its county', own('岳西县五河镇2023年法治政府建设工作总结', '我镇'), m('五河镇人民政府', '岳西县五河镇', TOWN, 2023)],
  ['a township under its county in its title', own('平江县加义镇人民政府2022年度法治建设工作报告', '我镇', 2022), m('加义镇人民政府', '平江县加义镇', TOWN, 2022)],
  ['an ethnic township under an autonomous county', own('隆林各族自治县德峨镇人民政府2023年度法治政府建设工作报告', '我镇'), m('德峨镇人民政府', '隆林各族自治县德峨镇', TOWN, 2023)],
  ['a 民族乡 under a county and its city', own('遵义市务川仡佬族苗族自治县丰乐镇人民政府2023年度法治政府建设情况报告', '我镇'), m('丰乐镇人民政府', '遵义市务川仡佬族苗族自治县丰乐镇', TOWN, 2023)],
  ['a county bureau under province and city in its title', own('福建省龙岩市长汀县司法局2023年度法治政府建设工作报告', '我局'), m('长汀县司法局', '福建省龙岩市长汀县', '司法行政', 2023)],
  ['a county-level city\'s government under province and city', own('湖北省宜昌市枝江市人民政府关于2023年度法治政府建设情况的报告', '我市'), m('枝江市人民政府', '湖北省宜昌市枝江市', GOV, 2023)],
  ['a district bureau under its city in its title', own('株洲市渌口区农业农村局2023年度法治政府建设工作报告', '我局'), m('渌口区农业农村局', '株洲市渌口区', '农业农村', 2023)],
  ['a town under a banner and league in its title', own('内蒙古自治区鄂尔多斯市伊金霍洛旗乌兰木伦镇人民政府2023年度法治政府建设工作报告', '我镇'), m('乌兰木伦镇人民政府', '内蒙古自治区鄂尔多斯市伊金霍洛旗乌兰木伦镇', TOWN, 2023)],
  ['a street under an autonomous prefecture\'s county-level city', own('恩施土家族苗族自治州利川市都亭街道办事处2022年度法治政府建设工作报告', '我街道', 2022), m('都亭街道办事处', '恩施土家族苗族自治州利川市都亭街道', STREET, 2022)],
  ['a town under a prefecture\'s short 州 and its county', own('阿坝州汶川县映秀镇人民政府2023年度法治政府建设情况报告', '我镇'), m('映秀镇人民政府', '阿坝州汶川县映秀镇', TOWN, 2023)],
  ['a 苏木 under its banner', own('阿鲁科尔沁旗巴彦温都尔苏木2023年度法治政府建设工作报告', '我苏木'), m('巴彦温都尔苏木人民政府', '阿鲁科尔沁旗巴彦温都尔苏木', TOWN, 2023)],
]

/** A chrome row and the title share the chain, or the chrome row names only a publisher. */
const CHROME: [string, string, Meta][] = [
  ['a 发布机构 row writing county and town over a bare title', chrome('发布机构：长兴县泗安镇　发布日期：2024-02-05', '2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('泗安镇人民政府', '长兴县泗安镇', TOWN, 2023)],
  ['a 来源 row writing the city, county and town over a bare title', chrome('来源：南平市浦城县富岭镇人民政府　浏览次数：211', '关于2023年法治政府建设情况的报告', '2023年，我镇坚持依法行政。'), m('富岭镇人民政府', '南平市浦城县富岭镇', TOWN, 2023)],
  ['a 来源 row naming only the county\'s government over a town\'s title', chrome('来源：永春县人民政府　时间：2024-01-26', '岵山镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('岵山镇人民政府', '永春县岵山镇', TOWN, 2023)],
  ['a 信息来源 row of the street over a district\'s portal', chrome('崇川区人民政府门户网站　信息来源：崇川区和平桥街道', '和平桥街道2023年法治政府建设情况报告', '2023年，街道坚持依法行政。'), m('和平桥街道办事处', '崇川区和平桥街道', STREET, 2023)],
  ['a county bureau whose 来源 row writes its city before the county', chrome('来源：龙岩市连城县教育局', '连城县教育局2023年度法治政府建设工作报告', '2023年，我局坚持依法治教。'), m('连城县教育局', '龙岩市连城县', '教育', 2023)],
  ['a county government\'s 发布机构 row with its province', chrome('发布机构：甘肃省临夏州永靖县人民政府', '永靖县2023年度法治政府建设情况报告', '2023年，我县坚持依法行政。'), m('永靖县人民政府', '甘肃省临夏州永靖县', GOV, 2023)],
]

/** A body sentence says where the author lies, or only how large it is. */
const BODY: [string, string, Meta][] = [
  ['a town that says it lies in the east of its county', lead('汤口镇人民政府2023年法治政府建设工作报告', '汤口镇位于黄山区东南部，2023年，我镇坚持依法行政。'), m('汤口镇人民政府', '黄山区汤口镇', TOWN, 2023)],
  ['a town that says it belongs to its county', lead('2023年度法治政府建设工作报告', '大溪镇隶属于温岭市，2023年，我镇坚持依法行政，推进基层治理法治化。'), m('大溪镇人民政府', '温岭市大溪镇', TOWN, 2023)],
  ['a street that says it lies in its district\'s old town', lead('西大街街道办事处2022年度法治政府建设情况报告', '西大街街道地处碑林区老城核心区，2022年，街道坚持依法行政。'), m('西大街街道办事处', '碑林区西大街街道', STREET, 2022)],
  ['a town placed by its distance from its county\'s seat', lead('黄坛镇2023年法治政府建设工作报告', '黄坛镇距宁海县城18公里，辖27个行政村。2023年，我镇坚持依法行政。'), m('黄坛镇人民政府', '宁海县黄坛镇', TOWN, 2023)],
  ['a town that only counts its villages and area', lead('龙泉镇人民政府2023年度法治政府建设工作报告', '龙泉镇辖12个行政村、2个社区，总面积86平方公里。2023年，我镇坚持依法行政。'), m('龙泉镇人民政府', '龙泉镇', TOWN, 2023)],
  ['a town whose own sentence names its county\'s county-level city and city', lead('虎门镇2024年度法治政府建设情况报告', '我镇地处东莞市西南部，2024年，我镇坚持依法行政。'), m('虎门镇人民政府', '东莞市虎门镇', TOWN, 2024)],
  ['a township placed 位于 its county after its own 我乡', lead('2022年度法治政府建设工作报告', '我乡位于会泽县东北部，2022年，乡党委、乡政府坚持依法行政。大桥乡将法治建设纳入全乡发展总体规划。'), m('大桥乡人民政府', '会泽县大桥乡', TOWN, 2022)],
  ['a county government that says it lies in its city', lead('永定区人民政府2023年度法治政府建设情况报告', '永定区地处张家界市中部，2023年，全区坚持依法行政。'), m('永定区人民政府', '张家界市永定区', GOV, 2023)],
  ['a county bureau whose county says it belongs to an autonomous prefecture', lead('泸定县市场监督管理局2023年度法治政府建设工作报告', '泸定县隶属于甘孜藏族自治州。2023年，我局坚持依法行政。'), m('泸定县市场监督管理局', '甘孜藏族自治州泸定县', '市场监管', 2023)],
  ['a street that says it belongs to its city and district', lead('齐贤街道2023年度法治政府建设情况报告', '齐贤街道隶属绍兴市柯桥区，2023年，街道坚持依法行政。'), m('齐贤街道办事处', '绍兴市柯桥区齐贤街道', STREET, 2023)],
  ['a town placed by its distance from the county seat and a city\'s urban area', lead('大佳何镇人民政府2023年度法治政府建设工作报告', '我镇距离县城15公里，距宁波市区60公里。2023年，我镇坚持依法行政。'), m('大佳何镇人民政府', '大佳何镇', TOWN, 2023)],
  ['a street that says it belongs to a city with no districts', lead('南朗街道2023年法治政府建设工作报告', '南朗街道隶属中山市，2023年，街道坚持依法行政。'), m('南朗街道办事处', '中山市南朗街道', STREET, 2023)],
  ['a town near a scenic spot that lies in another county', lead('茅坪镇人民政府2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，配合位于秭归县的景区开展联合执法。'), m('茅坪镇人民政府', '茅坪镇', TOWN, 2023)],
]

/** A higher body named in the body: a town's county as its governing body, a county's city as its superior. */
const SUPERIORS: [string, string, Meta][] = [
  ['a town led by its county\'s committee and government', lead('坎门街道2023年度法治政府建设工作报告', '2023年，在玉环市委、市政府的坚强领导下，坎门街道坚持依法行政。'), m('坎门街道办事处', '玉环市坎门街道', STREET, 2023)],
  ['a town carrying out its county\'s deployment', lead('梅溪镇人民政府2023年法治政府建设情况报告', '2023年，我镇按照安吉县委、县政府的部署，坚持依法行政。'), m('梅溪镇人民政府', '安吉县梅溪镇', TOWN, 2023)],
  ['a town led by an unnamed county committee', lead('城南镇人民政府2023年度法治政府建设工作报告', '2023年，在县委、县政府的坚强领导下，我镇坚持依法行政。'), m('城南镇人民政府', '城南镇', TOWN, 2023)],
  ['a county bureau led by its city\'s committee (a superior named apart)', lead('宁海县交通运输局2023年度法治政府建设工作报告', '2023年，在宁波市委、市政府和县委、县政府的坚强领导下，我局坚持依法行政。'), m('宁海县交通运输局', '宁海县', '交通', 2023)],
  ['a town whose addressee is its district\'s government', `关于2023年度法治政府建设情况的报告\n黄陂区人民政府：\n2023年，祁家湾街道坚持依法行政。${WORK}`, m('祁家湾街道办事处', '黄陂区祁家湾街道', STREET, 2023)],
  ['a town guided by its county\'s rule-of-law office', lead('石门镇2023年度法治政府建设工作总结', '2023年，在东至县委全面依法治县委员会办公室的指导下，我镇坚持依法行政。'), m('石门镇人民政府', '东至县石门镇', TOWN, 2023)],
  ['a street led by its district\'s committee written with its city', lead('南苑街道2024年度法治政府建设情况报告', '2024年，在杭州市临平区委、区政府的坚强领导下，街道坚持依法行政。'), m('南苑街道办事处', '杭州市临平区南苑街道', STREET, 2024)],
  ['a county government led by its province\'s committee', lead('屏南县人民政府关于2023年度法治政府建设情况的报告', '2023年，在省委、省政府和宁德市委、市政府的坚强领导下，全县坚持依法行政。'), m('屏南县人民政府', '屏南县', GOV, 2023)],
]

/** Abbreviations for the place (本县, 全县, 我市, 我区) and namesakes of other provinces beside the author. */
const SHORT: [string, string, Meta][] = [
  ['a county government calling itself 本县', own('长汀县2023年法治政府建设工作报告', '本县'), m('长汀县人民政府', '长汀县', GOV, 2023)],
  ['a county-level city calling itself 我市', own('瑞安市人民政府2023年度法治政府建设情况报告', '我市'), m('瑞安市人民政府', '瑞安市', GOV, 2023)],
  ['a county bureau abbreviated 县X局 under its county\'s 来源 row', chrome('来源：通山县人民政府', '县林业局2023年度法治政府建设工作报告', '2023年，县林业局坚持依法行政。'), m('通山县林业局', '通山县', '林业', 2023)],
  ['a street of a municipality\'s district in its title', own('重庆市渝中区解放碑街道办事处2023年度法治政府建设工作报告', '街道'), m('解放碑街道办事处', '重庆市渝中区解放碑街道', STREET, 2023)],
  ['a district\'s bureau abbreviated 区X局 with its city and district in a document', lead('2023年度法治政府建设工作报告', '2023年，区司法局认真落实《岳阳市云溪区法治政府建设实施方案》，坚持依法行政。'), m('云溪区司法局', '岳阳市云溪区', '司法行政', 2023)],
  ['a town paired with a namesake town of another province', lead('太平镇人民政府2023年度法治政府建设工作报告', '2023年，我镇与广东省东莞市虎门镇结对帮扶，坚持依法行政。'), m('太平镇人民政府', '太平镇', TOWN, 2023)],
  ['a town visiting a town of another province to learn', lead('城关镇2023年法治政府建设工作报告', '2023年，我镇赴江苏省昆山市千灯镇考察学习基层治理经验，坚持依法行政。'), m('城关镇人民政府', '城关镇', TOWN, 2023)],
  ['a county helped by a district of another province', lead('台江县人民政府2023年度法治政府建设情况报告', '2023年，我县与浙江省杭州市余杭区开展对口帮扶，坚持依法行政。'), m('台江县人民政府', '台江县', GOV, 2023)],
  ['a street with its own chain beside a namesake partner', lead('2023年度法治政府建设工作报告', '2023年，南京市玄武区新街口街道坚持依法行政，与上海市黄浦区南京东路街道开展交流。'), m('新街口街道办事处', '南京市玄武区新街口街道', STREET, 2023)],
  ['a town of a district with a namesake district\'s street as partner', lead('南京路街道2022年度法治政府建设情况报告', '2022年，我街道与天津市和平区南京路街道签订合作协议，坚持依法行政。'), m('南京路街道办事处', '南京路街道', STREET, 2022)],
]

/** Traditional script over the forms above. */
const TRADITIONAL: [string, string, Meta][] = [
  ['traditional: a town under its county in its title', T(own('德化县龙浔镇人民政府2023年度法治政府建设工作报告', '我镇')), m('龙浔镇人民政府', '德化县龙浔镇', TOWN, 2023)],
  ['traditional: a street under city and district', T(own('广州市黄埔区鱼珠街道办事处2022年度法治政府建设情况报告', '街道', 2022)), m('鱼珠街道办事处', '广州市黄埔区鱼珠街道', STREET, 2022)],
  ['traditional: a town that says it lies in its county', T(lead('双峰镇2023年法治政府建设工作报告', '双峰镇位于蒲城县西部，2023年，我镇坚持依法行政。')), m('双峰镇人民政府', '蒲城县双峰镇', TOWN, 2023)],
  ['traditional: a town led by its county\'s committee', T(lead('南山镇人民政府2023年度法治政府建设工作报告', '2023年，在巫山县委、县政府的坚强领导下，我镇坚持依法行政。')), m('南山镇人民政府', '巫山县南山镇', TOWN, 2023)],
  ['traditional: a county bureau under province and city', T(own('广东省梅州市蕉岭县民政局2023年度法治政府建设工作报告', '我局')), m('蕉岭县民政局', '广东省梅州市蕉岭县', '民政', 2023)],
  ['traditional: a county government that says it lies in its city', T(lead('青田县人民政府2023年度法治政府建设情况报告', '青田县地处丽水市东南部，2023年，全县坚持依法行政。')), m('青田县人民政府', '丽水市青田县', GOV, 2023)],
  ['traditional: a 发布机构 row writing county and town', T(chrome('发布机构：松阳县大东坝镇', '2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。')), m('大东坝镇人民政府', '松阳县大东坝镇', TOWN, 2023)],
  ['traditional: a town paired with a namesake of another province', T(lead('新安镇人民政府2023年度法治政府建设工作报告', '2023年，我镇与河南省洛阳市新安县结对交流，坚持依法行政。')), m('新安镇人民政府', '新安镇', TOWN, 2023)],
]

/** Written after the first run, before the rules for 隶属, 距X县城 and cities with no counties: the forms in new wording, near misses. */
const AFTER: [string, string, Meta][] = [
  ['a township that says 隶属 after its own 我乡', lead('2024年度法治政府建设工作报告', '我乡隶属于沐川县，2024年，大楠乡坚持依法行政。'), m('大楠乡人民政府', '沐川县大楠乡', TOWN, 2024)],
  ['a town that says its distance from its county-level city\'s urban area', lead('枫桥镇人民政府2023年度法治政府建设情况报告', '枫桥镇距诸暨市区25公里，2023年，我镇坚持依法行政。'), m('枫桥镇人民政府', '诸暨市枫桥镇', TOWN, 2023)],
  ['a town led by the committee of a city with no districts', lead('黄圃镇2023年度法治政府建设工作报告', '2023年，在中山市委、市政府的坚强领导下，我镇坚持依法行政。'), m('黄圃镇人民政府', '中山市黄圃镇', TOWN, 2023)],
  ['near miss: a body 隶属 a county that another serves', lead('新丰镇人民政府2023年度法治政府建设工作报告', '2023年，我镇协助隶属于嘉善县的水务公司完成管网改造，坚持依法行政。'), m('新丰镇人民政府', '新丰镇', TOWN, 2023)],
  ['near miss: a town\'s distance from an airport and a prefecture city', lead('瓜沥镇2023年度法治政府建设工作报告', '瓜沥镇距杭州萧山国际机场8公里，距杭州市区30公里。2023年，我镇坚持依法行政。'), m('瓜沥镇人民政府', '瓜沥镇', TOWN, 2023)],
  ['near miss: a town that says it lies in a city with districts', lead('良渚街道2023年法治政府建设情况报告', '良渚街道位于杭州市北部，2023年，街道坚持依法行政。'), m('良渚街道办事处', '良渚街道', STREET, 2023)],
]

/**
 * The second batch, written after the rules above were committed and run once before any further rule: towns calling themselves
 * their county's 大镇 or 辖镇, a one-character county's seat, a town's county in a 抄送/抄报 line, a town named with its county
 * in the lead, a county's own town named in a county report, signatures, traditional forms of the new rules.
 */
const SECOND: [string, string, Meta][] = [
  ['a town that calls itself its county\'s largest town', lead('白沙镇人民政府2023年度法治政府建设工作报告', '白沙镇是鄱阳县人口第一大镇，2023年，我镇坚持依法行政。'), m('白沙镇人民政府', '鄱阳县白沙镇', TOWN, 2023)],
  ['a town that calls itself a 辖镇 of its county', lead('2023年度法治政府建设工作报告', '洪山镇为宁都县辖镇，2023年，我镇坚持依法行政，推进基层治理法治化。'), m('洪山镇人民政府', '宁都县洪山镇', TOWN, 2023)],
  ['a town\'s distance from a one-character county\'s seat', lead('清溪镇人民政府2023年度法治政府建设工作报告', '清溪镇距渠县县城32公里，2023年，我镇坚持依法行政。'), m('清溪镇人民政府', '渠县清溪镇', TOWN, 2023)],
  ['a town named with its county in the lead', lead('2023年度法治政府建设工作报告', '2023年，仙居县白塔镇坚持依法行政，推进基层治理法治化。'), m('白塔镇人民政府', '仙居县白塔镇', TOWN, 2023)],
  ['a town whose 抄送 line names its county\'s rule-of-law office', `${lead('朱溪镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。')}\n\n朱溪镇人民政府\n2024年1月12日\n抄送：仙居县委依法治县办。`, m('朱溪镇人民政府', '仙居县朱溪镇', TOWN, 2023)],
  ['a street signed under its district\'s government', `2023年度法治政府建设工作报告\n2023年，街道坚持依法行政。${WORK}\n\n黄岩区人民政府东城街道办事处\n2024年1月15日`, m('东城街道办事处', '黄岩区东城街道', STREET, 2023)],
  ['a county government naming one of its towns in the lead', lead('天台县人民政府2023年度法治政府建设情况报告', '2023年，全县坚持依法行政，平桥镇入选省级法治乡镇。'), m('天台县人民政府', '天台县', GOV, 2023)],
  ['a county bureau whose county says it lies in a 地区', lead('墨玉县司法局2023年度法治政府建设工作报告', '墨玉县地处和田地区西北部，2023年，我局坚持依法行政。'), m('墨玉县司法局', '和田地区墨玉县', '司法行政', 2023)],
  ['a banner\'s 苏木 that says it lies in its banner', lead('2023年度法治政府建设工作报告', '查干诺尔苏木位于阿巴嘎旗东部，2023年，我苏木坚持依法行政。'), m('查干诺尔苏木人民政府', '阿巴嘎旗查干诺尔苏木', TOWN, 2023)],
  ['a town of a city with no counties in its title', own('东莞市塘厦镇人民政府2023年度法治政府建设工作报告', '我镇'), m('塘厦镇人民政府', '东莞市塘厦镇', TOWN, 2023)],
  ['a street of a city with no counties led by its committee, its province before it', lead('石岐街道2024年法治政府建设工作报告', '2024年，在广东省中山市委、市政府的坚强领导下，街道坚持依法行政。'), m('石岐街道办事处', '广东省中山市石岐街道', STREET, 2024)],
  ['near miss: a town led by a prefecture city\'s committee', lead('丁桥镇2023年度法治政府建设工作报告', '2023年，在嘉兴市委、市政府的坚强领导下，我镇坚持依法行政。'), m('丁桥镇人民政府', '丁桥镇', TOWN, 2023)],
  ['near miss: a town whose villagers work far from a county', lead('东溪镇人民政府2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，为距綦江区城区较远的村开通流动调解室。'), m('东溪镇人民政府', '东溪镇', TOWN, 2023)],
  ['a street that calls itself its district\'s central street', lead('2023年度法治政府建设情况报告', '城厢街道是荔城区的中心街道，2023年，街道坚持依法行政。'), m('城厢街道办事处', '荔城区城厢街道', STREET, 2023)],
  ['a county led by its province\'s committee written before its own name', lead('2023年度法治政府建设工作报告', '2023年，在浙江省委、省政府的坚强领导下，开化县坚持依法行政。'), m('开化县人民政府', '开化县', GOV, 2023)],
  ['near miss: a town that is its county\'s model, not its town', lead('九都镇人民政府2023年度法治政府建设工作报告', '九都镇是全县民主法治示范村创建的先行者，2023年，我镇坚持依法行政，与永定区湖坑镇是友好乡镇。'), m('九都镇人民政府', '九都镇', TOWN, 2023)],
  ['near miss: a town whose partner is another county\'s town', lead('湖坑镇人民政府2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。南靖县书洋镇是我镇的友好乡镇。'), m('湖坑镇人民政府', '湖坑镇', TOWN, 2023)],
  ['traditional: a town 隶属 its county', T(lead('2023年度法治政府建设工作报告', '龙港镇隶属于苍南县，2023年，我镇坚持依法行政。')), m('龙港镇人民政府', '苍南县龙港镇', TOWN, 2023)],
  ['traditional: a town\'s distance from its county\'s seat', T(lead('黄龙乡人民政府2022年度法治政府建设工作报告', '黄龙乡距嵊泗县城12海里，2022年，我乡坚持依法行政。')), m('黄龙乡人民政府', '嵊泗县黄龙乡', TOWN, 2022)],
  ['traditional: a street of a city with no counties', T(own('中山市小榄镇人民政府2023年度法治政府建设工作报告', '我镇')), m('小榄镇人民政府', '中山市小榄镇', TOWN, 2023)],
]

export const CASES_50: [string, string, Meta][] = [...TITLES, ...CHROME, ...BODY, ...SUPERIORS, ...SHORT, ...TRADITIONAL, ...AFTER, ...SECOND]

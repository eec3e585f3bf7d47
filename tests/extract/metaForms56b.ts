/**
 * Openings for ./metaForms56.test.ts (meta56), first batch, part two: districts and counties of municipalities and sub-provincial
 * cities; leagues, banners, 地区, autonomous prefectures and counties; towns whose county only their text names; provinces written
 * without 省 and 市县两级; traditional openings of the region forms; the author forms left open in rounds 54–55. Invented wording.
 */
import { m, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { chrome, lead } from './regionForms50'
import { GOV, STREET, TOWN, to } from './regionForms52'

const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`

/** Districts and counties of municipalities and sub-provincial cities. */
const MUNICIPAL: [string, string, Meta][] = [
  ['a municipality\'s district bureau', lead('重庆市永川区司法局2023年度法治政府建设情况报告', WE('我局')), m('永川区司法局', '重庆市永川区', '司法行政', 2023)],
  ['a municipality\'s 新区 bureau', lead('上海市浦东新区生态环境局2023年法治政府建设年度报告', WE('我局')), m('浦东新区生态环境局', '上海市浦东新区', '生态环境', 2023)],
  ['a municipality\'s district government after 关于', lead('北京市顺义区人民政府关于2022年度法治政府建设情况的报告', WE('我区', 2022)), m('顺义区人民政府', '北京市顺义区', GOV, 2022)],
  ['a municipality\'s district 城市管理委员会', lead('天津市西青区城市管理委员会2023年度法治政府建设工作报告', WE('我委')), m('西青区城市管理委员会', '天津市西青区', '城市管理', 2023)],
  ['near miss: a municipality\'s district titled bare, 市委 unnamed', lead('沙坪坝区2023年法治政府建设年度报告', '2023年，在市委、市政府的坚强领导下，沙坪坝区坚持依法行政。'), m('沙坪坝区人民政府', '沙坪坝区', GOV, 2023)],
  ['a sub-provincial city\'s district bureau', lead('厦门市思明区卫生健康局2023年度法治政府建设情况报告', WE('我局')), m('思明区卫生健康局', '厦门市思明区', '卫生健康', 2023)],
  ['a sub-provincial city\'s district 退役军人事务局', lead('哈尔滨市道里区退役军人事务局2023年法治政府建设工作报告', WE('我局')), m('道里区退役军人事务局', '哈尔滨市道里区', '退役军人事务', 2023)],
  ['a sub-provincial city\'s street under its district', lead('深圳市南山区招商街道办事处2023年度法治政府建设工作报告', WE('我街道')), m('招商街道办事处', '深圳市南山区招商街道', STREET, 2023)],
  ['a sub-provincial city\'s district government', lead('成都市武侯区人民政府2023年度法治政府建设情况报告', WE('我区')), m('武侯区人民政府', '成都市武侯区', GOV, 2023)],
  ['a sub-provincial city\'s district 应急管理局', lead('大连市金州区应急管理局2023年法治政府建设年度报告', WE('我局')), m('金州区应急管理局', '大连市金州区', '应急管理', 2023)],
  ['a sub-provincial city\'s district in a 关于 title', lead('关于武汉市江岸区2023年度法治政府建设情况的报告', WE('我区')), m('江岸区人民政府', '武汉市江岸区', GOV, 2023)],
  ['a municipality\'s county 农业农村委员会', lead('重庆市城口县农业农村委员会2023年度法治政府建设工作报告', WE('我委')), m('城口县农业农村委员会', '重庆市城口县', '农业农村', 2023)],
  ['a municipality\'s street addressing its district named with the municipality', to('五里店街道2023年度法治政府建设工作报告', '中共重庆市江北区委、重庆市江北区人民政府：', WE('我街道')), m('五里店街道办事处', '重庆市江北区五里店街道', STREET, 2023)],
  ['a sub-provincial city\'s town led by its city and district', lead('径山镇2023年法治政府建设工作报告', '2023年，在杭州市余杭区委、区政府的坚强领导下，我镇坚持依法行政。'), m('径山镇人民政府', '杭州市余杭区径山镇', TOWN, 2023)],
  ['a sub-provincial city\'s district bureau, traditional', T(lead('廣州市天河區司法局2023年度法治政府建設情況報告', WE('我局'))), m('天河区司法局', '广州市天河区', '司法行政', 2023)],
  ['a municipality\'s district bureau, traditional', T(lead('重慶市萬州區城市管理局2023年法治政府建設年度報告', WE('我局'))), m('万州区城市管理局', '重庆市万州区', '城市管理', 2023)],
  ['a sub-provincial city\'s coastal district bureau, traditional', T(lead('寧波市北侖區司法局2023年度法治政府建設工作報告', WE('我局'))), m('北仑区司法局', '宁波市北仑区', '司法行政', 2023)],
]

/** Leagues, banners, 地区, autonomous prefectures and counties. */
const ETHNIC: [string, string, Meta][] = [
  ['a banner bureau under its league', lead('阿拉善盟阿拉善左旗林业和草原局2023年度法治政府建设情况报告', WE('我局')), m('阿拉善左旗林业和草原局', '阿拉善盟阿拉善左旗', '林业', 2023)],
  ['an autonomous banner\'s bureau under its city', lead('呼伦贝尔市鄂温克族自治旗民政局2023年法治政府建设工作报告', WE('我局')), m('鄂温克族自治旗民政局', '呼伦贝尔市鄂温克族自治旗', '民政', 2023)],
  ['a long banner\'s joint letterhead', lead('中共科尔沁左翼中旗委员会　科尔沁左翼中旗人民政府\n关于2023年度法治政府建设情况的报告', WE('我旗')), m('科尔沁左翼中旗人民政府', '科尔沁左翼中旗', GOV, 2023)],
  ['a league\'s 行政公署', lead('兴安盟行政公署关于2023年度法治政府建设情况的报告', WE('我盟')), m('兴安盟行政公署', '兴安盟', '市政府', 2023)],
  ['a 苏木 led by its long banner', lead('宝格都乌拉苏木2023年法治政府建设工作报告', '2023年，在西乌珠穆沁旗委、旗政府的坚强领导下，我苏木坚持依法行政。'), m('宝格都乌拉苏木人民政府', '西乌珠穆沁旗宝格都乌拉苏木', TOWN, 2023)],
  ['an autonomous prefecture\'s government', lead('海西蒙古族藏族自治州人民政府2023年法治政府建设年度报告', WE('我州')), m('海西蒙古族藏族自治州人民政府', '海西蒙古族藏族自治州', '市政府', 2023)],
  ['a county bureau under its province and autonomous prefecture', lead('青海省海西蒙古族藏族自治州都兰县司法局2023年度法治政府建设工作报告', WE('我局')), m('都兰县司法局', '青海省海西蒙古族藏族自治州都兰县', '司法行政', 2023)],
  ['a county-level city\'s bureau under its prefecture\'s short 州', lead('海西州格尔木市自然资源局2023年度法治政府建设情况报告', WE('我局')), m('格尔木市自然资源局', '海西州格尔木市', '自然资源', 2023)],
  ['an autonomous county titled bare', lead('峨边彝族自治县2023年度法治政府建设工作报告', WE('我县')), m('峨边彝族自治县人民政府', '峨边彝族自治县', GOV, 2023)],
  ['an autonomous county\'s bureau under its city', lead('乐山市峨边彝族自治县教育局2023年法治政府建设年度报告', WE('我局')), m('峨边彝族自治县教育局', '乐山市峨边彝族自治县', '教育', 2023)],
  ['an ethnic township led by its autonomous county', lead('同乐苗族乡2023年法治政府建设工作报告', '2023年，在三江侗族自治县委、县政府的领导下，我乡坚持依法行政。'), m('同乐苗族乡人民政府', '三江侗族自治县同乐苗族乡', TOWN, 2023)],
  ['a district bureau under its autonomous region and city', lead('宁夏回族自治区吴忠市利通区司法局2023年度法治政府建设情况报告', WE('我局')), m('利通区司法局', '宁夏回族自治区吴忠市利通区', '司法行政', 2023)],
  ['a 地区\'s 行政公署', lead('喀什地区行政公署2023年法治政府建设年度报告', WE('行署')), m('喀什地区行政公署', '喀什地区', '市政府', 2023)],
  ['a county government under its 地区', lead('和田地区于田县人民政府关于2023年度法治政府建设情况的报告', WE('我县')), m('于田县人民政府', '和田地区于田县', GOV, 2023)],
  ['a banner bureau, traditional', T(lead('扎魯特旗應急管理局2023年度法治政府建設工作報告', WE('我局'))), m('扎鲁特旗应急管理局', '扎鲁特旗', '应急管理', 2023)],
  ['a 州X局 led by its prefecture\'s short 州委', lead('2023年度法治政府建设工作报告', '2023年，在红河州委、州政府的坚强领导下，州司法局坚持依法行政。'), m('红河州司法局', '红河州', '司法行政', 2023)],
  ['a banner bureau under its league, traditional', T(lead('錫林郭勒盟東烏珠穆沁旗司法局2023年法治政府建設年度報告', WE('我局'))), m('东乌珠穆沁旗司法局', '锡林郭勒盟东乌珠穆沁旗', '司法行政', 2023)],
  ['a county-level city\'s bureau under its autonomous prefecture, traditional', T(lead('延邊朝鮮族自治州琿春市民政局2023年度法治政府建設情況報告', WE('我局'))), m('珲春市民政局', '延边朝鲜族自治州珲春市', '民政', 2023)],
]

/** Towns whose county only their text names: a county's document, its deployment, its rule-of-law office. */
const TOWN_TEXT: [string, string, Meta][] = [
  ['a town carrying out its county\'s work points', lead('桥头镇2023年度法治政府建设工作报告', '2023年，我镇认真落实《永嘉县2023年法治政府建设工作要点》，坚持依法行政。'), m('桥头镇人民政府', '永嘉县桥头镇', TOWN, 2023)],
  ['an ethnic town following its county\'s 统一部署', lead('柳城畲族镇2023年法治政府建设工作报告', '2023年，按照武义县委、县政府关于法治建设的统一部署，我镇坚持依法行政。'), m('柳城畲族镇人民政府', '武义县柳城畲族镇', TOWN, 2023)],
  ['near miss: a town visiting another county', lead('洪家镇2023年度法治政府建设工作报告', '2023年，我镇组织干部赴安吉县余村学习考察，坚持依法行政。'), m('洪家镇人民政府', '洪家镇', TOWN, 2023)],
  ['a town carrying out its district\'s plan written with its city', lead('高家镇2023年法治政府建设情况报告', '2023年，我镇对照《衢州市衢江区法治政府建设实施方案》，坚持依法行政。'), m('高家镇人民政府', '衢州市衢江区高家镇', TOWN, 2023)],
  ['a town guided by its county\'s rule-of-law office', lead('新登镇2023年度法治政府建设工作报告', '2023年，在富阳区委、区政府的领导和区委依法治区办的指导下，我镇坚持依法行政。'), m('新登镇人民政府', '富阳区新登镇', TOWN, 2023)],
  ['a street carrying out its district\'s deployment (根据X区…要求)', lead('城南街道2023年法治政府建设工作总结', '2023年，根据椒江区委、区政府的工作要求，我街道坚持依法行政。'), m('城南街道办事处', '椒江区城南街道', STREET, 2023)],
  ['a town addressing its county, traditional', T(to('杜橋鎮2023年度法治政府建設工作報告', '中共臨海市委、臨海市人民政府：', WE('我鎮'))), m('杜桥镇人民政府', '临海市杜桥镇', TOWN, 2023)],
  ['a town that says it lies in its county, traditional', T(lead('新市鎮2023年法治政府建設年度報告', '新市鎮位於德清縣東北部。2023年，我鎮堅持依法行政。')), m('新市镇人民政府', '德清县新市镇', TOWN, 2023)],
]

/** Provinces written without 省, abbreviated levels (市县两级), a county bureau by its 来源 row. */
const SHORT: [string, string, Meta][] = [
  ['a district bureau under its province written without 省', lead('湖北荆州市荆州区司法局2023年度法治政府建设情况报告', WE('我局')), m('荆州区司法局', '湖北省荆州市荆州区', '司法行政', 2023)],
  ['a city titled after its province written without 省', lead('湖北荆州市2023年法治政府建设年度报告', WE('我市')), m('荆州市人民政府', '湖北省荆州市', '市政府', 2023)],
  ['a district bureau under its province and city, 省 left out', lead('广东深圳市龙岗区水务局2023年度法治政府建设工作报告', WE('我局')), m('龙岗区水务局', '广东省深圳市龙岗区', '水利', 2023)],
  ['near miss: a county whose lead names 市县两级', lead('苍南县2023年度法治政府建设工作报告', '2023年，我县在市县两级法治督察中整改问题12个，坚持依法行政。'), m('苍南县人民政府', '苍南县', GOV, 2023)],
  ['near miss: a city bureau whose lead names 市县两级 bodies', lead('湖州市司法局2023年度法治政府建设情况报告', '2023年，市县两级司法行政机关坚持依法行政，我局统筹推进。'), m('湖州市司法局', '湖州市', '司法行政', 2023)],
  ['a 县X局 named by its 来源 row', chrome('来源：浦江县司法局　发布时间：2024-01-19', '2023年度法治政府建设情况报告', '2023年，县司法局坚持依法行政，扎实推进法治建设各项任务。'), m('浦江县司法局', '浦江县', '司法行政', 2023)],
  ['a county bureau under its province written without 省 and its city', lead('浙江丽水市莲都区农业农村局2023年法治政府建设年度报告', WE('我局')), m('莲都区农业农村局', '浙江省丽水市莲都区', '农业农村', 2023)],
  ['a county-level city\'s bureau under its province written without 省', lead('江苏苏州市昆山市商务局2023年度法治政府建设工作报告', WE('我局')), m('昆山市商务局', '江苏省苏州市昆山市', '商务', 2023)],
]

/**
 * The author forms rounds 54–55 left open: a town's name starting with 本, a 消防救援 summary with no author (r52a's label:
 * no author, the province and the field), 截至年底 as the only date, a town named beside 我镇, a street after 一是区.
 */
const LEFT: [string, string, Meta][] = [
  ['a city whose name starts with 本 (本溪市)', lead('本溪市司法局2023年度法治政府建设情况报告', WE('我局')), m('本溪市司法局', '本溪市', '司法行政', 2023)],
  ['an autonomous county whose name starts with 本', lead('本溪满族自治县2023年法治政府建设年度报告', WE('我县')), m('本溪满族自治县人民政府', '本溪满族自治县', GOV, 2023)],
  ['a town whose name starts with 本, after 关于', lead('关于本庄镇2022年度法治政府建设情况的报告', WE('我镇', 2022)), m('本庄镇人民政府', '本庄镇', TOWN, 2022)],
  ['a 消防救援 summary of a province with no author', lead('2022年全省消防工作情况', '2022年，江西全省消防安全形势总体平稳，全省消防救援队伍接警出动4.1万起。'), m(null, '江西省', '消防救援', 2022)],
  ['a 消防救援 summary with 全省消防救援队伍 as its subject', lead('消防工作年度总结', '2023年，全省消防救援队伍深入学习贯彻习近平法治思想，《湖南省消防条例》执法检查有序推进。'), m(null, '湖南省', '消防救援', 2023)],
  ['a bureau whose only date is 截至X年底', lead('法治政府建设工作情况报告', '截至2023年底，我局共有行政执法人员46名，全部持证上岗。天台县交通运输局坚持依法行政。'), m('天台县交通运输局', '天台县', '交通', 2023)],
  ['a three-character town named beside 我镇 after a comma', lead('2023年度法治政府建设工作报告', '2023年，我镇，阿热勒镇，坚持以习近平法治思想为指导，推进依法行政。'), m('阿热勒镇人民政府', '阿热勒镇', TOWN, 2023)],
  ['a street after 一是区 with no lead time', lead('法治政府建设工作总结', '一是区滨江路街道党工委高度重视法治建设，将其纳入年度重点工作。'), m('滨江路街道办事处', '滨江路街道', STREET, null)],
]

/** More chains as texts write them: a county's document, an office address, a letterhead, a 来源 row writing the chain, 林区. */
const MORE: [string, string, Meta][] = [
  ['an autonomous county whose own plan writes its city before it', lead('景宁畲族自治县2023年法治政府建设年度报告', '2023年，我县印发《丽水市景宁畲族自治县法治政府建设实施方案》，坚持依法行政。'), m('景宁畲族自治县人民政府', '丽水市景宁畲族自治县', GOV, 2023)],
  ['a city bureau whose office address writes its province', `${lead('衢州市统计局2023年度法治政府建设情况报告', WE('我局'))}\n\n衢州市统计局\n2024年1月26日\n（地址：浙江省衢州市柯城区花园东大道1号）`, m('衢州市统计局', '浙江省衢州市', '统计', 2023)],
  ['a town titled after its city alone, led by its district', lead('丽水市大港头镇2023年度法治政府建设工作报告', '2023年，在莲都区委、区政府的坚强领导下，我镇坚持依法行政。'), m('大港头镇人民政府', '丽水市莲都区大港头镇', TOWN, 2023)],
  ['a county-level city\'s bureau under its province alone', lead('浙江省义乌市市场监督管理局2023年度法治政府建设情况报告', WE('我局')), m('义乌市市场监督管理局', '浙江省义乌市', '市场监管', 2023)],
  ['a district\'s joint letterhead written with its city', lead('中共温州市瓯海区委　温州市瓯海区人民政府\n关于2023年度法治政府建设情况的报告', WE('我区')), m('瓯海区人民政府', '温州市瓯海区', GOV, 2023)],
  ['a county under a 来源 row writing its city and county', chrome('来源：衢州市常山县人民政府　发布时间：2024-02-02', '常山县2023年度法治政府建设工作报告', WE('我县')), m('常山县人民政府', '衢州市常山县', GOV, 2023)],
  ['a county bureau\'s party letterhead', lead('中共龙游县人力资源和社会保障局党组\n关于2023年度法治政府建设情况的报告', WE('我局')), m('龙游县人力资源和社会保障局', '龙游县', '人力资源社会保障', 2023)],
  ['a municipality\'s 新区 government, traditional', T(lead('天津市濱海新區人民政府關於2023年度法治政府建設情況的報告', WE('我區'))), m('滨海新区人民政府', '天津市滨海新区', GOV, 2023)],
  ['a 林区 titled bare', lead('神农架林区2023年法治政府建设年度报告', WE('我区')), m('神农架林区人民政府', '神农架林区', GOV, 2023)],
  ['near miss: a banner bureau led by its city and 旗委 unnamed', lead('杭锦旗应急管理局2023年度法治政府建设工作报告', '2023年，在鄂尔多斯市委、市政府和旗委、旗政府的坚强领导下，我局坚持依法行政。'), m('杭锦旗应急管理局', '杭锦旗', '应急管理', 2023)],
  ['a town that belongs to its banner', lead('树林召镇2023年法治政府建设工作报告', '我镇隶属于达拉特旗，是旗政府所在地。2023年，我镇坚持依法行政。'), m('树林召镇人民政府', '达拉特旗树林召镇', TOWN, 2023)],
  ['a county-level city in the west of its autonomous prefecture', lead('霍尔果斯市2023年度法治政府建设工作报告', '我市位于伊犁哈萨克自治州西部。2023年，我市坚持依法行政。'), m('霍尔果斯市人民政府', '伊犁哈萨克自治州霍尔果斯市', GOV, 2023)],
  ['a county government\'s general office', lead('开化县人民政府办公室2023年度法治政府建设工作报告', WE('我办')), m('开化县人民政府办公室', '开化县', GOV, 2023)],
  ['a county-level city\'s street led by 市委、市政府 named in full', lead('稠城街道2023年度法治政府建设情况报告', '2023年，在中共义乌市委、义乌市人民政府的坚强领导下，我街道坚持依法行政。'), m('稠城街道办事处', '义乌市稠城街道', STREET, 2023)],
  ['a district town under its sub-provincial city in the title', lead('青岛市黄岛区六汪镇人民政府2023年法治政府建设年度报告', WE('我镇')), m('六汪镇人民政府', '青岛市黄岛区六汪镇', TOWN, 2023)],
  ['a prefecture city\'s bureau under its province, traditional', T(lead('浙江省衢州市交通運輸局2023年度法治政府建設工作報告', WE('我局'))), m('衢州市交通运输局', '浙江省衢州市', '交通', 2023)],
  ['a county bureau under its prefecture\'s short 州 and province', lead('四川省凉山州会理市自然资源局2023年度法治政府建设情况报告', WE('我局')), m('会理市自然资源局', '四川省凉山州会理市', '自然资源', 2023)],
  ['a town of a county whose 县委 is named in a 在…指导下 clause only', lead('大溪镇2023年法治政府建设工作报告', '2023年，在温岭市委依法治市办的精心指导下，我镇坚持依法行政。'), m('大溪镇人民政府', '温岭市大溪镇', TOWN, 2023)],
  ['a banner bureau led by its league\'s short name', lead('阿巴嘎旗司法局2023年度法治政府建设工作报告', '2023年，在锡盟司法局和旗委、旗政府的领导下，我局坚持依法行政。'), m('阿巴嘎旗司法局', '阿巴嘎旗', '司法行政', 2023)],
  ['a county\'s 人民政府 signed under a bare title', `法治政府建设情况报告\n${WE('我县')}\n一、主要工作\n组织集中学法6次。\n\n中共建德市委　建德市人民政府\n2024年1月30日`, m('建德市人民政府', '建德市', GOV, 2023)],
]

export const CASES_56B: [string, string, Meta][] = [...MUNICIPAL, ...ETHNIC, ...TOWN_TEXT, ...SHORT, ...MORE, ...LEFT]

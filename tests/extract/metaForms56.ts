/**
 * Openings for ./metaForms56.test.ts (meta56), first batch, part one, weighted to the REGION: a body whose title names only its own
 * place while its parent stands apart — in a chrome row (来源, 索引号/发布机构, a site's name or breadcrumb), in the addressee line
 * (named or by level alone), in the first sentence (在X市委市政府的坚强领导下, written with or without 、), in a 属/隶属/系/为…所辖
 * sentence — and county-level cities under their prefecture, written together or apart. Invented wording; real and invented places.
 */
import { m, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { chrome, lead } from './regionForms50'
import { GOV, STREET, TOWN, to } from './regionForms52'

const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`

/** The parent only in a chrome row: a county-level author keeps its place alone; a town takes its county's site (townSite34). */
const CHROME: [string, string, Meta][] = [
  ['a county bureau whose 来源 row names its city\'s portal', chrome('来源：金华市人民政府门户网站　发布时间：2024-01-30', '武义县自然资源和规划局2023年度法治政府建设情况报告', WE('我局')), m('武义县自然资源和规划局', '武义县', '自然资源', 2023)],
  ['a county government under an 索引号 row whose 发布机构 is its city\'s office', chrome('索引号：11330700MB1234567X/2024-00321　发布机构：金华市人民政府办公室', '磐安县2023年度法治政府建设情况报告', WE('磐安县')), m('磐安县人民政府', '磐安县', GOV, 2023)],
  ['a county bureau under its city\'s site name and a breadcrumb', chrome('衢州市人民政府\n首页 > 政务公开 > 法治政府建设', '开化县卫生健康局2023年法治政府建设年度报告', WE('我局')), m('开化县卫生健康局', '开化县', '卫生健康', 2023)],
  ['a district bureau on its sub-provincial city\'s portal', chrome('宁波市人民政府门户网站 > 信息公开 > 法治政府建设报告', '鄞州区教育局2023年度法治政府建设工作报告', WE('我局')), m('鄞州区教育局', '鄞州区', '教育', 2023)],
  ['a county-level city\'s bureau on its prefecture\'s site', chrome('来源：江门市人民政府网　浏览次数：312', '台山市人力资源和社会保障局2023年度法治政府建设情况报告', WE('我局')), m('台山市人力资源和社会保障局', '台山市', '人力资源社会保障', 2023)],
  ['a town under its county portal\'s breadcrumb', chrome('首页 > 浦江县人民政府门户网站 > 乡镇街道 > 郑宅镇', '郑宅镇2023年法治政府建设工作报告', WE('我镇')), m('郑宅镇人民政府', '浦江县郑宅镇', TOWN, 2023)],
  ['a town under its county-level city\'s site written with »', chrome('兰溪市人民政府网 » 信息公开 » 乡镇（街道）', '游埠镇2022年度法治政府建设情况报告', WE('我镇', 2022)), m('游埠镇人民政府', '兰溪市游埠镇', TOWN, 2022)],
  ['a town under a 信息来源 row naming its county\'s government', chrome('信息来源：泰顺县人民政府　日期：2024-02-18', '罗阳镇2023年法治政府建设工作总结', WE('我镇')), m('罗阳镇人民政府', '泰顺县罗阳镇', TOWN, 2023)],
  ['near miss: a town on its prefecture city\'s portal', chrome('来源：温州市人民政府门户网站', '雅阳镇2023年度法治政府建设情况报告', WE('我镇')), m('雅阳镇人民政府', '雅阳镇', TOWN, 2023)],
  ['a town whose page title ends in its district\'s portal after |', chrome('慈城镇2023年度法治政府建设工作报告 | 江北区人民政府门户网站', '慈城镇2023年度法治政府建设工作报告', WE('我镇')), m('慈城镇人民政府', '江北区慈城镇', TOWN, 2023)],
  ['a county government whose 发布机构 is its own general office', chrome('发布机构：庆元县人民政府办公室　成文日期：2024-01-22', '庆元县2023年度法治政府建设情况报告', WE('我县')), m('庆元县人民政府', '庆元县', GOV, 2023)],
  ['a district bureau whose 来源 row writes its city and district', chrome('来源：福州市鼓楼区人民政府', '鼓楼区市场监督管理局2023年度法治政府建设工作报告', WE('我局')), m('鼓楼区市场监督管理局', '福州市鼓楼区', '市场监管', 2023)],
  ['a county bureau on its city\'s site, traditional', T(chrome('來源：台州市人民政府網站', '三門縣市場監督管理局2023年度法治政府建設情況報告', WE('我局'))), m('三门县市场监督管理局', '三门县', '市场监管', 2023)],
  ['a town whose county portal ends a breadcrumb written with ＞', chrome('首页＞信息公开＞龙游县人民政府门户网站＞乡镇动态', '湖镇镇2023年法治政府建设工作报告', WE('我镇')), m('湖镇镇人民政府', '龙游县湖镇镇', TOWN, 2023)],
  ['a street under its county\'s 官网 with ›', chrome('青田县人民政府官网 › 街道 › 鹤城街道', '鹤城街道2023年度法治政府建设工作报告', WE('我街道')), m('鹤城街道办事处', '青田县鹤城街道', STREET, 2023)],
]

/** The parent in the addressee line: named, it places the author (r9, r27); by level alone, nothing. */
const ADDRESSED: [string, string, Meta][] = [
  ['a county bureau addressing its city\'s party committee and government', to('天台县交通运输局2023年度法治政府建设情况报告', '中共台州市委、台州市人民政府：', WE('我局')), m('天台县交通运输局', '台州市天台县', '交通', 2023)],
  ['near miss: a county bureau addressing 县委、县政府 unnamed', to('缙云县林业局2023年度法治政府建设工作报告', '县委、县政府：', WE('我局')), m('缙云县林业局', '缙云县', '林业', 2023)],
  ['near miss: a county\'s joint letterhead addressing 市委、市政府 unnamed', to('中共遂昌县委　遂昌县人民政府\n关于2023年度法治政府建设情况的报告', '市委、市政府：', WE('我县')), m('遂昌县人民政府', '遂昌县', GOV, 2023)],
  ['a county government addressing its named city', to('松阳县人民政府关于2023年法治政府建设情况的报告', '中共丽水市委、丽水市人民政府：', WE('我县')), m('松阳县人民政府', '丽水市松阳县', GOV, 2023)],
  ['a district government addressing its sub-provincial city\'s rule-of-law office', to('即墨区人民政府关于2022年度法治政府建设工作情况的报告', '中共青岛市委全面依法治市委员会办公室：', WE('我区', 2022)), m('即墨区人民政府', '青岛市即墨区', GOV, 2022)],
  ['a county-level city addressing its prefecture', to('寿光市人民政府2023年度法治政府建设情况报告', '中共潍坊市委、潍坊市人民政府：', WE('我市')), m('寿光市人民政府', '潍坊市寿光市', GOV, 2023)],
  ['a banner addressing its league\'s 行政公署', to('太仆寺旗人民政府关于2023年法治政府建设情况的报告', '锡林郭勒盟行政公署：', WE('我旗')), m('太仆寺旗人民政府', '锡林郭勒盟太仆寺旗', GOV, 2023)],
  ['a county addressing its prefecture by its short 州', to('雷山县2023年法治政府建设年度报告', '中共黔东南州委、黔东南州人民政府：', WE('我县')), m('雷山县人民政府', '黔东南州雷山县', GOV, 2023)],
  ['near miss: a town addressing 县委、县政府 unnamed', to('碧湖镇2023年度法治政府建设工作报告', '县委、县政府：', WE('我镇')), m('碧湖镇人民政府', '碧湖镇', TOWN, 2023)],
  ['a town addressing its county\'s party committee alone', to('岩头镇2023年法治政府建设情况报告', '中共永嘉县委：', WE('我镇')), m('岩头镇人民政府', '永嘉县岩头镇', TOWN, 2023)],
  ['a street addressing its county-level city', to('音西街道2023年度法治政府建设工作报告', '中共福清市委、福清市人民政府：', WE('我街道')), m('音西街道办事处', '福清市音西街道', STREET, 2023)],
  ['a county bureau addressing its own county\'s government', to('寿宁县民政局2023年法治政府建设年度报告', '寿宁县人民政府：', WE('我局')), m('寿宁县民政局', '寿宁县', '民政', 2023)],
  ['a county bureau addressing its city\'s rule-of-law office, traditional', T(to('蒼南縣民政局2023年度法治政府建設工作報告', '中共溫州市委依法治市辦：', WE('我局'))), m('苍南县民政局', '温州市苍南县', '民政', 2023)],
  ['a county-level city\'s bureau addressing its own rule-of-law office', to('东阳市卫生健康局2023年度法治政府建设情况报告', '中共东阳市委全面依法治市委员会办公室：', WE('我局')), m('东阳市卫生健康局', '东阳市', '卫生健康', 2023)],
  ['a town addressing its county\'s rule-of-law office', to('莫干山镇2023年度法治政府建设工作报告', '中共德清县委全面依法治县委员会办公室：', WE('我镇')), m('莫干山镇人民政府', '德清县莫干山镇', TOWN, 2023)],
]

/** The parent in the first sentence: a governing body named places a town; a county-level place's city named apart adds nothing. */
const FIRST: [string, string, Meta][] = [
  ['near miss: a county-level city\'s bureau led 在X市委市政府 with no 、', lead('建德市住房和城乡建设局2023年度法治政府建设工作报告', '2023年，在杭州市委市政府的坚强领导下，我局坚持依法行政。'), m('建德市住房和城乡建设局', '建德市', '住房城乡建设', 2023)],
  ['a town led 在X县委县政府 with no 、', lead('大洋镇2023年度法治政府建设工作报告', '2023年，在缙云县委县政府的坚强领导下，我镇坚持依法行政。'), m('大洋镇人民政府', '缙云县大洋镇', TOWN, 2023)],
  ['near miss: a town led 在县委县政府 unnamed', lead('舒洪镇2023年度法治政府建设工作报告', '2023年，在县委县政府的坚强领导下，我镇坚持依法行政。'), m('舒洪镇人民政府', '舒洪镇', TOWN, 2023)],
  ['a street led by its district\'s 区委、区政府 and its own 党工委、办事处', lead('石碶街道2023年法治政府建设工作情况报告', '2023年，在海曙区委、区政府的正确领导下，石碶街道党工委、办事处坚持依法行政。'), m('石碶街道办事处', '海曙区石碶街道', STREET, 2023)],
  ['near miss: a county led by its city\'s party committee and government', lead('云和县2023年度法治政府建设工作报告', '2023年，在丽水市委、市政府的坚强领导下，我县坚持依法行政。'), m('云和县人民政府', '云和县', GOV, 2023)],
  ['a town led by its county-level city', lead('佛堂镇2023年法治政府建设情况报告', '2023年，在义乌市委、市政府的领导下，我镇坚持依法行政。'), m('佛堂镇人民政府', '义乌市佛堂镇', TOWN, 2023)],
  ['near miss: a municipality\'s district bureau led by the municipality and its district', lead('璧山区应急管理局2023年度法治政府建设工作报告', '2023年，在重庆市委市政府和区委区政府的坚强领导下，我局坚持依法行政。'), m('璧山区应急管理局', '璧山区', '应急管理', 2023)],
  ['a town led 我镇在X市委、市政府…下', lead('安仁镇2023年法治政府建设年度报告', '2023年，我镇在龙泉市委、市政府的坚强领导下，坚持依法行政。'), m('安仁镇人民政府', '龙泉市安仁镇', TOWN, 2023)],
  ['near miss: a county bureau led by 市委、市政府和县委、县政府 unnamed', lead('遂昌县统计局2023年度法治政府建设工作报告', '2023年，在市委、市政府和县委、县政府的领导下，我局坚持依法统计。'), m('遂昌县统计局', '遂昌县', '统计', 2023)],
  ['near miss: a county-level city\'s bureau led by both cities', lead('永康市应急管理局2023年度法治政府建设工作报告', '2023年，在金华市委、市政府和永康市委、市政府的坚强领导下，我局坚持依法行政。'), m('永康市应急管理局', '永康市', '应急管理', 2023)],
  ['a town led by 中共X市委、X市人民政府 in full', lead('甘霖镇2023年法治政府建设工作报告', '2023年，在中共嵊州市委、嵊州市人民政府的坚强领导下，我镇坚持依法行政。'), m('甘霖镇人民政府', '嵊州市甘霖镇', TOWN, 2023)],
  ['a town whose 党委、政府 follow their county', lead('古市镇2023年度法治政府建设情况报告', '2023年，镇党委、镇政府在松阳县委、县政府的坚强领导下，坚持依法行政。'), m('古市镇人民政府', '松阳县古市镇', TOWN, 2023)],
  ['a town led by its county, traditional', T(lead('諸葛鎮2023年度法治政府建設工作報告', '2023年，在蘭溪市委、市政府的堅強領導下，我鎮堅持依法行政。')), m('诸葛镇人民政府', '兰溪市诸葛镇', TOWN, 2023)],
]

/** A 属/隶属/系/为…所辖/地处/位于 sentence of the author's own. */
const BELONGS: [string, string, Meta][] = [
  ['a town that is its county\'s 下辖 central town (为X县下辖…镇)', lead('华埠镇2023年度法治政府建设工作报告', '华埠镇为开化县下辖的中心镇。2023年，我镇坚持依法行政。'), m('华埠镇人民政府', '开化县华埠镇', TOWN, 2023)],
  ['a county that belongs to its city (隶属 without 于)', lead('庆元县2022年度法治政府建设工作报告', '庆元县隶属丽水市，位于浙江省西南部。2022年，我县坚持依法行政。'), m('庆元县人民政府', '浙江省丽水市庆元县', GOV, 2022)],
  ['a county that says it is its city\'s county (系X市所辖县)', lead('泰顺县2023年法治政府建设年度报告', '泰顺县系温州市所辖县，地处浙闽两省交界。2023年，我县坚持依法行政。'), m('泰顺县人民政府', '温州市泰顺县', GOV, 2023)],
  ['a county in the east of its autonomous prefecture (我县地处)', lead('台江县2023年法治政府建设年度报告', '我县地处黔东南苗族侗族自治州东部。2023年，我县坚持依法行政。'), m('台江县人民政府', '黔东南苗族侗族自治州台江县', GOV, 2023)],
  ['a long banner that lies in its league (我旗位于)', lead('科尔沁右翼前旗2023年度法治政府建设情况报告', '我旗位于兴安盟西北部。2023年，我旗坚持依法行政。'), m('科尔沁右翼前旗人民政府', '兴安盟科尔沁右翼前旗', GOV, 2023)],
  ['a county-level city in its autonomous prefecture (我市位于)', lead('利川市2023年度法治政府建设工作报告', '我市位于恩施土家族苗族自治州西北部。2023年，我市坚持依法行政。'), m('利川市人民政府', '恩施土家族苗族自治州利川市', GOV, 2023)],
  ['a town under its county\'s government (本镇属X县管辖)', lead('扬眉镇2023年度法治政府建设工作报告', '本镇属崇义县管辖，辖11个行政村。2023年，我镇坚持依法行政。'), m('扬眉镇人民政府', '崇义县扬眉镇', TOWN, 2023)],
  ['near miss: a county bureau helping firms 位于 its city', lead('常山县经济和信息化局2023年法治政府建设工作报告', '2023年，我局协助位于衢州市智造新城的企业完善合规管理，坚持依法行政。'), m('常山县经济和信息化局', '常山县', '经济信息化', 2023)],
  ['a street that belongs to its district (我街道隶属于)', lead('五马街道2023年法治政府建设工作总结', '我街道隶属于鹿城区，是老城核心区。2023年，街道坚持依法行政。'), m('五马街道办事处', '鹿城区五马街道', STREET, 2023)],
  ['near miss: a county bureau that is 县政府工作部门 unnamed', lead('松阳县统计局2023年度法治政府建设工作报告', '我局属县政府工作部门。2023年，我局坚持依法统计。'), m('松阳县统计局', '松阳县', '统计', 2023)],
  ['a county that belongs to its city, traditional', T(lead('縉雲縣2023年度法治政府建設工作報告', '我縣隸屬於麗水市。2023年，我縣堅持依法行政。')), m('缙云县人民政府', '丽水市缙云县', GOV, 2023)],
  ['a town in the north-west of its county (X镇地处)', lead('齐溪镇2023年度法治政府建设工作报告', '齐溪镇地处开化县西北部，是钱塘江源头。2023年，我镇坚持依法行政。'), m('齐溪镇人民政府', '开化县齐溪镇', TOWN, 2023)],
  ['a town measured from its county\'s seat', lead('白塔镇2023年法治政府建设工作报告', '白塔镇距仙居县城32公里。2023年，我镇坚持依法行政。'), m('白塔镇人民政府', '仙居县白塔镇', TOWN, 2023)],
]

/** County-level cities under their prefecture, written together (both) or apart (the city alone). */
const COUNTY_CITIES: [string, string, Meta][] = [
  ['a county-level city\'s bureau written under its prefecture', lead('江门市开平市市场监督管理局2023年度法治政府建设情况报告', WE('我局')), m('开平市市场监督管理局', '江门市开平市', '市场监管', 2023)],
  ['a county-level city\'s bureau under its province and prefecture', lead('广东省江门市恩平市自然资源局2023年度法治政府建设情况报告', WE('我局')), m('恩平市自然资源局', '广东省江门市恩平市', '自然资源', 2023)],
  ['a county-level city\'s government titled bare', lead('海宁市2023年法治政府建设年度报告', WE('我市')), m('海宁市人民政府', '海宁市', GOV, 2023)],
  ['a county-level city\'s government under its province and prefecture', lead('山东省潍坊市诸城市人民政府关于2023年度法治政府建设情况的报告', WE('我市')), m('诸城市人民政府', '山东省潍坊市诸城市', GOV, 2023)],
  ['a 市X局 led by its county-level city', lead('2023年度法治政府建设工作报告', '2023年，在瑞安市委、市政府的领导下，市司法局坚持依法行政。'), m('瑞安市司法局', '瑞安市', '司法行政', 2023)],
  ['a street of a county-level city in its title', lead('乐清市城东街道2023年度法治政府建设工作报告', WE('我街道')), m('城东街道办事处', '乐清市城东街道', STREET, 2023)],
  ['a county-level city\'s bureau under its autonomous prefecture', lead('大理白族自治州大理市教育局2023年度法治政府建设工作报告', WE('我局')), m('大理市教育局', '大理白族自治州大理市', '教育', 2023)],
  ['a county-level city\'s bureau under its 地区', lead('阿克苏地区库车市交通运输局2023年法治政府建设年度报告', WE('我局')), m('库车市交通运输局', '阿克苏地区库车市', '交通', 2023)],
  ['a long-stem county-level city\'s bureau under its city', lead('通辽市霍林郭勒市司法局2023年度法治政府建设情况报告', WE('我局')), m('霍林郭勒市司法局', '通辽市霍林郭勒市', '司法行政', 2023)],
  ['a county-level city\'s bureau under its prefecture, traditional', T(lead('德宏傣族景頗族自治州瑞麗市商務局2023年度法治政府建設工作報告', WE('我局'))), m('瑞丽市商务局', '德宏傣族景颇族自治州瑞丽市', '商务', 2023)],
  ['near miss: a county-level city\'s bureau whose prefecture is only a 全市 partner', lead('台山市水利局2023年度法治政府建设工作报告', '2023年，我局配合江门市水利局开展全市河湖执法检查，坚持依法行政。'), m('台山市水利局', '台山市', '水利', 2023)],
  ['a county-level city\'s government written under its prefecture with a 关于', lead('关于江门市鹤山市2023年度法治政府建设情况的报告', WE('我市')), m('鹤山市人民政府', '江门市鹤山市', GOV, 2023)],
]

export const CASES_56: [string, string, Meta][] = [...CHROME, ...ADDRESSED, ...FIRST, ...BELONGS, ...COUNTY_CITIES]

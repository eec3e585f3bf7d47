/**
 * Openings of place chains and authors for ./metaForms47.test.ts (meta47): a chain stated in the page chrome or in the title
 * (province + city + county), a county-level city under its prefecture, 自治州/自治县/盟/旗, 新区 and zones, a street under its
 * district, municipalities' districts and counties, a place named only in the body's first sentence, several places named (the
 * author's beside its superior's and a partner city's); authors by short name, with 党组 or joint letterheads, signed at the end,
 * titles split over two lines, 关于…的报告 and 工作总结 titles, a government's 办公室 beside the government, 管委会, and 中心/站/所
 * units under a bureau. Each opening is invented (real kinds of organ and place, made-up wording and figures); none is a corpus
 * item's text.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}坚持依法行政，推进各项工作法治化。${WORK}`
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const T = (s: string) => toTraditional(s)

/** Place chains: in the chrome, in the title, in the lead, and places that are not the author's. */
const CHAINS: [string, string, Meta][] = [
  ['a county\'s chain in the 发布机构 row, its title bare', `发布机构：湖南省邵阳市新宁县人民政府　发布日期：2024-02-21\n新宁县2023年法治政府建设年度报告\n2023年，我县坚持依法行政。${WORK}`, m('新宁县人民政府', '湖南省邵阳市新宁县', '区县政府', 2023)],
  ['a county bureau\'s chain in the title', own('广东省梅州市五华县水务局2023年度法治政府建设工作报告', '我局'), m('五华县水务局', '广东省梅州市五华县', '水利', 2023)],
  ['a county-level city\'s government under province and prefecture', own('江苏省无锡市江阴市人民政府关于2023年度法治政府建设情况的报告', '我市'), m('江阴市人民政府', '江苏省无锡市江阴市', '区县政府', 2023)],
  ['a county-level city\'s bureau whose prefecture the lead writes', lead('海宁市市场监督管理局2023年度法治政府建设工作报告', '2023年，嘉兴市海宁市市场监督管理局坚持依法监管，营造公平竞争的市场环境。'), m('海宁市市场监督管理局', '嘉兴市海宁市', '市场监管', 2023)],
  ['a town of a county-level city titled with it', own('桐乡市濮院镇人民政府2023年度法治政府建设工作报告', '我镇'), m('濮院镇人民政府', '桐乡市濮院镇', '乡镇政府', 2023)],
  ['a county-level city\'s bureau under an autonomous prefecture', own('延边朝鲜族自治州敦化市司法局2022年度法治政府建设情况报告', '我局', 2022), m('敦化市司法局', '延边朝鲜族自治州敦化市', '司法行政', 2022)],
  ['a county-level city\'s government under province and autonomous prefecture', own('云南省红河哈尼族彝族自治州蒙自市人民政府2023年法治政府建设年度报告', '我市'), m('蒙自市人民政府', '云南省红河哈尼族彝族自治州蒙自市', '区县政府', 2023)],
  ['an autonomous county\'s committee under a municipality', own('重庆市石柱土家族自治县农业农村委员会2023年度法治政府建设情况报告', '我委'), m('石柱土家族自治县农业农村委员会', '重庆市石柱土家族自治县', '农业农村', 2023)],
  ['a town of an autonomous county under region and city', own('广西壮族自治区桂林市龙胜各族自治县龙脊镇人民政府2023年度法治政府建设工作报告', '我镇'), m('龙脊镇人民政府', '广西壮族自治区桂林市龙胜各族自治县龙脊镇', '乡镇政府', 2023)],
  ['a town of an autonomous banner under its city', own('呼伦贝尔市鄂温克族自治旗巴彦托海镇人民政府2022年度法治政府建设情况报告', '我镇', 2022), m('巴彦托海镇人民政府', '呼伦贝尔市鄂温克族自治旗巴彦托海镇', '乡镇政府', 2022)],
  ['a banner\'s committee, its league\'s committee the addressee', `科尔沁右翼前旗卫生健康委员会2023年度法治政府建设工作报告\n兴安盟卫生健康委员会：\n2023年，我委坚持依法行政。${WORK}`, m('科尔沁右翼前旗卫生健康委员会', '兴安盟科尔沁右翼前旗', '卫生健康', 2023)],
  ['a 新区 bureau under its municipality', own('上海市浦东新区生态环境局2023年法治政府建设情况报告', '我局'), m('浦东新区生态环境局', '上海市浦东新区', '生态环境', 2023)],
  ['a zone\'s committee titled in full', own('南昌经济技术开发区管理委员会2023年度法治政府建设情况报告', '开发区'), m('南昌经济技术开发区管理委员会', '南昌经济技术开发区', '区县政府', 2023)],
  ['a 高新区 bureau by its city\'s short name', own('长沙高新区市场监督管理局2023年度法治政府建设工作报告', '我局'), m('长沙高新区市场监督管理局', '长沙高新区', '市场监管', 2023)],
  ['a street under its district\'s government in a municipality', own('北京市海淀区人民政府学院路街道办事处2023年法治政府建设情况报告', '我街道'), m('学院路街道办事处', '北京市海淀区学院路街道', '街道', 2023)],
  ['a street under city and district, no 办事处', own('武汉市江岸区百步亭花园路街道2023年度法治政府建设工作报告', '我街道'), m('百步亭花园路街道办事处', '武汉市江岸区百步亭花园路街道', '街道', 2023)],
  ['a street whose district the lead\'s governing body names', lead('关于2023年法治政府建设工作情况的报告', '2023年，在拱墅区委、区政府的坚强领导下，米市巷街道坚持依法行政，推进基层治理法治化。'), m('米市巷街道办事处', '拱墅区米市巷街道', '街道', 2023)],
  ['a municipality\'s county bureau', own('重庆市巫山县交通运输局2022年度法治政府建设情况报告', '我局', 2022), m('巫山县交通运输局', '重庆市巫山县', '交通', 2022)],
  ['a municipality\'s district government', own('天津市宝坻区人民政府2023年法治政府建设年度报告', '我区'), m('宝坻区人民政府', '天津市宝坻区', '区县政府', 2023)],
  ['a municipality\'s town under its district', own('上海市崇明区陈家镇人民政府2023年度法治政府建设工作报告', '我镇'), m('陈家镇人民政府', '上海市崇明区陈家镇', '乡镇政府', 2023)],
  ['a municipality\'s own commission', own('北京市交通委员会2023年法治政府建设年度情况报告', '市交通委'), m('北京市交通委员会', '北京市', '交通', 2023)],
  ['a county government named only in the lead', lead('2023年度法治政府建设情况报告', '2023年，临湘市人民政府坚持以习近平法治思想为指导，全面推进依法行政。'), m('临湘市人民政府', '临湘市', '区县政府', 2023)],
  ['a county named only by its first sentence, speaking as the county', lead('法治政府建设年度报告（2023年）', '2023年，旌德县深入学习贯彻习近平法治思想，坚持依法行政，法治政府建设取得新成效。'), m('旌德县人民政府', '旌德县', '区县政府', 2023)],
  ['a city bureau named only in the lead with its province', lead('2022年法治政府建设工作报告', '2022年，福建省三明市林业局坚持依法治林，推进林业治理法治化。'), m('三明市林业局', '福建省三明市', '林业', 2022)],
  ['a county with a partner city in the east-west pairing', lead('石阡县人民政府2023年度法治政府建设情况报告', '2023年，我县与宁波市江北区深化东西部协作，在铜仁市委、市政府的领导下坚持依法行政。'), m('石阡县人民政府', '石阡县', '区县政府', 2023)],
  ['a district bureau beside its city\'s bureau leading it', lead('仓山区教育局2023年度法治政府建设工作报告', '2023年，在福州市教育局的指导下，我局坚持依法治教，并与宁德市蕉城区教育局开展结对交流。'), m('仓山区教育局', '仓山区', '教育', 2023)],
  ['a town hosting a county\'s inspection team', lead('鹤市镇2023年法治政府建设工作总结', '2023年，我镇坚持依法行政，迎接临川区法治督察组检查1次，赴金溪县学习交流。'), m('鹤市镇人民政府', '鹤市镇', '乡镇政府', 2023)],
  ['a town that says its county in its own first sentence', lead('双溪口乡2023年度法治政府建设情况报告', '双溪口乡地处德化县中部，2023年，我乡坚持依法行政。'), m('双溪口乡人民政府', '德化县双溪口乡', '乡镇政府', 2023)],
  ['a county bureau whose city the addressee names by party and government', `关于2022年度法治政府建设情况的报告\n中共茂名市委、茂名市人民政府：\n2022年，信宜市应急管理局坚持依法行政。${WORK}`, m('信宜市应急管理局', '茂名市信宜市', '应急管理', 2022)],
  ['a province\'s department with cities named in its lead', lead('山西省水利厅2023年法治政府建设年度报告', '2023年，山西省水利厅坚持依法治水，指导太原、大同等11个市推进河湖管理法治化。'), m('山西省水利厅', '山西省', '水利', 2023)],
  ['a city government with its province', own('四川省绵阳市人民政府关于2023年度法治政府建设情况的报告', '我市'), m('绵阳市人民政府', '四川省绵阳市', '市政府', 2023)],
  ['an autonomous prefecture\'s government', own('恩施土家族苗族自治州人民政府2022年度法治政府建设情况报告', '全州', 2022), m('恩施土家族苗族自治州人民政府', '恩施土家族苗族自治州', '市政府', 2022)],
  ['a banner\'s government under its city', own('乌兰察布市察哈尔右翼后旗人民政府2023年度法治政府建设情况报告', '我旗'), m('察哈尔右翼后旗人民政府', '乌兰察布市察哈尔右翼后旗', '区县政府', 2023)],
  ['a banner bureau under its league in chrome', `来源：锡林郭勒盟苏尼特左旗林业和草原局　发布时间：2024-01-29\n2023年度法治政府建设工作报告\n2023年，我局坚持依法治林。${WORK}`, m('苏尼特左旗林业和草原局', '锡林郭勒盟苏尼特左旗', '林业', 2023)],
  ['a district of a prefecture city with its province, traditional', T(own('浙江省台州市黄岩区人民政府2023年度法治政府建设情况报告', '我区')), m('黄岩区人民政府', '浙江省台州市黄岩区', '区县政府', 2023)],
  ['a street under its district, traditional, lead-named', T(lead('2023年法治政府建设工作报告', '2023年，厦门市思明区鹭江街道办事处坚持依法行政，推进基层治理法治化。')), m('鹭江街道办事处', '厦门市思明区鹭江街道', '街道', 2023)],
  ['an autonomous county\'s bureau, traditional', T(own('长阳土家族自治县自然资源和规划局2023年度法治政府建设工作报告', '我局')), m('长阳土家族自治县自然资源和规划局', '长阳土家族自治县', '自然资源', 2023)],
  ['a town under a municipality\'s county', own('重庆市城口县高观镇人民政府2022年法治政府建设情况报告', '我镇', 2022), m('高观镇人民政府', '重庆市城口县高观镇', '乡镇政府', 2022)],
  ['a county under an autonomous prefecture\'s short name', own('黔东南州雷山县人民政府2023年度法治政府建设情况报告', '我县'), m('雷山县人民政府', '黔东南州雷山县', '区县政府', 2023)],
  ['a county bureau, its city in the chrome only as the site', `首页 > 政务公开 > 法治政府建设\n来源：宁陕县住房和城乡建设局　浏览次数：233\n宁陕县住房和城乡建设局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('宁陕县住房和城乡建设局', '宁陕县', '住房城乡建设', 2023)],
  ['a town under county and city in the lead', lead('2023年度法治政府建设情况报告', '2023年，安康市汉阴县涧池镇坚持以习近平法治思想为指导，全面推进依法行政。'), m('涧池镇人民政府', '安康市汉阴县涧池镇', '乡镇政府', 2023)],
  ['a district\'s sub-bureau named under the city bureau', own('衢州市自然资源和规划局衢江分局2023年度法治政府建设工作报告', '我分局'), m('衢州市自然资源和规划局衢江分局', '衢州市', '自然资源', 2023)],
  ['a province\'s government', own('甘肃省人民政府关于2023年法治政府建设情况的报告', '全省'), m('甘肃省人民政府', '甘肃省', '省政府', 2023)],
  ['an autonomous region\'s department', own('宁夏回族自治区民政厅2023年度法治政府建设情况报告', '我厅'), m('宁夏回族自治区民政厅', '宁夏回族自治区', '民政', 2023)],
  ['a county named like its prefecture, chain in title', own('湖南省衡阳市衡阳县司法局2023年度法治政府建设工作报告', '我局'), m('衡阳县司法局', '湖南省衡阳市衡阳县', '司法行政', 2023)],
  ['a 新区 government under its province', own('贵州省贵安新区管理委员会2023年度法治政府建设情况报告', '新区'), m('贵安新区管理委员会', '贵州省贵安新区', '区县政府', 2023)],
  ['a town whose county\'s rule-of-law office is the addressee', `关于2023年度法治政府建设工作的报告\n县委依法治县办：\n2023年，马坪镇在广水市委、市政府领导下坚持依法行政。${WORK}`, m('马坪镇人民政府', '广水市马坪镇', '乡镇政府', 2023)],
]

/** Authors: short names, 党组, joint letterheads, signatures, split titles, 关于…的报告, 工作总结, 办公室, 管委会, units under a bureau. */
const AUTHORS: [string, string, Meta][] = [
  ['a bureau\'s short name in the title, its place in the lead', lead('县应急局2023年度法治政府建设工作报告', '2023年，在泾县县委、县政府的领导下，县应急局坚持依法履职。'), m('泾县应急管理局', '泾县', '应急管理', 2023)],
  ['a city bureau abbreviated with the city in the lead', lead('市人社局2022年度法治政府建设情况报告', '2022年，在芜湖市委、市政府的坚强领导下，市人社局坚持依法行政。'), m('芜湖市人力资源和社会保障局', '芜湖市', '人力资源社会保障', 2022)],
  ['a bureau\'s 党组 and the bureau as a joint letterhead', `中共宁海县司法局党组　宁海县司法局\n关于2023年度法治政府建设情况的报告\n县委、县政府：\n2023年，我局坚持依法行政。${WORK}`, m('宁海县司法局', '宁海县', '司法行政', 2023)],
  ['a bureau\'s 党组 letterhead on its own line above the bureau', `中共丽水市财政局党组\n丽水市财政局\n关于2023年法治政府建设工作情况的报告\n2023年，我局坚持依法理财。${WORK}`, m('丽水市财政局', '丽水市', '财政', 2023)],
  ['a town\'s party committee and government signed at the end', `2023年度法治政府建设工作报告\n一年来，我镇坚持依法行政，推进基层治理法治化。${WORK}\n\n中共大庄镇委员会\n大庄镇人民政府\n2024年1月12日`, m('大庄镇人民政府', '大庄镇', '乡镇政府', 2023)],
  ['a street\'s 党工委 and 办事处 as the letterhead', `中共新桥街道工作委员会　新桥街道办事处\n关于2022年度法治政府建设情况的报告\n2022年，我街道坚持依法行政。${WORK}`, m('新桥街道办事处', '新桥街道', '街道', 2022)],
  ['a county government signed with its date, the title bare', `法治政府建设情况报告\n2023年，我县坚持依法行政，推进法治政府建设。${WORK}\n\n黎平县人民政府\n2024年2月5日`, m('黎平县人民政府', '黎平县', '区县政府', 2023)],
  ['a bureau signed, an addressee of its city\'s bureau', `2023年法治政府建设情况报告\n市交通运输局：\n2023年，我局坚持依法行政。${WORK}\n\n龙南市交通运输局\n2024年1月18日`, m('龙南市交通运输局', '龙南市', '交通', 2023)],
  ['a title split after the organ', `云和县文化和广电旅游体育局\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('云和县文化和广电旅游体育局', '云和县', '文化旅游', 2023)],
  ['a title split inside 关于…的报告', `泰顺县人民政府关于2023年度\n法治政府建设情况的报告\n2023年，我县坚持依法行政。${WORK}`, m('泰顺县人民政府', '泰顺县', '区县政府', 2023)],
  ['a title split before 关于', `青田县医疗保障局\n关于2022年法治政府建设情况的报告\n2022年，我局坚持依法行政。${WORK}`, m('青田县医疗保障局', '青田县', '医疗保障', 2022)],
  ['a bureau\'s 工作总结', own('武义县退役军人事务局2023年法治政府建设工作总结', '我局'), m('武义县退役军人事务局', '武义县', '退役军人事务', 2023)],
  ['a town\'s 工作总结 titled by its bare name', own('塘下镇2023年度法治建设工作总结', '我镇'), m('塘下镇人民政府', '塘下镇', '乡镇政府', 2023)],
  ['a government\'s general office', own('松阳县人民政府办公室2023年度法治政府建设工作报告', '我办'), m('松阳县人民政府办公室', '松阳县', '区县政府', 2023)],
  ['a city government\'s general office', own('衢州市人民政府办公室关于2023年度法治政府建设情况的报告', '市府办'), m('衢州市人民政府办公室', '衢州市', '市政府', 2023)],
  ['a government\'s report published by its office', `来源：遂昌县人民政府办公室　发布时间：2024-03-12\n遂昌县人民政府2023年度法治政府建设情况报告\n2023年，我县坚持依法行政。${WORK}`, m('遂昌县人民政府', '遂昌县', '区县政府', 2023)],
  ['a zone\'s 管委会 by its short word', own('宣城经济技术开发区管委会2023年度法治政府建设工作报告', '开发区'), m('宣城经济技术开发区管理委员会', '宣城经济技术开发区', '区县政府', 2023)],
  ['a 高新区\'s 党工委 and 管委会 as the letterhead', `中共滁州高新区工作委员会　滁州高新区管理委员会\n关于2022年度法治政府建设情况的报告\n2022年，高新区坚持依法行政。${WORK}`, m('滁州高新区管理委员会', '滁州高新区', '区县政府', 2022)],
  ['a county\'s animal health supervision institute', own('平阳县动物卫生监督所2023年度法治建设工作报告', '我所'), m('平阳县动物卫生监督所', '平阳县', '农业农村', 2023)],
  ['a city\'s public resources trading centre', own('金华市公共资源交易中心2023年度法治政府建设工作报告', '我中心'), m('金华市公共资源交易中心', '金华市', '政务服务', 2023)],
  ['a county\'s labour arbitration court', own('仙居县劳动人事争议仲裁院2023年度法治建设工作报告', '我院'), m('仙居县劳动人事争议仲裁院', '仙居县', '人力资源社会保障', 2023)],
  ['a county\'s water and soil station', own('磐安县水土保持站2022年度法治建设工作报告', '我站', 2022), m('磐安县水土保持站', '磐安县', '水利', 2022)],
  ['a town\'s judicial office under its county', own('开化县华埠镇司法所2023年度法治建设工作报告', '我所'), m('华埠镇司法所', '开化县华埠镇', '司法行政', 2023)],
  ['a police bureau\'s station named under it', own('瑞安市公安局塘下派出所2023年度法治公安建设工作报告', '我所'), m('瑞安市塘下派出所', '瑞安市', '公安', 2023)],
  ['a ministry', own('水利部2023年法治政府建设年度报告', '水利部'), m('水利部', null, '水利', 2023)],
  ['a national administration', own('国家林业和草原局2022年法治政府建设年度报告', '国家林草局', 2022), m('国家林业和草原局', null, '林业', 2022)],
  ['a province\'s bureau by 省', own('浙江省医疗保障局2023年法治政府建设年度报告', '省医保局'), m('浙江省医疗保障局', '浙江省', '医疗保障', 2023)],
  ['a province\'s department, its title with 关于', own('湖北省自然资源厅关于2023年度法治政府建设情况的报告', '我厅'), m('湖北省自然资源厅', '湖北省', '自然资源', 2023)],
  ['a county-level city\'s 委 by its short name 卫健委', lead('市卫健委2023年法治政府建设工作报告', '2023年，在兰溪市委、市政府领导下，市卫健委坚持依法行政。'), m('兰溪市卫生健康委员会', '兰溪市', '卫生健康', 2023)],
  ['a district bureau named with 和 twice', own('黄浦区规划和自然资源局2023年法治政府建设情况报告', '我局'), m('黄浦区规划和自然资源局', '黄浦区', '自然资源', 2023)],
  ['a street of an autonomous county titled with it', own('景宁畲族自治县鹤溪街道2023年度法治政府建设工作报告', '我街道'), m('鹤溪街道办事处', '景宁畲族自治县鹤溪街道', '街道', 2023)],
  ['a city\'s comprehensive enforcement bureau', own('温州市综合行政执法局2023年度法治政府建设工作报告', '我局'), m('温州市综合行政执法局', '温州市', '城市管理', 2023)],
  ['a county\'s data bureau', own('淳安县数据资源管理局2023年度法治政府建设工作报告', '我局'), m('淳安县数据资源管理局', '淳安县', '政务服务', 2023)],
  ['a city\'s audit bureau signed and titled bare', `法治政府建设年度报告\n一年来，我局坚持依法审计，推进审计工作法治化。${WORK}\n\n舟山市审计局\n2024年1月25日`, m('舟山市审计局', '舟山市', '审计', 2023)],
  ['a county\'s people\'s air defence office', own('象山县人民防空办公室2023年度法治政府建设工作报告', '我办'), m('象山县人民防空办公室', '象山县', '人民防空', 2023)],
  ['a county\'s petitions bureau', own('德清县信访局2022年度法治政府建设情况报告', '我局', 2022), m('德清县信访局', '德清县', '信访', 2022)],
  ['a city\'s statistics bureau, traditional', T(own('湖州市统计局2023年度法治政府建设工作报告', '我局')), m('湖州市统计局', '湖州市', '统计', 2023)],
  ['a joint letterhead, traditional', T(`中共天台县平桥镇委员会　天台县平桥镇人民政府\n关于2023年度法治政府建设情况的报告\n2023年，我镇坚持依法行政。${WORK}`), m('平桥镇人民政府', '天台县平桥镇', '乡镇政府', 2023)],
  ['a split title, traditional', T(`江山市农业农村局\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`), m('江山市农业农村局', '江山市', '农业农村', 2023)],
  ['a bureau\'s report with 党组 in the lead only', lead('常山县商务局2023年法治政府建设工作报告', '2023年，局党组坚持以习近平法治思想为指导，带领全局干部依法行政。'), m('常山县商务局', '常山县', '商务', 2023)],
  ['a government whose 党组 reads the lead', lead('缙云县人民政府2023年度法治政府建设情况报告', '2023年，县政府党组坚持把法治政府建设摆在全局工作的重要位置。'), m('缙云县人民政府', '缙云县', '区县政府', 2023)],
  ['a province\'s government led by its congress', own('江西省人民政府2022年法治政府建设情况报告', '省政府', 2022), m('江西省人民政府', '江西省', '省政府', 2022)],
  ['a county\'s finance bureau signed under a 关于 title', `关于2023年度法治政府建设工作情况的报告\n县人民政府：\n一年来，我局坚持依法理财。${WORK}\n\n浦江县财政局\n2024年1月9日`, m('浦江县财政局', '浦江县', '财政', 2023)],
  ['a police bureau\'s traffic brigade under it', own('临海市公安局交通警察大队2023年度法治公安建设工作报告', '我大队'), m('临海市公安局交通警察大队', '临海市', '公安', 2023)],
  ['a county\'s agricultural technology extension centre', own('庆元县农业技术推广中心2023年度法治建设工作报告', '我中心'), m('庆元县农业技术推广中心', '庆元县', '农业农村', 2023)],
  ['a city\'s housing fund centre', own('绍兴市住房公积金管理中心2023年度法治建设工作报告', '我中心'), m('绍兴市住房公积金管理中心', '绍兴市', '住房城乡建设', 2023)],
]

export const CASES_A: [string, string, Meta][] = [...CHAINS, ...AUTHORS]

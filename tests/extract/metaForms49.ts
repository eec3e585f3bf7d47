/**
 * Openings for ./metaForms49.test.ts (meta49), weighted to REGION: a district whose name several cities hold (bare, placed by its
 * city's party committee, beside a namesake partner), a county that says which city it lies in, a province's portal as the site,
 * a province written without 省 or by its one-character short name in a document number, 州/盟/旗 by short names, 林区, state farms
 * named in numerals, 新区 and zones under a city, the author only in a signature (with a seal note, a 抄送 line, a date in Chinese
 * numerals), 作者/供稿单位 rows; vertical bodies (税务, 海关, 气象, 烟草, 邮政, 消防, a city bureau's 分局, 派出所); years as a plan's span in the
 * title, the next year's plan beside the summary, a publication in the next January, 二〇二三/二○二三/二零二二, full-width digits, a
 * spaced 2023 年. Each opening is invented (real kinds of organ and place, made-up wording and figures); none is a corpus item's text.
 */
import { m, WORK, WORK_T, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}坚持依法行政，推进各项工作法治化。${WORK}`
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const signed = (title: string, signature: string, tail = '2024年1月16日') => `${title}\n一年来，我们坚持依法行政，推进各项工作法治化。${WORK}\n\n${signature}\n${tail}`
const T = (s: string) => toTraditional(s)

/** Places: namesakes, a county placed by its own sentence, provinces written short, 州/盟/旗/林区/农场, 新区 and zones. */
const PLACES: [string, string, Meta][] = [
  ['a district several cities hold, bare', own('鼓楼区市场监督管理局2023年度法治政府建设情况报告', '我局'), m('鼓楼区市场监督管理局', '鼓楼区', '市场监管', 2023)],
  // (written first as 长春市朝阳区: against the r8 ruling, a city's body named in the body is a superior named apart and adds nothing)
  ['a namesake district led by its city\'s party committee in the lead', lead('朝阳区卫生健康委员会2024年度法治政府建设工作报告', '2024年，在长春市委、市政府和区委、区政府的坚强领导下，我委坚持依法行政。'), m('朝阳区卫生健康委员会', '朝阳区', '卫生健康', 2024)],
  ['a namesake district beside a partner of the same name in another city', lead('鼓楼区教育局2023年度法治政府建设工作报告', '2023年，我局坚持依法治教，与南京市鼓楼区教育局签订合作协议，互派干部跟岗学习。'), m('鼓楼区教育局', '鼓楼区', '教育', 2023)],
  ['a county that says which city it lies in', lead('泾源县人民政府2023年度法治政府建设工作报告', '泾源县地处固原市南部，2023年，我县坚持依法行政，法治政府建设取得新进展。'), m('泾源县人民政府', '固原市泾源县', '区县政府', 2023)],
  ['a city bureau on the province\'s portal', `江苏省人民政府门户网站\n首页 > 信息公开 > 设区市信息\n南通市司法局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('南通市司法局', '南通市', '司法行政', 2023)],
  ['a city bureau whose 发布机构 row names its province', `发布机构：山东省淄博市应急管理局　发布日期：2024-01-30\n淄博市应急管理局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('淄博市应急管理局', '山东省淄博市', '应急管理', 2023)],
  ['a province written without 省 before a city bureau', own('安徽宣城市自然资源和规划局2023年度法治政府建设工作报告', '我局'), m('宣城市自然资源和规划局', '安徽省宣城市', '自然资源', 2023)],
  ['a province\'s one-character short name in a document number', `鲁民〔2024〕5号\n山东省民政厅关于2023年度法治政府建设情况的报告\n2023年，省民政厅坚持依法行政。${WORK}`, m('山东省民政厅', '山东省', '民政', 2023)],
  ['a city\'s one-character short name in a district government\'s document number', `宁溧政发〔2024〕6号\n南京市溧水区人民政府关于2023年度法治政府建设情况的报告\n2023年，我区坚持依法行政。${WORK}`, m('溧水区人民政府', '南京市溧水区', '区县政府', 2023)],
  ['an autonomous prefecture by its short 州 with its province', own('云南省大理州林业和草原局2023年度法治政府建设工作报告', '我局'), m('大理州林业和草原局', '云南省大理州', '林业', 2023)],
  ['a county placed by its prefecture\'s bureau as addressee', `剑川县司法局关于2023年度法治政府建设情况的报告\n大理州司法局：\n2023年，我局坚持依法行政。${WORK}`, m('剑川县司法局', '大理州剑川县', '司法行政', 2023)],
  ['a banner\'s town under its league\'s short name', own('锡盟阿巴嘎旗别力古台镇人民政府2023年度法治政府建设工作报告', '我镇'), m('别力古台镇人民政府', '锡林郭勒盟阿巴嘎旗别力古台镇', '乡镇政府', 2023)],
  ['a 林区 bureau whose province the 来源 row names', `来源：湖北省神农架林区自然资源和规划局\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('神农架林区自然资源和规划局', '湖北省神农架林区', '自然资源', 2023)],
  ['a state farm named in numerals', own('二九〇农场管理委员会2023年度法治建设情况报告', '我场'), m('二九〇农场管理委员会', '二九〇农场', '乡镇政府', 2023)],
  ['a 新区 by its city\'s short name', own('青岛西海岸新区市场监督管理局2023年度法治政府建设工作报告', '我局'), m('青岛西海岸新区市场监督管理局', '青岛西海岸新区', '市场监管', 2023)],
  ['a zone\'s committee by 管委会 named only in the lead', lead('2023年度法治政府建设工作报告', '2023年，德州经济技术开发区管委会坚持依法行政，持续优化营商环境。'), m('德州经济技术开发区管理委员会', '德州经济技术开发区', '区县政府', 2023)],
  ['a county under a 地区 with its autonomous region', own('新疆维吾尔自治区喀什地区疏附县人民政府2023年度法治政府建设情况报告', '我县'), m('疏附县人民政府', '新疆维吾尔自治区喀什地区疏附县', '区县政府', 2023)],
  ['a 地区 bureau', own('阿克苏地区生态环境局2023年度法治政府建设工作报告', '我局'), m('阿克苏地区生态环境局', '阿克苏地区', '生态环境', 2023)],
  ['a league\'s government by 行署', own('兴安盟行署2023年度法治政府建设情况报告', '全盟'), m('兴安盟行政公署', '兴安盟', '市政府', 2023)],
  ['a township of an autonomous county', own('三江侗族自治县同乐苗族乡人民政府2022年度法治政府建设工作报告', '我乡', 2022), m('同乐苗族乡人民政府', '三江侗族自治县同乐苗族乡', '乡镇政府', 2022)],
  ['a district of a municipality whose name holds the municipality\'s short name', lead('2023年度法治政府建设工作报告', '2023年，渝北区司法局坚持依法行政，推进法治渝北建设。'), m('渝北区司法局', '渝北区', '司法行政', 2023)],
  ['a county bureau placed by its city\'s rule-of-law office in a joint addressee', `关于2024年度法治政府建设情况的报告\n中共六盘水市委全面依法治市委员会办公室、六盘水市司法局：\n2024年，盘州市交通运输局坚持依法行政。${WORK}`, m('盘州市交通运输局', '六盘水市盘州市', '交通', 2024)],
  ['a county bureau whose county the lead places under its city', lead('彭阳县自然资源局2023年度法治政府建设工作报告', '彭阳县隶属固原市。2023年，我局坚持依法行政，严守耕地保护红线。'), m('彭阳县自然资源局', '固原市彭阳县', '自然资源', 2023)],
  ['a town that says its county lies in a city', lead('兴仁镇2022年法治政府建设情况报告', '兴仁镇位于中宁县东部，2022年，我镇坚持依法行政。'), m('兴仁镇人民政府', '中宁县兴仁镇', '乡镇政府', 2022)],
  ['a namesake district beside a visit to a namesake in another province', lead('新华区司法局2023年度法治政府建设情况报告', '2023年，我局坚持依法行政，赴河北省沧州市新华区司法局考察学习公共法律服务体系建设。'), m('新华区司法局', '新华区', '司法行政', 2023)],
  ['a county beside a partner county\'s full chain', lead('普安县人民政府2023年度法治政府建设工作报告', '2023年，我县与浙江省宁波市海曙区开展东西部协作，坚持依法行政。'), m('普安县人民政府', '普安县', '区县政府', 2023)],
]

/** Authors signed at the end, chrome rows naming the author, vertical bodies and every level. */
const AUTHORS: [string, string, Meta][] = [
  ['a street signed at the end only', signed('关于2023年度法治政府建设工作情况的报告', '双塔街道办事处', '2024年1月9日'), m('双塔街道办事处', '双塔街道', '街道', 2023)],
  ['a county bureau signed, a 抄送 line after the date', `${signed('法治政府建设年度报告', '上杭县市场监督管理局', '2024年1月22日')}\n抄送：县委依法治县办，县人大常委会办公室，县政协办公室。`, m('上杭县市场监督管理局', '上杭县', '市场监管', 2023)],
  ['a signature with a seal note', signed('法治政府建设工作情况报告', '平阳县水利局（盖章）', '2024年1月18日'), m('平阳县水利局', '平阳县', '水利', 2023)],
  ['a traditional signature dated in Chinese numerals', T(signed('法治政府建设工作报告', '遂昌县文化和广电旅游体育局', '二〇二四年一月十五日')), m('遂昌县文化和广电旅游体育局', '遂昌县', '文化旅游', 2023)],
  ['a district bureau by an 作者 row on its district\'s site', `来源：柯城区人民政府门户网站　作者：区司法局　浏览次数：87\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('柯城区司法局', '柯城区', '司法行政', 2023)],
  ['a 供稿单位 row under font buttons', `【字体：大 中 小】　供稿单位：江山市住房和城乡建设局\n2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('江山市住房和城乡建设局', '江山市', '住房城乡建设', 2023)],
  ['a town by its 发布机构 row under an index number', `索引号：001008003012/2024-31047　浏览次数：128\n发布机构：缙云县壶镇镇人民政府\n2023年度法治政府建设工作报告\n2023年，我镇坚持依法行政。${WORK}`, m('壶镇镇人民政府', '缙云县壶镇镇', '乡镇政府', 2023)],
  ['a joint letterhead with the government first', `遂川县人民政府　中共遂川县委\n关于2023年度法治政府建设情况的报告\n2023年，县委、县政府坚持依法行政。${WORK}`, m('遂川县人民政府', '遂川县', '区县政府', 2023)],
  ['a county tax bureau under the general administration and province', own('国家税务总局安徽省歙县税务局2023年法治税务建设工作报告', '我局'), m('歙县税务局', '安徽省歙县', '税务', 2023)],
  ['a customs office\'s 法治海关 report', own('大连海关2023年度法治海关建设情况报告', '我关'), m('大连海关', '大连市', '海关', 2023)],
  ['a county meteorological bureau\'s 法治气象 summary', own('文成县气象局2022年度法治气象工作总结', '我局', 2022), m('文成县气象局', '文成县', '气象', 2022)],
  ['a city tobacco bureau with its province', own('浙江省温州市烟草专卖局2023年度法治建设工作报告', '我局'), m('温州市烟草专卖局', '浙江省温州市', '烟草', 2023)],
  ['a city postal administration', own('金华市邮政管理局2023年法治政府部门建设情况报告', '我局'), m('金华市邮政管理局', '金华市', '交通', 2023)],
  ['a fire brigade of a county-level city', own('龙泉市消防救援大队2023年度法治建设工作总结', '我大队'), m('龙泉市消防救援大队', '龙泉市', '消防救援', 2023)],
  ['a city bureau\'s branch for a district', own('杭州市市场监督管理局临平分局2023年度法治政府建设工作报告', '我分局'), m('杭州市市场监督管理局临平分局', '杭州市', '市场监管', 2023)],
  ['a prefecture city\'s government under the province\'s leadership', lead('黄山市人民政府关于2023年度法治政府建设情况的报告', '2023年，在省委、省政府和市委的坚强领导下，全市坚持依法行政。'), m('黄山市人民政府', '黄山市', '市政府', 2023)],
  ['a province\'s government', own('甘肃省人民政府关于2022年度法治政府建设情况的报告', '全省', 2022), m('甘肃省人民政府', '甘肃省', '省政府', 2022)],
  ['a ministry', own('水利部2023年法治政府建设年度报告', '水利部'), m('水利部', null, '水利', 2023)],
  ['a national bureau by its short name in the lead', own('国家林业和草原局2022年度法治政府建设情况报告', '国家林草局', 2022), m('国家林业和草原局', null, '林业', 2022)],
  ['a provincial department, traditional', T(own('浙江省财政厅2023年度法治政府建设情况报告', '我厅')), m('浙江省财政厅', '浙江省', '财政', 2023)],
  ['a county bureau abbreviated in the lead', lead('法治政府建设年度报告（2023年度）', '2023年，桐庐县医保局坚持依法行政，守好群众“看病钱”。'), m('桐庐县医疗保障局', '桐庐县', '医疗保障', 2023)],
  ['a zone\'s committee by 管委会 in its title', own('长兴经济技术开发区管委会2023年度法治政府建设工作报告', '开发区'), m('长兴经济技术开发区管理委员会', '长兴经济技术开发区', '区县政府', 2023)],
  ['a prefecture city\'s comprehensive enforcement bureau', own('衢州市综合行政执法局2023年度法治政府建设工作报告', '我局'), m('衢州市综合行政执法局', '衢州市', '城市管理', 2023)],
]

/** Years: plans' spans and next year's plans in titles, the next January, numerals, full-width digits, spacing. */
const YEARS: [string, string, Meta][] = [
  ['a title naming the plan\'s span before the report\'s year', own('常山县贯彻落实《法治政府建设实施纲要（2021—2025年）》2023年度情况报告', '我县'), m('常山县人民政府', '常山县', '区县政府', 2023)],
  ['a title with next year\'s arrangements before the summary', own('龙游县司法局关于2024年法治政府建设工作安排和2023年工作总结的报告', '我局'), m('龙游县司法局', '龙游县', '司法行政', 2023)],
  ['a report published the next January, no year in its title', `兰溪市财政局法治政府建设年度报告\n发布时间：2024-01-19\n一年来，我局坚持依法理财。${WORK}`, m('兰溪市财政局', '兰溪市', '财政', 2023)],
  ['the year in Chinese numerals before the author', `二〇二三年度永嘉县人力资源和社会保障局法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}`, m('永嘉县人力资源和社会保障局', '永嘉县', '人力资源社会保障', 2023)],
  ['the year with a white circle for zero', `缙云县教育局二○二三年法治政府建设工作报告\n一年来，我局坚持依法治教。${WORK}`, m('缙云县教育局', '缙云县', '教育', 2023)],
  ['the year as 二零二二 in traditional script', `景寧畲族自治縣民政局二零二二年度法治政府建設情況報告\n一年來，我局堅持依法行政。${WORK_T}`, m('景宁畲族自治县民政局', '景宁畲族自治县', '民政', 2022)],
  ['full-width digits in title and lead', `云和县农业农村局２０２３年度法治政府建设工作报告\n２０２３年，我局坚持依法行政。${WORK}`, m('云和县农业农村局', '云和县', '农业农村', 2023)],
  ['a year spaced from 年', `庆元县卫生健康局 2023 年度法治政府建设工作报告\n2023 年，我局坚持依法行政。${WORK}`, m('庆元县卫生健康局', '庆元县', '卫生健康', 2023)],
  ['a 2019 report with next year\'s plans', `武义县2019年法治政府建设工作报告\n2019年，我县坚持依法行政。${WORK}\n2020年，我县将深入推进法治政府建设示范创建。`, m('武义县人民政府', '武义县', '区县政府', 2019)],
  ['a 2025 report with the next plan\'s thinking in its title', own('广德市2025年度法治政府建设情况暨“十五五”时期工作思路', '我市', 2025), m('广德市人民政府', '广德市', '区县政府', 2025)],
  ['a 2024 report recalling the 2023 inspection first', lead('开化县2024年度法治政府建设工作报告', '2024年，我县针对2023年度法治督察反馈的5个问题全部完成整改。'), m('开化县人民政府', '开化县', '区县政府', 2024)],
  ['the author in the lead, dated by 成文日期 in January', `索引号：11330825002599163X/2024-00015\n成文日期：2024-01-12\n法治政府建设年度报告\n一年来，龙游县自然资源和规划局坚持依法行政。${WORK}`, m('龙游县自然资源和规划局', '龙游县', '自然资源', 2023)],
  ['the year only in a date line in Chinese numerals', `法治政府建设情况报告\n今年以来，我局坚持依法统计。${WORK}\n\n泰顺县统计局\n二〇二三年十二月二十日`, m('泰顺县统计局', '泰顺县', '统计', 2023)],
  ['a 2020 report of a city bureau, traditional, with a 2021 publication row', T(`发布时间：2021-02-03\n宁德市交通运输局2020年度法治政府建设工作报告\n2020年，我局坚持依法行政。${WORK}`), m('宁德市交通运输局', '宁德市', '交通', 2020)],
  ['a 2021 report whose title names a three-year action plan', own('霞浦县关于法治政府建设三年行动计划（2021—2023年）2021年度落实情况的报告', '我县', 2021), m('霞浦县人民政府', '霞浦县', '区县政府', 2021)],
]

export const CASES_49: [string, string, Meta][] = [...PLACES, ...AUTHORS, ...YEARS]

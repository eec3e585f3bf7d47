/**
 * Openings of years and page chrome for ./metaForms47.test.ts (meta47): the report's year against the publication date in the
 * chrome (发布时间, 成文日期, 索引号 with the publication's year), 二〇二三年 in Chinese numerals, 2023年度 against 2022—2023,
 * a title with no year and a body saying 今年/过去一年/一年来, a publication in January of the next year, 十四五 spans and a plan's
 * span beside the year; page chrome (breadcrumbs, 索引号/发布机构/来源/发布时间/浏览次数 rows, font and print buttons, a site's name)
 * over openings at every level and in many sectors, in both scripts. Invented wording and figures; no corpus item's text.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const body = (first: string) => `${first}${WORK}`
/** A disclosure table's rows above a title (索引号, 发布机构, 发布日期), then the first sentence. */
const rows = (index: string, publisher: string, date: string, title: string, first: string) =>
  `索引号：${index}\n发布机构：${publisher}\n发布日期：${date}\n${title}\n${body(first)}`

/** Years: the report's against the publication's, numerals, spans, no year in the title. */
const YEARS: [string, string, Meta][] = [
  ['a 2023年度 title published in February 2024', `2023年度法治政府建设工作报告\n来源：龙游县民政局　发布时间：2024-02-20 09:31　浏览次数：87\n${body('2023年，我局坚持依法行政。')}`, m('龙游县民政局', '龙游县', '民政', 2023)],
  ['a title in Chinese numerals', `岱山县人民政府二〇二三年度法治政府建设情况报告\n${body('二〇二三年，我县坚持依法行政。')}`, m('岱山县人民政府', '岱山县', '区县政府', 2023)],
  ['二〇二二年 in a 关于 title', `嵊泗县司法局关于二〇二二年法治政府建设情况的报告\n${body('一年来，我局坚持依法行政。')}`, m('嵊泗县司法局', '嵊泗县', '司法行政', 2022)],
  ['a 2022—2023 span in the title alone', `长兴县林业局2022—2023年度法治政府建设工作报告\n${body('两年来，我局坚持依法治林。')}`, m('长兴县林业局', '长兴县', '林业', 2023)],
  ['a title with no year, 今年以来 and a December date', `安吉县科学技术局法治政府建设工作报告\n${body('今年以来，我局坚持依法行政。')}\n\n安吉县科学技术局\n2023年12月22日`, m('安吉县科学技术局', '安吉县', '科技', 2023)],
  ['a title with no year, 过去一年 and a January publication row', `法治政府建设情况报告\n发布时间：2024-01-08　来源：平湖市水利局\n${body('过去一年，我局坚持依法治水。')}`, m('平湖市水利局', '平湖市', '水利', 2023)],
  ['a title with no year, 一年来 and a 成文日期 in January', `成文日期：2024年01月16日\n发布机构：海盐县档案馆\n海盐县档案馆法治建设工作报告\n${body('一年来，我馆坚持依法治档。')}`, m('海盐县档案馆', '海盐县', '档案', 2023)],
  ['an index number holding the publication\'s year', rows('001008003012345/2024-00031', '嘉善县交通运输局', '2024-03-04', '嘉善县交通运输局法治政府建设年度报告', '一年来，我局坚持依法行政，推进交通运输治理法治化。'), m('嘉善县交通运输局', '嘉善县', '交通', 2023)],
  ['an index number\'s year against a 2023 title', rows('11330421002501234X/2024-12', '嘉善县人民政府', '2024-01-30', '嘉善县2023年度法治政府建设情况报告', '2023年，我县坚持依法行政。'), m('嘉善县人民政府', '嘉善县', '区县政府', 2023)],
  ['a 十四五 plan beside the year in the lead', `桐庐县发展和改革局2023年法治政府建设工作报告\n${body('2023年是实施“十四五”规划（2021—2025年）承上启下的关键之年，我局坚持依法行政。')}`, m('桐庐县发展和改革局', '桐庐县', '发展改革', 2023)],
  ['a 十四五 plan\'s yearly report', `“十四五”法治政府建设规划2023年度实施情况报告\n来源：建德市司法局\n${body('2023年，我局坚持依法行政。')}`, m('建德市司法局', '建德市', '司法行政', 2023)],
  ['a plan\'s span in the title, the year only in the lead', `淳安县卫生健康局落实《法治政府建设实施纲要（2021—2025年）》情况报告\n${body('2022年，我局坚持依法行政。')}`, m('淳安县卫生健康局', '淳安县', '卫生健康', 2022)],
  ['a closing date in Chinese numerals in January', `法治政府建设年度报告\n${body('一年来，我镇坚持依法行政。')}\n\n分水镇人民政府\n二〇二四年一月十二日`, m('分水镇人民政府', '分水镇', '乡镇政府', 2023)],
  ['a month span in the lead', `富阳区城市管理局法治政府建设工作报告\n${body('2023年1月至12月，我局坚持依法行政。')}`, m('富阳区城市管理局', '富阳区', '城市管理', 2023)],
  ['上一年度 in a letter dated the next year', `临安区人民政府关于上一年度法治政府建设情况的报告\n杭州市人民政府：\n${body('现将我区上一年度法治政府建设情况报告如下。')}\n\n临安区人民政府\n2024年2月26日`, m('临安区人民政府', '杭州市临安区', '区县政府', 2023)],
  ['the summary year beside the next year\'s plan in the title', `萧山区教育局2023年法治政府建设工作总结和2024年工作思路\n${body('2023年，我局坚持依法治教。')}`, m('萧山区教育局', '萧山区', '教育', 2023)],
  ['the next year\'s work points before the summary year', `余杭区民政局2024年法治政府建设工作要点暨2023年度工作总结\n${body('2023年，我局坚持依法行政。')}`, m('余杭区民政局', '余杭区', '民政', 2023)],
  ['2023年度 in the title, a 2024 date in the lead\'s meeting', `滨江区商务局2023年度法治政府建设情况报告\n${body('2023年，我局坚持依法行政，2024年1月召开专题会议审议本报告。')}`, m('滨江区商务局', '滨江区', '商务', 2023)],
  ['a year with spaces', `上城区 2023 年度法治政府建设工作报告\n${body('2023年，我区坚持依法行政。')}`, m('上城区人民政府', '上城区', '区县政府', 2023)],
  ['a full-width year', `临平区退役军人事务局２０２３年度法治政府建设工作报告\n${body('２０２３年，我局坚持依法行政。')}`, m('临平区退役军人事务局', '临平区', '退役军人事务', 2023)],
  ['the year only in a 发布时间 row in December', `钱塘区城市管理局法治政府建设情况报告\n发布时间：2023-12-28\n${body('今年以来，我局坚持依法行政。')}`, m('钱塘区城市管理局', '钱塘区', '城市管理', 2023)],
  ['a title with no year and 去年 in the lead, published in March', `发布时间：2024-03-05\n建德市人民政府法治政府建设情况报告\n${body('去年以来，我市坚持依法行政，推进法治政府建设。')}`, m('建德市人民政府', '建德市', '区县政府', 2023)],
  ['two years in the lead, the title\'s the report\'s', `桐乡市人力资源和社会保障局2023年度法治政府建设工作报告\n${body('2023年，我局坚持依法行政，较2022年办理劳动仲裁案件有所下降。')}`, m('桐乡市人力资源和社会保障局', '桐乡市', '人力资源社会保障', 2023)],
  ['a 2022-2023 span with a hyphen and 年度 in a 关于 title', `关于海盐县应急管理局2022-2023年度法治政府建设情况的报告\n${body('两年来，我局坚持依法履职。')}`, m('海盐县应急管理局', '海盐县', '应急管理', 2023)],
  ['二〇二三年 in the lead, the title bare', `义乌市教育局法治政府建设年度报告\n${body('二〇二三年，我局坚持依法治教，推进教育治理法治化。')}`, m('义乌市教育局', '义乌市', '教育', 2023)],
  ['a 年度 title in traditional script with 二〇二三', T(`永康市文化和廣電旅遊體育局二〇二三年度法治政府建設工作報告\n${body('二〇二三年，我局堅持依法行政。')}`), m('永康市文化和广电旅游体育局', '永康市', '文化旅游', 2023)],
  ['a traditional 發布時間 row in January', T(`法治政府建設情況報告\n發布時間：2024-01-19　來源：東陽市審計局\n${body('一年來，我局堅持依法審計。')}`), m('东阳市审计局', '东阳市', '审计', 2023)],
  ['a 2024 title of a summary published in 2025', `兰溪市市场监督管理局2024年度法治政府建设工作报告\n发布日期：2025-01-21\n${body('2024年，我局坚持依法监管。')}`, m('兰溪市市场监督管理局', '兰溪市', '市场监管', 2024)],
  ['a 2021 report of a town', `2021年度法治政府建设工作报告\n发布机构：浦江县黄宅镇人民政府\n${body('2021年，我镇坚持依法行政。')}`, m('黄宅镇人民政府', '浦江县黄宅镇', '乡镇政府', 2021)],
  ['a lead opening with a 2023 meeting, the title a 2022 report', `磐安县林业局2022年度法治政府建设工作报告\n${body('2022年，我局坚持依法治林，于2023年1月完成年度法治考核自评。')}`, m('磐安县林业局', '磐安县', '林业', 2022)],
  ['a closing date in December of the report year', `常山县水利局法治政府建设工作报告\n${body('今年以来，我局坚持依法治水。')}\n\n常山县水利局\n2023年12月5日`, m('常山县水利局', '常山县', '水利', 2023)],
  ['a 十四五 span in the title and the year in the title', `开化县“十四五”（2021—2025年）法治政府建设2023年度推进情况报告\n${body('2023年，我县坚持依法行政。')}`, m('开化县人民政府', '开化县', '区县政府', 2023)],
  ['a January publication and 今年 in the lead', `衢江区交通运输局法治政府建设年度报告\n发布时间：2024-01-04\n${body('今年以来，我局坚持依法行政。')}`, m('衢江区交通运输局', '衢江区', '交通', 2023)],
  ['年度 written after the year with no 年', `江山市司法局2023年度法治政府建设情况报告（全文）\n${body('2023年，我局坚持依法行政。')}`, m('江山市司法局', '江山市', '司法行政', 2023)],
]

/** Page chrome above the title, at every level and in many sectors. */
const CHROME: [string, string, Meta][] = [
  ['a breadcrumb, font buttons and a 来源 row over a county bureau', `当前位置：首页 > 政务公开 > 法治政府建设\n【字体：大 中 小】　打印本页\n来源：庆元县市场监督管理局　发布时间：2024-01-26　浏览次数：312\n庆元县市场监督管理局2023年度法治政府建设工作报告\n${body('2023年，我局坚持依法监管。')}`, m('庆元县市场监督管理局', '庆元县', '市场监管', 2023)],
  ['a site\'s name above a town\'s title', `景宁畲族自治县人民政府门户网站\n大均乡2023年法治政府建设工作报告\n${body('2023年，我乡坚持依法行政。')}`, m('大均乡人民政府', '景宁畲族自治县大均乡', '乡镇政府', 2023)],
  ['a disclosure table over a district government', rows('330102000000/2024-00088', '上城区人民政府', '2024-02-02', '上城区2023年度法治政府建设情况报告', '2023年，我区坚持依法行政。'), m('上城区人民政府', '上城区', '区县政府', 2023)],
  ['a disclosure table naming the county\'s office over a bureau\'s title', rows('002671201/2024-00011', '松阳县人民政府办公室', '2024-02-18', '松阳县自然资源和规划局2023年度法治政府建设工作报告', '2023年，我局坚持依法行政。'), m('松阳县自然资源和规划局', '松阳县', '自然资源', 2023)],
  ['a 信息来源 row with the city before the street', `信息来源：宁波市海曙区南门街道办事处　发布日期：2024-01-22\n南门街道2023年度法治政府建设工作报告\n${body('2023年，我街道坚持依法行政。')}`, m('南门街道办事处', '宁波市海曙区南门街道', '街道', 2023)],
  ['a 所属机构 row over a bare title', `所属机构：温岭市生态环境分局\n主题分类：法治政府建设\n法治政府建设年度报告\n${body('2023年，我局坚持依法治污。')}`, m('温岭市生态环境分局', '温岭市', '生态环境', 2023)],
  ['a share row and a 来源 row of the party\'s office over a government\'s title', `分享到：微信 微博\n来源：中共天台县委全面依法治县委员会办公室\n天台县人民政府2023年度法治政府建设情况报告\n${body('2023年，我县坚持依法行政。')}`, m('天台县人民政府', '天台县', '区县政府', 2023)],
  ['a 来源 row of an internal division over a province\'s department', `来源：政策法规处　发布时间：2024-03-20\n浙江省交通运输厅2023年度法治政府建设情况报告\n${body('2023年，省交通运输厅坚持依法行政。')}`, m('浙江省交通运输厅', '浙江省', '交通', 2023)],
  ['a 发文机关 row over a bare title of a town', `发文机关：仙居县白塔镇人民政府\n成文日期：2024-01-11\n法治政府建设工作报告\n${body('一年来，我镇坚持依法行政。')}`, m('白塔镇人民政府', '仙居县白塔镇', '乡镇政府', 2023)],
  ['a site\'s header of the city government over a district bureau', `金华市人民政府\n首页 > 信息公开 > 婺城区\n婺城区应急管理局2023年法治政府建设年度报告\n${body('2023年，我局坚持依法履职。')}`, m('婺城区应急管理局', '婺城区', '应急管理', 2023)],
  ['a 发布单位 row, traditional', T(`發布單位：三門縣衛生健康局　發布時間：2024-02-07\n2023年度法治政府建設工作報告\n${body('2023年，我局堅持依法行政。')}`), m('三门县卫生健康局', '三门县', '卫生健康', 2023)],
  ['a breadcrumb naming a county over a town titled bare', `首页 > 乡镇街道 > 新登镇\n新登镇2023年法治政府建设情况报告\n${body('2023年，我镇在富阳区委、区政府的领导下坚持依法行政。')}`, m('新登镇人民政府', '富阳区新登镇', '乡镇政府', 2023)],
  ['a print and close row under the text, the title over a 文号', `庆元县人民政府\n庆政〔2024〕3号\n关于2023年度法治政府建设情况的报告\n${body('2023年，我县坚持依法行政。')}\n【打印】【关闭】`, m('庆元县人民政府', '庆元县', '区县政府', 2023)],
  ['a ministry\'s page with its department\'s 来源', `来源：法规司　发布时间：2024-03-29\n交通运输部2023年法治政府建设年度报告\n${body('2023年，交通运输部坚持依法行政。')}`, m('交通运输部', null, '交通', 2023)],
  ['a 发布机构 row of a zone\'s committee over its bureau', rows('11330700MB1234/2024-005', '金华经济技术开发区管理委员会', '2024-02-23', '金华经济技术开发区社会事业局2023年度法治政府建设工作报告', '2023年，我局坚持依法行政。'), m('金华经济技术开发区社会事业局', '金华经济技术开发区', null, 2023)],
  ['a 浏览次数 row over a municipality street\'s bare title', `静安寺街道2023年度法治政府建设工作报告\n发布时间：2024-01-31　浏览次数：56\n${body('2023年，在静安区委、区政府领导下，我街道坚持依法行政。')}`, m('静安寺街道办事处', '静安区静安寺街道', '街道', 2023)],
  ['a news site\'s dateline row over a county government\'s report', `2024-02-01 10:12　来源：庆阳市人民政府网\n合水县人民政府2023年度法治政府建设情况报告\n${body('2023年，我县坚持依法行政。')}`, m('合水县人民政府', '合水县', '区县政府', 2023)],
  ['a city\'s bureau with a 索引号 and 主题词 row', `索引号：MB1C12345/2024-002　主题词：法治\n大连市生态环境局2023年度法治政府建设情况报告\n${body('2023年，我局坚持依法治污。')}`, m('大连市生态环境局', '大连市', '生态环境', 2023)],
]

/** Openings whose author is a lower or higher body named beside another, or whose lead alone names the author. */
const MIXED: [string, string, Meta][] = [
  ['a county bureau whose lead names its city bureau and a partner county', body('泰宁县农业农村局2023年法治政府建设工作报告\n2023年，我局在三明市农业农村局指导下，与将乐县农业农村局开展执法协作。'), m('泰宁县农业农村局', '泰宁县', '农业农村', 2023)],
  ['a city government whose lead names its counties', body('丽水市人民政府2023年度法治政府建设情况报告\n2023年，全市9个县（市、区）全面推进法治政府建设，龙泉市、庆元县获评省级示范。'), m('丽水市人民政府', '丽水市', '市政府', 2023)],
  ['a town whose lead names a neighbour town', body('大洋镇2023年度法治政府建设工作报告\n2023年，我镇与相邻的安岭乡联合开展普法宣传。'), m('大洋镇人民政府', '大洋镇', '乡镇政府', 2023)],
  ['a street whose lead names its district\'s bureaus as partners', body('关于2023年度法治政府建设情况的报告\n2023年，南星街道会同上城区司法局、区市场监管局开展联合执法。'), m('南星街道办事处', '南星街道', '街道', 2023)],
  ['a county whose lead names its province\'s programme', body('遂川县2023年度法治政府建设情况报告\n2023年，我县认真贯彻《江西省法治政府建设实施方案》，坚持依法行政。'), m('遂川县人民政府', '遂川县', '区县政府', 2023)],
  ['a district bureau leading by 局党委', body('海曙区卫生健康局2022年度法治政府建设工作报告\n2022年，局党委坚持依法行政，推进卫生健康治理法治化。'), m('海曙区卫生健康局', '海曙区', '卫生健康', 2022)],
  ['a province\'s bureau whose lead names a ministry', body('福建省市场监督管理局2023年法治政府建设年度报告\n2023年，在国家市场监督管理总局和省委、省政府领导下，我局坚持依法监管。'), m('福建省市场监督管理局', '福建省', '市场监管', 2023)],
  ['a city\'s bureau whose lead names a ministry\'s inspection', body('厦门市应急管理局2023年度法治政府建设情况报告\n2023年，我局迎接应急管理部执法检查1次，坚持依法履职。'), m('厦门市应急管理局', '厦门市', '应急管理', 2023)],
  ['an untitled lead naming a county bureau with its city', body('2023年，漳州市长泰区城市管理和综合执法局坚持依法行政，推进城市治理法治化。现将有关情况报告如下。'), m('长泰区城市管理和综合执法局', '漳州市长泰区', '城市管理', 2023)],
  ['an untitled lead of a town whose county\'s leadership it names', body('今年以来，在永春县委、县政府的坚强领导下，蓬壶镇坚持依法行政，推进基层治理法治化。'), m('蓬壶镇人民政府', '永春县蓬壶镇', '乡镇政府', null)],
  ['a county government\'s report to its city with a partner city in the lead', body('关于2023年度法治政府建设情况的报告\n南平市人民政府：\n2023年，浦城县坚持依法行政，与浙江省龙泉市建立跨省执法协作机制。'), m('浦城县人民政府', '南平市浦城县', '区县政府', 2023)],
  ['a bureau whose lead quotes another county\'s experience', body('屏南县文化体育和旅游局2023年度法治政府建设工作报告\n2023年，我局学习借鉴福安市“文旅执法一件事”经验，坚持依法行政。'), m('屏南县文化体育和旅游局', '屏南县', '文化旅游', 2023)],
  ['a 综合行政执法局 of a county-level city signed', `法治政府建设年度报告\n${body('一年来，我局坚持严格规范公正文明执法。')}\n\n福鼎市综合行政执法局\n2024年1月30日`, m('福鼎市综合行政执法局', '福鼎市', '城市管理', 2023)],
  ['a township titled bare, its county in the 来源 row', `来源：政和县东平镇　发布时间：2024-02-05\n东平镇2023年度法治政府建设情况报告\n${body('2023年，我镇坚持依法行政。')}`, m('东平镇人民政府', '政和县东平镇', '乡镇政府', 2023)],
  ['a province\'s department by short name in the 来源 row', `来源：福建司法厅　发布时间：2024-03-14\n2023年度法治政府建设情况报告\n${body('2023年，我厅坚持依法行政。')}`, m('福建省司法厅', '福建省', '司法行政', 2023)],
  ['a bureau whose lead mentions a village committee', body('永泰县民政局2023年度法治政府建设工作报告\n2023年，我局指导嵩口镇月洲村村民委员会修订村规民约。'), m('永泰县民政局', '永泰县', '民政', 2023)],
  ['an autonomous county\'s town with the prefecture in the lead', body('2023年度法治政府建设工作报告\n2023年，黔南州三都水族自治县周覃镇坚持依法行政。'), m('周覃镇人民政府', '黔南州三都水族自治县周覃镇', '乡镇政府', 2023)],
  ['a city government\'s office by 市政府办 in the lead', body('漳州市人民政府办公室2022年度法治政府建设情况报告\n2022年，市政府办坚持依法行政，服务市政府科学决策。'), m('漳州市人民政府办公室', '漳州市', '市政府', 2022)],
  ['a county\'s tax bureau with province and city, traditional', T(body('國家稅務總局福建省寧德市古田縣稅務局2023年度法治稅務建設情況報告\n2023年，我局堅持依法治稅。')), m('古田县税务局', '福建省宁德市古田县', '税务', 2023)],
  ['a district\'s 管委会 of a 新区 in the lead', body('法治政府建设年度报告\n2023年，福州新区管委会坚持依法行政，推进新区治理法治化。'), m('福州新区管理委员会', '福州新区', '区县政府', 2023)],
]

export const CASES_B: [string, string, Meta][] = [...YEARS, ...CHROME, ...MIXED]

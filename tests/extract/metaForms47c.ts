/**
 * Openings as real pages run them, for ./metaForms47.test.ts (meta47): a long first paragraph full of other bodies (the
 * superior's meetings and documents, a province's programme, a city's work points, partner places, inspection teams), the
 * author abbreviated with its place written only in its own document's title, site headers and breadcrumbs naming the place,
 * footers naming the site's owner, addressee lines of the party's offices, 报送 titles, and years stated by 开局之年, a
 * publication row, a plan's span and the closing date. Invented wording and figures; no corpus item's text.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const FOOTER = '\n主办：{site}　承办：{site}大数据发展中心\n网站标识码：3308240001　浙ICP备05001234号'
const footer = (site: string) => FOOTER.replaceAll('{site}', site)

export const CASES_C: [string, string, Meta][] = [
  ['a city bureau abbreviated, its city only in its own work points', `2023年，市自然资源和规划局在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，印发《漳州市自然资源和规划局2023年法治建设工作要点》，明确任务28项。${WORK}`, m('漳州市自然资源和规划局', '漳州市', '自然资源', 2023)],
  ['a town under a county\'s site breadcrumb ending in the year', `首页 > 永定区人民政府门户网站 > 专题专栏 > 法治政府建设年度报告 > 2023年\n2023年，湖坑镇在区委、区政府的领导下，以习近平新时代中国特色社会主义思想为指导，统筹推进基层法治建设。${WORK}`, m('湖坑镇人民政府', '永定区湖坑镇', '乡镇政府', 2023)],
  ['a city bureau\'s lead crowded with its superiors\' documents', `赣州市司法局2023年度法治政府建设情况报告\n2023年，在市委、市政府的坚强领导下和省司法厅的有力指导下，我局深入学习贯彻党的二十大精神，认真落实《江西省法治政府建设实施方案（2021—2025年）》《赣州市2023年法治政府建设工作要点》，全力推进法治赣州建设。${WORK}`, m('赣州市司法局', '赣州市', '司法行政', 2023)],
  ['a 报送 title, an addressee, a signature', `关于报送2023年度法治政府建设情况的报告\n县委依法治县办：\n根据《关于做好2023年度法治政府建设年度报告工作的通知》要求，现将我局2023年度法治政府建设情况报告如下。${WORK}\n\n松溪县自然资源局\n2024年1月15日`, m('松溪县自然资源局', '松溪县', '自然资源', 2023)],
  ['a bureau titled, a footer naming the county\'s office as the site\'s owner', `玉环市商务局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政，服务外贸企业稳订单拓市场。${WORK}${footer('玉环市人民政府办公室')}`, m('玉环市商务局', '玉环市', '商务', 2023)],
  ['a district\'s report under its site\'s name with the city', `杭州市拱墅区人民政府\n首页 > 政务公开 > 法治政府建设\n拱墅区2023年法治政府建设年度报告\n2023年，区政府坚持以习近平法治思想为引领，全面推进依法行政。${WORK}`, m('拱墅区人民政府', '杭州市拱墅区', '区县政府', 2023)],
  ['a county government\'s lead of 开局之年', `周宁县人民政府关于2023年度法治政府建设情况的报告\n宁德市人民政府：\n2023年是全面贯彻落实党的二十大精神的开局之年。一年来，我县在市委、市政府的坚强领导下，深入推进依法行政。${WORK}`, m('周宁县人民政府', '宁德市周宁县', '区县政府', 2023)],
  ['a report of 2024 whose lead names 75周年', `寿宁县市场监督管理局2024年度法治政府建设工作报告\n发布时间：2025-01-23\n2024年是中华人民共和国成立75周年，也是实现“十四五”规划目标任务的关键一年。我局坚持依法监管。${WORK}`, m('寿宁县市场监督管理局', '寿宁县', '市场监管', 2024)],
  ['a town\'s lead naming its party committee and government and the county\'s team', `2023年，华安县仙都镇党委、政府在县委、县政府的正确领导下，认真落实《2023年华安县普法依法治理工作要点》，迎接县委依法治县办督察组专项督察1次。${WORK}`, m('仙都镇人民政府', '华安县仙都镇', '乡镇政府', 2023)],
  ['a province\'s department led by its 厅党组 with national documents', `广东省生态环境厅2023年法治政府建设年度报告\n2023年，厅党组认真贯彻落实《法治政府建设实施纲要（2021—2025年）》和生态环境部《关于加强生态环境法治建设的意见》，在省委、省政府领导下推进依法治污。${WORK}`, m('广东省生态环境厅', '广东省', '生态环境', 2023)],
  ['a street\'s report whose lead names the city\'s campaign and a partner street', `关于2023年度法治政府建设情况的报告\n2023年，在鼓楼区委、区政府的领导下，东街街道深入开展“法治福州”创建，与仓山区上渡街道签订矛盾纠纷联调协议。${WORK}`, m('东街街道办事处', '鼓楼区东街街道', '街道', 2023)],
  ['a ministry\'s report naming provinces in its lead', `商务部2022年法治政府建设年度报告\n2022年，商务部坚持以习近平新时代中国特色社会主义思想为指导，指导广东、上海等地开展自由贸易试验区立法。${WORK}`, m('商务部', null, '商务', 2022)],
  ['a county bureau speaking as 县X局 with its county named once in a meeting', `2023年法治政府建设工作报告\n2023年，县住建局坚持依法行政，全年参加寻乌县委全面依法治县委员会会议2次。${WORK}`, m('寻乌县住房和城乡建设局', '寻乌县', '住房城乡建设', 2023)],
  ['a city government whose lead ranks it in its province', `宿迁市人民政府2023年度法治政府建设情况报告\n2023年，全市法治政府建设综合考评位列全省第4，沭阳县、泗洪县获评全省法治政府建设示范地区。${WORK}`, m('宿迁市人民政府', '宿迁市', '市政府', 2023)],
  ['a bureau whose lead names the city\'s and the province\'s bureaus acting on it', `连江县海洋与渔业局2023年度法治政府建设工作报告\n2023年，福州市海洋与渔业局、福建省海洋与渔业执法总队先后到我局督导执法工作3次，我局坚持依法行政。${WORK}`, m('连江县海洋与渔业局', '连江县', '农业农村', 2023)],
  ['a county-level city under its prefecture, the title in two lines with 关于', `福建省龙岩市漳平市人民政府\n关于2023年度法治政府建设工作情况的报告\n2023年，我市坚持依法行政。${WORK}`, m('漳平市人民政府', '福建省龙岩市漳平市', '区县政府', 2023)],
  ['a district bureau\'s report on the city\'s site with a 发布机构 row', `发布机构：泉州市丰泽区教育局　发布日期：2024-02-27　浏览量：204\n丰泽区教育局2023年法治政府建设年度报告\n2023年，我局在泉州市教育局指导下坚持依法治教。${WORK}`, m('丰泽区教育局', '泉州市丰泽区', '教育', 2023)],
  ['a zone\'s committee reported by its 党工委 and 管委会 in the lead', `2023年度法治政府建设情况报告\n2023年，湄洲湾北岸经济开发区党工委、管委会坚持依法行政，服务莆田市重点项目落地。${WORK}`, m('湄洲湾北岸经济开发区管理委员会', '湄洲湾北岸经济开发区', '区县政府', 2023)],
  ['an autonomous county\'s government signed, its city\'s government the addressee', `法治政府建设年度报告\n丽水市人民政府：\n2023年，我县坚持依法行政，推进民族地区治理法治化。${WORK}\n\n景宁畲族自治县人民政府\n2024年2月8日`, m('景宁畲族自治县人民政府', '丽水市景宁畲族自治县', '区县政府', 2023)],
  ['a county bureau\'s year only in the closing date in January, its lead 过去一年', `法治政府建设情况报告\n过去一年，我局在县委、县政府的领导下，坚持依法行政。${WORK}\n\n政和县林业局\n2024年1月22日`, m('政和县林业局', '政和县', '林业', 2023)],
  ['a traditional page with 來源 and a breadcrumb', T(`首頁 > 政務公開 > 法治政府建設\n來源：南靖縣應急管理局　發佈時間：2024-01-30\n南靖縣應急管理局2023年度法治政府建設工作報告\n2023年，我局堅持依法履職。${WORK}`), m('南靖县应急管理局', '南靖县', '应急管理', 2023)],
  ['a township whose lead opens with its county\'s site-name header', `屏南县人民政府网\n甘棠乡2023年法治政府建设情况报告\n2023年，我乡在县委、县政府的领导下坚持依法行政。${WORK}`, m('甘棠乡人民政府', '屏南县甘棠乡', '乡镇政府', 2023)],
  ['a city government\'s general office by 市政府办公室 in the lead', `2022年度法治政府建设工作报告\n2022年，泉州市人民政府办公室坚持依法行政，服务市政府科学决策、依法决策。${WORK}`, m('泉州市人民政府办公室', '泉州市', '市政府', 2022)],
  ['a district government\'s report whose lead names a partner county in another province', `思明区人民政府2023年度法治政府建设情况报告\n2023年，我区与甘肃省临夏州东乡族自治县深化东西部协作，坚持依法行政。${WORK}`, m('思明区人民政府', '思明区', '区县政府', 2023)],
  ['a county government with a partner city across provinces in the addressee line\'s paragraph', `关于2023年度法治政府建设情况的报告\n三明市人民政府：\n2023年，宁化县坚持依法行政，与江西省赣州市石城县建立边界联调机制。${WORK}`, m('宁化县人民政府', '三明市宁化县', '区县政府', 2023)],
  ['a county bureau with a province\'s regulation in the lead', `永春县文化体育和旅游局2023年度法治政府建设工作报告\n2023年，我局认真贯彻《福建省文物保护管理条例》，坚持依法行政。${WORK}`, m('永春县文化体育和旅游局', '永春县', '文化旅游', 2023)],
  ['a 2023 report whose lead looks back to 2022 and forward to 2024', `德化县民政局2023年度法治政府建设工作报告\n2023年，我局在巩固2022年工作成果的基础上坚持依法行政，为2024年工作打下基础。${WORK}`, m('德化县民政局', '德化县', '民政', 2023)],
  ['a title with 年度 before the organ', `2023年度惠安县人力资源和社会保障局法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('惠安县人力资源和社会保障局', '惠安县', '人力资源社会保障', 2023)],
  ['a title with the place and 法治 before the year', `法治安溪建设2023年度工作报告\n2023年，安溪县坚持依法行政，推进法治政府建设。${WORK}`, m('安溪县人民政府', '安溪县', '区县政府', 2023)],
  ['a street of a county-level city under its site breadcrumb', `首页 > 石狮市人民政府 > 镇街动态 > 湖滨街道\n湖滨街道2023年度法治政府建设工作报告\n2023年，我街道坚持依法行政。${WORK}`, m('湖滨街道办事处', '石狮市湖滨街道', '街道', 2023)],
  ['a county government whose lead names its city\'s party and government as leaders and a prefecture\'s programme', `长汀县2022年法治政府建设年度报告\n2022年，在龙岩市委、市政府的坚强领导下，长汀县认真落实《龙岩市法治政府建设实施方案》，坚持依法行政。${WORK}`, m('长汀县人民政府', '长汀县', '区县政府', 2022)],
  ['a city\'s 委 abbreviated with 发改委 and its city in the lead', `2023年度法治政府建设情况报告\n2023年，在莆田市委、市政府领导下，市发改委坚持依法行政。${WORK}`, m('莆田市发展和改革委员会', '莆田市', '发展改革', 2023)],
  ['a town\'s 工作总结 signed by party and government, its county the addressee', `2022年度法治建设工作总结\n中共光泽县委、光泽县人民政府：\n2022年，我镇坚持依法行政。${WORK}\n\n中共止马镇委员会　止马镇人民政府\n2023年1月6日`, m('止马镇人民政府', '光泽县止马镇', '乡镇政府', 2022)],
  ['a town whose name holds 市, its county the governing body', `2023年度法治政府建设工作报告\n2023年，在宁海县委、县政府的领导下，长街镇坚持依法行政。${WORK}`, m('长街镇人民政府', '宁海县长街镇', '乡镇政府', 2023)],
  ['a town named 三市 under its county', `2023年，在余姚市委、市政府的领导下，三七市镇坚持依法行政，推进基层治理法治化。${WORK}`, m('三七市镇人民政府', '余姚市三七市镇', '乡镇政府', 2023)],
  ['a street named 市桥 under its district in the title', `广州市番禺区市桥街道办事处2023年度法治政府建设工作报告\n2023年，我街道坚持依法行政。${WORK}`, m('市桥街道办事处', '广州市番禺区市桥街道', '街道', 2023)],
  ['a one-character county\'s bureau led by 县委 of that county', `2023年法治政府建设工作报告\n2023年，在沛县县委、县政府的坚强领导下，县市场监管局坚持依法监管。${WORK}`, m('沛县市场监督管理局', '沛县', '市场监管', 2023)],
  ['a one-character county\'s town', `2023年，在黟县县委、县政府的领导下，宏村镇坚持依法行政，推进基层治理法治化。${WORK}`, m('宏村镇人民政府', '黟县宏村镇', '乡镇政府', 2023)],
  ['a one-character county\'s government titled', `歙县人民政府2023年度法治政府建设情况报告\n2023年，歙县县委、县政府高度重视法治政府建设。${WORK}`, m('歙县人民政府', '歙县', '区县政府', 2023)],
  ['a city bureau whose lead names a partner province\'s city', `丽水市司法局2023年度法治政府建设工作报告\n2023年，我局与四川省广元市司法局签订法治协作协议，坚持依法行政。${WORK}`, m('丽水市司法局', '丽水市', '司法行政', 2023)],
  ['a county addressed to its city whose lead names a partner in another province', `关于2022年度法治政府建设情况的报告\n温州市人民政府：\n2022年，泰顺县坚持依法行政，与福建省宁德市寿宁县共建边界平安联调机制。${WORK}`, m('泰顺县人民政府', '温州市泰顺县', '区县政府', 2022)],
  ['a zone\'s 党工委、管委会 lead of a short zone', `2023年度法治政府建设情况报告\n2023年，漳州台商投资区党工委、管委会坚持依法行政，推进园区治理法治化。${WORK}`, m('漳州台商投资区管理委员会', '漳州台商投资区', '区县政府', 2023)],
  ['a 经开区 管委会 lead alone', `2022年，福清融侨经济技术开发区管委会坚持依法行政，优化法治化营商环境。${WORK}`, m('福清融侨经济技术开发区管理委员会', '福清融侨经济技术开发区', '区县政府', 2022)],
  ['a zone\'s social affairs bureau titled', `泉州经济技术开发区社会事业局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('泉州经济技术开发区社会事业局', '泉州经济技术开发区', null, 2023)],
  ['a 县X局 named beside the county\'s rule-of-law committee meeting', `2023年，县交通运输局坚持依法行政，主要负责人列席浦城县委全面依法治县委员会第五次会议。${WORK}`, m('浦城县交通运输局', '浦城县', '交通', 2023)],
]

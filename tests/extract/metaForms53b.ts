/**
 * Openings for ./metaForms53.test.ts (meta53), the second half of the first batch: a site banner, breadcrumb or 专栏 line above a
 * bureau's report; merged, renamed and co-located bodies (a second name in brackets, a party department that carries a government
 * organ's plaque, merged fields); a department abbreviated by level whose place the page gives elsewhere (a 来源 row, an addressee,
 * a contact line, a governing body, the county's own document, a brand); vertical bodies (tax, customs, weather, a city bureau's
 * county branch, survey teams, fire and traffic police units); years only in the body, beside next year's plan, or in a 十四五
 * span. Invented wording; real kinds of organ and place.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}坚持依法行政，推进各项工作法治化。${WORK}`
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`

/** A site banner, breadcrumb or 专栏 line above the report. */
const BANNERS: [string, string, Meta][] = [
  ['a city portal, 政务公开 and a 专栏 line above a bureau\'s title', `浏阳市人民政府门户网站\n政务公开\n法治政府建设年度报告专栏\n浏阳市应急管理局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('浏阳市应急管理局', '浏阳市', '应急管理', 2023)],
  ['a city portal and breadcrumb above a bare title, 市X局 in the lead', `衡阳市人民政府门户网站\n首页 > 政务公开 > 法治政府建设\n2023年度法治政府建设工作报告\n2023年，市住建局坚持依法行政，规范建筑市场秩序。${WORK}`, m('衡阳市住房和城乡建设局', '衡阳市', '住房城乡建设', 2023)],
  ['a province portal above a city bureau\'s title', `湖北省人民政府门户网站\n首页 > 信息公开 > 市州信息\n宜昌市财政局2023年度法治政府建设情况报告\n2023年，我局坚持依法理财。${WORK}`, m('宜昌市财政局', '宜昌市', '财政', 2023)],
  ['a 专栏 line alone above a county bureau\'s title', `法治政府建设年度报告专栏\n仙居县统计局2023年度法治政府建设工作报告\n2023年，我局坚持依法统计。${WORK}`, m('仙居县统计局', '仙居县', '统计', 2023)],
  ['a bureau\'s own site above a bare title', `宁海县教育局网站\n首页>通知公告\n2023年度法治政府建设情况报告\n2023年，我局坚持依法治教，全年开展校园法治讲座20场。${WORK}`, m('宁海县教育局', '宁海县', '教育', 2023)],
  ['a 当前位置 breadcrumb above a bureau\'s title', `当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 法治政府建设\n龙游县人力资源和社会保障局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('龙游县人力资源和社会保障局', '龙游县', '人力资源社会保障', 2023)],
  ['a city\'s site name and address above a county bureau\'s title', `景德镇市人民政府　www.jdz.gov.cn\n浮梁县审计局2023年度法治政府建设情况报告\n2023年，我局坚持依法审计。${WORK}`, m('浮梁县审计局', '浮梁县', '审计', 2023)],
  ['政务公开 and a topic line above a bureau named only in the lead', `政务公开\n法治政府建设\n2023年，平湖市商务局坚持依法行政，优化法治化营商环境。${WORK}`, m('平湖市商务局', '平湖市', '商务', 2023)],
  ['a portal banner above a bureau\'s title, traditional', T(`瑞安市人民政府門戶網站\n首頁 > 政務公開 > 法治政府建設\n瑞安市民政局2023年度法治政府建設情況報告\n2023年，我局堅持依法行政。${WORK}`), m('瑞安市民政局', '瑞安市', '民政', 2023)],
  ['a 中国·X banner above the portal and a bureau\'s title', `中国·安吉\n安吉县人民政府门户网站\n安吉县科学技术局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('安吉县科学技术局', '安吉县', '科技', 2023)],
  ['a bureau\'s site banner with its 专栏 above a bare title', `铜陵市交通运输局　政务公开　法治政府建设年度报告专栏\n2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('铜陵市交通运输局', '铜陵市', '交通', 2023)],
  ['a county portal above a bare title, 我县 in the lead', `磐安县人民政府门户网站\n首页 > 政务公开\n2023年度法治政府建设情况报告\n2023年，我县坚持依法行政，全县法治政府建设取得新成效。${WORK}`, m('磐安县人民政府', '磐安县', '区县政府', 2023)],
  ['a province\'s service site above a county-level bureau', `浙江政务服务网\n温岭市司法局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('温岭市司法局', '温岭市', '司法行政', 2023)],
  ['a site banner and a 专题专栏 above an invented county\'s bureau', `青禾县人民政府网\n专题专栏 > 法治政府建设年度报告\n青禾县水务局2023年度法治政府建设工作报告\n2023年，我局坚持依法治水。${WORK}`, m('青禾县水务局', '青禾县', '水利', 2023)],
  ['a banner naming the portal and its 政府信息公开 column above a zone', `绍兴市人民政府门户网站　政府信息公开\n绍兴滨海新区管委会2023年度法治政府建设情况报告\n2023年，新区坚持依法行政。${WORK}`, m('绍兴滨海新区管理委员会', '绍兴滨海新区', '区县政府', 2023)],
]

/** Merged, renamed and co-located bodies. */
const MERGED: [string, string, Meta][] = [
  ['a bureau with its second name in brackets', own('宿迁市市场监督管理局（知识产权局）2023年度法治政府建设情况报告', '我局'), m('宿迁市市场监督管理局', '宿迁市', '市场监管', 2023)],
  ['a merged bureau of two fields', own('资溪县商务和粮食局2023年度法治政府建设工作报告', '我局'), m('资溪县商务和粮食局', '资溪县', '商务', 2023)],
  ['a party department carrying a government bureau\'s plaque', own('中共永胜县委统战部（县民族宗教事务局）2023年度法治政府建设情况报告', '我部（局）'), m('永胜县民族宗教事务局', '永胜县', '民族宗教', 2023)],
  ['a propaganda department carrying the press bureau\'s plaque', own('中共遂昌县委宣传部（县新闻出版局）2023年度法治政府建设工作报告', '我部'), m('遂昌县新闻出版局', '遂昌县', '文化旅游', 2023)],
  ['a social work department carrying the petitions bureau\'s plaque', own('中共缙云县委社会工作部（县信访局）2023年度法治政府建设情况报告', '我部（局）'), m('缙云县信访局', '缙云县', '信访', 2023)],
  ['a city bureau with its civil service plaque in brackets', own('温州市人力资源和社会保障局（温州市公务员局）2023年度法治政府建设情况报告', '我局'), m('温州市人力资源和社会保障局', '温州市', '人力资源社会保障', 2023)],
  ['an emergency bureau with its earthquake plaque, short', own('秭归县应急管理局（县地震局）2023年法治政府建设年度报告', '我局'), m('秭归县应急管理局', '秭归县', '应急管理', 2023)],
  ['a culture, sports and tourism bureau', own('武夷山市文化体育和旅游局2023年度法治政府建设情况报告', '我局'), m('武夷山市文化体育和旅游局', '武夷山市', '文化旅游', 2023)],
  ['an agriculture bureau with its rural revitalisation plaque', own('句容市农业农村局（市乡村振兴局）2023年度法治政府建设工作报告', '我局'), m('句容市农业农村局', '句容市', '农业农村', 2023)],
  ['a data bureau with its service plaque', own('六安市数据资源管理局（市政务服务管理局）2023年度法治政府建设情况报告', '我局'), m('六安市数据资源管理局', '六安市', '政务服务', 2023)],
  ['a renamed bureau with its old name in brackets', own('黄岩区综合行政执法局（原区城市管理局）2023年度法治政府建设情况报告', '我局'), m('黄岩区综合行政执法局', '黄岩区', '城市管理', 2023)],
  ['a merged bureau named in the lead with its plaque, no title', `2023年，东至县农业农村局（县乡村振兴局）坚持依法行政，全年查处农资违法案件9件。${WORK}`, m('东至县农业农村局', '东至县', '农业农村', 2023)],
  ['a party department\'s plaque named short in the lead', lead('瑞安市2023年度民族宗教领域法治政府建设情况报告', '2023年，市委统战部（市民宗局）坚持依法管理民族宗教事务。'), m('瑞安市民族宗教事务局', '瑞安市', '民族宗教', 2023)],
  ['an economy bureau with the science plaque', own('常山县经济和信息化局（县科学技术局）2023年度法治政府建设工作报告', '我局'), m('常山县经济和信息化局', '常山县', '经济信息化', 2023)],
  ['a housing bureau with the civil air defence plaque, traditional', T(own('莆田市住房和城乡建设局（市人民防空办公室）2023年度法治政府建设情况报告', '我局')), m('莆田市住房和城乡建设局', '莆田市', '住房城乡建设', 2023)],
  ['a party department with the plaque in full after 加挂', own('中共景宁畲族自治县委统战部（加挂县民族宗教事务局牌子）2023年度法治政府建设情况报告', '我部'), m('景宁畲族自治县民族宗教事务局', '景宁畲族自治县', '民族宗教', 2023)],
  ['a party department with no plaque: no author', own('中共青田县委统战部2023年度法治建设工作报告', '我部'), m(null, null, null, 2023)],
  ['a propaganda department whose bracket is a party office: no author', own('中共岱山县委宣传部（县委网信办）2023年度法治建设工作报告', '我部'), m(null, null, null, 2023)],
]

/** A department abbreviated by level, its place given elsewhere on the page. */
const ABBREVIATED: [string, string, Meta][] = [
  ['市资规局 with its city\'s brand', lead('2023年度法治政府建设情况报告', '2023年，市资规局坚持依法行政，全力服务法治台州建设，全年查处违法用地案件31件。'), m('台州市自然资源和规划局', '台州市', '自然资源', 2023)],
  ['县人社局 with its county\'s own plan', lead('2023年度法治政府建设工作总结', '2023年，县人社局认真落实《建始县法治政府建设实施方案（2021—2025年）》，推进依法行政。'), m('建始县人力资源和社会保障局', '建始县', '人力资源社会保障', 2023)],
  ['县住建局 in a title, its county government the addressee', `县住建局2023年法治政府建设工作报告\n庆元县人民政府：\n2023年，我局坚持依法行政。${WORK}`, m('庆元县住房和城乡建设局', '庆元县', '住房城乡建设', 2023)],
  ['县发改局 with its county in a contact line', `2023年度法治政府建设情况报告\n2023年，县发改局坚持依法行政。${WORK}\n如有疑问，请与遂昌县发改局办公室联系（电话：0578-8123456）。`, m('遂昌县发展和改革局', '遂昌县', '发展改革', 2023)],
  ['市交通局 with its city in the 来源 row of its account', `来源：嘉兴市交通运输局微信公众号\n2023年度法治政府建设工作报告\n2023年，市交通局坚持依法行政。${WORK}`, m('嘉兴市交通运输局', '嘉兴市', '交通', 2023)],
  ['县退役军人局 led by its county\'s bodies', lead('法治政府建设年度报告', '2023年，在宁化县委、县政府的坚强领导下，县退役军人局坚持依法行政，维护退役军人合法权益。'), m('宁化县退役军人事务局', '宁化县', '退役军人事务', 2023)],
  ['县市场监管局 led by its county\'s bodies', lead('2023年度法治政府建设工作报告', '2023年，县市场监管局在开化县委、县政府的正确领导下，坚持依法行政。'), m('开化县市场监督管理局', '开化县', '市场监管', 2023)],
  ['区司法局 with its district\'s portal named as where it publishes', lead('2023年度法治政府建设情况报告', '2023年，区司法局坚持依法行政。本报告在上城区政府门户网站公开。'), m('上城区司法局', '上城区', '司法行政', 2023)],
  ['市生态环境局 with its city\'s brand, signed by level', `2023年度法治政府建设工作报告\n2023年，市生态环境局坚持依法治污，助力法治舟山建设。${WORK}\n\n市生态环境局\n2024年1月20日`, m('舟山市生态环境局', '舟山市', '生态环境', 2023)],
  ['县应急局 with its county\'s own 办法', lead('2023年度法治政府建设情况报告', '2023年，县应急局严格执行《桐庐县安全生产约谈办法》，全年约谈企业7家。'), m('桐庐县应急管理局', '桐庐县', '应急管理', 2023)],
  ['区教育局 in a title, its district government the addressee', `区教育局关于2023年度法治政府建设情况的报告\n鼓楼区人民政府：\n2023年，我局坚持依法治教。${WORK}`, m('鼓楼区教育局', '鼓楼区', '教育', 2023)],
  ['县医保局 with its county\'s brand, traditional', T(lead('2023年度法治政府建设工作报告', '2023年，縣醫保局圍繞法治永春建設目標，堅持依法行政。')), m('永春县医疗保障局', '永春县', '医疗保障', 2023)],
  ['区商务局 with no place anywhere: no author', lead('2023年度法治政府建设工作报告', '2023年，区商务局坚持依法行政，优化营商环境。'), m(null, null, '商务', 2023)],
  ['县水利局 with only a province\'s regulation: no author', lead('2023年度法治政府建设情况报告', '2023年，县水利局认真贯彻《浙江省河道管理条例》，坚持依法治水。'), m(null, null, '水利', 2023)],
  ['市卫健委 with its city\'s government document', lead('2023年度法治政府建设情况报告', '2023年，市卫健委认真落实《湖州市人民政府关于加强法治政府建设的意见》，坚持依法行政。'), m('湖州市卫生健康委员会', '湖州市', '卫生健康', 2023)],
  ['县统计局 with its county in the signature\'s government line', `2023年度法治政府建设工作报告\n2023年，县统计局坚持依法统计。${WORK}\n\n（此件经松阳县人民政府同意公开）\n2024年1月16日`, m('松阳县统计局', '松阳县', '统计', 2023)],
]

/** Vertical bodies and their levels. */
const VERTICAL: [string, string, Meta][] = [
  ['a county-level tax bureau under the administration', own('国家税务总局江山市税务局2023年度法治税务建设情况报告', '我局'), m('江山市税务局', '江山市', '税务', 2023)],
  ['a tax bureau signed only', `2023年度法治税务建设工作报告\n一年来，我局坚持依法治税。${WORK}\n\n国家税务总局龙泉市税务局\n2024年1月10日`, m('龙泉市税务局', '龙泉市', '税务', 2023)],
  ['a customs district named by its city', own('青岛海关2023年法治海关建设工作报告', '我关'), m('青岛海关', '青岛市', '海关', 2023)],
  ['a county weather bureau, 法治气象 in the title', own('苍南县气象局2023年度法治气象建设工作总结', '我局'), m('苍南县气象局', '苍南县', '气象', 2023)],
  ['a city bureau\'s county branch, the county never written', own('台州市生态环境局三门分局2023年度法治政府建设工作报告', '我分局'), m('台州市生态环境局三门分局', '台州市', '生态环境', 2023)],
  ['a city bureau\'s county branch, the county written', own('台州市生态环境局天台分局2023年度法治政府建设工作报告', '我分局围绕天台县生态环境保护大局'), m('天台县生态环境分局', '台州市天台县', '生态环境', 2023)],
  ['a county police traffic brigade', own('宁乡市公安局交通管理大队2023年度法治公安建设工作报告', '我大队'), m('宁乡市公安局交通管理大队', '宁乡市', '公安', 2023)],
  ['a district tax bureau under the administration with its city', own('国家税务总局温州市鹿城区税务局2023年度法治税务建设工作报告', '我局'), m('鹿城区税务局', '温州市鹿城区', '税务', 2023)],
  ['a province weather bureau', own('浙江省气象局2023年度法治气象建设情况报告', '我局'), m('浙江省气象局', '浙江省', '气象', 2023)],
  ['a survey team named by its county\'s short name, the county written', own('国家统计局常山调查队2023年度法治建设工作报告', '我队扎根常山县'), m('常山调查队', '常山县', '统计', 2023)],
  ['a customs office named by its county-level city, the city written', own('义乌海关2023年法治海关建设情况报告', '我关立足义乌市国际贸易综合改革'), m('义乌海关', '义乌市', '海关', 2023)],
  ['a county tobacco monopoly bureau', own('缙云县烟草专卖局2023年度法治建设工作报告', '我局'), m('缙云县烟草专卖局', '缙云县', '烟草', 2023)],
  ['a county fire brigade', own('开化县消防救援大队2023年度法治建设工作报告', '我大队'), m('开化县消防救援大队', '开化县', '消防救援', 2023)],
  ['a financial regulator\'s city branch', own('国家金融监督管理总局衢州监管分局2023年度法治建设情况报告', '我分局'), m('衢州监管分局', '衢州市', '金融', 2023)],
  ['a maritime office by its city\'s short name, traditional', T(own('溫州海事局2023年度法治政府建設工作報告', '我局')), m('温州海事局', '温州市', '交通', 2023)],
  ['an autonomous county\'s weather bureau signed after other bodies', `2023年度法治气象建设工作报告\n一年来，我们配合县应急管理局、县自然资源局开展防灾减灾宣传8场。${WORK}\n\n景宁畲族自治县气象局\n2024年1月12日`, m('景宁畲族自治县气象局', '景宁畲族自治县', '气象', 2023)],
  ['a police traffic brigade named only in the lead', `2023年度法治建设工作报告\n2023年，龙泉市公安局交通管理大队坚持严格规范公正文明执法，全年查处交通违法行为1.2万起。${WORK}`, m('龙泉市公安局交通管理大队', '龙泉市', '公安', 2023)],
]

/** Years only in the body, beside next year's plan, in a span. */
const YEARS: [string, string, Meta][] = [
  ['a summary and next year\'s plan in one title', own('温岭市司法局2023年工作总结和2024年工作计划', '我局'), m('温岭市司法局', '温岭市', '司法行政', 2023)],
  ['a summary 暨 next year\'s thinking', own('天台县民政局2023年法治政府建设工作总结暨2024年工作思路', '我局'), m('天台县民政局', '天台县', '民政', 2023)],
  ['a report on the year\'s work and next year\'s arrangements', own('关于三门县财政局2023年工作情况和2024年工作安排的报告', '我局'), m('三门县财政局', '三门县', '财政', 2023)],
  ['next year\'s plan first, the summary after', own('仙居县林业局2024年工作计划及2023年工作总结', '我局'), m('仙居县林业局', '仙居县', '林业', 2023)],
  ['a 十四五 title with the year\'s progress', own('温州市“十四五”法治政府建设2023年度进展情况报告', '全市'), m('温州市人民政府', '温州市', '市政府', 2023)],
  ['a bureau before a 十四五 period in its title', own('安吉县司法局“十四五”法治政府建设2023年度推进情况报告', '我局'), m('安吉县司法局', '安吉县', '司法行政', 2023)],
  ['a 十四五 mid-term review, only 2021年以来 in the body', `龙湾区“十四五”法治政府建设中期评估报告\n2021年以来，龙湾区坚持依法行政，法治政府建设取得阶段性成效。${WORK}`, m('龙湾区人民政府', '龙湾区', '区县政府', null)],
  ['the year only in a heading of the body', `永康市教育局法治政府建设年度报告\n今年以来，我局坚持依法治教。\n一、2023年度推进法治政府建设的主要举措\n（一）抓好学法用法。组织集中学法6次。\n二、存在不足\n执法人员业务能力有待提高。`, m('永康市教育局', '永康市', '教育', 2023)],
  ['the year in Chinese numerals in the title', own('开化县交通运输局二〇二三年度法治政府建设情况报告', '我局'), m('开化县交通运输局', '开化县', '交通', 2023)],
  ['a summary and next year\'s key points, traditional', T(own('松陽縣司法局2023年工作總結及2024年工作要點', '我局')), m('松阳县司法局', '松阳县', '司法行政', 2023)],
  ['a half year\'s summary', own('缙云县水利局2023年上半年法治政府建设工作总结', '我局'), m('缙云县水利局', '缙云县', '水利', 2023)],
  ['a report on the year\'s work and next year\'s plans (打算)', own('关于武义县审计局2023年度法治政府建设工作情况及2024年工作打算的报告', '我局'), m('武义县审计局', '武义县', '审计', 2023)],
  ['a 2020 summary beside the 十四五 thinking', own('嘉善县商务局2020年法治政府建设工作总结和“十四五”工作思路', '我局', 2020), m('嘉善县商务局', '嘉善县', '商务', 2020)],
  ['过去一年 and a closing date only', `文成县自然资源和规划局法治政府建设情况报告\n过去一年，我局坚持依法行政。${WORK}\n\n2024年1月15日`, m('文成县自然资源和规划局', '文成县', '自然资源', 2023)],
  ['the year after a 现将 preamble only', `法治政府建设情况报告\n现将庆元县统计局2023年度法治政府建设工作情况报告如下：${WORK}`, m('庆元县统计局', '庆元县', '统计', 2023)],
  ['a 2021—2023 progress title, the year\'s figures in the body', own('泰顺县2021—2023年法治政府建设情况报告', '泰顺县'), m('泰顺县人民政府', '泰顺县', '区县政府', 2023)],
  ['the year only as 今年以来: none stated', `瑞安市应急管理局法治政府建设情况报告\n今年以来，我局坚持依法行政。${WORK}`, m('瑞安市应急管理局', '瑞安市', '应急管理', null)],
  ['a 述法 report titled for two years, the second its plan', `2023年度述法报告及2024年工作打算\n龙泉市司法局局长　叶某某\n2023年，本人认真履行推进法治建设第一责任人职责。${WORK}`, m('龙泉市司法局', '龙泉市', '司法行政', 2023)],
]

export const CASES_53B: [string, string, Meta][] = [...BANNERS, ...MERGED, ...ABBREVIATED, ...VERTICAL, ...YEARS]

/**
 * Openings for ./metaForms57.test.ts (meta57), first batch, part three: the author forms rounds 54–56 left open (a town whose county
 * is named only in running text, a town after its city's short name and its county, farms, 联合旗, 本庄镇, a street after 一是区) and
 * more wordings of part one's and two's shapes in places nobody here has written (west, north-east, south-west). Both scripts.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { lead } from './regionForms50'
import { GOV, STREET, TOWN, to } from './regionForms52'

const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`
const signed = (title: string, self: string, sig: string, y = 2023) => `${title}\n${WE(self, y)}${WORK}\n\n特此报告。\n\n${sig}`

/** A town whose county-level place is named only in running text, as the owner of a plan or a programme it follows. */
const RUNNING: [string, string, Meta][] = [
  ['a town that measures itself against its district\'s plans named without 《》', lead('华漕镇2023年度法治政府建设工作报告', '2023年，我镇对照闵行区法治建设“三个规划”，坚持依法行政。'), m('华漕镇人民政府', '闵行区华漕镇', TOWN, 2023)],
  ['a town that carries out its county\'s implementation plan without 《》', lead('南浔镇2023年法治政府建设工作报告', '2023年，我镇按照南浔区法治政府建设实施方案要求，坚持依法行政。'), m('南浔镇人民政府', '南浔区南浔镇', TOWN, 2023)],
  ['a town that carries out its county\'s key points for the year without 《》', lead('练市镇2023年度法治政府建设情况报告', '2023年，我镇认真落实南浔区2023年法治政府建设工作要点，坚持依法行政。'), m('练市镇人民政府', '南浔区练市镇', TOWN, 2023)],
  ['a town that follows its district\'s programme in quotes', lead('赵巷镇2023年法治政府建设工作总结', '2023年，我镇围绕青浦区“八五”普法规划，坚持依法行政。'), m('赵巷镇人民政府', '青浦区赵巷镇', TOWN, 2023)],
  ['near miss: a town that learns from another district', lead('新浜镇2023年度法治政府建设工作报告', '2023年，我镇学习借鉴闵行区法治建设经验，坚持依法行政。'), m('新浜镇人民政府', '新浜镇', TOWN, 2023)],
  ['near miss: a town that signs an agreement with another county', lead('廊下镇2023年度法治政府建设工作报告', '2023年，我镇与平湖市签订法治共建协议，坚持依法行政。'), m('廊下镇人民政府', '廊下镇', TOWN, 2023)],
  ['a town after its city\'s short name and its county', lead('宜宾屏山县龙华镇2023年法治政府建设工作报告', WE('我镇')), m('龙华镇人民政府', '屏山县龙华镇', TOWN, 2023)],
  ['a town after its city\'s short name and its county, traditional', T(lead('宜賓屏山縣書樓鎮2023年法治政府建設工作報告', WE('我鎮'))), m('书楼镇人民政府', '屏山县书楼镇', TOWN, 2023)],
  ['a state farm titled as 农场', lead('八五三农场2023年度法治建设工作报告', WE('我场')), m('八五三农场管理委员会', '八五三农场', TOWN, 2023)],
  ['a corps farm named by 场 alone', lead('红星二场2023年法治建设工作报告', '2023年，我场坚持依法治场，推进法治建设。'), m('红星二场', '红星二场', TOWN, 2023)],
  ['a 农垦 branch bureau', lead('黑龙江省农垦总局红兴隆分局2022年度法治建设工作报告', WE('我局', 2022)), m('农垦红兴隆分局', '黑龙江省', '农业农村', 2022)],
  ['a 联合旗 titled with its city', lead('包头市达尔罕茂明安联合旗人民政府2023年法治政府建设年度报告', WE('我旗')), m('达尔罕茂明安联合旗人民政府', '包头市达尔罕茂明安联合旗', GOV, 2023)],
  ['a 联合旗 bureau titled alone', lead('达尔罕茂明安联合旗司法局2023年度法治政府建设工作报告', WE('我局')), m('达尔罕茂明安联合旗司法局', '达尔罕茂明安联合旗', '司法行政', 2023)],
  ['a town whose name starts with 本 in a signature', signed('2023年度法治政府建设工作报告', '我镇', '石阡县本庄镇人民政府\n2024年1月15日'), m('本庄镇人民政府', '石阡县本庄镇', TOWN, 2023)],
  ['a street after 一是区 in a list lead', lead('2023年度法治建设工作报告', '一是区月湖街道党工委将法治建设纳入年度工作要点。二是完善依法决策机制。'), m('月湖街道办事处', '月湖街道', STREET, 2023)],
]

/** More signatures, parents, zones and streets, in the west, the north-east and the south-west. */
const MORE: [string, string, Meta][] = [
  ['a county-level city\'s bureau signed in Xinjiang', signed('2023年度法治政府建设情况报告', '我局', '阿克苏市交通运输局\n2024年1月17日'), m('阿克苏市交通运输局', '阿克苏市', '交通', 2023)],
  ['a county signed with its prefecture\'s short 州', signed('2023年法治政府建设年度报告', '我县', '凉山州布拖县人民政府\n2024年2月2日'), m('布拖县人民政府', '凉山州布拖县', GOV, 2023)],
  ['a city bureau signed in the north-east', signed('2023年度法治政府建设工作报告', '我局', '牡丹江市医疗保障局\n2024年1月29日'), m('牡丹江市医疗保障局', '牡丹江市', '医疗保障', 2023)],
  ['an invented county\'s bureau signed', signed('关于2023年度法治政府建设情况的报告', '我局', '松溪县生态环境分局\n2024年1月11日'), m('松溪县生态环境分局', '松溪县', '生态环境', 2023)],
  ['a county lying in its autonomous prefecture', lead('泸定县2023年度法治政府建设情况报告', '泸定县地处甘孜藏族自治州东南部。2023年，我县坚持依法行政。'), m('泸定县人民政府', '甘孜藏族自治州泸定县', GOV, 2023)],
  ['a county lying in its 地区', lead('沙雅县2023年法治政府建设年度报告', '我县位于阿克苏地区南部。2023年，我县坚持依法行政。'), m('沙雅县人民政府', '阿克苏地区沙雅县', GOV, 2023)],
  ['an autonomous county lying in its prefecture\'s short 州', lead('木里藏族自治县2023年度法治政府建设情况报告', '我县地处凉山州西北部。2023年，我县坚持依法行政。'), m('木里藏族自治县人民政府', '凉山州木里藏族自治县', GOV, 2023)],
  ['a town lying in its county in the north-east', lead('绥滨镇2023年度法治政府建设工作报告', '绥滨镇位于绥滨县中部。2023年，我镇坚持依法行政。'), m('绥滨镇人民政府', '绥滨县绥滨镇', TOWN, 2023)],
  ['near miss: a county that names its neighbours in the west', lead('温宿县2023年法治政府建设年度报告', '我县北依天山，南接阿克苏市，东邻拜城县。2023年，我县坚持依法行政。'), m('温宿县人民政府', '温宿县', GOV, 2023)],
  ['a county lying in its city, traditional, the west', T(lead('民勤縣2023年度法治政府建設情況報告', '我縣地處武威市東北部。2023年，我縣堅持依法行政。')), m('民勤县人民政府', '武威市民勤县', GOV, 2023)],
  ['a 高新区 committee lead with 党工委、管委会 in the west', lead('2023年度法治政府建设工作报告', '2023年，乌鲁木齐高新区党工委、管委会坚持依法行政。'), m('乌鲁木齐高新区管理委员会', '乌鲁木齐高新区', GOV, 2023)],
  ['a 新区 committee under its province\'s city', lead('贵安新区管理委员会2023年度法治政府建设情况报告', WE('我区')), m('贵安新区管理委员会', '贵安新区', GOV, 2023)],
  ['a zone\'s department titled with its zone', lead('长春新区应急管理局2023年度法治政府建设工作报告', WE('我局')), m('长春新区应急管理局', '长春新区', '应急管理', 2023)],
  ['a 经济技术开发区 committee in the north-east, traditional', T(lead('大慶經濟技術開發區管理委員會2023年度法治政府建設工作報告', WE('我區'))), m('大庆经济技术开发区管理委员会', '大庆经济技术开发区', GOV, 2023)],
  ['a street of a county-level city in the south-west', lead('都江堰市灌口街道2023年度法治政府建设工作报告', WE('我街道')), m('灌口街道办事处', '都江堰市灌口街道', STREET, 2023)],
  ['a street titled bare, its county-level city in its lead', lead('西街街道2023年法治政府建设工作报告', '2023年，在邛崃市委、市政府的坚强领导下，西街街道坚持依法行政。'), m('西街街道办事处', '邛崃市西街街道', STREET, 2023)],
  ['a street of a county-level city addressing its city', to('向阳街道2023年度法治政府建设情况报告', '中共五大连池市委、五大连池市人民政府：', WE('我街道')), m('向阳街道办事处', '五大连池市向阳街道', STREET, 2023)],
  ['a street of a county-level city signed', signed('2023年度法治政府建设情况报告', '我街道', '伊宁市萨依布依街道办事处\n2024年1月23日'), m('萨依布依街道办事处', '伊宁市萨依布依街道', STREET, 2023)],
  ['a street of a county-level city, traditional, the south-west', T(lead('彭州市天彭街道2023年度法治政府建設工作報告', WE('我街道'))), m('天彭街道办事处', '彭州市天彭街道', STREET, 2023)],
]

/** More chains, renames and noise. */
const MORE_B: [string, string, Meta][] = [
  ['a bureau chain titled in the west, 本局 in the body', lead('新疆维吾尔自治区阿克苏地区库车市司法局2023年度法治政府建设工作报告', WE('本局')), m('库车市司法局', '新疆维吾尔自治区阿克苏地区库车市', '司法行政', 2023)],
  ['a county chain titled in the south-west, 县人民政府 in the body', lead('云南省大理白族自治州宾川县人民政府2023年度法治政府建设情况报告', '2023年，县人民政府坚持依法行政。'), m('宾川县人民政府', '云南省大理白族自治州宾川县', GOV, 2023)],
  ['a bureau chain titled in the north-east, its short name in the body', lead('黑龙江省哈尔滨市道里区教育局2023年度法治政府建设工作报告', '2023年，道里区教育局坚持依法行政。'), m('道里区教育局', '黑龙江省哈尔滨市道里区', '教育', 2023)],
  ['a merged bureau titled by its new name in the west', lead('和田市自然资源局（原和田市国土资源局）2023年度法治政府建设工作报告', WE('我局')), m('和田市自然资源局', '和田市', '自然资源', 2023)],
  ['a bureau renamed in its lead in the south-west', lead('昭阳区林业和草原局2023年度法治政府建设工作报告', '2023年，原区林业局更名为区林业和草原局以来，我局坚持依法行政。'), m('昭阳区林业和草原局', '昭阳区', '林业', 2023)],
  ['a title in 【】 in the west', lead('【法治建设】吐鲁番市高昌区民政局2023年度法治政府建设工作报告', WE('我局')), m('高昌区民政局', '吐鲁番市高昌区', '民政', 2023)],
  ['a title whose author follows —— in the north-east', lead('2023年度法治政府建设情况报告——延吉市商务局', WE('我局')), m('延吉市商务局', '延吉市', '商务', 2023)],
  ['a full-width spaced title in the south-west', lead('安宁市　人力资源和社会保障局　2023年度法治政府建设工作报告', WE('我局')), m('安宁市人力资源和社会保障局', '安宁市', '人力资源社会保障', 2023)],
  ['a line break inside a town\'s title in the west', lead('伊宁县墩麻扎镇\n2023年度法治政府建设工作报告', WE('我镇')), m('墩麻扎镇人民政府', '伊宁县墩麻扎镇', TOWN, 2023)],
  ['a title in 【】 with an invented bureau', lead('【政务公开】青岚市城市管理局2023年度法治政府建设工作报告', WE('我局')), m('青岚市城市管理局', '青岚市', '城市管理', 2023)],
  ['a chain titled in the west, traditional', T(lead('甘肅省張掖市山丹縣交通運輸局2023年度法治政府建設工作報告', WE('我局'))), m('山丹县交通运输局', '甘肃省张掖市山丹县', '交通', 2023)],
  ['a title after —— and a line break, traditional', T(lead('2023年度法治政府建設情況報告\n——伊寧市民政局', WE('我局'))), m('伊宁市民政局', '伊宁市', '民政', 2023)],
]

/** Letterheads spaced character by character, zones written after their city with 市, and signatures with more than one body. */
const MORE_C: [string, string, Meta][] = [
  ['a letterhead spaced character by character', lead('泰 顺 县 司 法 局\n2023年度法治政府建设工作报告', WE('我局')), m('泰顺县司法局', '泰顺县', '司法行政', 2023)],
  ['a town letterhead spaced character by character', lead('雅 阳 镇 人 民 政 府\n关于2023年度法治政府建设情况的报告', WE('我镇')), m('雅阳镇人民政府', '雅阳镇', TOWN, 2023)],
  ['a letterhead spaced with full-width spaces', lead('苍　南　县　民　政　局\n2023年度法治政府建设工作报告', WE('我局')), m('苍南县民政局', '苍南县', '民政', 2023)],
  ['a title in 〖〗', lead('〖法治政府〗洞头区水利局2023年度法治政府建设工作报告', WE('我局')), m('洞头区水利局', '洞头区', '水利', 2023)],
  ['a title in 「」 quotes', lead('「文成县审计局2023年度法治政府建设工作报告」', WE('我局')), m('文成县审计局', '文成县', '审计', 2023)],
  ['a title cut after 关于 by a line break', lead('关于\n永嘉县财政局2023年度法治政府建设情况的报告', WE('我局')), m('永嘉县财政局', '永嘉县', '财政', 2023)],
  ['a zone committee written after its city with 市', lead('芜湖市经济技术开发区管委会2023年度法治政府建设工作报告', WE('我区')), m('芜湖市经济技术开发区管理委员会', '芜湖市经济技术开发区', GOV, 2023)],
  ['a county\'s zone committee written after its county', lead('长兴县经济技术开发区管理委员会2023年度法治政府建设工作报告', WE('我区')), m('长兴县经济技术开发区管理委员会', '长兴县经济技术开发区', GOV, 2023)],
  ['a zone committee signed with its city', signed('2023年度法治政府建设情况报告', '我区', '宜宾市临港经济技术开发区管理委员会\n2024年1月26日'), m('临港经济技术开发区管理委员会', '宜宾市临港经济技术开发区', GOV, 2023)],
  ['a zone\'s department written after its city', lead('衢州市绿色产业集聚区建设局2023年度法治政府建设工作报告', WE('我局')), m('绿色产业集聚区建设局', '衢州市绿色产业集聚区', '住房城乡建设', 2023)],
  ['a bureau signed with its party group beside it', signed('2023年度法治政府建设工作报告', '我局', '中共瑞安市林业局党组　瑞安市林业局\n2024年1月18日'), m('瑞安市林业局', '瑞安市', '林业', 2023)],
  ['a county government signed by its general office for it', signed('2023年度法治政府建设情况报告', '我县', '缙云县人民政府\n（此件公开发布）\n2024年1月31日'), m('缙云县人民政府', '缙云县', GOV, 2023)],
  ['a signature whose organ is spaced', signed('2023年度法治政府建设工作报告', '我局', '庆元县 交通运输局\n2024年1月12日'), m('庆元县交通运输局', '庆元县', '交通', 2023)],
  ['a county that lies in its province and city', lead('宁海县2023年度法治政府建设情况报告', '我县位于浙江省宁波市南部。2023年，我县坚持依法行政。'), m('宁海县人民政府', '浙江省宁波市宁海县', GOV, 2023)],
  ['a county-level city that says it is administered by its province for its city', lead('义乌市2023年度法治政府建设情况报告', '我市由金华市代管。2023年，我市坚持依法行政。'), m('义乌市人民政府', '金华市义乌市', GOV, 2023)],
  ['a town lying 地处 its county\'s east, traditional', T(lead('西屏鎮2023年度法治政府建設工作報告', '西屏鎮地處松陽縣中部。2023年，我鎮堅持依法行政。')), m('西屏镇人民政府', '松阳县西屏镇', TOWN, 2023)],
  ['a street of a county-level city addressing its prefecture', to('鳌江镇2023年度法治政府建设情况报告', '中共平阳县委、平阳县人民政府：', WE('我镇')), m('鳌江镇人民政府', '平阳县鳌江镇', TOWN, 2023)],
  ['a bureau renamed during the year, the new name after 现', lead('龙湾区综合行政执法局2023年度法治政府建设工作报告', '我局（原龙湾区城市管理局，2023年6月更名）坚持依法行政。'), m('龙湾区综合行政执法局', '龙湾区', '城市管理', 2023)],
  ['a renamed bureau whose old name is the page\'s 发布机构', lead('发布机构：瑞安市农业局\n瑞安市农业农村局2023年度法治政府建设工作报告', WE('我局')), m('瑞安市农业农村局', '瑞安市', '农业农村', 2023)],
  ['a chain titled with 自治州, 州X局 in the body', lead('湖南省湘西土家族苗族自治州司法局2023年度法治政府建设工作报告', '2023年，州司法局坚持依法行政。'), m('湘西土家族苗族自治州司法局', '湖南省湘西土家族苗族自治州', '司法行政', 2023)],
  ['a spaced letterhead, traditional', T(lead('蒼 南 縣 司 法 局\n2023年度法治政府建設工作報告', WE('我局'))), m('苍南县司法局', '苍南县', '司法行政', 2023)],
  ['a zone committee written after its city, traditional', T(lead('蕪湖市經濟技術開發區管委會2023年度法治政府建設工作報告', WE('我區'))), m('芜湖市经济技术开发区管理委员会', '芜湖市经济技术开发区', GOV, 2023)],
]

export const CASES_57C: [string, string, Meta][] = [...RUNNING, ...MORE, ...MORE_B, ...MORE_C]

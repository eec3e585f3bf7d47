/**
 * Openings for ./metaForms57.test.ts (meta57), first batch, part one, weighted to the REGION and the AGENCY: an author named only in
 * the signature block that closes the opening; a place given by its parent's or its neighbours' names (我县地处X市东部, 东邻X县); a
 * development zone's 管委会 under a city; a street of a county-level city. Invented wording; real and invented places, both scripts.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { lead } from './regionForms50'
import { GOV, STREET, TOWN, to } from './regionForms52'

const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`
/** A title with no author, a lead in the first person, the work, and a signature block with its date. */
const signed = (title: string, self: string, sig: string, y = 2023) => `${title}\n${WE(self, y)}${WORK}\n\n特此报告。\n\n${sig}`

/** The author only in the signature block. */
const SIGNED: [string, string, Meta][] = [
  ['a county bureau signed with a figures date', signed('2023年度法治政府建设工作情况报告', '我局', '泰顺县市场监督管理局\n2024年1月18日'), m('泰顺县市场监督管理局', '泰顺县', '市场监管', 2023)],
  ['a county bureau signed with a Chinese-numeral date', signed('关于2023年法治政府建设情况的报告', '我局', '龙泉市自然资源和规划局\n二〇二四年一月十二日'), m('龙泉市自然资源和规划局', '龙泉市', '自然资源', 2023)],
  ['a city bureau signed under a seal mark', signed('2022年度法治政府建设年度报告', '我委', '（盖章）\n衢州市卫生健康委员会\n2023年2月3日', 2022), m('衢州市卫生健康委员会', '衢州市', '卫生健康', 2022)],
  ['a town signed with its government and date on one line', signed('2023年法治政府建设工作总结', '我镇', '仙居县白塔镇人民政府　2024年1月25日'), m('白塔镇人民政府', '仙居县白塔镇', TOWN, 2023)],
  ['a street office signed with its district', signed('2023年度法治建设工作报告', '我街道', '海曙区南门街道办事处\n2024年1月9日'), m('南门街道办事处', '海曙区南门街道', STREET, 2023)],
  ['a county government signed after 特此报告 and an attachment line', signed('2023年度法治政府建设情况报告', '我县', '附件：2023年法治政府建设重点任务完成情况表\n\n景宁畲族自治县人民政府\n2024年2月1日'), m('景宁畲族自治县人民政府', '景宁畲族自治县', GOV, 2023)],
  ['a joint signature of a county\'s party committee and government', signed('2023年度法治政府建设情况的报告', '我县', '中共松阳县委员会　松阳县人民政府\n2024年1月30日'), m('松阳县人民政府', '松阳县', GOV, 2023)],
  ['a bureau signed by its full province chain', signed('2023年度法治政府建设工作报告', '我局', '福建省南平市建阳区交通运输局\n2024年1月16日'), m('建阳区交通运输局', '福建省南平市建阳区', '交通', 2023)],
  ['a banner\'s bureau signed with its league', signed('2023年法治政府建设年度报告', '我局', '锡林郭勒盟镶黄旗司法局\n2024年1月22日'), m('镶黄旗司法局', '锡林郭勒盟镶黄旗', '司法行政', 2023)],
  ['a township signed with the date first', signed('2022年度法治政府建设工作报告', '我乡', '2023年1月10日\n庆元县官塘乡人民政府', 2022), m('官塘乡人民政府', '庆元县官塘乡', TOWN, 2022)],
  ['near miss: a bureau signed, the body naming its city\'s bureau as guide', signed('2023年度法治政府建设情况报告', '我局', '永嘉县应急管理局\n2024年1月20日').replace('坚持依法行政', '在温州市应急管理局的指导下坚持依法行政'), m('永嘉县应急管理局', '永嘉县', '应急管理', 2023)],
  ['a county bureau signed, traditional', T(signed('2023年度法治政府建設工作情況報告', '我局', '蒼南縣民政局\n2024年1月19日')), m('苍南县民政局', '苍南县', '民政', 2023)],
  ['a town signed with its county, traditional', T(signed('2023年法治政府建設工作總結', '我鎮', '文成縣珊溪鎮人民政府\n二〇二四年一月八日')), m('珊溪镇人民政府', '文成县珊溪镇', TOWN, 2023)],
]

/** The place given by its parent or its neighbours in the body. */
const PARENT: [string, string, Meta][] = [
  ['a county lying in the east of its city', lead('青田县2023年度法治政府建设情况报告', '我县地处丽水市东部，总面积2493平方公里。2023年，我县坚持依法行政。'), m('青田县人民政府', '丽水市青田县', GOV, 2023)],
  ['a county whose name opens 地处 with its city\'s short form as 州', lead('剑河县2023年法治政府建设年度报告', '剑河县地处黔东南州中部。2023年，我县坚持依法行政。'), m('剑河县人民政府', '黔东南州剑河县', GOV, 2023)],
  ['a county bureau whose county lies in its city', lead('嵊泗县交通运输局2023年度法治政府建设工作报告', '嵊泗县位于舟山市东北部。2023年，我局坚持依法行政。'), m('嵊泗县交通运输局', '舟山市嵊泗县', '交通', 2023)],
  ['a town lying in its county\'s south', lead('安文街道2023年法治政府建设工作报告', '安文街道地处磐安县中部，是县城所在地。2023年，我街道坚持依法行政。'), m('安文街道办事处', '磐安县安文街道', STREET, 2023)],
  ['a town lying 坐落于 its county-level city', lead('横店镇2023年度法治政府建设情况报告', '我镇坐落于东阳市南部。2023年，我镇坚持依法行政。'), m('横店镇人民政府', '东阳市横店镇', TOWN, 2023)],
  ['near miss: a county naming only its neighbours', lead('泰顺县2023年度法治政府建设情况报告', '我县东邻福鼎市，南接寿宁县，西连景宁畲族自治县。2023年，我县坚持依法行政。'), m('泰顺县人民政府', '泰顺县', GOV, 2023)],
  ['near miss: a town bordering another county', lead('大洋镇2023年度法治政府建设工作报告', '我镇与永康市交界，距县城30公里。2023年，我镇坚持依法行政。'), m('大洋镇人民政府', '大洋镇', TOWN, 2023)],
  ['near miss: a town naming its neighbour town and its county\'s seat distance', lead('湖镇镇2023年法治政府建设工作报告', '我镇东邻游埠镇，西距龙游县城15公里。2023年，我镇坚持依法行政。'), m('湖镇镇人民政府', '湖镇镇', TOWN, 2023)],
  ['a county that lies at the junction of provinces and in its city', lead('江山市2023年度法治政府建设情况报告', '我市地处浙闽赣三省交界，隶属衢州市。2023年，我市坚持依法行政。'), m('江山市人民政府', '衢州市江山市', GOV, 2023)],
  ['near miss: a county in a province\'s part named by direction', lead('开化县2023年度法治政府建设工作报告', '我县地处浙西山区，是钱塘江源头。2023年，我县坚持依法行政。'), m('开化县人民政府', '开化县', GOV, 2023)],
  ['an invented county lying in its invented city', lead('云岭县2023年度法治政府建设情况报告', '云岭县地处青川市西北部。2023年，我县坚持依法行政。'), m('云岭县人民政府', '青川市云岭县', GOV, 2023)],
  ['a banner lying in its league', lead('阿巴嘎旗2023年法治政府建设年度报告', '我旗地处锡林郭勒盟北部。2023年，我旗坚持依法行政。'), m('阿巴嘎旗人民政府', '锡林郭勒盟阿巴嘎旗', GOV, 2023)],
  ['a county lying in its city, traditional', T(lead('縉雲縣2023年度法治政府建設情況報告', '我縣地處麗水市東北部。2023年，我縣堅持依法行政。')), m('缙云县人民政府', '丽水市缙云县', GOV, 2023)],
  ['near miss: a county neighbour list, traditional', T(lead('永嘉縣2023年度法治政府建設情況報告', '我縣東鄰樂清市，西接青田縣。2023年，我縣堅持依法行政。')), m('永嘉县人民政府', '永嘉县', GOV, 2023)],
]

/** A development zone's 管委会 under its city, and the zone's departments. */
const ZONES: [string, string, Meta][] = [
  ['a zone committee titled after its city with 市', lead('衢州市智造新城管理委员会2023年度法治政府建设工作报告', WE('我委')), m('智造新城管理委员会', '衢州市智造新城', GOV, 2023)],
  ['a zone committee named by its short 管委会', lead('嘉兴经济技术开发区管委会2023年度法治政府建设情况报告', WE('我区')), m('嘉兴经济技术开发区管理委员会', '嘉兴经济技术开发区', GOV, 2023)],
  ['a zone lead with 党工委、管委会', lead('2023年度法治政府建设工作报告', '2023年，温州湾新区党工委、管委会坚持依法行政，推进法治建设。'), m('温州湾新区管理委员会', '温州湾新区', GOV, 2023)],
  ['a 高新区 department titled with its city', lead('绍兴高新区综合执法局2023年度法治政府建设工作报告', WE('我局')), m('绍兴高新区综合执法局', '绍兴高新区', '城市管理', 2023)],
  ['a county\'s 经济开发区 committee', lead('武义经济开发区管委会2023年法治政府建设工作报告', WE('我区')), m('武义经济开发区管理委员会', '武义经济开发区', GOV, 2023)],
  ['a zone committee signed under a bare title', signed('2023年度法治政府建设情况报告', '我区', '丽水经济技术开发区管理委员会\n2024年1月26日'), m('丽水经济技术开发区管理委员会', '丽水经济技术开发区', GOV, 2023)],
  ['an invented zone committee', lead('青川高新技术产业开发区管理委员会2023年度法治政府建设情况报告', WE('我区')), m('青川高新技术产业开发区管理委员会', '青川高新技术产业开发区', GOV, 2023)],
  ['a zone committee addressing its city', to('湖州南太湖新区管理委员会2023年度法治政府建设工作报告', '湖州市人民政府：', WE('我区')), m('湖州南太湖新区管理委员会', '湖州南太湖新区', GOV, 2023)],
  ['a 综合保税区 committee', lead('舟山港综合保税区管理委员会2023年度法治政府建设工作报告', WE('我委')), m('舟山港综合保税区管理委员会', '舟山港综合保税区', GOV, 2023)],
  ['a zone committee, traditional', T(lead('金華經濟技術開發區管理委員會2023年度法治政府建設工作報告', WE('我區'))), m('金华经济技术开发区管理委员会', '金华经济技术开发区', GOV, 2023)],
]

/** A street of a county-level city. */
const STREETS: [string, string, Meta][] = [
  ['a street titled with its county-level city', lead('义乌市稠城街道2023年度法治政府建设工作报告', WE('我街道')), m('稠城街道办事处', '义乌市稠城街道', STREET, 2023)],
  ['a street titled with its prefecture and county-level city', lead('金华市东阳市白云街道办事处2023年法治政府建设情况报告', WE('我街道')), m('白云街道办事处', '金华市东阳市白云街道', STREET, 2023)],
  ['a street titled bare, its county-level city its addressee', to('玉环街道2023年度法治政府建设工作报告', '中共玉环市委、玉环市人民政府：', WE('我街道')), m('玉环街道办事处', '玉环市玉环街道', STREET, 2023)],
  ['a street under its county-level city\'s 市委、市政府 in the lead', lead('城东街道2023年法治政府建设工作总结', '2023年，在瑞安市委、市政府的坚强领导下，城东街道坚持依法行政。'), m('城东街道办事处', '瑞安市城东街道', STREET, 2023)],
  ['a street\'s 党工委、办事处 lead under a county-level city title', lead('乐清市城南街道2023年度法治政府建设情况报告', '2023年，城南街道党工委、办事处坚持依法行政。'), m('城南街道办事处', '乐清市城南街道', STREET, 2023)],
  ['a street in a county-level city of the west', lead('库尔勒市萨依巴格街道2023年法治政府建设工作报告', WE('我街道')), m('萨依巴格街道办事处', '库尔勒市萨依巴格街道', STREET, 2023)],
  ['a street of a county-level city that lies in it', lead('兰江街道2023年度法治政府建设工作报告', '兰江街道位于兰溪市中部。2023年，我街道坚持依法行政。'), m('兰江街道办事处', '兰溪市兰江街道', STREET, 2023)],
  ['a street of an invented county-level city', lead('青岚市翠屏街道2023年度法治政府建设工作报告', WE('我街道')), m('翠屏街道办事处', '青岚市翠屏街道', STREET, 2023)],
  ['near miss: a street of a county-level city named in a visit', lead('龙山街道2023年法治政府建设工作报告', '2023年，我街道赴慈溪市学习考察基层法治建设经验。'), m('龙山街道办事处', '龙山街道', STREET, 2023)],
  ['a street titled with its county-level city, traditional', T(lead('溫嶺市太平街道2023年度法治政府建設工作報告', WE('我街道'))), m('太平街道办事处', '温岭市太平街道', STREET, 2023)],
]

export const CASES_57: [string, string, Meta][] = [...SIGNED, ...PARENT, ...ZONES, ...STREETS]

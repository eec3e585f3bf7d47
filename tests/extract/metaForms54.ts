/**
 * Openings for ./metaForms54.test.ts (meta54), the author forms left open in rounds 49–53: a street under a bare 区, a town that says
 * it belongs to its county by 属, a one-character county in a town's own sentence, counties whose names start with 和, an author
 * named in brackets before its title (【X镇】), a provincial development zone's committee, a merged bureau's first field, and a
 * fire-rescue summary with no author; each with near misses. Invented wording; real and invented places.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const own = (title: string, self: string, y = 2023) => lead(title, `${y}年，${self}坚持依法行政，推进各项工作法治化。`)
const TOWN = '乡镇政府'
const STREET = '街道'

/** A street whose district the text writes only as 区 (区南湖东路街道), and its near misses. */
const BARE_DISTRICT: [string, string, Meta][] = [
  ['a street under a bare 区 in the lead, 依法行政 right after its name', lead('2023年度法治政府建设工作报告', '2023年，区北山街道依法行政工作取得新进展，全年未发生行政败诉案件。'), m('北山街道办事处', '北山街道', STREET, 2023)],
  ['a four-character street under a bare 区 in its title', own('区东风南路街道2023年法治政府建设情况报告', '街道党工委'), m('东风南路街道办事处', '东风南路街道', STREET, 2023)],
  ['a street office under a bare 区 in the lead', lead('法治政府建设年度报告', '2022年，区人民路街道办事处坚持以习近平法治思想为指导，扎实推进依法行政。'), m('人民路街道办事处', '人民路街道', STREET, 2022)],
  ['a street under a bare 区 in the lead, traditional', T(lead('2023年法治政府建设情况报告', '2023年，区解放路街道依法履职，推进基层治理法治化。')), m('解放路街道办事处', '解放路街道', STREET, 2023)],
  ['a street under a bare 区 with its party committee', lead('2023年度法治建设工作总结', '2023年，区湖滨街道党工委、办事处高度重视法治建设，把依法行政贯穿工作全过程。'), m('湖滨街道办事处', '湖滨街道', STREET, 2023)],
  ['a street under a bare 区 in the lead, its district named as its governing body', lead('2023年度法治政府建设工作报告', '2023年，在海曙区委、区政府的领导下，区南门街道依法行政水平稳步提升。'), m('南门街道办事处', '海曙区南门街道', STREET, 2023)],
  ['a street under 区 in its title addressing its district', `区西园路街道关于2023年度法治政府建设情况的报告\n鼓楼区人民政府：\n2023年，我街道坚持依法行政。${WORK}`, m('西园路街道办事处', '鼓楼区西园路街道', STREET, 2023)],
  ['near miss: a district bureau beside its streets, 区 before both', lead('区司法局2023年度法治政府建设工作报告', '2023年，区司法局指导区北山街道、区湖滨街道规范开展人民调解。'), m(null, null, '司法行政', 2023)],
]

/** A town or township that says it belongs to its county by 属 alone, and what else 属 says. */
const BELONGS: [string, string, Meta][] = [
  ['a township that says in its title line it belongs to its county (属)', lead('城南乡2023年法治政府建设工作报告', '城南乡属武宁县，辖11个行政村。2023年，我乡坚持依法行政。'), m('城南乡人民政府', '武宁县城南乡', TOWN, 2023)],
  ['我镇属 a county, the town named after', lead('2023年度法治政府建设情况报告', '我镇属平江县，总面积120平方公里。2023年，白石镇党委、政府坚持依法行政。'), m('白石镇人民政府', '平江县白石镇', TOWN, 2023)],
  ['a town that belongs to its city and county by 属', lead('黄田镇2023年度法治政府建设情况报告', '黄田镇属宣城市旌德县，地处皖南山区。2023年，我镇坚持依法行政。'), m('黄田镇人民政府', '宣城市旌德县黄田镇', TOWN, 2023)],
  ['a town of an invented county by 属, traditional', T(lead('大坪鎮2023年法治政府建設工作報告', '大坪鎮屬青禾縣，地處山區。2023年，我鎮堅持依法行政。')), m('大坪镇人民政府', '青禾县大坪镇', TOWN, 2023)],
  ['a street that belongs to its district by 属', lead('城西街道2023年法治政府建设年度报告', '城西街道属临川区，是中心城区的重要组成部分。2023年，我街道坚持依法行政。'), m('城西街道办事处', '临川区城西街道', STREET, 2023)],
  ['near miss: a township that belongs to an old revolutionary area (属革命老区)', lead('东岭乡2023年法治政府建设工作报告', '东岭乡属革命老区，辖9个行政村。2023年，我乡坚持依法行政。'), m('东岭乡人民政府', '东岭乡', TOWN, 2023)],
  ['near miss: a town of a mountain farming kind (属山区农业镇)', lead('西坪镇2023年度法治政府建设报告', '西坪镇属山区农业镇，人口3.2万。2023年，我镇坚持依法行政。'), m('西坪镇人民政府', '西坪镇', TOWN, 2023)],
  ['near miss: a town whose county belongs to a poor kind (属国家乡村振兴重点帮扶县)', lead('南河镇2023年度法治政府建设报告', '南河镇所在的县属国家乡村振兴重点帮扶县。2023年，我镇坚持依法行政。'), m('南河镇人民政府', '南河镇', TOWN, 2023)],
]

/** A county of one character named in a town's own sentence. */
const ONE_CHARACTER: [string, string, Meta][] = [
  ['a town 地处 a one-character county', lead('双石镇2023年法治政府建设工作报告', '双石镇地处荣县北部，辖14个村。2023年，我镇坚持依法行政。'), m('双石镇人民政府', '荣县双石镇', TOWN, 2023)],
  ['a town 位于 a one-character county', lead('李渡镇2023年度法治政府建设情况报告', '李渡镇位于渠县东南部。2023年，我镇坚持依法行政。'), m('李渡镇人民政府', '渠县李渡镇', TOWN, 2023)],
  ['a town 隶属于 a one-character county', lead('2023年度法治政府建设工作报告', '大屯镇隶属于沛县，2023年，我镇坚持依法行政。'), m('大屯镇人民政府', '沛县大屯镇', TOWN, 2023)],
  ['a town 位于 a one-character county, traditional', T(lead('黃村鎮2023年法治政府建設情況報告', '黃村鎮位於歙縣西部。2023年，我鎮堅持依法行政。')), m('黄村镇人民政府', '歙县黄村镇', TOWN, 2023)],
  ['a town that is the northern gate of a one-character county', lead('正佳镇2023年法治政府建设工作报告', '正佳镇是荣县的北大门。2023年，我镇坚持依法行政。'), m('正佳镇人民政府', '荣县正佳镇', TOWN, 2023)],
  ['a town 地处 a one-character county after its city', lead('黄陂镇2023年度法治政府建设报告', '黄陂镇地处安庆市潜山市南部。2023年，我镇坚持依法行政。'), m('黄陂镇人民政府', '安庆市潜山市黄陂镇', TOWN, 2023)],
  ['我镇 led by a one-character county written once', lead('2023年度法治政府建设工作报告', '2023年，在萧县县委、县政府的坚强领导下，我镇坚持依法行政。圣泉镇全年调解纠纷56件。'), m('圣泉镇人民政府', '萧县圣泉镇', TOWN, 2023)],
  ['near miss: a town 位于 its town centre (位于城区北部)', lead('城北镇2023年度法治政府建设报告', '城北镇位于城区北部。2023年，我镇坚持依法行政。'), m('城北镇人民政府', '城北镇', TOWN, 2023)],
]

/** Counties whose names start with 和. */
const HE: [string, string, Meta][] = [
  ['a 县X局 led by a county starting with 和 after 在', lead('2023年度法治政府建设工作报告', '2023年，在和林格尔县委、县政府的坚强领导下，县司法局坚持依法行政。'), m('和林格尔县司法局', '和林格尔县', '司法行政', 2023)],
  ['a town led by 和静县 as its governing body', lead('青禾镇2023年法治政府建设情况报告', '2023年，在和静县委、县政府的正确领导下，我镇坚持依法行政。'), m('青禾镇人民政府', '和静县青禾镇', TOWN, 2023)],
  ['a town 位于 和平县', lead('东水镇2023年度法治政府建设工作报告', '东水镇位于和平县西部。2023年，我镇坚持依法行政。'), m('东水镇人民政府', '和平县东水镇', TOWN, 2023)],
  ['a joint letterhead of 和政县', `中共和政县委员会　和政县人民政府\n关于2023年度法治政府建设情况的报告\n临夏州委、州政府：\n2023年，我县坚持依法行政。${WORK}`, m('和政县人民政府', '临夏州和政县', '区县政府', 2023)],
  ['a county starting with 和 as the lead\'s subject', lead('2023年度法治政府建设工作报告', '2023年，和顺县人民政府坚持以习近平法治思想为指导，全面推进依法行政。'), m('和顺县人民政府', '和顺县', '区县政府', 2023)],
  ['a 县X局 in a county starting with 和, its county named after 按照', lead('2023年度法治政府建设情况报告', '2023年，按照和硕县委全面依法治县委员会的部署，县市场监管局坚持依法行政。'), m('和硕县市场监督管理局', '和硕县', '市场监管', 2023)],
  ['a town led by 和龙市, traditional', T(lead('八家子鎮2023年法治政府建設情況報告', '2023年，在和龍市委、市政府的正確領導下，我鎮堅持依法行政。')), m('八家子镇人民政府', '和龙市八家子镇', TOWN, 2023)],
  ['near miss: 和 between two other counties in a bureau\'s report', lead('禄劝县司法局2023年度法治政府建设工作报告', '2023年，我局与寻甸县和武定县司法局开展边界联合调解。'), m('禄劝县司法局', '禄劝县', '司法行政', 2023)],
]

/** An author named in brackets before its title (【桃源镇】…), and a column mark in brackets. */
const BRACKETED: [string, string, Meta][] = [
  ['a town in brackets before its title', lead('【桃源镇】2023年法治政府建设年度报告', '2023年，我镇坚持依法行政，推进基层治理法治化。'), m('桃源镇人民政府', '桃源镇', TOWN, 2023)],
  ['a street in brackets before a 关于 title', lead('【云溪街道】关于2022年度法治政府建设工作情况的报告', '2022年，我街道坚持依法行政。'), m('云溪街道办事处', '云溪街道', STREET, 2022)],
  ['a county bureau in brackets before its title', lead('【石门县司法局】2023年度法治政府建设情况报告', '2023年，我局坚持依法行政。'), m('石门县司法局', '石门县', '司法行政', 2023)],
  ['a township in brackets before its title, traditional', T(lead('【青山鄉】2023年度法治政府建設情況報告', '2023年，我鄉堅持依法行政。')), m('青山乡人民政府', '青山乡', TOWN, 2023)],
  ['a county in brackets before its title', lead('【上林县】2023年法治政府建设年度报告', '2023年，我县坚持依法行政，全县法治政府建设取得新成效。'), m('上林县人民政府', '上林县', '区县政府', 2023)],
  ['a town in square brackets before its title', lead('[河口镇]2023年法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('河口镇人民政府', '河口镇', TOWN, 2023)],
  ['near miss: a column mark in brackets before a town\'s title', lead('【工作动态】白沙镇2023年法治政府建设年度报告', '2023年，我镇坚持依法行政。'), m('白沙镇人民政府', '白沙镇', TOWN, 2023)],
  ['near miss: a topic in brackets before a bare title, 我局 with no place', lead('【法治政府建设】2023年度工作报告', '2023年，我局坚持依法行政。'), m(null, null, null, 2023)],
]

/** A provincial development zone's committee (X省级经济开发区管委会). */
const PROVINCIAL_ZONE: [string, string, Meta][] = [
  ['a 省级经济开发区 committee in its title', own('青河省级经济开发区管委会2023年法治政府建设工作报告', '管委会'), m('青河省级经济开发区管理委员会', '青河省级经济开发区', '区县政府', 2023)],
  ['a 省级经济开发区 committee in full before 关于', lead('桐城省级经济开发区管理委员会关于2022年度法治政府建设情况的报告', '2022年，开发区党工委、管委会坚持依法行政。'), m('桐城省级经济开发区管理委员会', '桐城省级经济开发区', '区县政府', 2022)],
  ['a 省级高新技术产业开发区 committee', own('宁都省级高新技术产业开发区管委会2023年度法治政府建设情况报告', '我区'), m('宁都省级高新技术产业开发区管理委员会', '宁都省级高新技术产业开发区', '区县政府', 2023)],
  ['a 省级经济开发区 committee, traditional', T(own('懷寧省級經濟開發區管委會2023年法治政府建設工作報告', '管委會')), m('怀宁省级经济开发区管理委员会', '怀宁省级经济开发区', '区县政府', 2023)],
  ['a 省级工业园区 committee in the lead', lead('2023年度法治政府建设工作报告', '2023年，湘阴省级工业园区管委会坚持依法行政，优化法治化营商环境。'), m('湘阴省级工业园区管理委员会', '湘阴省级工业园区', '区县政府', 2023)],
]

/** A merged bureau: the field it names first (科技和工业信息化局 → 科技). */
const MERGED: [string, string, Meta][] = [
  ['a science and industry bureau', own('洪山县科技和工业信息化局2023年度法治政府建设工作报告', '我局'), m('洪山县科技和工业信息化局', '洪山县', '科技', 2023)],
  ['an industry and commerce bureau', own('淄川区工业信息化和商务局2023年法治政府建设年度报告', '我局'), m('淄川区工业信息化和商务局', '淄川区', '经济信息化', 2023)],
  ['a culture, broadcasting, tourism and sports bureau', own('婺源县文化广电和旅游体育局2023年度法治政府建设情况报告', '我局'), m('婺源县文化广电和旅游体育局', '婺源县', '文化旅游', 2023)],
  ['an education and sports bureau', own('安福县教育和体育局2023年度法治政府建设工作报告', '我局'), m('安福县教育和体育局', '安福县', '教育', 2023)],
  ['a commerce and grain bureau in the lead', lead('2023年度法治政府建设情况报告', '2023年，樟树市商务和粮食局坚持依法行政，规范粮食流通监管。'), m('樟树市商务和粮食局', '樟树市', '商务', 2023)],
  ['a science and industry bureau, traditional', T(own('萍鄉市科學技術和工業信息化局2023年度法治政府建設工作報告', '我局')), m('萍乡市科学技术和工业信息化局', '萍乡市', '科技', 2023)],
  ['a data and service bureau', own('浏阳市数据和政务服务局2023年度法治政府建设情况报告', '我局'), m('浏阳市数据和政务服务局', '浏阳市', '政务服务', 2023)],
  ['an agriculture and water bureau', own('井冈山市农业农村和水利局2023年度法治政府建设工作报告', '我局'), m('井冈山市农业农村和水利局', '井冈山市', '农业农村', 2023)],
  ['a science and technology bureau with the industry plaque after it', own('泰和县科学技术局（县工业和信息化局）2023年度法治政府建设情况报告', '我局'), m('泰和县科学技术局', '泰和县', '科技', 2023)],
  ['a commerce and investment bureau', own('南昌县商务和投资促进局2023年度法治政府建设工作报告', '我局'), m('南昌县商务和投资促进局', '南昌县', '商务', 2023)],
]

/** A summary of a field's work that names no author. */
const NO_AUTHOR: [string, string, Meta][] = [
  ['a fire-rescue summary of a whole province naming no author', lead('2023年消防救援队伍法治建设工作总结', '2023年，全省消防救援队伍深入贯彻习近平法治思想，严格规范公正文明执法，全年开展消防监督检查1.2万家次。'), m(null, null, '消防救援', 2023)],
  ['a fire-rescue summary naming no author, traditional', T(lead('2023年度消防監督執法工作情況', '2023年，全市消防救援隊伍堅持依法履職，推進消防執法規範化建設。')), m(null, null, '消防救援', 2023)],
  ['a fire-rescue detachment named in its title', own('三明市消防救援支队2023年度法治建设工作报告', '支队'), m('三明市消防救援支队', '三明市', '消防救援', 2023)],
]

/** More of the same forms in other wording (streets, 属, one-character and 和 counties, brackets, zones, merged bureaus). */
const MORE: [string, string, Meta][] = [
  ['a street under a bare 区 as the subject of 高度重视', lead('法治政府建设年度报告（2023年）', '区和平街道高度重视法治政府建设，2023年全年开展普法活动32场。'), m('和平街道办事处', '和平街道', STREET, 2023)],
  ['a street under a bare 区 in a 一是 clause', lead('2023年法治政府建设情况报告', '一是区长江路街道党工委把法治建设纳入年度工作要点。二是完善依法决策机制。'), m('长江路街道办事处', '长江路街道', STREET, 2023)],
  ['a street office under a bare 区, traditional', T(lead('2023年度法治政府建設工作總結', '2023年，區北門街道辦事處堅持依法行政。')), m('北门街道办事处', '北门街道', STREET, 2023)],
  ['a township of an autonomous county by 属', lead('龙潭乡2023年法治政府建设工作报告', '龙潭乡属彭水苗族土家族自治县，2023年，我乡坚持依法行政。'), m('龙潭乡人民政府', '彭水苗族土家族自治县龙潭乡', TOWN, 2023)],
  ['a town of a banner by 属', lead('巴彦塔拉镇2023年度法治政府建设报告', '巴彦塔拉镇属达拉特旗，2023年，我镇坚持依法行政。'), m('巴彦塔拉镇人民政府', '达拉特旗巴彦塔拉镇', TOWN, 2023)],
  ['near miss: a town of a climate kind (属亚热带季风气候区)', lead('石塘镇2023年度法治政府建设报告', '石塘镇属亚热带季风气候区。2023年，我镇坚持依法行政。'), m('石塘镇人民政府', '石塘镇', TOWN, 2023)],
  ['a town 位于 滑县', lead('留固镇2023年法治政府建设工作报告', '留固镇位于滑县东部，2023年，我镇坚持依法行政。'), m('留固镇人民政府', '滑县留固镇', TOWN, 2023)],
  ['a town 隶属 a one-character county, traditional', T(lead('2023年法治政府建設工作報告', '宏村鎮隸屬黟縣，2023年，我鎮堅持依法行政。')), m('宏村镇人民政府', '黟县宏村镇', TOWN, 2023)],
  ['a town addressing a one-character county\'s government', `渠江镇关于2023年度法治政府建设情况的报告\n渠县人民政府：\n2023年，我镇坚持依法行政。${WORK}`, m('渠江镇人民政府', '渠县渠江镇', TOWN, 2023)],
  ['a bureau of a one-character county in its title', own('叶县自然资源局2023年度法治政府建设情况报告', '我局'), m('叶县自然资源局', '叶县', '自然资源', 2023)],
  ['a 和田县 bureau in its title', own('和田县司法局2023年度法治政府建设工作报告', '我局'), m('和田县司法局', '和田县', '司法行政', 2023)],
  ['a town addressing 和林格尔县', `盛乐镇关于2023年度法治政府建设情况的报告\n和林格尔县人民政府：\n2023年，我镇坚持依法行政。${WORK}`, m('盛乐镇人民政府', '和林格尔县盛乐镇', TOWN, 2023)],
  ['a 县X局 in a 和 county named after 根据, traditional', T(lead('2023年度法治政府建設情況報告', '2023年，根據和靜縣委依法治縣辦的部署，縣交通運輸局堅持依法行政。')), m('和静县交通运输局', '和静县', '交通', 2023)],
  ['a county-level city\'s bureau in brackets, traditional', T(lead('【瑞金市應急管理局】2023年度法治政府建設工作報告', '2023年，我局堅持依法行政。')), m('瑞金市应急管理局', '瑞金市', '应急管理', 2023)],
  ['a town in brackets with its county', lead('【于都县禾丰镇】2023年法治政府建设年度报告', '2023年，我镇坚持依法行政。'), m('禾丰镇人民政府', '于都县禾丰镇', TOWN, 2023)],
  ['a street office in brackets before its title', lead('【桃园街道办事处】2023年度法治政府建设工作报告', '2023年，我街道坚持依法行政。'), m('桃园街道办事处', '桃园街道', STREET, 2023)],
  ['a provincial zone committee signed at the end', `2023年度法治政府建设工作报告\n2023年，我区坚持依法行政。${WORK}\n\n龙南省级经济技术开发区管理委员会\n2024年1月10日`, m('龙南省级经济技术开发区管理委员会', '龙南省级经济技术开发区', '区县政府', 2023)],
  ['a culture, tourism and sports bureau', own('余江区文化旅游和体育局2023年度法治政府建设情况报告', '我局'), m('余江区文化旅游和体育局', '余江区', '文化旅游', 2023)],
  ['a health and sports bureau', own('安远县卫生健康和体育局2023年度法治政府建设工作报告', '我局'), m('安远县卫生健康和体育局', '安远县', '卫生健康', 2023)],
  ['a water and lakes bureau', own('鄱阳县水利和湖泊局2023年度法治政府建设情况报告', '我局'), m('鄱阳县水利和湖泊局', '鄱阳县', '水利', 2023)],
  ['a market regulation and intellectual property bureau', own('新余市市场监督管理和知识产权局2023年度法治政府建设工作报告', '我局'), m('新余市市场监督管理和知识产权局', '新余市', '市场监管', 2023)],
  ['a natural resources and planning bureau in the lead', lead('2023年度法治政府建设情况报告', '2023年，万年县自然资源和规划局坚持依法行政，严格执法监管。'), m('万年县自然资源和规划局', '万年县', '自然资源', 2023)],
  ['a fire-rescue summary citing its province\'s regulation, no author', lead('2023年度消防执法工作总结', '2023年，全省消防救援机构认真贯彻《福建省消防条例》，依法开展消防监督检查。'), m(null, null, '消防救援', 2023)],
]

export const CASES_54: [string, string, Meta][] = [...BARE_DISTRICT, ...BELONGS, ...ONE_CHARACTER, ...HE, ...BRACKETED, ...PROVINCIAL_ZONE, ...MERGED, ...NO_AUTHOR, ...MORE]

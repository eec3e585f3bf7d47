/**
 * The second batch for ./metaForms54.test.ts (meta54c): the forms ruled after the first run, in new wording, with near misses — a
 * town's county by 属, a one-character county after 位于/地处/隶属/是, a name starting with 和 after a preposition, 按照/依照 a county's
 * party committee before a 县X局, a street or town after its level alone in the lead, 依法行政 or 依法履职 right after a lead's
 * subject, a zone's grade in its name, a merged bureau's first field. Invented wording; real and invented places.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const own = (title: string, self: string, y = 2024) => lead(title, `${y}年，${self}认真贯彻落实法治政府建设实施纲要。`)
const TOWN = '乡镇政府'
const STREET = '街道'

export const CASES_54C: [string, string, Meta][] = [
  // 属
  ['c: 本乡属 a county in a second sentence', lead('高桥乡2024年度法治政府建设情况', '本乡辖8个行政村。高桥乡属浏阳市，2024年全乡依法行政工作稳步推进。'), m('高桥乡人民政府', '浏阳市高桥乡', TOWN, 2024)],
  ['c: a street belonging to a district by 属, traditional', T(lead('新華街道2024年法治政府建設報告', '新華街道屬城中區，2024年，我街道深入推進依法行政。')), m('新华街道办事处', '城中区新华街道', STREET, 2024)],
  ['c: a town belonging to a three-character county by 属 after its population', lead('马鞍镇2024年法治政府建设工作总结', '马鞍镇户籍人口4.1万，属南部县。2024年，我镇扎实推进依法行政。'), m('马鞍镇人民政府', '南部县马鞍镇', TOWN, 2024)],
  ['c: near miss: a town of a kind of county (属农业大县)', lead('柳林镇2024年度法治政府建设报告', '柳林镇所在县属农业大县，2024年，我镇扎实推进依法行政。'), m('柳林镇人民政府', '柳林镇', TOWN, 2024)],
  ['c: near miss: a township in a key county (属国家重点生态功能区)', lead('塔坪乡2024年度法治政府建设报告', '塔坪乡属国家重点生态功能区，2024年，我乡扎实推进依法行政。'), m('塔坪乡人民政府', '塔坪乡', TOWN, 2024)],
  // one-character counties
  ['c: a town 地处 a one-character county\'s west', lead('琴溪镇2024年度法治政府建设情况报告', '琴溪镇地处泾县西部，辖10个行政村。2024年，我镇坚持依法行政。'), m('琴溪镇人民政府', '泾县琴溪镇', TOWN, 2024)],
  ['c: a town 距 a one-character county\'s seat', lead('道口镇2024年法治政府建设工作报告', '道口镇距滑县城区5公里。2024年，我镇坚持依法行政。'), m('道口镇人民政府', '滑县道口镇', TOWN, 2024)],
  ['c: a town that is one of a one-character county\'s towns', lead('任店镇2024年法治政府建设报告', '任店镇是叶县的重要集镇之一。2024年，我镇坚持依法行政。'), m('任店镇人民政府', '叶县任店镇', TOWN, 2024)],
  ['c: a town 位于 a one-character county, the county seat after', T(lead('2024年度法治政府建設工作報告', '鳳凰鎮位於蠡縣城北10公里。2024年，我鎮堅持依法行政。')), m('凤凰镇人民政府', '蠡县凤凰镇', TOWN, 2024)],
  ['c: near miss: a town 位于 its own county\'s seat (位于县城东部)', lead('城东镇2024年度法治政府建设报告', '城东镇位于县城东部。2024年，我镇坚持依法行政。'), m('城东镇人民政府', '城东镇', TOWN, 2024)],
  ['c: near miss: a town 位于 a neighbouring county (位于邻县)', lead('石桥镇2024年度法治政府建设报告', '石桥镇与位于邻县的河口镇接壤。2024年，我镇坚持依法行政。'), m('石桥镇人民政府', '石桥镇', TOWN, 2024)],
  // names starting with 和
  ['c: a town led by 和田县 after 在', lead('2024年度法治政府建设工作报告', '2024年，在和田县委、县政府的领导下，我镇深入推进依法行政，巴格其镇法治建设再上新台阶。'), m('巴格其镇人民政府', '和田县巴格其镇', TOWN, 2024)],
  ['c: a 县X局 following 和平县委 by 依照', lead('2024年度法治政府建设情况报告', '2024年，依照和平县委全面依法治县委员会的安排，县农业农村局坚持依法行政。'), m('和平县农业农村局', '和平县', '农业农村', 2024)],
  ['c: a town 隶属 和顺县, traditional', T(lead('2024年法治政府建設工作報告', '松煙鎮隸屬和順縣，2024年，我鎮堅持依法行政。')), m('松烟镇人民政府', '和顺县松烟镇', TOWN, 2024)],
  ['c: near miss: two counties joined by 和 in a town\'s report', lead('双河镇2024年度法治政府建设报告', '2024年，我镇与永胜县和华坪县的乡镇开展边界联合调解。'), m('双河镇人民政府', '双河镇', TOWN, 2024)],
  // 按照/依照 a county's party committee
  ['c: a 县X局 following its county\'s committee by 按照', lead('2024年度法治政府建设工作报告', '2024年，按照沙雅县委的统一部署，县林草局坚持依法行政。'), m('沙雅县林业和草原局', '沙雅县', '林业', 2024)],
  ['c: near miss: a 县X局 taking another county\'s practice as a model (参照)', lead('2024年度法治政府建设工作报告', '2024年，县林草局参照库车市委的做法，完善执法制度。'), m(null, null, '林业', 2024)],
  // a street or town after its level alone; 依法行政 as a lead's verb
  ['c: a town after 县 alone in the lead', lead('2024年度法治政府建设情况报告', '2024年，县石门镇坚持以习近平法治思想为指导，推进基层依法治理。'), m('石门镇人民政府', '石门镇', TOWN, 2024)],
  ['c: a street after 区 alone, 依法履职 right after it', lead('法治政府建设年度报告', '2024年，区清河街道依法履职，全年未发生行政败诉案件。'), m('清河街道办事处', '清河街道', STREET, 2024)],
  ['c: a street named in full, 依法行政 right after it, traditional', T(lead('2024年度法治政府建設工作報告', '2024年，東湖街道依法行政水平穩步提升。')), m('东湖街道办事处', '东湖街道', STREET, 2024)],
  ['c: a street after 区 alone, its district named as the leader', lead('2024年度法治政府建设工作报告', '2024年，在鼓楼区委、区政府的领导下，区华大街道坚持依法行政。'), m('华大街道办事处', '鼓楼区华大街道', STREET, 2024)],
  ['c: a county bureau, 依法行政 right after it', lead('2024年度法治政府建设工作报告', '2024年，资溪县财政局依法行政工作取得新成效。'), m('资溪县财政局', '资溪县', '财政', 2024)],
  ['c: near miss: 县前镇 keeps the level in its name', lead('2024年度法治政府建设工作报告', '2024年，县前镇依法行政工作扎实推进。'), m('县前镇人民政府', '县前镇', TOWN, 2024)],
  // a zone's grade in its name
  ['c: a 国家级经济技术开发区 committee in its title', own('九江国家级经济技术开发区管委会2024年度法治政府建设工作报告', '管委会'), m('九江国家级经济技术开发区管理委员会', '九江国家级经济技术开发区', '区县政府', 2024)],
  ['c: a 省级高新区 committee in the lead, traditional', T(lead('2024年度法治政府建設工作報告', '2024年，萬安省級高新區管委會堅持依法行政。')), m('万安省级高新区管理委员会', '万安省级高新区', '区县政府', 2024)],
  ['c: a 省级产业园区 committee with its party committee', lead('2024年度法治政府建设情况报告', '2024年，永丰省级产业园区党工委、管委会坚持依法行政。'), m('永丰省级产业园区管理委员会', '永丰省级产业园区', '区县政府', 2024)],
  ['c: near miss: a county government that names its 省级 zone', own('信丰县2024年法治政府建设年度报告', '我县指导信丰省级经济开发区'), m('信丰县人民政府', '信丰县', '区县政府', 2024)],
  // merged bureaus
  ['c: a science, industry and information bureau, the lead', lead('2024年度法治政府建设情况报告', '2024年，黎川县科学技术和工业信息化局坚持依法行政。'), m('黎川县科学技术和工业信息化局', '黎川县', '科技', 2024)],
  ['c: a commerce and industry bureau', own('金溪县商务和工业信息化局2024年度法治政府建设工作报告', '我局'), m('金溪县商务和工业信息化局', '金溪县', '商务', 2024)],
  ['c: a culture and sports bureau, traditional', T(own('崇義縣文化廣電新聞出版和旅遊體育局2024年度法治政府建設情況報告', '我局')), m('崇义县文化广电新闻出版和旅游体育局', '崇义县', '文化旅游', 2024)],
  ['c: a transport and logistics bureau', own('上饶市交通运输和物流局2024年度法治政府建设工作报告', '我局'), m('上饶市交通运输和物流局', '上饶市', '交通', 2024)],
  ['c: an emergency and fire bureau', own('南丰县应急管理和消防局2024年度法治政府建设情况报告', '我局'), m('南丰县应急管理和消防局', '南丰县', '应急管理', 2024)],
  ['c: a development and reform and science bureau', own('宜黄县发展和改革委员会2024年度法治政府建设工作报告', '我委'), m('宜黄县发展和改革委员会', '宜黄县', '发展改革', 2024)],
  ['c: near miss: a single-field bureau in a county named with 和', own('和静县审计局2024年度法治政府建设工作报告', '我局'), m('和静县审计局', '和静县', '审计', 2024)],
  ['c: near miss: a housing bureau with the civil air defence plaque, merged name', own('上高县住房和城乡建设局（县人民防空办公室）2024年度法治政府建设情况报告', '我局'), m('上高县住房和城乡建设局', '上高县', '住房城乡建设', 2024)],
  ['c: a health and family bureau in a 和 county', own('和龙市卫生健康和计划生育局2024年度法治政府建设工作报告', '我局'), m('和龙市卫生健康和计划生育局', '和龙市', '卫生健康', 2024)],
  ['c: a civil affairs and veterans bureau', own('宁冈县民政和退役军人事务局2024年度法治政府建设情况报告', '我局'), m('宁冈县民政和退役军人事务局', '宁冈县', '民政', 2024)],
  ['c: an agriculture and forestry bureau', own('横峰县农业农村和林业局2024年度法治政府建设工作报告', '我局'), m('横峰县农业农村和林业局', '横峰县', '农业农村', 2024)],
  ['c: a water and lakes bureau in the lead, traditional', T(lead('2024年度法治政府建設情況報告', '2024年，餘干縣水利和湖泊局堅持依法治水。')), m('余干县水利和湖泊局', '余干县', '水利', 2024)],
]

/** After the rules on a city's short 州 before a county-level place and on a province's part by direction (written after, run once). */
export const CASES_54D: [string, string, Meta][] = [
  ['d: a district bureau after its city\'s short 州', own('杭州西湖区司法局2024年度法治政府建设工作报告', '我局'), m('西湖区司法局', '西湖区', '司法行政', 2024)],
  ['d: a county-level city\'s government after its city\'s short 州, traditional', T(own('蘇州昆山市人民政府2024年度法治政府建設情況報告', '我市')), m('昆山市人民政府', '昆山市', '区县政府', 2024)],
  ['d: near miss: a prefecture\'s short 州 before its county-level city is kept', own('黔东南州凯里市司法局2024年度法治政府建设工作报告', '我局'), m('凯里市司法局', '黔东南州凯里市', '司法行政', 2024)],
  ['d: a town 地处 a province\'s southern hills and 属 its county', lead('长宁镇2024年度法治政府建设报告', '长宁镇地处赣南山区，属寻乌县。2024年，我镇坚持依法行政。'), m('长宁镇人民政府', '寻乌县长宁镇', TOWN, 2024)],
]

/**
 * Openings for ./metaForms56d.test.ts (meta56b): the author forms meta56 found and did not rule — a province's and its city's short
 * names before a county-level place (安徽宣城宁国市, 浙江杭州西湖区), a town's county in brackets after it (罗阳镇人民政府（泰顺县）), a
 * 抄报/抄送 line naming a higher body, a county-level city whose prefecture is named only apart (a party line, a prefecture's
 * document) — each with near misses. Invented wording; real places and a few unknown ones (青杉, 松岭).
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { chrome, lead } from './regionForms50'
import { GOV, STREET, TOWN, to } from './regionForms52'

const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`
/** A title, a first sentence, the work, then a signature, its date and a line under it. */
const signed = (title: string, first: string, name: string, under: string) => `${title}\n${first}${WORK}\n\n${name}\n2024年1月18日\n${under}`

/** A province's short name, then its city's without 市, then the county-level place (and what stands below it). */
const SHORT_CHAIN: [string, string, Meta][] = [
  ['a county-level city\'s bureau under 安徽 and its city, both short', lead('安徽宣城宁国市应急管理局2023年度法治政府建设工作报告', WE('我局')), m('宁国市应急管理局', '安徽省宣城市宁国市', '应急管理', 2023)],
  ['a district bureau under 浙江 and its city, both short', lead('浙江杭州西湖区司法局2023年度法治政府建设工作报告', WE('我局')), m('西湖区司法局', '浙江省杭州市西湖区', '司法行政', 2023)],
  ['a county-level city alone in a place-only title under 江苏 and its city', lead('江苏苏州昆山市2023年法治政府建设年度报告', WE('我市')), m('昆山市人民政府', '江苏省苏州市昆山市', GOV, 2023)],
  ['a county-level city\'s market bureau under 山东 and its city', lead('山东烟台龙口市市场监督管理局2023年度法治政府建设情况报告', WE('我局')), m('龙口市市场监督管理局', '山东省烟台市龙口市', '市场监管', 2023)],
  ['a county bureau of an unknown county under 浙江 and its city', lead('浙江温州青杉县农业农村局2023年度法治政府建设工作报告', WE('我局')), m('青杉县农业农村局', '浙江省温州市青杉县', '农业农村', 2023)],
  ['a county-level city\'s bureau under 湖南 and its city, traditional', T(lead('湖南長沙瀏陽市教育局2023年度法治政府建設工作報告', WE('我局'))), m('浏阳市教育局', '湖南省长沙市浏阳市', '教育', 2023)],
  ['a 来源 row naming a county-level city\'s bureau under 福建 and its city', chrome('来源：福建泉州南安市司法局', '2023年度法治政府建设工作报告', WE('我局')), m('南安市司法局', '福建省泉州市南安市', '司法行政', 2023)],
  ['a county bureau under 四川 and its city named in the lead', lead('2023年度法治政府建设工作报告', '2023年，四川宜宾屏山县农业农村局坚持依法行政，扎实推进法治建设各项任务。'), m('屏山县农业农村局', '四川省宜宾市屏山县', '农业农村', 2023)],
  ['a district government under 广东 and its city, both short', lead('广东佛山南海区人民政府2023年度法治政府建设工作报告', WE('我区')), m('南海区人民政府', '广东省佛山市南海区', GOV, 2023)],
  ['near miss: a city\'s short name before its district, no province', lead('宁波北仑区司法局2023年度法治政府建设工作报告', WE('我局')), m('北仑区司法局', '北仑区', '司法行政', 2023)],
  ['near miss: a city\'s short name before its county in a place-only title, no province', lead('宜宾屏山县2023年法治政府建设年度报告', WE('我县')), m('屏山县人民政府', '屏山县', GOV, 2023)],
  ['near miss: a district whose name starts with its city\'s (岳阳楼区)', lead('岳阳楼区司法局2023年度法治政府建设工作报告', WE('我局')), m('岳阳楼区司法局', '岳阳楼区', '司法行政', 2023)],
  ['near miss: an autonomous county whose name starts with its city\'s', lead('本溪满族自治县2023年度法治政府建设工作报告', WE('我县')), m('本溪满族自治县人民政府', '本溪满族自治县', GOV, 2023)],
  ['near miss: a city\'s short 州 before its county-level city, no province', lead('温州瑞安市司法局2023年度法治政府建设工作报告', WE('我局')), m('瑞安市司法局', '瑞安市', '司法行政', 2023)],
  ['near miss: a county named after its city, under the province\'s short name', lead('湖南长沙县司法局2023年度法治政府建设工作报告', WE('我局')), m('长沙县司法局', '湖南省长沙县', '司法行政', 2023)],
  ['near miss: the city\'s own bureau under its province\'s short name', lead('安徽宣城市场监督管理局2023年度法治政府建设工作报告', WE('我局')), m('宣城市市场监督管理局', '安徽省宣城市', '市场监管', 2023)],
]

/** A town's or street's county in brackets after its name or organ. */
const BRACKETED: [string, string, Meta][] = [
  ['a town government with its district in brackets in the title', lead('斗门镇人民政府（柯桥区）关于2023年度法治政府建设情况的报告', WE('我镇')), m('斗门镇人民政府', '柯桥区斗门镇', TOWN, 2023)],
  ['a street office with its district in brackets over its title', lead('南白街道办事处（播州区）\n2023年法治政府建设工作情况报告', WE('我街道')), m('南白街道办事处', '播州区南白街道', STREET, 2023)],
  ['a town\'s name with its county-level city in brackets', lead('横店镇（东阳市）2023年度法治政府建设工作报告', WE('我镇')), m('横店镇人民政府', '东阳市横店镇', TOWN, 2023)],
  ['an unknown town with its unknown county in half-width brackets', lead('青杉镇人民政府(松岭县)2023年度法治政府建设工作报告', WE('我镇')), m('青杉镇人民政府', '松岭县青杉镇', TOWN, 2023)],
  ['a town with its city and county-level city in brackets', lead('陈埭镇人民政府（泉州市晋江市）2023年法治政府建设年度报告', WE('我镇')), m('陈埭镇人民政府', '泉州市晋江市陈埭镇', TOWN, 2023)],
  ['a town with its district in brackets, traditional', T(lead('溪口鎮人民政府（奉化區）2023年度法治政府建設工作報告', WE('我鎮'))), m('溪口镇人民政府', '奉化区溪口镇', TOWN, 2023)],
  ['a town signed with its autonomous county in brackets', signed('法治政府建设年度报告', WE('我镇'), '大洋镇人民政府（景宁畲族自治县）', ''), m('大洋镇人民政府', '景宁畲族自治县大洋镇', TOWN, 2023)],
  ['near miss: a town\'s former name in brackets', lead('罗阳镇人民政府（原城关镇）2023年度法治政府建设工作报告', WE('我镇')), m('罗阳镇人民政府', '罗阳镇', TOWN, 2023)],
  ['near miss: a street whose bracket says what it holds', lead('城东街道（含开发区）2023年度法治政府建设工作报告', WE('我街道')), m('城东街道办事处', '城东街道', STREET, 2023)],
  ['near miss: another town with its county in brackets in the body', lead('雅阳镇2023年度法治政府建设工作报告', '2023年，我镇与珊溪镇（文成县）交界地区矛盾纠纷联调联处，坚持依法行政。'), m('雅阳镇人民政府', '雅阳镇', TOWN, 2023)],
]

/** A 抄报/抄送 line naming a higher body: neither the author nor where its place comes from. */
const COPIED: [string, string, Meta][] = [
  ['a county bureau signed, its city\'s bureau in a 抄报 line', signed('景宁畲族自治县林业局2023年度法治政府建设工作报告', WE('我局'), '景宁畲族自治县林业局', '抄报：丽水市林业局'), m('景宁畲族自治县林业局', '景宁畲族自治县', '林业', 2023)],
  ['a county government whose 抄报 line names its province\'s and city\'s bodies', signed('泰顺县2023年度法治政府建设工作报告', WE('我县'), '泰顺县人民政府', '抄报：浙江省司法厅，温州市人民政府办公室'), m('泰顺县人民政府', '泰顺县', GOV, 2023)],
  ['a 抄报 line above the body naming the city\'s bureau by level only', lead('2023年度法治政府建设工作报告\n抄报：市司法局', WE('我局')), m(null, null, null, 2023)],
  ['a bare title whose only organ is in a 抄送 line after the date', `2023年度法治政府建设情况报告\n${WE('我局')}${WORK}\n\n2024年1月18日\n抄送：绍兴市生态环境局`, m(null, null, null, 2023)],
  ['a county bureau whose 抄報 line names its city\'s commission, traditional', T(signed('龍游縣衛生健康局2023年度法治政府建設工作報告', WE('我局'), '龍游縣衛生健康局', '抄報：衢州市衛生健康委員會')), m('龙游县卫生健康局', '龙游县', '卫生健康', 2023)],
  ['a town signed, its city\'s bureau in a 抄报 line', signed('大均乡2023年度法治政府建设工作报告', WE('我乡'), '大均乡人民政府', '抄报：丽水市司法局'), m('大均乡人民政府', '大均乡', TOWN, 2023)],
  ['near miss: a town whose 抄报 line names its county\'s rule-of-law office', signed('大东坝镇2023年度法治政府建设工作报告', WE('我镇'), '大东坝镇人民政府', '抄报：松阳县委全面依法治县委员会办公室'), m('大东坝镇人民政府', '松阳县大东坝镇', TOWN, 2023)],
  ['near miss: an addressee line naming the city\'s bureau and the county', to('缙云县自然资源和规划局2023年度法治政府建设工作报告', '丽水市自然资源和规划局、缙云县人民政府：', WE('我局')), m('缙云县自然资源和规划局', '丽水市缙云县', '自然资源', 2023)],
]

/** A county-level city whose prefecture the text names only apart: in a party line or a prefecture document's title. */
const APART: [string, string, Meta][] = [
  ['a county-level city led by its prefecture\'s committee and government', lead('溧阳市2023年度法治政府建设工作报告', '2023年，在常州市委、市政府的坚强领导下，我市坚持依法行政。'), m('溧阳市人民政府', '溧阳市', GOV, 2023)],
  ['a county-level city carrying out its prefecture\'s plan', lead('诸暨市人民政府关于2023年度法治政府建设工作的报告', '2023年，我市认真落实《绍兴市法治政府建设实施方案（2021-2025年）》，坚持依法行政。'), m('诸暨市人民政府', '诸暨市', GOV, 2023)],
  ['a county-level city led by 中共X市委 in mid-sentence', lead('宁国市2023年度法治政府建设工作报告', '2023年，我市在中共宣城市委的正确领导下，坚持依法行政。'), m('宁国市人民政府', '宁国市', GOV, 2023)],
  ['a county-level city\'s bureau following its prefecture bureau\'s points', lead('义乌市市场监督管理局2023年度法治政府建设情况报告', '2023年，我局按照《金华市市场监管系统法治建设工作要点》，坚持依法行政。'), m('义乌市市场监督管理局', '义乌市', '市场监管', 2023)],
  ['a county-level city under its prefecture\'s party line and plan, traditional', T(lead('樂清市2023年度法治政府建設工作報告', '2023年，在溫州市委、市政府的堅強領導下，我市貫徹《溫州市法治政府建設實施方案》，堅持依法行政。')), m('乐清市人民政府', '乐清市', GOV, 2023)],
  ['near miss: a county-level city that says it is its prefecture\'s', lead('建德市2023年度法治政府建设工作报告', '建德市系杭州市代管的县级市。2023年，我市坚持依法行政。'), m('建德市人民政府', '杭州市建德市', GOV, 2023)],
  ['near miss: a county-level city written under its prefecture in a 来源 row', chrome('来源：常州市溧阳市人民政府', '2023年度法治政府建设工作报告', WE('我市')), m('溧阳市人民政府', '常州市溧阳市', GOV, 2023)],
]

export const CASES_56G: [string, string, Meta][] = [...SHORT_CHAIN, ...BRACKETED, ...COPIED, ...APART]

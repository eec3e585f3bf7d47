/**
 * Openings for ./metaForms57.test.ts (meta57), first batch, part two: a bureau renamed during the year (原X局); an author written with
 * its full province chain in the title and a short name in the body; titles with punctuation or spacing noise (【】, ——, full-width
 * spaces, a line break inside the name). Invented wording; real and invented places, both scripts.
 */
import { m, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { lead } from './regionForms50'
import { GOV, STREET, TOWN } from './regionForms52'

const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`

/** A bureau renamed or merged during the year: the name the title gives is the author. */
const RENAMED: [string, string, Meta][] = [
  ['a bureau titled by its new name, the old one in brackets', lead('平阳县综合行政执法局（原平阳县城市管理局）2023年度法治政府建设工作报告', WE('我局')), m('平阳县综合行政执法局', '平阳县', '城市管理', 2023)],
  ['a bureau whose lead says 原X局 was renamed', lead('洞头区农业农村局2023年度法治政府建设情况报告', '2023年3月，原区农业局更名为区农业农村局。2023年，我局坚持依法行政。'), m('洞头区农业农村局', '洞头区', '农业农村', 2023)],
  ['a bureau whose lead says it was formed from 原X局 and 原Y局', lead('文成县文化和广电旅游体育局2023年法治政府建设工作报告', '我局由原县文化广电新闻出版局和原县旅游局整合组建。2023年，我局坚持依法行政。'), m('文成县文化和广电旅游体育局', '文成县', '文化旅游', 2023)],
  ['a bureau reporting for the year under its old name in the lead', lead('景宁县医疗保障局2023年度法治政府建设工作报告', '2023年，原县医疗保障局与县卫生健康局合署办公前，我局坚持依法行政。'), m('景宁县医疗保障局', '景宁县', '医疗保障', 2023)],
  ['a city bureau with 原 in its first sentence', lead('丽水市市场监督管理局2023年度法治政府建设情况报告', '原丽水市质量技术监督局的职责于2023年划入我局。2023年，我局坚持依法行政。'), m('丽水市市场监督管理局', '丽水市', '市场监管', 2023)],
  ['a bureau renamed 更名为 in its title\'s bracket', lead('鹿城区城市管理局（2023年9月更名为鹿城区综合行政执法局）2023年度法治政府建设工作报告', WE('我局')), m('鹿城区城市管理局', '鹿城区', '城市管理', 2023)],
  ['a bureau whose old name heads the page and the new one the title', lead('原瓯海区市场监督管理局\n瓯海区市场监督管理局2023年度法治政府建设工作报告', WE('我局')), m('瓯海区市场监督管理局', '瓯海区', '市场监管', 2023)],
  ['a bureau renamed, traditional', T(lead('洞頭區農業農村局2023年度法治政府建設情況報告', '2023年3月，原區農業局更名為區農業農村局。2023年，我局堅持依法行政。')), m('洞头区农业农村局', '洞头区', '农业农村', 2023)],
]

/** The full province chain in the title, a short name in the body. */
const CHAIN: [string, string, Meta][] = [
  ['a county bureau chain titled, 我局 in the body', lead('浙江省温州市瑞安市市场监督管理局2023年度法治政府建设工作报告', '2023年，瑞安市场监管局坚持依法行政。'), m('瑞安市市场监督管理局', '浙江省温州市瑞安市', '市场监管', 2023)],
  ['a county chain titled, 县政府 in the body', lead('浙江省丽水市遂昌县人民政府2023年度法治政府建设情况报告', '2023年，县政府坚持依法行政，推进法治建设。'), m('遂昌县人民政府', '浙江省丽水市遂昌县', GOV, 2023)],
  ['a district bureau chain titled, its short 区X局 in the body', lead('广东省广州市番禺区司法局2023年法治政府建设年度报告', '2023年，区司法局坚持依法行政。'), m('番禺区司法局', '广东省广州市番禺区', '司法行政', 2023)],
  ['a town chain titled, 镇政府 in the body', lead('浙江省台州市温岭市箬横镇人民政府2023年度法治政府建设工作报告', '2023年，镇政府坚持依法行政。'), m('箬横镇人民政府', '浙江省台州市温岭市箬横镇', TOWN, 2023)],
  ['a street chain titled, 街道 in the body', lead('四川省成都市武侯区玉林街道办事处2023年法治政府建设情况报告', '2023年，街道坚持依法行政。'), m('玉林街道办事处', '四川省成都市武侯区玉林街道', STREET, 2023)],
  ['a city bureau chain titled, its short name in the body', lead('江西省赣州市自然资源局2023年度法治政府建设情况报告', '2023年，赣州自然资源局坚持依法行政。'), m('赣州市自然资源局', '江西省赣州市', '自然资源', 2023)],
  ['an autonomous region\'s chain titled, 我旗 in the body', lead('内蒙古自治区呼伦贝尔市鄂温克族自治旗人民政府2023年度法治政府建设工作报告', WE('我旗')), m('鄂温克族自治旗人民政府', '内蒙古自治区呼伦贝尔市鄂温克族自治旗', GOV, 2023)],
  ['an invented chain titled, 本局 in the body', lead('青川省云岭市松溪县卫生健康局2023年度法治政府建设工作报告', WE('本局')), m('松溪县卫生健康局', '青川省云岭市松溪县', '卫生健康', 2023)],
  ['a county bureau chain titled, its short 县X局 in the body, traditional', T(lead('浙江省金華市浦江縣司法局2023年度法治政府建設工作報告', '2023年，縣司法局堅持依法行政。')), m('浦江县司法局', '浙江省金华市浦江县', '司法行政', 2023)],
  ['a town chain titled, traditional', T(lead('福建省寧德市福安市賽岐鎮人民政府2023年度法治政府建設工作報告', WE('我鎮'))), m('赛岐镇人民政府', '福建省宁德市福安市赛岐镇', TOWN, 2023)],
]

/** Titles with punctuation or spacing noise. */
const NOISE: [string, string, Meta][] = [
  ['a title in 【】 column marks', lead('【法治政府建设】天台县人力资源和社会保障局2023年度法治政府建设工作报告', WE('我局')), m('天台县人力资源和社会保障局', '天台县', '人力资源社会保障', 2023)],
  ['a title whose author stands in 【】', lead('【黄岩区住房和城乡建设局】2023年法治政府建设年度报告', WE('我局')), m('黄岩区住房和城乡建设局', '黄岩区', '住房城乡建设', 2023)],
  ['a title whose author follows ——', lead('2023年度法治政府建设工作报告——三门县交通运输局', WE('我局')), m('三门县交通运输局', '三门县', '交通', 2023)],
  ['a title whose author precedes —— and the report', lead('临海市应急管理局——2023年度法治政府建设情况报告', WE('我局')), m('临海市应急管理局', '临海市', '应急管理', 2023)],
  ['a title spaced with full-width spaces between its characters\' words', lead('椒江区　教育局　2023年度　法治政府建设　工作报告', WE('我局')), m('椒江区教育局', '椒江区', '教育', 2023)],
  ['a title whose name a line break cuts after its county', lead('路桥区\n民政局2023年度法治政府建设工作报告', WE('我局')), m('路桥区民政局', '路桥区', '民政', 2023)],
  ['a title whose name a line break cuts inside its organ', lead('玉环市自然资源\n和规划局2023年度法治政府建设工作报告', WE('我局')), m('玉环市自然资源和规划局', '玉环市', '自然资源', 2023)],
  ['a title whose town a line break cuts from 人民政府', lead('仙居县横溪镇\n人民政府2023年度法治政府建设工作报告', WE('我镇')), m('横溪镇人民政府', '仙居县横溪镇', TOWN, 2023)],
  ['a title in 〔〕 and 《》 after its author', lead('温岭市司法局〔2024〕3号\n《温岭市司法局2023年度法治政府建设工作报告》', WE('我局')), m('温岭市司法局', '温岭市', '司法行政', 2023)],
  ['a title with a half-width space inside the organ', lead('三门县 卫生健康局2023年度法治政府建设工作报告', WE('我局')), m('三门县卫生健康局', '三门县', '卫生健康', 2023)],
  ['a title after ★ and a column name in brackets', lead('★[政务公开] 天台县水利局2023年度法治政府建设情况报告', WE('我局')), m('天台县水利局', '天台县', '水利', 2023)],
  ['a title wrapped in quotes after 关于', lead('关于“仙居县林业局2023年度法治政府建设工作报告”的公示', WE('我局')), m('仙居县林业局', '仙居县', '林业', 2023)],
  ['a title whose street follows ——, spaced', lead('2023年度法治建设工作报告 —— 大田街道办事处', '2023年，大田街道坚持依法行政。'), m('大田街道办事处', '大田街道', STREET, 2023)],
  ['a title with 【】 and a line break, traditional', T(lead('【法治政府建設】\n黃巖區財政局2023年度法治政府建設工作報告', WE('我局'))), m('黄岩区财政局', '黄岩区', '财政', 2023)],
  ['a title whose author follows ——, traditional', T(lead('2023年度法治政府建設工作報告——天台縣統計局', WE('我局'))), m('天台县统计局', '天台县', '统计', 2023)],
  ['a full-width spaced title, traditional', T(lead('溫嶺市　審計局　2023年度法治政府建設工作報告', WE('我局'))), m('温岭市审计局', '温岭市', '审计', 2023)],
  ['a line break inside the name, traditional', T(lead('臨海市\n退役軍人事務局2023年度法治政府建設工作報告', WE('我局'))), m('临海市退役军人事务局', '临海市', '退役军人事务', 2023)],
]

export const CASES_57B: [string, string, Meta][] = [...RENAMED, ...CHAIN, ...NOISE]

/**
 * The second batch of meta50 openings (./metaForms50.test.ts), written after the first batch's rules passed and run once before
 * any rule was changed for it: names holding a level's character in new wording, 新城 and parks, contact lines, joint letterheads of
 * zones, prefectures' 州X局, towns of banners, ethnic townships and a 林区, signatures of state bureaus. Invented wording; real kinds
 * of organ and place.
 */
import { m, WORK, WORK_T, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}认真贯彻上级部署，依法全面履行职能。${WORK}`
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const signed = (title: string, signature: string, tail = '2024年1月15日') => `${title}\n过去一年，我们深入推进依法行政。${WORK}\n\n${signature}\n${tail}`
const T = (s: string) => toTraditional(s)

export const CASES_50B: [string, string, Meta][] = [
  ['a street named 市北 signed', signed('关于2023年度法治政府建设情况的报告', '市北街道办事处', '2024年1月11日'), m('市北街道办事处', '市北街道', '街道', 2023)],
  ['a town named 县北 titled bare', own('县北镇2023年法治政府建设工作报告', '我镇'), m('县北镇人民政府', '县北镇', '乡镇政府', 2023)],
  ['a street named 县前, traditional', T(`县前街道办事处2022年度法治政府建设情况报告\n2022年，我街道依法全面履行职能。${WORK_T}`), m('县前街道办事处', '县前街道', '街道', 2022)],
  ['a township named 区庄 under its county\'s addressee', `区庄乡人民政府关于2023年法治政府建设情况的报告\n武陟县人民政府：\n2023年，我乡深入推进依法行政。${WORK}`, m('区庄乡人民政府', '武陟县区庄乡', '乡镇政府', 2023)],
  ['a 新城 under a 新区 by 党工委、管委会 in the lead', lead('2023年度法治政府建设情况报告', '2023年，西咸新区秦汉新城党工委、管委会坚持依法行政，营商环境持续优化。'), m('秦汉新城管理委员会', '西咸新区秦汉新城', '区县政府', 2023)],
  ['a 新城 committee signed', signed('法治政府建设年度报告', '空港新城管理委员会', '2024年1月22日'), m('空港新城管理委员会', '空港新城', '区县政府', 2023)],
  ['a county\'s industrial park by its 发布机构 row', `发布机构：修水县工业园区管委会　发布日期：2024-01-26\n2023年度法治政府建设工作报告\n2023年，园区深入推进依法行政。${WORK}`, m('修水县工业园区管理委员会', '修水县工业园区', '区县政府', 2023)],
  ['a county\'s economic development zone in its title', own('兰陵县经济开发区管委会2023年度法治政府建设情况报告', '开发区'), m('兰陵县经济开发区管理委员会', '兰陵县经济开发区', '区县政府', 2023)],
  ['an experimental zone by its city\'s short name', own('郑州航空港经济综合实验区管委会2023年度法治政府建设工作报告', '实验区'), m('郑州航空港经济综合实验区管理委员会', '郑州航空港经济综合实验区', '区县政府', 2023)],
  ['a contact line after 可与 with the town\'s county', `2023年法治政府建设年度报告\n本报告由西店镇人民政府编制。公众可与宁海县西店镇党政办联系。\n2023年，我镇深入推进依法行政。${WORK}`, m('西店镇人民政府', '宁海县西店镇', '乡镇政府', 2023)],
  ['a 高新区 joint letterhead of its 工委 and 管委会', `中共株洲高新区工作委员会　株洲高新技术产业开发区管理委员会\n关于2023年度法治政府建设情况的报告\n2023年，高新区深入推进依法行政。${WORK}`, m('株洲高新技术产业开发区管理委员会', '株洲高新技术产业开发区', '区县政府', 2023)],
  ['a province department signed under a preamble, traditional', T(`现将我厅2023年度法治政府建设情况报告如下：${WORK}\n\n青海省农业农村厅\n2024年2月5日`), m('青海省农业农村厅', '青海省', '农业农村', 2023)],
  ['a state bureau signed', signed('2023年法治政府建设情况报告', '国家药品监督管理局', '2024年3月1日'), m('国家药品监督管理局', null, '市场监管', 2023)],
  ['a prefecture bureau by 州X局 led by its 州委', lead('2023年度法治政府建设工作报告', '2023年，在黔南州委、州政府的坚强领导下，州生态环境局深入推进依法行政。'), m('黔南州生态环境局', '黔南州', '生态环境', 2023)],
  ['a banner\'s town signed', signed('法治政府建设工作报告', '乌审旗嘎鲁图镇人民政府', '2024年1月9日'), m('嘎鲁图镇人民政府', '乌审旗嘎鲁图镇', '乡镇政府', 2023)],
  ['an ethnic autonomous county\'s township by its addressee', `河西乡2023年度法治政府建设情况报告\n兰坪白族普米族自治县人民政府：\n2023年，我乡深入推进依法行政。${WORK}`, m('河西乡人民政府', '兰坪白族普米族自治县河西乡', '乡镇政府', 2023)],
  ['a 林区 town whose 来源 row names the 林区 government', `来源：神农架林区人民政府　浏览次数：96\n松柏镇2023年度法治政府建设工作报告\n2023年，我镇深入推进依法行政。${WORK}`, m('松柏镇人民政府', '神农架林区松柏镇', '乡镇政府', 2023)],
  ['关于 a street of a county-level city, its city the addressee', `关于城北街道2023年度法治政府建设工作情况的报告\n永康市人民政府：\n2023年，我街道深入推进依法行政。${WORK}`, m('城北街道办事处', '永康市城北街道', '街道', 2023)],
  ['a bureau head\'s 述法 report of a county-level city named 城市', own('共青城市司法局局长2023年度述法报告', '本人'), m('共青城市司法局', '共青城市', '司法行政', 2023)],
  ['a district named 新城 under its city, traditional', T(own('呼和浩特市新城区教育局2023年度法治政府建设工作报告', '我局')), m('新城区教育局', '呼和浩特市新城区', '教育', 2023)],
  ['no title, a town whose name holds 市 placed by its own sentence', `周市镇位于昆山市东北部。2023年，我镇深入推进依法行政，全年调处矛盾纠纷58件。${WORK}`, m('周市镇人民政府', '昆山市周市镇', '乡镇政府', 2023)],
  ['a level-named town alone before a year, its county leading it', lead('县前镇2023年法治政府建设情况报告', '2023年，县前镇在临江市委、市政府领导下深入推进依法行政。'), m('县前镇人民政府', '临江市县前镇', '乡镇政府', 2023)],
]

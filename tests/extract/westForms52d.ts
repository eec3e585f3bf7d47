/**
 * A fourth batch for ./westForms52.test.ts, written after the third's rule: the corps' departments by its short name, a league or a
 * 地区 set alone on the line above its title, a 盟委、行署 addressee over a league bureau, an autonomous region's department abbreviated
 * with the region in a 来源 row, short prefecture names of Xinjiang (巴州, 博州), page toolbars. Real organs, invented wording.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

type Case = [string, string, Meta]
const T = (s: string) => toTraditional(s)

export const CASES_WEST_52D: Case[] = [
  ['a league set alone above its title', `锡林郭勒盟\n2023年法治政府建设情况报告\n2023年，全盟坚持依法行政。${WORK}`, m('锡林郭勒盟行政公署', '锡林郭勒盟', '市政府', 2023)],
  ['a 地区 set alone above its title, traditional', T(`阿克苏地区\n关于2022年度法治政府建设情况的报告\n2022年，地区坚持依法行政。${WORK}`), m('阿克苏地区行政公署', '阿克苏地区', '市政府', 2022)],
  ['an autonomous prefecture set alone above its title', `西双版纳傣族自治州\n2023年度法治政府建设工作报告\n2023年，全州坚持依法行政。${WORK}`, m('西双版纳傣族自治州人民政府', '西双版纳傣族自治州', '市政府', 2023)],
  ['a banner set alone above its title', `乌审旗\n2023年法治政府建设情况报告\n2023年，全旗坚持依法行政。${WORK}`, m('乌审旗人民政府', '乌审旗', '区县政府', 2023)],
  ['near miss: a league above a banner bureau\'s own title', `锡林郭勒盟\n正蓝旗司法局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m('正蓝旗司法局', '正蓝旗', '司法行政', 2023)],
  ['a 盟委、行署 addressee over a league bureau, signed', `盟委、行署：\n现将我局2023年度法治政府建设情况报告如下。${WORK}\n\n兴安盟司法局\n2024年1月18日`, m('兴安盟司法局', '兴安盟', '司法行政', 2023)],
  ['a 地委、行署 addressee over a 地区 bureau, signed', `地委、行署：\n现将我局2022年法治政府建设工作情况报告如下：${WORK}\n\n和田地区应急管理局\n2023年1月9日`, m('和田地区应急管理局', '和田地区', '应急管理', 2022)],
  ['a Xinjiang prefecture bureau by its short name', `巴州司法局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('巴州司法局', '巴州', '司法行政', 2023)],
  ['a Xinjiang county under its prefecture\'s short name', `博州温泉县2022年法治政府建设年度报告\n2022年，我县坚持依法行政。${WORK}`, m('温泉县人民政府', '博州温泉县', '区县政府', 2022)],
  ['an autonomous region\'s department abbreviated, its region the 来源', `来源：宁夏回族自治区人民政府\n2023年度法治政府建设情况报告\n2023年，自治区卫生健康委坚持依法行政，全面推进卫生健康领域法治建设。${WORK}`, m('宁夏回族自治区卫生健康委员会', '宁夏回族自治区', '卫生健康', 2023)],
  ['toolbar words before a prefecture bureau\'s title', `打印本页　关闭窗口\n字号：大 中 小\n海西州生态环境局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m('海西州生态环境局', '海西州', '生态环境', 2023)],
  ['a banner\'s title broken over two lines', `鄂托克前旗人民政府2023年度法治\n政府建设情况报告\n2023年，我旗坚持依法行政。${WORK}`, m('鄂托克前旗人民政府', '鄂托克前旗', '区县政府', 2023)],
  ['a county bureau in Garze titled with its prefecture short and its county', `甘孜州理塘县交通运输局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m('理塘县交通运输局', '甘孜州理塘县', '交通', 2023)],
  ['a prefecture government speaking as 州人民政府 in a 现将 preamble', `省人民政府：\n现将州人民政府2023年度法治政府建设情况报告如下。${WORK}\n\n阿坝藏族羌族自治州人民政府\n2024年2月5日`, m('阿坝藏族羌族自治州人民政府', '阿坝藏族羌族自治州', '市政府', 2023)],
  ['a Guangxi autonomous county government, traditional', T(`龙胜各族自治县人民政府2023年法治政府建设年度报告\n2023年，我县坚持依法行政。${WORK}`), m('龙胜各族自治县人民政府', '龙胜各族自治县', '区县政府', 2023)],
  ['a Hunan autonomous county\'s bureau by its 发布机构 row', `发布机构：通道侗族自治县自然资源局\n法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m('通道侗族自治县自然资源局', '通道侗族自治县', '自然资源', 2023)],
]

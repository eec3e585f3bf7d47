/**
 * The second batch of meta49 openings (./metaForms49.test.ts), written after the first batch's rules passed and committed before
 * it was run: namesake districts beside partners and visits, counties, county-level cities and banners that say where they lie
 * (and near misses where 位于 is another place's), years in numerals and the next year's dates, vertical bodies. Invented wording;
 * real kinds of organ and place.
 */
import { m, WORK, WORK_T, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}坚持依法行政，推进各项工作法治化。${WORK}`
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const T = (s: string) => toTraditional(s)

export const CASES_49B: [string, string, Meta][] = [
  ['a namesake partner after 同', lead('西湖区司法局2023年度法治政府建设工作报告', '2023年，我局同南昌市西湖区司法局建立跨区域普法协作机制，坚持依法行政。'), m('西湖区司法局', '西湖区', '司法行政', 2023)],
  ['a namesake visited after 前往', lead('城关区卫生健康局2022年度法治政府建设工作报告', '2022年，我局前往甘肃省兰州市城关区卫生健康局学习综合监管经验，坚持依法行政。'), m('城关区卫生健康局', '城关区', '卫生健康', 2022)],
  ['the author\'s own chain in the lead beside a namesake partner', lead('2023年度法治政府建设工作报告', '2023年，南京市鼓楼区民政局坚持依法行政，与福州市鼓楼区民政局开展交流。'), m('鼓楼区民政局', '南京市鼓楼区', '民政', 2023)],
  ['a county-level city that says its prefecture', lead('灵武市人民政府2023年法治政府建设年度报告', '灵武市位于银川市南部，2023年，我市坚持依法行政。'), m('灵武市人民政府', '银川市灵武市', '区县政府', 2023)],
  ['a county bureau whose county says its autonomous prefecture', lead('福贡县司法局2023年度法治政府建设情况报告', '福贡县隶属于怒江傈僳族自治州。2023年，我局坚持依法行政。'), m('福贡县司法局', '怒江傈僳族自治州福贡县', '司法行政', 2023)],
  ['a county named in the lead that places itself in a 地区', lead('2023年度法治政府建设情况报告', '2023年，伽师县坚持依法行政。我县地处喀什地区东北部，辖13个乡镇。'), m('伽师县人民政府', '喀什地区伽师县', '区县政府', 2023)],
  ['a banner that says its league', lead('镶黄旗人民政府2023年度法治政府建设工作报告', '镶黄旗位于锡林郭勒盟西南部，2023年，我旗坚持依法行政。'), m('镶黄旗人民政府', '锡林郭勒盟镶黄旗', '区县政府', 2023)],
  ['位于 of a project, not of the county', lead('平罗县交通运输局2023年度法治政府建设工作报告', '2023年，我局配合位于石嘴山市的自治区重点项目建设，坚持依法行政。'), m('平罗县交通运输局', '平罗县', '交通', 2023)],
  ['位于 of a site visited, not of the county', lead('隆德县文化旅游广电局2023年度法治政府建设工作报告', '2023年，我局坚持依法行政，组织干部赴位于固原市原州区的须弥山石窟开展文物执法检查。'), m('隆德县文化旅游广电局', '隆德县', '文化旅游', 2023)],
  ['a county government\'s year in Chinese numerals in title and lead', `泾川县人民政府关于二〇二三年度法治政府建设工作情况的报告\n二〇二三年，我县坚持依法行政。${WORK}`, m('泾川县人民政府', '泾川县', '区县政府', 2023)],
  ['a traditional title with ○ in its year', T(`崇信县应急管理局二○二四年度法治政府建设工作报告\n二○二四年，我局坚持依法行政。${WORK_T}`), m('崇信县应急管理局', '崇信县', '应急管理', 2024)],
  ['a signed report dated the next January', `法治政府建设工作报告\n一年来，我局坚持依法审计。${WORK}\n\n灵台县审计局\n2024年1月8日`, m('灵台县审计局', '灵台县', '审计', 2023)],
  ['a 2022 report published in March 2023 with the 2023 plan', `发布日期：2023-03-02\n华池县水务局2022年度法治政府建设情况报告\n2022年，我局坚持依法治水。${WORK}\n2023年，我局将进一步完善涉水执法机制。`, m('华池县水务局', '华池县', '水利', 2022)],
  ['a one-character county\'s plan span title of 2024', own('环县落实法治政府建设规划（2021—2025年）2024年度情况报告', '我县', 2024), m('环县人民政府', '环县', '区县政府', 2024)],
  ['a district tax bureau in traditional under the general administration', T(own('国家税务总局庆阳市西峰区税务局2023年度法治税务建设工作报告', '我局')), m('西峰区税务局', '庆阳市西峰区', '税务', 2023)],
  ['a city fire detachment with its province', own('甘肃省平凉市消防救援支队2023年度法治建设情况报告', '我支队'), m('平凉市消防救援支队', '甘肃省平凉市', '消防救援', 2023)],
  ['an autonomous county\'s meteorological bureau', own('张家川回族自治县气象局2022年度法治气象建设工作总结', '我局', 2022), m('张家川回族自治县气象局', '张家川回族自治县', '气象', 2022)],
  ['a street signed, its district\'s office in a 抄报 line', `法治政府建设情况报告\n一年来，我街道坚持依法行政。${WORK}\n\n东大街道办事处\n2024年1月10日\n抄报：城关区委依法治区办`, m('东大街道办事处', '城关区东大街道', '街道', 2023)],
  ['a province\'s short name in a department\'s document number', `甘司〔2024〕8号\n甘肃省司法厅关于2023年度法治政府建设情况的报告\n2023年，省司法厅坚持依法行政。${WORK}`, m('甘肃省司法厅', '甘肃省', '司法行政', 2023)],
  ['a national bureau', own('国家统计局2023年法治政府建设情况报告', '国家统计局'), m('国家统计局', null, '统计', 2023)],
  ['a town by its 作者 row', `作者：大桥镇人民政府　来源：本站　时间：2024-01-05\n2023年度法治政府建设工作报告\n2023年，我镇坚持依法行政。${WORK}`, m('大桥镇人民政府', '大桥镇', '乡镇政府', 2023)],
]

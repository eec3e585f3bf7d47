/**
 * A third set of meta47 (./metaForms47.test.ts), written after the second batch's rules: disclosure reports, a town's government
 * work report to its congress, a site's name as the 来源, a compilation's page, 文件 headers with a 〔2024〕 number, bylines, joint
 * county letterheads, 年 missing or bracketed in titles, spaces inside names, second names and plates in brackets, party offices
 * and 社区 reporting alone (no author), 局党组 titles, letterheads split after the province. Invented wording and figures.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'

const t = (title: string, first: string) => `${title}\n${first}${WORK}`

export const CASES_E: [string, string, Meta][] = [
  ['a bureau\'s disclosure report with its superior as addressee', t('金华市婺城区自然资源和规划局2023年政府信息公开工作年度报告', '本报告依据《中华人民共和国政府信息公开条例》编制。2023年，我局坚持以公开为常态。'), m('婺城区自然资源和规划局', '金华市婺城区', '自然资源', 2023)],
  ['a town\'s disclosure report whose contact line names its county', t('2023年政府信息公开工作年度报告', '本报告由龙港镇人民政府编制。如对本报告有疑问，请联系龙港镇党政办（地址：苍南县龙港镇人民路8号）。\n一、总体情况\n2023年，我镇坚持依法公开。'), m('龙港镇人民政府', '苍南县龙港镇', '乡镇政府', 2023)],
  ['a town\'s government work report to its congress', t('政府工作报告\n——2024年1月12日在石门镇第十七届人民代表大会第四次会议上', '镇长　王某某\n各位代表：\n现在，我代表镇人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n2023年，我镇坚持依法行政。'), m('石门镇人民政府', '石门镇', '乡镇政府', 2023)],
  ['a street\'s page whose source is its district\'s site name', `来源：上海普陀　发布时间：2024-01-26\n长风新村街道2023年度法治政府建设情况报告\n2023年，我街道坚持依法行政。${WORK}`, m('长风新村街道办事处', '长风新村街道', '街道', 2023)],
  ['a compilation page listing towns before one town\'s report', `首页 > 法治政府建设年度报告 > 乡镇（街道）\n各乡镇（街道）2023年度法治政府建设情况报告汇编\n（一）花桥镇\n2023年，花桥镇坚持依法行政。${WORK}`, m('花桥镇人民政府', '花桥镇', '乡镇政府', 2023)],
  ['a county bureau\'s 2023年度 title under a 2024 document number', t('常山县财政局文件\n常财〔2024〕5号\n关于2023年度法治政府建设情况的报告', '县委依法治县办：\n2023年，我局坚持依法理财。'), m('常山县财政局', '常山县', '财政', 2023)],
  ['a city bureau\'s report whose lead names its province\'s department guiding it apart', t('湖州市交通运输局2023年度法治政府建设情况报告', '2023年，在湖州市委、市政府和浙江省交通运输厅的领导下，我局坚持依法行政。'), m('湖州市交通运输局', '湖州市', '交通', 2023)],
  ['a district government\'s report with a 区长 byline', t('嘉定区人民政府关于2023年度法治政府建设情况的报告\n区长　李某某', '2023年，区政府坚持依法行政。'), m('嘉定区人民政府', '嘉定区', '区县政府', 2023)],
  ['a county\'s report titled with 县委 and 县政府 together', t('中共宁海县委　宁海县人民政府关于2023年度法治建设情况的报告', '宁波市委、市政府：\n2023年，我县坚持依法行政。'), m('宁海县人民政府', '宁波市宁海县', '区县政府', 2023)],
  ['a title naming the year as 2023年1月—12月', t('德清县应急管理局法治政府建设工作报告（2023年1月—12月）', '一年来，我局坚持依法履职。'), m('德清县应急管理局', '德清县', '应急管理', 2023)],
  ['a 您当前的位置 breadcrumb over a bare title and 我局', `您当前的位置：首页 > 部门动态 > 仙居县交通运输局\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('仙居县交通运输局', '仙居县', '交通', 2023)],
  ['a county bureau addressed to its city\'s department', t('天台县民政局2023年度法治政府建设工作报告', '台州市民政局：\n2023年，我局坚持依法行政。'), m('天台县民政局', '台州市天台县', '民政', 2023)],
  ['a Chinese-written 发布时间 in January, title with no year', `发布时间：2024年01月05日\n三门县司法局法治政府建设工作报告\n今年以来，我局坚持依法行政。${WORK}`, m('三门县司法局', '三门县', '司法行政', 2023)],
  ['a closing date in Chinese numerals in December', `温岭市教育局法治政府建设工作报告\n今年以来，我局坚持依法治教。${WORK}\n\n温岭市教育局\n二〇二三年十二月二十六日`, m('温岭市教育局', '温岭市', '教育', 2023)],
  ['a year in brackets at the title\'s end', t('玉环市卫生健康局法治政府建设工作报告（2023年）', '一年来，我局坚持依法行政。'), m('玉环市卫生健康局', '玉环市', '卫生健康', 2023)],
  ['a space inside the organ\'s name in the title', t('路桥区 司法局2023年度法治政府建设工作报告', '2023年，我局坚持依法行政。'), m('路桥区司法局', '路桥区', '司法行政', 2023)],
  ['an organ with its second name in brackets', t('椒江区综合行政执法局（椒江区城市管理局）2023年度法治政府建设工作报告', '2023年，我局坚持依法行政。'), m('椒江区综合行政执法局', '椒江区', '城市管理', 2023)],
  ['a county rule-of-law office reporting alone', t('中共临海市委全面依法治市委员会办公室关于2023年度法治建设情况的报告', '2023年，市委依法治市办坚持统筹协调。'), m(null, null, null, 2023)],
  ['a 社区 under its street and district reporting', t('杭州市西湖区北山街道曙光社区2023年法治建设工作总结', '2023年，曙光社区坚持依法自治。'), m(null, null, null, 2023)],
  ['an organ with its added plate in brackets', t('黄岩区农业农村局（区乡村振兴局）2023年度法治政府建设情况报告', '2023年，我局坚持依法行政。'), m('黄岩区农业农村局', '黄岩区', '农业农村', 2023)],
  ['a title with the year without 年', t('仙居县统计局2023法治政府建设工作报告', '2023年，我局坚持依法统计。'), m('仙居县统计局', '仙居县', '统计', 2023)],
  ['a district government\'s site header with its city over a year-spaced title', `台州市路桥区人民政府\n路桥区 2023 年法治政府建设年度报告\n2023年，区政府坚持依法行政。${WORK}`, m('路桥区人民政府', '台州市路桥区', '区县政府', 2023)],
  ['a report with its author only in the closing paragraph', `法治政府建设工作情况报告\n一年来，在县委、县政府的坚强领导下，我局坚持依法行政。${WORK}\n特此报告。\n\n临海市水利局\n2024年1月11日`, m('临海市水利局', '临海市', '水利', 2023)],
  ['a bureau\'s 2023 report with the next year\'s plan heading', t('三门县商务局2023年度法治政府建设工作报告', '2023年，我局坚持依法行政。\n三、2024年工作思路\n2024年，我局将继续推进法治建设。'), m('三门县商务局', '三门县', '商务', 2023)],
  ['a street\'s title with its district\'s short 区', t('区北山街道2023年度法治政府建设工作报告', '2023年，在西湖区委、区政府领导下，北山街道坚持依法行政。'), m('北山街道办事处', '西湖区北山街道', '街道', 2023)],
  ['a township\'s report whose lead names a visiting city team', t('石坦乡2023年法治政府建设工作报告', '2023年，我乡接受台州市司法局法治督察1次，坚持依法行政。'), m('石坦乡人民政府', '石坦乡', '乡镇政府', 2023)],
  ['a county\'s 2024 report published in 2025 with 今年 in its first line', `发布日期：2025-02-11\n天台县人民政府2024年度法治政府建设情况报告\n今年以来，我县坚持依法行政。${WORK}`, m('天台县人民政府', '天台县', '区县政府', 2024)],
  ['a bureau whose title holds its 党组 and 关于', t('中共三门县林业局党组关于2023年度法治政府建设情况的报告', '县委：\n2023年，局党组坚持依法治林。'), m('三门县林业局', '三门县', '林业', 2023)],
  ['a city\'s department with a province-prefixed letterhead split', `浙江省\n台州市市场监督管理局\n2023年度法治政府建设工作报告\n2023年，我局坚持依法监管。${WORK}`, m('台州市市场监督管理局', '浙江省台州市', '市场监管', 2023)],
  ['a department whose lead is 局机关 with a county named in a partner clause', t('温岭市自然资源和规划局2023年度法治政府建设工作报告', '2023年，局机关坚持依法行政，与玉环市自然资源和规划局开展交叉执法检查。'), m('温岭市自然资源和规划局', '温岭市', '自然资源', 2023)],
]

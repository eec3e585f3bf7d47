/**
 * Openings for ./metaForms57.test.ts (meta57e), written before their rule: a town or street under a 来源 row that names its county-level
 * place's SITE (来源：瑞安市人民政府网, 信息来源：X区人民政府门户网站　发布日期：…), with near misses (a prefecture's site, a county
 * bureau's own county's site, the site named in the body as where the report is published). Both scripts.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { STREET, TOWN } from './regionForms52'
const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`
const C = (row: string, title: string, self: string) => `${row}\n${title}\n${WE(self)}${WORK}`
export const CASES_57E: [string, string, Meta][] = [
  ['a town under 来源 naming its county-level city\'s site', C('来源：瑞安市人民政府网', '塘下镇2023年法治政府建设工作报告', '我镇'), m('塘下镇人民政府', '瑞安市塘下镇', TOWN, 2023)],
  ['a street under 信息来源 naming its district\'s portal with a date', C('信息来源：鹿城区人民政府门户网站　发布日期：2024-01-20', '五马街道2023年度法治建设工作报告', '我街道'), m('五马街道办事处', '鹿城区五马街道', STREET, 2023)],
  ['a town under 文章来源 naming its county\'s 官网', C('文章来源：苍南县人民政府官网', '钱库镇2023年度法治政府建设情况报告', '我镇'), m('钱库镇人民政府', '苍南县钱库镇', TOWN, 2023)],
  ['a town under 来源 naming its banner\'s 政府网', C('来源： 伊金霍洛旗政府网', '乌兰木伦镇2023年法治政府建设工作报告', '我镇'), m('乌兰木伦镇人民政府', '伊金霍洛旗乌兰木伦镇', TOWN, 2023)],
  ['a town under 来源 naming its county\'s site, traditional', T(C('來源：文成縣人民政府網', '巨嶼鎮2023年度法治政府建設工作報告', '我鎮')), m('巨屿镇人民政府', '文成县巨屿镇', TOWN, 2023)],
  ['near miss: a town under 来源 naming its prefecture city\'s site', C('来源：温州市人民政府网', '藤桥镇2023年度法治政府建设工作报告', '我镇'), m('藤桥镇人民政府', '藤桥镇', TOWN, 2023)],
  ['near miss: a county bureau under 来源 naming its county\'s site', C('来源：瑞安市人民政府网', '瑞安市司法局2023年度法治政府建设工作报告', '我局'), m('瑞安市司法局', '瑞安市', '司法行政', 2023)],
  ['near miss: a town whose body says its report is on the county\'s site', `仙降街道2023年度法治建设工作报告\n${WE('我街道')}本报告在瑞安市人民政府网公开。${WORK}`, m('仙降街道办事处', '仙降街道', STREET, 2023)],
]

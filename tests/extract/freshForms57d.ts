/**
 * Forms from the dev half of the r57d-fresh batch (corpus README, fifty-seventh batch r57d), over invented openings:
 * - (meta) a report that states no year of its own but names the author's annual plan document with its year (印发《X局关于印发2019年度
 *   安全生产执法检查计划的通知》, 《2021年度行政执法检查计划》, 《2022年度“双随机、一公开”抽查计划》): the plan's year is the report's —
 *   found on r57d's 楚雄州应急管理局 opening (year read none; the 工作要点/工作计划 cue knew only plans named 工作计划, and the plain-year
 *   fallback skips a year that 计划 follows). Near misses: a report that states its own year plainly and names next year's plan (its own
 *   year), a plan over five years in brackets (no year), a plan spoken of in a sentence, not named (2024年计划开展…: no year).
 * Each text is invented (other places, organs, plans and wording); none is a corpus item's text.
 */
import { toTraditional } from './traditional'
import { type Meta } from './metaForms41Kinds'

const m = (agency: string | null, region: string | null, sector: string | null, year: number | null): Meta => ({ agency, region, sector, year })
const REST = '\n二、存在的问题\n执法人员力量不足，法治宣传形式单一。'

export const ANNUAL_PLAN_YEAR_57D: [string, string, Meta][] = [
  ['an enforcement check plan in a notice\'s title', `青石县交通运输局法治建设工作情况\n一、主要做法\n（一）健全制度。印发《青石县交通运输局关于印发2021年度行政执法检查计划的通知》，把依法行政列入局务会重要议程。${REST}`,
    m('青石县交通运输局', '青石县', '交通', 2021)],
  ['a random-check plan with quotes in its name', `南岭区卫生健康局依法行政工作总结\n一、主要做法\n制定《南岭区卫生健康局2020年度“双随机、一公开”抽查计划》，按计划开展监督检查，规范执法程序。${REST}`,
    m('南岭区卫生健康局', '南岭区', '卫生健康', 2020)],
  ['traditional, a staff law study plan', toTraditional(`西平州市场监督管理局法治政府建设情况\n一、主要做法\n局党组下发《2019年度全系统干部学法计划》，组织干部职工学习行政处罚法等法律法规。${REST}`),
    m('西平州市场监督管理局', '西平州', '市场监管', 2019)],
  ['a publicity plan by its short name', `东湖市水务局法治工作情况汇报\n一、主要做法\n按照《东湖市水务局2022年度普法责任清单和宣传计划》，开展水法规进社区、进企业活动。${REST}`,
    m('东湖市水务局', '东湖市', '水利', 2022)],
  // near misses
  ['its own year stated, next year\'s plan named', `北川县林业局法治建设工作报告\n2022年，本局坚持依法行政，规范林业执法。下一步，将按照《北川县林业局2023年度执法检查计划》开展检查。${REST}`,
    m('北川县林业局', '北川县', '林业', 2022)],
  ['a five-year plan only', `石门区民政局法治建设情况\n一、主要做法\n落实《石门区民政局法治宣传教育规划（2021—2025年）》，开展婚姻登记窗口普法。${REST}`,
    m('石门区民政局', '石门区', '民政', null)],
  ['a plan spoken of, not named', `红河镇人民政府法治建设情况\n一、主要做法\n规范执法程序，推进依法行政。\n三、下一步打算\n2024年计划开展法治宣传活动，提升群众法治意识。`,
    m('红河镇人民政府', '红河镇', '乡镇政府', null)],
]

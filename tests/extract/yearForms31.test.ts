/**
 * The year a report covers, over the probe matrix of ./yearForms31.ts (authors × page chrome × title forms × body forms, 990
 * invented openings). Before issue 11's rules 134 read wrong, all where the title states no year: an attachment line naming the
 * next year's 工作要点 outvoted the report's own year; a figure compared with the year before (与2022年相比, 全年…较2022年, （2022年
 * 为120件）), the year before's assessment or honour, a law's revision year (《…条例（2019年修订）》), either end of a span written
 * with an en dash (2021–2025年) or a total since an earlier year was read as the report's. The forms one at a time below pin the
 * same and those found probing around them (a document of an earlier year, a statistical year from December to November, a date
 * something happened on, 于2023年6月5日, which is no publication date).
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { yearProbes } from './yearForms31'

const all = yearProbes()

for (const title of new Set(all.map((p) => p.title))) {
  describe(`title: ${title}`, () => {
    it.each(all.filter((p) => p.title === title).map((p) => [p.chrome, p.body, p] as const))('%s × %s', async (_, __, p) => {
      expect((await metaOf(p)).year).toBe(p.year)
    })
  })
}

describe('the forms one at a time', () => {
  const title = '青杉县司法局法治政府建设工作报告\n'
  const head = `${title}今年以来，我局坚持依法行政。\n`
  it.each([
    ['与2022年相比', `${head}全年办理行政处罚案件126件，与2022年相比减少8件。\n`, null],
    ['全年…较2022年', `${head}全年办理行政处罚案件126件，较2022年增长12%。\n`, null],
    ['a comparison beside the year stated', `${head}全年办理行政处罚案件126件，与2022年相比减少8件；2023年受理复议申请9件。\n`, 2023],
    ['《…条例（2019年修订）》', `${head}贯彻《中华人民共和国食品安全法实施条例（2019年修订）》，全年办理案件12件。\n`, null],
    ['《…法（2021年修正）》', `${head}贯彻《中华人民共和国行政处罚法（2021年修正）》，全年办理案件12件。\n`, null],
    ['附件：next year’s 工作要点', `${head}全年办理案件12件。\n附件：2024年法治政府建设工作要点\n`, null],
    ['附件2：next year’s plan beside the year stated', `${head}2023年办理案件12件。\n附件2：2024年法治政府建设工作计划\n`, 2023],
    ['the year’s own 工作要点 issued in it', `${head}印发《2023年法治政府建设工作要点》，全年办理案件12件。\n`, 2023],
    ['今年…自2019年以来', `${title}今年以来，我局自2019年以来累计办理案件120件。\n`, null],
    ['今年…《纲要（2021年—2025年）》', `${title}今年以来，我局贯彻《法治政府建设实施纲要（2021年—2025年）》，办理案件12件。\n`, null],
    ['今年…a county’s 2023—2025年 plan', `${title}今年以来，我局落实《青杉县2023—2025年法治政府建设规划》，办理案件12件。\n`, null],
    ['今年…a year before’s figure in an aside', `${title}今年以来，我局办理案件12件，同比增长5%（2022年为9件）。\n`, null],
    ['2019年出台的《…》', `${head}贯彻2019年出台的《重大行政决策程序暂行条例》，全年办理案件12件。\n`, null],
    ['清理2018年以前出台的', `${head}我局清理2018年以前出台的规范性文件12件。\n`, null],
    ['《X县2022年度…督察反馈意见》', `${head}根据《青杉县2022年度法治政府建设督察反馈意见》整改问题5个。\n`, null],
    ['《2022年度…考核结果》', `${head}根据《2022年度法治政府建设考核结果》，整改问题5个。\n`, null],
    ['a statistical year from December to November', `${title}2022年12月至2023年11月，我局共办理案件12件。\n`, 2023],
    ['the same, dated', `${title}本报告统计期为2022年12月1日至2023年11月30日，共办理案件12件。\n`, 2023],
    ['a date something happened on, 于2023年6月5日召开', `${head}我局于2023年6月5日召开法治政府建设推进会。\n`, 2023],
    ['the same, with the closing date after it', `${head}我局于2023年6月5日召开法治政府建设推进会。\n青杉县司法局\n2024年1月10日\n`, 2023],
    ['a closing date alone is the next year’s', `${head}全年办理案件12件。\n青杉县司法局\n2024年1月10日\n`, 2023],
    ['traditional: 在2022年度…考核中獲評優秀', `${title}今年以來，我局在2022年度全市法治政府建設考核中獲評優秀等次。\n`, null],
    ['a report that says it publishes itself', '一、总体情况\n市人防办按照有关规定，公布2020年政府信息公开工作年度报告，内容包括总体情况。\n全年收到申请3件。\n', 2020],
  ] as const)('%s', async (_, text, year) => {
    expect((await metaOf({ text })).year).toBe(year)
  })
})

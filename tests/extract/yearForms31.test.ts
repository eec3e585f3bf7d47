/**
 * The year a report covers, over the probe matrix of ./yearForms31.ts (authors × page chrome × title forms × body forms, 630
 * invented openings). Before issue 11's rules 53 read wrong, all where the title states no year: an attachment line naming the
 * next year's 工作要点 outvoted the report's own year, a figure compared with the year before (与2022年相比, 全年…较2022年) gave that
 * year, and a law's revision year (《…条例（2019年修订）》) was read as the report's.
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
  const head = '青杉县司法局法治政府建设工作报告\n今年以来，我局坚持依法行政。\n'
  it.each([
    ['与2022年相比', `${head}全年办理行政处罚案件126件，与2022年相比减少8件。\n`, null],
    ['全年…较2022年', `${head}全年办理行政处罚案件126件，较2022年增长12%。\n`, null],
    ['a comparison beside the year stated', `${head}全年办理行政处罚案件126件，与2022年相比减少8件；2023年受理复议申请9件。\n`, 2023],
    ['《…条例（2019年修订）》', `${head}贯彻《中华人民共和国食品安全法实施条例（2019年修订）》，全年办理案件12件。\n`, null],
    ['《…法（2021年修正）》', `${head}贯彻《中华人民共和国行政处罚法（2021年修正）》，全年办理案件12件。\n`, null],
    ['附件：next year’s 工作要点', `${head}全年办理案件12件。\n附件：2024年法治政府建设工作要点\n`, null],
    ['附件2：next year’s plan beside the year stated', `${head}2023年办理案件12件。\n附件2：2024年法治政府建设工作计划\n`, 2023],
    ['the year’s own 工作要点 issued in it', `${head}印发《2023年法治政府建设工作要点》，全年办理案件12件。\n`, 2023],
  ] as const)('%s', async (_, text, year) => {
    expect((await metaOf({ text })).year).toBe(year)
  })
})

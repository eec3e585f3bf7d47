/**
 * A report whose title states no year and whose only statement of it is its first section's heading (一、2023年主要工作):
 * 主要 and 重要 hold a 要 but are no plan's 要 (2024年要…), so the heading's year is the report's, while the plan
 * section after it (二、2024年工作打算) keeps its year out. Found by probing page forms (2026-12-05). The reports are invented.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'

const HEADINGS = ['主要工作', '主要做法和成效', '重要举措', '主要工作开展情况', '重要工作完成情况', '法治政府建设主要举措和成效'] as const
const PLANS = ['', '二、{next}年工作打算\n{next}年，我局将继续推进依法行政。\n', '二、{next}年主要工作安排\n{next}年，我们要进一步规范执法行为，力争办理案件增长10%。\n'] as const
const AUTHORS = ['青杉县司法局', '长河市市场监督管理局', '白水镇人民政府'] as const

describe('a year only in the first section’s heading', () => {
  const cases = HEADINGS.flatMap((h, i) => PLANS.map((_, j) => [h, j, 2019 + ((i + j) % 7), AUTHORS[(i + j) % 3]] as const))
  it.each(cases)('一、{year}年%s (plan form %i, %i, %s)', async (heading, j, y, author) => {
    const plan = PLANS[j].replaceAll('{next}', String(y + 1))
    const text = `${author}法治政府建设年度报告\n一、${y}年${heading}\n今年以来，我们坚持依法行政，办理行政复议案件12件。\n${plan}`
    expect((await metaOf({ text })).year).toBe(y)
  })
  it('a plan’s 要 still is one: a year only named with what is to be done is no report’s year', async () => {
    const text = '青杉县司法局法治政府建设年度报告\n一、工作打算\n2024年要进一步规范执法行为。\n'
    expect((await metaOf({ text })).year).toBeNull()
  })
})

/**
 * Forms from the dev half of the r39-fresh batch (corpus README, thirty-ninth batch), over invented openings and sentences:
 * - a county whose name is a verb an organ follows as its object (会同县: 会同 is "together with", so ./placeChain.ts's BAD_STEM
 *   rejects the stem), named where only a name stands — a title of any kind, with or without its year, its outer places, a
 *   signature, a letterhead, both scripts — is the place it names (reference data, ./places.ts SUFFIX_IN_STEM), while the verb in
 *   running text (本局会同县公安局…) still names no author and a joint action's figures stay no one's own.
 * Each text is invented (other organs, years and wording); none is a corpus item's text.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { extractText } from './seeds'
import { toSimplifiedSameLength } from '../../src/extract/normalise'

type Meta = Partial<{ agency: string | null; region: string | null; sector: string | null; year: number | null }>
const LEAD = '坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要。现将有关情况报告如下：\n一、主要工作\n（一）加强组织领导。全年召开专题会议3次。'

const CASES: [string, string, Meta][] = [
  ['government title', '会同县人民政府2021年法治政府建设年度报告\n2021年，县政府' + LEAD,
    { agency: '会同县人民政府', region: '会同县', sector: '区县政府', year: 2021 }],
  ['bureau title without a year', '会同县市场监督管理局政府信息公开工作年度报告\n一、总体情况\n2022年，我局推进政务公开，全年主动公开信息36条。',
    { agency: '会同县市场监督管理局', region: '会同县', sector: '市场监管', year: 2022 }],
  ['bureau title under its source line', '发布日期：2023-02-10　来源：会同县教育局\n会同县教育局2022年法治政府建设工作总结\n2022年，我局' + LEAD,
    { agency: '会同县教育局', region: '会同县', sector: '教育', year: 2022 }],
  ['outer places in the title', '湖南省怀化市会同县司法局2020年度法治政府建设情况报告\n2020年，我局' + LEAD,
    { agency: '会同县司法局', region: '湖南省怀化市会同县', sector: '司法行政', year: 2020 }],
  ['letterhead over a title', '会同县卫生健康局\n关于2024年度法治政府建设情况的报告\n2024年，我局' + LEAD,
    { agency: '会同县卫生健康局', region: '会同县', sector: '卫生健康', year: 2024 }],
  ['traditional title', '會同縣應急管理局2023年法治政府建設情況報告\n2023年，我局' + LEAD,
    { agency: '会同县应急管理局', region: '会同县', sector: '应急管理', year: 2023 }],
  // near misses: the verb in running text
  ['the verb after 本局, no title', '2021年，本局会同县公安局、县交通运输局开展道路联合执法，全年检查车辆120台次。\n一、主要工作\n（一）加强组织领导。',
    { agency: null }],
  ['the verb in a titled report', '通道县林业局2022年法治政府建设工作报告\n2022年，我局会同县公安局开展打击破坏森林资源专项行动。' + LEAD,
    { agency: '通道县林业局', region: '通道县', sector: '林业' }],
]

const simplified = (s: string | null) => (s === null ? null : toSimplifiedSameLength(s))

describe('a county named by a verb, where only a name stands', () => {
  it.each(CASES)('%s', async (_name, text, want) => {
    const got = await metaOf({ text })
    expect({ agency: simplified(got.agency), region: simplified(got.region), sector: got.sector, year: got.year }).toMatchObject(want)
  })

  it("keeps a joint action's figures no one's own", () => {
    const obs = extractText('2022年，县市场监督管理局会同县公安局、县农业农村局开展农资打假专项行动，查处违法案件14起。').observations
    expect(obs.filter((o) => o.indicator_id === 'enforcement_cases' && o.value === 14)).toEqual([])
  })
})

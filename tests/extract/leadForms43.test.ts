/**
 * The author read from a lead sentence in two forms the openings did not hold: a news piece's dateline before the lead
 * (本报讯, 某某网讯, reporters in brackets) and a lead whose subject's verb is one of the year's work (办理, 查处, 完成 …) or
 * comes after 共/全年/累计/依法 — a report with no title line whose first numbered section opens on "2023年，X局共开展…".
 * Each opening is invented (places, levels, figures and both scripts); none is a corpus item's text. Near misses: a
 * dateline before no organ, partners beside 我局, a title that names the author before a department's lead.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { toSimplifiedSameLength } from '../../src/extract/normalise'

type Meta = Partial<{ agency: string | null; region: string | null; sector: string | null; year: number | null }>

const CASES: [string, string, Meta][] = [
  // a news piece's dateline
  ['本报讯 before the lead', '本报讯 2023年，柳林县自然资源局坚持依法行政，全年办理土地违法案件17件。',
    { agency: '柳林县自然资源局', region: '柳林县', sector: '自然资源', year: 2023 }],
  ['dateline with reporters', '本报讯（记者 赵某 通讯员 钱某）2024年，金平区市场监督管理局以优化营商环境为抓手，查处案件204件。',
    { agency: '金平区市场监督管理局', region: '金平区', sector: '市场监管', year: 2024 }],
  ['a site\'s dateline, traditional', '某某網訊 2022年，龍泉市司法局深入推進依法行政，調解糾紛361起。',
    { agency: '龙泉市司法局', region: '龙泉市', sector: '司法行政', year: 2022 }],
  ['dateline before a day', '本报讯 6月12日，高新街道联合区司法局开展宪法宣传活动。', { agency: '高新街道办事处', sector: '街道' }],
  // a lead after the first section's heading, its verb one of the year's work
  ['共开展 after a heading', '一、2023年法治政府建设主要举措\n（一）压实责任。局党组把法治建设纳入全年工作。\n2023年，清河县应急管理局共开展执法检查148次。',
    { agency: '清河县应急管理局', region: '清河县', sector: '应急管理', year: 2023 }],
  ['全年办理 after a heading', '一、主要工作\n2022年，平阴县交通运输局全年办理行政处罚案件93件。',
    { agency: '平阴县交通运输局', sector: '交通', year: 2022 }],
  ['依法查处, traditional', '一、工作成效\n2024年，東陽市綜合行政執法局依法查處違法建設案件52件。',
    { agency: '东阳市综合行政执法局', sector: '城市管理', year: 2024 }],
  ['完成 after a heading', '一、基本情况\n2021年，汤阴县统计局完成统计执法检查12家。', { agency: '汤阴县统计局', sector: '统计', year: 2021 }],
  // near misses
  ['a dateline before no organ', '本报讯 2023年，全县共办理行政复议案件42件。', { agency: null }],
  ['partners beside 我局', '一、主要工作\n2023年，兴隆县公安局与我局共同查处非法采砂案件6起。', { agency: null }],
  ['the title names the author', '平泉市人民政府2023年法治政府建设年度报告\n一、主要工作\n2023年，平泉市司法局共办理行政复议案件21件。',
    { agency: '平泉市人民政府', sector: '区县政府', year: 2023 }],
]

const simplified = (s: string | null) => (s === null ? null : toSimplifiedSameLength(s))

describe('a lead after a dateline, or with a verb of the year\'s work', () => {
  it.each(CASES)('%s', async (_name, text, want) => {
    const got = await metaOf({ text })
    const read = { agency: simplified(got.agency), region: simplified(got.region), sector: got.sector, year: got.year }
    expect(read).toMatchObject(want)
  })
})

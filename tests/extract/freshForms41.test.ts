/**
 * Forms from the dev half of the r41-fresh batch (corpus README, forty-first batch), over invented openings and sentences:
 * - an unnamed 我局's field said in the work words of public health (公共卫生, 健康科普, 医政, 妇幼, 爱国卫生) and in the field's own
 *   name (卫生健康工作), as in its other fields' words (./fieldTerms.ts): two distinct words, more than any other field's;
 * - a report published early in the year after the one it covers may call that year 去年 (去年全年，我厅共收到…): a sentence that
 *   opens on 去年 or 去年全年 and compares nothing is the report's year when the page is dated, by its label, in the year after;
 *   去年同期, a comparison, an undated page and a page dated in its own year keep the year before (./scope.ts).
 * Each text is invented (other organs, years, figures and wording); none is a corpus item's text.
 */
import { describe, expect, it } from 'vitest'
import { toTraditional } from './traditional'
import { metaOf } from './openingProbes'
import { extractText } from './seeds'
import { departmentOfWork } from '../../src/extract/fieldTerms'

type Meta = Partial<{ agency: string | null; region: string | null; sector: string | null; year: number | null }>

const FIELD: [string, string, Meta][] = [
  ['public-health words of a disclosure report',
    '本报告依照《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至12月31日。\n一、总体情况\n本年度，我局在县政府网站公开公共卫生服务项目、医政管理和妇幼健康等信息，并通过公众号推送健康科普文章52条。\n（二）依申请公开。本年度我局收到申请2件。',
    { agency: null, region: null, sector: '卫生健康', year: 2023 }],
  ['the field named by its own work',
    '2024年，我局认真贯彻《中华人民共和国政府信息公开条例》，围绕卫生健康工作和爱国卫生运动做好信息公开，全年主动公开信息88条。\n一、总体情况',
    { agency: null, sector: '卫生健康', year: 2024 }],
  ['traditional script',
    toTraditional('2022年，我局围绕公共卫生和妇幼健康工作推进政务公开，全年主动公开信息64条。\n一、总体情况\n本年度未收到依申请公开事项。'),
    { agency: null, sector: '卫生健康', year: 2022 }],
  // near misses: one word of the field; another field's words outnumber it
  ['one public-health word only',
    '2023年，我局推进政务公开，在县政府网站公开公共卫生相关信息，全年主动公开信息40条。\n一、总体情况',
    { agency: null, sector: null }],
  ["the medical-insurance office's words outnumber it",
    '2023年，我局在县政府网站公开医保基金监管、参保登记、定点医药机构名单等信息，配合卫生健康部门做好公共卫生工作。\n一、总体情况',
    { agency: null, sector: '医疗保障' }],
]

describe("an unnamed 我局's field in public health's words", () => {
  it.each(FIELD)('%s', async (_name, text, want) => {
    const got = await metaOf({ text })
    expect({ agency: got.agency, region: got.region, sector: got.sector, year: got.year }).toMatchObject(want)
  })

  it('needs two distinct words, more than any other field', () => {
    expect(departmentOfWork('公开公共卫生和健康科普信息')).toBe('卫生健康局')
    expect(departmentOfWork('公开公共卫生信息，公共卫生服务覆盖全县')).toBeUndefined()
    expect(departmentOfWork('公开公共卫生和健康科普信息，审核医保基金和参保数据')).toBeUndefined()
  })
})

const TITLE = '某省文化和旅游厅2020年政府信息公开工作年度报告\n'
const BODY = '一、总体情况\n（一）主动公开。本年主动公开信息310条。\n（二）依申请公开。'
const requests = (text: string) => extractText(text).observations.filter((o) => o.indicator_id === 'info_disclosure_requests').map((o) => o.value)

const LAST_YEAR: [string, string, number[]][] = [
  ['去年全年 on a page dated the year after', TITLE + '日期：2021-01-20 09:30\n' + BODY + '去年全年，我厅共收到依申请公开申请9件，均已按时答复。', [9]],
  ['去年 alone, a publication-time label', TITLE + '发布时间：2021年2月3日\n' + BODY + '去年，我厅收到政府信息公开申请6件，全部按期办结。', [6]],
  ['traditional script', toTraditional(TITLE + '日期：2021-01-20\n' + BODY + '去年全年，我厅共收到依申请公开申请9件。'), [9]],
  // near misses: the year before all the same
  ['an undated page', TITLE + BODY + '去年全年，我厅共收到依申请公开申请9件，均已按时答复。', []],
  ['a page dated in its own year', TITLE + '日期：2020-12-28\n' + BODY + '去年全年，我厅共收到依申请公开申请9件，均已按时答复。', []],
  ['去年同期', TITLE + '日期：2021-01-20\n' + BODY + '本年收到依申请公开申请12件。去年同期，我厅收到依申请公开申请9件。', [12]],
  ['a comparison in its sentence', TITLE + '日期：2021-01-20\n' + BODY + '本年收到依申请公开申请12件。去年全年，我厅收到申请9件，今年比去年增加3件。', [12]],
  ['not the sentence\'s opening', TITLE + '日期：2021-01-20\n' + BODY + '本年收到依申请公开申请12件，去年全年收到申请9件。', [12]],
]

describe('去年 of a report published the year after', () => {
  it.each(LAST_YEAR)('%s', (_name, text, want) => {
    expect(requests(text)).toEqual(want)
  })
})

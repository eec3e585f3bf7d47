/**
 * Forms from the dev half of the r43-fresh batch (corpus README, forty-third batch), over invented sentences and openings:
 * - a ；-part that states its own total after an earlier breakdown of the period (…，其中部门文件31条；办理建议和提案共计14件，其中
 *   建议8件、提案6件) is not one of that breakdown's parts: its total stands and its own parts are not added to it (./sums.ts);
 * - proposal replies a report publishes (全文公开…建议、提案办理答复件N件) are published items, not proposals handled, as published
 *   办理结果 and 复文 already were (data/indicators.json, proposals_handled's exclude);
 * - an unnamed 我局's field said in a statistics bureau's work words (统计数据, 统计快讯, 统计公报…: what it compiles and publishes)
 *   reads 统计 as its sector, by the rule of two distinct words, more than any other field's (./fieldTerms.ts).
 * Each text is invented (other organs, figures and wording); none is a corpus item's text.
 */
import { describe, expect, it } from 'vitest'
import { toTraditional } from './traditional'
import { metaOf } from './openingProbes'
import { extractText } from './seeds'
import { departmentOfWork } from '../../src/extract/fieldTerms'

const valuesOf = (text: string, indicator: string) =>
  extractText(text).observations.filter((o) => o.indicator_id === indicator).map((o) => o.value)

const OWN_TOTAL: [string, string, string, number[]][] = [
  ['proposals with their own total after a breakdown of published items', 'proposals_handled',
    '（一）主动公开。全年主动公开信息410条，其中部门文件31条；办理人大代表建议和政协委员提案共计14件，其中建议8件、提案6件。', [14]],
  ['requests with their own total after a breakdown of published items', 'info_disclosure_requests',
    '全年主动公开信息386条，其中政策解读15条；受理政府信息公开申请共计9件，其中网络申请7件、信函申请2件。', [9]],
  ['a total without 共计 and its own parts after 其中', 'proposals_handled',
    '全年主动公开信息386条，其中政策解读15条；办理人大建议和政协提案13件，其中人大建议9件、政协提案4件。', [13]],
  ['traditional script', 'proposals_handled',
    toTraditional('全年主動公開信息410條，其中部門文件31條；辦理人大代表建議和政協委員提案共計14件，其中建議8件、提案6件。'), [14]],
  // near misses: parts with no total of their own still add up; a list of kinds adds up; a breakdown announced by 其中， goes on
  ['parts after 其中 with no total before them', 'proposals_handled',
    '全年办理人大代表建议和政协委员提案，其中人大建议9件，政协提案6件。', [15]],
  ['a list of kinds after an earlier breakdown', 'proposals_handled',
    '全年主动公开信息410条，其中部门文件31条；办理人大代表建议8件、政协委员提案6件。', [14]],
  ['hazards rectified as the only parts of their period', 'hazards_rectified',
    '全年开展安全隐患排查整治，其中事故隐患已整改2312条，火灾隐患已整改669条。', [2981]],
]

describe('a ；-part with its own total after an earlier breakdown', () => {
  it.each(OWN_TOTAL)('%s', (_name, indicator, text, want) => {
    expect(valuesOf(text, indicator)).toEqual(want)
  })
})

const PUBLISHED: [string, string, number[]][] = [
  ['replies published in full, with their parts in an aside',
    '本年度在门户网站全文公开局主办的人大代表建议、政协委员提案办理答复件19件（建议答复12件、提案答复7件）。', []],
  ['replies announced, the act named after its object', '本年度公布人大建议和政协提案的办理答复15件。', []],
  // near misses: handled and replied to, with no publishing verb; handled and then published
  ['replies the bureau handled', '本年度办理人大建议和政协提案答复件15件，均在规定时限内答复。', [15]],
  ['handled, and published afterwards', '本年度共办理人大建议、政协提案20件，办复率100%，并全部在网站公开。', [20]],
]

describe('published proposal replies are not proposals handled', () => {
  it.each(PUBLISHED)('%s', (_name, text, want) => {
    expect(valuesOf(text, 'proposals_handled')).toEqual(want)
  })
})

type Meta = Partial<{ agency: string | null; region: string | null; sector: string | null; year: number | null }>
const STATS: [string, string, Meta][] = [
  ["a disclosure report in a statistics bureau's words",
    '本报告依照《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2023年，我局按月发布统计数据和统计快讯，做好年度统计公报的解读，全年主动公开信息126条。\n（二）依申请公开。本年度收到申请4件。',
    { agency: null, region: null, sector: '统计', year: 2023 }],
  ['traditional script',
    toTraditional('2022年，我局依法公開統計數據，編印統計年鑑，主動公開政府信息98條。\n一、總體情況\n本年度未收到依申請公開事項。'),
    { agency: null, sector: '统计', year: 2022 }],
  // near misses: one word of the field; a disclosure report's own counting period is no statistics work
  ['one statistics word only',
    '2023年，我局推进政务公开，及时发布统计数据，全年主动公开信息40条。\n一、总体情况',
    { agency: null, sector: null }],
  ['数据统计期限 of any report',
    '本报告所列数据统计期限为2023年1月1日至12月31日。2023年，我局推进政务公开，全年主动公开信息40条。\n一、总体情况',
    { agency: null, sector: null }],
]

describe("an unnamed 我局's field in a statistics bureau's words", () => {
  it.each(STATS)('%s', async (_name, text, want) => {
    const got = await metaOf({ text })
    expect({ agency: got.agency, region: got.region, sector: got.sector, year: got.year }).toMatchObject(want)
  })

  it('needs two distinct words, more than any other field', () => {
    expect(departmentOfWork('发布统计数据和统计公报')).toBe('统计局')
    expect(departmentOfWork('发布统计数据，统计数据按月更新')).toBeUndefined()
    expect(departmentOfWork('发布统计数据和统计公报，公开取水许可、河道管理和水土保持信息')).toBe('水利局')
  })
})

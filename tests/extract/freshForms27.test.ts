/**
 * Forms after the r21-fresh batch (corpus README, twenty-first batch), each over generated sentences with near misses:
 * - its first 17 items' dev half read every value, author, place, sector and year right, so the first form is one the older
 *   dev half still showed (r9's 填报说明 of a 行政执法数据表): a counting convention — how an event is counted (检查一个对象…的
 *   计一次, 并处两种以上的计一宗, 按一次计) — is no count of events;
 * - its 4 later items' dev half named a committee by its short name (和平区发展改革委): the full name restores the 和 the
 *   short name drops with the 员会 (发展和改革委员会, 住房和城乡建设委员会, 经济和信息化委员会).
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { failures } from './probeValues'


/** What is counted, the indicator, the unit, and a real count's clause for the twin. */
const SUBJECTS: [string, string, string, string][] = [
  ['检查一个对象且有完整、详细记录的', 'enforcement_inspections', '次', '全年开展执法检查'],
  ['对同一企业同日开展的多项检查', 'enforcement_inspections', '次', '全年共开展执法检查'],
  ['并处两种以上处罚的', 'penalty_cases', '宗', '全年作出行政处罚决定'],
  ['同一当事人有多个违法行为、一并处罚的', 'penalty_cases', '件', '全年办理行政处罚案件'],
  ['一次会议集中学习多部法律的', 'training_sessions', '次', '全年组织会前学法'],
  ['同一期培训分多日举办的', 'training_sessions', '期', '全年举办法治培训班'],
]
/** The convention's verb before its figure, or around it (按…计). */
const CONVENTIONS: ((n: string, u: string) => string)[] = [
  (n, u) => `计${n}${u}`, (n, u) => `计为${n}${u}`, (n, u) => `记为${n}${u}`, (n, u) => `算作${n}${u}`,
  (n, u) => `视为${n}${u}`, (n, u) => `按${n}${u}计`, (n, u) => `按${n}${u}计算`, (n, u) => `均只计${n}${u}`,
]
const NUMERALS: [string, number][] = [['一', 1], ['1', 1]]
const YEARS = [2019, 2021, 2023, 2025]

describe('a counting convention (…的计一次, 计为1宗, 按一次计) says how events are counted, not how many there were', () => {
  const probes: [string, string, number | null][] = SUBJECTS.flatMap(([subject, indicator, unit], i) =>
    CONVENTIONS.flatMap((conv, j) => NUMERALS.map(([n]): [string, string, number | null] => {
      const y = YEARS[(i + j) % YEARS.length]
      return [`${y}年度行政执法数据统计说明：${subject}${conv(n, unit)}；没有特定对象的巡查不计入。`, indicator, null]
    })))
  it('reads no count from a convention', () => expect(failures(probes)).toEqual([]))

  // Twins: the same report's own count, also next to the convention, and totals written with 计 (共计/合计/累计/总计).
  const twins: [string, string, number | null][] = SUBJECTS.flatMap(([subject, indicator, unit, lead], i) => {
    const n = 12 + 7 * i
    return [
      [`${lead}${n}${unit}。`, indicator, n],
      [`${lead}${n}${unit}（${subject}计一${unit}）。`, indicator, n],
      [`${lead.replace('全年', '全年共')}，合计${n}${unit}。`, indicator, n],
      [`${lead}，共计${n}${unit}。`, indicator, n],
      [`${lead}，累计${n}${unit}。`, indicator, n],
      [`${lead}1${unit}。`, indicator, 1], [`${lead}一${unit}。`, indicator, 1],
    ]
  })
  it('still reads the counts around it, counts of one, and totals written with 计', () => expect(failures(twins)).toEqual([]))
})

describe('a committee short-named with 委 that drops the 和 of its full name (发展改革委) is the 发展和改革委员会', () => {
  const PLACES: [string, string, string][] = [['和平区', '和平区', '区'], ['南开区', '南开区', '区'], ['成都市', '成都市', '市'], ['渝中区', '渝中区', '区'], ['宁波市', '宁波市', '市']]
  /** The short name, the full name, the sector (the SECTORS label of its field). */
  const STEMS: [string, string, string][] = [
    ['发展改革委', '发展和改革委员会', '发展改革'], ['住房城乡建设委', '住房和城乡建设委员会', '住房城乡建设'],
    ['经济信息化委', '经济和信息化委员会', '经济信息化'],
  ]
  const FORMS = [
    (org: string, y: number) => `${org}${y}年政府信息公开工作年度报告\n一、总体情况\n${y}年，我委认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开信息120条。\n`,
    (org: string, y: number) => `${org}关于${y}年度法治政府建设情况的报告\n${y}年，${org}坚持依法行政，全年办理行政复议案件3件。\n`,
  ]
  const cases = PLACES.flatMap(([place, region], i) => STEMS.flatMap(([short, full, sector], j) => FORMS.map((form, k) => {
    const y = 2019 + ((i + j + k) % 7)
    return [`${place}${short} (${k})`, form(`${place}${short}`, y), { agency: `${place}${full}`, region, sector, year: y }] as const
  })))
  it.each(cases)('%s', async (_, text, want) => {
    const m = await metaOf({ text })
    expect({ agency: m.agency, region: m.region, sector: m.sector, year: m.year }).toEqual(want)
  })

  // Near misses: committees whose full names have no 和 (卫生健康委, 民族宗教事务委, 教育委), a 局 (发展改革局 is a name in use),
  // and the full name as written.
  const misses: [string, string][] = [
    ['和平区卫生健康委', '和平区卫生健康委员会'], ['广东省民族宗教事务委', '广东省民族宗教事务委员会'], ['上海市教育委', '上海市教育委员会'],
    ['和平区发展改革局', '和平区发展改革局'], ['和平区发展和改革委员会', '和平区发展和改革委员会'], ['成都市住房和城乡建设委员会', '成都市住房和城乡建设委员会'],
  ]
  it.each(misses)('%s', async (org, agency) => {
    const m = await metaOf({ text: `${org}2021年政府信息公开工作年度报告\n一、总体情况\n2021年，${org}认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开信息80条。\n` })
    expect(m.agency).toBe(agency)
  })
})

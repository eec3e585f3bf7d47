/**
 * Forms after the r21-fresh batch (corpus README, twenty-first batch). Its dev half read every value, author, place, sector
 * and year right on the first run, so the form generalised here is one the older dev half still showed (r9's 填报说明 of a
 * 行政执法数据表): a counting convention — how an event is counted (检查一个对象…的计一次, 并处两种以上的计一宗, 按一次计) —
 * is no count of events. Probed over generated subjects × convention verbs × units × numerals, with the twins that count.
 */
import { describe, expect, it } from 'vitest'
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

/**
 * A count that joins another topic with law, the other topic first (issue 11, dev37; left open by dev36): "…学习习近平法治思想，开展
 * 党纪和法律法规专题学习N次" was read as N law sessions, though the rulings make a count that joins law with another topic no law
 * count (the r3 form, 习近平法治思想和党的二十届三中全会宣讲活动40场, and k-xiangtan-yb's 党的二十大精神、习近平法治思想和宪法法律13次,
 * `optional`); JOINED_TOPIC (src/extract/training.ts) had law first only. Either order now joins them, with or without a law lead
 * before. Leads × other topics × joiners × law words × study terms × numerals; the near misses keep law alone, the other topic
 * in a clause of its own before a law count, and a law count summed beside a joined one read.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const LEADS = ['', '全年学习习近平法治思想，', '2023年，局党组坚持学法用法，', '围绕学习贯彻习近平法治思想，']
const TOPICS = ['党纪', '党的二十大精神', '党史', '主题教育', '党纪学习教育', '全会精神']
const JOINERS = ['和', '与', '、', '及']
const LAWS = ['法律法规', '宪法', '民法典', '习近平法治思想', '法律']
const TERMS = ['专题学习', '集中学习', '专题培训', '学习']
const NUMERALS: [string, number][] = [['8次', 8], ['十二次', 12], ['5场', 5], ['20余次', 20]]

describe('a joined count with the other topic first', () => {
  const probes: Probe[] = LEADS.flatMap((lead, i) => TOPICS.flatMap((topic, j) => LAWS.map((law, k): Probe => {
    const verb = pick(['开展', '组织', '组织干部职工'], i + j + k)
    return [`${lead}${verb}${topic}${pick(JOINERS, i + k)}${law}${pick(TERMS, j + k)}${pick(NUMERALS, i + j + k)[0]}。`, 'training_sessions', null]
  })))
  it('reads no law sessions', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = TOPICS.flatMap((topic, j) => LAWS.flatMap((law, k): Probe[] => {
    const [n, v] = pick(NUMERALS, j + k)
    return [
      // (law alone)
      [`${pick(LEADS, j)}组织${law}${pick(TERMS, j + k)}${n}。`, 'training_sessions', v],
      // (the other topic in a clause of its own before a law count)
      [`深入开展${topic}学习，组织${law}专题学习${n}。`, 'training_sessions', v],
      // (a law count beside a joined one: the law count alone)
      [`开展${topic}${pick(JOINERS, k)}${law}学习4次，举办法治讲座${n}。`, 'training_sessions', v],
    ]
  }))
  it('still reads law alone, after another topic’s clause, and beside a joined count', () => expect(failures(misses)).toEqual([]))
})

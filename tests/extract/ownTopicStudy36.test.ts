/**
 * A study count that names its own other topic after a clause naming law as studied (issue 11, dev36): "通过党工委会“第一议题”和
 * 工委理论学习中心组学习研读习近平法治思想，常态开展中央八项规定精神学习教育和交流研讨343次" read 343 law sessions
 * (r31-open-fuling-edu-2025 rules it out). The training rulings let a sentence that opens by naming law as studied speak for the
 * 第一议题 study after it ("把学习…习近平法治思想作为首要任务，通过…“第一议题”等集中学习64次"), not for a count whose own clause
 * names another topic studied (八项规定精神, 党纪, 二十大精神): that count keeps its topic. Law leads × other topics × studies ×
 * numerals; the near misses keep the ruling's 第一议题 study, a count with no topic and a count whose clause names law read.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const LEADS = ['通过党工委会“第一议题”和中心组学习研读习近平法治思想，', '把学习贯彻习近平法治思想作为首要政治任务，',
  '局党组理论学习中心组深入学习习近平法治思想，', '坚持学习宪法和法律法规，']
const TOPICS = ['中央八项规定精神', '党纪', '党的二十大精神', '党史', '二十届四中全会精神']
const STUDIES = ['常态开展${t}学习教育和交流研讨', '组织${t}专题学习', '开展${t}集中学习研讨', '全年组织${t}学习']
const NUMERALS: [string, number][] = [['343次', 343], ['12次', 12], ['二十四次', 24], ['6次', 6]]
const study = (form: string, topic: string) => form.replace('${t}', topic)

describe('a study count naming its own other topic after a law lead', () => {
  const probes: Probe[] = TOPICS.flatMap((topic, i) => STUDIES.flatMap((form, j) => LEADS.map((lead, k): Probe => {
    const [n] = pick(NUMERALS, i + j + k)
    return [`${lead}${study(form, topic)}${n}。`, 'training_sessions', null]
  })))
  it('reads no law sessions', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = LEADS.flatMap((lead, k) => NUMERALS.flatMap(([n, v], i): Probe[] => [
    // (the ruling's 第一议题 study after a law lead)
    [`${lead}通过“第一议题”等集中学习${n}。`, 'training_sessions', v],
    // (a count with no topic of its own; one whose clause names law)
    [`${lead}全年组织集中学习${n}。`, 'training_sessions', v],
    [`${lead}开展${pick(['民法典', '行政复议法', '法律法规'], i + k)}专题学习${n}。`, 'training_sessions', v],
  ]))
  it('still reads the 第一议题 study and counts with no topic of their own', () => expect(failures(misses)).toEqual([]))
})

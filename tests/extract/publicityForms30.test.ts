/**
 * Legal publicity taken to places (法治宣传进校园, 法律宣传进企业, 宪法宣传进机关): 宣传 may stand between the law word and
 * 进, as it does in most reports, and the places' counts of one clause add up (corpus README: legal_publicity_events adds
 * up parallel counts of one sentence); counts of an event the author only took part in are none. Found by probing
 * (2026-12-05): 法治宣传进校园15场、进社区9场 read 15 alone.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

const VERBS = ['组织', '开展', '举办']
const WORDS = ['法治宣传', '法律宣传', '宪法宣传', '民法典宣传']
const PLACES = [['校园', '社区'], ['企业', '农村'], ['机关', '乡村'], ['单位', '家庭']] as const
const NUMERALS: [string, number][] = [['15', 15], ['八', 8], ['23', 23], ['十二', 12]]
const UNITS = ['场', '次', '场次']

describe('legal publicity taken to places', () => {
  const probes = VERBS.flatMap((verb, i) => WORDS.flatMap((word, j) => PLACES.map(([a, b], k) => {
    const [n, v] = NUMERALS[(i + j + k) % NUMERALS.length]
    const [m, w] = NUMERALS[(i + j + k + 1) % NUMERALS.length]
    const unit = UNITS[(i + k) % UNITS.length]
    return { verb, word, a, b, n, v, m, w, unit }
  })))
  it('one place: its count', () =>
    expect(failures(probes.map(({ verb, word, a, n, v, unit }) => [`2023年，我局${verb}${word}进${a}${n}${unit}。`, 'legal_publicity_events', v]))).toEqual([]))
  it('two places in one clause: their sum', () =>
    expect(failures(probes.map(({ verb, word, a, b, n, v, m, w, unit }) => [`2023年，我局${verb}${word}进${a}${n}${unit}、进${b}${m}${unit}，发放宣传资料3000余份。`, 'legal_publicity_events', v + w]))).toEqual([]))
  it('an event only taken part in: none', () =>
    expect(failures(probes.map(({ word, a, n, unit }) => [`2023年，我局参加市里组织的${word}进${a}活动${n}${unit}。`, 'legal_publicity_events', null]))).toEqual([]))
})

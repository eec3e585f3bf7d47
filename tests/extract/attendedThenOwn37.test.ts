/**
 * Own sessions after sessions attended (issue 11, dev37): "年内参加上级部门法治培训4次，机关集中学习法律、法规2次，开展法治政府相关业务
 * 培训7次" read the 7 alone where r32-open-lanzhou-jtw-2021 sums the author's own 2 and 7 (the sum ruling; the attended 4 are no
 * sessions). A clause opening with its term, or a two-character subject before it (机关), was read as going on about the clause
 * before it, so the attended event's 参加 took its count too. That event already had its count: a count of events after a clause
 * that counted its own is another event (src/extract/clauseEvent.ts EVENTS_COUNTED). Attended leads × subjects × law terms ×
 * numerals, alone and before an own count they add up with; the near misses keep the people at the attended event (参训N人次)
 * and an attended count alone out, and a count after an attended clause that counted none still the attended event's.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const ATTENDED = ['参加上级部门法治培训', '参加省司法厅举办的法治培训', '参加市委依法治市办组织的法治讲座', '选派骨干参加省级执法培训', '参加上级组织的法治专题培训']
const ATTENDED_COUNTS: [string, number][] = [['4次', 4], ['2期', 2], ['三场', 3], ['5次', 5]]
const SUBJECTS = ['', '机关', '全局', '班子']
const TERMS = ['集中学习法律、法规', '集中学习法律法规', '集中学法', '专题学法', '学习宪法和民法典']
const NUMERALS: [string, number][] = [['2次', 2], ['六次', 6], ['11次', 11], ['3次', 3]]
const OWN = ['开展法治政府相关业务培训', '举办法治讲座', '组织法治培训']

describe('own sessions after sessions attended', () => {
  const alone: Probe[] = ATTENDED.flatMap((lead, i) => SUBJECTS.flatMap((subject, j) => TERMS.map((term, k): Probe => {
    const [n, v] = pick(NUMERALS, i + j + k)
    return [`年内${lead}${pick(ATTENDED_COUNTS, i + k)[0]}，${subject}${term}${n}。`, 'training_sessions', v]
  })))
  it('reads the own count after a clause that counted the attended ones', () => expect(failures(alone)).toEqual([]))

  const summed: Probe[] = ATTENDED.flatMap((lead, i) => SUBJECTS.flatMap((subject, j) => OWN.map((own, k): Probe => {
    const [n, v] = pick(NUMERALS, i + k)
    return [`年内${lead}${pick(ATTENDED_COUNTS, j)[0]}，${subject}${pick(TERMS, i + j)}${n}，${own}7次。`, 'training_sessions', v + 7]
  })))
  it('adds it up with the own count after it', () => expect(failures(summed)).toEqual([]))

  const misses: Probe[] = ATTENDED.flatMap((lead, i) => ATTENDED_COUNTS.flatMap(([n], j): Probe[] => [
    // (the people at the attended event)
    [`年内${lead}${n}，参训${pick(['96', '120余', '三十'], i + j)}人次。`, 'training_participants', null],
    // (the attended count alone)
    [`年内${lead}${n}。`, 'training_sessions', null],
    // (a count after an attended clause that counted none: that event's)
    [`年内${lead}，${pick(TERMS, i + j)}${pick(NUMERALS, i)[0]}。`, 'training_sessions', null],
  ]))
  it('keeps the attended event and its people out', () => expect(failures(misses)).toEqual([]))
})

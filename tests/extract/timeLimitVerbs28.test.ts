/**
 * A time limit cut with any of the verbs reports use, after the r28-fresh batch (corpus README, twenty-eighth batch): the term
 * that names the limit and its cut together (审批时限压缩N%) read 压缩 only, so 办理时限压减76% was read through the weaker
 * "limit … verb" term, and a material reduction in the next clause (申请材料压减31%), whose bare verb is a weak term of its own
 * once 材料 is in the sentence, took the limit's figure. Subjects × limits × verbs × neighbouring reductions × numerals, in both
 * orders; the near misses keep a cut of something else (环节, 跑动次数) and a cut *to* a share (压减至原来的N%) unread.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const SUBJECTS = ['', '全年', '2020年，我局', '市级事项', '经过优化，']
const LIMITS = ['审批时限', '办理时限', '承诺时限', '办结时限', '承诺时限平均']
const VERBS = ['压减', '缩减', '缩短', '减少', '压缩']
const PCTS: [string, number][] = [['76%', 76], ['55.87%', 55.87], ['百分之六十', 60], ['42.5%', 42.5], ['八成', 80]]
/** A reduction of another measure in the clause beside the limit's, with its own figure. */
const NEIGHBOURS: [string, string | null, number][] = [
  ['申请材料压减31%', 'material_reduction_pct', 31], ['材料精简25%', 'material_reduction_pct', 25],
  ['申报材料缩减18%', 'material_reduction_pct', 18], ['办事环节压减40%', null, 40], ['跑动次数减少50%', null, 50],
]

describe('a time limit cut by any verb, beside another reduction', () => {
  const probes: Probe[] = LIMITS.flatMap((limit, i) => VERBS.flatMap((verb, j) => NEIGHBOURS.flatMap(([other], k): Probe[] => {
    const [pct, v] = PCTS[(i + j + k) % PCTS.length]
    const subject = SUBJECTS[(i + 2 * j + k) % SUBJECTS.length]
    return [
      [`${subject}${limit}${verb}${pct}，${other}。`, 'approval_time_compression_pct', v],
      [`${subject}${other}，${limit}${verb}${pct}。`, 'approval_time_compression_pct', v],
    ]
  })))
  it('reads the limit\'s cut', () => expect(failures(probes)).toEqual([]))

  const neighbours: Probe[] = NEIGHBOURS.filter(([, indicator]) => indicator).flatMap(([other, indicator, v], k) =>
    VERBS.map((verb, j): Probe => [`${SUBJECTS[(j + k) % SUBJECTS.length]}${LIMITS[j]}${verb}${PCTS[j][0]}，${other}。`, indicator!, v]))
  it('leaves the other reduction its own figure', () => expect(failures(neighbours)).toEqual([]))

  const misses: Probe[] = VERBS.flatMap((verb, j): Probe[] => [
    [`全年办事环节${verb}${PCTS[j][0]}。`, 'approval_time_compression_pct', null],
    [`跑动次数${verb}${PCTS[j][0]}，群众满意率100%。`, 'approval_time_compression_pct', null],
    [`${LIMITS[j]}${verb}至原来的${PCTS[(j + 1) % PCTS.length][0]}。`, 'approval_time_compression_pct', null],
  ])
  it('reads no cut of another measure or a cut to a share', () => expect(failures(misses)).toEqual([]))
})

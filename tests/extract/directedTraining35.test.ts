/**
 * Training other bodies gave at the author's direction (issue 11, dev35): "重新调整民族工作协管员，指导各地民宗局深入乡镇场、街道，
 * 点对点、面对面培训协管员1091名" was read as the author's participants. A directive verb with other bodies as its object (指导/督促/
 * 推动/带动/要求 各地, 各县区, 下级部门, 基层, 所属单位 …) makes the subject-less clauses after it theirs, and the directive in the
 * figure's own clause narrows it as the sessions rule's did. Leads × directives × bodies × middle clauses × training terms ×
 * units × numerals, for participants and sessions; the near misses keep the author's own training read where a clause after the
 * directive speaks for the author again (我局, 同时, 全年, 并为各地…), where the directive stands in the sentence before, and where
 * no directive is written at all.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const LEADS = ['', '重新调整民族工作协管员，', '2023年，', '为提升基层执法能力，']
const DIRECTIVES = ['指导', '督促', '推动', '指导督促', '要求', '带动']
const BODIES = ['各地民宗局', '各县区司法局', '各乡镇', '下级部门', '基层单位', '所属各执法大队', '全市各县（市、区）']
const MIDDLES = ['深入乡镇场、街道，', '结合实际，', '', '采取线上线下相结合的方式，']
const PARTICIPANTS: [string, string][] = [['点对点、面对面培训协管员', '名'], ['培训执法人员', '人次'], ['开展法治培训，参训人员', '人'], ['轮训执法骨干', '名']]
const SESSIONS: [string, string][] = [['开展法治培训', '场'], ['举办法律知识讲座', '期'], ['组织专题培训', '次']]
const NUMERALS: [string, number][] = [['1091', 1091], ['320', 320], ['58', 58], ['2600', 2600]]

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]

describe('training other bodies gave at the author\'s direction', () => {
  const probes: Probe[] = DIRECTIVES.flatMap((directive, i) => BODIES.flatMap((body, j) => MIDDLES.flatMap((middle, k): Probe[] => {
    const lead = pick(LEADS, i + j + k)
    const [n] = pick(NUMERALS, i + 2 * j + k)
    const [term, unit] = pick(PARTICIPANTS, i + j + 2 * k)
    const [event, measure] = pick(SESSIONS, 2 * i + j + k)
    return [
      [`${lead}${directive}${body}${middle}${term}${n}${unit}。`, 'training_participants', null],
      [`${lead}${directive}${body}${middle}${event}${n.length > 2 ? n.slice(0, 2) : n}${measure}。`, 'training_sessions', null],
    ]
  })))
  it('reads no participants or sessions of the author', () => expect(failures(probes)).toEqual([]))

  // (after 要求, an obligation word, a figure is a target, and after 指导督促 none was read before this rule either: no test of it)
  const own: Probe[] = ['指导', '督促', '推动', '带动'].flatMap((directive, i) => BODIES.flatMap((body, j): Probe[] => {
    const [n, v] = pick(NUMERALS, i + j)
    const [term, unit] = pick(PARTICIPANTS, i + 2 * j)
    return [
      [`${directive}${body}建立健全工作机制，我局${term}${n}${unit}。`, 'training_participants', v],
      [`${directive}${body}落实责任制，同时${term}${n}${unit}。`, 'training_participants', v],
      [`${directive}${body}做好普法工作，全年${term}${n}${unit}。`, 'training_participants', v],
      [`${directive}${body}完善制度。${term}${n}${unit}。`, 'training_participants', v],
      [`${directive}${body}建立工作台账，并为乡镇干部举办培训班，培训${n}人次。`, 'training_participants', v],
    ]
  }))
  const plain: Probe[] = PARTICIPANTS.flatMap(([term, unit], i) => NUMERALS.map(([n, v], j): Probe => [`${pick(LEADS, i + j)}${term}${n}${unit}。`, 'training_participants', v]))
  it('reads the author\'s own training', () => expect(failures([...own, ...plain])).toEqual([]))
})

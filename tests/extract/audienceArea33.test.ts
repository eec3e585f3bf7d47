/**
 * An area's staff as the audience of the author's own training, and an item added after it (issue 11, dev33): "面向全市应急系统
 * 新入职行政执法人员举办培训7期，学员1300余人" was read as the area's total (全市…系统 in its lead) and lost to "此外牵头举办示范班，
 * 累计为…负责人培训130余人", an added item whose 累计 won it the tie. The author who trains an area's people (面向/为/针对 全市…)
 * holds the training; an item that opens with 此外/另外 is one more beside the first, not their total. Time leads × prepositions ×
 * areas × people × verbs × events × measure words × participant terms × numerals; the near misses keep an area's bodies as the
 * subject (their own programme) losing to the author's figure, and an added item read when it stands alone.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const LEADS = ['2022年', '全年', '', '今年以来，我局', '2023年，本局']
const PREPS = ['面向', '为', '针对']
const AREAS = ['全市应急系统', '全县各级行政机关', '全省市场监管系统', '全区各部门', '全市']
const PEOPLE = ['新入职行政执法人员', '执法人员', '一线执法队员', '工作人员', '新提任干部']
const VERBS = ['举办', '组织', '开展']
const EVENTS = ['培训', '法治培训', '专题培训', '法律知识培训']
const UNITS = ['期', '场', '次', '场次']
const SESSIONS: [string, number][] = [['7', 7], ['12', 12], ['三', 3], ['25', 25]]
const HEADCOUNTS: [string, string, number][] = [
  ['学员', '1300余人', 1300], ['参训人员', '480人次', 480], ['培训', '2.1万人次', 21000], ['共培训', '三百二十人', 320], ['参训', '960余人次', 960],
]
/** An item added after the author's own, with its own figure (smaller or larger). */
const ADDED: [string, number][] = [
  ['；此外牵头举办执法类公务员示范班，累计为市执法总队和区县支队的负责人培训130余人', 130],
  ['。此外，还为市综合行政执法总队负责人举办培训班，累计培训2600人次', 2600],
  ['；另外，累计为基层执法骨干培训85人', 85],
]

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]

describe('an area\'s staff as the audience of the author\'s own training', () => {
  const own: Probe[] = AREAS.flatMap((area, i) => PEOPLE.flatMap((people, j) => VERBS.flatMap((verb, k): Probe[] => {
    const lead = pick(LEADS, i + j + k)
    const prep = pick(PREPS, i + 2 * j + k)
    const event = pick(EVENTS, i + j + 2 * k)
    const unit = pick(UNITS, 2 * i + j + k)
    const [s, sv] = pick(SESSIONS, i + 3 * j + k)
    const [term, head, hv] = pick(HEADCOUNTS, i + j + 3 * k)
    const text = `${lead}${prep}${area}${people}${verb}${event}${s}${unit}，${term}${head}`
    const [added] = pick(ADDED, i + j + k)
    return [
      [`${text}。`, 'training_participants', hv],
      [`${text}。`, 'training_sessions', sv],
      [`${text}${added}。`, 'training_participants', hv],
      [`${text}${added}。`, 'training_sessions', sv],
    ]
  })))
  it('reads the author\'s sessions and participants, not an item added after them', () => expect(failures(own)).toEqual([]))

  const misses: Probe[] = AREAS.filter((a) => a !== '全市').flatMap((area, i) => VERBS.flatMap((verb, k): Probe[] => {
    const [term, head, hv] = pick(HEADCOUNTS, i + k)
    const [s, sv] = pick(SESSIONS, i + 2 * k)
    return [
      // (the area's bodies as the subject: their own programme, which loses to the author's)
      [`本局${verb}法治培训${s}期，${term}${head}；${area}共${verb}法治培训180期，参训9600人次。`, 'training_participants', hv],
      [`${area}共${verb}法治培训180期，参训9600人次；本局${verb}法治培训${s}期，${term}${head}。`, 'training_sessions', sv],
      // (an added item alone is read)
      ...ADDED.map(([added, v]): Probe => [`${added.slice(1)}。`, 'training_participants', v]),
    ]
  }))
  it('lets an area\'s own programme lose and reads an added item alone', () => expect(failures(misses)).toEqual([]))
})

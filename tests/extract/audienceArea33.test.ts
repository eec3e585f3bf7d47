/**
 * An area's staff as the audience of the author's own training, and an item added after it (issue 11, dev33): "面向全市应急系统
 * 新入职行政执法人员举办培训7期，学员1300余人" was read as the area's total (全市…系统 in its lead) and lost to "此外牵头举办示范班，
 * 累计为…负责人培训130余人", an added item whose 累计 won it the tie. The author who trains an area's people (面向/为/针对 全市…)
 * holds the training; an item that opens with 此外/另外 is one more beside the first, not their total. Time leads × prepositions ×
 * areas × people × verbs × events × measure words × participant terms × numerals; the near misses keep an area's bodies as the
 * subject (their own programme) losing to the author's figure, and an added item read when it stands alone. People counted as
 * the object of the author's rotation training (对全县120名科级干部进行集中轮训) are its participants, as with 培训; those sent to
 * another's (参加省厅举办的…轮训) and a rotation on another topic (党史轮训) are not.
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

describe('people counted as the object of the author\'s rotation training', () => {
  const ROTATIONS = ['集中轮训', '法治轮训', '法律知识轮训', '行政执法专题轮训']
  const COUNTED: [string, number][] = [['120名', 120], ['86名', 86], ['三百名', 300], ['1200余名', 1200], ['45名', 45]]
  const OBJECTS = ['科级干部', '执法人员', '机关干部', '行政执法人员']
  const probes: Probe[] = ROTATIONS.flatMap((rotation, i) => OBJECTS.flatMap((object, j) => ['对', '为'].flatMap((prep, k): Probe[] => {
    const [n, v] = pick(COUNTED, i + j + k)
    const area = pick(['全县', '全局', '', '全市'], i + 2 * j + k)
    const verb = pick(['进行', '开展', '组织'], i + j + 2 * k)
    const lead = pick(['举办法治政府建设专题培训班1期，', '全年', '', '2023年，本局'], i + j)
    return [[`${lead}${prep}${area}${n}${object}${verb}${rotation}。`, 'training_participants', v]]
  })))
  it('reads them as participants', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = OBJECTS.flatMap((object, j): Probe[] => [
    [`组织${pick(COUNTED, j)[0]}${object}参加省厅举办的法治轮训。`, 'training_participants', null],
  ])
  // (officers' own trainings name law by their 执法: the 2026-12-04 ruling; another topic is shown on other staff)
  misses.push(...['科级干部', '机关干部'].map((object, j): Probe => [`对全县${pick(COUNTED, j)[0]}${object}进行党史轮训。`, 'training_participants', null]))
  it('reads none sent to another\'s rotation or on another topic', () => expect(failures(misses)).toEqual([]))
})

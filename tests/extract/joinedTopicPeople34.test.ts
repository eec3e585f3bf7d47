/**
 * The people at a study that joins law with a political topic (issue 11, dev34): "全年组织镇村干部专题学习习近平法治思想和党的二十大、
 * 二十届…全会精神共12次，全镇47名公职人员全部参加" gave 47 participants (r29-open-hetou-town-2025 labels none) while its 12 sessions
 * were rightly no law count (law joined to another topic as one count's subject, the r3 form of the README's joined kinds). The
 * training ruling counts as participants the people of those sessions: the people of a joined-topic study follow its count, none.
 * Leads × people × joined topics × events × counts × headcounts; the near misses keep the same sentences with law alone read, and
 * the people of a law study in a clause after a joined-topic one that has its own law event.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const LEADS = ['全年', '2025年，', '', '全年共']
const PEOPLE = ['镇村干部', '干部职工', '机关干部', '党员干部']
const JOINED = ['习近平法治思想和党的二十大、二十届二中、三中、四中全会精神', '宪法和党的二十届三中全会精神', '法律法规与党史', '民法典及主题教育']
const LAW = ['习近平法治思想', '宪法', '法律法规', '民法典']
const EVENTS: [string, string][] = [['组织', '专题学习'], ['开展', '集中学习'], ['组织', '学习']]
const COUNTS = ['12次', '8次', '六次', '15次']
const HEADS: [string, number][] = [['全镇47名公职人员全部参加', 47], ['全局86名干部职工全部参加', 86], ['参学干部120人次', 120], ['覆盖干部200余人次', 200]]

describe('the people at a study that joins law with another topic', () => {
  const build = (topics: string[]) => LEADS.flatMap((lead, i) => PEOPLE.flatMap((people, j) => HEADS.map(([head, v], k): [string, number] => {
    const [verb, event] = pick(EVENTS, i + j + k)
    return [`${lead}${verb}${people}${event}${pick(topics, i + 2 * j + k)}共${pick(COUNTS, 2 * i + j + k)}，${head}。`, v]
  })))
  const joined: Probe[] = build(JOINED).map(([text]) => [text, 'training_participants', null])
  it('reads no participants', () => expect(failures(joined)).toEqual([]))

  const law: Probe[] = build(LAW).map(([text, v]) => [text, 'training_participants', v])
  it('reads the people of a law study alone', () => expect(failures(law)).toEqual([]))

  const later: Probe[] = HEADS.map(([head, v], k) =>
    [`全年组织干部专题学习${pick(JOINED, k)}共12次；举办法治专题培训班3期，${head}。`, 'training_participants', v])
  it('reads the people of a law event after a joined-topic study', () => expect(failures(later)).toEqual([]))
})

/**
 * Events of a tour or a course on another topic (issue 11, dev36): "印发全会精神进校园宣讲方案，由87名宣讲队员深入全区学校宣讲
 * 137场次" was read as 137 legal publicity events (r31-jiulongpo-edu-2025 rules it out: a tour led by another topic gives its
 * events that topic). The topic named its event in the clause before the count, so the count's clause alone named none. A
 * sentence that names an event of another topic (the topic with 宣讲/宣传/培训/讲座 after it) and no law anywhere gives its
 * counts that topic. Leads × topics × events × counting clauses × numerals; the near misses keep law tours, a topic only
 * joined to the work (结合主题教育，…宣传宣讲N场次, the a-province-cq label) and law named in the count's clause read.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const LEADS = ['印发', '制定', '部署开展', '启动']
const TOPICS = ['全会精神', '党的二十大精神', '党纪学习教育', '主题教育', '二十届四中全会精神']
const EVENTS = ['进校园宣讲方案', '宣讲活动方案', '巡回宣讲', '进社区宣讲工作']
/** Topics a sentence joins its work to (a study campaign's name, 党纪学习教育, leads its sentence: TOPIC_LEAD). */
const JOINED = ['全会精神', '党的二十大精神', '主题教育']
const COUNTS = ['由87名宣讲队员深入全区学校宣讲', '组织宣讲队深入社区宣讲', '全年开展宣讲', '各宣讲小组走进企业宣讲']
const NUMERALS: [string, number][] = [['137场次', 137], ['42场', 42], ['三十六场', 36], ['1200余场次', 1200]]
const TAILS = ['。', '，受众达2.6万人。', '，覆盖师生3000余人次。']

describe('events of a tour or course on another topic', () => {
  const probes: Probe[] = TOPICS.flatMap((topic, i) => EVENTS.flatMap((event, j) => COUNTS.map((count, k): Probe => {
    const [n] = pick(NUMERALS, i + j + k)
    return [`${pick(LEADS, i + 2 * j + k)}${topic}${event}，${count}${n}${pick(TAILS, i + k)}`, 'legal_publicity_events', null]
  })))
  it('reads no legal publicity events', () => expect(failures(probes)).toEqual([]))

  const courses: Probe[] = TOPICS.flatMap((topic, i) => NUMERALS.map(([n], j): Probe =>
    [`${pick(LEADS, i + j)}${topic}培训计划，组织干部职工集中培训${n.replace(/场次?$/, '期')}。`, 'training_sessions', null]))
  it('reads no law sessions of a course on another topic', () => expect(failures(courses)).toEqual([]))

  const misses: Probe[] = NUMERALS.flatMap(([n, v], i) => COUNTS.flatMap((count, k): Probe[] => [
    // (a law tour)
    [`${pick(LEADS, i + k)}法治宣传${pick(EVENTS, i + k)}，${count}${n}。`, 'legal_publicity_events', v],
    [`${pick(LEADS, i + k)}“八五”普法宣讲方案，${count}${n}。`, 'legal_publicity_events', v],
    // (a topic only joined to the work)
    [`结合${pick(JOINED, i + k)}，全市举办宣传宣讲${n}。`, 'legal_publicity_events', v],
  ]))
  it('still reads law tours and topics only joined to the work', () => expect(failures(misses)).toEqual([]))
})

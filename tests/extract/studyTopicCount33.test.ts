/**
 * A count of study sessions written before the topic it made the study's (issue 11, dev33): "党组中心组全年两次把习近平总书记关于全面
 * 依法治国的新理念新思想新战略列为理论学习重点" counts two sessions on law, but its count stood before 把 and its study word after a long
 * object, out of every term's reach. Subjects × time words × numerals × 把/将 × law topics × acts (列为/作为/纳入/列入 … 学习), and the
 * topic written as what is studied (把学习宪法作为重要内容); the near misses keep another topic (二十大精神, 党史), a plan (纳入年度学习计划)
 * and a meeting's agenda (列入议事日程) unread.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const SUBJECTS = ['党组中心组', '局党组', '党委中心组', '班子成员', '']
const TIMES = ['全年', '先后', '', '年内']
const NUMERALS: [string, number][] = [['两', 2], ['3', 3], ['三', 3], ['4', 4], ['五', 5], ['12', 12]]
const MARKS = ['把', '将']
const TOPICS = ['习近平法治思想', '习近平总书记关于全面依法治国的新理念新思想新战略', '宪法和民法典', '法治建设内容', '新修订的行政处罚法']
const ACTS = ['列为理论学习重点', '作为学习重要内容', '纳入集中学习', '列入中心组学习', '作为专题学法内容']

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]

describe('a study count before the topic it made the study\'s', () => {
  const own: Probe[] = TOPICS.flatMap((topic, i) => ACTS.flatMap((act, j) => SUBJECTS.map((subject, k): Probe => {
    const [n, v] = pick(NUMERALS, i + j + k)
    return [`${subject}${pick(TIMES, i + 2 * j + k)}${n}次${pick(MARKS, i + j)}${topic}${act}。`, 'training_sessions', v]
  })))
  const studied: Probe[] = ['宪法', '民法典', '习近平法治思想', '新修订的行政复议法'].flatMap((topic, i) => SUBJECTS.map((subject, k): Probe => {
    const [n, v] = pick(NUMERALS, i + k)
    return [`${subject}${pick(TIMES, i + k)}${n}次${pick(MARKS, k)}学习${topic}作为重要内容。`, 'training_sessions', v]
  }))
  it('reads the sessions', () => expect(failures([...own, ...studied])).toEqual([]))

  const misses: Probe[] = SUBJECTS.flatMap((subject, k): Probe[] => {
    const [n] = pick(NUMERALS, k)
    return [
      [`${subject}全年${n}次把学习党的二十大精神列为理论学习重点。`, 'training_sessions', null],
      [`${subject}${n}次将党史学习教育纳入集中学习。`, 'training_sessions', null],
      [`${subject}${n}次把习近平法治思想纳入年度学习计划。`, 'training_sessions', null],
      [`党组会议${n}次把法治建设列入议事日程。`, 'training_sessions', null],
    ]
  })
  it('reads no other topic, plan or agenda', () => expect(failures(misses)).toEqual([]))
})

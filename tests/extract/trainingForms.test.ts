/**
 * Training sessions under the corpus convention (tests/fixtures/corpus/README.md, "Training"):
 * the agency's own law study and legal training sessions, summed across a sentence's parallel
 * parts; party meetings, others' events and exams are not sessions. Invented sentences.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const sessions = (text: string) => valuesOf(text).training_sessions

describe('training sessions', () => {
  it('adds a seminar (专题研讨) to the study sessions of the same sentence', () => {
    expect(sessions('镇党委围绕宪法和民法典全年开展专题学习9次、专题研讨3次。')).toEqual([12, 'derived'])
    expect(sessions('局党组学习《行政处罚法》6次，开展集中研讨2次。')).toEqual([8, 'derived'])
  })

  it('reads a count after the laws studied (学习《…》《…》等法律法规N次)', () => {
    expect(sessions('全年集中学习《中华人民共和国行政复议法》《信访工作条例》《优化营商环境条例》等法律法规27次。')).toEqual([27, 'exact'])
  })

  it('sums study of 习近平法治思想 with a lecture held the same year', () => {
    expect(sessions('县政府党组集中学习习近平法治思想5次，另举办法治讲座2次。')).toEqual([7, 'derived'])
  })

  it('sums a lecture given by an invited expert and one held for the cadres', () => {
    expect(sessions('全年会前学法10次，为村干部举办法治讲座3次。')).toEqual([13, 'derived'])
    expect(sessions('开展法律法规专题学习8次，请律师专题授课1次。')).toEqual([9, 'derived'])
  })

  it('does not count theory study listed with party meetings as law study', () => {
    expect(sessions('局党委把习近平法治思想列入学习计划，全年召开党委会14次、理论学习中心组学习会9次。')).toBeUndefined()
  })

  it('keeps an exchange seminar with another body (交流研讨) out', () => {
    expect(sessions('示范创建方面，与兄弟区县交流研讨6次，组织申报法治政府示范项目。')).toBeUndefined()
  })
})

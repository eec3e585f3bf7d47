/**
 * Forms of the fresh o-passages (issue 11): what makes a broad study count (学习, 研讨, 警示教育) a
 * law training session or not — the paragraph's lead, 第一议题, party meetings, sub-units, meetings
 * counted before a study — and documents that are no reconsideration cases. Sentences written for
 * this test, never a corpus sentence.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

function values(text: string): Record<string, number> {
  const r = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
  return Object.fromEntries(r.observations.map((o) => [o.indicator_id, o.value]))
}

describe('a broad study count takes its law topic from the paragraph lead', () => {
  it('a lead that names law as what is studied makes the next sentence\'s list law sessions', () => {
    const text = '镇农办把学习宣传宪法和土地管理法作为全年重点。全年召开班子集中学习4次，组织专题研讨3次。'
    expect(values(text).training_sessions).toBe(7)
  })

  it('a lead about another topic, or one that only names a study group, does not', () => {
    expect(values('局里把学习总书记重要讲话精神放在首位，同时推进法治机关建设。全年组织专题学习9次。').training_sessions).toBeUndefined()
    expect(values('局理论学习中心组通读了《法治政府建设实施纲要》。全年开展集中学习6次。').training_sessions).toBeUndefined()
  })

  it('a warning education on law is a session like the lectures beside it', () => {
    expect(values('全年举办法规知识讲座3次、法律法规警示教育2次。').training_sessions).toBe(5)
  })
})

describe('study that is not law study', () => {
  it('第一议题 study, and the list it stands in, are routine political study', () => {
    expect(values('全年开展“第一议题”学习18次。').training_sessions).toBeUndefined()
    expect(values('全年落实中心组学习7次、“第一议题”学习25次，另请律师开展法治讲座2次。').training_sessions).toBe(2)
  })

  it('unless the sentence opens by naming law as what those sessions studied', () => {
    const text = '我局把学习习近平法治思想作为首要任务，通过局务会“第一议题”等集中学习30次。'
    expect(values(text).training_sessions).toBe(30)
  })

  it('party committee meetings with study, and the study counts beside them, are not law sessions', () => {
    expect(values('全年召开镇党委会集体学习28次，理论学习中心组学习法规9次。').training_sessions).toBeUndefined()
  })

  it('sessions of the branches are theirs, the agency\'s own are counted', () => {
    expect(values('全年各党支部开展法治学习15次，局机关举办法治讲座4次。').training_sessions).toBe(4)
  })

  it('meetings counted before a study they relayed are meetings, not sessions', () => {
    expect(values('局党组三次召开会议传达学习有关法律的修订精神。').training_sessions).toBeUndefined()
  })
})

describe('documents are not cases', () => {
  it('reconsideration opinion letters are not reconsideration cases', () => {
    expect(values('全年制发复议意见书4件。').reconsideration_cases).toBeUndefined()
    expect(values('全年受理行政复议案件4件。').reconsideration_cases).toBe(4)
  })
})

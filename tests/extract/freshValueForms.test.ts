/**
 * Value forms the fresh o-passages and the corpus errors showed (issue 11), on sentences written
 * for this test (never a corpus sentence): a publicity purpose named before a long list of places,
 * a campaign as a sentence's topic, and counts the catalogue read too narrowly or too widely.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

function values(text: string): Record<string, number> {
  const r = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
  return Object.fromEntries(r.observations.map((o) => [o.indicator_id, o.value]))
}

describe('a publicity purpose before a long list of places', () => {
  it('governs the activities counted after the places, added to the lectures beside them', () => {
    const text = '结合国家安全教育日等普法节点，在农贸市场、客运站、东湖社区和南岭村等开展现场互动活动12场、法治讲座5次。'
    expect(values(text).legal_publicity_events).toBe(17)
  })

  it('not when the sentence is about something other than publicity', () => {
    expect(values('在农贸市场、客运站、东湖社区和南岭村等开展消防检查活动12场。').legal_publicity_events).toBeUndefined()
  })
})

describe('a campaign as a sentence\'s topic', () => {
  it('its figures are the campaign\'s part, not the year\'s total', () => {
    const text = '燃气安全专项整治中，立案查处违法行为12起，罚款8.5万元；餐饮油烟治理依托在线监测立案6件。'
    const v = values(text)
    expect(v.enforcement_cases).toBeUndefined()
    expect(v.fines_yuan).toBeUndefined()
  })

  it('the year\'s own total beside it is read, and a 治理中心 is no campaign', () => {
    expect(values('全年立案查处违法行为150起；燃气安全专项整治中立案12起。').enforcement_cases).toBe(150)
    expect(values('社会治理中心全年受理行政复议申请9件。').reconsideration_cases).toBe(9)
  })
})

describe('counts the catalogue read too narrowly or too widely', () => {
  it('penalty decisions counted in 个 are penalty cases', () => {
    expect(values('全年各级部门共下达行政处罚决定1.25万个。').penalty_cases).toBe(12500)
  })

  it('a long modifier between the verb and 审批 still names approvals', () => {
    expect(values('全年共受理各类交通运输和港航行政审批1520件。').approvals_handled).toBe(1520)
  })

  it('disputes of one kind (此类) are a part, not the disputes identified', () => {
    expect(values('全区共排查调处此类邻里纠纷215件。').disputes_identified).toBeUndefined()
    expect(values('全区共排查矛盾纠纷215件。').disputes_identified).toBe(215)
  })

  it('none since a reform began is not the year\'s none', () => {
    expect(values('执法体制改革以来保持行政诉讼零败诉。').litigation_lost_cases).toBeUndefined()
    expect(values('全年行政诉讼零败诉。').litigation_lost_cases).toBe(0)
  })
})

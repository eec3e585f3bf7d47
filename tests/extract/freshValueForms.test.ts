/**
 * Value forms the fresh o-passages and the corpus errors showed (issue 11), on sentences written
 * for this test (never a corpus sentence): cases of violations investigated are penalty cases
 * (the corpus README's 查处违法案件 example), violations investigated are enforcement cases, and
 * a publicity purpose named before a long list of places governs the activities after it.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

function values(text: string): Record<string, number> {
  const r = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
  return Object.fromEntries(r.observations.map((o) => [o.indicator_id, o.value]))
}

describe('cases of violations and violations', () => {
  it('查办/查处…违法案件 counts penalty cases, not enforcement cases', () => {
    const v = values('全年共查办各类水土保持违法案件86件。')
    expect(v.penalty_cases).toBe(86)
    expect(v.enforcement_cases).toBeUndefined()
  })

  it('查处…违法行为 still counts enforcement cases', () => {
    const v = values('全年立案查处非法采砂违法行为41件。')
    expect(v.enforcement_cases).toBe(41)
    expect(v.penalty_cases).toBeUndefined()
  })
})

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

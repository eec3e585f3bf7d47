/**
 * Value forms probed for the sixth fresh batch (r6-fresh: its dev passages were all read right, so the forms
 * come from invented sentences of the kinds unseen reports fail on, each with a near miss): the results of a
 * joint action named after its verb (与公安、市场监管部门开展联合执法行动) or with a body named by its field right
 * after 联合 (联合市场监管、公安开展…) are not the agency's own, while an action with a partner that is no body
 * (与企业开展合作) and training held with others stay its own; a self-check of a 普法 programme is no publicity
 * event; an inspection of the agency's own law work (依法行政工作检查) is no enforcement inspection; disclosure
 * requests follow the stage convention (accepted, not received, when the text gives both); sessions the agency
 * urges its own subordinate units to hold (督促局属各单位开展…) are theirs, while those it holds for their staff are its own.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const cases = (text: string) => valuesOf(text).enforcement_cases
const fines = (text: string) => valuesOf(text).fines_yuan
const events = (text: string) => valuesOf(text).legal_publicity_events
const inspections = (text: string) => valuesOf(text).enforcement_inspections
const sessions = (text: string) => valuesOf(text).training_sessions
const requests = (text: string) => valuesOf(text).info_disclosure_requests

describe('results of a joint action are not the agency’s own', () => {
  it('drops cases after 与…部门开展联合执法行动 and 同…开展联合整治', () => {
    expect(cases('2023年，局与公安、市场监管部门开展联合执法行动8次，查处违法案件5起。')).toBeUndefined()
    expect(cases('2023年，局同公安部门开展联合整治行动，查处违法行为9起。')).toBeUndefined()
  })

  it('drops cases and fines after 联合 and a body named by its field', () => {
    const text = '2023年，局联合市场监管、公安开展执法检查10次，查处案件6起，罚款3万元。'
    expect(cases(text)).toBeUndefined()
    expect(fines(text)).toBeUndefined()
  })

  it('keeps the agency’s own action, one with a partner that is no body, and training held with others', () => {
    expect(cases('2023年，局开展执法检查10次，查处案件6起，罚款3万元。')).toEqual([6, 'exact'])
    expect(cases('2023年，局与企业开展合作共建，查处违法案件5起。')).toEqual([5, 'exact'])
    expect(sessions('2023年，局会同公安、司法部门举办法治培训班3期。')).toEqual([3, 'exact'])
  })
})

describe('checks of the agency’s own law work are no events and no inspections', () => {
  it('reads no publicity event from a self-check or an evaluation of a 普法 programme', () => {
    expect(events('2023年，局开展“八五”普法中期自查1次，整改问题8个。')).toBeUndefined()
    expect(events('2023年，局组织普法工作考核2次。')).toBeUndefined()
  })

  it('still reads publicity events, also next to an enforcement inspection', () => {
    expect(events('2023年，局开展普法宣传活动12次。')).toEqual([12, 'exact'])
    expect(events('2023年，局开展法治宣传进企业活动6场，对企业开展执法检查20家次。')).toEqual([6, 'exact'])
  })

  it('reads no enforcement inspection from a check of 依法行政 or 法治建设 work', () => {
    expect(inspections('2023年，局开展依法行政工作检查3次。')).toBeUndefined()
    expect(inspections('2023年，局开展法治建设专项检查2次。')).toBeUndefined()
  })

  it('still reads enforcement inspections, also after such a check in the same sentence', () => {
    expect(inspections('2023年，局开展依法行政工作检查3次，开展安全生产执法检查15次。')).toEqual([15, 'exact'])
    expect(inspections('2023年，局开展专项执法检查46家次。')).toEqual([46, 'exact'])
  })
})

describe('information disclosure requests: accepted, not received', () => {
  it('reads the accepted count after the received one', () => {
    expect(requests('2023年，局收到政府信息公开申请18件，受理15件。')).toEqual([15, 'exact'])
    expect(requests('2023年，局收到信息公开申请20件，经审查受理18件，不予受理2件。')).toEqual([18, 'exact'])
  })

  it('keeps the received count when it is the only one, and an accepted count alone', () => {
    expect(requests('2023年，局共收到政府信息公开申请9件，已全部答复。')).toEqual([9, 'exact'])
    expect(requests('2023年，局受理政府信息公开申请15件。')).toEqual([15, 'exact'])
  })
})

describe('sessions of the units the agency urges are theirs', () => {
  it('reads no session the agency urges its subordinate units or its system to hold', () => {
    expect(sessions('2023年，局督促局属各单位开展学法活动28次。')).toBeUndefined()
    expect(sessions('2023年，局督促系统内各单位开展法治培训12场。')).toBeUndefined()
  })

  it('keeps sessions it holds for those units’ staff, and its own next to the urged ones', () => {
    expect(sessions('2023年，局组织局属各单位干部开展法治培训3场。')).toEqual([3, 'exact'])
    expect(sessions('2023年，局举办法治讲座3场，督促局属各单位开展学法活动28次。')).toEqual([3, 'exact'])
  })
})

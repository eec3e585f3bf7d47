/**
 * Forms generalised from the m-* passages of issue 11, each on sentences written for this test
 * (never a corpus sentence): a figure that is only a part of the year's total (one month, one cause,
 * a joint total of two regions), someone else's resources counted with the same measure word, an
 * earlier year compared in a text that names no report year, and the author's own part of a total
 * named as "the government system".
 */
import { describe, expect, it } from 'vitest'
import { valuesOf as values } from './seeds'

const value = (text: string, indicator: string): number | undefined => values(text)[indicator]?.[0]

describe('a part of the year is not the year', () => {
  it('skips a clause about a single month, up to a clause that returns to the year', () => {
    expect(value('全年受理矛盾纠纷306件；仅3月份受理纠纷41件，同比减少9件。', 'disputes_identified')).toBe(306)
    expect(value('其中11月份排查矛盾纠纷58件，全年排查矛盾纠纷412件。', 'disputes_identified')).toBe(412)
    expect(value('单8月就调解成功纠纷33件。', 'disputes_resolved')).toBeUndefined()
    // A total to a late date is not one month's part; the year to June is a part, like 上半年 (corpus README, r35: 1至5月 and
    // 1至4月 are not the year's; fold38v).
    expect(value('1至6月排查矛盾纠纷75件。', 'disputes_identified')).toBeUndefined()
    expect(value('截至11月，全镇排查矛盾纠纷96件。', 'disputes_identified')).toBe(96)
  })

  it('skips reviews and suits of one cause, whatever the verb', () => {
    const text = '因政务公开工作发生行政复议3件、行政诉讼2件，均已妥善处理。'
    expect(value(text, 'reconsideration_cases')).toBeUndefined()
    expect(value(text, 'litigation_cases')).toBeUndefined()
    expect(value('因征收补偿问题出现行政诉讼案件4件。', 'litigation_cases')).toBeUndefined()
    expect(value('全年发生行政复议案件3件。', 'reconsideration_cases')).toBe(3)
  })

  it('skips disputes resolved through one channel or mechanism', () => {
    expect(value('全年通过“诉调对接”化解纠纷1200件。', 'disputes_resolved')).toBeUndefined()
    expect(value('依托线上平台，通过在线调解平台成功调解纠纷95件。', 'disputes_resolved')).toBeUndefined()
    expect(value('全年通过人民调解化解纠纷800件。', 'disputes_resolved')).toBe(800)
  })

  it('skips a joint total of several regions', () => {
    expect(value('两市联合排查矛盾纠纷420次，调处成功260件。', 'disputes_resolved')).toBeUndefined()
    expect(value('三县共同开展跨界执法检查，检查企业85家。', 'enforcement_inspections')).toBeUndefined()
    expect(value('我县全年调处成功纠纷260件。', 'disputes_resolved')).toBe(260)
  })
})

describe('a figure that is someone else’s or something else', () => {
  it('does not take the results of an action taken together with other bodies as the agency’s', () => {
    expect(value('会同市场监管局、县公安局开展联合整治，查处违法案件36件。', 'enforcement_cases')).toBeUndefined()
    expect(value('会同市发展改革委对涉企文件开展专项清理，清理出规范性文件12件。', 'normative_docs_reviewed')).toBeUndefined()
    expect(value('全年查处违法案件36件。', 'enforcement_cases')).toBe(36)
    // Training it holds with others is still its own.
    expect(value('会同县司法局举办法治专题培训班3期，培训执法人员260人次。', 'training_participants')).toBe(260)
  })

  it('does not read expert pools as disputes mediated', () => {
    expect(value('组建医患、物业等人民调解专家库5个。', 'disputes_resolved')).toBeUndefined()
    expect(value('设立调解小组12个，成功调解纠纷47件。', 'disputes_resolved')).toBe(47)
  })

  it('takes an earlier year as a comparison when the text names no report year', () => {
    // The opening sentence names no year: the first clause that opens with one sets it.
    expect(value('县信访局畅通来信来访渠道。2023年，全局信访工作平稳，按期办结率97%。推行首问负责制；2022年全年处理信访事项650件。', 'petitions_handled')).toBeUndefined()
    expect(value('县信访局畅通来信来访渠道。2022年全年处理信访事项650件。', 'petitions_handled')).toBe(650)
    expect(value('2022年全年处理信访事项650件。', 'petitions_handled')).toBe(650)
  })

  it('reads the government system’s part of the proposals assigned as the author’s', () => {
    expect(value('县政协会议共交办提案86件，其中交县政府系统办理的80件，均已按期答复。', 'proposals_handled')).toBe(80)
    expect(value('市人大会议期间代表提出建议140件，其中交市政府系统办理132件。', 'proposals_handled')).toBe(132)
  })
})

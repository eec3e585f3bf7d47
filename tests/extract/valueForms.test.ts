/**
 * Value forms from the f-* dev passages of issue 11, each on sentences written for this test
 * (never a corpus sentence): review and litigation counts of a narrower scope, category
 * breakdowns, review-case 调解率, multi-year cumulative totals, repealed documents, counts of
 * mediation bodies, and disclosure requests counted in 份 / 件次. Where a rule guesses, it drops.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf as values } from './seeds'

const value = (text: string, indicator: string): number | undefined => values(text)[indicator]?.[0]

describe('review and litigation counts of a narrower scope are not totals', () => {
  it('drops a count limited to one cause', () => {
    const t = '依申请公开工作规范有序，因政府信息公开产生行政复议4件、行政诉讼2件，均未被纠错。'
    expect(value(t, 'reconsideration_cases')).toBeUndefined()
    expect(value(t, 'litigation_cases')).toBeUndefined()
  })

  it('drops a count of one category of decisions that was challenged', () => {
    const t = '全县作出行政处罚3120件，许可决定被申请行政复议的3件，强制决定被起诉的2件。'
    expect(value(t, 'reconsideration_cases')).toBeUndefined()
    expect(value(t, 'litigation_cases')).toBeUndefined()
    expect(value(t, 'penalty_cases')).toBe(3120)
  })

  it('drops a sub-figure of a total of other acts, keeps one of a total of suits', () => {
    const other = '实施行政检查890次；作出行政征收417宗，其中被申请复议2宗、直接被诉6宗。'
    expect(value(other, 'reconsideration_cases')).toBeUndefined()
    expect(value(other, 'litigation_cases')).toBeUndefined()
    const own = '本年度镇里涉诉案件共40起，其中民事诉讼25起、行政诉讼9起、行政复议6起。'
    expect(value(own, 'litigation_cases')).toBe(9)
    expect(value(own, 'reconsideration_cases')).toBe(6)
  })

  it('drops the cases where the government itself is the respondent', () => {
    expect(value('县政府本身作为被申请人的行政复议案件11件，均已审结。', 'reconsideration_cases')).toBeUndefined()
    expect(value('全年受理行政复议案件86件，已审结80件。', 'reconsideration_cases')).toBe(86)
  })
})

describe('category breakdowns are parts, not indicators', () => {
  it('drops the figures after a 按…分 breakdown', () => {
    const t = '按案件类别分，行政处罚31件、行政许可12件、政府信息公开8件。'
    expect(value(t, 'penalty_cases')).toBeUndefined()
    expect(value('按申请事项：行政处罚类45件，行政确认类9件。', 'penalty_cases')).toBeUndefined()
  })

  it('keeps a figure stated before the breakdown, and 按照 is no breakdown', () => {
    expect(value('全局办结行政处罚案件260件；按领域分，食品类88件、药品类20件。', 'penalty_cases')).toBe(260)
    expect(value('按照规定，全年办理行政处罚案件57件。', 'penalty_cases')).toBe(57)
  })
})

describe('调解率 of review work is not mediation success', () => {
  it('drops a review-case 调解率, keeps one about disputes', () => {
    expect(value('复议机关以调解方式审结案件40件，调解率12.5%。', 'mediation_success_pct')).toBeUndefined()
    expect(value('人民调解组织调处矛盾纠纷310件，调解率96%。', 'mediation_success_pct')).toBe(96)
    expect(value('全年调解成功率达到97.2%。', 'mediation_success_pct')).toBe(97.2)
  })
})

describe('multi-year cumulative totals are not the year', () => {
  it('drops figures after a span of years', () => {
    expect(value('2020—2024年全市共检查生产经营单位52.3万家次。', 'enforcement_inspections')).toBeUndefined()
    expect(value('三年来，各级调解组织共化解矛盾纠纷4.6万件。', 'disputes_resolved')).toBeUndefined()
    expect(value('“十四五”期间全区调处矛盾纠纷8100余件。', 'disputes_resolved')).toBeUndefined()
    expect(value('2018年至今，全县累计调解纠纷1.2万件，调解成功率99%。', 'disputes_resolved')).toBeUndefined()
    expect(value('2018年至今，全县累计调解纠纷1.2万件，调解成功率99%。', 'mediation_success_pct')).toBeUndefined()
  })

  it('keeps the year when the span is the year itself or a plan’s name', () => {
    expect(value('2024年以来，全区调解矛盾纠纷520件。', 'disputes_resolved')).toBe(520)
    expect(value('落实《执法质量三年行动计划（2023-2025年）》，开展执法检查65次。', 'enforcement_inspections')).toBe(65)
  })
})

describe('repealed documents are not reviewed ones', () => {
  it('drops a bare 废止 count outside a cleanup', () => {
    expect(value('本年印发规范性文件7件，废止9件，现行有效20件。', 'normative_docs_reviewed')).toBeUndefined()
    expect(value('今年废止行政规范性文件5件。', 'normative_docs_reviewed')).toBeUndefined()
  })

  it('takes the cleanup total, or the outcomes of a cleanup', () => {
    expect(value('开展规范性文件清理，共清理规范性文件48件，废止6件。', 'normative_docs_reviewed')).toBe(48)
    expect(value('对本部门文件逐件清理，保留10件，废止4件。', 'normative_docs_reviewed')).toBe(14)
  })
})

describe('a count of bodies is not a count of disputes', () => {
  it('drops mediation rooms, stations and committees counted with 个/家/所', () => {
    expect(value('新建个人品牌调解室2个，全年无新增。', 'disputes_resolved')).toBeUndefined()
    expect(value('设立行业性调解工作站5个。', 'disputes_resolved')).toBeUndefined()
    expect(value('全镇调解矛盾纠纷63件，调解成功60件。', 'disputes_resolved')).toBe(63)
  })
})

describe('disclosure requests counted in 份 and 件次', () => {
  it('reads both measure words', () => {
    expect(value('全年收到政府信息公开申请12份，均按期答复。', 'info_disclosure_requests')).toBe(12)
    expect(value('受理群众提出的政府信息公开申请共23件次，无一引发复议。', 'info_disclosure_requests')).toBe(23)
  })
})

/**
 * Forms generalised in round 2 of issue 11 from the corpus's errors, each on sentences written for
 * this test (never a corpus sentence): a figure whose scope, kind or stage is not the indicator's
 * (received vs resolved, waived fines, a part of something found, a negation of one kind), and
 * wordings the rules missed (a bare ratio word, rates named together, 余 before 万); and from the j-*
 * passages: totals since a reform began, of several regions, or of a year before the report's.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, extractText, valuesOf as values } from './seeds'

const value = (text: string, indicator: string): number | undefined => values(text)[indicator]?.[0]

describe('wordings that name the indicator', () => {
  it('reads a bare ratio word in a sentence about materials', () => {
    expect(value('清理后每个事项平均只需提交2.3份申报材料，精简率为41.5%。', 'material_reduction_pct')).toBe(41.5)
    expect(value('办事材料由原来的820项降至350项，累计减少比例达到57.3%。', 'material_reduction_pct')).toBe(57.3)
    // No materials in the sentence: the ratio word alone names nothing.
    expect(value('全年信访总量减少比例为12.6%。', 'material_reduction_pct')).toBeUndefined()
  })

  it('reads rates named together', () => {
    expect(value('局属审批事项的网办、掌办率都达到98.2%。', 'online_processing_pct')).toBe(98.2)
  })

  it('reads disclosure requests counted before their noun or under a topic heading', () => {
    expect(value('本年度共收到3件政府信息公开申请，均在法定期限内答复。', 'info_disclosure_requests')).toBe(3)
    expect(value('依申请公开方面，规范登记和归档流程，全年受理群众申请7件。', 'info_disclosure_requests')).toBe(7)
    // No disclosure in the sentence: an application is something else.
    expect(value('全年受理企业开办申请120件。', 'info_disclosure_requests')).toBeUndefined()
  })

  it('reads 余/多 standing before the scale', () => {
    expect(values('全年罚款约2300多万元。').fines_yuan).toEqual([23_000_000, 'approx'])
    expect(values('收缴罚没款450余万元。').fines_yuan).toEqual([4_500_000, 'approx'])
  })

  it('reads case files reviewed as legal review', () => {
    expect(value('法律顾问全年审查各类合同56份，审核执法案卷48件。', 'legal_review_cases')).toBe(48)
  })
})

describe('figures whose scope or stage is not the indicator', () => {
  it('counts reconsideration cases accepted, not received or concluded, unless only those are stated', () => {
    expect(value('县政府复议机构共收到复议申请52件，同比增加6件，依法受理49件，审结47件。', 'reconsideration_cases')).toBe(49)
    expect(value('全年收到行政复议申请52件，均已办结。', 'reconsideration_cases')).toBe(52)
    expect(value('本年度审结行政复议案件47件，其中维持39件。', 'reconsideration_cases')).toBe(47)
    expect(value('全年无差别受理政务服务事项1200项，没有出现逾期受理。', 'reconsideration_cases')).toBeUndefined()
  })

  it('does not read a negation of one kind as none at all', () => {
    expect(value('全年未发生上述类型的行政复议。', 'reconsideration_cases')).toBeUndefined()
    expect(value('本局没有收到信息公开引起的复议，也没有此类行政诉讼。', 'litigation_cases')).toBeUndefined()
    expect(value('全年未发生相关行政复议和诉讼。', 'reconsideration_cases')).toBeUndefined()
    expect(value('全年无行政复议案件。', 'reconsideration_cases')).toBe(0)
  })

  it('takes disputes resolved, not received, filed or the bodies that resolve them', () => {
    expect(value('各级调解组织受理调解案件904件，成功调解871件。', 'disputes_resolved')).toBe(871)
    expect(value('全县现有人民调解委员会215个，人民调解员1080人。', 'disputes_resolved')).toBeUndefined()
    expect(value('镇村两级调解组织共化解矛盾纠纷64件。', 'disputes_resolved')).toBe(64)
    expect(value('劳动争议调解、仲裁立案共5120件。', 'disputes_resolved')).toBeUndefined()
    expect(value('劳动争议调解、仲裁立案共5120件。', 'enforcement_cases')).toBeUndefined()
  })

  it('does not read resolutions of administrative disputes or withdrawn suits as mediation', () => {
    expect(value('复议环节注重调解和解，实质化解行政争议案件57件。', 'disputes_resolved')).toBeUndefined()
    expect(value('办理行政应诉案件11件，其中经协调撤诉或调解的3件。', 'disputes_resolved')).toBeUndefined()
  })

  it('does not read waived fines as fines', () => {
    expect(value('推行轻微违法免罚清单，为企业减免罚款86.4万元。', 'fines_yuan')).toBeUndefined()
  })

  it('does not read the part of a total it would not read either', () => {
    expect(value('检查组共排查出安全隐患146项，其中重大隐患12项、一般隐患134项。', 'hazards_rectified')).toBeUndefined()
    expect(value('全年整改安全隐患146项，其中重大隐患12项。', 'hazards_rectified')).toBe(146)
  })

  it('does not read a bill put to the congress or a lecture tour as proposals or training', () => {
    expect(value('市政府提请市人大常委会审议地方性法规议案3件。', 'proposals_handled')).toBeUndefined()
    expect(value('组织法治宣讲团深入基层巡讲80余场。', 'training_sessions')).toBeUndefined()
  })
})

describe('authors a report names by level only', () => {
  const meta = (text: string) => extractText(`${text}\n一、主要做法\n全年开展执法检查31次。\n`).meta

  it('reads "现将县人民政府…报告如下" with the one county government the text writes out', () => {
    expect(meta('根据上级通知要求，现将县人民政府2023年法治政府建设情况报告如下。\n县人民政府修订《汤阴县人民政府工作规则》，常务会议会前学法。'))
      .toMatchObject({ agency: '汤阴县人民政府', region: '汤阴县', sector: '区县政府' })
    // No county written out: unknown, never a fragment of the sentence (现将县) as a place.
    expect(meta('根据上级通知要求，现将县人民政府2023年法治政府建设情况报告如下。')).toMatchObject({ agency: null, agency_source: 'unknown' })
  })

  it('reads the sector of a place-less department that opens the body, without guessing its place', () => {
    expect(meta('2023年，区统计局法治政府建设工作以习近平法治思想为指导，依法统计。'))
      .toMatchObject({ agency: null, agency_source: 'unknown', sector: '统计' })
  })
})

describe('figures of several years, several regions or an earlier year', () => {
  it('drops a cumulative count since a reform or an institution began, keeps one since the year began', () => {
    expect(value('复议体制改革以来，截至今年6月底，全区累计受理行政复议案件23件。', 'reconsideration_cases')).toBeUndefined()
    expect(value('调解中心挂牌运行以来累计调处纠纷1360件。', 'disputes_resolved')).toBeUndefined()
    expect(value('今年以来，累计受理行政复议案件23件。', 'reconsideration_cases')).toBe(23)
  })

  it('drops a total of several recent years, keeps a year compared with them', () => {
    expect(value('近三年累计办理行政处罚案件580件。', 'penalty_cases')).toBeUndefined()
    expect(value('五年共计调处矛盾纠纷2300件。', 'disputes_resolved')).toBeUndefined()
    expect(value('全年办理行政处罚案件210件，为近三年最多。', 'penalty_cases')).toBe(210)
  })

  it('drops the total of a joint campaign of several regions', () => {
    const t = '专项行动中，两省共查处非法捕捞案件310起，罚款280万元。'
    expect(value(t, 'enforcement_cases')).toBeUndefined()
    expect(value(t, 'fines_yuan')).toBeUndefined()
  })

  it('drops the figures of a sentence that goes on about a multi-year one, across its ；', () => {
    expect(value('复议体制改革以来，全区累计受理行政复议案件23件。从办理结果看，维持12件，纠错率26.1%。',
      'reconsideration_correction_pct')).toBeUndefined()
    expect(value('2019—2023年，全市累计调处纠纷4800件。其中调解成功4650件；调解成功率96.9%。', 'mediation_success_pct')).toBeUndefined()
  })

  it('keeps a sentence that goes on about the year, or one in a new paragraph', () => {
    expect(value('全年受理行政复议案件23件。从办理结果看，纠错率26.1%。', 'reconsideration_correction_pct')).toBe(26.1)
    expect(value('三年来累计受理复议案件60件。\n从今年看，复议纠错率12%。', 'reconsideration_correction_pct')).toBe(12)
  })

  const of2024 = (text: string) => Object.fromEntries(extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt',
    sha256: '', sidecar: { year: 2024 } }, catalogue).observations.map((o) => [o.indicator_id, o.value]))

  it('drops a clause about an earlier year than the report’s', () => {
    expect(of2024('2023年全年受理信访事项1980件，办结率100%。').petitions_handled).toBeUndefined()
    expect(of2024('局里推行首办负责制；2022年全局处理网上信访1.1万件。').petitions_handled).toBeUndefined()
    const both = of2024('2024年，全局受理信访事项1650件，2023年同期为1980件。全年办理行政复议案件30件。')
    expect(both.petitions_handled).toBe(1650)
    expect(both.reconsideration_cases).toBe(30)
  })

  it('keeps the report’s own year, and a year that opens a date range of it', () => {
    expect(of2024('2024年全年受理信访事项1650件。').petitions_handled).toBe(1650)
    expect(of2024('2023年12月至2024年11月，全县化解矛盾纠纷420件。').disputes_resolved).toBe(420)
  })
})

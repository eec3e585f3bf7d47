/**
 * Value forms from the f-* and j-* dev passages of issue 11, each on sentences written for this test
 * (never a corpus sentence): review and litigation counts of a narrower scope, category
 * breakdowns, review-case 调解率, multi-year cumulative totals, repealed documents, counts of
 * mediation bodies, disclosure requests counted in 份 / 件次; a bare verb that counts an earlier
 * object, a list's total, stages of the same work (收到/受理/准予, 调解/成功), amounts that are not
 * fines, referred cases, and changes on the year before. Where a rule guesses, it drops.
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
    // Resolved means mediated with success (the corpus's convention: 受理1221件，成功化解1005件 → 1005).
    expect(value('全镇调解矛盾纠纷63件，调解成功60件。', 'disputes_resolved')).toBe(60)
  })
})

describe('disclosure requests counted in 份 and 件次', () => {
  it('reads both measure words', () => {
    expect(value('全年收到政府信息公开申请12份，均按期答复。', 'info_disclosure_requests')).toBe(12)
    expect(value('受理群众提出的政府信息公开申请共23件次，无一引发复议。', 'info_disclosure_requests')).toBe(23)
  })
})

describe('a term that counts something else by what stands around it', () => {
  it('a bare 化解 counts the object named before it in its period', () => {
    expect(value('全年共排查行政争议35件，已化解28件。', 'disputes_resolved')).toBeUndefined()
    expect(value('本年收到行政复议申请52件，受理47件；审结44件，其中调解11件。', 'disputes_resolved')).toBeUndefined()
    expect(value('全年共排查矛盾纠纷35件，已化解28件。', 'disputes_resolved')).toBe(28)
  })

  it('a document noun after a verb of publishing counts published documents', () => {
    expect(value('通过政府网站公开本级行政规范性文件27件。', 'normative_docs_reviewed')).toBeUndefined()
    expect(value('全年审查行政规范性文件27件。', 'normative_docs_reviewed')).toBe(27)
  })

  it('an item of a list closed by 等 shares the list’s total, unless all items are its kind', () => {
    const mixed = '办理行政复议、行政诉讼、国家赔偿等案件19件。'
    expect(value(mixed, 'reconsideration_cases')).toBeUndefined()
    expect(value(mixed, 'litigation_cases')).toBeUndefined()
    expect(value('开展执法检查、专项检查等共64次。', 'enforcement_inspections')).toBe(64)
  })

  it('the next item of a 、-list does not exclude the figure before it', () => {
    const t = '审批时限压缩55%、申请材料减少38%。'
    expect(value(t, 'approval_time_compression_pct')).toBe(55)
    expect(value(t, 'material_reduction_pct')).toBe(38)
  })
})

describe('stages of the same work', () => {
  it('takes the accepted applications, not the received or the granted ones', () => {
    expect(value('全年收到行政许可申请1320件，受理1302件，不予受理18件。', 'approvals_handled')).toBe(1302)
    expect(value('全年受理行政许可申请800件，准予许可790件。', 'approvals_handled')).toBe(800)
    expect(value('全年收到复议申请64件，经审查受理58件，不予受理6件。', 'reconsideration_cases')).toBe(58)
  })

  it('takes the disputes mediated with success, and the success rate over the handled rate', () => {
    const t = '共调解民间纠纷620件，调解成功598件，调解成功率96.5%。'
    expect(value(t, 'disputes_resolved')).toBe(598)
    expect(value(t, 'mediation_success_pct')).toBe(96.5)
    expect(value('调处矛盾纠纷150件，调处率100%，其中调处成功141件，成功率94%。', 'mediation_success_pct')).toBe(94)
  })

  it('a count of suits after review, or of one kind of decision challenged, is no review count', () => {
    expect(value('复议后提起诉讼的4件，均未败诉。', 'reconsideration_cases')).toBeUndefined()
    expect(value('当事人不服处罚决定申请行政复议2件。', 'reconsideration_cases')).toBeUndefined()
    expect(value('未发生当事人不服许可决定申请复议的情况。', 'reconsideration_cases')).toBeUndefined()
  })
})

describe('amounts and cases that are not the agency’s fines or cases', () => {
  it('drops recovered, involved and compensated amounts, keeps the fines', () => {
    expect(value('罚没款36.5万元，为群众挽回经济损失120万元。', 'fines_yuan')).toBe(365000)
    expect(value('立案查处12起，涉案货值78万元，罚没款9.6万元。', 'fines_yuan')).toBe(96000)
    expect(value('依法罚款并责令赔偿损失15万元。', 'fines_yuan')).toBeUndefined()
    expect(values('执法处罚312万元，没收违法所得45万元。').fines_yuan).toEqual([3570000, 'derived'])
  })

  it('drops the cases the body they were referred to filed', () => {
    expect(value('向公安机关移送涉嫌犯罪案件15件，公安机关立案12件。', 'enforcement_cases')).toBeUndefined()
    expect(value('全年立案查处违法案件45件，向公安机关移送5件。', 'enforcement_cases')).toBe(45)
  })

  it('reads 立案处罚 and 查结 as the agency’s cases', () => {
    expect(value('全年立案处罚违法行为218起。', 'penalty_cases')).toBe(218)
    expect(value('查结非法采砂行政案件14起。', 'enforcement_cases')).toBe(14)
  })

  it('drops hotline orders as petitions', () => {
    expect(value('12345热线受理群众工单2.1万件。', 'petitions_handled')).toBeUndefined()
  })
})

describe('a change on the year before is not the year’s count', () => {
  it('drops a count after 较上年/同比 增加/减少, keeps the level', () => {
    expect(value('行政复议案件较上年增加12件。', 'reconsideration_cases')).toBeUndefined()
    expect(value('全年办理行政复议案件41件，同比减少6件。', 'reconsideration_cases')).toBe(41)
  })
})

describe('wordings the rules missed', () => {
  it('reads rectified problems in a sentence about hazards', () => {
    expect(value('发现安全隐患86处，已督促整改问题81处。', 'hazards_rectified')).toBe(81)
  })

  it('reads major decisions named after their count', () => {
    expect(value('全年确定两项重大行政决策事项并全部履行法定程序。', 'major_decisions')).toBe(2)
  })
})

describe('a neighbour of the term that makes it another measure', () => {
  it('drops review applications in a sentence about disclosure, and a review-like rate of legal checks', () => {
    expect(value('信息公开工作规范有序，全年收到复议申请2件。', 'info_disclosure_requests')).toBeUndefined()
    expect(value('法制审核纠错率为6.5%。', 'reconsideration_correction_pct')).toBeUndefined()
    expect(value('行政复议纠错率为6.5%。', 'reconsideration_correction_pct')).toBe(6.5)
  })

  it('drops a pledge-based permit count as lenient cases, and inspections the agency received', () => {
    expect(value('推行告知承诺制，办理审批事项215件。', 'lenient_cases')).toBeUndefined()
    expect(value('接受省级执法检查3次。', 'enforcement_inspections')).toBeUndefined()
    expect(value('开展执法检查3次。', 'enforcement_inspections')).toBe(3)
  })

  it('drops consultations as approvals, and satisfaction as an online-processing rate', () => {
    expect(value('政务服务中心受理群众咨询860件，办理行政许可420件。', 'approvals_handled')).toBe(420)
    expect(value('全程网办事项满意度达到99.2%。', 'online_processing_pct')).toBeUndefined()
    expect(value('全程网办率达到92%。', 'online_processing_pct')).toBe(92)
  })

  it('reads an increase stated as 增幅为 as a change, not a rate', () => {
    expect(value('全程网办率达92%，增幅为7%。', 'online_processing_pct')).toBe(92)
    expect(value('即办件比例增幅为12%。', 'immediate_processing_pct')).toBeUndefined()
  })
})

describe('inspections the agency underwent or accompanied are not its own', () => {
  it('drops inspections of the agency and inspections it accompanied, keeps its own', () => {
    expect(value('市应急局对我局开展执法检查2次。', 'enforcement_inspections')).toBeUndefined()
    expect(value('陪同省生态环境厅开展专项检查4次。', 'enforcement_inspections')).toBeUndefined()
    expect(value('对辖区企业开展专项检查4次。', 'enforcement_inspections')).toBe(4)
  })
})

describe('the author’s part of an area’s total, amended documents, and a list inside the term', () => {
  it('takes the author’s own part after an area’s total', () => {
    expect(value('全市各部门合计收到复议申请96件，其中本局7件。', 'reconsideration_cases')).toBe(7)
    expect(value('全市系统共查办违法案件1180件，其中市局本级查办86件。', 'enforcement_cases')).toBe(86)
    expect(value('全年收到复议申请96件，其中行政处罚类40件。', 'reconsideration_cases')).toBe(96)
  })

  it('does not count amended or repealed documents as reviewed, outside a cleanup', () => {
    expect(value('本年废止规范性文件4件，修改2件。', 'normative_docs_reviewed')).toBeUndefined()
    expect(value('修改规范性文件5件。', 'normative_docs_reviewed')).toBeUndefined()
    expect(value('经评估清理，保留规范性文件30件，修改2件。', 'normative_docs_reviewed')).toEqual(32)
  })

  it('reads cases whose kinds are listed between the verb and the noun', () => {
    expect(value('查处超限运输、无证经营等违法行为共236起。', 'enforcement_cases')).toBe(236)
    expect(value('办理食品、药品、特种设备等行政处罚案件共148件。', 'penalty_cases')).toBe(148)
  })
})

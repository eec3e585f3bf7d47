/**
 * Value forms of the values11 round (cases, approvals, disputes, oversight), each on sentences
 * written for this test (never a corpus sentence), with a near miss that must not change.
 */
import { describe, expect, it } from 'vitest'
import { extractText, valuesOf as values } from './seeds'

const value = (text: string, indicator: string): number | undefined => values(text)[indicator]?.[0]

describe('penalties of every kind added up in a statistics table', () => {
  it('各类处罚…合计0件 is a penalty count of zero', () => {
    expect(value('2022年本局警告、罚款、没收违法所得等各类处罚均为0件，合计0件，罚没金额0元。', 'penalty_cases')).toBe(0)
  })

  it('a review of penalty files of every kind is no penalty count', () => {
    expect(value('2022年本局评查各类处罚案卷12件。', 'penalty_cases')).toBeUndefined()
  })
})

describe('cases dealt with, after the cases that occurred', () => {
  it('发案N起，查处N起 → enforcement cases', () => {
    expect(value('2023年全县共发生林业案件41起，发案41起，查处39起，查处率95.1%。', 'enforcement_cases')).toBe(39)
  })

  it('a bare 查处 with no case incidence in its sentence gives nothing', () => {
    expect(value('2023年专项行动中查处39起。', 'enforcement_cases')).toBeUndefined()
  })
})

describe("approvals of the author's own level", () => {
  it('区本级办件 is the count, not the whole district’s nor a cumulative count', () => {
    const t = '2024年全区政务窗口共办件52310件；区本级办件8120件，其中行政许可7002件。累计受理办结跨省通办件90余件。'
    expect(value(t, 'approvals_handled')).toBe(8120)
  })
})

describe('approvals handled online are a part of those handled', () => {
  it('网上办件量N件 alone is no approvals count; the year’s total before it is', () => {
    expect(value('2023年网上办件量达7.4万件，占办件总量的91%。', 'approvals_handled')).toBeUndefined()
    expect(value('2023年全年办件量8.1万件，其中网上办件7.4万件。', 'approvals_handled')).toBe(81000)
  })
})

describe('an item of a 、-list shares the list’s verb', () => {
  it('审核各类合同N件、重大行政执法决定M件 → M legal reviews', () => {
    expect(value('2023年法律顾问审核各类合同9件、重大行政执法决定47件。', 'legal_review_cases')).toBe(47)
  })

  it('contracts reviewed alone, or a list of reviewed kinds added up, are no legal reviews', () => {
    expect(value('2023年法律顾问审核各类合同9件。', 'legal_review_cases')).toBeUndefined()
    expect(value('2023年共审核规范性文件、重大行政决策、行政执法决定等各类事项合计218件。', 'legal_review_cases')).toBeUndefined()
  })
})

describe('major decisions in a list of decisions', () => {
  it('重大决策目录清单事项N件 is the count', () => {
    expect(value('2023年，县政府编制并公开重大决策目录清单事项7件。', 'major_decisions')).toBe(7)
  })

  it('a decisions list named as a document title gives no count after it', () => {
    expect(value('2023年印发《重大行政决策事项目录》，3个乡镇完成公开。', 'major_decisions')).toBeUndefined()
  })
})

describe('a part in the stage the indicator counts, of a total in another stage', () => {
  it('调解纠纷N件，其中调解成功M件 → M resolved', () => {
    expect(value('2022年全市排查出纠纷1250件，调解纠纷1236件，其中调解成功1210件，成功率97.9%。', 'disputes_resolved')).toBe(1210)
  })

  it('a part by channel stays a part: the total is the count', () => {
    const t = '2022年全省人民调解组织调解各类矛盾纠纷8.2万件，其中含法院委派委托调解成功的2.1万件。'
    expect(value(t, 'disputes_resolved')).toBe(82000)
  })
})

describe('a total since the start of the report’s own year', () => {
  it('2021年以来累计办结 in a 2021 report is the year’s', () => {
    expect(value('2021年，街道落实接访制度。2021年以来累计办结各类信访事项143件。', 'petitions_handled')).toBe(143)
  })

  it('2019年以来累计 in a 2021 report adds up several years', () => {
    expect(value('2021年，街道落实接访制度。2019年以来累计办结各类信访事项143件。', 'petitions_handled')).toBeUndefined()
  })
})

describe('the first months of the year', () => {
  it('今年前N个月 is a part of the year', () => {
    expect(value('2023年，本局推进依法行政。今年前4个月，罚没款数额总计85万元。', 'fines_yuan')).toBeUndefined()
  })

  it('the clauses after ； go on about those months, until one returns to the year', () => {
    const t = '2023年，本局推进依法行政。今年前4个月，罚没款数额总计85万元；对重点企业开展现场检查320家次。'
    expect(value(t, 'enforcement_inspections')).toBeUndefined()
    const again = '2023年，本局推进依法行政。今年前4个月，罚没款数额总计85万元；全年对重点企业开展现场检查320家次。'
    expect(value(again, 'enforcement_inspections')).toBe(320)
  })

  it('the whole year’s fines are read', () => {
    expect(value('2023年，本局推进依法行政。全年罚没款数额总计85万元。', 'fines_yuan')).toBe(850000)
  })
})

describe('a list of case kinds added up', () => {
  it('行政复议、行政应诉、行政调解案件合计N件 is no litigation count', () => {
    expect(value('2024年全市办理行政复议、行政应诉、行政调解案件合计3120件。', 'litigation_cases')).toBeUndefined()
  })

  it('行政应诉案件N件 alone is', () => {
    expect(value('2024年全市办理行政应诉案件312件。', 'litigation_cases')).toBe(312)
  })
})

describe('figures of an event several bodies held jointly', () => {
  it('A、B、C联合召开…交办建议N件 is theirs, not the author’s', () => {
    const t = '3月2日，县人大常委会、县人民政府、县政协联合召开交办会，交办县人大代表建议88件。'
    expect(value(t, 'proposals_handled')).toBeUndefined()
  })

  it('proposals the author handled itself are read', () => {
    expect(value('2023年，本局办理县人大代表建议88件，办复率100%。', 'proposals_handled')).toBe(88)
  })
})

describe('results of proposals published are a disclosure count', () => {
  it('发布人大代表建议办理结果N件、政协提案办理结果M件 is no proposals count', () => {
    expect(value('2023年通过官网发布市人大代表建议办理结果31件、市政协委员提案办理结果27件。', 'proposals_handled')).toBeUndefined()
  })

  it('proposals whose results the author gave are read', () => {
    expect(value('2023年办理市人大代表建议31件、市政协委员提案27件，均按时办结。', 'proposals_handled')).toBe(58)
  })
})

describe('a count stated as zero after its term', () => {
  it('X案件为零 / 败诉案件均为零 → 0', () => {
    expect(value('2024年本局行政复议案件为零，行政应诉案件2件。', 'reconsideration_cases')).toBe(0)
    expect(value('2024年本局行政诉讼败诉案件均为零。', 'litigation_lost_cases')).toBe(0)
  })

  it('not a kind or cause of cases, nor a word that starts with 零', () => {
    expect(value('2024年因政府信息公开引发的行政复议案件为零。', 'reconsideration_cases')).toBeUndefined()
    expect(value('2024年政府信息行政复议和行政诉讼均为零。', 'litigation_cases')).toBeUndefined()
    expect(value('2024年本局行政诉讼案件为零星个案。', 'litigation_cases')).toBeUndefined()
  })

  it('is a negation for the confidence model', () => {
    const o = extractText('2024年本局行政复议案件为零。').observations.find((x) => x.indicator_id === 'reconsideration_cases')
    expect(o?.confidence_reasons).toContain('negation')
  })
})

describe("an area's bodies' total and the author's own figure", () => {
  it('the author’s own figure wins over the total of the area’s departments', () => {
    expect(value('2023年全区行政执法部门共查处违法案件940件，本局查处违法案件57件。', 'enforcement_cases')).toBe(57)
  })

  it('a figure the author claims as its own wins over the area’s, whatever names the area', () => {
    expect(value('2023年全市安全生产执法检查共计1.3万家次，本局检查企业720家次。', 'enforcement_inspections')).toBe(720)
    expect(value('2023年全县法院审结行政诉讼案件290件，本局作为被告的行政诉讼案件4件。', 'litigation_cases')).toBe(4)
  })

  it('the area’s total alone is still read, as an area total for the confidence model', () => {
    const o = extractText('2023年全区行政执法部门共查处违法案件940件。').observations.find((x) => x.indicator_id === 'enforcement_cases')
    expect(o?.value).toBe(940)
    expect(o?.confidence_reasons).toContain('area_total')
  })
})

describe('an aside that opens with 其中 ends with its bracket', () => {
  it('the figures after the aside are no parts', () => {
    const o = extractText('2023年共办理行政处罚案件236件（其中简易程序80件），罚没款108.5万元。').observations
    expect(o.find((x) => x.indicator_id === 'fines_yuan')?.confidence_reasons).not.toContain('sub_item')
  })

  it('a bare 其中 still makes the rest of its sentence parts', () => {
    const o = extractText('2023年共办理行政处罚案件236件，其中罚没款108.5万元。').observations
    expect(o.find((x) => x.indicator_id === 'fines_yuan')?.confidence_reasons ?? 'sub_item').toContain('sub_item')
  })
})

describe('cases dealt with, named 查处案件', () => {
  it('查处案件N件 is a count of cases dealt with', () => {
    expect(value('2023年开展普法宣传活动36场，全年查处案件12件。', 'enforcement_cases')).toBe(12)
  })

  it('not when its clause says the action was joint with another body or region', () => {
    expect(value('2023年与邻市市场监管局联合查处违法案件3件。', 'enforcement_cases')).toBeUndefined()
  })

  it('not in a sentence about one problem (a campaign’s part)', () => {
    expect(value('2023年，本局推进依法行政。针对“食品过期”问题共查处违法案件26起。', 'enforcement_cases')).toBeUndefined()
  })
})

describe('cases under a penalty topic lead', () => {
  it('从行政处罚数据看，…办结行政案件N件 counts penalties, not all cases dealt with', () => {
    const t = '从行政处罚数据看，2023年全县共办结行政案件1520件，其中适用简易程序1300件。'
    expect(value(t, 'penalty_cases')).toBe(1520)
    expect(value(t, 'enforcement_cases')).toBeUndefined()
  })

  it('a lead whose sentence states its penalties itself keeps each count on its indicator', () => {
    const t = '行政处罚情况：全年查处违法案件45件，其中作出行政处罚38件。'
    expect(value(t, 'enforcement_cases')).toBe(45)
    expect(value(t, 'penalty_cases')).toBe(38)
  })

  it('without the lead, 办结行政案件 is cases dealt with', () => {
    expect(value('2023年共办结行政案件1520件。', 'enforcement_cases')).toBe(1520)
  })
})

describe('petitions resolved are petitions, not disputes', () => {
  it('化解信访积案N件 is no disputes count; disputes resolved stay', () => {
    expect(value('2023年，全年共化解信访积案9件，办结信访事项71件。', 'disputes_resolved')).toBeUndefined()
    expect(value('2023年，全年化解矛盾纠纷134件，其中婚姻家庭纠纷20件。', 'disputes_resolved')).toBe(134)
  })
})

describe('confidence stays honest on the new paths', () => {
  it('a part read in place of its other-stage total keeps its sub_item reason', () => {
    const o = extractText('2022年全市调解纠纷1236件，其中调解成功1210件。').observations.find((x) => x.indicator_id === 'disputes_resolved')
    expect(o?.value).toBe(1210)
    expect(o?.confidence_reasons).toContain('sub_item')
  })
})

/**
 * Stage and kind forms of cases, disputes and documents (issue 11, values side), each on sentences
 * written for this test (never a corpus sentence): the stage an indicator counts, and what only
 * looks like it.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

/** Indicator → value of a text. */
const values = (text: string): Record<string, number> =>
  Object.fromEntries(Object.entries(valuesOf(text)).map(([id, [value]]) => [id, value]))

describe('stages of a review: applications received, then accepted after examination', () => {
  it.each([
    ['市政府本年收到行政复议申请214件，比上年多31件；经审查受理187件，其余告知向有权机关申请。', 187],
    ['区复议机构新收复议申请58件；经审核后依法受理49件，不予受理9件。', 49],
  ])('%s → reconsideration_cases = %d', (text, value) => {
    expect(values(text).reconsideration_cases).toBe(value)
  })

  it('opinions and recommendations a review body issues are not cases', () => {
    expect(values('制发行政复议意见书4件，督促被申请人规范执法。').reconsideration_cases).toBeUndefined()
  })
})

describe('disputes: screened and resolved in one verb, handled without an outcome', () => {
  it('排查化解 counts disputes resolved, not disputes screened', () => {
    const v = values('今年排查化解邻里土地纠纷212件，做到小事不出村。')
    expect(v.disputes_identified).toBeUndefined()
  })

  it.each([
    ['协助乡镇调处土地承包纠纷350余件，为群众挽回损失80万元。'],
    ['街道联合派出所调处各类物业纠纷96起。'],
  ])('%s: disputes only handled (调处) are not resolved', (text) => {
    expect(values(text).disputes_resolved).toBeUndefined()
  })

  it.each([
    // (镇调委会, not 各村: the villages opening the clause are other bodies since train52, as the README rules their committees)
    ['镇调委会共受理纠纷130件，全部调处，其中调处成功126件。', 126],
    ['司法所调处化解婚姻家庭纠纷41件。', 41],
  ])('%s → disputes_resolved = %d (an outcome is stated)', (text, value) => {
    expect(values(text).disputes_resolved).toBe(value)
  })
})

describe('penalty decisions counted in 个', () => {
  it('a count of decisions in 个 is the penalty cases', () => {
    expect(values('全省环境执法机构年内下达行政处罚决定1.2万个，罚款合计3.4亿元。').penalty_cases).toBe(12000)
  })

  it('penalty powers listed in 个 are not cases', () => {
    expect(values('梳理公布行政处罚事项312个。').penalty_cases).toBeUndefined()
  })
})

describe('documents examined for filing', () => {
  it.each([
    ['全年备案审查各部门报送的行政规范性文件27件，纠正2件。', 27],
    ['县司法局审查并备案规范性文件8件。', 8],
  ])('%s → normative_docs_filed = %d, not documents reviewed', (text, value) => {
    const v = values(text)
    expect(v.normative_docs_filed).toBe(value)
    expect(v.normative_docs_reviewed).toBeUndefined()
  })
})

describe('waived, reduced and backlog: what only looks like the count', () => {
  it('cases waived (不予行政处罚) are lenient cases, not penalty cases, and win over reduced ones', () => {
    const v = values('对轻微违法的经营户依法不予行政处罚案件41件，从轻处罚12件。')
    expect(v.lenient_cases).toBe(41)
    expect(v.penalty_cases).toBeUndefined()
  })

  it('petition backlog cases resolved (化解信访积案) are not the petitions handled', () => {
    expect(values('年内化解信访积案9件，积案化解率90%。').petitions_handled).toBeUndefined()
  })

  it('time compressed to a share of the legal limit is not the compression ratio', () => {
    expect(values('企业开办时限压缩至法定时限的25%以内。').approval_time_compression_pct).toBeUndefined()
  })
})

describe('hazards: found, then rectified', () => {
  it('the rectified count wins over the hazards found and is not added to them', () => {
    expect(values('全年排查治理各类隐患1840处，已整改到位1795处。').hazards_rectified).toBe(1795)
  })

  it('hazards found and rectified in one verb (发现并督促整改) are rectified', () => {
    expect(values('执法人员发现并督促整改隐患2.4万项。').hazards_rectified).toBe(24000)
  })

  it('hazards only found stay out', () => {
    expect(values('专项检查中发现问题隐患318项。').hazards_rectified).toBeUndefined()
  })
})

describe('other wordings of approvals, fines, decisions and waivers', () => {
  it.each([
    ['户外广告设置审批由法定15个工作日缩短至3个工作日，提速80%。', 'approval_time_compression_pct', 80],
    ['全年压减企业申报材料860余份，压减率41%。', 'material_reduction_pct', 41],
    ['全市交通执法处罚金额合计1.8亿元。', 'fines_yuan', 180000000],
    ['年度重大行政决策事项6项均经集体讨论和合法性审查。', 'major_decisions', 6],
    ['依据轻微违法免罚清单办结案件57件。', 'lenient_cases', 57],
  ])('%s → %s = %d', (text, indicator, value) => {
    expect(values(text)[indicator]).toBe(value)
  })

  it.each([
    ['对重大行政决策草案开展合法性审查9件。', 'major_decisions'],
    ['重大行政决策合法性审查11件。', 'major_decisions'],
    ['政务服务满意度提升12%，办理时限更加规范。', 'approval_time_compression_pct'],
  ])('%s gives no %s', (text, indicator) => {
    expect(values(text)[indicator]).toBeUndefined()
  })
})

describe('approvals counted by the hall that handles them', () => {
  it.each([
    ['区政务服务中心窗口全年受理各类业务8.7万件。', 87000],
    ['全年办结各类交通运输行政审批1260件。', 1260],
  ])('%s → approvals_handled = %d', (text, value) => {
    expect(values(text).approvals_handled).toBe(value)
  })

  it('the hall staff studying the business are not approvals', () => {
    expect(values('中心组织窗口人员开展业务学习12次。').approvals_handled).toBeUndefined()
  })
})

describe('respectively over the items of one list', () => {
  it('pairs the figures after 分别 with the 、-items of the clause before it', () => {
    const v = values('全年开展合法性审查215件，其中规范性文件审查、重大行政执法决定审查和合同审查分别为7件、31件和177件。')
    expect(v.normative_docs_reviewed).toBe(7)
    expect(v.legal_review_cases).toBe(31)
  })
})

describe('petitions, legal reviews and time limits in other words', () => {
  it('visitors received (人次) are not petitions handled; the petition matters are', () => {
    expect(values('全年接待上访群众415人次，办理信访事项87件。').petitions_handled).toBe(87)
    expect(values('信访窗口接待来访群众260余人次。').petitions_handled).toBeUndefined()
  })

  it('penalty cases the legal office reviewed are legal reviews, not penalty cases', () => {
    const v = values('局法制科全年审核行政处罚案件203件。')
    expect(v.legal_review_cases).toBe(203)
    expect(v.penalty_cases).toBeUndefined()
  })

  it('a time limit reduced by a share (办结时限…平均减少N%) is the compression ratio', () => {
    expect(values('不动产登记办结时限比法定时限平均减少68.5%。').approval_time_compression_pct).toBe(68.5)
  })
})

describe('a half or a quarter of the year', () => {
  it('a clause about one half or quarter is a part of the year, not its total', () => {
    expect(values('上半年办理行政复议案件14件。').reconsideration_cases).toBeUndefined()
    expect(values('其中第三季度化解矛盾纠纷58件。').disputes_resolved).toBeUndefined()
  })

  it('the year returns after the part', () => {
    expect(values('一季度受理行政复议案件6件，全年受理行政复议案件29件。').reconsideration_cases).toBe(29)
  })
})

describe('a word inside another', () => {
  it('cases a board deliberated (审议案件) are not proposals (议案)', () => {
    expect(values('区行政复议委员会召开会议3次，审议案件17件，市人大代表列席。').proposals_handled).toBeUndefined()
  })
})

describe('cases of other bodies', () => {
  it.each([
    ['全市两级人民法院受理一审行政案件512件。'],
    ['区纪检监察机关全年立案审查调查27件。'],
    ['对报送的规章立案审查2件。'],
  ])('%s gives no enforcement cases', (text) => {
    expect(values(text).enforcement_cases).toBeUndefined()
  })
})

describe('variant characters and bare verbs', () => {
  it('免于处罚 is the same waiver as 免予处罚', () => {
    const v = values('对符合条件的21家个体户免于行政处罚。')
    expect(v.lenient_cases).toBe(21)
    expect(v.penalty_cases).toBeUndefined()
  })

  it('a waiver counted in 次 is the lenient cases', () => {
    expect(values('“轻微免罚”全年适用34次。').lenient_cases).toBe(34)
  })

  it('materials cut by a bare 精简N% after the materials are named', () => {
    expect(values('企业开办申请材料由9份减为4份，精简55.6%。').material_reduction_pct).toBe(55.6)
  })
})

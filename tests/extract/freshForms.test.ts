/**
 * Forms the fresh o-passages and the corpus errors showed (issue 11), on sentences written for this
 * test (never a corpus sentence): what makes a broad study count (学习, 研讨, 警示教育) a law training
 * session or not — the paragraph's lead, 第一议题, party meetings, sub-units, meetings counted before
 * a study —, documents that are no cases, a publicity purpose before a long list of places, a
 * campaign as a sentence's topic, and counts the catalogue read too narrowly or too widely.
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

describe('forms probed on written sentences', () => {
  it('a list item whose nearest term is a few characters off still adds up (法治宣传进企业活动12场、…)', () => {
    expect(values('全年开展法治宣传进社区活动9场、以案释法活动4场。').legal_publicity_events).toBe(13)
  })

  it('those who should hold a card, when all of them do, are the holdings', () => {
    expect(values('全局应持证执法人员47人，已全部持证。').certified_officers).toBe(47)
    expect(values('全局应持证执法人员47人，已持证45人。').certified_officers).toBe(45)
    expect(values('全局应持证执法人员47人。').certified_officers).toBeUndefined()
  })

  it('a quarter or half year beside the year is a part of it, not added to it', () => {
    expect(values('二季度组织法治讲座3次，全年共组织法治讲座11次。').training_sessions).toBe(11)
    expect(values('下半年开展法治培训5期。').training_sessions).toBeUndefined()
  })

  it('posts and columns are not publicity events', () => {
    expect(values('全年在政务公众号发布普法推文48期。').legal_publicity_events).toBeUndefined()
    expect(values('全年开展普法宣传活动48场。').legal_publicity_events).toBe(48)
  })

  it('a reminder instead of a fine is a lenient case', () => {
    expect(values('对初次违规的商户告知不罚15起。').lenient_cases).toBe(15)
  })

  it('two bodies named side by side before their joint total: not the agency\'s', () => {
    expect(values('县复议机关和法院合计收案58件。').reconsideration_cases).toBeUndefined()
  })

  it('the year\'s own part after a total over several years is the year\'s figure', () => {
    expect(values('近五年累计受理行政复议申请240件，其中今年受理行政复议申请52件。').reconsideration_cases).toBe(52)
    expect(values('近五年累计受理行政复议申请240件。').reconsideration_cases).toBeUndefined()
    expect(values('近五年共受理行政复议申请240件。').reconsideration_cases).toBeUndefined()
  })

  it('the share of decisions revoked, changed or found unlawful is the correction rate', () => {
    expect(values('复议决定中撤销、变更和确认违法的比率为9.4%。').reconsideration_correction_pct).toBe(9.4)
  })
})

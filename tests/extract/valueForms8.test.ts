/**
 * Value forms of the values8 round, each on sentences written for this test (never a corpus
 * sentence): cases dealt with versus penalties (the corpus README's ruling), and the look-alikes
 * the p-* openings showed.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf as values } from './seeds'

const value = (text: string, indicator: string): number | undefined => values(text)[indicator]?.[0]

describe('cases dealt with are enforcement cases; only penalties are penalty cases', () => {
  it('reads 查处/查办…违法案件 as enforcement cases, never as penalties', () => {
    for (const t of ['全年查处各类违法案件58件。', '本局共查办违法案件58起，结案54起。', '全年查处各类案件58件。']) {
      expect(value(t, 'enforcement_cases')).toBe(58)
      expect(value(t, 'penalty_cases')).toBeUndefined()
    }
  })

  it('gives each indicator its own figure when both are stated', () => {
    const t = '全年立案查处违法案件58件，其中作出行政处罚决定41件。'
    expect(value(t, 'enforcement_cases')).toBe(58)
    expect(value(t, 'penalty_cases')).toBe(41)
  })
})

describe('study meetings counted with party meetings are routine meetings', () => {
  it('drops a study-meeting count listed with party meetings', () => {
    const t = '把习近平法治思想列为学习重点，全年召开中心组学习会9次、党组会议24次。'
    expect(value(t, 'training_sessions')).toBeUndefined()
  })

  it('keeps a law study stated in a clause of its own', () => {
    expect(value('全年召开党组会议24次，组织中心组专题学法5次。', 'training_sessions')).toBe(5)
  })
})

describe('a plan named as a noun governs nothing after it', () => {
  it('keeps a count after a meeting that discussed a work plan', () => {
    const t = '年中召开专题会议研究普法工作计划和年度总结，组织中心组专题学法3次。'
    expect(value(t, 'training_sessions')).toBe(3)
  })

  it('still drops what a plan verb governs', () => {
    expect(value('下一步计划组织中心组专题学法3次。', 'training_sessions')).toBeUndefined()
  })
})

describe('showings on screens are not publicity events', () => {
  it('drops a count of slogans played on screens, keeps the events beside it', () => {
    const t = '在商圈电子显示屏滚动播放法治标语2600余次，开展普法宣传活动12场。'
    expect(value(t, 'legal_publicity_events')).toBe(12)
  })
})

describe('questions and hotline calls are not approvals', () => {
  it('drops questions received online in a sentence that names permits', () => {
    const t = '公开行政许可信息820条，受理网上问政516件、热线来电903件。'
    expect(value(t, 'approvals_handled')).toBeUndefined()
  })
})

describe('reductions stated as a respectively-list', () => {
  it('pairs reduced materials and time limits with their shares', () => {
    const t = '企业开办的申请材料、办理时限分别压减45%、70%。'
    expect(value(t, 'material_reduction_pct')).toBe(45)
    expect(value(t, 'approval_time_compression_pct')).toBe(70)
  })

  it('pairs the materials item of a longer list', () => {
    const t = '开办企业的办理环节、申请材料、跑动次数分别压减30%、45%、80%。'
    expect(value(t, 'material_reduction_pct')).toBe(45)
  })
})

describe('legality review of cases named by their procedure', () => {
  it('reads cases of the ordinary procedure that were reviewed', () => {
    const t = '建立三级审核机制，全年审核普通程序案件27件，简易程序备案9件。'
    expect(value(t, 'legal_review_cases')).toBe(27)
  })
})

describe('training the conventions exclude', () => {
  it('drops trainings on another topic that name no law', () => {
    for (const t of ['全年开展消防安全知识培训6场。', '举办新入职人员岗前培训3期。', '组织业务培训5期，参训210人次。']) {
      expect(value(t, 'training_sessions')).toBeUndefined()
    }
    expect(value('为执法人员开展安全生产法律法规培训6场。', 'training_sessions')).toBe(6)
  })

  it('drops an item of an attended list that names a host above the agency', () => {
    const t = '组织干部参加国家局视频培训会3次、省厅培训2次、上级部门培训1次。'
    expect(value(t, 'training_sessions')).toBeUndefined()
    expect(value('组织全局干部职工开展法治培训2次。', 'training_sessions')).toBe(2)
  })

  it('drops a training a chosen few were sent to, keeps one the staff were organised for', () => {
    expect(value('局里组织相关人员参加行政执法培训4场。', 'training_sessions')).toBeUndefined()
    expect(value('组织干部职工参加学法活动4次。', 'training_sessions')).toBe(4)
  })

  it('drops the training of mediators and of the bodies below the agency', () => {
    const t = '市司法局组织人民调解业务培训310人次，各县（区）培训1500人次。'
    expect(value(t, 'training_participants')).toBeUndefined()
  })

  it('drops what the agency will do next', () => {
    expect(value('下一步，将举办法治培训班3期。', 'training_sessions')).toBeUndefined()
    expect(value('明年将开展法治讲座4场。', 'training_sessions')).toBeUndefined()
  })
})

describe("a legal adviser's service list", () => {
  it("drops lectures counted among a retained adviser's services", () => {
    const t = '另聘请1名律师担任常年法律顾问，全年参与各类法律事务15件次，开展法治讲座3次。'
    expect(value(t, 'training_sessions')).toBeUndefined()
  })

  it('keeps a lecture the agency invited a lawyer to give its staff', () => {
    expect(value('邀请律师为全体干部职工开展法治讲座3次。', 'training_sessions')).toBe(3)
  })
})

describe('audiences and kinds read around a training count', () => {
  it('reads a lecture as publicity when the next clause says the public came', () => {
    const t = '举办法治讲座7场，参加群众460余人次。'
    expect(value(t, 'legal_publicity_events')).toBe(7)
    expect(value(t, 'training_sessions')).toBeUndefined()
  })

  it('drops the participants of a training given to firms in the clause before', () => {
    expect(value('为辖区企业员工开展法治培训9场，培训650人次。', 'training_participants')).toBeUndefined()
  })

  it('drops a count that joins law lectures with another kind of training', () => {
    const t = '年内举办法治讲座和业务培训45场次。'
    expect(value(t, 'training_sessions')).toBeUndefined()
    expect(value('组织法律法规专题业务培训8次。', 'training_sessions')).toBe(8)
  })
})

describe('totals of all levels and parts of one level', () => {
  it('drops a correction rate of the review bodies of all levels', () => {
    expect(value('各级复议机关全年纠正违法行政行为1.2万件，纠错率为11.5%。', 'reconsideration_correction_pct')).toBeUndefined()
    expect(value('全年作出纠错决定31件，纠错率为11.5%。', 'reconsideration_correction_pct')).toBe(11.5)
  })

  it('drops disputes resolved at one level of a breakdown', () => {
    expect(value('成功调解村级纠纷64件、镇级纠纷21件。', 'disputes_resolved')).toBeUndefined()
  })
})

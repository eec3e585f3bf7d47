/**
 * Distractor forms of the distract round (issue 11), each on sentences written for this test (never a
 * corpus sentence), several wordings per form, with near misses the rule must leave as they were.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf as values } from './seeds'

const value = (text: string, indicator: string): number | undefined => values(text)[indicator]?.[0]

describe('a named organ’s own part of a total of the bodies of all levels', () => {
  it('其中由X办理/承办/直接查办的… is the author’s count, not the area’s total', () => {
    expect(value('2023年全省各级行政复议机构共收到复议申请8600件，同比增长12%；其中由省司法厅办理的省政府复议案件为310件。',
      'reconsideration_cases')).toBe(310)
    expect(value('2022年全市各级复议机关新收复议案件2400件，审结2100件，其中由市司法局办理的复议案件420件。',
      'reconsideration_cases')).toBe(420)
    expect(value('2021年全国各级应急管理部门立案查处违法案件12.6万件，其中由应急管理部直接查办的违法案件48件。',
      'enforcement_cases')).toBe(48)
    expect(value('2023年全省各级市场监管部门共查处违法案件2.3万件，其中由省市场监管局直接办理的案件36件。',
      'enforcement_cases')).toBe(36)
  })

  it('a part with no term of its own after the total (…，其中由区司法局调解成功的45件) is the count too', () => {
    expect(value('2022年全区各级人民调解组织共调解成功矛盾纠纷3120件，其中由区司法局调解成功的45件。', 'disputes_resolved')).toBe(45)
    expect(value('2023年全市各级行政机关共收到政府信息公开申请1860件，其中由市政府办公室受理的申请240件。',
      'info_disclosure_requests')).toBe(240)
  })

  it('a part by kind, by subject matter or done by police or courts stays a part: the total is kept', () => {
    expect(value('2023年全省各级复议机关收案9800件，其中涉及征地拆迁的2100件。', 'reconsideration_cases')).toBe(9800)
    expect(value('2023年全县行政执法部门共查处违法案件1260件，其中简易程序案件320件。', 'enforcement_cases')).toBe(1260)
    expect(value('2023年全市各级行政执法部门共查处违法案件5400件，其中由公安局查处的案件900件。', 'enforcement_cases')).toBe(5400)
    expect(value('2022年全市各级复议机关新收复议案件2400件，其中市政府复议案件420件。', 'reconsideration_cases')).toBe(2400)
  })

  it('a 由X办理的 part of the author’s own total (no area of all levels) is not read in its place', () => {
    expect(value('2023年本局共查处违法案件156件，其中由稽查支队办理的案件40件。', 'enforcement_cases')).toBe(156)
  })
})

describe('the author’s own part in the clause after an area’s or a system’s total, with no 其中', () => {
  it('本机关/本局/本厅/省局本级 + verb + figure is the author’s count', () => {
    expect(value('2023年全市各级行政机关共办理政府信息公开申请2300件，本机关办理156件。', 'info_disclosure_requests')).toBe(156)
    expect(value('2023年全县各乡镇、各部门合计开展法治宣传活动320场，本局开展28场。', 'legal_publicity_events')).toBe(28)
    expect(value('2023年全省应急管理系统共查处违法案件8600件，本厅直接查处案件52件。', 'enforcement_cases')).toBe(52)
    expect(value('2023年全省市场监管系统共办理行政处罚案件3.2万件，省局本级办理87件。', 'penalty_cases')).toBe(87)
  })

  it('after the author’s own total (no area named) the next clause is another stage, not a part read in its place', () => {
    expect(value('2023年全年受理复议申请52件，本局办结48件。', 'reconsideration_cases')).toBe(52)
  })
})

describe('what was done during a campaign shorter than the year (…为期两个月…，期间…)', () => {
  it('a 期间 clause after a short span named in its paragraph counts the campaign’s part, not the year’s', () => {
    expect(value('2024年10月8日至12月底，全镇开展为期三个月的矛盾纠纷排查化解行动。截至11月30日，共化解矛盾纠纷41件，期间开展法治宣传5次。',
      'legal_publicity_events')).toBeUndefined()
    expect(value('2023年4月至6月，局里开展了为期两个月的安全生产执法检查百日行动，活动期间组织法治宣传4场，检查企业86家。',
      'legal_publicity_events')).toBeUndefined()
    expect(value('2023年7月至8月，本局开展“护苗”专项执法行动，在此期间查处违法案件9件。', 'enforcement_cases')).toBeUndefined()
    expect(value('2023年本局在春节前开展为期10天的安全大检查，其间查处违法案件7件。', 'enforcement_cases')).toBeUndefined()
  })

  it('the year’s own figure after the campaign’s clause is still read', () => {
    expect(value('2023年本局在春节前开展为期10天的安全大检查，其间查处违法案件7件；全年共开展法治宣传20场。',
      'legal_publicity_events')).toBe(20)
    expect(value('2023年7月至8月，本局开展为期一个月的专项执法行动，期间查处违法案件9件。全年查处违法案件86件。',
      'enforcement_cases')).toBe(86)
  })

  it('期间 after the whole year, or with no span before it, is the year', () => {
    expect(value('2023年，本局开展法治宣传活动32场。期间还组织执法人员法治培训3期。', 'training_sessions')).toBe(3)
    expect(value('2023年1月至12月，本局开展法治宣传活动32场，期间组织执法人员法治培训3期。', 'training_sessions')).toBe(3)
    expect(value('2023年全年开展法治宣传活动25场，期间发放宣传资料3000余份。', 'legal_publicity_events')).toBe(25)
  })
})

describe('several bodies counted as one subject, and the results of a joint action', () => {
  it('N部门/N家 合计/共… is their sum, not the author’s', () => {
    expect(value('2023年全市公安、交通、城管三部门合计查处违法案件4300件。', 'enforcement_cases')).toBeUndefined()
    expect(value('2023年，县复议局、县法院两家共收案72件。', 'reconsideration_cases')).toBeUndefined()
    expect(value('2023年，县法院、县检察院、县司法局三家单位合计开展法治宣传活动26场。', 'legal_publicity_events')).toBeUndefined()
  })

  it('the author’s own sub-units adding up, or the author’s own total beside a joint action, stay the author’s', () => {
    expect(value('2023年本局3个执法中队共查处违法案件96件。', 'enforcement_cases')).toBe(96)
    expect(value('2023年本局共查处违法案件86件，与公安部门两家联合开展执法检查9次。', 'enforcement_cases')).toBe(86)
  })

  it('what an action taken 联合 other bodies found is theirs too (as with 会同)', () => {
    expect(value('2023年，本局联合公安、市场监管等部门开展联合执法行动12次，查处违法案件17件。', 'enforcement_cases')).toBeUndefined()
    expect(value('2023年，本局联合市场监管局开展食品安全执法行动，立案查处违法案件23件。', 'enforcement_cases')).toBeUndefined()
  })

  it('a joint inspection the author counts as its own kind, and training held with others, stay its own', () => {
    expect(value('2023年本局开展联合执法检查15次。', 'enforcement_inspections')).toBe(15)
    expect(value('2023年本局联合县司法局举办法治培训3期。', 'training_sessions')).toBe(3)
  })
})

describe('people counted before an event someone else held (N人次参加上级组织的…培训)', () => {
  it('are attendees of another’s training, not participants of the author’s own', () => {
    expect(value('2023年本局共有20人次参加上级组织的法治培训。', 'training_participants')).toBeUndefined()
    expect(value('2023年局机关有35名干部参加了市司法局举办的法治专题讲座。', 'training_participants')).toBeUndefined()
  })

  it('people taking part in the author’s own training, or one the author organised them for, are its participants', () => {
    expect(value('2023年本局组织法治培训4期，共有260人次参加。', 'training_participants')).toBe(260)
    expect(value('2023年本局组织全体干部职工120人参加法治培训。', 'training_participants')).toBe(120)
    // (another's training in a later clause does not take the author's participants with it)
    expect(value('2023年本局举办法治讲座3场，180人参加，并参加上级组织的培训2次。', 'training_participants')).toBe(180)
  })
})

describe('a term inside a longer word of another measure (议案 in 复议案件)', () => {
  it('reconsideration cases are no proposals, even beside a proposals count or a 委员会', () => {
    const t = '2023年本局受理行政复议案件15件，全年接待群众来访来信共150件，办理人大建议12件。'
    expect(value(t, 'reconsideration_cases')).toBe(15)
    expect(value(t, 'proposals_handled')).toBe(12)
    expect(value('2023年本局受理复议案件45件，其中由复议委员会审理的12件。', 'proposals_handled')).toBeUndefined()
    expect(value('2023年本局办理人大代表议案3件、政协提案9件。', 'proposals_handled')).toBe(12)
  })
})

describe('forms already read, kept as they are (participation, several bodies, another measure)', () => {
  it('a count the agency only took part in is not its own', () => {
    expect(value('2023年本局派员参加省厅组织的联合执法检查6次。', 'enforcement_inspections')).toBeUndefined()
    expect(value('2023年本局抽调执法人员参加市局牵头的专项检查9次。', 'enforcement_inspections')).toBeUndefined()
    expect(value('2023年本局应邀参与市里的普法宣传活动7场。', 'legal_publicity_events')).toBeUndefined()
  })

  it('a total of several bodies added up is not the author’s', () => {
    expect(value('2023年复议机关与人民法院合计办理行政争议案件260件。', 'reconsideration_cases')).toBeUndefined()
  })

  it('a yearly total of another measure with the same measure word is not the indicator', () => {
    const t = '2023年本局共组织法治培训4期，培训执法人员260人次；全年还接待来访群众320人次。'
    expect(value(t, 'training_participants')).toBe(260)
    expect(value('2023年本镇开展法治培训6场次，全年累计接待群众来访来电450人次。', 'training_participants')).toBeUndefined()
    expect(value('2023年全局办理行政许可事项560件，全年接听咨询电话3200件。', 'approvals_handled')).toBe(560)
  })
})

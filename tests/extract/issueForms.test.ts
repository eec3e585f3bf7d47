/**
 * The failure forms issue 11 lists for hidden reports, and the forms generalised from the corpus's
 * errors, each on a sentence written for this test (its own wording, never the or a corpus
 * item's): what each form must yield, and what it must not.
 */
import { describe, expect, it } from 'vitest'
import { extractText as run, valuesOf as values } from './seeds'

const value = (text: string, indicator: string): number | undefined => values(text)[indicator]?.[0]
const BODY = '\n一、主要做法\n全年开展执法检查31次。\n'
const meta = (text: string) => run(text + BODY).meta

describe('agency forms of hidden reports', () => {
  it('reads town and street-office titles', () => {
    expect(meta('柳溪镇2023年度法治政府建设工作报告')).toMatchObject({ agency: '柳溪镇人民政府', sector: '乡镇政府', year: 2023 })
    expect(meta('北关街道办事处关于2024年法治政府建设情况的报告')).toMatchObject({ agency: '北关街道办事处', sector: '街道' })
  })

  it('reads a 发布机构 page line when the title has no author', () => {
    expect(meta('发布机构：常德市水利局  发布时间：2024-01-30\n2023年法治政府建设年度报告'))
      .toMatchObject({ agency: '常德市水利局', agency_source: 'publisher' })
  })

  it('never takes a fragment ending in 厅/中心/委员会 as the agency', () => {
    expect(meta('法治政府建设情况报告\n本年度选送9名干部到省自然资源厅跟班学习,新建村级调解中心4个,并向县委员会汇报。'))
      .toMatchObject({ agency: null, agency_source: 'unknown' })
  })

  it('never takes the addressee line as the author, and expands an abbreviation with the county-level city it names', () => {
    expect(meta('关于2023年法治政府建设情况的报告\n海阳市委、海阳市人民政府：')).toMatchObject({ agency: null, agency_source: 'unknown' })
    expect(meta('市市场监管局2023年法治政府建设情况报告\n海阳市委、海阳市人民政府：'))
      .toMatchObject({ agency: '海阳市市场监督管理局', region: '海阳市', sector: '市场监管' })
  })

  it('resolves a joint letterhead to the government, and a department\'s party group to the department', () => {
    expect(meta('中共石门镇委员会  石门镇人民政府\n关于2022年度法治政府建设工作情况的报告')).toMatchObject({ agency: '石门镇人民政府' })
    expect(meta('中共常德市鼎城区民政局党组关于2024年度法治政府建设情况的报告'))
      .toMatchObject({ agency: '鼎城区民政局', region: '常德市鼎城区' })
  })

  it('names a ministry, and expands an abbreviation to the longer name the text writes', () => {
    expect(meta('生态环境部2022年法治政府建设年度报告')).toMatchObject({ agency: '生态环境部', agency_source: 'title' })
    expect(meta('2023年,市政务服务局持续推进依法行政。\n本报告由常德市政务服务管理局编制。'))
      .toMatchObject({ agency: '常德市政务服务管理局' })
  })
})

describe('value forms of hidden reports', () => {
  it('reads the term before the number with filler, and a long list between the verb and its term', () => {
    expect(values('举办行政执法业务轮训,参训人员累计540余人次。').training_participants).toEqual([540, 'approx'])
    expect(value('全年办理不动产登记、税费缴纳、公积金提取、户籍迁入等业务共4120件。', 'approvals_handled')).toBe(4120)
    expect(value('依法实施采矿、取水等行政许可共63件。', 'approvals_handled')).toBe(63)
  })

  it('reads lenient-case wording and the number before the offence it waives', () => {
    expect(values('对轻微违法行为落实首违不罚、提醒不罚共40余件。').lenient_cases).toEqual([40, 'approx'])
    expect(value('对62个初次轻微违法行为依法不予行政处罚。', 'lenient_cases')).toBe(62)
  })

  it('takes who holds a certificate, not who should, and reads 超 as a lower bound', () => {
    expect(values('全局应持证人员61人,已持证60人。').certified_officers).toEqual([60, 'exact'])
    expect(values('领导干部年均学法超过48学时。').training_hours_per_person).toEqual([48, 'at_least'])
  })

  it('reads Chinese decimals and Chinese counts inside a sentence', () => {
    expect(value('年内化解各类纠纷二十一点三万宗。', 'disputes_resolved')).toBe(213000)
    expect(value('调解成功率为百分之九十二点五。', 'mediation_success_pct')).toBe(92.5)
    expect(value('局里全年查处违法案件二十七件,均已结案。', 'enforcement_cases')).toBe(27)
  })

  it('reads "not one led to" as none, but not a negation limited to one cause', () => {
    expect(value('办理的投诉件没有一件引起行政复议。', 'reconsideration_cases')).toBe(0)
    expect(value('全年未有一件行政诉讼案件。', 'litigation_cases')).toBe(0)
    expect(value('全年没有因政府信息公开引起行政诉讼。', 'litigation_cases')).toBeUndefined()
  })

  it('takes the new value of a change whose old value is a Chinese numeral', () => {
    expect(value('即办件比例由三成提高到56%。', 'immediate_processing_pct')).toBe(56)
  })
})

describe('distractors of hidden reports', () => {
  it('does not count what the agency only took part in', () => {
    expect(value('协助市生态环境局开展执法检查11次。', 'enforcement_inspections')).toBeUndefined()
    expect(value('选派16名执法人员参加省交通运输厅举办的执法培训。', 'training_participants')).toBeUndefined()
    expect(value('全局23名干部赴浙江大学参加法治专题培训。', 'training_participants')).toBeUndefined()
  })

  it('does not take a total over several bodies', () => {
    expect(value('合计全区行政机关、法院和检察院受理信访事项215件。', 'petitions_handled')).toBeUndefined()
  })

  it('does not take a yearly total of another measure with the same measure word', () => {
    expect(value('全年作出行政处罚决定19件,另接收群众举报线索380件。', 'penalty_cases')).toBe(19)
  })
})

describe('forms generalised from the corpus', () => {
  it('treats figures in a （含…） aside and in a colon breakdown as parts of the stated total', () => {
    expect(values('共办理人大代表建议86件（含协办建议12件）。').proposals_handled).toEqual([86, 'exact'])
    expect(value('共承办人大代表建议和政协提案40件的办理任务：代表建议18件,政协提案22件。', 'proposals_handled')).toBe(40)
  })

  it('does not read a category among others as the category\'s indicator', () => {
    expect(value('受理的复议案件中,行政处罚类9件,行政强制类2件。', 'penalty_cases')).toBeUndefined()
  })

  it('reads the noun after a figure as what it counts', () => {
    expect(value('年内对12件规范性文件、35件重大决策事项开展合法性审查。', 'normative_docs_reviewed')).toBe(12)
    expect(value('举办法治培训,选送3期业务骨干研修班。', 'training_sessions')).toBeUndefined()
  })

  it('does not count meetings as training, nor general study with no law in the sentence', () => {
    expect(value('全年召开党组理论学习中心组会议30次,组织执法培训4次。', 'training_sessions')).toBe(4)
    expect(value('全年开展“第一议题”学习36次、读书班1次。', 'training_sessions')).toBeUndefined()
    expect(value('全年开展法治专题学习9次。', 'training_sessions')).toBe(9)
  })

  it('adds up parallel study items of one period, across a semicolon', () => {
    expect(values('领导班子专题学法6次;组织机关干部法治培训3期。').training_sessions).toEqual([9, 'derived'])
  })

  it('does not read a plan named in a title or as an object as an obligation', () => {
    expect(value('把宪法列入《2023年度中心组学习计划》,中心组全年集中学习宪法和民法典7次。', 'training_sessions')).toBe(7)
  })
})

describe('more forms generalised from the corpus', () => {
  it('does not read a numeral that opens a quoted slogan as a count', () => {
    expect(value('全镇落实人民调解“三个到位”和“两个零发生”。', 'disputes_resolved')).toBeUndefined()
  })

  it('does not read mediation as a way of closing cases as disputes resolved', () => {
    expect(value('复议案件中以调解方式结案14件。', 'disputes_resolved')).toBeUndefined()
  })

  it('adds an invited lecture to the law study the agency holds (corpus README, Training)', () => {
    expect(value('区政府常务会议全年集体学法6次,邀请专家授课2次。', 'training_sessions')).toBe(8)
  })
})

describe('bounds written with 逾 and 不足', () => {
  it('reads 逾 as a lower bound and 不足 as an upper one', () => {
    expect(values('全年受理群众来信来访逾300件。').petitions_handled).toEqual([300, 'at_least'])
    expect(values('全年化解矛盾纠纷不足40件。').disputes_resolved).toEqual([40, 'at_most'])
  })
})

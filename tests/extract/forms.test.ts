/**
 * The seven indicators added to the catalogue and the value forms of issue 11, each on sentences
 * written for this test (never a corpus sentence): what each must yield, and what it must not.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

function values(text: string): Record<string, number> {
  const r = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
  return Object.fromEntries(r.observations.map((o) => [o.indicator_id, o.value]))
}

describe('the indicators added to the catalogue', () => {
  it.each([
    ['全年行政复议纠错率为6.5%。', 'reconsideration_correction_pct', 6.5],
    ['行政机关负责人出庭应诉率达到100%。', 'head_appearance_pct', 100],
    ['行政诉讼案件败诉3件。', 'litigation_lost_cases', 3],
    ['全年无败诉案件。', 'litigation_lost_cases', 0],
    ['向区司法局报送备案规范性文件9件。', 'normative_docs_filed', 9],
    ['新制定规范性文件2件,均已报市司法局备案。', 'normative_docs_filed', 2],
    ['全年共作出重大行政决策7项。', 'major_decisions', 7],
    ['开展“送法进社区”普法活动36场次。', 'legal_publicity_events', 36],
    ['举办法治宣传活动十五次。', 'legal_publicity_events', 15],
    ['全年受理政府信息公开申请64件。', 'info_disclosure_requests', 64],
    ['办理依申请公开事项12项。', 'info_disclosure_requests', 12],
    ['全年未收到政府信息公开申请。', 'info_disclosure_requests', 0],
  ])('%s → %s = %d', (text, indicator, value) => {
    expect(values(text)[indicator]).toBe(value)
  })

  it.each([
    ['主动公开政府信息1200条。', 'info_disclosure_requests'],
    ['合法性审核重大行政决策3项。', 'major_decisions'],
    ['发放普法宣传资料3000份。', 'legal_publicity_events'],
    ['全区行政诉讼败诉率为2%。', 'litigation_lost_cases'],
  ])('%s gives no %s', (text, indicator) => {
    expect(values(text)[indicator]).toBeUndefined()
  })
})

describe('value forms', () => {
  it('reads Chinese decimals, with 万 and 百分之', () => {
    expect(values('全年罚没款九点五万元。').fines_yuan).toBe(95000)
    expect(values('调解成功率为百分之九十六点五。').mediation_success_pct).toBe(96.5)
  })

  it('does not read a negation limited to one cause as none at all', () => {
    expect(values('全年没有因信息公开引发行政复议。').reconsideration_cases).toBeUndefined()
    expect(values('全年没有发生行政复议案件。').reconsideration_cases).toBe(0)
  })

  it('tells a resolution rate from a mediation success rate, and administrative disputes from civil ones', () => {
    expect(values('矛盾纠纷化解率为91%,调解成功率为97%。').mediation_success_pct).toBe(97)
    expect(values('全年化解矛盾纠纷320件。').disputes_resolved).toBe(320)
    expect(values('化解行政争议57件。').disputes_resolved).toBeUndefined()
  })

  it('tells the share that can be handled online from the share handled fully online', () => {
    expect(values('网上可办率为99%,全程网办率为71%。').online_processing_pct).toBe(71)
  })

  it('reads the term after the figure, and the number before the verb', () => {
    expect(values('交办的56件建议提案已全部办结。').proposals_handled).toBe(56)
    expect(values('全局执法人员31名,均持有执法证。').certified_officers).toBe(31)
    expect(values('先后9次组织学习民法典。').training_sessions).toBe(9)
  })

  it('reads a term before the number with filler between', () => {
    expect(values('举办法治专题培训,参加人员累计370余人次。').training_participants).toBe(370)
  })

  it('adds up the outcomes of a review when no total is stated, and not when it is', () => {
    expect(values('经清理,保留规范性文件21件、废止5件。').normative_docs_reviewed).toBe(26)
    expect(values('清理规范性文件40件,保留35件,废止5件。').normative_docs_reviewed).toBe(40)
  })

  it('counts reviewed normative documents, not issued ones or other documents', () => {
    expect(values('全年印发规范性文件4件。').normative_docs_reviewed).toBeUndefined()
    expect(values('审查重要合同和法律文件9份。').normative_docs_reviewed).toBeUndefined()
    expect(values('全年审查规范性文件14件。').normative_docs_reviewed).toBe(14)
  })
})

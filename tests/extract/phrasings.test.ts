/**
 * Phrasings other agencies use for the same figures, written for this test (not taken from
 * the bundled reports): each sentence must yield exactly the listed indicators and values.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

const cases: [string, Record<string, number | undefined>][] = [
  ['全年共办理行政许可事项1.2万件。', { approvals_handled: 12000 }],
  ['平均审批时限压缩70%以上,全程网办率达95%,即办件占比达60%。', { approval_time_compression_pct: 70, online_processing_pct: 95, immediate_processing_pct: 60 }],
  ['“一网通办”率达98.5%。', { online_processing_pct: 98.5 }],
  ['全年共立案查处各类违法案件356件,结案342件,罚没款合计856.3万元。', { enforcement_cases: 356, fines_yuan: 8563000 }],
  ['全年作出行政处罚决定128件,适用“首违不罚”清单办理案件23件。', { penalty_cases: 128, lenient_cases: 23 }],
  ['排查整改安全隐患1200余处。', { hazards_rectified: 1200 }],
  ['全年共收到行政复议申请15件,行政应诉案件8件。', { reconsideration_cases: 15, litigation_cases: 8 }],
  ['全年共排查矛盾纠纷2356件,调解成功2301件,调解成功率97.7%。', { disputes_identified: 2356, disputes_resolved: 2301, mediation_success_pct: 97.7 }],
  ['受理信访事项86件,办结率100%。', { petitions_handled: 86 }],
  ['举办法治培训班5期,培训干部600余人次。', { training_sessions: 5, training_participants: 600 }],
  ['全局186名执法人员全部持证上岗。', { certified_officers: 186 }],
  ['办理人大代表建议和政协委员提案共45件,办结率100%。', { proposals_handled: 45 }],
  ['办理人大代表建议15件、政协委员提案20件。', { proposals_handled: 35 }],
  ['清理规范性文件36件,废止5件,修改3件。', { normative_docs_reviewed: 36 }],
  ['法制审核重大执法决定32件。', { legal_review_cases: 32 }],
  ['年度法治培训累计参训人员达1500人次,人均学法时长达到45学时。', { training_participants: 1500, training_hours_per_person: 45 }],
  ['调解各类纠纷1,234件,成功率98%。', { disputes_resolved: 1234, mediation_success_pct: 98 }],
  ['全年共开展安全生产执法检查236次,检查企业520家次,下达整改指令书180份。', { enforcement_inspections: 236 }],
  ['行政机关负责人出庭应诉率100%,行政诉讼案件败诉0件。', { litigation_cases: undefined, head_appearance_pct: 100, litigation_lost_cases: 0 }],
  ['全年共受理行政复议案件23件,审结21件,行政诉讼案件11件。', { reconsideration_cases: 23, litigation_cases: 11 }],
  ['实现行政审批事项100%网上办理。', {}],
  ['2023年共接待群众来访126批次。', { petitions_handled: 126 }],
  ['共审查规范性文件12件,提出修改意见30条。', { normative_docs_reviewed: 12 }],
  ['开展“法律进企业”活动20场,发放宣传资料5000余份。', { legal_publicity_events: 20 }],
  ['全年共办结行政处罚案件1,024件,罚款金额共计326.5万元,其中适用简易程序86件。', { penalty_cases: 1024, fines_yuan: 3265000 }],
  ['对357宗轻微违法行为依法不予处罚。', { lenient_cases: 357 }],
  ['开展“双随机、一公开”抽查1,200户次。', { enforcement_inspections: 1200 }],
  // (a legality review of decisions is a legal review, as 对…决策…合法性审查 is: corpus README, oversight and approval forms 46)
  ['合法性审核重大行政决策3项、合同86份。', { legal_review_cases: 3 }],
  ['组织重大执法决定法制审核86件。', { legal_review_cases: 86 }],
  ['全区186名执法人员均持证上岗,人均参加学法培训40学时以上。', { certified_officers: 186, training_hours_per_person: 40 }],
  // Received, accepted and concluded: the indicator counts the accepted (受理) cases.
  ['全年共收到行政复议申请68件,受理59件,审结55件,纠错率12.7%;办理行政应诉案件23件。', { reconsideration_cases: 59, litigation_cases: 23, reconsideration_correction_pct: 12.7 }],
  // Parallel study items of one sentence add up (the corpus convention: 讲座2场、培训3次 → 5).
  ['全年组织机关干部会前学法十二次,开展法治讲座两场,参学人员三百余人次。', { training_sessions: 14, training_participants: 300 }],
  ['整改各类安全隐患１，０２３处,调解成功率达９７．０３％。', { hazards_rectified: 1023, mediation_success_pct: 97.03 }],
  ['街道全年无行政复议、行政诉讼案件发生。', { reconsideration_cases: 0, litigation_cases: 0 }],
]
describe('phrasings beyond the seeds', () => {
  it.each(cases)('%s', (text, want) => {
    const r = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
    const got = Object.fromEntries(r.observations.map((o) => [o.indicator_id, o.value]))
    const expected = Object.fromEntries(Object.entries(want).filter(([, v]) => v !== undefined))
    expect(got).toEqual(expected)
  })
})

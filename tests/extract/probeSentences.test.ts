/**
 * The probe matrix's combined sentences (issue 11, valforms15): several indicators in one sentence, 分别-lists
 * pairing kinds with figures, stages of one procedure (收到/受理/审结, 维持/撤销, 纠错率), a change beside or before the
 * level (同比分别下降…, 较上年增加N，达M, 由上年的二十九件增加到三十四件), should-hold against holds, a 合法性审查 list
 * of several kinds, documents filed named only by 备案 after a documents clause, and other wordings of each value. Invented sentences; each expects
 * every listed (indicator, value, qualifier), and a bare 备案 with no normative document in its sentence is no filing.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const SENTENCES: [string, Record<string, [number, string] | undefined>][] = [
  ['2023年，受理行政复议、行政诉讼案件分别为5件、3件。', { reconsideration_cases: [5, 'exact'], litigation_cases: [3, 'exact'] }],
  ['2023年，本局行政复议和行政诉讼案件分别为五件和三件。', { reconsideration_cases: [5, 'exact'], litigation_cases: [3, 'exact'] }],
  ['2023年，办理行政复议案件、行政应诉案件分别为12件、7件，同比分别下降20%、12.5%。', { reconsideration_cases: [12, 'exact'], litigation_cases: [7, 'exact'] }],
  ['2023年，查处违法案件、作出行政处罚分别为41件、34件。', { enforcement_cases: [41, 'exact'], penalty_cases: [34, 'exact'] }],
  ['2023年，开展执法检查236次，查处违法案件41件，罚没款12.5万元。', { enforcement_inspections: [236, 'exact'], enforcement_cases: [41, 'exact'], fines_yuan: [125000, 'exact'] }],
  ['2023年，开展法治培训12期、参训干部职工860人次。', { training_sessions: [12, 'exact'], training_participants: [860, 'exact'] }],
  ['2023年，行政复议纠错率、负责人出庭应诉率分别为8.3%和100%。', { reconsideration_correction_pct: [8.3, 'exact'], head_appearance_pct: [100, 'exact'] }],
  ['2023年，审查规范性文件34件，报送备案12件。', { normative_docs_reviewed: [34, 'exact'], normative_docs_filed: [12, 'exact'] }],
  ['2023年，规范性文件审查、备案分别为34件和12件。', { normative_docs_reviewed: [34, 'exact'], normative_docs_filed: [12, 'exact'] }],
  ['2023年，全年收到行政复议申请15件，受理12件，审结11件，其中维持8件、撤销2件、确认违法1件，纠错率27.3%。', { reconsideration_cases: [12, 'exact'], reconsideration_correction_pct: [27.3, 'exact'] }],
  ['2023年，共发生行政诉讼案件9件，其中败诉1件，行政机关负责人出庭应诉9件次，出庭应诉率100%。', { litigation_cases: [9, 'exact'], litigation_lost_cases: [1, 'exact'], head_appearance_pct: [100, 'exact'] }],
  ['2023年，组织旁听庭审2次，开展会前学法12次。', { training_sessions: [12, 'exact'] }],
  ['2023年，局机关干部参加法律知识考试，参考率100%，合格率98.5%，人均学法52学时。', { training_hours_per_person: [52, 'exact'] }],
  ['2023年，全局134名执法人员均持有行政执法证。', { certified_officers: [134, 'exact'] }],
  ['2023年，应持证执法人员84人，实际持证83人，持证率98.8%。', { certified_officers: [83, 'exact'] }],
  ['2023年，共办理人大代表建议21件、政协委员提案13件，办结率100%。', { proposals_handled: [34, 'derived'] }],
  ['2023年，合法性审查重大行政决策5项、行政规范性文件34件、合同协议60份。', { normative_docs_reviewed: [34, 'exact'] }],
  ['2023年，对全县各乡镇报送的34件规范性文件进行备案审查。', { normative_docs_filed: [34, 'exact'] }],
  ['2023年，罚没金额较上年增加2.5万元，达12.5万元。', { fines_yuan: [125000, 'exact'] }],
  ['2023年，行政处罚案件由上年的二十九件增加到三十四件。', { penalty_cases: [34, 'exact'] }],
  // Other wordings: a bare verb after its documents' clause, 件次 as a measure word, 免罚, 首长, nominal and 的-forms.
  ['2023年，规范性文件合法性审核率100%，共审核34件。', { normative_docs_reviewed: [34, 'exact'] }],
  ['2023年，前置审核规范性文件草案34件。', { normative_docs_reviewed: [34, 'exact'] }],
  ['2023年，累计清理规范性文件56件，其中保留40件、修改10件、废止6件。', { normative_docs_reviewed: [56, 'exact'] }],
  ['2023年，对现行有效的56件规范性文件进行全面清理。', { normative_docs_reviewed: [56, 'exact'] }],
  ['2023年，审查各类规范性文件送审稿34件。', { normative_docs_reviewed: [34, 'exact'] }],
  ['2023年，开展法制审核34件次。', { legal_review_cases: [34, 'exact'] }],
  ['2023年，经法制审核的行政处罚案件34件。', { legal_review_cases: [34, 'exact'] }],
  ['2023年，法制机构审核执法案件34件。', { legal_review_cases: [34, 'exact'] }],
  ['2023年，承办省人大代表建议5件、省政协提案7件。', { proposals_handled: [12, 'derived'] }],
  ['2023年，办理人大代表建议和政协提案共计34件，办复率、满意率均为100%。', { proposals_handled: [34, 'exact'] }],
  ['2023年，共承办市十七届人大三次会议代表建议21件。', { proposals_handled: [21, 'exact'] }],
  ['2023年，受理依申请公开政府信息事项34件。', { info_disclosure_requests: [34, 'exact'] }],
  ['2023年，政府信息公开申请量34件。', { info_disclosure_requests: [34, 'exact'] }],
  ['2023年，完成重大行政决策3项。', { major_decisions: [3, 'exact'] }],
  ['2023年，举办各类法治培训班、专题讲座34场次。', { training_sessions: [34, 'exact'] }],
  ['2023年，组织干部职工参加线上学法，参学率100%，人均学法时长45学时。', { training_hours_per_person: [45, 'exact'] }],
  ['2023年，全年集中学法34次，其中党组理论学习中心组学法4次。', { training_sessions: [34, 'exact'] }],
  ['2023年，新增持证执法人员5名，现有持证执法人员34名。', { certified_officers: [34, 'exact'] }],
  ['2023年，全局执法人员34人全部持证。', { certified_officers: [34, 'exact'] }],
  ['2023年，法治培训覆盖率100%，共培训1200人次。', { training_participants: [1200, 'exact'] }],
  ['2023年，办理行政处罚案件34件，罚没款12.5万元，其中没收违法所得2万元。', { penalty_cases: [34, 'exact'], fines_yuan: [125000, 'exact'] }],
  ['2023年，立案34件，结案32件，结案率94%。', { enforcement_cases: [34, 'exact'] }],
  ['2023年，开展“双随机、一公开”联合抽查34次，抽查市场主体560户。', { enforcement_inspections: [34, 'exact'] }],
  ['2023年，全年累计检查各类经营主体3400余户次。', { enforcement_inspections: [3400, 'approx'] }],
  ['2023年，依法免罚34件。', { lenient_cases: [34, 'exact'] }],
  ['2023年，对34家企业免予处罚。', { lenient_cases: [34, 'exact'] }],
  ['2023年，被申请行政复议34件。', { reconsideration_cases: [34, 'exact'] }],
  ['2023年，行政首长出庭应诉率100%。', { head_appearance_pct: [100, 'exact'] }],
  ['2023年，出庭应诉34件，出庭率达100%。', { head_appearance_pct: [100, 'exact'] }],
  ['2023年，作出罚款处罚34件。', { penalty_cases: [34, 'exact'] }],
  ['2023年，行政诉讼一审败诉2件。', { litigation_lost_cases: [2, 'exact'] }],
  ['2023年，全年行政复议案件直接纠错率为8.3%。', { reconsideration_correction_pct: [8.3, 'exact'] }],
  ['2023年，学法用法考试参考率100%，平均分92.5分，局机关干部年人均学法32学时。', { training_hours_per_person: [32, 'exact'] }],
  ['2023年，组织执法人员旁听庭审3次、参加执法资格考试21人。', { training_sessions: undefined, certified_officers: undefined }],
  ['2023年，执法案件34件，均经法制审核。', { enforcement_cases: [34, 'exact'] }],
  ['2023年，执法检查开展了34次。', { enforcement_inspections: [34, 'exact'] }],
  ['2023年，查处的违法案件达34件。', { enforcement_cases: [34, 'exact'] }],
  ['2023年，受理的行政复议申请为34件。', { reconsideration_cases: [34, 'exact'] }],
  ['2023年，开展的法治培训有34期。', { training_sessions: [34, 'exact'] }],
  // Training in other words: programme names (每月一法, 大讲堂), 研讨, 集体学法, attendances before 参加, 年人均/每人年均, holdings in 的-forms.
  ['2023年，以“线上+线下”方式开展法治培训34期。', { training_sessions: [34, 'exact'] }],
  ['2023年，举办“法治大讲堂”“执法大讲堂”等培训34期。', { training_sessions: [34, 'exact'] }],
  ['2023年，局党组中心组学习研讨习近平法治思想6次。', { training_sessions: [6, 'exact'] }],
  ['2023年，开展“每月一法”学习活动12次。', { training_sessions: [12, 'exact'] }],
  ['2023年，组织全体干部职工集中学习《行政处罚法》等法律法规34次。', { training_sessions: [34, 'exact'] }],
  ['2023年，开展领导干部学法活动34场次。', { training_sessions: [34, 'exact'] }],
  ['2023年，组织执法人员参加线上线下执法培训34期。', { training_sessions: [34, 'exact'] }],
  ['2023年，党组会议专题学法6次。', { training_sessions: [6, 'exact'] }],
  ['2023年，组织法律知识讲座6场、专题培训4期。', { training_sessions: [10, 'derived'] }],
  ['2023年，开展法治培训6次，累计培训300余人次。', { training_sessions: [6, 'exact'] }],
  ['2023年，常务会议会前学法六次。', { training_sessions: [6, 'exact'] }],
  ['2023年，局领导班子集体学法12次。', { training_sessions: [12, 'exact'] }],
  ['2023年，开展执法人员业务知识和法律法规培训34期。', { training_sessions: [34, 'exact'] }],
  ['2023年，组织300余名干部职工参加法治培训。', { training_participants: [300, 'approx'] }],
  ['2023年，开展法治培训6次，累计培训300余人次。', { training_participants: [300, 'approx'] }],
  ['2023年，干部职工共300余人次参加学习。', { training_participants: [300, 'approx'] }],
  ['2023年，组织法治培训6期，培训人数达300余人次。', { training_participants: [300, 'approx'] }],
  ['2023年，法治培训6期，共有300余名执法人员参训。', { training_participants: [300, 'approx'] }],
  ['2023年，年人均学法学时达到50学时。', { training_hours_per_person: [50, 'exact'] }],
  ['2023年，每人年均学法50学时。', { training_hours_per_person: [50, 'exact'] }],
  ['2023年，执法人员年均培训时间不少于60学时，实际人均完成72学时。', { training_hours_per_person: [72, 'exact'] }],
  ['2023年，干部职工在线学法人均时长52.6小时。', { training_hours_per_person: [52.6, 'exact'] }],
  ['2023年，全局干部人均学法时长超过50学时。', { training_hours_per_person: [50, 'at_least'] }],
  ['2023年，执法证件持证人数34人。', { certified_officers: [34, 'exact'] }],
  ['2023年，全局有34名执法人员取得执法证。', { certified_officers: [34, 'exact'] }],
  ['2023年，现有行政执法人员34名，均持有执法证件。', { certified_officers: [34, 'exact'] }],
  ['2023年，全局在岗执法人员中持有执法证的共34人。', { certified_officers: [34, 'exact'] }],
  ['2023年，全局持证率100%，持证人员三十四名。', { certified_officers: [34, 'exact'] }],
  ['2023年，开展“宪法宣传周”“民法典宣传月”等主题宣传活动34场。', { legal_publicity_events: [34, 'exact'] }],
  ['2023年，开展送法下乡活动34次。', { legal_publicity_events: [34, 'exact'] }],
  ['2023年，组织法律进企业、进社区活动34场次。', { legal_publicity_events: [34, 'exact'] }],
  ['2023年，深入街道社区开展普法宣传34场次。', { legal_publicity_events: [34, 'exact'] }],
]

describe('combined sentences of the probe matrix', () => {
  for (const [text, want] of SENTENCES) {
    it(text, () => {
      const got = valuesOf(text)
      expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]))).toEqual(want)
    })
  }

  it('reads no filing from 备案 when its sentence names no normative document', () => {
    expect(valuesOf('2023年，重大行政决策事项报送备案12件。').normative_docs_filed).toBeUndefined()
    expect(valuesOf('2023年，签订合同34份，报送备案12件。').normative_docs_filed).toBeUndefined()
  })
})

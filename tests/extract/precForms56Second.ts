/**
 * Precision forms of round 56, second batch: new wording, by other authors, for the forms ruled after the first run (precForms56.ts,
 * precForms56Training.ts): a directive whose object is bodies by their kind or standing, a level's government as the author's part
 * (also after the total's stages and a ；), a party congress opening a span, the level a count fell or rose to, agreements counted
 * in 份, a fine laid on one party, 违法建设-like kinds as a breakdown, a plan's hours before those done, a study through many forms,
 * kinds of case named by the wrong done. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { BANNER_GOV, CITY_CG, CITY_GOV, CO_EMG, CO_GOV, CO_HLT, CO_JUS, CO_MKT, CO_TR, DIST_GOV, STREET } from './precForms56'

const QW_GOV = head('青苇市人民政府')
const TW_GOV = head('青苇市桐湾区人民政府')
const SQ_GOV = head('石渠县人民政府')
const SQ_NR = head('石渠县自然资源局')
const SQ_FOR = head('石渠县林业局')
const SQ_ZF = head('石渠县综合行政执法局')
const SQ_MKT = head('石渠县市场监督管理局')
const SQ_JUS = head('石渠县司法局')
const SQ_TR = head('石渠县交通运输局')
const SQ_HLT = head('石渠县卫生健康局')
const SQ_EMG = head('石渠县应急管理局')

export const SECOND_56: Probe39[] = [
  // a directive whose object is bodies by their kind or standing
  ['directive: the county\'s departments urged to check', `${SQ_GOV}督促县直各部门开展执法检查1260次。`, {}],
  ['directive: all levels\' enforcement organs urged', `${CITY_GOV}督促全市各级行政执法机关办理行政处罚案件5860件。`, {}],
  ['directive: the district\'s departments guided to lecture', `${DIST_GOV}指导区直各部门举办法治讲座42场。`, {}],
  ['directive: firms urged (its own enforcement)', `${SQ_EMG}督促各类企业整改隐患326项。`, { hazards_rectified: [326, 'exact'] }],
  ['directive: the own study after urging', `${CO_JUS}督促各行政执法部门落实学法制度；局机关全年集中学法12次。`, { training_sessions: [12, 'exact'] }],
  // a level's government as the author's part
  ['level part: a city\'s total, the counties\' part (not its own)', `${QW_GOV}全市共受理政府信息公开申请860件，其中县级政府受理126件。`,
    { info_disclosure_requests: [860, 'exact'] }],
  ['level part: a city\'s 市级政府 part', `${QW_GOV}全市共收到政府信息公开申请860件，其中市级政府收到132件。`, { info_disclosure_requests: [132, 'exact'] }],
  ['level part: a district\'s part after the stages and a ；', `${TW_GOV}全年共受理政府信息公开申请92件，按时答复90件，2件结转下年办理；其中区级政府受理并答复15件。`,
    { info_disclosure_requests: [15, 'exact'] }],
  ['level part: a banner\'s 旗级政府 part', `${BANNER_GOV}全旗共受理政府信息公开申请41件，其中旗级政府受理9件。`, { info_disclosure_requests: [9, 'exact'] }],
  // a party congress opening a span
  ['congress: since the twentieth congress alone', `${CO_MKT}党的二十大以来，共查处各类违法案件620件。`, {}],
  ['congress: a plenum\'s span, then the year\'s', `${CO_GOV}自十九届四中全会以来累计化解矛盾纠纷3600余件，2023年化解矛盾纠纷860件。`, { disputes_resolved: [860, 'exact'] }],
  ['congress: documents made since a congress, cleaned this year', `${SQ_GOV}对党的十八大以来制定的行政规范性文件开展全面清理，共清理文件86件。`,
    { normative_docs_reviewed: [86, 'exact'] }],
  // the level a count fell or rose to
  ['fell to: 减至 after a fall in percent', `${CO_EMG}全年行政处罚案件同比减少18%，减至23件。`, { penalty_cases: [23, 'exact'] }],
  ['fell to: from the year before\'s to 下降到', `${SQ_TR}办理行政处罚案件由2022年的412件下降到356件。`, { penalty_cases: [356, 'exact'] }],
  ['rose to: 增至 after a rise in percent', `${SQ_GOV}全县受理信访事项同比增长15%，增至86件。`, { petitions_handled: [86, 'exact'] }],
  ['fell to: a rate from one level to another', `${CO_GOV}行政复议纠错率由12%下降至5%。`, { reconsideration_correction_pct: [5, 'exact'] }],
  // agreements counted in 份
  ['agreements 份: signed after the disputes mediated', `${STREET}全年调解纠纷326件，签订调解协议318份。`, { disputes_resolved: [318, 'exact'] }],
  ['agreements 份: agreement templates printed', `${SQ_JUS}印制人民调解协议书范本500份。`, {}],
  ['agreements 份: brochures handed out', `${CO_JUS}发放人民调解宣传册1200份。`, {}],
  // a fine laid on one party
  ['one party: a restaurant fined', `${CO_MKT}对该餐饮店处以罚款2000元。`, {}],
  ['one party: an unnamed firm fined', `${CO_EMG}依法对某化工企业罚款8万元。`, {}],
  ['one party: the party fined by a decision', `${SQ_MKT}对当事人作出罚款1万元的行政处罚。`, {}],
  ['one party: the year\'s total, one firm\'s part', `${SQ_MKT}全年罚没款86万元，其中对一家企业罚款20万元。`, { fines_yuan: [860000, 'exact'] }],
  ['one party: firms fined together (a total)', `${CO_EMG}对违法企业共处罚款126万元。`, { fines_yuan: [1260000, 'exact'] }],
  // 违法建设-like kinds as a breakdown, and alone
  ['kinds: illegal buildings and ads, no total', `${CITY_CG}查处违法建筑案件46件。查处户外广告案件132件。`, {}],
  ['kinds: illegal land use and mining, no total', `${SQ_NR}查处违法用地案件24件，查处非法采矿案件9件。`, {}],
  ['kinds: illegal building alone (the author\'s own work)', `${SQ_ZF}全年查处违法建设案件58件。`, { enforcement_cases: [58, 'exact'] }],
  // kinds of case named by the wrong done
  ['wrong done: forest land encroached', `${SQ_NR}查处侵占林地案件18起。`, { enforcement_cases: [18, 'exact'] }],
  ['wrong done: wildlife harmed', `${SQ_FOR}立案查处破坏野生动物资源案件9起。`, { enforcement_cases: [9, 'exact'] }],
  // a plan's hours before those done
  ['plan hours: the year\'s plan, then done per head', `${CO_TR}年度计划人均学法40学时，全体干部人均实际学法48学时。`, { training_hours_per_person: [48, 'exact'] }],
  // a study through many forms
  ['many forms: online and offline', `${SQ_HLT}以线上线下多种形式开展学习56次。`, {}],
  ['many forms: by many ways', `${CO_HLT}以多种方式组织干部职工学习42次。`, {}],
  ['many forms: one form named (its own lectures)', `${SQ_HLT}以专题讲座形式开展法治学习6次。`, { training_sessions: [6, 'exact'] }],
]

/**
 * Unseen forms of round 41 (issue 11): the approval, mediation and oversight families beyond the corpus, in the register of
 * unseenForms39 (which did training and enforcement). Each own figure has distractors beside it in the same register: targets
 * (确保/力争/不低于/要求), other bodies' figures (a province, a court, the police, the units below), spans of years, a part of the
 * year, 同比 changes, one event's figures (one service, one case), parts after 其中, rates that are no indicator's. The review and
 * suit indicators (行政复议, 行政诉讼, 纠错率, 负责人出庭应诉率, 败诉) are read with oversight, as the brief groups them, though the
 * catalogue files them under enforcement. Sentences invented for this test (the real reports' register, no report's wording).
 */
import type { Probe39 } from './unseenForms39'

const A = '县行政审批服务局2023年度法治政府建设工作报告\n2023年，'
const M = '县司法局2023年度法治政府建设工作报告\n2023年，'
const G = '县人民政府2023年度法治政府建设情况报告\n2023年，'
const D = '县市场监督管理局2023年度法治政府建设工作报告\n2023年，'

export const APPROVAL_41: Probe39[] = [
  // time compression: a share of the statutory time cut, not days, not what is left, not one service's
  ['compression by a share', `${A}行政许可事项审批时限平均压减65%。`, { approval_time_compression_pct: [65, 'exact'] }],
  ['promised time against the statutory', `${A}承诺办理时限比法定时限压缩78.5%。`, { approval_time_compression_pct: [78.5, 'exact'] }],
  ['compression in days is no share', `${A}审批时限平均压缩12个工作日。`, {}],
  ['compressed to a number of days', `${A}企业开办时间压缩至1个工作日。`, {}],
  ['compressed to a share of the statutory time (what is left)', `${A}承诺时限压缩至法定时限的35%。`, {}],
  ['target 力争', `${A}力争审批时限压缩70%以上。`, {}],
  ['target 确保 with 不低于', `${A}确保审批时限压缩比例不低于60%。`, {}],
  ['one service 一件事 from days to days', `${A}“开办餐饮店一件事”办理时限由20个工作日压缩至3个工作日。`, {}],
  ['one project kind from days to days', `${A}社会投资小型项目审批时间由45个工作日压缩至15个工作日。`, {}],
  ['span of years', `${A}2019年至2023年，审批时限累计压缩80%。`, {}],
  ['items with a promised time counted', `${A}梳理公布承诺时限事项326项。`, {}],
  ['a part after 其中', `${A}审批时限压缩比达75%，其中企业投资项目压缩90%。`, { approval_time_compression_pct: [75, 'exact'] }],
  ['the province\'s figure, then own', `${A}全省审批时限平均压缩60%，本局压缩72%。`, { approval_time_compression_pct: [72, 'exact'] }],
  // immediate processing
  ['即办件 share', `${A}即办件占比达到42%。`, { immediate_processing_pct: [42, 'exact'] }],
  ['即办件 target', `${A}确保即办件比例不低于30%。`, {}],
  ['即办件 beside a one-visit completion rate', `${A}一次办结率99%，即办件比例41%。`, { immediate_processing_pct: [41, 'exact'] }],
  ['one-visit completion rate alone', `${A}政务服务事项一次办结率达98%。`, {}],
  ['即办件 of a quarter', `${A}一季度即办件比例为38%。`, {}],
  ['即办件 time limit required', `${A}要求即办件办理时间不超过30分钟。`, {}],
  ['即办件 change', `${A}即办件比例同比提高6个百分点。`, {}],
  // online processing
  ['网办率', `${A}政务服务事项网办率达到96%。`, { online_processing_pct: [96, 'exact'] }],
  ['可办率 beside 全程网办率', `${A}网上可办率100%，全程网办率87%。`, { online_processing_pct: [87, 'exact'] }],
  ['不见面审批率', `${A}不见面审批率达到92%。`, { online_processing_pct: [92, 'exact'] }],
  ['share after the count of services fully online', `${A}全程网办事项1260项，占比85%。`, { online_processing_pct: [85, 'exact'] }],
  ['count of services fully online is no share', `${A}全程网办事项达1260项。`, {}],
  ['online target', `${A}力争全程网办率达到90%。`, {}],
  ['online plan of next year', `${A}下一步，将推动全程网办率提升至95%。`, {}],
  ['online of a half-year', `${A}上半年，全程网办率达到82%。`, {}],
  ['online change only', `${A}全程网办率同比提高12个百分点。`, {}],
  ['online change then level', `${A}全程网办率较上年提高12个百分点，达到92%。`, { online_processing_pct: [92, 'exact'] }],
  ['the towns\' service centres', `${A}各乡镇便民服务中心全程网办率达到78%。`, {}],
  ['satisfaction is no online share', `${A}政务服务好评率99.9%。`, {}],
  // materials
  ['materials cut by a share', `${A}申请材料精简45%。`, { material_reduction_pct: [45, 'exact'] }],
  ['materials cut to a share (what is left)', `${A}申请材料压缩至原来的40%。`, {}],
  ['materials counted', `${A}累计减少申请材料1260份。`, {}],
  ['materials target', `${A}力争申请材料压减50%以上。`, {}],
  // approvals handled
  ['received then accepted', `${A}收到行政许可申请5200件，受理5100件。`, { approvals_handled: [5100, 'exact'] }],
  ['accepted then completed', `${A}共受理各类审批事项8.6万件，办结8.5万件。`, { approvals_handled: [86000, 'exact'] }],
  ['daily average', `${A}日均办件量350件。`, {}],
  ['one month', `${A}12月份办理审批事项860件。`, {}],
  ['since a year', `${A}2021年以来累计办理审批事项26万件。`, {}],
  ['approvals change', `${A}审批办件量同比增长15%。`, {}],
  ['hotline orders are no approvals', `${A}办理12345热线工单3200件。`, {}],
  ['permits counted are no share', `${A}发放电子营业执照1.2万张，全程网办率90%。`, { online_processing_pct: [90, 'exact'] }],
]

export const MEDIATION_41: Probe39[] = [
  // success and its rate
  ['mediated, succeeded, rate', `${M}全年调解矛盾纠纷1260件，调解成功1238件，调解成功率98.3%。`,
    { disputes_resolved: [1238, 'exact'], mediation_success_pct: [98.3, 'exact'] }],
  ['success rate target 确保', `${M}确保调解成功率保持在95%以上。`, {}],
  ['resolution target 力争', `${M}力争矛盾纠纷化解率达到98%。`, {}],
  ['province\'s success rate', `${M}全省人民调解成功率达97%。`, {}],
  ['success rate of one kind (another body\'s)', `${M}医疗纠纷人民调解委员会调解成功率92%。`, {}],
  ['a review body\'s mediation rate is no dispute mediation', `${G}行政复议案件调解和解率32%。`, {}],
  // stages: identified, accepted, resolved
  ['identified then resolved', `${M}排查矛盾纠纷860件，化解842件。`, { disputes_identified: [860, 'exact'], disputes_resolved: [842, 'exact'] }],
  // (accepted disputes are the catalogue's identified stage: its terms read 受理…纠纷 with 排查)
  ['accepted then settled with success', `${M}受理矛盾纠纷520件，成功调处505件。`, { disputes_identified: [520, 'exact'], disputes_resolved: [505, 'exact'] }],
  ['campaigns of identification are no disputes', `${M}开展矛盾纠纷排查活动24次。`, {}],
  ['resolved before their predicate', `${M}全年共有356件矛盾纠纷得到成功化解。`, { disputes_resolved: [356, 'exact'] }],
  ['a part by level after 其中', `${M}全年调解成功矛盾纠纷1260件，其中村级调委会调解成功860件。`, { disputes_resolved: [1260, 'exact'] }],
  // mediators and bodies
  ['mediators counted', `${M}全县现有人民调解员1260名。`, {}],
  ['full-time and part-time mediators', `${M}配备专职人民调解员86名，兼职调解员1200名。`, {}],
  ['mediation committees built', `${M}建成人民调解委员会286个。`, {}],
  ['mediation studios', `${M}设立个人调解工作室16个。`, {}],
  ['mediators per village required', `${M}要求每个村配备人民调解员不少于3名。`, {}],
  ['cases per mediator', `${M}人民调解员人均调解纠纷12件。`, {}],
  // spans and parts of the year
  ['span 近三年', `${M}近三年共化解矛盾纠纷3600件。`, {}],
  ['since a station was created', `${M}“枫桥式”司法所创建以来，累计化解纠纷2100件。`, {}],
  ['half-year', `${M}上半年排查矛盾纠纷430件。`, {}],
  ['one month', `${M}6月份化解矛盾纠纷86件。`, {}],
  ['quarter then year', `${M}第一季度化解纠纷120件，全年化解纠纷560件。`, { disputes_resolved: [560, 'exact'] }],
  ['change only', `${M}化解矛盾纠纷数同比增长12%。`, {}],
  ['year before, then the year', `${M}2022年化解矛盾纠纷1020件，2023年化解矛盾纠纷1160件。`, { disputes_resolved: [1160, 'exact'] }],
  ['year before in an aside', `${M}化解矛盾纠纷1160件（上年为1020件）。`, { disputes_resolved: [1160, 'exact'] }],
  ['上年同期 alone', `${M}上年同期化解矛盾纠纷1020件。`, {}],
  // one event and other bodies
  ['one dispute\'s people and money', `${M}成功调解一起涉及36名农民工的欠薪纠纷，追回工资48万元。`, {}],
  ['money of agreements', `${M}调解协议涉及金额1200万元。`, {}],
  ['court\'s pre-suit mediation', `${M}县法院诉前调解案件860件。`, {}],
  ['police stations\' mediation', `${M}各派出所调解治安纠纷320起。`, {}],
  ['legal aid cases are no disputes', `${M}办理法律援助案件420件。`, {}],
  ['hotline consultations', `${M}12348热线接听法律咨询3600人次。`, {}],
  // petitions
  ['petitions accepted, closed on time', `${M}受理信访事项120件，按期办结率100%。`, { petitions_handled: [120, 'exact'] }],
  ['visits received are another stage than matters accepted', `${M}接待群众来访86批次320人次，受理信访事项56件。`, { petitions_handled: [56, 'exact'] }],
  ['the petition bureau\'s own count', `${M}县信访局全年受理信访事项2300件。`, {}],
  ['petitions target', `${M}确保信访事项按期办结率100%。`, {}],
  ['petitions change', `${M}信访总量同比下降18%。`, {}],
  ['petitions of a half-year', `${M}上半年受理信访事项56件。`, {}],
]

export const OVERSIGHT_41: Probe39[] = [
  // reconsideration: received, accepted, corrected
  ['the government as review body', `${G}县政府作为复议机关，全年受理行政复议案件86件，审结80件。`, { reconsideration_cases: [86, 'exact'] }],
  ['received then accepted', `${G}县政府收到行政复议申请120件，受理98件。`, { reconsideration_cases: [98, 'exact'] }],
  ['accepted with a correction rate', `${G}县政府受理行政复议案件86件，纠错率12.5%。`,
    { reconsideration_cases: [86, 'exact'], reconsideration_correction_pct: [12.5, 'exact'] }],
  ['corrected cases are no rate', `${G}通过撤销、变更、确认违法等方式纠错9件。`, {}],
  ['upheld rate is no correction', `${G}复议决定维持率85%。`, {}],
  ['since a year', `${G}2019年以来，县政府累计受理行政复议案件420件。`, {}],
  ['half-year', `${G}上半年，县政府受理行政复议案件40件。`, {}],
  ['change only', `${G}行政复议案件同比增长35%。`, {}],
  ['change then level', `${G}县政府受理行政复议案件较上年增加20件，达到86件。`, { reconsideration_cases: [86, 'exact'] }],
  ['one case\'s households', `${G}县政府审理的一起土地征收复议案件涉及群众36户。`, {}],
  ['a department as respondent at the city', `${D}市政府受理的以本局为被申请人的行政复议案件3件。`, { reconsideration_cases: [3, 'exact'] }],
  // suits, lost suits, heads in court
  ['suits and lost suits as defendant', `${D}本局作为被告的行政诉讼案件12件，败诉1件。`, { litigation_cases: [12, 'exact'], litigation_lost_cases: [1, 'exact'] }],
  ['a rate of lost suits is no count', `${D}行政诉讼败诉率3.2%。`, {}],
  ['suits change', `${D}行政诉讼案件数同比下降20%。`, {}],
  ['heads\' appearance rate', `${D}行政机关负责人出庭应诉率100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['heads\' appearance target', `${D}确保行政机关负责人出庭应诉率不低于90%。`, {}],
  ['heads\' appearances counted', `${D}局主要负责人出庭应诉3次。`, {}],
  // normative documents: filed, reviewed, issued, cleaned up
  ['filed with the congress', `${G}报送县人大常委会备案规范性文件12件。`, { normative_docs_filed: [12, 'exact'] }],
  ['filed, one corrected', `${G}报备规范性文件12件，被纠正1件。`, { normative_docs_filed: [12, 'exact'] }],
  ['filing rate is no count', `${G}规范性文件报备率100%，及时率100%。`, {}],
  ['reviewed for legality before issue', `${G}对以县政府名义印发的规范性文件进行合法性审查18件。`, { normative_docs_reviewed: [18, 'exact'] }],
  ['issued is not reviewed', `${G}以县政府名义印发行政规范性文件8件。`, {}],
  ['cleanup outcomes add up', `${G}开展规范性文件专项清理，废止5件、修改3件、继续有效60件。`, { normative_docs_reviewed: [68, 'derived'] }],
  ['documents in force', `${G}现行有效规范性文件126件。`, {}],
  ['review rate is no count', `${G}规范性文件合法性审查率100%。`, {}],
  ['contracts reviewed are no documents', `${G}审查各类合同86份。`, {}],
  // fair competition review
  ['fair competition review of policy measures', `${G}对新出台的涉企政策措施开展公平竞争审查52件。`, {}],
  ['legality and fair competition review of documents', `${G}对行政规范性文件开展合法性审查和公平竞争审查23件。`, { normative_docs_reviewed: [23, 'exact'] }],
  ['fair competition review of new measures, some corrected', `${G}开展公平竞争审查，审查增量政策措施52件，纠正3件。`, {}],
  // legal review of decisions, major decisions
  ['legal review of major enforcement decisions', `${D}重大执法决定法制审核45件。`, { legal_review_cases: [45, 'exact'] }],
  ['major decisions made', `${G}全年作出重大行政决策6项。`, { major_decisions: [6, 'exact'] }],
  ['major decisions of a plan next year', `${G}2024年拟作出重大行政决策5项。`, {}],
  // proposals, disclosure
  ['proposals of both kinds add up', `${D}办理人大代表建议12件、政协委员提案18件。`, { proposals_handled: [30, 'derived'] }],
  ['proposals satisfaction', `${D}代表委员满意率100%。`, {}],
  ['disclosure requests received', `${D}收到政府信息公开申请36件，均按时答复。`, { info_disclosure_requests: [36, 'exact'] }],
  ['disclosure since a year', `${D}2020年以来累计收到政府信息公开申请120件。`, {}],
  ['disclosure change', `${D}依申请公开数量同比增长20%。`, {}],
]

const T = '县卫生健康局2023年度法治政府建设工作报告\n2023年，'
const E = '县市场监督管理局2023年度法治政府建设工作报告\n2023年，'

/** The forms unseenForms39 left unprobed: a count for each of listed months, a decision named by its number, units below under an enforcement heading. */
export const LEFT_41: Probe39[] = [
  ['one session in each listed month', `${T}局机关分别于3月、6月、9月、12月各开展集中学法1次。`, { training_sessions: [4, 'derived'] }],
  ['one check in each listed month', `${E}于3月、6月、9月各开展一次食品安全专项检查。`, { enforcement_inspections: [3, 'derived'] }],
  ['one check in each listed quarter', `${E}一、二、三、四季度各开展专项检查2次。`, { enforcement_inspections: [8, 'derived'] }],
  ['listed months then the year', `${T}局机关于3月、6月各开展集中学法1次，全年集中学法12次。`, { training_sessions: [12, 'exact'] }],
  ['a decision named by its number', `${E}对某超市作出行政处罚决定（县市监处罚〔2023〕56号），罚款5万元。`, {}],
  ['a penalty decision number alone', `${E}下达县市监处罚〔2023〕56号行政处罚决定书。`, {}],
  ['a document number of a government decision', `${G}依据《县人民政府关于调整行政执法事项的决定》（县政发〔2023〕12号），承接执法事项36项。`, {}],
  ['a document number, then the year\'s own', `${E}印发《行政处罚裁量基准》（县市监发〔2023〕8号），全年查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['units below under an enforcement heading', `${E}\n（二）基层市场监管所执法情况\n全年查处违法案件46件，罚没款36万元。`, {}],
  ['the author under an enforcement heading', `${E}\n（一）局机关执法情况\n全年查处违法案件46件，罚没款36万元。`,
    { enforcement_cases: [46, 'exact'], fines_yuan: [360000, 'exact'] }],
  ['units below heading, the author named in its sentence', `${E}\n（二）各市场监管所执法情况\n局机关全年查处违法案件46件，各市场监管所查处违法案件120件。`,
    { enforcement_cases: [46, 'exact'] }],
]

/**
 * Cross forms of round 50, second batch: the forms of crossForms50*.ts written again in other words, other sectors and other levels,
 * committed before it was first run (its first run is the estimate of how far the first batch's fixes reach). Sentences invented for
 * this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const PRV_SAFE = head('陕西省应急管理厅')
const CITY_APP = head('黔州市政务服务管理局')
const CITY_GOV = head('黔州市人民政府')
const CITY_JUS = head('黔州市司法局')
const CITY_MKT = head('黔州市市场监督管理局')
const CO_GOV = head('安平县人民政府')
const CO_APP = head('安平县政务服务中心')
const CO_JUS = head('安平县司法局')
const CO_EMG = head('安平县应急管理局')
const CO_MKT = head('安平县市场监督管理局')
const CO_TR = head('安平县交通运输局')
const CO_HRS = head('安平县人力资源和社会保障局')
const CO_ZF = head('安平县综合行政执法局')
const CO_EDU = head('安平县教育局')
const TOWN = head('柳林镇人民政府')
const STREET = head('西城街道办事处')

export const SECOND_50: Probe39[] = [
  // approval
  ['two rates as name-value pairs', `${CO_APP}即办件率：61.4%；网办率：95%。`, { immediate_processing_pct: [61.4, 'exact'], online_processing_pct: [95, 'exact'] }],
  ['the city after the province\'s average', `${CITY_APP}全省政务服务事项全程网办率平均为80%，我市达到91%。`, { online_processing_pct: [91, 'exact'] }],
  ['a kind\'s cut before the whole\'s', `${CO_APP}工程建设项目审批时限压缩60%，全县审批事项平均时限压缩78%。`, { approval_time_compression_pct: [78, 'exact'] }],
  ['the province\'s hall in a city bureau', `${CITY_APP}省政务服务中心全年受理事项12万件。`, {}],
  ['a street centre\'s 办件总量', `${STREET}街道便民服务中心全年办件总量6800件。`, { approvals_handled: [6800, 'exact'] }],
  ['the cut against statutory limits, then days', `${CO_APP}承诺时限较法定时限压缩76.5%，平均承诺时限3.2个工作日。`, { approval_time_compression_pct: [76.5, 'exact'] }],
  ['materials down to a share', `${CO_APP}申请材料压缩至原来的45%。`, {}],
  ['a rank of service reviews', `${CITY_APP}政务服务“好差评”工作位列全省第一。`, {}],
  // oversight
  ['deputies raising at the session', `${CO_EDU}县人大代表在县人代会期间共提出建议210件。`, {}],
  ['documents reviewed, all filed', `${CO_GOV}审核县政府规范性文件18件，全部报市政府备案。`, { normative_docs_reviewed: [18, 'exact'], normative_docs_filed: [18, 'exact'] }],
  ['decisions planned', `${CO_GOV}2024年计划作出重大行政决策5项。`, {}],
  ['a legal review catalogue\'s items', `${CO_ZF}公布重大执法决定法制审核目录清单事项28项。`, {}],
  tw(['decisions counted before their predicate', `${CO_GOV}全年共有4项重大行政决策经政府常务会议集体讨论决定。`, { major_decisions: [4, 'exact'] }]),
  tw(['requests accepted, answered in time', `${CO_GOV}全年受理依申请公开申请86件，均在法定期限内答复。`, { info_disclosure_requests: [86, 'exact'] }]),
  // reviews and suits
  ['a city government\'s respondent count', `${CITY_GOV}市政府作为被申请人的行政复议案件12件，均由省政府审理。`, {}],
  ['a justice bureau in both roles', `${CO_JUS}作为复议机关受理行政复议申请76件；作为被申请人的案件1件。`, { reconsideration_cases: [76, 'exact'] }],
  ['the city\'s review bodies, then the county', `${CO_GOV}全市行政复议机关共受理案件1860件，我县受理136件。`, { reconsideration_cases: [136, 'exact'] }],
  ['suits stated none', `${CO_HRS}全年行政诉讼案件为零。`, { litigation_cases: [0, 'exact'] }],
  ['the heads\' rate in 百分之', `${CO_GOV}行政机关负责人出庭应诉率达到百分之九十五。`, { head_appearance_pct: [95, 'exact'] }],
  ['the city\'s correction rate after the province\'s', `${CITY_JUS}全省复议纠错率为12%，我市为15%。`, { reconsideration_correction_pct: [15, 'exact'] }],
  // penalties, checks, hazards
  ['checks undergone from a city group', `${CO_EMG}迎接市安委会考核组检查3次。`, {}],
  ['checks undergone from a national team', `${PRV_SAFE}接受国务院安委会督查组检查1次。`, {}],
  tw(['checks undergone from the province bureau', `${CO_MKT}接受省市场监管局专项检查2次。`, {}]),
  ['penalty items of a catalogue', `${CO_MKT}行政处罚事项清单事项186项。`, {}],
  tw(['the province\'s system and its fines', `${CO_TR}全省交通运输系统共查处违法案件3.2万件，罚款金额2.1亿元。`, {}]),
  ['the city\'s system, then the bureau\'s part', `${CO_TR}全市交通运输系统查处案件5600件，其中我局查处案件860件。`, { enforcement_cases: [860, 'exact'] }],
  ['a town\'s penalties and fines in Chinese numerals', `${TOWN}全年作出行政处罚决定三十六件，罚款四万五千元。`, { penalty_cases: [36, 'exact'], fines_yuan: [45000, 'exact'] }],
  ['waivers with 余', `${CITY_MKT}对轻微违法行为依法不予处罚1200余件。`, { lenient_cases: [1200, 'approx'] }],
  ['hazards with 近', `${CO_EMG}督促企业整改安全隐患近900处。`, { hazards_rectified: [900, 'approx'] }],
  ['checks of a named campaign', `${CO_MKT}“铁拳”行动期间开展执法检查210次。`, {}],
  tw(['a cap on fines against the year before', `${CO_MKT}罚没收入不超过上年的110%。`, {}]),
]

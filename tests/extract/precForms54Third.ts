/**
 * The third batch of round 54's precision forms: enforcement acts that are no case, penalty or check of the year (coercive measures,
 * goods seized or destroyed, orders to correct, warnings given on the spot, violations of traffic counted by the police's standard,
 * deposits and bonds), and training figures that are no session of law study (warning films watched, knowledge tests, law taken to
 * firms, a course's own modules); with the author's own beside them. Committed before its first run; sentences invented for this test.
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const CITY_MKT = head('澄江市市场监督管理局')
const CO_MKT = head('柏溪县市场监督管理局')
const CO_ZF = head('柏溪县城市管理局')
const CO_ECO = head('澄江市生态环境局柏溪分局')
const CO_TR = head('柏溪县交通运输局')
const CO_AGR = head('柏溪县农业农村局')
const CO_JUS = head('柏溪县司法局')
const CO_HLT = head('柏溪县卫生健康局')
const CO_GOV = head('柏溪县人民政府')
const STREET = head('南湖街道办事处')

export const THIRD_54: Probe39[] = [
  // acts that are no case, penalty or check
  ['coercion: seizures counted', `${CO_MKT}依法实施查封、扣押等行政强制措施36起。`, {}],
  ['coercion: seizures beside the cases', `${CO_ECO}全年查处环境违法案件58件，实施查封扣押12起、限产停产3起。`, { enforcement_cases: [58, 'exact'] }],
  ['goods: counterfeit items seized', `${CO_MKT}没收假冒伪劣商品1260件，捣毁制假窝点3个。`, {}],
  ['goods: fake pesticides in 件 beside cases', `${CO_AGR}查获假劣农药46件，立案查处农资案件9件。`, { enforcement_cases: [9, 'exact'] }],
  ['orders: notices to correct', `${CO_ZF}全年下达责令改正通知书428份，当场纠正占道经营行为1560起。`, {}],
  ['warnings: oral warnings on the spot', `${CO_TR}对轻微违法行为口头警告教育326人次。`, {}],
  ['bonds: deposits collected in 起', `${CO_ZF}收取渣土运输保证金18起，共计36万元。`, {}],
  ['penalties: decisions served, then the count', `${CITY_MKT}全年作出行政处罚决定1268件，送达率100%。`, { penalty_cases: [1268, 'exact'] }],
  ['checks: 双随机 tasks and the entities checked', `${CO_HLT}完成“双随机”抽查任务12项，抽查医疗机构96家次。`, { enforcement_inspections: [96, 'exact'] }],
  tw(['coercion: in traditional script', `${CO_MKT}實施扣押等行政強制措施21起，查處違法案件64件。`, { enforcement_cases: [64, 'exact'] }]),
  // training figures that are no session of law study
  ['films: warning films watched', `${CO_JUS}组织干部职工观看警示教育片6场，受教育干部320人次。`, {}],
  ['tests: knowledge tests online', `${CO_HLT}开展法律知识线上测试4次，参与测试干部512人次。`, {}],
  ['firms: law taken to firms', `${CO_MKT}开展“送法进企业”活动18次，服务企业260家。`, { legal_publicity_events: [18, 'exact'] }],
  ['modules: a course\'s modules', `${CO_TR}举办执法人员法治培训班1期，设置课程8个专题，培训执法人员96人。`,
    { training_sessions: [1, 'exact'], training_participants: [96, 'exact'] }],
  ['study: the own sessions beside a film', `${STREET}全年开展集中学法10次，组织观看警示教育片2场。`, { training_sessions: [10, 'exact'] }],
  ['study: a government\'s meetings then a test', `${CO_GOV}县政府常务会议会前学法8次，组织领导干部法律知识考试1次。`, { training_sessions: [8, 'exact'] }],
  tw(['films: in traditional script', `${CO_AGR}組織觀看警示教育片3場次，參加幹部150人次。`, {}]),
]

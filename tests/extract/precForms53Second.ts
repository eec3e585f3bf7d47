/**
 * The second batch of round 53's precision forms, written after the rules in new wording for the forms they read (precForms53.ts
 * has the first): the other period's figure as a comparison's base (较上年度的, 与2022年的…相比, 高于上年的), averages with the unit
 * first or a people noun as subject (每所学校均…, 每家企业平均…, 辅警人均…, 调解员每人平均…), hours counted with 个 (36个小时), and a
 * stock of documents in other words (总数为, 现存有效, 合计). About two thirds near misses, a third the own figure beside them.
 * Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import { CITY_APP, CITY_GOV, CO_EMG, CO_GOV, CO_JUS, CO_MKT, CO_PS, CO_ZF, STREET, TOWN, ZONE } from './precForms53'

const PRV_MKT = head('河川省市场监督管理局')
const CO_EDU = head('梅岭县教育局')

export const SECOND_53: Probe39[] = [
  // the other period's figure as a comparison's base
  ['reviews: 而上一年度为', `${CO_JUS}全年办理行政复议案件86件，而上一年度为64件。`, { reconsideration_cases: [86, 'exact'] }],
  ['disclosure: 比上年同期的…多出', `${CITY_GOV}办理政府信息公开申请比上年同期的42件多出16件。`, {}],
  ['cases: 与2022年的…相比', `${CO_MKT}与2022年的312起相比，全年查处案件数量有所减少。`, {}],
  ['events: 同去年的…相比', `${CO_JUS}同去年的58场相比，普法宣传活动场次基本持平。`, {}],
  ['disputes: 由上一年度的…回落', `${TOWN}排查矛盾纠纷数量由上一年度的205件回落。`, {}],
  ['approvals: 较上年度的', `${CITY_APP}审批办件量较上年度的1.2万件明显增长。`, {}],
  ['immediate share: 相较2022年的', `${ZONE}相较2022年的86%，即办件比例提升明显。`, {}],
  ['cases: level, then 较上年的 base and increment', `${CO_ZF}全年查处违法案件268件，较上年的212件增加56件。`, { enforcement_cases: [268, 'exact'] }],
  ['disputes: level, then 远超 the year before\'s', `${TOWN}全年化解矛盾纠纷412件，远超2022年的300件。`, { disputes_resolved: [412, 'exact'] }],
  ['checks: 高于上年的 base', `${CO_EMG}执法检查次数高于上年的650次。`, {}],
  tw(['penalties: a base in traditional script', `${CO_PS}行政处罚案件较去年同期的420起有所下降。`, {}]),
  // averages with the unit first or a people noun as subject
  ['counsel per village', `${CO_JUS}每个村（社区）平均配备法律顾问1名。`, {}],
  ['lectures in each school', `${CO_EDU}每所学校均开展法治讲座2场。`, {}],
  ['checks per firm', `${CO_EMG}每家企业平均检查3次。`, {}],
  ['auxiliary police per head', `${CO_PS}辅警人均查处交通违法行为500起。`, {}],
  ['patrols per officer', `${CO_ZF}执法队员人均巡查200次。`, {}],
  ['disputes per grid worker', `${STREET}网格员人均排查矛盾纠纷26件。`, {}],
  ['disputes per mediator as 每人平均', `${TOWN}人民调解员每人平均调解纠纷30件。`, {}],
  ['events, then the monthly average', `${CO_JUS}全年组织开展普法宣传活动126场次，平均每月10场以上。`, { legal_publicity_events: [126, 'exact'] }],
  ['checks, then each officer\'s share', `${CO_EMG}全年开展执法检查960次，每名执法人员均检查企业40家次以上。`, { enforcement_inspections: [960, 'exact'] }],
  ['cases, then cases per officer', `${CO_ZF}全年查处违法案件630起，执法队员人均办案21起。`, { enforcement_cases: [630, 'exact'] }],
  tw(['checks per market in traditional script', `${PRV_MKT}每个农贸市场平均抽检食品12批次。`, {}]),
  // hours counted with 个
  ['hours per leader in 个小时', `${CO_GOV}全县领导干部人均参加学法培训36个小时。`, { training_hours_per_person: [36, 'exact'] }],
  ['a requirement in 个学时', `${CO_MKT}落实每人每年学法不少于40个学时的要求。`, {}],
  ['sessions, then their total in 个学时', `${CO_MKT}全年组织集中学法12次，累计36个学时。`, { training_sessions: [12, 'exact'] }],
  tw(['hours per person in 个学时 in traditional script', `${CO_JUS}干部职工人均学法48个学时。`, { training_hours_per_person: [48, 'exact'] }]),
  // (after the full run: a credit rule in 个学时 became readable once 个学时 was hours — a dev item's 另记0.5个学时 after ；; the rule,
  // written failing, and 平均每人 after a people noun, which the averages' wider subject had taken as an average of counts)
  ['a credit rule in 个学时', `${CO_JUS}学习测试通过另记0.5个学时。`, {}],
  ['a credit rule per course', `${CO_MKT}完成网络学法课程的，按每门课程计1.5学时认定。`, {}],
  ['hours per person beside a credit rule', `${CO_JUS}干部人均学法52学时，其中考试合格另记2学时。`, { training_hours_per_person: [52, 'exact'] }],
  ['hours as 平均每人 after a people noun', `${CO_GOV}领导干部平均每人学法46个学时。`, { training_hours_per_person: [46, 'exact'] }],
  // a stock of documents in other words
  ['documents in force 总数为, then reviewed', `${CO_GOV}目前现行有效的行政规范性文件总数为86件，全年审查规范性文件12件。`, { normative_docs_reviewed: [12, 'exact'] }],
  ['documents reviewed, then 现存有效 合计', `${CITY_GOV}全年审核规范性文件21件，现存有效规范性文件合计168件。`, { normative_docs_reviewed: [21, 'exact'] }],
  ['a stock of documents at the year\'s end', `${CO_GOV}截至年底，县政府现行有效规范性文件达52件。`, {}],
  ['a stock of documents as 现存有效的…为', `${CITY_GOV}全市现存有效的规范性文件为95件。`, {}],
]

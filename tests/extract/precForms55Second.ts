/**
 * Precision forms of round 55, second batch: the forms ruled after the first run, in new wording and by other authors (a problems
 * lead with its colon, other units' heads as lecturers, a campaign's kind before the year's other kind, a clause covering the area's
 * bodies of all levels, the author's leaders and officers after 参加), each with near misses the rule must leave alone. Sentences
 * invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const CITY_TR = head('澄江市交通运输局')
const CITY_CG = head('澄江市城市管理局')
const CO_GOV = head('漳溪县人民政府')
const CO_MKT = head('漳溪县市场监督管理局')
const CO_JUS = head('漳溪县司法局')
const CO_FOR = head('漳溪县林业局')
const CO_EMG = head('漳溪县应急管理局')
const DIST_GOV = head('澄江市北湖区人民政府')
const TOWN = head('柳塘镇人民政府')

export const SECOND_55: Probe39[] = [
  // a problems lead with its colon, after 。 or on a line of its own
  ['problems: 主要问题 after the year\'s figure', `${CO_MKT}全年立案查处违法案件186件。主要存在以下问题：基层执法力量不足，全年仍有9件案件超期。`,
    { enforcement_cases: [186, 'exact'] }],
  ['problems: 不足之处 on its own line', `${CO_FOR}全年开展林业执法检查96次。\n存在的薄弱环节：执法装备落后，夜间巡查仅开展8次。`, { enforcement_inspections: [96, 'exact'] }],
  ['problems: a numbered lead with its colon', `${CITY_CG}全年组织执法人员培训5期。\n（一）存在的短板：培训覆盖面不够，仅培训协管人员60人次。`, { training_sessions: [5, 'exact'] }],
  ['problems: 差距 in traditional script', `${CO_EMG}全年開展執法檢查420次。存在的差距：個別鄉鎮全年僅檢查企業15家次。`, { enforcement_inspections: [420, 'exact'] }],
  ['problems: a cause of problems in the results, no lead', `${CO_MKT}针对检查中存在的问题，全年立案查处违法案件64件。`, { enforcement_cases: [64, 'exact'] }],
  ['problems: a problem named mid-sentence, no colon', `${CO_EMG}对存在的问题督促整改，全年开展执法检查230次。`, { enforcement_inspections: [230, 'exact'] }],
  // other units' heads as lecturers
  ['heads: bureaus\' chiefs lecture in a district', `${DIST_GOV}全区42个部门的主要负责人带头讲授法治课56场。`, {}],
  ['heads: towns\' secretaries lecture', `${CO_GOV}各乡镇党委书记讲法治党课18场次。`, {}],
  tw(['heads: units\' heads in traditional script', `${CO_JUS}全縣60家單位“一把手”講法治課共75場。`, {}]),
  ['heads: the author\'s own head lectures its staff', `${CO_FOR}局党组书记为全局干部职工讲法治课2次。`, { training_sessions: [2, 'exact'] }],
  ['heads: units\' heads as the audience', `${CO_JUS}为全县各单位主要负责人举办法治专题讲座2场。`, { training_sessions: [2, 'exact'] }],
  ['heads: units\' heads lecture, then the own study', `${CO_GOV}全县36个部门主要负责人讲法治课48场；县政府常务会议会前学法10次。`, { training_sessions: [10, 'exact'] }],
  // a campaign's kind before the year's other kind
  ['campaign kind: a special action\'s kind, then the year', `${CITY_TR}“春季护路”行动期间，查处超限运输案件36起。全年共查处交通运输违法案件512起。`,
    { enforcement_cases: [512, 'exact'] }],
  ['campaign kind: an attack\'s kind, then the year', `${CITY_CG}“百日攻坚”期间，查处违法建设案件58件。全年立案查处城市管理违法案件426件。`, { enforcement_cases: [426, 'exact'] }],
  ['campaign kind: two kinds of the year, no campaign (a breakdown)', `${CITY_CG}全年查处违法建设案件58件。查处占道经营案件426件。`, {}],
  ['campaign kind: a campaign\'s figure alone', `${CITY_TR}“春季护路”行动期间，查处超限运输案件36起。`, {}],
  // a clause covering the area's bodies of all levels
  ['all levels: courses covering all levels\' cadres', `${DIST_GOV}各类法治培训覆盖全区各级党委（党组）中心组62场、领导干部专题培训110场。`, {}],
  ['all levels: an all-levels list, then the government\'s own', `${CO_GOV}全县各级党组织中心组学法70余场、干部轮训90余场；县政府常务会议学法12次。`, { training_sessions: [12, 'exact'] }],
  ['all levels: the own course covering all its staff', `${CO_GOV}举办依法行政专题培训班3期，覆盖县直各部门干部520人次。`,
    { training_sessions: [3, 'exact'], training_participants: [520, 'exact'] }],
  // the author's leaders and officers after 参加
  ['参加: officers after the own course', `${CO_FOR}举办林业行政执法培训班2期，参加执法人员136人次。`,
    { training_sessions: [2, 'exact'], training_participants: [136, 'exact'] }],
  ['参加: leaders after the government\'s lecture', `${DIST_GOV}举办区政府领导干部法治讲座3场，参加领导干部240余人次。`,
    { training_sessions: [3, 'exact'], training_participants: [240, 'approx'] }],
  ['参加: officers who sat an exam', `${CO_FOR}组织参加执法人员年度考试，参加执法人员86人次。`, {}],
  ['参加: leaders sent to another body\'s course', `${TOWN}选派参加县委党校举办的培训，参加领导干部12人次。`, {}],
]

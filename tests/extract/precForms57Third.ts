/**
 * Precision forms of round 57, a third batch (written after the first rules, run once): other shapes of figures that are not the
 * author's result of the year — a congress's law inspection the author joined, checks of its own premises, inspection teams and
 * rounds, hours added up over all staff, averages of time, coverage and pass rates, the people a course reaches by their kind,
 * grid reports, risk items found in a mediation sweep — each with the author's own figure in new wording. Sentences invented for
 * this test (the real reports' register, no report's wording). First run on c2aa1d2: 22 of 25; the three failures were wants that
 * contradicted rulings already in the corpus README (a course for 法律明白人 or other grassroots helpers is the author's training;
 * 未发生…败诉 is none, 0), set right, no rule.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const CITY_GOV = head('汀州市人民政府')
const CITY_TR = head('汀州市交通运输局')
const CO_GOV = head('云溪县人民政府')
const CO_MKT = head('云溪县市场监督管理局')
const CO_EMG = head('云溪县应急管理局')
const CO_JUS = head('云溪县司法局')
const CO_HLT = head('云溪县卫生健康委员会')
const CO_ECO = headT('汀州市生態環境局雲溪分局')
const TOWN = head('石门镇人民政府')
const STREET = head('西关街道办事处')

export const THIRD_57: Probe39[] = [
  // a congress's law inspection the author joined, checks of its own premises, teams and rounds
  ['congress: the congress\'s law inspection joined', `${CO_MKT}配合县人大常委会开展《食品安全法》执法检查2次。`, {}],
  ['premises: safety checks of its own offices', `${CO_HLT}对机关办公楼开展消防安全自查12次。`, {}],
  ['teams: inspection teams formed', `${CO_EMG}组建执法检查组8个，分片包干开展检查。`, {}],
  ['rounds: rounds of supervision of the towns', `${CO_GOV}对各乡镇法治政府建设开展督查2轮。`, {}],
  ['teams: teams, then the firms checked', `${CITY_TR}抽调骨干组成检查组6个，全年检查运输企业486家次。`, { enforcement_inspections: [486, 'exact'] }],
  // averages of time, coverage and pass rates
  ['average: days a case took', `${CO_MKT}案件平均办理时长缩短至28天。`, {}],
  ['average: the publication rate of decisions', `${CO_EMG}行政处罚决定网上公示率100%。`, {}],
  ['coverage: courses reaching units', `${CO_JUS}法治讲座覆盖全县46个单位。`, {}],
  ['pass rate: a course\'s completion rate', `${TOWN}参训干部结业合格率98%。`, {}],
  // hours added up over all staff, not per head
  ['hours: all staff\'s online hours added up', `${CO_HLT}干部职工在线学法累计时长12860小时。`, {}],
  ['hours: the total, then per head', `${CITY_GOV}全市公务员网上学法累计86万学时，人均学法52学时。`, { training_hours_per_person: [52, 'exact'] }],
  // the people a course reaches by their kind
  ['kind: village law-understanders trained (the author\'s course)', `${CO_JUS}培训“法律明白人”1260名。`, { training_participants: [1260, 'exact'] }],
  ['kind: grid workers trained, then the staff\'s study', `${STREET}培训网格员86人次；街道机关全年集中学法10次。`,
    { training_participants: [86, 'exact'], training_sessions: [10, 'exact'] }],
  // grid reports and risk items in a mediation sweep
  ['grid: events reported by grid workers', `${STREET}网格员上报各类事件3260件。`, {}],
  ['risk: risk items found in a sweep', `${TOWN}排查矛盾风险隐患46个。`, {}],
  ['risk: risk items, then the disputes resolved', `${TOWN}排查矛盾风险隐患46个，调解成功矛盾纠纷118件。`, { disputes_resolved: [118, 'exact'] }],
  tw(['grid: events handled on a platform', `${STREET}社會治理平台處置各類事件1860件。`, {}]),
  // proposals, letters and permits near cases
  ['proposals: deputies\' suggestions handled', `${CO_EMG}办理县人大代表建议12件、政协委员提案8件。`, { proposals_handled: [20, 'derived'] }],
  ['permits: licences granted, not cases', `${CO_MKT}办理食品经营许可1260件。`, { approvals_handled: [1260, 'exact'] }],
  ['permits: licences revoked as a part', `${CO_ECO}全年作出行政處罰決定42件，其中吊銷許可證1件。`, { penalty_cases: [42, 'exact'] }],
  // figures of one kind of act the author only took part in
  ['took part: joint checks led by the city', `${CO_MKT}参与市局牵头的联合检查9次。`, {}],
  ['took part: a provincial spot check assisted', `${CO_EMG}协助省厅开展执法抽查3次，涉及企业26家。`, {}],
  ['took part: then its own', `${CO_EMG}协助省厅开展执法抽查3次；本局全年检查企业1360家次。`, { enforcement_inspections: [1360, 'exact'] }],
  // zero and none
  ['none: no suits lost stated with words (none is 0)', `${CO_GOV}全年未发生行政诉讼败诉案件。`, { litigation_lost_cases: [0, 'exact'] }],
  ['none: no reviews corrected', `${CITY_GOV}全年无行政复议被纠错案件。`, {}],
]

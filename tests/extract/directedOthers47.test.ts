/**
 * Work other bodies did at the author's direction, in every family (round 47's cross-check, "指导各地应急管理部门立案查处安全生产违法
 * 行为4.6万起，罚款12.3亿元", read as a ministry's fines): a directive verb with bodies below as its object (指导/督促/督办/推动/带动/
 * 要求 各地, 各设区市, 各乡镇, 下级部门 …; src/extract/directed.ts) makes the subject-less clauses after it in its sentence those bodies'
 * acts — the training family's rule since dev35, now for every indicator. Near misses: a clause after the directive that speaks for
 * the author again (我局, 本级, 同时, 此外, 全年), a directive the author received (在市局指导下), and no directive at all. Invented sentences.
 */
import { head, probeSuite, type Probe39 } from './unseenForms39'
import { catalogue } from './seeds'

const M = head('应急管理部')
const PV = head('江西省市场监督管理局')
const C = head('云溪市交通运输局')
const CO = head('宁川县自然资源局')
const SF = head('宁川县司法局')

const PROBES: Probe39[] = [
  ['a ministry’s guidance: the fines after the cases', `${M}指导各地应急管理部门立案查处安全生产违法行为4.6万起，罚款12.3亿元。`, {}],
  ['a province’s supervision of major cases: the fines after them', `${PV}督办各地重大案件36件，罚没款1.2亿元。`, {}],
  ['a province pushes the cities: the cases after a clause of its own', `${PV}督促各设区市开展“铁拳”行动，查处违法案件2300件，罚没款8600万元。`, {}],
  ['a city bureau guides the counties: inspections after it', `${C}指导各县区交通运输部门开展联合整治，检查营运车辆4.2万辆次，开展执法检查3100次。`, {}],
  ['a county bureau guides the towns: hazards rectified after it', `${CO}指导各乡镇开展地质灾害隐患排查，整改隐患点46处。`, {}],
  ['a justice bureau guides the offices: disputes resolved after it', `${SF}指导各司法所深入开展矛盾纠纷排查，调解纠纷628件，调解成功率98%。`, {}],
  ['a justice bureau pushes the towns: approvals of their halls', `${SF}推动各乡镇便民服务中心规范运行，办理公共法律服务事项3200件。`, {}],
  // near misses: the author again, a directive received, none at all
  ['the author again after the directive (我局)', `${PV}指导各地开展专项整治，我局查处违法案件46件，罚没款120万元。`,
    { enforcement_cases: [46, 'exact'], fines_yuan: [1200000, 'exact'] }],
  ['the author again after the directive (同时本级)', `${PV}指导各地开展专项整治，同时本级查处违法案件46件。`, { enforcement_cases: [46, 'exact'] }],
  ['the author again after the directive (此外)', `${CO}督促各乡镇落实巡查责任，此外全年查处违法用地案件12宗。`, { enforcement_cases: [12, 'exact'] }],
  ['the author again after the directive (全年本局)', `${SF}指导各司法所做好人民调解工作，全年本局调解纠纷36件。`, { disputes_resolved: [36, 'exact'] }],
  ['a directive received from above', `${CO}在市局指导下，查处违法用地案件86宗，罚没款53万元。`, { enforcement_cases: [86, 'exact'], fines_yuan: [530000, 'exact'] }],
  ['no directive: the author’s own campaign', `${C}开展联合整治，查处违法案件320件，罚没款186万元。`, { enforcement_cases: [320, 'exact'], fines_yuan: [1860000, 'exact'] }],
]

probeSuite('work other bodies did at the author’s direction, every family', PROBES, catalogue.indicators.map((i) => i.id), new Set())

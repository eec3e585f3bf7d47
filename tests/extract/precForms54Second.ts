/**
 * The second batch of round 54's precision forms (precForms54.ts): the forms ruled after the first run, in new wording by other
 * authors — help given to another body's action, a campaign's months or a holiday's eve, checks a hired party made, a credit per
 * event, person-hours, a list of kinds closed by its total, a level held over years, 把/将 before a span, hours per head after the
 * total hours, new cases with those carried over, the author's people by their unit. Committed before its first run; sentences
 * invented for this test.
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const CITY_TR = head('赤岸市交通运输局')
const CO_GOV = head('枫林县人民政府')
const CO_WAT = head('枫林县水利局')
const CO_CUL = head('枫林县文化广电和旅游局')
const CO_MKT = head('枫林县市场监督管理局')
const CO_EMG = head('枫林县应急管理局')
const CO_JUS = head('枫林县司法局')
const CO_HR = head('枫林县人力资源和社会保障局')
const CO_NR = head('枫林县自然资源和规划局')
const CO_EDU = head('枫林县教育局')
const CO_TAX = head('国家税务总局枫林县税务局')
const CO_HOUSE = head('枫林县住房和城乡建设局')
const TOWN = head('石桥镇人民政府')

export const SECOND_54: Probe39[] = [
  // help given to another body's action
  ['joint2: 协同 an ecology bureau\'s checks', `${CO_WAT}协同县生态环境局对入河排污口开展联合检查，检查排污单位52家次。`, {}],
  ['joint2: 配合 the police in a campaign, cases', `${CO_CUL}配合县公安局开展“扫黄打非”集中行动，查办违法案件7起。`, {}],
  ['joint2: joined a city bureau\'s special action', `${CO_MKT}参与市市场监管局部署的药品安全专项整治行动，检查药店86家次。`, {}],
  ['joint2: under a bureau\'s command', `${TOWN}在县综合行政执法局统一指挥下，开展违法建设集中整治，查处违法建设案件12起。`, {}],
  ['joint2: own cases after helping a court', `${CO_WAT}协助县人民法院执行非诉案件3件；本局全年立案查处水事违法案件27件。`, { enforcement_cases: [27, 'exact'] }],
  tw(['joint2: 配合 in traditional script', `${CO_HOUSE}配合縣城管局開展建築垃圾聯合整治，查處違規案件15起。`, {}]),
  // a campaign's months, a holiday's eve
  ['window2: 5月至9月 with a named action', `${CO_CUL}5月至9月组织开展文化市场“清源”专项行动，检查经营场所312家次。`, {}],
  ['window2: 从7月到10月', `${CITY_TR}从7月到10月开展打击非法营运集中整治，查处非法营运案件45起。`, {}],
  ['window2: the year\'s total, then a months\' campaign', `${CO_CUL}全年检查文化经营场所1260家次。5月至9月开展“清源”专项行动，检查312家次。`,
    { enforcement_inspections: [1260, 'exact'] }],
  ['window2: 1月至12月 stays the year', `${CO_CUL}1月至12月持续开展文化市场专项整治，检查经营场所1260家次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['window2: two holidays\' eve', `${CO_MKT}中秋、国庆节前组织开展食品安全专项检查，检查月饼生产企业18家次。`, {}],
  ['window2: the eve of New Year', `${CO_MKT}元旦前夕对辖区商超开展专项检查46家次。`, {}],
  // checks a hired party made
  ['hired2: a safety firm bought as a service', `${CO_EMG}通过购买服务方式，聘请第三方安全技术服务机构对全县38家危化企业开展安全检查126次。`, {}],
  ['hired2: a professional body inspecting sites', `${CO_HOUSE}委托专业机构对全县建筑施工工地开展安全巡查检查86家次。`, {}],
  ['hired2: experts invited along, own checks', `${CO_EMG}邀请专家随同执法人员开展执法检查，全年检查企业320家次。`, { enforcement_inspections: [320, 'exact'] }],
  // a credit per event
  ['credit2: a lecture converted to hours', `${CO_JUS}干部每参加一场法治讲座折算3学时。`, {}],
  ['credit2: per online course, then the hours', `${CO_HR}每完成一次网上学法课程记0.5学时，全年人均学法62学时。`, { training_hours_per_person: [62, 'exact'] }],
  ['credit2: once a month, then the count', `${CO_GOV}坚持每月组织一次集中学法，全年共开展集中学法12次。`, { training_sessions: [12, 'exact'] }],
  // person-hours
  ['ph2: 人课时 total', `${CO_EDU}全年组织机关干部法治培训共计1200人课时。`, {}],
  ['ph2: person-hours beside classes and people', `${CO_HR}举办法治培训班3期，参训186人，合计1488人学时。`,
    { training_sessions: [3, 'exact'], training_participants: [186, 'exact'] }],
  // a list of kinds closed by its total
  ['list2: kinds of cases, then 合计', `${CO_MKT}立案查处食品类案件38件、药品类案件12件、特种设备类案件6件，合计56件。`, { enforcement_cases: [56, 'exact'] }],
  // a level held over years
  ['held2: 连续两年稳定在', `${CO_JUS}行政复议案件受理量连续两年稳定在120件左右。`, {}],
  ['held2: 连续五年均超过', `${CO_MKT}全县市场监管执法检查连续五年均超过3000户次。`, {}],
  ['held2: the year\'s count, then held', `${CO_TAX}全年办理税务行政处罚案件236件，连续三年保持在200件以上。`, { penalty_cases: [236, 'exact'] }],
  ['span2: 把 before a span', `${CO_GOV}把近三年作出的重大行政决策11项全部录入决策管理系统。`, {}],
  // hours per head after the total hours
  ['hpp2: total, then 平均每人', `${CO_HR}全局干部职工累计学法5320学时，平均每人学法56学时。`, { training_hours_per_person: [56, 'exact'] }],
  // new cases with those carried over
  ['carry2: new and carried over, then 共办理', `${CO_HR}新立劳动保障监察案件62件，加上上年度结转案件8件，共办理70件。`, { enforcement_cases: [70, 'exact'] }],
  // the author's people by their unit
  ['att2: 参加局机关干部', `${CO_NR}举办法治讲座4场，参加局机关干部310人次。`, { training_sessions: [4, 'exact'], training_participants: [310, 'exact'] }],
  tw(['att2: 参加全体干部 in traditional script', `${TOWN}全年舉辦法治講座5場，參加全體幹部420人次。`, { training_sessions: [5, 'exact'], training_participants: [420, 'exact'] }]),
]

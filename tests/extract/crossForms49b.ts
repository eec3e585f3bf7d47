/**
 * Cross forms of round 49, second batch: the forms of crossForms49.ts written again in other words, other sectors and other levels,
 * committed before it was first run (its first run is the estimate of how far the first batch's fixes reach). Sentences invented for
 * this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const PRV_ECO = head('河南省生态环境厅')
const CITY_MKT = head('桐州市市场监督管理局')
const CITY_MKT_T = headT('桐州市市場監督管理局')
const CITY_TR = head('桐州市交通运输局')
const CITY_JUS = head('桐州市司法局')
const CO_URB = head('平湖县城市管理局')
const CO_JUS = head('平湖县司法局')
const CO_JUS_T = headT('平湖縣司法局')
const CO_CULT = head('平湖县文化广电和旅游局')
const CO_WATER = head('平湖县水利局')
const CO_TAX = head('国家税务总局平湖县税务局')
const CO_GOV = head('平湖县人民政府')
const TOWN = head('柳桥镇人民政府')
const STREET = head('北苑街道办事处')
const STREET_T = headT('北苑街道辦事處')

export const SECOND_49: Probe39[] = [
  // named units below the author
  ['a numbered squadron\'s cases', `${CO_URB}第二执法中队立案查处违法建设案件47起。`, {}],
  ['a named justice office\'s disputes', `${CO_JUS}城南司法所调解各类纠纷312件。`, {}],
  ['a named tax office\'s penalties', `${CO_TAX}新城税务所作出税务行政处罚决定18户次。`, {}],
  ['traditional: a named market office\'s checks', `${CITY_MKT_T}東城市場監管所開展日常檢查1260戶次。`, {}],
  // courts, police, arbitration, petitions
  ['a court\'s entrusted mediation', `${CO_JUS}县人民法院委派调解案件640件，调解成功410件。`, {}],
  ['a court\'s pre-suit mediation in traditional script', `${CO_JUS_T}縣人民法院訴前調解糾紛980件。`, {}],
  ['an arbitration commission\'s cases in a justice bureau', `${CITY_JUS}市劳动人事争议仲裁委员会受理案件1460件，调解结案892件。`, {}],
  // spans and quotas
  ['since a platform was set up', `${CITY_MKT}自信用监管平台建立以来，累计归集行政处罚信息1.2万条。`, {}],
  ['a quota of cases handed down', `${CITY_TR}省厅下达我局年度案件查办任务300件。`, {}],
  ['a quota split among the squadrons', `${CO_URB}将年度执法检查任务分解到各中队，每个中队不少于80次。`, {}],
  ['the last three years in a town', `${TOWN}三年来累计化解矛盾纠纷560余件。`, {}],
  // areas, objects and money
  ['a province department\'s own area stays read', `${PRV_ECO}全省生态环境部门下达行政处罚决定书5200份，罚没金额4.1亿元。`,
    { penalty_cases: [5200, 'exact'], fines_yuan: [410000000, 'exact'] }],
  ['tour groups and guides checked', `${CO_CULT}检查旅游团队86个、导游人员132人次，查处违法案件6件。`, { enforcement_cases: [6, 'exact'] }],
  // (a field's own cases stay read, as enforcementForms47 reads 查处非法采砂案件8起: the first run's expectations here said otherwise)
  ['sand dug and boats seized beside the field\'s cases', `${CO_WATER}查处非法采砂案件4起，扣押采砂船只3艘，没收河砂260吨。`, { enforcement_cases: [4, 'exact'] }],
  ['tax refunds beside the field\'s cases', `${CO_TAX}为纳税人办理留抵退税3.6亿元，查处涉税违法案件21件。`, { enforcement_cases: [21, 'exact'] }],
  ['goods destroyed', `${CITY_MKT}集中销毁假冒伪劣商品价值约85万元。`, {}],
  // ranks, dates, numbers as labels
  ['a rank in a law quiz', `${CO_TAX}在全市税务系统普法知识竞赛中获得第一名。`, {}],
  ['a hotline number and calls', `${STREET}12345热线受理群众诉求2860件，按时办结率98.6%。`, {}],
  // training and publicity
  ['hotel staff trained by a culture bureau', `${CO_CULT}为全县星级酒店从业人员举办法规培训2期，培训230人次。`, {}],
  ['officers sent to the ministry\'s course', `${CITY_TR}选派执法骨干15人参加交通运输部组织的执法培训。`, {}],
  ['publicity beside study, reversed', `${CO_TAX}开展税法宣传进企业活动28场；局党委理论学习中心组学法6次。`,
    { legal_publicity_events: [28, 'exact'], training_sessions: [6, 'exact'] }],
  ['a lecture count in Chinese numerals with participants approx', `${CO_GOV}县政府常务会议会前学法十五次，组织领导干部法治讲座两场，参加人员约300人次。`,
    { training_sessions: [17, 'derived'], training_participants: [300, 'approx'] }],
  ['hours per head with 超', `${CITY_MKT}干部人均学法时长超过56学时。`, { training_hours_per_person: [56, 'at_least'] }],
  // mediation positives
  ['a street\'s stages with a colon-free list', `${STREET}全年排查矛盾纠纷236件、化解231件，化解率97.9%。`,
    { disputes_identified: [236, 'exact'], disputes_resolved: [231, 'exact'] }],
  ['traditional: success count and rate', `${STREET_T}人民調解委員會成功調解糾紛148件，調解成功率98%。`,
    { disputes_resolved: [148, 'exact'], mediation_success_pct: [98, 'exact'] }],
  ['a city justice bureau\'s area-wide total', `${CITY_JUS}全市各级人民调解组织共调解矛盾纠纷2.6万件，调解成功率98.4%。`,
    { disputes_resolved: [26000, 'exact'], mediation_success_pct: [98.4, 'exact'] }],
  ['a town\'s petitions in 件次', `${TOWN}全年受理信访事项132件次，办结率100%。`, { petitions_handled: [132, 'exact'] }],
  // enforcement positives
  ['a table line in traditional script', `${CITY_MKT_T}行政處罰案件數：486件；罰沒金額：923.5萬元。`, { penalty_cases: [486, 'exact'], fines_yuan: [9235000, 'exact'] }],
  ['four figures, inverted order', `${CO_URB}查处违法案件中，简易程序412件、普通程序96件，合计508件，罚款86.3万元。`,
    { enforcement_cases: [508, 'exact'], fines_yuan: [863000, 'exact'] }],
  ['a town team\'s checks with 近', `${TOWN}镇综合行政执法队开展执法检查近300次。`, { enforcement_inspections: [300, 'approx'] }],
]

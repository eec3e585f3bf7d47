/**
 * Precision forms of round 56, training and mediation (precForms56.ts holds the open value forms and enforcement): a period that is
 * not the year beside the year's, the year before's figure, bodies the author guides, a plan's title, people against sessions, ranks
 * and exam scores; mediation by bodies the author guides, cases passed on, petitions against disputes, rates on another base, money
 * recovered. About two thirds near misses, a third the author's own figure in new wording. Sentences invented for this test (the real
 * reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import {
  BANNER_GOV, CITY_GOV, CITY_JUS, CO_AG, CO_EMG, CO_GOV, CO_GOV_T, CO_HLT, CO_HRS, CO_JUS, CO_MKT, CO_TR, DIST_GOV, DIST_JUS, REG_FOR, STREET, TOWN,
  ZONE,
} from './precForms56'

/** Training: figures of study and courses that are not the author's own of the year, and its own in new wording. */
export const TRAIN_56: Probe39[] = [
  // a period that is not the year
  ['period: the five-year plan\'s courses, then the year\'s', `${CO_JUS}“八五”普法以来累计举办法治培训班28期；今年举办法治培训班7期。`, { training_sessions: [7, 'exact'] }],
  ['period: three years\' trainees alone', `${CO_HLT}近三年累计培训执法人员1260人次。`, {}],
  ['period: the first half\'s study alone', `${CO_TR}上半年局党组会前学法6次。`, {}],
  ['period: the first half\'s, then the year\'s', `${CO_AG}上半年组织集中学法5次，全年共组织集中学法11次。`, { training_sessions: [11, 'exact'] }],
  // the year before's figure
  ['year before: last year\'s sessions in brackets', `${CO_MKT}全年举办法治讲座9场（2022年为6场）。`, { training_sessions: [9, 'exact'] }],
  ['year before: more than last year\'s', `${CO_EMG}全年组织学法培训12次，较上年的8次增加4次。`, { training_sessions: [12, 'exact'] }],
  // bodies the author guides or supervises
  ['guided: the towns guided to study', `${CO_GOV}指导各乡镇开展法治专题学习186场次。`, {}],
  ['guided: the departments urged to train', `${CITY_JUS}督促市直各部门组织执法人员培训92期，培训4600人次。`, {}],
  ['guided: the schools guided, then the bureau\'s own', `${head('漳源县教育局')}指导全县中小学开展教师法治培训56场；局机关组织干部学法8次。`, { training_sessions: [8, 'exact'] }],
  ['guided: the system\'s units organised to take the exam', `${CO_HLT}组织全县卫生健康系统3260名干部职工参加学法考试。`, {}],
  // a plan's or document's title
  ['title: a plan with years in its title', `${CO_HRS}制定《2023年度领导干部学法计划》，安排学法内容12项。`, {}],
  ['title: a plan\'s title, then the year\'s study', `${DIST_JUS}印发《“八五”普法规划（2021—2025年）》，全年开展集中学法10次。`, { training_sessions: [10, 'exact'] }],
  // people against sessions
  ['people: officers to certify, not certified', `${CO_MKT}组织26名新进人员参加执法资格考试。`, {}],
  ['people: the exam\'s sitters and pass rate', `${CO_TR}组织执法人员参加年度法律知识考试，参考218人，合格率100%。`, {}],
  ['people: officers holding certificates, counted by the bureau', `${CO_AG}全局持有行政执法证件人员86名。`, { certified_officers: [86, 'exact'] }],
  ['people: staff numbers, not trainees', `${CO_EMG}局机关现有在编干部42人。`, {}],
  // ranks and exam scores
  ['rank: an exam\'s average score', `${CO_HLT}在全县学法考试中平均成绩92.6分。`, {}],
  ['rank: a place in the contest', `${STREET}在全区法治知识竞赛中获得第二名。`, {}],
  ['rank: a prize count', `${CO_JUS}报送的3件法治微视频作品获市级奖项。`, {}],
  // hours: hours of others and the total
  ['hours: the course\'s length, not per head', `${CO_HRS}举办执法人员培训班2期，每期24学时。`, { training_sessions: [2, 'exact'] }],
  ['hours: the online platform\'s per head, own', `${DIST_GOV}全区公务员通过网络学法平台人均学法46学时。`, { training_hours_per_person: [46, 'exact'] }],
  ['hours: a course\'s hours for the towns\' cadres', `${CO_GOV}为各乡镇干部开设法治课程，累计授课36学时。`, {}],
  // publicity against study
  ['publicity: publicity events against own study', `${CO_TR}开展“法律进企业”宣传活动16场；局机关集中学法9次。`, { legal_publicity_events: [16, 'exact'], training_sessions: [9, 'exact'] }],
  ['publicity: leaflets counted, no events', `${CO_AG}发放农资法律宣传资料8600份。`, {}],
  ['publicity: audiences counted, no events', `${CO_HLT}开展普法宣传，受众群众1.2万人次。`, {}],
  // own in new wording
  ['own: a region\'s department\'s lectures', `${REG_FOR}厅党组中心组集体学法6次，举办法治讲座3场。`, { training_sessions: [9, 'derived'] }],
  ['own: a banner\'s government\'s meetings\' study', `${BANNER_GOV}旗政府常务会议会前学法13次。`, { training_sessions: [13, 'exact'] }],
  ['own: a zone\'s course and trainees', `${ZONE}举办执法人员法治培训班2期，培训执法人员130人次。`, { training_sessions: [2, 'exact'], training_participants: [130, 'exact'] }],
  tw(['own: a county government\'s course in traditional script', `${CO_GOV_T}舉辦領導幹部法治專題講座4場。`, { training_sessions: [4, 'exact'] }]),
  ['own: the city government\'s study', `${CITY_GOV}市政府党组理论学习中心组全年专题学法5次。`, { training_sessions: [5, 'exact'] }],
]

/** Mediation: disputes and petitions that are not the author's of the year, and its own in new wording. */
export const MED_56: Probe39[] = [
  // a period that is not the year
  ['period: since the centre opened', `${CO_JUS}县矛盾纠纷调处中心自成立以来共调处纠纷3260件。`, {}],
  ['period: the year\'s after three years\'', `${TOWN}近三年累计化解矛盾纠纷680件；今年化解矛盾纠纷206件。`, { disputes_resolved: [206, 'exact'] }],
  ['period: a quarter\'s disputes alone', `${STREET}一季度排查矛盾纠纷48件。`, {}],
  // the year before's figure
  ['year before: last year\'s in brackets', `${TOWN}全年调解矛盾纠纷186件（上年为152件），调解成功率98.9%。`, { disputes_resolved: [186, 'exact'], mediation_success_pct: [98.9, 'exact'] }],
  // bodies the author guides
  ['guided: the firms\' committees guided', `${CO_HRS}指导企业劳动争议调解委员会调解劳动争议186件。`, {}],
  ['guided: the towns urged to sort out', `${CO_GOV}督促各乡镇开展矛盾纠纷排查，排查纠纷1260件。`, {}],
  ['guided: the courts\' pre-suit mediation', `${CO_JUS}与县法院协作开展诉前调解，法院诉前调解成功案件326件。`, {}],
  // cases passed on or received
  ['passed on: disputes passed to other bodies', `${STREET}向有关部门移交矛盾纠纷36件。`, {}],
  ['passed on: disputes received from the hotline, then resolved', `${TOWN}受理12345热线转办纠纷260件，调解成功238件。`, { disputes_resolved: [238, 'exact'] }],
  ['passed on: a court\'s entrusted cases', `${CO_JUS}接受法院委托调解案件86件。`, {}],
  // petitions against disputes
  ['petitions: visits received in 批次 (handled), then disputes', `${TOWN}全年接待群众来访126批次，化解矛盾纠纷96件。`, { petitions_handled: [126, 'exact'], disputes_resolved: [96, 'exact'] }],
  ['petitions: visitors counted in 人次', `${STREET}全年接待来访群众362人次。`, {}],
  // rates whose base is another measure
  ['rates: a fulfilment rate, not success', `${CO_JUS}调解协议履行率达98%。`, {}],
  ['rates: a petition\'s on-time rate', `${CO_GOV}信访事项按期办结率100%。`, {}],
  ['rates: success, then fulfilment', `${TOWN}调解成功率97.5%，协议履行率99%。`, { mediation_success_pct: [97.5, 'exact'] }],
  // money recovered
  ['money: sums involved in disputes', `${CO_JUS}人民调解涉及金额2860万元。`, {}],
  ['money: wages recovered in mediation', `${CO_HRS}通过调解为农民工追回工资126万元。`, {}],
  // mediators, rooms and people
  ['people: parties reconciled, not disputes', `${STREET}化解矛盾纠纷涉及群众420余人。`, {}],
  ['people: mediators trained', `${CO_JUS}培训人民调解员620人次。`, {}],
  // own in new wording
  ['own: a street\'s disputes found and resolved', `${STREET}排查各类矛盾纠纷312起，成功化解305起。`, { disputes_identified: [312, 'exact'], disputes_resolved: [305, 'exact'] }],
  ['own: a county justice bureau\'s petitions handled', `${CO_JUS}全年办理信访事项46件。`, { petitions_handled: [46, 'exact'] }],
  tw(['own: a town\'s disputes in traditional script', `${TOWN}全年調處矛盾糾紛158件，調解成功154件。`, { disputes_resolved: [154, 'exact'] }]),
  ['own: a district justice bureau\'s success rate', `${DIST_JUS}全区人民调解组织调解成功率达99.2%。`, { mediation_success_pct: [99.2, 'exact'] }],
  ['own: the city justice bureau\'s letters handled', `${CITY_JUS}全年办理群众来信来访218件次。`, { petitions_handled: [218, 'exact'] }],
  ['own: the town\'s petitions, disputes handled beside them (调处 alone is no success)', `${TOWN}受理信访事项38件，调处矛盾纠纷172件。`, { petitions_handled: [38, 'exact'] }],
]

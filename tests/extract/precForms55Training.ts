/**
 * Precision forms of round 55, training and mediation (precForms55.ts holds the open value forms and enforcement): trainees of a
 * course the author only hosted for the area, other units' heads' lectures and court hearings watched, the area's system's courses
 * beside the author's own, a change after the count, a plan's quota beside the year's figure, figures in a section on shortcomings;
 * mediation committees and mediators counted against disputes mediated and agreements, legal aid cases against consultations. About
 * two thirds near misses, a third the author's own figure in new wording. Sentences invented for this test (the real reports'
 * register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import { CITY_GOV, CITY_JUS, CO_EMG, CO_GOV, CO_HRS, CO_JUS, CO_JUS_T, CO_MKT, CO_TAX, CO_TR, CO_ZF, DIST_GOV, DIST_JUS, PRV_JUS, STREET, TOWN } from './precForms55'

const CO_EDU = head('柘川县教育局')
const CO_HLT = head('柘川县卫生健康局')

/** Training: figures of courses, lectures and study that are not the author's own of the year, and its own in new wording. */
export const TRAIN_55: Probe39[] = [
  // a course the author only hosted for the area's others
  ['hosted: a city course for the counties\' officers', `${CITY_JUS}承办全市基层司法所长业务培训班2期，培训司法所长及骨干186人次。`, {}],
  ['hosted: a venue lent to a province\'s course', `${CO_HRS}协助省人社厅在我县举办全省劳动保障监察业务培训班1期，参训学员120人。`, {}],
  ['hosted: a town teaching its villages\' cadres (grassroots helpers: its own)', `${TOWN}为各村“两委”干部举办法律知识培训2期，培训村干部96人次。`,
    { training_sessions: [2, 'exact'], training_participants: [96, 'exact'] }],
  ['hosted: the area\'s firms\' managers taught', `${CO_EMG}举办全县企业主要负责人安全生产法律法规培训班4期，培训企业负责人620人次。`, {}],
  ['hosted: the area\'s course, then the own staff\'s', `${CO_TR}为全县运输企业举办法规培训3期；局机关组织执法人员法律知识培训6期，培训148人次。`,
    { training_sessions: [6, 'exact'], training_participants: [148, 'exact'] }],
  tw(['hosted: a course for the villages\' mediators', `${CO_JUS}舉辦全縣人民調解員業務培訓班3期，培訓調解員460人次。`, {}]),
  // other units' heads' lectures and hearings watched
  ['heads: units\' heads\' lectures counted by the bureau', `${CO_JUS}全县86个部门主要负责人讲法治课共102场次。`, {}],
  ['heads: townships\' secretaries\' lectures', `${CO_GOV}推动各乡镇党委书记带头讲授法治课23场。`, {}],
  ['heads: court hearings watched by other units\' heads', `${CO_JUS}组织全县42家行政机关负责人旁听庭审，共旁听8场。`, {}],
  ['heads: the own staff\'s hearings watched (attended, no session)', `${CO_HRS}组织局机关干部旁听行政诉讼案件庭审2次，参加旁听干部56人次。`, {}],
  ['heads: village legal advisers\' lectures in a town\'s report', `${TOWN}各村法律顾问全年开展法治讲座48场。`, {}],
  ['heads: lawyers\' lectures the bureau arranged', `${CO_JUS}组织律师开展“法律进企业”讲座36场。`, { legal_publicity_events: [36, 'exact'] }],
  ['heads: the author\'s head lectures its staff', `${CO_MKT}局主要负责人为全局干部讲授法治课4次。`, { training_sessions: [4, 'exact'] }],
  ['heads: other heads\' lectures, then the own study', `${DIST_JUS}全区各单位“一把手”讲法治课86场；局党组理论学习中心组开展法治专题学习6次。`,
    { training_sessions: [6, 'exact'] }],
  // the area's system's courses beside the author's own
  ['system: the system\'s courses, then the bureau\'s', `${CITY_JUS}全市司法行政系统共举办各类法治培训班56期；市局机关举办干部学法培训8期。`,
    { training_sessions: [8, 'exact'] }],
  ['system: the whole county\'s trainees, then the bureau\'s own', `${CO_EDU}全县教育系统共组织教职工法治培训1.2万人次，其中局机关干部参训320人次。`,
    { training_participants: [320, 'exact'] }],
  ['system: the area\'s schools\' law lessons', `${CO_EDU}全县中小学开展法治教育课3600余节。`, {}],
  ['system: the area\'s units\' study, then the bureau\'s own', `${CO_JUS}全县各单位共开展集中学法活动1260次；局机关开展集中学法14次。`, { training_sessions: [14, 'exact'] }],
  tw(['system: the system\'s courses, then the own in traditional script', `${CO_TAX}全市稅務系統舉辦法治培訓班42期；本局舉辦法治培訓班5期，培訓幹部310人次。`,
    { training_sessions: [5, 'exact'], training_participants: [310, 'exact'] }]),
  // a change after the count
  ['change: sessions, then their rise', `${CO_HLT}全年组织干部集中学法14次，较上年增加4次。`, { training_sessions: [14, 'exact'] }],
  ['change: trainees and the rise in per cent', `${CO_ZF}全年培训执法人员620人次，同比增长24%。`, { training_participants: [620, 'exact'] }],
  ['change: hours per head up by hours', `${CO_TAX}人均学法时长56学时，同比增加8学时。`, { training_hours_per_person: [56, 'exact'] }],
  ['change: a rise of trainees alone', `${CO_HRS}参训人次同比增长35%。`, {}],
  // a plan's quota beside the year's figure
  ['plan: next year\'s training', `${CO_ZF}2024年，计划培训执法人员500人次，举办培训班6期。`, {}],
  ['plan: the year\'s plan against the result', `${CO_MKT}年初计划举办法治培训4期，实际举办法治培训6期，培训干部380人次。`,
    { training_sessions: [6, 'exact'], training_participants: [380, 'exact'] }],
  ['plan: the training plan\'s items', `${CO_TR}制定年度学法计划，明确学法内容12项。`, {}],
  ['plan: a quota of hours against the hours done', `${CO_GOV}全年学法计划学时40学时，干部人均实际学法52学时。`, { training_hours_per_person: [52, 'exact'] }],
  ['plan: every one to take hours', `${CO_JUS_T}要求每名幹部全年學法不少於40學時。`, {}],
  // figures in a section on shortcomings
  ['shortcoming: few sessions', `${CO_EMG}全面推进法治政府建设。\n存在的不足：学法形式单一，全年仅组织集中学法3次。`, {}],
  ['shortcoming: staff not trained', `${CO_TR}全年组织执法人员法律知识培训4期。存在问题：仍有12名执法人员未参加年度法律知识培训。`,
    { training_sessions: [4, 'exact'] }],
  ['shortcoming: the year\'s figure, then the problem section', `${CO_HLT}全年举办法治培训班5期，培训干部320人次。\n三、存在的问题\n部分干部学法积极性不高，仍有8人未完成学法任务。`,
    { training_sessions: [5, 'exact'], training_participants: [320, 'exact'] }],
  // the author's own, in new wording
  ['own: a street\'s staff course', `${STREET}组织街道机关干部和社区工作者开展法律知识培训4场，参训210人次。`,
    { training_sessions: [4, 'exact'], training_participants: [210, 'exact'] }],
  ['own: a government\'s executive meeting study', `${DIST_GOV}区政府常务会议会前学法11次，学习法律法规23部。`, { training_sessions: [11, 'exact'] }],
  ['own: a city government\'s lectures to leaders', `${CITY_GOV}举办市政府领导干部法治专题讲座4场，参加领导干部860人次。`,
    { training_sessions: [4, 'exact'], training_participants: [860, 'exact'] }],
  ['own: a province\'s department\'s hours', `${PRV_JUS}厅机关干部人均参加法治学习62学时。`, { training_hours_per_person: [62, 'exact'] }],
  ['own: a town\'s publicity events', `${TOWN}全年开展“法律进乡村”宣传活动26场次。`, { legal_publicity_events: [26, 'exact'] }],
  ['own: a tax bureau\'s staff trained with a rise', `${CO_TAX}全年组织干部法治培训9期，培训540人次，参训人次同比增长12%。`,
    { training_sessions: [9, 'exact'], training_participants: [540, 'exact'] }],
]

/** Mediation: committees, mediators, legal aid and consultations against disputes mediated, and the author's own in new wording. */
export const MED_55: Probe39[] = [
  // committees and mediators counted
  ['committees: committees set up', `${CO_JUS}全县建成各类人民调解委员会236个。`, {}],
  ['committees: mediators counted', `${CO_JUS}全县共有人民调解员1860名，其中专职调解员126名。`, {}],
  ['committees: committees, then disputes mediated', `${CO_JUS}全县236个人民调解委员会全年共调解矛盾纠纷2860件，调解成功2810件。`,
    { disputes_resolved: [2810, 'exact'] }],
  ['committees: mediation rooms in firms', `${CO_HRS}在规模以上企业建立劳动争议调解组织86家。`, {}],
  ['committees: mediators trained is no dispute', `${DIST_JUS}全年培训人民调解员620人次。`, {}],
  tw(['committees: committees and mediators in traditional script', `${CO_JUS}全縣建立行業性專業性調解組織32個，選聘專職人民調解員68名。`, {}]),
  // disputes mediated against agreements and rates
  ['agreements: disputes mediated and agreements', `${TOWN}全年调解各类矛盾纠纷186件，达成调解协议172份。`, { disputes_resolved: [172, 'exact'] }],
  ['agreements: agreements performed', `${CO_JUS}全年人民调解协议履行率达98.6%。`, {}],
  ['agreements: a rate of success and the count', `${STREET}全年成功调解纠纷136件，调解成功率97.8%。`, { disputes_resolved: [136, 'exact'], mediation_success_pct: [97.8, 'exact'] }],
  ['agreements: disputes received for mediation alone', `${CO_JUS}全县各级调解组织受理调解申请960件。`, {}],
  // legal aid cases against consultations
  ['aid: cases and consultations', `${CO_JUS}全年办理法律援助案件860件，接待群众法律咨询5600人次。`, {}],
  ['aid: hotline calls answered', `${CITY_JUS}12348公共法律服务热线全年接听来电3.6万人次。`, {}],
  ['aid: aid cases, then mediation', `${DIST_JUS}全年受理法律援助案件420件；全区人民调解组织调解纠纷1360件，调解成功1320件。`,
    { disputes_resolved: [1320, 'exact'] }],
  ['aid: consultations answered by mediators', `${TOWN}人民调解员全年接待群众法律咨询320人次。`, {}],
  ['aid: notarisations', `${CO_JUS}全年办理公证事项2860件。`, {}],
  // a change after the count, a plan, a shortcoming
  ['change: disputes resolved and the rise', `${CO_GOV}全年化解矛盾纠纷3260件，同比增长16%。`, { disputes_resolved: [3260, 'exact'] }],
  ['change: disputes down in per cent alone', `${TOWN}矛盾纠纷发生数同比下降21%。`, {}],
  ['plan: a quota of disputes resolved', `${CO_JUS}2024年，力争矛盾纠纷化解率达到98%以上。`, {}],
  ['shortcoming: disputes left unresolved', `${STREET}存在的不足：仍有4件矛盾纠纷尚未化解。`, {}],
  ['committees: mediators\' cases in a justice office\'s count', `${CO_JUS}全县18个司法所共有专职调解员54名，人均调解纠纷42件。`, {}],
  // petitions
  ['petitions: petitions handled and their rise', `${CO_GOV}全年受理信访事项860件，同比下降12%。`, { petitions_handled: [860, 'exact'] }],
  ['petitions: the towns\' petitions in a bureau\'s report', `${CO_TR}各乡镇交管站共接待群众来访36批次。`, {}],
  // the author's own, in new wording
  ['own: a county government\'s disputes found and resolved', `${CO_GOV}全县排查矛盾纠纷4260件，化解4180件。`,
    { disputes_identified: [4260, 'exact'], disputes_resolved: [4180, 'exact'] }],
  ['own: a town\'s disputes with 起', `${TOWN}全年共调处化解各类矛盾纠纷218起，化解成功率99.1%。`, { disputes_resolved: [218, 'exact'], mediation_success_pct: [99.1, 'exact'] }],
  ['own: a district\'s labour disputes mediated', `${DIST_GOV}全区劳动人事争议调解组织调解成功案件560件。`, { disputes_resolved: [560, 'exact'] }],
  tw(['own: a street\'s disputes in traditional script', `${STREET}全年共排查化解鄰里糾紛、家庭糾紛等各類矛盾糾紛156件。`, { disputes_resolved: [156, 'exact'] }]),
]

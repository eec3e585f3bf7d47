/**
 * Passages of round 52: two or three sentences in the register of a report's training or mediation paragraph, each with the
 * author's own figure beside figures that are not (an area's or system's total, a course the author sent people to, a party
 * school's course, the towns' or communities' work, outsiders' safety or tax courses, a span since a year, a plan's minimum, a
 * court's mediation, visits against matters). Written after trainForms52's rules to see whether they hold in a paragraph.
 * Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const MIN = head('农业农村部')
const PRV = head('河北省司法厅')
const CITY_GOV = head('鹿鸣市人民政府')
const CITY_HLT = head('鹿鸣市卫生健康委员会')
const CITY_MKT = head('鹿鸣市市场监督管理局')
const CITY_PET = head('鹿鸣市信访局')
const CO_GOV = head('岚溪县人民政府')
const CO_JUS = head('岚溪县司法局')
const CO_MKT = head('岚溪县市场监督管理局')
const CO_TR = head('岚溪县交通运输局')
const CO_EMG = head('岚溪县应急管理局')
const CO_TAX = head('国家税务总局岚溪县税务局')
const CO_NAT = head('岚溪县自然资源局')
const TOWN = head('云台镇人民政府')
const STREET = head('柳湾街道办事处')

export const PASSAGES_52: Probe39[] = [
  ['own course, staff sent elsewhere, an exam', `${CO_MKT}全年举办执法人员法律知识培训班3期，培训执法人员260人次。选派12名业务骨干参加省局举办的执法办案培训。组织全体执法人员参加市局统一组织的执法资格考试，参考率100%。`,
    { training_sessions: [3, 'exact'], training_participants: [260, 'exact'] }],
  ['a town\'s centre group, the villages\' publicity', `${TOWN}镇党委理论学习中心组开展法治专题学习6次。各村（社区）通过广播开展普法宣传120余次。`,
    { training_sessions: [6, 'exact'] }],
  ['a commission\'s part after the system\'s total', `${CITY_HLT}全系统共开展法治培训186场次，培训医务人员和执法人员1.2万人次，其中委机关举办法治讲座4场。`,
    { training_sessions: [4, 'exact'] }],
  ['a government\'s study, the party school\'s course', `${CO_GOV}县政府常务会议全年会前学法11次，学习法律法规26部。县委党校举办领导干部法治专题培训班1期，县直各部门主要负责人85人参训。`,
    { training_sessions: [11, 'exact'] }],
  ['a street\'s course, the communities\' publicity', `${STREET}街道组织机关干部和社区工作者开展民法典学习培训3场，参训280人次。辖区各社区开展法律进家庭宣传活动46场。`,
    { training_sessions: [3, 'exact'], training_participants: [280, 'exact'] }],
  ['online law courses and hours per person', `${CO_TR}组织执法人员参加线上法律知识培训12次，人均学习时长62学时。`,
    { training_sessions: [12, 'exact'], training_hours_per_person: [62, 'exact'] }],
  ['a ministry\'s lectures, the provinces\' trainees', `${MIN}部机关举办法治讲座3期，部领导和机关干部共800余人次参加。指导各省级农业农村部门培训执法骨干1.6万人次。`,
    { training_sessions: [3, 'exact'], training_participants: [800, 'approx'] }],
  ['a department\'s centre group, the system\'s mediators', `${PRV}厅党委理论学习中心组集体学法5次。全省司法行政系统累计培训人民调解员12万人次。`,
    { training_sessions: [5, 'exact'] }],
  ['law courses for its officers, safety courses for firms', `${CO_EMG}开展执法人员法律法规培训2期，培训执法人员96人次；开展企业主要负责人安全生产培训36期，培训3200人次。`,
    { training_sessions: [2, 'exact'], training_participants: [96, 'exact'] }],
  ['lectures for the staff, a taxpayers\' school', `${CO_TAX}开展“税务大讲堂”法治讲座4期，全局干部职工参训520人次；举办纳税人学堂12期。`,
    { training_sessions: [4, 'exact'], training_participants: [520, 'exact'] }],
  ['a span since a year, then the year', `${CO_MKT}2019年以来，累计举办法治培训班21期。2023年举办法治培训班5期，培训干部320人次。`,
    { training_sessions: [5, 'exact'], training_participants: [320, 'exact'] }],
  ['a plan\'s minimum, then what was held', `${STREET}年初制定学法计划，明确全年集中学法不少于12次，全年实际开展集中学法14次。`, { training_sessions: [14, 'exact'] }],
  ['mediators trained, the bureau\'s own study', `${CO_JUS}举办全县人民调解员业务培训班2期，培训调解员420人次；局机关开展会前学法12次。`, { training_sessions: [12, 'exact'] }],
  ['a city bureau\'s part after the system\'s total', `${CITY_MKT}全市市场监管系统共举办法治培训98场次，其中市局本级举办16场次。`, { training_sessions: [16, 'exact'] }],
  ['a government\'s course for the units\' heads', `${CITY_GOV}举办全市行政执法人员培训班2期，市直各单位分管领导和法制科长180人参加培训。`,
    { training_sessions: [2, 'exact'], training_participants: [180, 'exact'] }],
  tw(['own course, staff sent elsewhere, in traditional script', `${CO_TR}全年举办法治培训班4期，培训干部职工310人次；另选派8名干部参加省交通运输厅执法培训。`,
    { training_sessions: [4, 'exact'], training_participants: [310, 'exact'] }]),
  // mediation and petitions
  ['a town centre\'s disputes, a court\'s pre-suit help', `${TOWN}镇综治中心全年受理矛盾纠纷132件，成功调解126件，调解成功率95.5%。协助县法院开展诉前调解18件。`,
    { disputes_identified: [132, 'exact'], disputes_resolved: [126, 'exact'], mediation_success_pct: [95.5, 'exact'] }],
  ['a street\'s committee, the communities\' committees', `${STREET}街道人民调解委员会全年调解纠纷86件，调解成功84件。辖区各社区调委会化解邻里纠纷210件。`,
    { disputes_resolved: [84, 'exact'] }],
  ['a petition bureau\'s matters beside its visits', `${CITY_PET}全年共受理群众信访事项2860件次，按期办结率99.2%；接待群众来访1260批3860人次。`,
    { petitions_handled: [2860, 'exact'] }],
  ['a land bureau\'s disputes settled', `${CO_NAT}全年调处土地权属争议18件，成功调处15件。`, { disputes_resolved: [15, 'exact'] }],
  ['a justice bureau\'s field, the court\'s mediation', `${CO_JUS}全县各级人民调解组织共排查矛盾纠纷2860件，调解成功2791件，调解成功率97.6%。县法院诉前调解纠纷1260件。`,
    { disputes_identified: [2860, 'exact'], disputes_resolved: [2791, 'exact'], mediation_success_pct: [97.6, 'exact'] }],
  tw(['a town\'s disputes beside the villages\'', `${TOWN}全年镇调委会调解成功矛盾纠纷68件；各村调委会调解纠纷152件。`, { disputes_resolved: [68, 'exact'] }]),
]

const CO_HLT = head('岚溪县卫生健康局')
const CO_CUL = head('岚溪县文化和旅游局')
const CO_POL = head('岚溪县公安局')
const CO_PET = head('岚溪县信访局')
const CO_ZF = head('岚溪县综合行政执法局')

/** Single sentences tried after the passages: requirements met, hours beside a required minimum, services in 人次, the villages by count. */
export const SINGLES_52: Probe39[] = [
  ['a requirement met by the leaders', `${CO_MKT}严格落实领导干部每年学法不少于40学时的要求，局领导班子成员全部完成。`, {}],
  ['a requirement the courses follow, with 按照', `${CO_MKT}按照执法人员每人每年接受不少于60学时法律知识培训的要求，组织执法人员参加网络培训。`, {}],
  ['a requirement completed by all', `${CO_MKT}全局执法人员均完成每人每年不少于60学时的公共法律知识培训。`, {}],
  ['hours per person beside the required ones', `${CO_MKT}组织执法人员参加全省执法人员网络培训，人均学习65学时，超过规定的60学时。`, { training_hours_per_person: [65, 'exact'] }],
  ['a hospital\'s lecture for the county\'s medical staff', `${CO_HLT}邀请省人民医院专家开展医疗纠纷防范讲座2场，全县医务人员600余人次参加。`, {}],
  ['visitors of a law square beside its shows', `${CO_CUL}法治文化广场全年接待游客8.6万人次，开展法治文艺演出12场。`, { legal_publicity_events: [12, 'exact'] }],
  ['consultations of service centres', `${CO_JUS}全县公共法律服务中心、站、室共解答法律咨询1.2万人次，办理法律援助案件426件。`, {}],
  ['a government\'s study and its leaders at it', `${CO_GOV}县政府常务会议学法12次，县政府领导参加学法120人次。`,
    { training_sessions: [12, 'exact'], training_participants: [120, 'exact'] }],
  ['the county\'s bodies of all levels', `${CO_GOV}全县各级各部门开展会前学法1360次。`, {}],
  ['a town\'s villages by their count', `${TOWN}全镇13个村（社区）调委会共调解纠纷126件。`, {}],
  ['petition problems resolved beside visits', `${TOWN}镇领导接待日接待群众来访86批次，化解信访问题62件。`, { petitions_handled: [62, 'exact'] }],
  ['the success rate beside satisfaction', `${TOWN}调解成功率100%，群众满意率99%。`, { mediation_success_pct: [100, 'exact'] }],
  ['a police bureau\'s own mediation', `${CO_POL}全年调解治安纠纷1860起，调解成功1796起。`, { disputes_resolved: [1796, 'exact'] }],
  ['consumer complaints settled', `${CO_MKT}受理消费者投诉2860件，调解成功2630件，为消费者挽回经济损失186万元。`, { disputes_resolved: [2630, 'exact'] }],
  ['petitions with their channels after 其中', `${CO_PET}全年受理信访事项1860件，其中网上信访1260件，来信来访600件。`, { petitions_handled: [1860, 'exact'] }],
  ['a test\'s takers', `${CO_ZF}组织执法队员开展法律知识测试2次，参测队员186人次。`, {}],
  ['publicity events beside materials and reach', `${CO_JUS}开展法治宣传活动36场次，发放宣传资料5000份，受教育群众1.2万人次。`, { legal_publicity_events: [36, 'exact'] }],
  ['cadres sent to an online exam', `${CO_TR}组织120名干部参加全省国家工作人员网上学法用法考试。`, {}],
  ['the law part of all courses', `${CO_TR}开展各类培训46期，其中法治培训12期。`, { training_sessions: [12, 'exact'] }],
  ['holders among the staff', `${CO_MKT}局机关现有干部职工86人，其中持证执法人员62人。`, { certified_officers: [62, 'exact'] }],
  ['holders after those newly added', `${CO_MKT}全年新增持证人员18名，全局持证执法人员达到76名。`, { certified_officers: [76, 'exact'] }],
  tw(['a town\'s villages by their count, traditional', `${TOWN}全镇13个村（社区）调委会共调解纠纷126件。`, {}]),
]

const CITY_JUS = head('鹿鸣市司法局')

/** Sentences tried last: a lecture's public audience, rates beside rates, a part of the year, a superlative, a directive before 全市. */
export const LATE_52: Probe39[] = [
  ['a lecture in the communities and its listeners', `${CO_JUS}开展“法律进社区”讲座12场，听众800余人次。`, { legal_publicity_events: [12, 'exact'] }],
  ['a mediated rate before the success rate', `${CO_JUS}纠纷调解率100%，调解成功率96%。`, { mediation_success_pct: [96, 'exact'] }],
  ['successes and a bare 成功率', `${CO_JUS}调解成功1186件，成功率94.1%。`, { disputes_resolved: [1186, 'exact'], mediation_success_pct: [94.1, 'exact'] }],
  ['the best town\'s rate', `${CO_JUS}其中调解成功率最高的乡镇达100%。`, {}],
  ['the whole\'s rate before a kind\'s', `${TOWN}全年调解纠纷46件，调解成功率100%，其中婚姻家庭纠纷调解成功率95%。`,
    { disputes_resolved: [46, 'exact'], mediation_success_pct: [100, 'exact'] }],
  ['the year before, then this year', `${TOWN}上年调解纠纷52件，今年调解纠纷46件。`, { disputes_resolved: [46, 'exact'] }],
  ['ten months of disputes', `${TOWN}1至10月调解纠纷38件。`, {}],
  ['resolved beside the people involved', `${TOWN}化解矛盾纠纷46件，涉及群众320人。`, { disputes_resolved: [46, 'exact'] }],
  ['sweeps held, then disputes found', `${TOWN}开展矛盾纠纷排查12次，排查出矛盾纠纷48件。`, { disputes_identified: [48, 'exact'] }],
  ['visits down and backlogs resolved', `${TOWN}镇干部带案下访36次，化解信访积案5件。`, {}],
  ['a street\'s centre group beside the communities\' branches', `${STREET}街道党工委中心组学法4次，各社区党组织学法48次。`, { training_sessions: [4, 'exact'] }],
  ['community workers at a district bureau\'s course', `${STREET}组织社区工作者参加区司法局举办的法律知识培训2期，参训86人。`, {}],
  ['a street\'s course for its grid workers', `${STREET}组织网格员开展法律知识培训3场，参训网格员210人次。`,
    { training_sessions: [3, 'exact'], training_participants: [210, 'exact'] }],
  ['study pushed on the city\'s bodies of all levels', `${CITY_JUS}推动全市各级各部门开展学法活动1260场次。`, {}],
  tw(['the village with the most disputes', `${CO_JUS}调解纠纷最多的村达36件。`, {}]),
]

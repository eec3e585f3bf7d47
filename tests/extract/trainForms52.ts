/**
 * Training forms of round 52 (issue 11: holdout training P 0.68, about 20 false values). Weighted to precision: figures beside the
 * training words that are not the author's own count of the year — the area's units and sub-units (各乡镇, 各学校, 局属单位, a named
 * 司法所), trainings the author only attended or sent people to, exams, quizzes and contests counted as trainees, other measures in
 * 人次/场次/学时 (consultations, visitors, publicity reach, meeting attendance, outsiders' safety or tax courses), targets and
 * per-person requirements (每人每年不少于40学时), plans, spans of years, newly passed or applied-for cards, a course's own hours.
 * And the own figure in varied wording: after a colon, before its term, after the area's total, in Chinese numerals, with 余, with
 * the change after it. Authors of five levels (a ministry, a province's department, a city's bureaus, a county's government and
 * bureaus, a town and a street), a share in traditional script. Sentences invented for this test (the real reports' register, no
 * report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

export const MIN = head('生态环境部')
export const PRV_TR = head('江西省交通运输厅')
export const PRV_HR = head('江西省人力资源和社会保障厅')
export const CITY_JUS = head('鹿鸣市司法局')
export const CITY_HLT = head('鹿鸣市卫生健康委员会')
export const CITY_MKT = head('鹿鸣市市场监督管理局')
export const CITY_ZF = head('鹿鸣市城市管理局')
export const CO_GOV = head('岚溪县人民政府')
export const CO_JUS = head('岚溪县司法局')
export const CO_MKT = head('岚溪县市场监督管理局')
export const CO_EMG = head('岚溪县应急管理局')
export const CO_TR = head('岚溪县交通运输局')
export const CO_HLT = head('岚溪县卫生健康局')
export const CO_EDU = head('岚溪县教育体育局')
export const CO_HR = head('岚溪县人力资源和社会保障局')
export const CO_ZF = head('岚溪县综合行政执法局')
export const CO_TAX = head('国家税务总局岚溪县税务局')
export const CO_AGR = head('岚溪县农业农村局')
export const CO_NAT = head('岚溪县自然资源局')
export const TOWN = head('云台镇人民政府')
export const STREET = head('柳湾街道办事处')

/** The author's own sessions, people, hours and holders in shapes not written before. */
export const OWN_52: Probe39[] = [
  ['sessions and people of one course kind', `${CO_MKT}全年举办法治专题培训班4期，培训执法人员312人次。`,
    { training_sessions: [4, 'exact'], training_participants: [312, 'exact'] }],
  ['a city bureau\'s centre group on law', `${CITY_JUS}局党组理论学习中心组开展法治专题学习6次。`, { training_sessions: [6, 'exact'] }],
  ['a county government\'s study before its meetings', `${CO_GOV}县政府常务会议会前学法12次。`, { training_sessions: [12, 'exact'] }],
  ['hours per person of a province department', `${PRV_HR}厅机关干部人均学法时长达56学时。`, { training_hours_per_person: [56, 'exact'] }],
  ['holders counted in 名 after their card', `${CO_EMG}全局持有行政执法证件的人员共58名。`, { certified_officers: [58, 'exact'] }],
  ['a street\'s lectures by a lawyer for its staff', `${STREET}邀请律师为街道机关干部举办法治讲座3场。`, { training_sessions: [3, 'exact'] }],
  ['a ministry\'s lectures and their audience', `${MIN}部机关举办法治专题讲座2次，部领导和机关干部600余人次参加。`,
    { training_sessions: [2, 'exact'], training_participants: [600, 'approx'] }],
  ['a study count in Chinese numerals', `${CO_HLT}组织干部职工集中学法十二次。`, { training_sessions: [12, 'exact'] }],
  ['sessions and people after a heading colon', `${CO_TR}法治培训：举办培训班3期、培训干部职工186人次。`,
    { training_sessions: [3, 'exact'], training_participants: [186, 'exact'] }],
  ['the people before the author\'s own course', `${CO_AGR}186名干部职工参加了局机关举办的宪法专题培训。`, { training_participants: [186, 'exact'] }],
  ['the bureau\'s part after the county\'s total', `${CO_HLT}全县卫生健康系统共举办法治培训班46期，其中局机关举办5期。`, { training_sessions: [5, 'exact'] }],
  ['its own course, then people it sent elsewhere', `${CO_ZF}局机关举办法治培训3期；另选派15名干部参加市委党校法治专题班。`, { training_sessions: [3, 'exact'] }],
  ['lectures with the change after them', `${CITY_HLT}全年举办法治讲座6场，较上年增加2场。`, { training_sessions: [6, 'exact'] }],
  ['rounds of training with 余 on the people', `${CO_EMG}组织执法人员开展法律知识轮训3轮，参训400余人次。`,
    { training_sessions: [3, 'exact'], training_participants: [400, 'approx'] }],
  ['a town\'s course for its village cadres', `${TOWN}镇政府组织镇村干部开展民法典专题培训2场，参训120人。`,
    { training_sessions: [2, 'exact'], training_participants: [120, 'exact'] }],
  ['a street\'s leadership studying law together', `${STREET}街道领导班子集体学法10次。`, { training_sessions: [10, 'exact'] }],
  ['hours per person as a yearly average of the leaders', `${CITY_MKT}领导干部年人均学法48.5学时。`, { training_hours_per_person: [48.5, 'exact'] }],
  tw(['sessions and people of a county bureau', `${CO_NAT}全年開展法治培訓5期，培訓幹部職工420人次。`,
    { training_sessions: [5, 'exact'], training_participants: [420, 'exact'] }]),
  tw(['holders before their card', `${CITY_ZF}全局共有128名执法人员持有行政执法证。`, { certified_officers: [128, 'exact'] }]),
  tw(['a county government\'s special law study', `${CO_GOV}县政府党组开展习近平法治思想专题学习4次。`, { training_sessions: [4, 'exact'] }]),
  tw(['hours per person after its staff', `${CO_TAX}全局干部职工人均完成网络学法42学时。`, { training_hours_per_person: [42, 'exact'] }]),
]

/** Other bodies' training: the area's units, sub-units, a named office. */
export const OTHERS_52: Probe39[] = [
  ['the towns of a county in a justice bureau', `${CO_JUS}各乡镇共开展法治培训86场次。`, {}],
  ['the schools of an education bureau', `${CO_EDU}各学校组织教职工集中学法320余场。`, {}],
  ['the districts\' departments in a city commission', `${CITY_HLT}各县区卫生健康部门共培训执法人员1260人次。`, {}],
  ['the offices of a county bureau', `${CO_MKT}各市场监管所开展学法活动48次。`, {}],
  ['the county\'s departments in a government\'s report', `${CO_GOV}县直各部门共组织集中学法416次。`, {}],
  ['institutions under a city bureau', `${CITY_MKT}局属事业单位开展法治培训12场。`, {}],
  ['a named justice office\'s course', `${CITY_JUS}城区司法所举办法律明白人培训班6期。`, {}],
  ['the villages of a town', `${TOWN}各村（社区）开展学法活动36场次，参学党员620人次。`, {}],
  tw(['the member units of a committee', `${CO_GOV}县法治建设委员会各成员单位开展法治培训210期。`, {}]),
  tw(['a named brigade\'s course in a city bureau', `${CITY_ZF}城东执法大队组织队员学法18次。`, {}]),
]

/** Trainings the author only attended, sent people to, or sat in on. */
export const ATTENDED_52: Probe39[] = [
  ['staff sent to a province department\'s courses', `${CO_TR}选派执法人员参加省交通运输厅举办的执法培训班5期，共计32人次。`, {}],
  ['a street\'s cadres at a district party school', `${STREET}街道干部参加区委党校法治专题培训3次。`, {}],
  ['online courses of a city commission', `${CO_HLT}参加市卫健委组织的线上法治培训4场，局机关共186人次参训。`, {}],
  ['village cadres at a justice bureau\'s course', `${TOWN}镇村干部共256人次参加县司法局举办的法律明白人培训。`, {}],
  ['staff sent to a ministry\'s video courses', `${CO_EMG}派员参加应急管理部组织的执法视频培训2期。`, {}],
  ['sitting in on a government\'s study', `${CITY_MKT}局主要负责人列席市政府常务会议会前学法6次。`, {}],
  ['hearings attended', `${CO_NAT}组织干部旁听行政诉讼庭审3次，参加旁听42人次。`, {}],
  tw(['leaders at a higher body\'s seminar', `${CO_AGR}局领导班子成员参加市委举办的法治专题研讨班2期。`, {}]),
  tw(['staff sent to a province course, with their count', `${PRV_TR}遴选业务骨干36人参加交通运输部执法培训。`, {}]),
]

/** Exams, quizzes and contests counted as trainees. */
export const EXAMS_52: Probe39[] = [
  ['sitters and pass rate of a law exam', `${CO_MKT}组织全体执法人员参加年度学法考试，参考人员156人，合格率100%。`, {}],
  ['an area exam\'s sitters in a government\'s report', `${CO_GOV}全县国家工作人员学法用法考试参考率98.5%，参考9860人。`, {}],
  ['online quiz answers in 人次', `${CITY_JUS}在线学法答题参与人数达1.2万人次。`, {}],
  ['newly passed in a qualification exam', `${CO_ZF}组织执法人员参加执法资格考试，28人通过考试。`, {}],
  ['a contest and its contestants', `${STREET}举办法律知识竞赛1场，参赛干部80人。`, {}],
  ['an exam\'s average score', `${CO_TR}执法人员年度法律知识考试平均成绩92.6分。`, {}],
  tw(['exam sittings in 人次', `${CO_HR}组织干部职工参加无纸化学法考试，累计参考326人次。`, {}]),
]

/** Other measures in 人次, 场次 and 学时: services, visitors, reach, meetings, outsiders' courses. */
export const MEASURES_52: Probe39[] = [
  ['consultations at a service centre', `${CO_JUS}公共法律服务中心接待群众法律咨询2360人次。`, {}],
  ['visitors to a law park', `${CO_GOV}法治文化公园全年接待参观群众1.5万人次。`, {}],
  ['publicity reach in 人次', `${CITY_JUS}普法宣传活动覆盖群众8.6万人次。`, {}],
  ['attendance at a work meeting', `${CO_GOV}召开法治政府建设工作推进会2次，参会人员260人次。`, {}],
  ['free clinics and the people served', `${CO_HLT}开展义诊活动36场次，服务群众4200人次。`, {}],
  ['safety courses for firms\' workers', `${CO_EMG}开展安全生产培训136场次，培训企业从业人员8600人次。`, {}],
  ['drivers\' safety courses', `${CO_TR}开展驾驶员安全教育培训42期，受训驾驶员3100人次。`, {}],
  ['fire drills and the people in them', `${TOWN}开展消防演练12场次，参与群众960人次。`, {}],
  ['teachers\' continuing education hours', `${CO_EDU}组织教师参加继续教育培训，人均完成72学时。`, {}],
  ['farmers\' courses', `${CO_AGR}开展高素质农民培训12期，培训农民680人次。`, {}],
  ['drill of enforcement squads', `${CITY_ZF}组织执法队员开展队列训练和体能训练24次。`, {}],
  ['taxpayers\' school sessions', `${CO_TAX}开展纳税人学堂培训18期，参训纳税人2100余人次。`, {}],
  ['jobseekers\' skills training', `${CO_HR}开展职业技能培训56期，培训城乡劳动者4300人次。`, {}],
  tw(['a mediators\' course of a justice bureau', `${CO_JUS}培训人民调解员1260人次。`, {}]),
  tw(['volunteers\' hours of service', `${STREET}普法志愿者累计服务时长达3600小时。`, {}]),
]

/** Targets, requirements, plans, spans, stages of cards and course hours. */
export const BOUNDS_52: Probe39[] = [
  ['a per-person requirement for the departments', `${CO_GOV}要求各部门领导干部每人每年学法不少于40学时。`, {}],
  ['a standard the courses follow', `${CO_MKT}按照每人每年不少于60学时的标准组织执法人员培训。`, {}],
  ['a province\'s requirement of hours', `${PRV_TR}明确全省执法人员年度法律知识培训不少于40学时。`, {}],
  ['a plan of courses next year', `${CO_ZF}计划2024年举办法治培训班6期。`, {}],
  ['a target of trainees', `${CITY_JUS}力争全年培训人民调解员1000人次以上。`, {}],
  ['a study plan\'s minimum', `${STREET}制定年度学法计划，明确全年集中学法不少于12次。`, {}],
  ['a five-year plan\'s total', `${CO_JUS}“八五”普法启动以来累计举办法治培训126场。`, {}],
  ['a span of three years of trainees', `${CO_GOV}2021年至2023年共培训行政执法人员3600人次。`, {}],
  ['a span since a year', `${CO_MKT}自2020年以来，累计组织执法人员培训48期。`, {}],
  ['two years of lectures', `${TOWN}近两年开展法治讲座16场次。`, {}],
  ['cards newly obtained', `${CO_HLT}新增取得执法证人员16名。`, {}],
  ['cards applied for', `${CO_EMG}为46名新进人员申领行政执法证件。`, {}],
  ['a course\'s subjects and its hours', `${CITY_MKT}培训课程共设置16个专题，累计授课48学时。`, {}],
  ['a three-day course\'s hours', `${CO_GOV}为期3天的法治培训班安排课程24课时。`, {}],
  ['a monthly study rule', `${STREET}坚持每月开展一次集中学法。`, {}],
  ['the first half\'s sessions', `${CO_TR}上半年开展集中学法6次。`, {}],
  ['the year before\'s sessions', `${CO_NAT}2022年举办法治培训班4期。`, {}],
  tw(['a requirement of sessions for the towns', `${CO_GOV}要求各乡镇每季度至少开展1次集中学法。`, {}]),
  tw(['a span of holders\' courses', `${CO_ZF}近三年累计培训持证执法人员860人次。`, {}]),
]

export const ALL_52: [string, Probe39[]][] = [
  ['own', OWN_52], ['others', OTHERS_52], ['attended', ATTENDED_52], ['exams', EXAMS_52], ['measures', MEASURES_52],
  ['bounds', BOUNDS_52],
]

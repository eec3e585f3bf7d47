/**
 * Precision forms of round 57, training and mediation (precForms57.ts holds enforcement): numbers that are names (第十二期, 党的
 * 二十届三中全会, “12·4”, “4·15”, 12348), a course's length and a session's hours (为期3天, 每期4学时), counts of what a course is
 * made of (讲师, 试题, 课件, 题库), screenings of a higher body's video meeting, a span of months, a change alone; mediation's
 * prevented crimes, follow-up visits, files reviewed, subsidies per case, people involved, a share settled at the grass roots. About
 * two thirds near misses, a third the author's own figure in new wording. Sentences invented for this test (the real reports'
 * register, no report's wording).
 */
import { type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import {
  CITY_EMG, CITY_GOV, CITY_JUS, CO_EDU, CO_EMG, CO_GOV, CO_HRS, CO_JUS, CO_MKT, CO_TR, DIST_GOV, PRV_JUS_T, STREET, TOWN, TOWN_T,
} from './precForms57'

/** Training: figures of study and courses that are not the author's own of the year, and its own in new wording. */
export const TRAIN_57: Probe39[] = [
  // numbers that are names
  ['names: a course\'s ordinal', `${CO_JUS}举办第十二期“法治大讲堂”。`, {}],
  ['names: the ordinal, then the year\'s classes', `${CO_HRS}举办第十二期“法治大讲堂”，全年共举办法治讲座5期。`, { training_sessions: [5, 'exact'] }],
  ['names: a plenum\'s numerals in a law study', `${CO_TR}党组会专题学习党的二十届三中全会关于法治建设的部署。`, {}],
  ['names: a meeting\'s ordinal', `${CO_GOV}在县政府第36次常务会议上学习《行政复议法》。`, {}],
  ['names: the meetings\' ordinals, then the count', `${DIST_GOV}区政府第8次至第21次常务会议会前学法共14次。`, { training_sessions: [14, 'exact'] }],
  ['names: a day\'s date in a publicity slogan', `${CO_MKT}围绕“12·4”国家宪法日开展集中普法宣传。`, {}],
  ['names: a security day\'s date', `${CO_EDU}利用“4·15”全民国家安全教育日开展主题宣传。`, {}],
  ['names: the date, then the year\'s events', `${CO_EMG}以“5·12”防灾减灾日为契机，全年开展普法宣传活动46场次。`, { legal_publicity_events: [46, 'exact'] }],
  ['names: a five-year plan\'s numeral alone', `${CO_HRS}顺利通过“八五”普法中期评估。`, {}],
  // a course's length and a session's hours
  ['length: a course of three days', `${CITY_EMG}举办为期3天的执法骨干培训班。`, {}],
  ['length: two days, then the trainees', `${CO_TR}举办为期两天的执法人员培训班，培训执法人员120人。`, { training_participants: [120, 'exact'] }],
  ['length: hours of each session, not per head', `${CO_JUS}每期法治讲座安排4个学时。`, {}],
  ['length: minutes of each study', `${TOWN}每次会前学法时间不少于30分钟。`, {}],
  ['length: a rule of one study a month', `${STREET}坚持每月至少组织1次集中学法。`, {}],
  // what a course is made of
  ['made of: lecturers recruited', `${CITY_JUS}组建普法讲师团，吸纳讲师36名。`, {}],
  ['made of: a question bank', `${CO_GOV}建立学法考法题库，收录试题1200道。`, {}],
  ['made of: videos made', `${CO_EDU}录制法治微课程18节。`, {}],
  ['made of: videos made, then the study of the year', `${CO_EMG}录制执法微课12节，全年组织执法人员集中学法9次。`, { training_sessions: [9, 'exact'] }],
  ['made of: the law topics listed', `${CO_MKT}年度学法清单列明法律法规26部。`, {}],
  // a higher body's video meeting watched
  ['video meeting: the province\'s broadcast watched', `${CO_HRS}组织干部收看全省法治政府建设视频培训会3次。`, {}],
  ['video meeting: watched, then the own course', `${CO_TR}组织收看省厅执法培训视频会2次，自行举办执法人员培训班4期。`, { training_sessions: [4, 'exact'] }],
  // a span of months, a change alone
  ['months: since a month\'s start', `${CO_EDU}9月以来开展教师法治培训6场。`, {}],
  ['months: January to November, the year\'s', `${CO_JUS}1—11月，共组织干部集中学法11次。`, { training_sessions: [11, 'exact'] }],
  ['change: more sessions than the year before, alone', `${CO_GOV}全年学法次数比上年多出4次。`, {}],
  ['change: trainees up by a share, no total', `${CITY_GOV}参训人数同比增长23%。`, {}],
  // people, places and materials near study
  ['people: the staff who passed, not trainees', `${CO_MKT}全局82名执法人员全部通过年度考试。`, {}],
  ['people: a new intake\'s induction, then its people', `${CO_EMG}举办新录用执法人员入职培训1期，参训38人。`, { training_sessions: [1, 'exact'], training_participants: [38, 'exact'] }],
  ['places: venues built, not events', `${TOWN}建成法治文化广场3处、法治长廊2条。`, {}],
  ['places: venues, then the events held', `${STREET}依托法治文化阵地4处，开展普法活动32场。`, { legal_publicity_events: [32, 'exact'] }],
  tw(['materials: copies printed, not events', `${CO_JUS}印制《民法典》口袋书2万册。`, {}]),
  // the author's own in new wording
  ['own: the party group\'s study in one sentence with the heads\'', `${CO_HRS}局党组理论学习中心组开展法治专题学习6次，局主要负责人讲法治课1次。`,
    { training_sessions: [6, 'exact'] }],
  ['own: hours per head with a floor in brackets', `${CO_TR}干部职工人均学法58学时（要求不少于40学时）。`, { training_hours_per_person: [58, 'exact'] }],
  tw(['own: a province department\'s classes', `${PRV_JUS_T}全年举办全省司法行政系统法治培训班6期，培训1200人次。`,
    { training_sessions: [6, 'exact'], training_participants: [1200, 'exact'] }]),
  ['own: a town\'s cadres trained after a plan\'s title', `${TOWN}按照《2023年学法计划》，全年组织镇村干部学法培训8次、参训460人次。`,
    { training_sessions: [8, 'exact'], training_participants: [460, 'exact'] }],
  ['own: events after a slogan\'s date', `${CO_EDU}结合“3·15”“12·4”等节点，全年开展法治宣传活动28场。`, { legal_publicity_events: [28, 'exact'] }],
]

/** Mediation: figures that are not the author's disputes of the year, and its own in new wording. */
export const MED_57: Probe39[] = [
  // prevented crimes and follow-ups, not disputes
  ['prevented: crimes prevented alone', `${CO_JUS}全年防止民间纠纷转化为刑事案件5起。`, {}],
  ['prevented: disputes resolved, then crimes prevented', `${TOWN}调解成功矛盾纠纷126件，防止“民转刑”案件3起。`, { disputes_resolved: [126, 'exact'] }],
  ['follow-up: return visits', `${STREET}对已调结纠纷开展回访86次。`, {}],
  ['follow-up: agreements fulfilled', `${CO_JUS}调解协议履行率98%，自动履行调解协议312份。`, {}],
  // files reviewed and subsidies
  ['files: mediation files reviewed', `${CITY_JUS}组织人民调解卷宗评查，抽查卷宗260卷。`, {}],
  ['files: files judged excellent', `${CO_JUS}评选优秀调解卷宗20卷。`, {}],
  ['subsidy: subsidies per case paid', `${CO_JUS}落实“以案定补”，发放个案补贴12.6万元。`, {}],
  ['subsidy: subsidies paid for a count of cases', `${CO_JUS}为1260件人民调解案件发放补贴12.6万元。`, {}],
  // people involved, a share, a span of months
  ['people: people involved, not disputes', `${TOWN}调解纠纷涉及群众360余人。`, {}],
  ['people: the disputes, then the people', `${STREET}成功化解邻里纠纷68起，涉及群众210人。`, { disputes_resolved: [68, 'exact'] }],
  ['share: settled at the grass roots', `${CO_GOV}矛盾纠纷化解在基层的比例达92%。`, {}],
  ['share: a kind\'s share of the whole', `${CO_JUS}婚姻家庭纠纷占调解总数的31%。`, {}],
  ['months: a window of months', `${TOWN}7至9月开展矛盾纠纷集中排查，排查纠纷46件。`, {}],
  ['months: a quarter\'s, then the year\'s', `${CO_JUS}第四季度调解纠纷326件；全年共调解成功矛盾纠纷1268件。`, { disputes_resolved: [1268, 'exact'] }],
  // another body's or a higher body's figures
  ['other body: the police station\'s mediation', `${TOWN}辖区派出所调解治安纠纷82起。`, {}],
  ['other body: the union\'s labour mediation', `${CO_HRS}县总工会劳动争议调解委员会调解劳动纠纷36件。`, {}],
  tw(['other body: the petitions bureau\'s visits', `${CO_JUS}縣信訪局全年接待群眾來訪326批次。`, {}]),
  ['other body: the province\'s total in a city\'s report', `${CITY_JUS}全省人民调解组织调解纠纷42.6万件。`, {}],
  // the author's own in new wording
  ['own: a town\'s disputes swept and solved', `${TOWN_T}全年排查各類矛盾糾紛138件，化解136件，化解率98.6%。`,
    { disputes_identified: [138, 'exact'], disputes_resolved: [136, 'exact'] }],
  ['own: a street\'s success rate after the people', `${STREET}调解纠纷涉及群众120人，调解成功率97.5%。`, { mediation_success_pct: [97.5, 'exact'] }],
  ['own: a county justice bureau\'s own with subsidies after', `${CO_JUS}全县各级人民调解组织调解成功纠纷2860件，发放以案定补资金28万元。`,
    { disputes_resolved: [2860, 'exact'] }],
  ['own: petitions handled after a rate', `${CITY_GOV}信访事项及时受理率100%，全年受理信访事项1268件。`, { petitions_handled: [1268, 'exact'] }],
]

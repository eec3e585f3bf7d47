/**
 * Training forms of round 45 (issue 11: the holdout's training family at 0.759, false values more than misses). Each of the
 * author's own training figures stands beside the figures real reports put near the same terms: sessions against 人次 against
 * 学时 against an exam's 参考率/合格率/考试人数; the theory group's and the meetings' law study (理论学习中心组, 会前学法) against the
 * laws studied; court hearings attended (旁听庭审, in sessions or in people); lectures the author's people gave elsewhere or heard
 * at a higher body's event; a plan or a duty (计划, 每人每年不少于) against what was done; a count and its people told in two
 * sentences; publicity events against training; an online platform's registered users and completion rates; the year before's
 * figures and changes. Authors of five levels (a ministry, a province's department, a city's, a county's and a town's or street's
 * organs) and several sectors, some in traditional script. Continued in trainingForms45More.ts (oversight). Sentences invented
 * for this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

export const MIN = head('交通运输部')
export const PRV = head('浙江省人力资源和社会保障厅')
export const PRVT = headT('浙江省人力資源和社會保障廳')
export const CG = head('临江市人民政府')
export const CJ = head('临江市司法局')
export const CE = head('临江市生态环境局')
export const XG = head('青河县人民政府')
export const XGT = headT('青河縣人民政府')
export const XJ = head('青河县司法局')
export const XS = head('青河县市场监督管理局')
export const XST = headT('青河縣市場監督管理局')
export const XW = head('青河县卫生健康局')
export const XE = head('青河县教育局')
export const XT = head('青河县交通运输局')
export const ZG = head('桥头镇人民政府')
export const ZGT = headT('橋頭鎮人民政府')
export const JD = head('东湖街道办事处')

export const SESSIONS_45: Probe39[] = [
  // sessions, people and hours of one sentence
  ['sessions, people and hours together', `${XW}全年组织集中学法12次，累计参学干部职工560人次，人均学法42学时。`,
    { training_sessions: [12, 'exact'], training_participants: [560, 'exact'], training_hours_per_person: [42, 'exact'] }],
  ['the theory group\'s law study of a county government', `${XG}县政府党组理论学习中心组专题学法4次。`, { training_sessions: [4, 'exact'] }],
  ['the county party committee\'s group in a government report', `${XG}县委理论学习中心组开展法治专题学习3次。`, {}],
  ['meetings\' law study and the laws studied', `${XG}县政府常务会议会前学法15次，学习法律法规28部。`, { training_sessions: [15, 'exact'] }],
  ['meetings\' law study told only by the laws studied', `${XG}坚持县政府常务会议会前学法制度，全年学习法律法规22部。`, {}],
  ['a town\'s party committee meetings', `${ZG}镇党委会议会前学法11次，镇政府班子成员带头讲法治课2次。`, { training_sessions: [13, 'derived'] }],
  ['a street\'s working committee\'s theory group', `${JD}街道党工委理论学习中心组集中学法6次。`, { training_sessions: [6, 'exact'] }],
  ['a ministry\'s lectures for its staff', `${MIN}举办部机关法治讲座4场，邀请专家解读新修订的《行政复议法》。`, { training_sessions: [4, 'exact'] }],
  ['a province\'s department\'s courses and trainees', `${PRV}举办全省人社系统行政执法人员培训班2期，培训执法骨干300余人。`,
    { training_sessions: [2, 'exact'], training_participants: [300, 'approx'] }],
  ['traditional meetings\' law study', `${XGT}縣政府常務會議會前學法16次。`, { training_sessions: [16, 'exact'] }],
  ['traditional theory group of a town', `${ZGT}鎮黨委理論學習中心組專題學法5次，參學人員90人次。`,
    { training_sessions: [5, 'exact'], training_participants: [90, 'exact'] }],
  ['sessions in Chinese numerals with 余', `${XE}局机关组织法治专题培训十余场次。`, { training_sessions: [10, 'approx'] }],
  ['full-width sessions and people', `${XT}举办交通运输执法培训班４期，培训执法人员２１０人次。`,
    { training_sessions: [4, 'exact'], training_participants: [210, 'exact'] }],
  // court hearings attended: neither sessions nor participants
  ['court hearings attended in sessions and people', `${XS}组织执法人员旁听庭审2次，参加旁听46人次。`, {}],
  ['hearings of a suit attended by department heads', `${XG}组织县政府组成部门负责人旁听行政诉讼案件庭审3场，共计120余人次参加。`, {}],
  ['hearings then lectures', `${XS}组织旁听庭审1次，举办法治讲座2场。`, { training_sessions: [2, 'exact'] }],
  ['lectures then hearings', `${XW}举办法治讲座3场，组织干部旁听庭审2次。`, { training_sessions: [3, 'exact'] }],
  ['traditional hearings attended', `${XST}組織執法人員旁聽庭審3次，共計85人次。`, {}],
  ['hearings online, people', `${CE}组织干部职工线上旁听庭审，参加人员达150人次。`, {}],
  // lectures given elsewhere, events of higher bodies
  ['public lawyers lecturing other units', `${CJ}选派公职律师为市直单位授课16场次。`, {}],
  ['a leader lecturing at the party school', `${CJ}局领导应邀在市委党校主体班讲授法治课3次。`, {}],
  ['sent to a province\'s courses', `${XS}派员参加省市场监管局举办的执法能力提升培训班4期，参训12人次。`, {}],
  ['the city\'s lecture our staff attended', `${XT}全体干部职工参加市交通运输局举办的法治讲座1场。`, {}],
  ['the city\'s courses then own courses', `${XT}参加市交通运输局举办的执法培训2期；局机关自行举办法治培训3期，参训人员156人次。`,
    { training_sessions: [3, 'exact'], training_participants: [156, 'exact'] }],
  ['a ministry\'s courses for provinces\' staff', `${MIN}举办全国交通运输综合执法骨干培训班3期，各省（区、市）执法骨干600余人参训。`,
    { training_sessions: [3, 'exact'], training_participants: [600, 'approx'] }],
  ['the county\'s session held by the party school', `${XE}县委党校举办领导干部法治专题研讨班1期，局班子成员4人参加。`, {}],
  // plans and duties against what was done
  ['a plan\'s sessions then those done', `${XW}年初制定学法计划，安排集体学法10次，全年实际开展12次。`, { training_sessions: [12, 'exact'] }],
  ['planned courses and those held', `${XW}计划举办法治培训4期，已举办3期。`, { training_sessions: [3, 'exact'] }],
  ['a plan for next year', `${XW}2024年计划举办法治培训班6期。`, {}],
  ['a plan of courses in the year\'s plan', `${XE}印发年度干部学法计划，明确全年开展专题学法不少于6次。`, {}],
  ['a duty per quarter', `${ZG}要求镇班子成员每季度至少集中学法1次。`, {}],
  // changes and the year before
  ['sessions then a change', `${XW}全年组织法治培训8场次，较上年增加3场次。`, { training_sessions: [8, 'exact'] }],
  ['the year before\'s and this year\'s', `${XW}2022年举办法治培训6期，2023年举办9期。`, { training_sessions: [9, 'exact'] }],
  ['only a change of sessions', `${XE}法治培训场次同比增长20%。`, {}],
  ['the year before\'s sessions in an aside', `${XE}举办法治培训班7期（上年为5期）。`, { training_sessions: [7, 'exact'] }],
  ['since the plan began', `${JD}“八五”普法启动以来累计开展干部学法48次。`, {}],
  ['political study of which law study', `${XE}局党组理论学习中心组学习12次，其中专题学法4次。`, { training_sessions: [4, 'exact'] }],
  ['party meetings and study meetings', `${XE}召开局党组会议24次、理论学习中心组学习会12次。`, {}],
  ['two meetings\' law study added', `${CJ}局党组会议会前学法9次，局务会议会前学法12次。`, { training_sessions: [21, 'derived'] }],
  ['the government\'s and the party committee\'s meetings', `${XG}县政府常务会议会前学法12次；县委常委会会前学法10次。`, { training_sessions: [12, 'exact'] }],
  ['law study, laws, then leaders\' lessons', `${CG}市政府常务会议会前学法18次，学习法律法规32部，市政府领导班子成员带头讲法治课2次。`,
    { training_sessions: [20, 'derived'] }],
  ['a street\'s leaders\' law lessons', `${JD}街道领导班子成员带头讲法治课4次。`, { training_sessions: [4, 'exact'] }],
  ['a lawyer invited to lecture the staff', `${XW}邀请律师为局机关干部授课2次。`, { training_sessions: [2, 'exact'] }],
  ['a judge\'s case lecture for officers', `${XW}邀请县法院法官为执法人员开展“以案释法”讲座1场。`, { training_sessions: [1, 'exact'] }],
  ['a head\'s law lesson for officers', `${XS}局长为全体执法人员讲授法治专题党课1次。`, { training_sessions: [1, 'exact'] }],
  ['a ministry\'s leaders\' study', `${MIN}部领导干部集体学法4次。`, { training_sessions: [4, 'exact'] }],
  ['the provinces\' courses in a ministry\'s report', `${MIN}各省级交通运输主管部门举办执法培训320期。`, {}],
  ['own lectures then a video course attended', `${XW}举办法治讲座5场。另外，组织干部参加市卫健委视频培训3次。`, { training_sessions: [5, 'exact'] }],
  ['courses and people, both changes after 分别', `${XJ}全年开展法治培训16场次，培训干部1200人次，分别较上年增长14%和20%。`,
    { training_sessions: [16, 'exact'], training_participants: [1200, 'exact'] }],
  ['courses for 法律明白人', `${XJ}组织“法律明白人”培训12期，培训法律明白人980人次。`,
    { training_sessions: [12, 'exact'], training_participants: [980, 'exact'] }],
  ['justice offices guided to train', `${XJ}指导各司法所开展法律明白人培训48场。`, {}],
  ['a joint count of law and business training', `${XT}开展法治和业务培训共计20场次。`, {}],
  ['a topic that names no law', `${XE}举办党的二十大精神专题培训班2期，参训干部180人次。`, {}],
]

export const PEOPLE_45: Probe39[] = [
  // counts over two sentences of one paragraph
  ['courses then their people in the next sentence', `${XJ}举办法治培训3期。参训人员共计260人次。`,
    { training_sessions: [3, 'exact'], training_participants: [260, 'exact'] }],
  ['lectures then the staff who came', `${JD}开展法治讲座4场。共有260名机关和社区工作人员参加。`,
    { training_sessions: [4, 'exact'], training_participants: [260, 'exact'] }],
  ['a course then its trainees, traditional', `${XST}舉辦執法人員法律知識培訓班2期。參訓執法人員共計118人次。`,
    { training_sessions: [2, 'exact'], training_participants: [118, 'exact'] }],
  ['courses then an exam\'s takers in the next sentence', `${XS}举办执法人员培训班3期。培训结束后组织闭卷考试，参考人员96人。`,
    { training_sessions: [3, 'exact'] }],
  ['firms\' courses then their people next', `${XS}为辖区食品生产企业举办法规培训4期。参训企业负责人320人次。`, {}],
  ['people in the next sentence of a higher body\'s course', `${XT}市交通运输局举办执法培训班2期。局机关参训人员36人次。`, {}],
  // 人次 against 人 against places and units
  ['people and the units they came from', `${XG}举办全县行政执法人员培训班2期，培训来自38个执法部门的执法人员620人次。`,
    { training_sessions: [2, 'exact'], training_participants: [620, 'exact'] }],
  ['people reached and materials', `${XW}开展法治培训5场，覆盖干部职工430人次，发放学习资料800余份。`,
    { training_sessions: [5, 'exact'], training_participants: [430, 'exact'] }],
  ['trainees per course only', `${XE}每期培训学员约60人。`, {}],
  ['a town\'s course for village cadres', `${ZG}为村（社区）干部举办法治培训班2期，培训村干部110人。`,
    { training_sessions: [2, 'exact'], training_participants: [110, 'exact'] }],
  ['a lecture then its listeners in the next sentence', `${XW}开展法治专题讲座5场。讲座由律师主讲，累计420人次参加。`,
    { training_sessions: [5, 'exact'], training_participants: [420, 'exact'] }],
  ['trainees from the year before\'s to this year\'s', `${XJ}培训人次由上年的420人次增加到560人次。`, { training_participants: [560, 'exact'] }],
  ['a street\'s staff, traditional count in words', `${JD}組織機關幹部參加法律知識培訓，參訓人員一百二十人次。`, { training_participants: [120, 'exact'] }],
  ['a province\'s system\'s trainees, the whole area\'s read alone', `${PRV}全省人社系统累计培训执法人员1.2万人次。`,
    { training_participants: [12000, 'exact'] }],
  ['a ministry\'s online trainees', `${MIN}组织部机关和部属单位干部参加网上法治专题培训，参训8600余人次。`,
    { training_participants: [8600, 'approx'] }],
  ['people sitting an exam are no trainees', `${XS}组织执法人员参加年度法律知识考试，参考执法人员86人。`, {}],
  ['the year before\'s trainees in an aside', `${XW}全年培训干部职工680人次（上年为520人次）。`, { training_participants: [680, 'exact'] }],
  ['trainees then a change', `${CE}参训人员达到760人次，同比增加120人次。`, { training_participants: [760, 'exact'] }],
  ['trainees up by a share only', `${CE}参训人次较上年增长18%。`, {}],
  ['the city\'s trainees in a county bureau', `${XT}全市交通运输系统培训执法人员2300人次。`, {}],
  ['the county\'s trainees then the bureau\'s own', `${XW}全县卫生健康系统培训2100人次，其中局机关干部参训180人次。`,
    { training_participants: [180, 'exact'] }],
  ['lower units\' trainees', `${XE}指导各中小学开展教职工法治培训，参训教师1800余人次。`, {}],
  ['a video lecture and its viewers', `${CE}组织全局干部收听收看法治专题讲座，到会干部职工210人。`, { training_participants: [210, 'exact'] }],
  ['a course\'s days and hours, no people', `${XT}举办为期2天的执法骨干培训班1期，共计16学时。`, { training_sessions: [1, 'exact'] }],
  ['people in a mixed-topic course', `${XE}举办师德师风和法治教育培训班1期，参训教师260人。`, {}],
  ['selected few sent to a course', `${XJ}选派12名骨干参加省司法厅举办的行政复议业务培训。`, {}],
  ['people who registered for a course', `${XS}报名参加执法资格考试培训52人。`, {}],
  ['trainees of a course at a date', `${XW}于5月12日举办法治讲座，参加干部职工86人。`, {}],
  ['people of an own course stated first', `${ZG}全镇160名干部职工参加镇政府举办的法治专题讲座2场。`,
    { training_sessions: [2, 'exact'], training_participants: [160, 'exact'] }],
  ['people across sessions in 累计', `${CJ}全年举办“法治大讲堂”6期，累计参训540人次。`,
    { training_sessions: [6, 'exact'], training_participants: [540, 'exact'] }],
]

export const EXAMS_HOURS_45: Probe39[] = [
  // exams: their rates, takers and scores are no training figures
  ['an online exam\'s takers and pass rate', `${XS}组织执法人员参加全省行政执法人员网上考试，参考人数86人，合格率100%。`, {}],
  ['an exam held once with its attendance rate', `${XS}开展年度学法考试1次，参考率100%。`, {}],
  ['a city\'s public servants\' exam', `${CG}组织全市国家工作人员参加学法用法考试，参考人数3.2万人，参考率99.6%。`, {}],
  ['an exam\'s excellent rate', `${XE}干部学法考试优秀率85%，平均分91.2分。`, {}],
  ['an exam then a course', `${XJ}组织全体干部参加年度学法考试，参考率100%；举办法治培训班2期。`, { training_sessions: [2, 'exact'] }],
  ['a course then an exam\'s passers', `${XT}举办执法人员培训班3期，培训后考试合格156人。`, { training_sessions: [3, 'exact'] }],
  ['traditional exam rates', `${XGT}全縣國家工作人員學法考試參考率100%，合格率99.8%。`, {}],
  ['an exam\'s number of takers and a rank', `${ZG}参加全县学法考试38人，平均成绩位列全县乡镇第3名。`, {}],
  ['quizzes answered', `${JD}组织干部参加线上法律知识答题，答题人次达到1260人次。`, {}],
  ['a law-reading contest', `${XW}开展民法典知识竞赛1次，参赛干部120人。`, {}],
  // hours per person against hours of a course, duties and targets
  ['hours per person with a duty named before', `${XW}按照每人每年不少于40学时的要求，干部职工人均学法达到46学时。`,
    { training_hours_per_person: [46, 'exact'] }],
  ['a duty of hours only', `${XE}要求执法人员每人每年接受法律知识培训不少于60学时。`, {}],
  ['a target of hours', `${XT}力争2024年执法人员人均培训学时达到60学时。`, {}],
  ['hours of a course, not per person', `${XT}举办执法人员综合培训班，累计培训48学时。`, {}],
  ['hours per person of last year', `${XJ}2022年干部人均学法学时为40学时。`, {}],
  ['hours per person then last year\'s', `${XJ}干部人均学法52学时，上年为40学时。`, { training_hours_per_person: [52, 'exact'] }],
  ['hours per person in Chinese numerals', `${JD}机关干部人均学法学时达到五十学时。`, { training_hours_per_person: [50, 'exact'] }],
  ['hours per person of officers, a province', `${PRV}执法人员人均参加公共法律知识和专业法律知识培训62学时。`, { training_hours_per_person: [62, 'exact'] }],
  ['hours in hours, not 学时', `${CE}全局干部人均在线学法时长达到36小时。`, { training_hours_per_person: [36, 'exact'] }],
  ['traditional hours per person', `${XST}執法人員人均參加法律知識培訓達到68學時。`, { training_hours_per_person: [68, 'exact'] }],
  ['hours of the county\'s public servants then the bureau\'s', `${XS}全县国家工作人员人均学法学时达到50学时，局机关干部人均学法56学时。`,
    { training_hours_per_person: [56, 'exact'] }],
  // online platforms
  ['a platform\'s registered users and completion rate', `${XS}组织干部职工在“学法用法”平台在线学习，注册人数128人，完成率100%。`, {}],
  ['a platform\'s registration rate then hours per person', `${XS}干部职工在线学法平台注册率100%，人均学习56学时。`, { training_hours_per_person: [56, 'exact'] }],
  ['a city\'s platform users', `${CG}全市国家工作人员在线学法平台注册用户8.6万人，学法完成率98%。`, {}],
  ['a platform\'s courses put online', `${PRV}在网络学院上线法治专题课程36门。`, {}],
  ['a platform\'s visits', `${CE}法治学习专栏全年访问量达到2.3万人次。`, {}],
  ['a platform\'s learners of the county', `${XG}全县2.1万名国家工作人员参加网上学法，参学率100%。`, {}],
  ['learners of an app, traditional', `${ZGT}鎮機關幹部通過“學習強國”平台學習法律知識，學習人數85人。`, {}],
  ['a rate of study plans fulfilled', `${XW}学法计划完成率100%。`, {}],
  ['a province\'s courses, people and hours over a figure', `${PRV}开展厅机关法治培训6期，参训1200人次，人均学时超过50学时。`,
    { training_sessions: [6, 'exact'], training_participants: [1200, 'exact'], training_hours_per_person: [50, 'at_least'] }],
  ['a higher body\'s online course\'s attendance rate', `${XT}组织执法人员参加省交通运输厅网络培训，参训率100%。`, {}],
  ['courses and their attendance rate', `${XT}举办执法培训班3期，参训率100%。`, { training_sessions: [3, 'exact'] }],
  ['courses and an exam\'s pass rate', `${XE}举办法治培训班2期，考试合格率100%。`, { training_sessions: [2, 'exact'] }],
  ['exam takers in 人次', `${CE}干部职工参加学法考试120人次，参考率100%。`, {}],
  ['certificates beside an exam', `${XT}组织新招录执法人员参加执法资格考试，18人通过考试。`, {}],
]

export const PUBLICITY_45: Probe39[] = [
  ['publicity events and lectures for residents added', `${JD}深入社区开展普法宣传活动18场次，为辖区居民举办法治讲座6场。`,
    { legal_publicity_events: [24, 'derived'] }],
  ['lectures for staff beside publicity events', `${JD}为机关干部举办法治讲座2场，深入社区开展普法宣传活动18场次。`,
    { training_sessions: [2, 'exact'], legal_publicity_events: [18, 'exact'] }],
  ['publicity events then people reached', `${ZG}开展送法下乡活动12场次，受教育群众3000余人次。`, { legal_publicity_events: [12, 'exact'] }],
  ['publicity to firms is no training', `${XS}开展“法律进企业”活动15次，为企业员工讲解食品安全法律法规。`, { legal_publicity_events: [15, 'exact'] }],
  ['a publicity week\'s events', `${XE}宪法宣传周期间开展宪法进校园活动26场。`, {}],
  ['school lectures as publicity', `${XE}组织法治副校长进校园开展法治讲座120场次。`, { legal_publicity_events: [120, 'exact'] }],
  ['leaflets and publicity events', `${XW}开展法治宣传活动8次，发放宣传资料5000余份。`, { legal_publicity_events: [8, 'exact'] }],
  ['people reached only', `${XW}普法宣传覆盖群众2万余人次。`, {}],
  ['publicity on another topic', `${XG}开展反电信诈骗宣传活动60余场。`, {}],
  ['publicity events then a change', `${JD}全年开展普法活动36场，比上年多10场。`, { legal_publicity_events: [36, 'exact'] }],
  ['the county\'s events then the bureau\'s', `${XJ}全县共开展普法宣传活动860场次，其中局机关组织开展42场次。`, { legal_publicity_events: [42, 'exact'] }],
  ['traditional publicity', `${ZGT}開展法治宣傳活動20場次，發放宣傳資料3000餘份。`, { legal_publicity_events: [20, 'exact'] }],
  ['a province\'s system\'s events, the whole area\'s read alone', `${PRV}全省人社系统开展根治欠薪法治宣传活动1200余场次。`,
    { legal_publicity_events: [1200, 'approx'] }],
  ['a ministry\'s campaign events nationwide', `${MIN}指导各地开展交通运输法治宣传活动2.6万场次。`, {}],
  ['posts are no events', `${CE}通过微信公众号推送普法文章86期。`, {}],
  ['publicity then a training sentence', `${XT}开展“路政宣传月”普法活动6场。举办执法人员培训班2期。`,
    { legal_publicity_events: [6, 'exact'], training_sessions: [2, 'exact'] }],
  ['training then publicity sentence', `${XS}举办法治培训班3期，培训干部180人次。开展普法宣传活动12场次。`,
    { training_sessions: [3, 'exact'], training_participants: [180, 'exact'], legal_publicity_events: [12, 'exact'] }],
  ['legal consultations', `${XJ}组织律师开展法律咨询活动24次，解答群众咨询560人次。`, { legal_publicity_events: [24, 'exact'] }],
  ['a plan of events', `${JD}计划2024年开展普法宣传活动不少于40场。`, {}],
  ['since 八五 began', `${XG}“八五”普法以来，全县累计开展法治宣传活动3200余场。`, {}],
]

export const ALL_TRAINING_45: [string, Probe39[]][] = [
  ['sessions', SESSIONS_45], ['people', PEOPLE_45], ['exams and hours', EXAMS_HOURS_45], ['publicity', PUBLICITY_45],
]

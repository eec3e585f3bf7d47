/**
 * Precision forms of round 54, training (see precForms54.ts): courses the author gives people outside it with no topic or a trade's
 * topic, exams (sitters, passes, scores) against trainees, total and person-hours against hours per head, sessions against
 * attendees (场次 vs 人次, per session, days), the same figure said twice, quotas, course libraries, video meetings watched, notes
 * written; and the author's own in new wording. About two thirds near misses. Sentences invented for this test.
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import { CITY_JUS, CO_AGR, CO_EMG, CO_GOV, CO_HLT, CO_HRS, CO_JUS, CO_MKT, CO_NR, CO_TAX, CO_TR, CO_ZF, STREET, TOWN } from './precForms54'

const CITY_HLT = head('鹤川市卫生健康委员会')
const CO_EDU = head('榆川县教育局')
const PRV_JUS = head('溪岭省司法厅')

export const TRAIN_54: Probe39[] = [
  // courses for people outside the author
  ['others: a trade course for food sellers', `${CO_MKT}面向全县食品经营者开展食品安全操作规范培训7场，受训1860人次。`, {}],
  ['others: doctors taught in their clinics', `${CO_HLT}组织专家送教上门，为基层医疗机构培训医务人员1260人次。`, {}],
  ['others: a province\'s mediators in a city\'s course', `${CITY_JUS}承办全省人民调解员业务培训班1期，培训调解员150人。`, {}],
  ['others: school staff taught on safety', `${CO_EDU}为全县中小学校长和安全管理干部举办校园安全培训班3期，培训420人次。`, {}],
  ['others: shopkeepers, then the own staff\'s course', `${CO_AGR}对全县农资经营户开展培训8期；局机关组织执法人员法律知识培训3期，培训86人次。`,
    { training_sessions: [3, 'exact'], training_participants: [86, 'exact'] }],
  tw(['others: taxpayers taught in traditional script', `${CO_TAX}為轄區新辦納稅人舉辦辦稅輔導培訓12場，參訓2300人次。`, {}]),
  // exams against trainees
  ['exam: sitters and passes', `${CO_TAX}组织186名干部参加年度学法考试，182人合格。`, {}],
  ['exam: a sitting rate and those who passed', `${CO_ZF}执法人员网上学法考试参考率100%，通过人数148人。`, {}],
  ['exam: an average score', `${CO_HRS}领导干部学法考试成绩平均92.3分。`, {}],
  ['exam: a course, then its exam', `${CO_TAX}全年举办法律知识培训6期，培训干部420人次；培训结束后组织考试，合格率98.5%。`,
    { training_sessions: [6, 'exact'], training_participants: [420, 'exact'] }],
  ['exam: closed-book exams in 场', `${CO_HLT}组织法律知识闭卷考试3场，参考干部240人次。`, {}],
  ['exam: online quiz rounds', `${STREET}开展“以考促学”线上法律知识答题活动12期，参与1860人次。`, {}],
  tw(['exam: sitters in traditional script', `${CO_NR}組織全局幹部參加法律知識考試，參考126人，全部合格。`, {}]),
  // hours: totals and person-hours against hours per head
  ['hours: the total, then per head', `${CO_JUS}全局干部全年累计学法4860学时，人均学法52学时。`, { training_hours_per_person: [52, 'exact'] }],
  ['hours: the total alone', `${CO_MKT}全局干部职工在线学法时长合计6820学时。`, {}],
  ['hours: a course\'s own hours', `${CO_EMG}举办为期5天的执法能力提升培训班，共计40学时。`, {}],
  ['hours: person-hours', `${CO_NR}全年法治培训共计2860人学时。`, {}],
  ['hours: an average in 小时 after 平均参加', `${CO_TR}执法人员年度平均参加法律培训62小时。`, { training_hours_per_person: [62, 'exact'] }],
  tw(['hours: the total then per head in traditional script', `${CO_HRS}全局累計學法3120學時，人均48學時。`, { training_hours_per_person: [48, 'exact'] }]),
  // sessions against attendees
  ['sessions: 场次 then 人次', `${CO_HLT}全年举办法治讲座6场次，参加干部职工420人次。`,
    { training_sessions: [6, 'exact'], training_participants: [420, 'exact'] }],
  ['sessions: 人次 first, classes after', `${CITY_JUS}全年组织执法人员法律培训3200人次，共开设培训班18个。`,
    { training_participants: [3200, 'exact'], training_sessions: [18, 'exact'] }],
  ['sessions: a per-session headcount', `${CO_EMG}开展执法人员法律培训8场，每场参训人员约60人。`, { training_sessions: [8, 'exact'] }],
  ['sessions: days of a course beside its classes', `${CO_TAX}举办执法资格法律培训班2期共6天，培训新进人员52人。`,
    { training_sessions: [2, 'exact'], training_participants: [52, 'exact'] }],
  ['sessions: lecturers counted beside the lectures', `${CO_GOV}邀请法学专家、律师等8人为县政府常务会议授课，全年会前学法10次。`, { training_sessions: [10, 'exact'] }],
  // the same figure said twice
  ['repeat: the count before its noun in the next sentence', `${CO_JUS}全年开展集体学法12次，做到学法常态化。全年12次集体学法均由主要负责人主持。`,
    { training_sessions: [12, 'exact'] }],
  ['repeat: people repeated in brackets', `${CO_MKT}全年培训执法人员620人次（全年累计培训620人次）。`, { training_participants: [620, 'exact'] }],
  ['repeat: sessions\' parts, their total, the total again', `${CO_ZF}举办法治专题培训3期、执法业务培训5期，合计8期。全年共举办各类法治培训8期。`,
    { training_sessions: [8, 'exact'] }],
  // other near misses
  ['near: course places allotted', `${CO_TR}分配给我局的省级执法培训名额12个。`, {}],
  ['near: courses put online', `${CO_HRS}在学法平台上线法治课程136门。`, {}],
  ['near: video meetings watched at a branch venue', `${CO_MKT}在县分会场组织干部收看省局法治培训视频会议3次，参会120人次。`, {}],
  ['near: study notes written', `${CO_GOV}领导干部撰写学法心得体会86篇。`, {}],
  ['near: a province\'s trainers\' pool', `${PRV_JUS}建立全省行政执法培训师资库，入库讲师320名。`, {}],
  ['near: materials handed out at a course', `${TOWN}举办法治培训1场，发放学习资料300余份。`, { training_sessions: [1, 'exact'] }],
  // the author's own, in new wording
  ['own: meetings\' study in Chinese numerals', `${CO_GOV}县政府常务会议会前学法十二次。`, { training_sessions: [12, 'exact'] }],
  ['own: people as 名 after 培训了', `${CO_MKT}全年培训了执法人员三百二十名。`, { training_participants: [320, 'exact'] }],
  ['own: hours per head in a colon list', `${CO_HRS}学法情况：人均学法学时58学时，参训率100%。`, { training_hours_per_person: [58, 'exact'] }],
  ['own: lectures and people with 余', `${STREET}全年举办法治讲座9场，参加街道干部260余人次。`,
    { training_sessions: [9, 'exact'], training_participants: [260, 'approx'] }],
  ['own: a city commission\'s sessions and people', `${CITY_HLT}全年举办卫生健康法律法规培训班5期，培训委机关及直属单位干部580人次。`,
    { training_sessions: [5, 'exact'], training_participants: [580, 'exact'] }],
  tw(['own: sessions and people in traditional script', `${CO_ZF}全年組織執法人員法律知識培訓4期，參訓236人次。`,
    { training_sessions: [4, 'exact'], training_participants: [236, 'exact'] }]),
]

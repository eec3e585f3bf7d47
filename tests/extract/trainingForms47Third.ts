/**
 * Round 47's third batch: registers the first two batches did not write — seminars and 研讨班, 以会代训, 法治大讲堂 series, study points
 * and completion rates, people counted as 全员/全体, new staff's induction courses, law taught in a 以案说法 series, publicity shows and
 * 送法下乡, the people educated at events — written after the second batch's fixes and run once before any rule. Sentences invented
 * for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './trainingForms47'

const MJ = head('司法部')
const PS = head('浙江省商务厅')
const PE = head('云南省教育厅')
const CH = head('南湖市住房公积金管理中心')
const CA = head('南湖市审计局')
const CG = head('南湖市人民政府')
const XN = head('安宁县农业农村局')
const XX = head('安宁县信访局')
const XP = head('安宁县人民政府')
const XZ = head('安宁县综合行政执法局')
const ZT = head('柳溪镇人民政府')
const JS = head('北山街道办事处')

export const THIRD_47: Probe39[] = [
  // sessions in other words
  ['a ministry\'s seminars', `${MJ}举办部机关司局级干部法治专题研讨班2期。`, { training_sessions: [2, 'exact'] }],
  ['a province department\'s lecture series', `${PS}开办“商务法治大讲堂”6期，厅机关干部360余人次参加。`,
    { training_sessions: [6, 'exact'], training_participants: [360, 'approx'] }],
  ['an education department\'s staff study', `${PE}厅党组理论学习中心组开展宪法专题学习2次。`, { training_sessions: [2, 'exact'] }],
  ['a centre\'s collective study', `${CH}中心党组集中学法6次，中心主任讲法治课1次。`, { training_sessions: [7, 'derived'] }],
  ['an audit bureau\'s lectures with the count first', `${CA}举办了3场审计法律法规专题辅导讲座。`, { training_sessions: [3, 'exact'] }],
  ['a county bureau\'s training by meetings', `${XN}以会代训开展农业执法法律培训4次。`, { training_sessions: [4, 'exact'] }],
  ['a petitions bureau\'s regulation study', `${XX}组织干部职工集中学习《信访工作条例》5次。`, { training_sessions: [5, 'exact'] }],
  ['a county government\'s thematic lecture in numerals', `${XP}县政府举办领导干部法治专题讲座两期。`, { training_sessions: [2, 'exact'] }],
  ['an enforcement bureau\'s case study series', `${XZ}开展“以案说法”执法案例研讨12期。`, { training_sessions: [12, 'exact'] }],
  ['a town\'s law study with its people', `${ZT}镇机关开展法治专题学习8次，参学干部320人次。`,
    { training_sessions: [8, 'exact'], training_participants: [320, 'exact'] }],
  ['a street\'s study after its total', `${JS}全年共组织学法11次。`, { training_sessions: [11, 'exact'] }],
  ['traditional seminars', tw('司法部', '举办全国行政复议人员培训班3期，培训学员900余人。'),
    { training_sessions: [3, 'exact'], training_participants: [900, 'approx'] }],
  ['traditional town study', tw('柳溪镇人民政府', '镇党委会议会前学法十五次。'), { training_sessions: [15, 'exact'] }],
  // people in other words
  ['all the staff counted', `${XZ}全体执法队员186人全部参加法律知识轮训。`, { training_participants: [186, 'exact'] }],
  ['people as 参学人数', `${CA}举办法治培训2期，参学人数达到150人。`, { training_sessions: [2, 'exact'], training_participants: [150, 'exact'] }],
  ['people online', `${CH}组织线上法治培训1期，在线参训420人次。`, { training_sessions: [1, 'exact'], training_participants: [420, 'exact'] }],
  ['people of several courses', `${XN}举办执法培训3期，累计培训执法人员240人次。`, { training_sessions: [3, 'exact'], training_participants: [240, 'exact'] }],
  // hours in other words
  ['hours of study per head as 参学时长', `${PS}厅机关干部人均参学时长46学时。`, { training_hours_per_person: [46, 'exact'] }],
  ['hours per head with 达', `${XX}干部职工人均学法学时达52学时。`, { training_hours_per_person: [52, 'exact'] }],
  ['hours per head of the law officers', `${XZ}执法队员年均接受法律培训不少于60学时，人均实际完成64学时。`, { training_hours_per_person: [64, 'exact'] }],
  // publicity in other words
  ['law sent to the countryside', `${XN}开展送法下乡活动20次。`, { legal_publicity_events: [20, 'exact'] }],
  ['law shows', `${ZT}组织法治文艺演出6场。`, { legal_publicity_events: [6, 'exact'] }],
  ['a themed campaign\'s events', `${JS}开展“美好生活·民法典相伴”主题宣传活动9场。`, { legal_publicity_events: [9, 'exact'] }],
  ['public lectures with the people educated', `${XP}举办普法讲座30场，受教育群众4000余人次。`, { legal_publicity_events: [30, 'exact'] }],
  // distractors
  ['study points', `${CA}干部学法积分人均达到1200分。`, {}],
  ['the completion rate', `${CH}学法任务完成率100%。`, {}],
  ['the participation rate', `${XX}干部学法参学率达100%。`, {}],
  // (law in the clause keeps a training of another kind a law training: 执法人员业务培训, the 2026-12-04 ruling; so 执法人员岗前培训 too)
  ['new law officers\' induction course', `${XZ}组织新录用执法人员岗前培训1期，培训32人。`, { training_sessions: [1, 'exact'], training_participants: [32, 'exact'] }],
  ['new staff\'s induction course', `${XZ}组织新录用人员岗前培训1期，培训32人。`, {}],
  ['a business seminar', `${PS}举办外贸业务培训班4期，培训企业人员800人次。`, {}],
  ['a requirement in a course plan', `${PE}要求各地教育行政部门每年组织法治培训不少于2次。`, {}],
  ['the schools\' rule-of-law lessons', `${PE}全省中小学开展宪法晨读活动1.2万场。`, {}],
  ['reporting on law by heads', `${CG}组织32个市直部门主要负责人述法。`, {}],
  ['the city\'s session the author attended', `${CA}参加市委理论学习中心组法治专题学习1次。`, {}],
  ['the lawyers\' lectures counted as service', `${XP}县政府法律顾问全年提供法律咨询86次，举办讲座3场。`, {}],
  ['a span of five years', `${CG}“十四五”以来举办领导干部法治讲座18期。`, {}],
  ['the year before\'s sessions', `${ZT}2022年开展集中学法10次。`, {}],
  ['a month\'s events', `${JS}12月开展宪法宣传活动8场。`, {}],
  ['laws studied in numerals', `${XP}县政府常务会议学习法律法规二十六部。`, {}],
  ['a study list\'s items', `${XX}制定领导干部应知应会法律法规清单，共列入法律法规42部。`, {}],
  ['a drill and a contest', `${XZ}组织执法技能比武1次、法律知识竞赛1场。`, {}],
  ['materials and leaflets', `${XN}发放农业法律法规宣传资料6000余份、明白纸3000余张。`, {}],
  ['the audience of a show', `${ZT}法治文艺演出观众达2000余人次。`, {}],
  ['a quiz\'s people', `${JS}组织居民参加民法典知识竞答，参与480人次。`, {}],
  ['card holders and the exam', `${XZ}组织27人参加执法资格考试，全局持证执法人员达到146人。`, { certified_officers: [146, 'exact'] }],
]

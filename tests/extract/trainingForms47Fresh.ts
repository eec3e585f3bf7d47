/**
 * Round 47's second batch: the forms of trainingForms47.ts and trainingForms47More.ts in new wording, by other authors (a ministry
 * and an administration, provinces' departments, a city's bureaus and government, a county's bureaus and government, a township and
 * a street), written after the first batch's rules and run once before any further rule (its first-run figure is the round's
 * generalisation figure). Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './trainingForms47'

const MIN = head('生态环境部')
const MSA = head('国家市场监督管理总局')
const PT = head('四川省交通运输厅')
const PJ = head('河北省司法厅')
const CW = head('滨海市水务局')
const CG = head('滨海市人民政府')
const CF = head('滨海市财政局')
const XG = head('平安县人民政府')
const XL = head('平安县林业局')
const XT = head('平安县统计局')
const XV = head('平安县退役军人事务局')
const XK = head('平安县科学技术局')
const XG2 = head('平安县自然资源局')
const XY = head('平安县应急管理局')
const ZX = head('石门乡人民政府')
const JC = head('城关街道办事处')

export const FRESH_RECALL_47: Probe39[] = [
  // sessions after and before the noun
  ['a ministry\'s theory group\'s law study', `${MIN}部党组理论学习中心组围绕生态环境法典编纂开展专题学法3次。`, { training_sessions: [3, 'exact'] }],
  ['an administration\'s lectures for its staff', `${MSA}总局机关举办“市场监管法治讲堂”7期。`, { training_sessions: [7, 'exact'] }],
  ['a province department\'s courses, people after', `${PT}举办全省交通运输综合执法队伍法治轮训班4期，轮训执法人员1600余人次。`,
    { training_sessions: [4, 'exact'], training_participants: [1600, 'approx'] }],
  ['a province justice department\'s meeting study', `${PJ}厅党委会议会前学法18次。`, { training_sessions: [18, 'exact'] }],
  ['a city bureau\'s count before its lectures', `${CW}全年组织了4场水法律法规专题讲座。`, { training_sessions: [4, 'exact'] }],
  ['a city government\'s meeting study and laws', `${CG}市政府常务会议学法11次，学习《优化营商环境条例》等法规17部。`, { training_sessions: [11, 'exact'] }],
  ['a city finance bureau\'s collective study', `${CF}局党组集体学法8次。`, { training_sessions: [8, 'exact'] }],
  ['a county government\'s leaders\' thematic study', `${XG}县政府党组专题学法5次，县长带头讲法治课1次。`, { training_sessions: [6, 'derived'] }],
  ['a forestry bureau\'s courses and people', `${XL}开展林业行政执法人员业务法律培训2期，参训人员70人次。`,
    { training_sessions: [2, 'exact'], training_participants: [70, 'exact'] }],
  ['a statistics bureau\'s law lectures', `${XT}组织统计法专题讲座3场，全局干部职工参加。`, { training_sessions: [3, 'exact'] }],
  ['veterans\' bureau: study in numerals', `${XV}局班子开展集中学法十次。`, { training_sessions: [10, 'exact'] }],
  ['a science bureau\'s lecture by a lawyer', `${XK}邀请法律顾问为机关干部讲授民法典2次。`, { training_sessions: [2, 'exact'] }],
  ['a township\'s committee study', `${ZX}乡党委理论学习中心组学法7次。`, { training_sessions: [7, 'exact'] }],
  ['a street\'s courses for grid staff held by it', `${JC}为社区工作者举办法治培训班2期，培训社区干部130人次。`,
    { training_sessions: [2, 'exact'], training_participants: [130, 'exact'] }],
  ['an emergency bureau: courses with 近', `${XY}组织执法人员开展法律知识培训近10场次。`, { training_sessions: [10, 'approx'] }],
  ['a land bureau: full-width', `${XG2}开展自然资源法律法规培训３期，培训干部１５０人次。`,
    { training_sessions: [3, 'exact'], training_participants: [150, 'exact'] }],
  // people before and after, per head
  ['people before 参加', `${CF}举办财会监督法治讲座2场，全局共有110名干部职工参加。`,
    { training_sessions: [2, 'exact'], training_participants: [110, 'exact'] }],
  ['people in their own sentence', `${XL}举办森林防火执法法律知识培训1期。共90名护林员和执法人员参训。`,
    { training_sessions: [1, 'exact'], training_participants: [90, 'exact'] }],
  ['people with 约', `${PJ}举办全省行政执法监督人员培训班1期，培训约200人。`,
    { training_sessions: [1, 'exact'], training_participants: [200, 'approx'] }],
  ['hours per head as 学时', `${XT}干部职工年人均学法42学时。`, { training_hours_per_person: [42, 'exact'] }],
  ['hours per head of the leaders', `${XG}县政府领导班子成员人均学法达到56学时。`, { training_hours_per_person: [56, 'exact'] }],
  ['hours per head in hours', `${CW}机关干部人均在线学法48.5小时。`, { training_hours_per_person: [48.5, 'exact'] }],
  ['hours per head in class hours', `${PT}执法人员人均参训52课时。`, { training_hours_per_person: [52, 'exact'] }],
  ['hours in words', `${ZX}乡机关干部人均学法五十学时。`, { training_hours_per_person: [50, 'exact'] }],
  ['hours after the sessions and an exam', `${XV}开展集中学法9次，人均学法46学时，年度学法考试合格率100%。`,
    { training_sessions: [9, 'exact'], training_hours_per_person: [46, 'exact'] }],
  // lists
  ['three kinds of own sessions', `${XK}开展党组中心组学法3次、局务会会前学法9次、法治讲座2场。`, { training_sessions: [14, 'derived'] }],
  ['two kinds with the hearings after', `${XT}开展集中学法6次、专题法治讲座2次，组织旁听庭审1次。`, { training_sessions: [8, 'derived'] }],
  ['publicity kinds added', `${XL}开展“森林法”宣传活动8场、野生动物保护法宣传活动5场。`, { legal_publicity_events: [13, 'derived'] }],
  ['a total with its parts after', `${CW}全年开展学法活动16次，其中会前学法12次、专题讲座4次。`, { training_sessions: [16, 'exact'] }],
  // traditional
  ['traditional theory group', tw('平安县林业局', '局党组理论学习中心组专题学法4次。'), { training_sessions: [4, 'exact'] }],
  ['traditional people and courses', tw('四川省交通运输厅', '举办执法人员培训班3期，培训学员450人次。'),
    { training_sessions: [3, 'exact'], training_participants: [450, 'exact'] }],
  ['traditional publicity', tw('城关街道办事处', '开展民法典宣传活动12场。'), { legal_publicity_events: [12, 'exact'] }],
  ['traditional hours', tw('滨海市财政局', '干部人均学法50学时。'), { training_hours_per_person: [50, 'exact'] }],
  // publicity recall
  ['publicity before the noun', `${XY}开展了15场安全生产法宣传活动。`, { legal_publicity_events: [15, 'exact'] }],
  ['law into villages', `${ZX}开展“法律进乡村”活动10场。`, { legal_publicity_events: [10, 'exact'] }],
  ['以案释法 for the public', `${XG2}深入村组开展以案释法活动6场次。`, { legal_publicity_events: [6, 'exact'] }],
]

export const FRESH_PRECISION_47: Probe39[] = [
  // requirements and plans
  ['a requirement with 每人每年', `${XL}落实每人每年学法不少于40学时的规定。`, {}],
  ['a requirement with 要求', `${CG}要求市政府工作人员人均学法不少于50学时。`, {}],
  ['a requirement of a plan', `${XT}制定学法方案，明确干部每人每年学法时长不少于40学时。`, {}],
  ['a target of the courses', `${PT}力争全年举办执法培训班不少于6期。`, {}],
  ['a plan named then its arrangement', `${XV}《年度学法计划》安排集中学法12次。`, {}],
  ['planned, then the done', `${CF}年初计划组织法治讲座3场，实际举办4场。`, { training_sessions: [4, 'exact'] }],
  ['next year\'s courses', `${XK}明年将举办法治培训2期。`, {}],
  ['frequency only', `${JC}街道党工委每季度开展一次集中学法。`, {}],
  // attended
  ['attended a higher course', `${XL}派员参加省林草局举办的执法培训班2期。`, {}],
  ['a few sent', `${XT}选派3名业务骨干参加国家统计局统计执法培训。`, {}],
  ['staff attended a video lecture', `${CF}组织全局干部参加市政府视频法治讲座3次。`, {}],
  ['the county\'s course and our people', `${XK}县司法局举办全县行政执法人员培训班，我局15名执法人员参训。`, {}],
  ['the city\'s course and our people', `${XY}市应急管理局举办执法培训2期，我局参训人员26人次。`, {}],
  ['attended then own', `${XV}参加市退役军人事务局培训1次；局机关举办法治讲座2场，参加人员60人次。`,
    { training_sessions: [2, 'exact'], training_participants: [60, 'exact'] }],
  // other bodies
  ['the party school\'s course', `${XG}县委党校开设法治专题课程6期。`, {}],
  ['a court\'s lecture', `${CG}市中级人民法院举办行政审判专题讲座2场。`, {}],
  ['a hospital\'s training', `${XG}县中医院开展医疗法律法规培训4场。`, {}],
  ['the schools\' lessons', `${XK}全县中小学开展法治教育课120余节。`, {}],
  ['the stations below', `${XL}所属各林业站开展法治学习36次。`, {}],
  ['the townships\' sessions', `${XG}各乡镇开展集中学法96次。`, {}],
  ['the villages\' publicity', `${ZX}各村开展法治宣传活动40场。`, {}],
  // wider area and spans
  ['the province\'s total then own', `${PJ}全省司法行政系统举办培训班120期，其中厅机关举办8期。`, { training_sessions: [8, 'exact'] }],
  ['the city\'s hours then own', `${CW}全市国家工作人员人均学法50学时，局机关人均学法58学时。`, { training_hours_per_person: [58, 'exact'] }],
  ['since a year', `${XY}2019年以来累计开展执法培训40余场。`, {}],
  ['three years', `${XT}近三年累计培训统计执法人员480人次。`, {}],
  ['the plan period\'s', `${JC}“八五”普法启动以来累计开展普法活动260余场。`, {}],
  ['the year before\'s in an aside', `${CF}举办法治培训4期（上年3期）。`, { training_sessions: [4, 'exact'] }],
  ['a change of sessions', `${XK}法治培训场次较上年增加2场。`, {}],
  ['a half year', `${ZX}上半年开展集中学法5次。`, {}],
  // laws, documents, meetings, materials
  ['laws studied only', `${XV}局务会议学习法律法规15部。`, {}],
  ['articles studied', `${PJ}学习《行政复议法》条文90条。`, {}],
  ['study materials printed', `${XL}编印法治学习资料500册。`, {}],
  ['articles pushed', `${CW}推送学法信息120条。`, {}],
  ['party meetings counted', `${XT}召开党组会议20次。`, {}],
  ['a plan document counted', `${XG2}制定学法计划1个、培训方案2个。`, {}],
  ['questions in a bank', `${PT}建立执法考试题库1套，收录试题3000道。`, {}],
  // publicity, audiences, materials
  ['materials beside events', `${XY}开展安全生产法宣传活动10场，发放宣传资料5000份。`, { legal_publicity_events: [10, 'exact'] }],
  ['materials only', `${JC}发放法治宣传折页2000余份。`, {}],
  ['the audience only', `${XG2}普法活动受众群众1.5万人次。`, {}],
  ['an audience beside events', `${ZX}开展法治宣传活动12场，受益群众3000余人次。`, { legal_publicity_events: [12, 'exact'] }],
  ['a lecture for firms', `${XY}为辖区企业举办安全生产法律讲座5场，培训企业人员300人次。`, { legal_publicity_events: [5, 'exact'] }],
  ['a lecture for medical bodies', `${XK}为医疗机构举办科研伦理法规讲座2场。`, { legal_publicity_events: [2, 'exact'] }],
  ['another topic\'s talk', `${XV}开展党的二十大精神宣讲12场。`, {}],
  ['anti-fraud publicity', `${CF}开展反诈宣传活动6场。`, {}],
  ['farmers trained', `${XL}举办林农技术培训班6期，培训林农500人次。`, {}],
  ['firms\' staff trained', `${XY}组织企业安全管理人员培训8期，培训560人次。`, {}],
  // exams and hours distractors
  ['exam takers and rates', `${XG}组织县直单位工作人员参加学法考试，参考率100%，优秀率85%。`, {}],
  ['exam takers as people', `${XT}全局48名干部参加网上学法考试。`, {}],
  ['passed the exam', `${PT}组织执法资格考试，考试合格320人。`, {}],
  ['total hours of the sessions', `${XV}开展集中学法10次，学法时长累计30小时。`, { training_sessions: [10, 'exact'] }],
  ['total hours of the staff', `${CG}市政府工作人员累计学法1.8万学时。`, {}],
  ['hours of a course', `${XL}举办执法培训班1期，共计24学时。`, { training_sessions: [1, 'exact'] }],
  ['minutes of each session', `${JC}每次学法不少于1小时。`, {}],
  // hearings and others
  ['hearings attended', `${XG2}组织干部旁听庭审3次，参加52人次。`, {}],
  ['an oath', `${XK}组织宪法宣誓1次，新任职干部12人参加。`, {}],
  ['a business training', `${XT}举办统计业务培训班3期，培训400人次。`, {}],
  ['fire drills', `${JC}组织消防安全演练4次。`, {}],
  // card holders
  ['holdings', `${XL}全局持行政执法证人员32人。`, { certified_officers: [32, 'exact'] }],
  ['newly applied', `${XY}新申领执法证件8人。`, {}],
]

export const ALL_FRESH_47: [string, Probe39[]][] = [['fresh recall', FRESH_RECALL_47], ['fresh precision', FRESH_PRECISION_47]]

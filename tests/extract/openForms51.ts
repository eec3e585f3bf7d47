/**
 * Open forms of round 51: forms round 50 found on real pages and left open (tests/fixtures/corpus/README.md, "Open forms 51"), each
 * in new wording with near misses that must keep their reading. Sentences invented for this test (the real reports' register, no
 * report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

/** A probe in traditional script (its head too). */
const tw = ([form, text, want]: Probe39): Probe39 => [`${form} (traditional)`, toTraditional(text), want]

const MKT = head('县市场监督管理局')
const LAND = head('县自然资源局')
const STREET = head('东湖街道办事处')
const TRAFFIC = head('县交通运输局')
const TOWN = head('柳溪镇人民政府')
const CG = head('县城市管理局')

/**
 * Fines by procedure where every part names 罚没: parts of no stated total, each its own procedure's, so they add up (`derived`), as
 * parts written 罚款 do; the catalogue's sum_unless (罚没) keeps a 罚没 total from adding up with the parts after it.
 */
export const FINES_BY_PROCEDURE_51: Probe39[] = [
  ['cases by procedure after a colon, each with its 罚没款', `${MKT}全年办理行政处罚案件64件：适用简易程序案件40件，罚没款1.2万元；适用普通程序案件24件，罚没款38.6万元。`,
    { fines_yuan: [398000, 'derived'] }],
  ['procedures\' 罚没款 with no cases, no total', `${LAND}简易程序案件罚没款4800元；一般程序案件罚没款21万元。`, { fines_yuan: [214800, 'derived'] }],
  ['a team\'s procedures with 收缴罚没款', `${STREET}综合执法中队按简易程序办结案件29件，收缴罚没款5800元；按普通程序办结案件6件，收缴罚没款3.1万元。`,
    { fines_yuan: [36800, 'derived'] }],
  tw(['procedures after 其中, each with its 罚没款', `${TOWN}全年立案查处案件52起，其中简易程序38起，罚没款7600元；普通程序14起，罚没款9.5万元。`,
    { fines_yuan: [102600, 'derived'] }]),
  ['near miss: the 罚没 total, then its fines and confiscations', `${MKT}全年罚没款12.5万元，其中罚款10万元、没收违法所得2.5万元。`,
    { fines_yuan: [125000, 'exact'] }],
  ['near miss: the year\'s 罚没款 first, then the procedures\'', `${LAND}全年收缴罚没款26万元；简易程序案件罚没款6000元；普通程序案件罚没款25.4万元。`,
    { fines_yuan: [260000, 'exact'] }],
  ['near miss: the procedures\', then their 合计', `${CG}简易程序罚没款6000元；普通程序罚没款25.4万元；全年罚没款合计26万元。`,
    { fines_yuan: [260000, 'exact'] }],
]

/**
 * The year's running total of the same measure after its parts (…；全年累计罚款C元): the total, not a third part; a running total of
 * another kind (全年累计举办培训班4期 after study counts) or of a span of years is no total of these parts.
 */
export const YEAR_RUNNING_TOTAL_51: Probe39[] = [
  ['fines by procedure, then the year\'s 累计', `${TRAFFIC}一般程序案件罚款27万元；简易程序案件罚款8600元；全年累计罚款27.86万元。`,
    { fines_yuan: [278600, 'exact'] }],
  ['罚没款 by procedure, then this year\'s 累计', `${CG}简易程序罚没款3200元，普通程序罚没款9.8万元，本年度累计罚没款10.12万元。`,
    { fines_yuan: [101200, 'exact'] }],
  tw(['fines by procedure, then 今年累计', `${TOWN}普通程序案件15件，罚款11万元；简易程序案件41件，罚款6150元；今年累计罚款116150元。`,
    { penalty_cases: [56, 'derived'], fines_yuan: [116150, 'exact'] }]),
  ['a 年内 running total with 共计', `${STREET}简易程序罚款2400元；一般程序罚款5.6万元；年内共计罚款5.84万元。`, { fines_yuan: [58400, 'exact'] }],
  ['near miss: cases by procedure, then the year\'s 累计 fines', `${TRAFFIC}简易程序案件70件，一般程序案件25件，全年累计罚款31.4万元。`,
    { penalty_cases: [95, 'derived'], fines_yuan: [314000, 'exact'] }],
  ['near miss: fines by procedure, then three years\' 累计', `${TRAFFIC}简易程序罚款1.4万元；一般程序罚款30万元；近三年累计罚款95万元。`,
    { fines_yuan: [314000, 'derived'] }],
]

const HRSS = head('县人力资源和社会保障局')
const WATER = head('县水利局')
const JUS = head('县司法局')

/**
 * People counted after a list of the author's sessions whose last item is one it only attended (…、旁听庭审1次，参训干部N人次): the list's
 * people, not the hearing's; a hearing alone, or its own attendees, are no trainees.
 */
export const HEARING_LAST_51: Probe39[] = [
  ['study, lectures and a hearing, then the people', `${HRSS}组织集中学法8次、法治专题讲座2场、旁听庭审1次，参加干部职工共计260人次。`,
    { training_sessions: [10, 'derived'], training_participants: [260, 'exact'] }],
  ['courses, study and a hearing of a suit, then 累计参训', `${WATER}全年举办法治培训班3期、集中学法6次、组织旁听行政诉讼庭审1场，累计参训干部180人次。`,
    { training_sessions: [9, 'derived'], training_participants: [180, 'exact'] }],
  tw(['study, lectures and a hearing, then the people', `${HRSS}组织集中学法8次、法治专题讲座2场、旁听庭审1次，参加干部职工共计260人次。`,
    { training_sessions: [10, 'derived'], training_participants: [260, 'exact'] }]),
  ['near miss: a hearing alone, then the people', `${JUS}组织干部旁听庭审2次，参加人员86人次。`, {}],
  ['near miss: study, then a hearing\'s own attendees', `${JUS}集中学法6次；组织旁听庭审1次，旁听人员42人次。`, { training_sessions: [6, 'exact'] }],
]

const GOV = head('县人民政府')
const DISTRICT = head('区人民政府')

/**
 * A count of the meetings that each held the law study, before them (全年共有15次县政府常务会议安排了会前学法): the sessions' count, one a
 * meeting; meetings that relayed a study (传达学习), a plan's meetings and meetings counted for other business are none.
 */
export const MEETINGS_HELD_STUDY_51: Probe39[] = [
  ['the government\'s meetings that held the study before them', `${GOV}全年共有18次县政府常务会议开展了会前学法。`, { training_sessions: [18, 'exact'] }],
  ['a party group\'s meetings that arranged study', `${WATER}全年12次局党组会议安排了学法内容。`, { training_sessions: [12, 'exact'] }],
  ['meetings held, all with the study', `${DISTRICT}全年召开的21次区政府常务会议均安排了会前学法。`, { training_sessions: [21, 'exact'] }],
  tw(['the government\'s meetings that held the study before them', `${GOV}全年共有18次县政府常务会议开展了会前学法。`, { training_sessions: [18, 'exact'] }]),
  ['study at the meetings, 在…会议上', `${JUS}局党组全年在9次党组会议上开展学法。`, { training_sessions: [9, 'exact'] }],
  ['near miss: meetings that relayed a study', `${GOV}全年共有6次常务会议传达学习了上级会议精神。`, {}],
  ['near miss: a plan\'s meetings', `${GOV}全年计划安排12次常务会议开展会前学法。`, {}],
  ['near miss: meetings held for other business', `${GOV}全年召开常务会议24次，研究重大事项56项。`, {}],
  ['near miss: the meetings, then the part that held the study', `${GOV}全年召开常务会议20次，其中16次安排了会前学法。`, { training_sessions: [16, 'exact'] }],
]

const POLICE = head('县公安局')
const EDU = head('县教育局')

/**
 * Law lessons given to pupils counted in 堂 (到中小学开展禁毒法治课26堂，受教育学生…): publicity events, as lectures for the public in 场
 * are; the author's own lessons for its staff stay its training sessions, and a lesson with no law, or a weekly rate, is none.
 */
export const SCHOOL_LESSONS_51: Probe39[] = [
  ['law lessons in schools, then teachers and pupils reached', `${JUS}深入全县中小学讲授法治课48堂，覆盖师生1.2万人次。`, { legal_publicity_events: [48, 'exact'] }],
  ['the police\'s drug-law lessons for pupils', `${POLICE}民警走进校园开展禁毒法治课20堂，受教育学生4600余人次。`, { legal_publicity_events: [20, 'exact'] }],
  ['vice-principals\' law lessons', `${EDU}组织法治副校长进校园上法治课32堂。`, { legal_publicity_events: [32, 'exact'] }],
  tw(['law lessons in schools, then teachers and pupils reached', `${JUS}深入全县中小学讲授法治课48堂，覆盖师生1.2万人次。`, { legal_publicity_events: [48, 'exact'] }]),
  ['near miss: the author\'s own lecture hall for its staff', `${JUS}局机关举办法治讲堂6堂，干部职工参加320人次。`, { training_sessions: [6, 'exact'] }],
  ['near miss: a lesson with no law', `${EDU}组织开展防溺水安全教育课15堂。`, {}],
  ['near miss: a weekly lesson', `${EDU}全县中小学开设法治课程，每周1堂。`, {}],
]

const HLT = '县卫生健康局2023年度法治政府建设工作报告\n'

/**
 * A bare count of what was undertaken under a heading that names deputies' suggestions or members' proposals (（二）人大建议和政协提案
 * 办理\n全年承办36件): the proposals handled, the heading naming what the verb's figure counts; with no such heading, under another
 * one, or with an object of its own, it is none.
 */
export const PROPOSALS_HEADING_51: Probe39[] = [
  ['a heading naming both, then 共承办', `${HLT}（二）人大建议和政协提案办理\n全年共承办28件，办复率100%。`, { proposals_handled: [28, 'exact'] }],
  ['a numbered heading, then the bureau\'s share and its parts', `${head('县交通运输局')}\n三、人大代表建议和政协委员提案办理情况\n本年度我局承办42件，其中主办30件、协办12件，均按期办结。`,
    { proposals_handled: [42, 'exact'] }],
  ['a heading on handling them, then 办结', `${head('县自然资源局')}\n（四）认真办理人大建议和政协提案\n全年办结15件，满意率100%。`, { proposals_handled: [15, 'exact'] }],
  tw(['a heading naming both, then 共承办', `${HLT}（二）人大建议和政协提案办理\n全年共承办28件，办复率100%。`, { proposals_handled: [28, 'exact'] }]),
  ['an inline heading, then 承办', `${head('县水利局')}\n四、政协提案办理。全年承办19件，全部按时办结。`, { proposals_handled: [19, 'exact'] }],
  ['near miss: no heading', `${HLT}全年共承办28件，办复率100%。`, {}],
  ['near miss: under another heading', `${HLT}（二）行政许可\n全年共承办28件。`, {}],
  ['near miss: an object of its own under the heading', `${HLT}（二）人大建议和政协提案办理\n全年办理行政许可事项360件。`, { approvals_handled: [360, 'exact'] }],
  ['near miss: a heading on suggestions collected', `${HLT}（三）意见建议征集\n全年办理25件。`, {}],
]

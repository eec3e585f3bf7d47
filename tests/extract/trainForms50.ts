/**
 * Training forms of round 50 (issue 11: holdout training P 0.70, 16 false values of 54; r50's county batch took 2 false training
 * values on its first run). Weighted to precision: figures beside the training words that are not the author's count of the year —
 * topics and documents studied (议题N个, 专题N项, 学习法律法规N部), exam scores and pass rates, one course's hours against hours per
 * person, a minimum required, people the author trains for others (企业, 网格员, 驾驶员) against its own courses for 法律明白人, staff
 * sent to others' courses, certificates newly issued against holdings, staff quotas, the area's totals, publicity materials and
 * reach against events, views and clicks, cumulative counts. And positives in shapes not written before: a figure before its term,
 * after a colon, a flattened table, Chinese numerals, 场次/期/班/讲. Authors of five levels (a ministry, a province's department, a
 * city's bureaus, a county's government and bureaus, a town and a street), some in traditional script. Sentences invented for this
 * test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const MIN = head('水利部')
const MIN_T = headT('水利部')
const PRV_HR = head('湖南省人力资源和社会保障厅')
const PRV_TR = head('四川省交通运输厅')
const CITY_HLT = head('青岚市卫生健康委员会')
const CITY_JUS = head('青岚市司法局')
const CITY_JUS_T = headT('青嵐市司法局')
const CITY_URB = head('青岚市城市管理综合执法局')
const CITY_EMG = head('青岚市应急管理局')
const CO_GOV = head('白河县人民政府')
const CO_GOV_T = headT('白河縣人民政府')
const CO_MKT = head('白河县市场监督管理局')
const CO_MKT_T = headT('白河縣市場監督管理局')
const CO_JUS = head('白河县司法局')
const CO_EMG = head('白河县应急管理局')
const CO_EMG_T = headT('白河縣應急管理局')
const CO_TR = head('白河县交通运输局')
const CO_TAX = head('国家税务总局白河县税务局')
const CO_ZF = head('白河县综合行政执法局')
const CO_ZF_T = headT('白河縣綜合行政執法局')
const CO_WAT = head('白河县水利局')
const TOWN = head('松坪镇人民政府')
const TOWN_T = headT('松坪鎮人民政府')
const STREET = head('东湖街道办事处')
const STREET_T = headT('東湖街道辦事處')

/** Figures beside the training words that count something other than sessions, people, hours or holders. */
export const STUDIED_50: Probe39[] = [
  ['topics beside the sessions', `${CO_GOV}县政府常务会议会前学法12次，学习议题28个。`, { training_sessions: [12, 'exact'] }],
  ['topics set for the year alone', `${CITY_HLT}委党组确定年度学法专题6项，明确每季度学法重点。`, {}],
  ['laws studied alone', `${CO_TAX}全年组织干部集中学习法律法规23部。`, {}],
  ['laws studied before the sessions', `${TOWN}镇党委理论学习中心组学习《民法典》等法律法规9部，集中学法6次。`, { training_sessions: [6, 'exact'] }],
  ['documents handed out for study', `${CO_MKT}向干部职工发放学法读本320册，编印法规汇编5辑。`, {}],
  ['cases explained in a course', `${CO_ZF}在执法人员培训中剖析典型案例36个。`, {}],
  ['notes written by cadres', `${STREET}班子成员撰写学法笔记1.2万字，交流发言15人次。`, {}],
  ['chapters of a course', `${CITY_JUS}“法治大讲堂”本年度讲授课程共分8个专题。`, {}],
  ['traditional: laws studied', `${CO_GOV_T}縣政府常務會議全年學習法律法規和黨內法規17部。`, {}],
  ['traditional: topics beside study', `${TOWN_T}鎮黨委會議會前學法10次，涉及議題21項。`, { training_sessions: [10, 'exact'] }],
]

/** Exams, scores and rates. */
export const EXAMS_50: Probe39[] = [
  ['a pass rate and an average', `${CO_MKT}组织全体执法人员参加年度法律知识考试，考试合格率100%，平均成绩88.6分。`, {}],
  ['a course then its final exam', `${CO_EMG}举办执法人员法律知识培训班2期，结业考试合格率98.5%。`, { training_sessions: [2, 'exact'] }],
  ['tests taken by people', `${CO_TR}开展“以考促学”活动，组织法律知识测试4次，参测人员共计360人次。`, {}],
  ['the highest score', `${CITY_URB}在全市行政执法人员统一考试中，我局最高分97分，优秀率42%。`, {}],
  ['an online quiz\'s answers', `${CO_JUS}组织干部参加网上学法答题，累计答题1.8万道。`, {}],
  ['a rank among departments', `${CO_WAT}在全县法治知识测试中参考人数位列第3名。`, {}],
  ['traditional: a pass rate', `${CO_ZF_T}執法人員法律知識考試參考率100%，合格率96.7%。`, {}],
  ['exam then the sessions', `${CO_TAX}全年集中学法11次，年终学法考试参考干部86人。`, { training_sessions: [11, 'exact'] }],
]

/** Hours: one course's, required, totals, against hours per person. */
export const HOURS_50: Probe39[] = [
  ['a five-day course\'s hours', `${CITY_EMG}举办为期5天的安全生产执法人员培训班，课程共计40学时，参训86人。`, { training_participants: [86, 'exact'] }],
  ['the minimum beside the average done', `${CO_GOV}落实领导干部年度学法制度，要求每人不少于40学时，全年人均完成学法52学时。`,
    { training_hours_per_person: [52, 'exact'] }],
  ['traditional: a minimum alone', `${CO_MKT_T}要求執法人員每年參加法律知識培訓不少於60學時。`, {}],
  ['hours per person in hours, decimal', `${CO_TAX}干部职工年度人均参加法治培训32.5小时。`, { training_hours_per_person: [32.5, 'exact'] }],
  ['a session\'s length', `${STREET}每次集中学法时长不少于2小时。`, {}],
  ['a course\'s days and class hours', `${CO_ZF}每期培训时长2天，共计16课时。`, {}],
  ['the staff\'s total beside the average', `${CO_JUS}全局干部职工在线学法总时长达3200学时，人均40学时。`, { training_hours_per_person: [40, 'exact'] }],
  ['hours per person after a colon', `${CITY_HLT}委机关干部学法学时：人均56学时。`, { training_hours_per_person: [56, 'exact'] }],
  ['traditional: Chinese numerals per person', `${TOWN_T}鎮機關幹部人均學法三十六學時。`, { training_hours_per_person: [36, 'exact'] }],
  ['a quota per month', `${CO_WAT}规定干部每月自学法律知识不少于4学时。`, {}],
  ['hours the platform logged for the county', `${CO_GOV}全县公务员网上学法平台累计学习时长达21.6万小时。`, {}],
]

/** Training the author gives people outside it (read with the training ids but publicity). */
export const OTHERS_50: Probe39[] = [
  ['enterprises\' managers taught on safety', `${CO_EMG}为辖区企业举办安全生产培训班8期，培训企业负责人和安全管理人员1200人次。`, {}],
  ['drivers at a transport bureau\'s school', `${CO_TR}组织“两客一危”驾驶员开展安全教育培训24次，受训驾驶员3100人次。`, {}],
  ['grid workers in a business course', `${STREET}为社区网格员举办业务能力培训3场，参训网格员150人次。`, {}],
  ['village doctors taught by a health commission', `${CITY_HLT}组织乡村医生岗位技能培训6期，培训乡村医生980人。`, {}],
  ['traditional: enterprises\' staff', `${CO_EMG_T}對全縣危化品企業從業人員開展培訓15場，培訓2400人次。`, {}],
  ['law helpers cultivated, then their courses', `${CO_JUS}全年培育“法律明白人”1560名，组织集中培训5场次。`, { training_sessions: [5, 'exact'] }],
  ['the town\'s law helpers\' courses', `${TOWN}举办“法律明白人”骨干培训班2期，培训村（社区）法律明白人180人次。`,
    { training_sessions: [2, 'exact'], training_participants: [180, 'exact'] }],
]

/** The author's people at others' courses, and others' courses. */
export const ATTENDED_50: Probe39[] = [
  ['cadres recommended to a national academy', `${CITY_JUS}推荐5名干部赴国家行政学院参加依法行政专题研修。`, {}],
  ['backbone staff sent in turns', `${CO_MKT}先后选派执法骨干23人次参加省局、市局组织的法律业务培训。`, {}],
  ['the city bureau\'s course our people took', `${CO_TAX}市局举办税收执法培训班3期，我局选派业务骨干17人参训。`, {}],
  ['traditional: sent to the province', `${CO_MKT_T}選派執法人員參加省局舉辦的食品安全法律法規培訓班4期12人次。`, {}],
  ['the party school\'s sessions for the county', `${CO_GOV}县委党校举办领导干部法治专题班2期，培训科级干部210人。`, {}],
  ['a street\'s people at the district\'s lecture', `${STREET}组织街道干部参加区委依法治区办举办的法治讲座，共计65人次。`, {}],
  ['the province\'s sessions a ministry guided', `${MIN}指导各地水利部门开展水法规培训1.2万人次。`, {}],
  ['units below the city bureau', `${CITY_URB}各区城管执法分局共组织法律培训46场次。`, {}],
]

/** Certificates: newly issued, returned, rates and quotas against holdings. */
export const CERTS_50: Probe39[] = [
  ['new cards and cancelled ones beside holders', `${CO_MKT}本年度新申领行政执法证件21个，注销执法证件6个，现有持证人员97人。`, { certified_officers: [97, 'exact'] }],
  ['newly certified alone', `${CO_ZF}组织新进人员参加执法资格考试，19人取得执法证。`, {}],
  ['a province issuing for its system', `${PRV_TR}全年为全省交通运输系统新核发行政执法证4260件。`, {}],
  ['quotas beside holders', `${CO_ZF}局核定执法编制60名，现有持证执法人员52名。`, { certified_officers: [52, 'exact'] }],
  ['quotas alone', `${CO_WAT}局机关核定行政编制18名，事业编制26名。`, {}],
  ['cards renewed', `${CITY_URB}完成执法证件换发工作，换发证件312本。`, {}],
  ['traditional: holders after a colon', `${CO_ZF_T}行政執法人員持證情況：持證人員136名。`, { certified_officers: [136, 'exact'] }],
  ['holders in a whole county\'s report', `${CO_GOV}全县各行政执法单位持证执法人员共计1860名。`, { certified_officers: [1860, 'exact'] }],
  ['a rate of holding alone', `${CO_TR}执法人员持证率达到100%。`, {}],
]

/** Publicity: materials, reach, views and cumulative counts against the year's events. */
export const PUBLICITY_50: Probe39[] = [
  ['leaflets and reach alone', `${CO_JUS}发放普法宣传册3.5万份，受众8万余人次。`, {}],
  ['events, reach and materials', `${TOWN}开展普法宣传进村入户活动18场次，受众2600余人次，发放资料4000份。`, { legal_publicity_events: [18, 'exact'] }],
  ['videos and plays', `${CITY_JUS}制作普法短视频48部，累计播放量320万次。`, {}],
  ['online logins', `${CO_GOV}组织干部职工参加网上学法考法，登录学习1.6万人次。`, {}],
  ['posts and followers', `${CO_MKT}“白河市监”公众号发布普法信息260条，新增关注用户4500人。`, {}],
  ['boards put up', `${STREET}在辖区设置法治宣传栏42块，更新宣传内容6期。`, {}],
  ['traditional: materials and events', `${STREET_T}開展憲法宣傳周活動12場，發放宣傳資料3000餘份。`, { legal_publicity_events: [12, 'exact'] }],
  ['messages sent', `${CO_TAX}通过短信平台推送税收法规提醒8.6万条。`, {}],
  ['a colon and the events', `${CITY_EMG}普法宣传：开展“安全生产月”法律宣讲32场。`, { legal_publicity_events: [32, 'exact'] }],
  ['Chinese numerals for events', `${TOWN}全年开展法治宣传活动二十六场次。`, { legal_publicity_events: [26, 'exact'] }],
  ['traditional: views alone', `${CITY_JUS_T}普法微信公眾號全年閱讀量達85萬次。`, {}],
]

/** Spans, cumulative counts, changes and the area's totals. */
export const SPANS_50: Probe39[] = [
  ['since a year, added up', `${CO_MKT}自2019年以来累计举办法治培训班26期。`, {}],
  ['years running, lectures added up', `${CITY_JUS}“法治大讲堂”已连续举办五年，累计授课48讲。`, {}],
  ['a change beside the year\'s figure', `${CO_TAX}全年举办法治讲座6场，比上年增加2场。`, { training_sessions: [6, 'exact'] }],
  ['a change alone', `${CO_WAT}学法培训人次同比增长18%。`, {}],
  ['the city system beside the commission\'s own', `${CITY_HLT}委机关举办法治培训6期，全市卫生健康系统共开展法治培训156期。`, { training_sessions: [6, 'exact'] }],
  ['the term so far', `${CO_GOV_T}本屆政府以來，縣政府常務會議會前學法累計42次。`, {}],
  ['since the plan began', `${CITY_URB}“八五”普法启动以来，共组织执法人员培训19期。`, {}],
  ['a quarter\'s count', `${STREET}第三季度集中学法3次。`, {}],
]

/** The author's own figures in shapes not written before. */
export const OWN_50: Probe39[] = [
  ['a count of meetings before the study', `${CO_GOV}全年共有15次县政府常务会议安排了会前学法。`, { training_sessions: [15, 'exact'] }],
  ['a flattened table: kinds, people, hours', `${CITY_HLT}法治培训开展情况：培训期数4期，培训人数380人，人均学时36学时。`,
    { training_sessions: [4, 'exact'], training_participants: [380, 'exact'], training_hours_per_person: [36, 'exact'] }],
  ['Chinese numerals for lectures and people', `${TOWN}全年举办法治讲座六场，参加人员三百余人次。`,
    { training_sessions: [6, 'exact'], training_participants: [300, 'approx'] }],
  ['classes counted with 个', `${CO_ZF}开办执法人员法治培训班3个，培训学员240名。`, { training_sessions: [3, 'exact'], training_participants: [240, 'exact'] }],
  ['lectures with 讲', `${CITY_JUS}局机关举办“法治讲堂”12讲，干部职工参学960人次。`, { training_sessions: [12, 'exact'], training_participants: [960, 'exact'] }],
  ['an invited judge\'s lectures', `${CO_WAT}邀请县法院法官来局开展“以案释法”讲座2场，干部职工80余人参加。`,
    { training_sessions: [2, 'exact'], training_participants: [80, 'approx'] }],
  ['a ministry\'s lectures and people', `${MIN}部机关举办法治讲座4场，邀请专家学者授课，部机关干部1100余人次参加。`,
    { training_sessions: [4, 'exact'], training_participants: [1100, 'approx'] }],
  ['a province department\'s study with a part after 其中', `${PRV_HR}厅党组理论学习中心组全年开展学法7次，其中邀请专家专题讲座2次。`,
    { training_sessions: [7, 'exact'] }],
  ['traditional: a ministry\'s courses', `${MIN_T}舉辦水行政執法人員培訓班3期，培訓學員450人。`,
    { training_sessions: [3, 'exact'], training_participants: [450, 'exact'] }],
  ['people before the verb', `${CO_EMG}全局86名执法人员参加了本局举办的法治培训。`, { training_participants: [86, 'exact'] }],
  ['sessions with 场次 after a long noun', `${CO_TR}开展交通运输执法人员执法规范化培训4场次，培训执法人员260人次。`,
    { training_sessions: [4, 'exact'], training_participants: [260, 'exact'] }],
  ['traditional: sessions after a colon', `${CO_MKT_T}集中學法：全年開展12次。`, { training_sessions: [12, 'exact'] }],
  ['a street\'s study in a subject-first clause', `${STREET}街道党工委中心组专题学法5次，领导班子带头讲法治课2次。`, { training_sessions: [7, 'derived'] }],
  ['a province department\'s courses for its inspectors', `${PRV_HR}举办劳动保障监察执法骨干培训班2期，培训学员320人。`,
    { training_sessions: [2, 'exact'], training_participants: [320, 'exact'] }],
]

/** Twins of the forms read by this round's rules, each still read as before. */
export const NEAR_50: Probe39[] = [
  ['the city bureau\'s course our staff attended', `${CO_TAX}全局36名干部参加了市局举办的税收法治培训。`, {}],
  ['our people at the bureau\'s own lecture', `${CITY_URB}局机关干部职工210人次参加了局机关举办的法治讲座。`, { training_participants: [210, 'exact'] }],
  ['a board\'s content beside the events', `${STREET}更新法治宣传栏内容4期，开展普法宣传活动9场。`, { legal_publicity_events: [9, 'exact'] }],
  ['a lecture\'s number in a series', `${CITY_JUS}“法治大讲堂”第12讲邀请律师解读民法典。`, {}],
  ['lectures in 讲 in Chinese numerals', `${TOWN}镇机关开设“法治小讲堂”八讲，参学干部二百余人次。`,
    { training_sessions: [8, 'exact'], training_participants: [200, 'approx'] }],
  ['years running without a sum', `${CO_GOV}连续三年获评全市法治政府建设先进单位，全年举办法治讲座5场。`, { training_sessions: [5, 'exact'] }],
  ['years running, sessions added up in traditional script', `${CO_MKT_T}“周五學法日”已連續堅持六年，累計學法230次。`, {}],
  ['an aside in the village cadres\' course', `${TOWN}为村（居）干部举办法治培训3期，培训村（居）干部210人次。`,
    { training_sessions: [3, 'exact'], training_participants: [210, 'exact'] }],
  ['the communities\' own lectures', `${STREET}各社区举办法治讲座14场。`, {}],
  ['a community\'s own study', `${STREET}社区开展法治学习8场。`, {}],
  ['a community cadres\' course the street holds', `${STREET}举办社区干部法治培训班2期。`, { training_sessions: [2, 'exact'] }],
  ['a bound alone, then no tally', `${CO_WAT}年初明确干部学法不低于50学时。`, {}],
  ['a bound after the tally stays a bound', `${CO_WAT}经统计，干部每人每年学法应不少于40学时。`, {}],
]

export const ALL_50: [string, Probe39[]][] = [
  ['studied', STUDIED_50], ['exams', EXAMS_50], ['hours', HOURS_50], ['others', OTHERS_50], ['attended', ATTENDED_50], ['certificates', CERTS_50],
  ['publicity', PUBLICITY_50], ['spans', SPANS_50], ['own', OWN_50], ['near misses', NEAR_50],
]

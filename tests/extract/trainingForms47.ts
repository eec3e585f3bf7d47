/**
 * Training forms of round 47 (issue 11: the holdout's training family at 0.733, 9 false values and 7 misses). The recall forms:
 * the count after its noun and before it (举办…讲座6场, 开展了6场…讲座), counts in 期/场/次/批/班, people in 人次/人/名 before and
 * after their verb, hours as 学时/课时/小时 and per head (人均, 平均每人, 年人均), the leadership's and the meetings' law study
 * (中心组学法, 集中学法, 专题学法, 会前学法), exams beside the sessions, Chinese numerals, traditional script, lists of several
 * trainings joined by 、 and 分别. Authors of every level (a ministry and a national administration, a province's departments, a
 * city's government and bureaus, a county's government and bureaus, a town and a street); a school or a hospital only as another
 * body. The precision forms are in trainingForms47More.ts. Sentences invented for this test (the real reports' register, no
 * report's wording).
 */
import { toTraditional } from './traditional'
import { head, headT, type Probe39 } from './unseenForms39'

export const MIN = head('应急管理部')
export const MINF = head('国家林业和草原局')
export const PRV = head('湖南省自然资源厅')
export const PRW = head('广东省卫生健康委员会')
export const CB = head('临江市城市管理局')
export const CR = head('临江市人力资源和社会保障局')
export const CG = head('临江市人民政府')
export const XG = head('青河县人民政府')
export const XA = head('青河县农业农村局')
export const XM = head('青河县医疗保障局')
export const XJ = head('青河县司法局')
export const XTX = head('国家税务总局青河县税务局')
export const XH = head('青河县住房和城乡建设局')
export const ZG = head('桥头镇人民政府')
export const JD = head('东湖街道办事处')
/** A traditional-script report: its head and its sentences in traditional characters. */
export const tw = (organ: string, body: string) => headT(toTraditional(organ)) + toTraditional(body)

export const SESSIONS_47: Probe39[] = [
  // the count after its noun
  ['a ministry\'s lectures after the noun', `${MIN}举办部机关法治专题讲座6场，邀请法学专家解读安全生产法律法规。`, { training_sessions: [6, 'exact'] }],
  ['an administration\'s study sessions', `${MINF}局党组理论学习中心组开展法治专题学习4次。`, { training_sessions: [4, 'exact'] }],
  ['a province department\'s courses in 期', `${PRV}举办自然资源系统依法行政培训班3期。`, { training_sessions: [3, 'exact'] }],
  ['a commission\'s lectures in 场次', `${PRW}委机关举办“法治大讲堂”8场次。`, { training_sessions: [8, 'exact'] }],
  ['a city bureau\'s law study in 次', `${CB}局党组会前学法22次。`, { training_sessions: [22, 'exact'] }],
  ['a city government\'s meeting study', `${CG}市政府常务会议会前学法13次，学习法律法规25部。`, { training_sessions: [13, 'exact'] }],
  ['a county government\'s collective study', `${XG}县政府领导班子集体学法6次。`, { training_sessions: [6, 'exact'] }],
  ['a county bureau\'s courses for officers', `${XA}举办农业综合行政执法人员法律知识培训班2期，培训执法人员96人次。`,
    { training_sessions: [2, 'exact'], training_participants: [96, 'exact'] }],
  ['a town\'s collective law study', `${ZG}镇党委理论学习中心组集中学法8次。`, { training_sessions: [8, 'exact'] }],
  ['a street\'s law lectures for its staff', `${JD}举办机关干部法治讲座3场。`, { training_sessions: [3, 'exact'] }],
  // the count before its noun
  ['the count before the lectures', `${CR}全年举办了5场法治专题讲座。`, { training_sessions: [5, 'exact'] }],
  ['the count before the courses', `${XM}组织开展2期医保基金监管执法培训。`, { training_sessions: [2, 'exact'] }],
  ['the count before the study', `${XH}局班子成员开展了4次集中学法。`, { training_sessions: [4, 'exact'] }],
  ['the count before a town\'s sessions', `${ZG}组织机关干部开展3场法治专题学习。`, { training_sessions: [3, 'exact'] }],
  ['the count before a province\'s courses', `${PRV}举办2期全省国土空间规划执法骨干培训班，培训学员260人。`,
    { training_sessions: [2, 'exact'], training_participants: [260, 'exact'] }],
  // counts in 批, 班, 轮, 堂
  ['rounds of training', `${XTX}分三轮组织全体税务干部开展法律知识轮训。`, { training_sessions: [3, 'exact'] }],
  ['courses in 堂', `${CB}邀请律师为执法队员上法治课4堂。`, { training_sessions: [4, 'exact'] }],
  ['courses in 个', `${XJ}开办行政执法人员法律知识培训班2个。`, { training_sessions: [2, 'exact'] }],
  ['batches of one course', `${XA}分4批次组织执法人员开展执法规范化培训。`, { training_sessions: [4, 'exact'] }],
  // the study of the leadership and the meetings
  ['the theory group\'s study, law named', `${XA}局党组理论学习中心组专题学习习近平法治思想5次。`, { training_sessions: [5, 'exact'] }],
  ['the theory group\'s study, law part', `${XM}局党组理论学习中心组集体学习14次，其中学法专题5次。`, { training_sessions: [5, 'exact'] }],
  ['meetings\' law study with a rate', `${XG}县政府常务会议会前学法实现全覆盖，全年会前学法16次。`, { training_sessions: [16, 'exact'] }],
  ['meetings\' law study in words', `${XH}局务会会前学法十二次。`, { training_sessions: [12, 'exact'] }],
  ['the party committee\'s meetings of a town', `${ZG}镇党委会、镇长办公会会前学法共计15次。`, { training_sessions: [15, 'exact'] }],
  ['a street\'s working committee\'s study', `${JD}街道党工委会议集中学法9次，学习《信访工作条例》等法规12部。`, { training_sessions: [9, 'exact'] }],
  ['thematic law study of a city government', `${CG}市政府党组开展专题学法4次，班子成员轮流领学。`, { training_sessions: [4, 'exact'] }],
  ['the leadership\'s lectures to the staff', `${XTX}局领导班子成员带头讲法治课5次。`, { training_sessions: [5, 'exact'] }],
  ['an expert invited, lectures', `${XM}邀请高校法学教授来局授课2次，讲解行政处罚法。`, { training_sessions: [2, 'exact'] }],
  ['study and exam in one sentence', `${XH}开展集中学法10次，组织学法考试1次，参考率100%。`, { training_sessions: [10, 'exact'] }],
  ['an online exam\'s rates beside the sessions', `${CR}组织法治培训4期；组织全体干部参加网上学法考试，参考率100%，合格率98.5%。`,
    { training_sessions: [4, 'exact'] }],
  ['sessions with an exam pass rate after', `${XA}举办执法人员培训3期，培训结束后统一考试，通过率96%。`, { training_sessions: [3, 'exact'] }],
  // Chinese numerals and approximations
  ['sessions in Chinese numerals', `${XJ}举办法治培训班三期。`, { training_sessions: [3, 'exact'] }],
  ['sessions with 余', `${PRW}委机关开展各类法治学习二十余次。`, { training_sessions: [20, 'approx'] }],
  ['sessions with 多', `${CB}组织法治培训10多场。`, { training_sessions: [10, 'approx'] }],
  ['sessions with 近', `${XG}县政府全年组织集中学法近20次。`, { training_sessions: [20, 'approx'] }],
  ['full-width sessions', `${XM}开展法治专题讲座４场。`, { training_sessions: [4, 'exact'] }],
  // traditional script
  ['traditional lectures', tw('青河县医疗保障局', '举办法治专题讲座3场，参训干部85人次。'),
    { training_sessions: [3, 'exact'], training_participants: [85, 'exact'] }],
  ['traditional meeting study', tw('临江市人民政府', '市政府常务会议会前学法14次。'), { training_sessions: [14, 'exact'] }],
  ['traditional town study in numerals', tw('桥头镇人民政府', '镇党委理论学习中心组集中学法六次。'), { training_sessions: [6, 'exact'] }],
  ['traditional province courses and people', tw('湖南省自然资源厅', '举办依法行政培训班2期，培训学员300余人。'),
    { training_sessions: [2, 'exact'], training_participants: [300, 'approx'] }],
  ['traditional hours', tw('青河县农业农村局', '干部职工人均学法52学时。'), { training_hours_per_person: [52, 'exact'] }],
]

export const PEOPLE_HOURS_47: Probe39[] = [
  // people after the verb
  ['people after 培训', `${XA}举办法治培训班2期，培训干部职工180人次。`, { training_sessions: [2, 'exact'], training_participants: [180, 'exact'] }],
  ['people after 参训', `${CR}开展法治培训6场次，参训人员达420人次。`, { training_sessions: [6, 'exact'], training_participants: [420, 'exact'] }],
  ['people after 轮训', `${XTX}轮训执法人员310人次。`, { training_participants: [310, 'exact'] }],
  ['people before 参加', `${XJ}举办法治讲座2场，共有160名干部参加。`, { training_sessions: [2, 'exact'], training_participants: [160, 'exact'] }],
  ['people before 参训', `${PRV}举办执法培训班1期，全省120名执法骨干参训。`, { training_sessions: [1, 'exact'], training_participants: [120, 'exact'] }],
  ['people as 人 with 余', `${MIN}举办部机关干部法治培训班1期，培训300余人。`, { training_sessions: [1, 'exact'], training_participants: [300, 'approx'] }],
  ['people in 万人次', `${MIN}举办全国应急管理系统执法人员网络培训班，培训1.2万人次。`, { training_participants: [12000, 'exact'] }],
  ['people in Chinese numerals', `${XH}举办建筑市场执法培训班一期，培训执法人员八十人次。`,
    { training_sessions: [1, 'exact'], training_participants: [80, 'exact'] }],
  ['people covered', `${JD}开展机关干部法治培训4场，覆盖干部职工210人次。`, { training_sessions: [4, 'exact'], training_participants: [210, 'exact'] }],
  ['people of a dated course', `${XM}于9月举办医保执法人员培训班，参训人员65人。`, { training_participants: [65, 'exact'] }],
  ['people of the next sentence', `${CB}举办城管执法队员法治培训班3期。累计参训队员450人次。`,
    { training_sessions: [3, 'exact'], training_participants: [450, 'exact'] }],
  ['people and their units', `${XG}举办全县行政执法人员培训班1期，来自32个部门的执法人员280人参训。`,
    { training_sessions: [1, 'exact'], training_participants: [280, 'exact'] }],
  ['people full-width', `${ZG}举办机关干部法治培训２期，参训１２０人次。`, { training_sessions: [2, 'exact'], training_participants: [120, 'exact'] }],
  // hours per head
  ['hours per head of the staff', `${XA}干部职工人均学法46学时。`, { training_hours_per_person: [46, 'exact'] }],
  ['hours of the leaders per head', `${CG}市政府领导班子成员人均学法58学时。`, { training_hours_per_person: [58, 'exact'] }],
  ['hours as 课时', `${CR}执法人员人均参加法治培训42课时。`, { training_hours_per_person: [42, 'exact'] }],
  ['hours as 小时', `${XTX}干部人均网上学法36.5小时。`, { training_hours_per_person: [36.5, 'exact'] }],
  ['hours per head per year', `${XH}执法人员年人均接受法律知识培训60学时。`, { training_hours_per_person: [60, 'exact'] }],
  ['hours on average per person', `${XJ}干部平均每人学法50学时。`, { training_hours_per_person: [50, 'exact'] }],
  ['hours over a bound, as the result', `${XM}干部职工人均学法超过40学时。`, { training_hours_per_person: [40, 'at_least'] }],
  ['hours in Chinese numerals', `${JD}机关干部人均学法四十八学时。`, { training_hours_per_person: [48, 'exact'] }],
  ['hours of an online platform', `${CB}依托网上学法平台，干部职工人均完成学法学时55学时。`, { training_hours_per_person: [55, 'exact'] }],
  ['hours per head after the sessions', `${PRV}开展集中学法12次，人均学法时长达到45学时。`,
    { training_sessions: [12, 'exact'], training_hours_per_person: [45, 'exact'] }],
  ['hours with its requirement after', `${XA}干部人均学法48学时，超过每人每年40学时的要求。`, { training_hours_per_person: [48, 'exact'] }],
  ['hours full-width', `${ZG}机关干部人均学法５２学时。`, { training_hours_per_person: [52, 'exact'] }],
  // exams beside people
  ['people and the exam takers', `${XJ}举办法治培训班2期，培训160人次，考试合格率100%。`,
    { training_sessions: [2, 'exact'], training_participants: [160, 'exact'] }],
  ['exam takers only', `${XTX}组织全体干部参加学法考试，参考人数215人，参考率100%，合格率99.1%。`, {}],
  ['an exam\'s pass rate alone', `${CR}年度学法用法考试通过率100%。`, {}],
  ['the platform\'s learning rate', `${XG}县政府工作人员网上学法参学率100%，考试合格率98%。`, {}],
]

export const LISTS_47: Probe39[] = [
  // several kinds of own sessions in one sentence
  ['three kinds with 、', `${XA}开展中心组学法4次、会前学法10次、法治讲座2场。`, { training_sessions: [16, 'derived'] }],
  ['two kinds with ，', `${CG}市政府党组理论学习中心组学法5次，常务会议会前学法12次。`, { training_sessions: [17, 'derived'] }],
  ['two kinds with 分别', `${XM}开展集中学法和法治讲座分别为8次和3场。`, { training_sessions: [11, 'derived'] }],
  ['two courses with 分别', `${PRV}举办执法骨干培训班和法制审核人员培训班各1期，分别培训120人和80人。`,
    { training_sessions: [2, 'derived'], training_participants: [200, 'derived'] }],
  ['kinds and people in a list', `${XJ}开展集中学法12次、法治培训3期，参训干部共计260人次。`,
    { training_sessions: [15, 'derived'], training_participants: [260, 'exact'] }],
  ['a total with its parts in an aside', `${XH}全年学法18次（会前学法12次、专题讲座6次）。`, { training_sessions: [18, 'exact'] }],
  ['a total then its parts with 其中', `${CB}全年开展法治学习培训20次，其中集中学法14次、专题培训6次。`, { training_sessions: [20, 'exact'] }],
  ['two kinds, numerals', `${ZG}开展专题学法五次、法治讲座两场。`, { training_sessions: [7, 'derived'] }],
  ['two kinds traditional', tw('东湖街道办事处', '开展会前学法10次、法治讲座2场。'), { training_sessions: [12, 'derived'] }],
  ['kinds with the hearings among them', `${XTX}开展集中学法8次、旁听庭审1次、法治讲座2场。`, { training_sessions: [10, 'derived'] }],
  ['a law kind and a business kind in one count', `${CR}开展法治讲座和业务培训共计30场次。`, {}],
  ['people of two kinds added', `${XA}举办法治讲座2场、执法培训1期，分别有120人次和60人次参加。`,
    { training_sessions: [3, 'derived'], training_participants: [180, 'derived'] }],
  ['publicity kinds with 、', `${XJ}开展宪法宣传活动15场、民法典宣传活动12场。`, { legal_publicity_events: [27, 'derived'] }],
  ['publicity and training in one sentence', `${XA}开展“农资打假”普法宣传活动6场，举办执法人员法治培训2期。`,
    { legal_publicity_events: [6, 'exact'], training_sessions: [2, 'exact'] }],
]

export const PUBLICITY_RECALL_47: Probe39[] = [
  ['publicity events after the noun', `${XJ}开展“宪法宣传周”系列普法活动42场。`, { legal_publicity_events: [42, 'exact'] }],
  ['publicity before the noun', `${XM}开展了18场医保基金监管法规宣传活动。`, { legal_publicity_events: [18, 'exact'] }],
  ['以案释法 events', `${CB}深入社区开展以案释法活动12场次。`, { legal_publicity_events: [12, 'exact'] }],
  ['law into firms', `${XTX}开展“税法进企业”宣讲活动16场。`, { legal_publicity_events: [16, 'exact'] }],
  ['lectures for villagers', `${ZG}进村入户举办法治讲座10场，村民600余人参加。`, { legal_publicity_events: [10, 'exact'] }],
  ['publicity in numerals', `${JD}开展民法典进社区宣传活动二十场。`, { legal_publicity_events: [20, 'exact'] }],
  ['traditional publicity', tw('青河县司法局', '开展“法律进乡村”活动36场。'), { legal_publicity_events: [36, 'exact'] }],
  ['publicity with 余', `${CB}开展城市管理法规宣传活动50余场。`, { legal_publicity_events: [50, 'approx'] }],
  ['a province department\'s publicity', `${PRV}厅机关组织开展“世界地球日”自然资源法治宣传活动8场。`, { legal_publicity_events: [8, 'exact'] }],
  ['legal advice events', `${XJ}组织律师开展法律咨询活动24场。`, { legal_publicity_events: [24, 'exact'] }],
]

export const XP = head('青河县公安局')
export const XE = head('青河县生态环境局')
export const XS = head('青河县市场监督管理局')
export const XW = head('青河县文化和旅游局')
export const XR = head('青河县水利局')
export const XC = head('青河县民政局')
export const CT = head('临江市交通运输局')
export const CY = head('临江市应急管理局')
export const PG = head('江西省公安厅')

/** More sectors and levels: the same recall forms in the registers of police, environment, markets, culture, water, civil affairs. */
export const SECTORS_47: Probe39[] = [
  ['police: officers trained', `${XP}组织全体民警开展执法规范化培训8期，培训民警620人次。`,
    { training_sessions: [8, 'exact'], training_participants: [620, 'exact'] }],
  ['police: officers before 参训', `${XP}举办执法办案培训班2期，全局150名民警辅警参训。`,
    { training_sessions: [2, 'exact'], training_participants: [150, 'exact'] }],
  ['police province: courses', `${PG}举办全省公安机关法制员培训班3期。`, { training_sessions: [3, 'exact'] }],
  ['environment: lectures and hours', `${XE}举办生态环境法律法规专题讲座4场，干部职工人均学法45学时。`,
    { training_sessions: [4, 'exact'], training_hours_per_person: [45, 'exact'] }],
  ['markets: courses before the noun', `${XS}举办了3期市场监管执法办案能力提升培训班。`, { training_sessions: [3, 'exact'] }],
  ['markets: people covered', `${XS}开展新修订法律法规培训5场次，覆盖执法人员340人次。`,
    { training_sessions: [5, 'exact'], training_participants: [340, 'exact'] }],
  ['culture: the leadership\'s study', `${XW}局党组中心组开展法治专题学习6次。`, { training_sessions: [6, 'exact'] }],
  ['water: meeting study and laws', `${XR}局务会议会前学法10次，学习《水法》《河道管理条例》等法律法规15部。`, { training_sessions: [10, 'exact'] }],
  ['civil affairs: lectures in numerals', `${XC}举办民政法治讲座两场，参加干部职工九十余人次。`,
    { training_sessions: [2, 'exact'], training_participants: [90, 'approx'] }],
  ['city transport: the count before the trainees', `${CT}培训交通运输执法人员1100余人次。`, { training_participants: [1100, 'approx'] }],
  ['city emergency: courses with 期 and people', `${CY}举办安全生产执法人员培训班4期，培训执法人员300人。`,
    { training_sessions: [4, 'exact'], training_participants: [300, 'exact'] }],
  ['city emergency: hours per head', `${CY}执法人员人均接受法律培训不少于60学时。`, { training_hours_per_person: [60, 'at_least'] }],
  ['traditional police', tw('青河县公安局', '组织民警开展法律知识培训6期，培训民警480人次。'),
    { training_sessions: [6, 'exact'], training_participants: [480, 'exact'] }],
  ['traditional environment hours', tw('青河县生态环境局', '干部职工人均学法四十六学时。'), { training_hours_per_person: [46, 'exact'] }],
  ['markets: a sentence of its own for the people', `${XS}举办食品安全执法培训班2期。参训执法人员共计180人次。`,
    { training_sessions: [2, 'exact'], training_participants: [180, 'exact'] }],
  ['a street: collective study and people', `${JD}街道机关开展集中学法12次，参学干部480人次。`,
    { training_sessions: [12, 'exact'], training_participants: [480, 'exact'] }],
  ['a town: leaders lecture', `${ZG}镇党委书记、镇长带头讲授法治课2次。`, { training_sessions: [2, 'exact'] }],
  ['a town: village cadres trained', `${ZG}为村（社区）干部举办法治培训班2期，培训村干部160人次。`,
    { training_sessions: [2, 'exact'], training_participants: [160, 'exact'] }],
  ['a county government: departments\' heads trained', `${XG}组织县直部门主要负责人开展法治专题培训1次，参训86人。`,
    { training_sessions: [1, 'exact'], training_participants: [86, 'exact'] }],
  ['a city government: the thematic lectures', `${CG}市政府举办领导干部法治专题讲座3期，市政府领导及部门负责人260人次参加。`,
    { training_sessions: [3, 'exact'], training_participants: [260, 'exact'] }],
]

/** The same forms with a distractor of another sector beside the own figure. */
export const SECTORS_NEAR_47: Probe39[] = [
  ['police: fire drills beside the training', `${XP}开展法律知识培训4期；组织消防演练6次。`, { training_sessions: [4, 'exact'] }],
  ['environment: firms trained beside own', `${XE}为重点排污单位举办环保法规培训3场；局机关开展法治培训2场。`, { training_sessions: [2, 'exact'] }],
  ['markets: the platform\'s users', `${XS}执法人员在网络学院注册学习186人，完成率100%。`, {}],
  ['culture: a tourism training', `${XW}举办旅游从业人员培训班5期，培训导游及从业人员800人次。`, {}],
  ['water: the court hearings', `${XR}组织干部旁听行政诉讼庭审2次，参加人员42人次。`, {}],
  ['civil affairs: the social workers', `${XC}举办社会组织负责人培训班3期，培训320人次。`, {}],
  ['transport: a drill', `${CT}开展交通运输应急演练12场次。`, {}],
  ['emergency: firms\' managers', `${CY}组织企业主要负责人安全生产法律法规培训6期，培训1200人次。`, {}],
  ['police: a school\'s lessons', `${XP}民警进校园开展法治教育课40余节。`, {}],
  ['a hospital\'s lectures in a county government', `${XG}县人民医院举办医疗法律法规讲座5场。`, {}],
  ['a commission: theory group then an exam', `${PRW}委党组理论学习中心组专题学法4次；组织委机关干部参加全省国家工作人员学法考试，参考率100%。`,
    { training_sessions: [4, 'exact'] }],
  ['an oath ceremony\'s people', `${CB}组织新任职干部宪法宣誓仪式2次，参加28人。`, {}],
  ['heads reporting on law at a meeting', `${XG}组织12个部门主要负责人现场述法。`, {}],
  ['village law helpers fostered', `${ZG}培养“法律明白人”126名。`, {}],
  ['a street: publicity and its residents', `${JD}开展“民法典进社区”宣传活动8场，参与居民600余人次。`, { legal_publicity_events: [8, 'exact'] }],
  ['a ministry: an online course\'s rate', `${MIN}组织部机关干部参加网络法治培训，参训率100%。`, {}],
  ['a city government: heads in court', `${CG}组织行政机关负责人旁听庭审4次，参加人员260人次。`, {}],
  ['warning education with no law', `${XH}组织党员干部开展警示教育3次。`, {}],
  ['a lawyer\'s lectures for the staff', `${XH}邀请律师为干部职工开展民法典专题讲座2场。`, { training_sessions: [2, 'exact'] }],
  ['traditional exam rates', tw('临江市城市管理局', '组织执法队员参加学法考试，参考率100%，合格率97.5%。'), {}],
  ['public lawyers counted', `${XJ}全县共有公职律师46名。`, {}],
]

export const ALL_RECALL_47: [string, Probe39[]][] = [
  ['sessions', SESSIONS_47], ['people and hours', PEOPLE_HOURS_47], ['lists', LISTS_47], ['publicity', PUBLICITY_RECALL_47],
  ['sectors', SECTORS_47], ['sectors near', SECTORS_NEAR_47],
]

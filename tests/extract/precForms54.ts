/**
 * Precision forms of round 54 (issue 11: holdout P 0.739, enforcement F1 0.713, training 0.754; round 53's fresh first runs took 9
 * false values to 25 true). Part A: the value forms earlier rounds left open (a long object list before 家次, column tables one cell
 * a line, archived decisions, a training that names no topic, police figures in a government's report, checks by a hired third
 * party, a level held over years, new cases beside those carried over, fines that include earlier years', a credit rule per
 * session). Part B (enforcement): figures of a joint operation another body led, of a campaign's window beside the year's total,
 * checks against cases and penalties counted in the same 件/起, transfers, lists of waivable offences against waived cases, and the
 * same total said twice. About two thirds near misses, a third the author's own figure in new wording. Authors of many kinds and
 * levels, some in traditional script. Sentences invented for this test (the real reports' register, no report's wording).
 * precForms54Training.ts holds the training families.
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

export const PRV_MKT = head('溪岭省市场监督管理局')
export const CITY_GOV = head('鹤川市人民政府')
export const CITY_MKT = head('鹤川市市场监督管理局')
export const CITY_ZF = head('鹤川市城市管理综合执法局')
export const CITY_JUS = head('鹤川市司法局')
export const CO_GOV = head('榆川县人民政府')
export const CO_MKT = head('榆川县市场监督管理局')
export const CO_ZF = head('榆川县综合行政执法局')
export const CO_EMG = head('榆川县应急管理局')
export const CO_JUS = head('榆川县司法局')
export const CO_HRS = head('榆川县人力资源和社会保障局')
export const CO_TAX = head('国家税务总局榆川县税务局')
export const CO_NR = head('榆川县自然资源局')
export const CO_TR = head('榆川县交通运输局')
export const CO_HLT = head('榆川县卫生健康局')
export const CO_AGR = head('榆川县农业农村局')
export const CO_ECO = head('鹤川市生态环境局榆川分局')
export const DIST_GOV = head('鹤川市东湖区人民政府')
export const TOWN = head('苇河镇人民政府')
export const STREET = head('西关街道办事处')

/** Part A: the open value forms, each ruled as an analyst would fill the table. */
export const OPEN_FORMS_54: Probe39[] = [
  // a long object list closed by 等 before the checks' count: the checks are read
  ['long list: market entities before 家次', `${CO_MKT}全年对辖区内食品生产企业、食品销售单位、餐饮服务单位、药品零售企业、医疗器械经营企业、化妆品经营单位、特种设备使用单位和计量器具使用单位等各类市场主体开展监督检查2860家次。`,
    { enforcement_inspections: [2860, 'exact'] }],
  ['long list: farm shops before 户次', `${CO_AGR}对全县农药经营门店、兽药经营门店、种子经营门店、饲料生产企业、农机维修网点、生鲜乳收购站和畜禽屠宰场等生产经营主体开展执法检查680户次。`,
    { enforcement_inspections: [680, 'exact'] }],
  ['long list: a stock of entities, no checks', `${CO_MKT}辖区共有食品生产企业、食品销售单位、餐饮服务单位、药品零售企业、医疗器械经营企业、化妆品经营单位等各类市场主体12600家。`, {}],
  // column tables one cell a line
  ['column table: item and figure one cell a line', `${CO_ZF}2023年行政执法数据统计如下：\n项目\n数量\n执法检查（次）\n1260\n立案查处案件（件）\n86\n`,
    { enforcement_inspections: [1260, 'exact'], enforcement_cases: [86, 'exact'] }],
  // archived decisions and files
  ['archived: decisions of nearly three years', `${CO_GOV}将近三年作出的重大行政决策15项全部整理归档。`, {}],
  ['archived: the year\'s decisions, then archived', `${CO_GOV}全年作出重大行政决策6项，决策过程材料已全部立卷归档。`, { major_decisions: [6, 'exact'] }],
  ['archived: cases closed, then archived', `${CO_MKT}全年办结各类违法案件86件，结案后全部立卷归档。`, { enforcement_cases: [86, 'exact'] }],
  ['archived: files archived alone', `${CO_ZF}整理行政执法案卷并归档326卷。`, {}],
  // a training that names no topic: its own staff's stay read, outsiders' not
  ['no topic: the staff\'s sessions and people', `${CO_TR}全年组织干部职工开展培训12次，参训360人次。`,
    { training_sessions: [12, 'exact'], training_participants: [360, 'exact'] }],
  ['no topic: shopkeepers trained', `${CO_AGR}对全县农资经营户开展培训8期，培训经营户560人次。`, {}],
  // police figures in a government's report: a government speaks for its departments
  ['police: a county government\'s police cases', `${CO_GOV}县公安局全年查处治安案件1260起。`, { enforcement_cases: [1260, 'exact'] }],
  // checks by a hired third party are no enforcement checks
  ['third party: hired safety checks', `${CO_EMG}通过政府购买服务，委托第三方机构对126家企业开展安全生产检查，共检查380家次。`, {}],
  ['third party: experts engaged for checks', `${CO_EMG}聘请安全生产专家对重点企业开展指导服务检查96家次。`, {}],
  ['third party: own checks beside the hired ones', `${CO_EMG}全年开展执法检查560次；另委托第三方技术服务机构开展安全检查120家次。`,
    { enforcement_inspections: [560, 'exact'] }],
  tw(['third party: hired checks in traditional script', `${CO_HLT}委託第三方檢測機構對全縣公共場所開展衛生檢查210家次。`, {}]),
  // a level held over years
  ['held: a level held three years', `${CO_MKT}执法检查数量连续三年保持在1500次以上。`, {}],
  ['held: the year\'s count, then the level held', `${CO_MKT}全年开展执法检查1620次，连续三年保持在1500次以上。`, { enforcement_inspections: [1620, 'exact'] }],
  ['held: a rate kept under a bound two years', `${CO_JUS}行政复议纠错率连续两年均控制在8%以内。`, {}],
  // new cases beside those carried over
  ['carried over: new plus old, then the total', `${CO_ZF}新立案286件，加上上年结转案件40件，全年共办理案件326件。`, { enforcement_cases: [326, 'exact'] }],
  ['carried over: new cases, the old as an aside', `${CO_ZF}全年新立案件286件，另有上年结转案件40件。`, { enforcement_cases: [286, 'exact'] }],
  // fines that include earlier years' cases: the year's collection
  ['fines: the year\'s collection with earlier cases inside', `${CO_MKT}全年累计收缴罚没款186万元（含以前年度案件罚没款32万元）。`, { fines_yuan: [1860000, 'exact'] }],
  // a credit rule per session
  ['credit: hours per session attended', `${CO_JUS}局机关规定干部每参加一次集中学法计2学时。`, {}],
  ['credit: the rule, then the hours done', `${CO_JUS}干部每参加一次集中学法计2学时，全年人均学法56学时。`, { training_hours_per_person: [56, 'exact'] }],
  tw(['credit: per lecture in traditional script', `${CO_HRS}每聽一次法治講座記1.5學時。`, {}]),
]

/** Part B: enforcement figures that are not the author's result of the year, and its own in new wording. */
export const ENF_54: Probe39[] = [
  // a joint operation another body led or the author joined
  ['joint: under the police\'s lead, officers and checks', `${CO_MKT}在县公安局牵头下，联合开展打击假冒伪劣专项行动，共出动执法人员260人次，检查经营户420家次。`, {}],
  ['joint: 配合 a city bureau, cases', `${CO_ZF}配合市城管局开展渣土运输联合整治，查处违规运输案件58起。`, {}],
  ['joint: led by the county\'s bureau, the town\'s office joined', `${TOWN}由县应急管理局牵头、镇安监办参与，对辖区烟花爆竹经营点开展联合检查，共检查36家次。`, {}],
  ['joint: joined a government\'s multi-department action', `${CO_HLT}参加县政府组织的多部门联合执法行动6次，检查医疗机构72家次。`, {}],
  ['joint: fines of an action with another bureau', `${CO_ZF}会同县市场监管局开展占道经营联合执法，罚款12.6万元。`, {}],
  ['joint: hazards of a joint check', `${CO_EMG}联合住建、消防部门开展联合检查，督促整改隐患146处。`, {}],
  ['joint: the joint one, then the own count', `${CO_MKT}配合县公安局开展联合整治，检查经营户420家次；全年本局自行开展日常监督检查1860家次。`,
    { enforcement_inspections: [1860, 'exact'] }],
  ['joint: partners\' action, then own cases', `${CO_ZF}联合公安、交通部门开展非法营运整治，查扣车辆32台；全年本局立案查处违法建设案件146件。`,
    { enforcement_cases: [146, 'exact'] }],
  tw(['joint: under another body\'s lead in traditional script', `${CO_TR}在縣公安局統一部署下，配合開展道路運輸聯合整治，查處違法案件37起。`, {}]),
  // a campaign's window beside the year's total
  ['window: months, then figures alone', `${CO_MKT}3月至6月开展校园周边食品安全专项整治，检查经营主体530家次，立案查处12件。`, {}],
  ['window: the campaign\'s part after the year\'s', `${CO_EMG}全年开展安全生产执法检查1260次，其中“百日攻坚”专项行动期间检查420次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['window: the campaign first, then the year', `${CO_TR}“治超百日行动”期间，共查处超限运输案件56起。全年共查处超限超载案件218起。`, { enforcement_cases: [218, 'exact'] }],
  ['window: two months, then 期间', `${CO_ZF}开展为期两个月的占道经营整治，期间查处占道经营案件312起。`, {}],
  ['window: a summer action\'s checks', `${CO_HRS}在6月至8月的根治欠薪夏季专项行动中，检查用人单位86户次。`, {}],
  ['window: up to the end of June', `${CO_MKT}截至6月底，已查办各类违法案件138件。`, {}],
  ['window: the half year, then the year', `${CO_MKT}上半年查办案件138件，全年共查办各类违法案件296件。`, { enforcement_cases: [296, 'exact'] }],
  tw(['window: a campaign\'s months in traditional script', `${CO_HLT}4月至7月開展醫療美容專項整治，檢查醫療美容機構46家次。`, {}]),
  // checks, clues, cases and penalties in the same 件/起
  ['chain: checks, clues, cases, penalties', `${CO_NR}全年开展执法检查326次，发现问题线索64条，立案查处违法用地案件27件，其中作出行政处罚21件。`,
    { enforcement_inspections: [326, 'exact'], enforcement_cases: [27, 'exact'], penalty_cases: [21, 'exact'] }],
  ['chain: checks and cases both in 起', `${CO_TR}全年开展路面执法检查1850起，立案查处各类交通运输违法案件426起，其中实施行政处罚398起。`,
    { enforcement_inspections: [1850, 'exact'], enforcement_cases: [426, 'exact'], penalty_cases: [398, 'exact'] }],
  ['chain: rectification orders against penalties', `${CO_EMG}全年下达责令限期整改指令书326份，实施行政处罚18起。`, { penalty_cases: [18, 'exact'] }],
  ['chain: random check tasks against checks', `${CO_MKT}全年制定双随机抽查任务28项，检查市场主体640户次。`, { enforcement_inspections: [640, 'exact'] }],
  ['joint: helping a court pull down', `${CO_ZF}协助县人民法院开展强制拆除行动5次。`, {}],
  ['window: checks before a holiday', `${CO_EMG}国庆节前组织开展安全生产大检查，检查企业126家次。`, {}],
  ['near: interviews of managers', `${CO_EMG}约谈企业主要负责人36家次。`, {}],
  ['near: return visits after cases', `${CO_MKT}对已办结案件当事人开展回访48家次。`, {}],
  ['near: credit repaired after penalties', `${CO_MKT}为62家企业完成行政处罚信息信用修复。`, {}],
  ['near: hearings held', `${CO_MKT}全年组织行政处罚听证4次。`, {}],
  ['near: warnings written as letters', `${CO_HRS}向用人单位发出劳动保障监察限期改正指令书58份。`, {}],
  // transfers
  ['transfer: crimes passed to the police alone', `${CO_NR}向公安机关移送涉嫌非法占用农用地犯罪案件4件。`, {}],
  ['transfer: clues handed to the discipline body', `${CO_MKT}向纪检监察机关移交问题线索3件。`, {}],
  ['transfer: own cases with the transferred part', `${CO_ECO}全年查处生态环境违法案件86件，其中移送公安机关行政拘留案件6件。`, { enforcement_cases: [86, 'exact'] }],
  ['transfer: clues passed to the competent departments', `${CO_ZF}将不属于本部门管辖的违法线索移送相关部门处理42件。`, {}],
  ['transfer: a court asked to enforce', `${CO_NR}申请人民法院强制执行非诉行政案件9件。`, {}],
  tw(['transfer: cases passed to procurators in traditional script', `${CO_TAX}向檢察機關移送涉稅犯罪案件2件。`, {}]),
  // lists of waivable offences against waived cases
  ['lenient: a list\'s items', `${PRV_MKT}制定轻微违法行为免罚清单，涵盖违法行为38项。`, {}],
  ['lenient: a list\'s circumstances in 条', `${CITY_ZF}出台首违不罚事项清单，明确不予处罚情形42条。`, {}],
  ['lenient: a list\'s items beside the cases', `${CO_MKT}推行包容审慎监管，公布免罚清单事项26项，全年对189件轻微违法行为依法不予处罚。`, { lenient_cases: [189, 'exact'] }],
  ['lenient: reminder letters sent', `${CO_TAX}对首次违反税收规定的纳税人发放提醒告知书1260份。`, {}],
  ['lenient: cases with 首违不罚 after the count', `${CO_TR}全年共有64起案件适用首违不罚。`, { lenient_cases: [64, 'exact'] }],
  ['lenient: cases as 当场纠正、不予处罚', `${CO_ZF}全年对轻微违法行为当场纠正、不予处罚的案件共172件。`, { lenient_cases: [172, 'exact'] }],
  // the same total said twice
  ['repeat: a total said again in the summary', `${CO_MKT}全年立案查处违法案件132件。综上，全年共立案查处违法案件132件，罚没款86万元。`,
    { enforcement_cases: [132, 'exact'], fines_yuan: [860000, 'exact'] }],
  ['repeat: parts, their total, the total again', `${CO_ZF}查处违法建设案件46件、占道经营案件68件、户外广告案件22件，共计136件。全年共查处各类案件136件。`,
    { enforcement_cases: [136, 'exact'] }],
  ['repeat: a heading\'s figure, then the body\'s', `${CO_HRS}一、全年办结劳动保障监察案件215件\n全年共办结劳动保障监察案件215件，为劳动者追讨工资2860万元。`,
    { enforcement_cases: [215, 'exact'] }],
  ['repeat: the count before its noun after the total', `${CO_EMG}全年实施行政处罚48起。全年48起行政处罚案件均经法制审核。`, { penalty_cases: [48, 'exact'] }],
  // the author's own, in new wording
  ['own: a section\'s colon, cases and fines with commas', `${CITY_MKT}行政执法方面：全年共立案查处各类违法案件1,268起，罚没款2,360万元。`,
    { enforcement_cases: [1268, 'exact'], fines_yuan: [23600000, 'exact'] }],
  ['own: checks in 户次 with 全年累计', `${CO_HRS}全年累计检查用人单位1320户次，立案查处劳动保障违法案件38件。`,
    { enforcement_inspections: [1320, 'exact'], enforcement_cases: [38, 'exact'] }],
  ['own: penalty decisions in Chinese numerals', `${TOWN}全年作出行政处罚决定二十三件。`, { penalty_cases: [23, 'exact'] }],
  ['own: checks with 余 in 家次', `${CO_HLT}开展医疗机构监督检查460余家次，查处违法案件19件。`,
    { enforcement_inspections: [460, 'approx'], enforcement_cases: [19, 'exact'] }],
  ['own: a district government\'s cases', `${DIST_GOV}全区各行政执法机关全年办理行政处罚案件3826件。`, { penalty_cases: [3826, 'exact'] }],
  tw(['own: checks and penalties in traditional script', `${CO_ECO}全年開展環境執法檢查612次，實施行政處罰41件。`,
    { enforcement_inspections: [612, 'exact'], penalty_cases: [41, 'exact'] }]),
]

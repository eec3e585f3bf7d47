/**
 * Open forms of round 52: forms earlier rounds found on real pages and left open (tests/fixtures/corpus/README.md, "Open forms 52"),
 * each in new wording with near misses that must keep their reading. Sentences invented for this test (the real reports' register,
 * no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

/** A probe in traditional script (its head too). */
const tw = ([form, text, want]: Probe39): Probe39 => [`${form} (traditional)`, toTraditional(text), want]

const ZF = head('临江县综合行政执法局')
const TOWN = head('白沙镇人民政府')
const STREET = head('城南街道办事处')
const TRAFFIC = head('临江县交通运输局')
const ENV = head('临江市生态环境局')
const WATER = head('临江县水利局')
const J = head('临江县司法局')
const G = head('临江县人民政府')

/**
 * Cases named only by their procedure (lead's ruling of round 52, the corpus README's procedure rulings): a lone count of general- or
 * ordinary-procedure cases (办理/办结/查办/立案查处…一般程序/普通程序案件N件) with no stated total and no other procedure in its
 * paragraph is the year's enforcement cases as written (n-open-rushan's 立案查办一般程序案件759起), never penalty cases alone. With a
 * total before it, after 其中, beside another procedure, of a court or a review organ, in a past year or a target, it gives nothing alone.
 */
export const LONE_PROCEDURE_52: Probe39[] = [
  ["a town team's 立案查处一般程序案件", `${TOWN}镇综合行政执法中队全年立案查处一般程序案件41起。`, { enforcement_cases: [41, 'exact'] }],
  ['办结普通程序案件 in Chinese numerals, then a closure rate', `${ZF}全年共办结普通程序案件二百一十六件，结案率100%。`,
    { enforcement_cases: [216, 'exact'] }],
  tw(["a bureau's 办理一般程序案件 in 宗", `${TRAFFIC}全年办理一般程序案件329宗。`, { enforcement_cases: [329, 'exact'] }]),
  ['查办普通程序案件 before the fines', `${TRAFFIC}查办普通程序案件75件，罚没款42.6万元。`,
    { enforcement_cases: [75, 'exact'], fines_yuan: [426000, 'exact'] }],
  ['依法办理 with a closing clause', `${STREET}街道综合执法队依法办理一般程序案件17件，均已办结。`, { enforcement_cases: [17, 'exact'] }],
  ['the penalties among them after it', `${ENV}全年查办一般程序案件75件，其中作出行政处罚决定68件。`,
    { enforcement_cases: [75, 'exact'], penalty_cases: [68, 'exact'] }],
  ['a hearing held after it', `${WATER}办理普通程序案件46件，组织听证2场。`, { enforcement_cases: [46, 'exact'] }],
  // near misses
  ['near miss: a total of cases before its general part', `${ZF}办理行政执法案件263件，其中一般程序案件58件。`, { enforcement_cases: [263, 'exact'] }],
  ['near miss: the other procedure in the paragraph', `${ZF}办理一般程序案件96件，简易程序案件同比增加20件。`, {}],
  ['near miss: last year\'s general cases', `${ZF}上年办理一般程序案件280件。`, {}],
  ['near miss: a court\'s ordinary procedure', `${G}县人民法院适用普通程序审结行政案件31件。`, {}],
  ['near miss: a target of general cases', `${ZF}力争全年办理一般程序案件不少于300件。`, {}],
  ['near miss: the days a general case takes', `${ZF}一般程序案件平均办案时长缩短至28天。`, {}],
  ['near miss: reviews heard by the ordinary procedure', `${J}按普通程序审理行政复议案件22件。`, { reconsideration_cases: [22, 'exact'] }],
  ['near miss: the simple procedure alone', `${STREET}街道适用简易程序办理案件138件。`, {}],
]

const MKT = head('临江县市场监督管理局')
const CULT = head('临江县文化市场综合执法大队')
const EM = head('临江县应急管理局')

/** The same form in new wording, written after the rule and run once (the corpus README, "Open forms 52"). */
export const LONE_PROCEDURE_52B: Probe39[] = [
  ['查处一般程序案件 before the goods involved', `${MKT}全年共查处一般程序案件27件，涉案货值1.8万元。`, { enforcement_cases: [27, 'exact'] }],
  ["a team's 办结普通程序案件 in 宗 with a closure rate", `${CULT}全年办结普通程序案件19宗，办结率100%。`, { enforcement_cases: [19, 'exact'] }],
  tw(['查办一般程序案件 by 起', `${EM}全年查办一般程序案件45起。`, { enforcement_cases: [45, 'exact'] }]),
  ['a growth after the count', `${MKT}办理一般程序案件46件，较上年增长15%。`, { enforcement_cases: [46, 'exact'] }],
  // near misses
  ['near miss: the simple procedure in the next sentence adds up', `${MKT}全年办理一般程序案件52件。适用简易程序作出处罚决定130件。`,
    { penalty_cases: [182, 'derived'] }],
  ['near miss: a part after the cases\' total', `${MKT}查处各类违法案件146起，其中一般程序案件38起。`, { enforcement_cases: [146, 'exact'] }],
  ['near miss: half a year\'s general cases', `${EM}上半年办理一般程序案件30件。`, {}],
  ['near miss: case files appraised', `${MKT}评查一般程序案件案卷60卷。`, {}],
  ['near miss: the legal reviews of general cases', `${ZF}对一般程序案件开展法制审核86件。`, {}],
]

const CITY_EM = head('临江市应急管理局')
const MKT_T = head('临江县市场监督管理局')

/**
 * A campaign counted from its start when the campaign's name runs straight into 以来 (三年行动以来累计…, “铁拳”行动以来, 保卫战以来): its
 * figures are the campaign's, several years or a part of one, never the year's (the README's campaign rulings: a named campaign's period
 * and …行动启动以来 are a part, a span of years adds years up). Near misses: the year's figure after it (；今年…), 今年以来, a campaign
 * named as this year's work with no 以来.
 */
export const CAMPAIGN_SINCE_52: Probe39[] = [
  ['a three-year campaign\'s span of hazards', `${CITY_EM}安全生产治本攻坚三年行动以来，累计排查整改重大事故隐患2860处。`, {}],
  ['a quoted campaign\'s span of cases', `${MKT_T}“铁拳”行动以来，共查处侵权假冒案件58件。`, {}],
  ['a 保卫战 since it began', `${ENV}蓝天保卫战以来累计查处大气污染违法案件126件。`, {}],
  ['a 保卫战 started', `${ENV}碧水保卫战打响以来，全市查办水污染案件41件。`, {}],
  tw(['专项整治 straight before 以来', `${MKT_T}食品安全专项整治以来共检查经营主体3600户次，立案查处违法案件74件。`, {}]),
  // near misses
  ['near miss: the year\'s figure after the span', `${CITY_EM}三年行动以来累计整改隐患4.6万项；今年整改隐患1.3万项。`,
    { hazards_rectified: [13000, 'exact'] }],
  ['near miss: 今年以来 is the year', `${MKT_T}今年以来，查处违法案件96起。`, { enforcement_cases: [96, 'exact'] }],
  ['near miss: a campaign carried out this year with no 以来', `${MKT_T}全年深入开展“铁拳”行动，查处违法案件88件。`,
    { enforcement_cases: [88, 'exact'] }],
]

/** The same form in new wording, written after the rule and run once (the corpus README, "Open forms 52"). */
export const CAMPAIGN_SINCE_52B: Probe39[] = [
  ['a quoted 百日攻坚 since', `${CITY_EM}“百日攻坚”以来，共检查生产经营单位1260家次。`, {}],
  ['an 攻坚战 with 累计', `${ENV}污染防治攻坚战以来累计查处环境违法案件412件。`, {}],
  tw(['a named 专项治理 since', `${MKT_T}校园食品安全专项治理以来，立案查处违法案件23件。`, {}]),
  ['near miss: the year\'s cases before the span', `${ENV}全年办理环境违法案件86件，污染防治攻坚战以来累计412件。`,
    { enforcement_cases: [86, 'exact'] }],
  ['near miss: the report\'s year 以来', `${MKT_T}2023年以来，查处违法案件96起。`, { enforcement_cases: [96, 'exact'] }],
]

const CITY = head('临江市人民政府')
const CITY_J = head('临江市司法局')

/**
 * A law 报告会 the author held for its staff (法治专题报告会, 民法典专题报告会; a quoted series' 报告会 beside a course): a session, like a
 * 讲座 (r51a's 清溪镇 and 临沂's 专题报告会 labels count them). Near misses: a 报告会 of another topic (二十大精神), of the leaders' duty
 * reports (述职述法报告会), of model workers' deeds (事迹报告会), one the staff only attended, one for residents.
 */
export const REPORT_MEETING_52: Probe39[] = [
  ["a law 专题报告会 held", `${CITY_J}全年举办法治专题报告会3场。`, { training_sessions: [3, 'exact'] }],
  ['an expert\'s 民法典 报告会 with its audience', `${CITY}邀请高校法学教授举办民法典专题报告会2场，参会干部260人次。`,
    { training_sessions: [2, 'exact'], training_participants: [260, 'exact'] }],
  tw(['a 报告会 on enforcement', `${ZF}全年舉辦行政執法專題報告會4場。`, { training_sessions: [4, 'exact'] }]),
  ['a course and a quoted series\' 报告会 added up', `${TOWN}举办法治专题培训班4期，另有“法学专家进机关”报告会共2场。`,
    { training_sessions: [6, 'derived'] }],
  ['报告会 and 学法 of the standing meeting', `${CITY}市政府常务会议开展专题报告会3次、会前学法8次。`, { training_sessions: [11, 'derived'] }],
  // near misses
  ['near miss: a 报告会 of another topic', `${TOWN}举办学习贯彻党的二十大精神报告会3场。`, {}],
  ['near miss: the leaders\' 述职述法 报告会', `${CITY_J}召开年度述职述法报告会1次。`, {}],
  ['near miss: a model\'s deeds', `${CITY_J}举办法治人物先进事迹报告会2场。`, {}],
  ['near miss: attended a 报告会 of the city', `${J}组织干部参加市委举办的法治报告会1场。`, {}],
]

/** The same form in new wording, written after the rule and run once (the corpus README, "Open forms 52"). */
export const REPORT_MEETING_52B: Probe39[] = [
  ['a 报告会 on a named law', `${J}邀请律师举办《行政复议法》专题报告会1场。`, { training_sessions: [1, 'exact'] }],
  tw(['a quoted 报告会 and those who came', `${TOWN}开展“宪法进机关”专题报告会2次，干部职工150余人参加。`,
    { training_sessions: [2, 'exact'], training_participants: [150, 'approx'] }]),
  ['near miss: a 形势报告会', `${CITY}举办优化营商环境形势报告会1场。`, {}],
  ['near miss: a 报告会 for residents', `${CITY_J}在社区为居民举办民法典报告会5场。`, {}],
  ['near miss: a 工作报告会 on the rule of law', `${CITY_J}召开法治政府建设工作报告会1次。`, {}],
]

const APP = head('临江县行政审批服务局')

/**
 * A materials count's change, then its rate in a bare clause (申请材料由平均8份减少至5份，减少37.5%; 由…减少为…，减少了…): the rate is the
 * materials' reduction (crossForms50More's open probe). 精简/压减/缩减 there were read already; a bare 减少 was not, being too common a word
 * to be a weak term. Near misses: the time's rate, a satisfaction rise, trips cut in the clause after the materials' change.
 */
export const MATERIALS_CHANGE_52: Probe39[] = [
  ['a count cut to a count, then 减少N%', `${APP}企业开办申请材料由平均10份减少至6份，减少40%。`, { material_reduction_pct: [40, 'exact'] }],
  ['减少为, then 减少了', `${APP}工程建设项目审批材料由原来的24项减少为15项，减少了37.5%。`, { material_reduction_pct: [37.5, 'exact'] }],
  tw(['减少到, then 减少', `${APP}办事材料由8件减少到5件，减少37.5%。`, { material_reduction_pct: [37.5, 'exact'] }]),
  ['精简 already read', `${APP}申报材料由12份精简至6份，精简50%。`, { material_reduction_pct: [50, 'exact'] }],
  // near misses
  ['near miss: the time\'s rate after the materials\' change', `${APP}申请材料由8份减少至5份，办理时限减少60%。`,
    { approval_time_compression_pct: [60, 'exact'] }],
  ['near miss: a satisfaction rise', `${APP}申请材料由8份减少至5份，群众满意度提升12%。`, {}],
  ['near miss: trips cut', `${APP}申请材料由8份减少至5份，跑动次数减少80%。`, {}],
  ['near miss: the materials down to a share', `${APP}申请材料由10份减少至原来的60%。`, {}],
]

/** The same form in new wording, written after the rule and run once (the corpus README, "Open forms 52"). */
export const MATERIALS_CHANGE_52B: Probe39[] = [
  ['a registration\'s materials, then 减少N%', `${APP}不动产登记所需材料由平均7份减少至4份，减少42.9%。`, { material_reduction_pct: [42.9, 'exact'] }],
  tw(['减少为, then 减少了', `${APP}申请材料由15份减少为9份，减少了40%。`, { material_reduction_pct: [40, 'exact'] }]),
  ['near miss: the cut as a count', `${APP}申请材料由9份减少至6份，减少3份。`, {}],
  ['near miss: steps cut after the change', `${APP}申请材料由8份减少至5份，减少审批环节2个。`, {}],
]

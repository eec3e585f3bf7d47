/**
 * Enforcement forms of round 51, checks, hazards, officers' cards, reviews and suits (the companion of enfForms51.ts, same authors):
 * people sent out (人次) against checks, firms checked beside the count of checks, notices issued and a rectification rate against
 * hazards rectified, other bodies' and towns' hazards, joint checks, plans and coverage shares, cards newly applied for against those
 * held, the whole county's officers in a bureau's report, suits of a span, appearances counted in 件次, another level's rates,
 * applications passed on; and the own figure after a colon, as a flattened table with spaces, with 近/余/约, Chinese numerals, zero
 * stated with 零/均为零, first and second instance as parts, a count before its predicate. Sentences invented for this test (the real
 * reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import { CITY_ECO, CITY_JUS, CITY_MKT, CO_EMG, CO_GOV, CO_HLT, CO_JUS, CO_MKT, CO_TR, CO_ZF, MIN, PRV_EMG, STREET, TOWN } from './enfForms51'

export const CHECKS_51: Probe39[] = [
  // the own figure in shapes not written before
  ['checks after a heading colon', `${CO_HLT}卫生监督检查：全年检查各类单位1260户次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['people, firms checked and violations in one sentence', `${CO_EMG}全年出动执法人员2360人次，检查生产经营单位682家次，查处违法行为96起。`,
    { enforcement_inspections: [682, 'exact'], enforcement_cases: [96, 'exact'] }],
  ['random checks beside the firms drawn', `${CO_MKT}开展“双随机、一公开”抽查186次，抽查市场主体1420户。`, { enforcement_inspections: [186, 'exact'] }],
  ['a table flattened with spaces', `${CITY_ECO}现场检查 3260次 查处案件 186件 罚没款 1520万元`,
    { enforcement_inspections: [3260, 'exact'], enforcement_cases: [186, 'exact'], fines_yuan: [15200000, 'exact'] }],
  ['hazards found, rectified and the rate', `${CO_EMG}排查安全隐患1860处，已整改1823处，整改率98%。`, { hazards_rectified: [1823, 'exact'] }],
  ['hazards before their closing predicate', `${CO_EMG}检查发现的2460处隐患全部整改到位。`, { hazards_rectified: [2460, 'exact'] }],
  ['余 on hazards', `${CO_EMG}督促企业整改事故隐患3200余项。`, { hazards_rectified: [3200, 'approx'] }],
  ['近 on a province department\'s own checks', `${PRV_EMG}省厅本级开展执法检查近400次。`, { enforcement_inspections: [400, 'approx'] }],
  ['a street team\'s checks in Chinese numerals', `${STREET}街道综合行政执法队全年开展执法检查四百六十次。`, { enforcement_inspections: [460, 'exact'] }],
  ['checks beside the firms checked', `${CO_MKT}开展执法检查860次，检查企业1260家。`, { enforcement_inspections: [860, 'exact'] }],
  ['hazards beside the notices issued', `${CO_EMG}下达责令限期整改指令书326份，整改隐患1290处。`, { hazards_rectified: [1290, 'exact'] }],
  ['hazards of the county with a named town\'s part', `${CO_EMG}全年整改隐患1360处，其中桃坪镇整改126处。`, { hazards_rectified: [1360, 'exact'] }],
  ['cards held with the new ones after', `${CO_ZF}全局持有行政执法证件的执法人员126名，其中今年新申领18名。`, { certified_officers: [126, 'exact'] }],
  ['cards held after a colon', `${CO_MKT}持证执法人员：86人。`, { certified_officers: [86, 'exact'] }],
  ['a town\'s cards in Chinese numerals', `${TOWN}镇持有行政执法证人员二十三名。`, { certified_officers: [23, 'exact'] }],
  ['checks before their term', `${CO_HLT}全年共计1260次监督检查覆盖全县医疗机构。`, { enforcement_inspections: [1260, 'exact'] }],
  ['a street\'s hazards in Chinese numerals', `${STREET}督促整改消防安全隐患二百一十处。`, { hazards_rectified: [210, 'exact'] }],
  ['约 on a province department\'s own cards', `${PRV_EMG}省厅本级持证执法人员约180人。`, { certified_officers: [180, 'approx'] }],
  tw(['checks and hazards', `${CO_EMG}全年执法检查企业1280家次，整改隐患3460处。`,
    { enforcement_inspections: [1280, 'exact'], hazards_rectified: [3460, 'exact'] }]),
  tw(['约 on a city bureau\'s checks', `${CITY_ECO}全年开展环境执法检查约5200次。`, { enforcement_inspections: [5200, 'approx'] }]),
  // people, notices, rates, other bodies, plans
  ['people sent out alone', `${CO_EMG}出动执法人员1860人次。`, {}],
  ['notices alone', `${CO_EMG}下达责令整改通知书186份。`, {}],
  ['a rectification rate alone', `${CO_EMG}隐患整改率达到98.6%。`, {}],
  ['hazards of the towns', `${CO_EMG}各乡镇排查整改隐患2360处。`, {}],
  ['police checks in a government\'s report', `${CO_GOV}县公安局开展道路交通安全检查2360次。`, {}],
  ['joint checks with other departments', `${CO_EMG}会同住建、消防部门开展联合检查36次。`, {}],
  ['a coverage share of random checks', `${CO_MKT}“双随机”抽查覆盖率达到100%。`, {}],
  ['the first half\'s checks', `${CO_EMG}上半年开展执法检查260次。`, {}],
  ['the city system\'s checks in a county bureau', `${CO_EMG}全市应急管理系统执法检查企业1.2万家次。`, {}],
  ['a plan\'s share of firms', `${CO_MKT}年度抽查计划明确抽查比例不低于5%。`, {}],
  ['cards newly applied for', `${CO_ZF}新申领行政执法证18人。`, {}],
  ['a holding rate', `${CO_ZF}执法人员持证率100%。`, {}],
  ['the county\'s holders in a bureau', `${CO_MKT}全县各行政执法单位持证人员1260名。`, {}],
  ['a named town\'s checks in a government\'s report', `${CO_GOV}桃坪镇开展安全生产检查320次。`, {}],
  ['samples drawn in 批次', `${CO_MKT}监督抽检食品1260批次。`, {}],
  ['officers who passed the exam', `${CO_MKT}组织32名执法人员参加执法资格考试，全部通过。`, {}],
  ['cards renewed', `${CO_ZF}换发行政执法证86本。`, {}],
  tw(['a squadron\'s patrols', `${CO_ZF}城关中队开展执法检查680次。`, {}]),
  tw(['notices and a rate', `${CO_EMG}下达执法文书420份，隐患整改率96%。`, {}]),
]

export const REVIEWS_51: Probe39[] = [
  // the own figure in shapes not written before
  ['respondent reviews, suits, lost and appearance in one sentence', `${CO_MKT}全年被申请行政复议7件、被提起行政诉讼4件，败诉0件，负责人出庭应诉率100%。`,
    { reconsideration_cases: [7, 'exact'], litigation_cases: [4, 'exact'], litigation_lost_cases: [0, 'exact'], head_appearance_pct: [100, 'exact'] }],
  ['a government\'s reviews and a rate in 百分之', `${CO_GOV}县政府全年办理行政复议案件142件，综合纠错率百分之十五。`,
    { reconsideration_cases: [142, 'exact'], reconsideration_correction_pct: [15, 'exact'] }],
  ['suits with first and second instance as parts', `${CO_GOV}全年发生行政诉讼案件36件，其中一审28件、二审8件。`, { litigation_cases: [36, 'exact'] }],
  ['suits after a colon, none lost', `${CO_TR}行政应诉：全年应诉案件9件，无败诉。`, { litigation_cases: [9, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['reviews and suits both zero', `${TOWN}全年行政复议、行政诉讼案件均为零。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['suits lost before their predicate', `${CO_GOV}全年有3件案件被法院判决败诉。`, { litigation_lost_cases: [3, 'exact'] }],
  ['suits with the change after', `${CO_GOV}全年行政诉讼案件42件，同比下降12%。`, { litigation_cases: [42, 'exact'] }],
  ['a justice bureau\'s reviews with 余', `${CITY_JUS}市政府全年受理行政复议申请260余件。`, { reconsideration_cases: [260, 'approx'] }],
  ['reviews with those carried over inside', `${CO_JUS}全年办理行政复议案件86件（含上年结转6件）。`, { reconsideration_cases: [86, 'exact'] }],
  ['appearance with its counts in an aside', `${CO_TR}负责人出庭应诉比例100%（应出庭4件，实际出庭4件）。`, { head_appearance_pct: [100, 'exact'] }],
  ['respondent reviews with their outcomes', `${CO_MKT}行政复议被申请5件，其中维持3件、撤销1件、终止1件。`, { reconsideration_cases: [5, 'exact'] }],
  tw(['suits and appearance', `${CO_HLT}全年行政诉讼案件3件，负责人出庭应诉率100%。`, { litigation_cases: [3, 'exact'], head_appearance_pct: [100, 'exact'] }]),
  tw(['reviews as respondent, none corrected', `${CO_TR}被申请行政复议案件2件，均维持原行政行为。`, { reconsideration_cases: [2, 'exact'] }]),
  // spans, counts of appearances, other levels, labels, applications passed on
  ['suits over the plan\'s years', `${CO_GOV}“十三五”以来累计发生行政诉讼案件286件。`, {}],
  ['appearances counted in 件次', `${CO_GOV}负责人出庭应诉56件次。`, {}],
  ['the city\'s appearance rate in a county bureau', `${CO_JUS}全市行政机关负责人出庭应诉率98.6%。`, {}],
  ['an article of the suits law', `${CO_JUS}依据《行政诉讼法》第三条第三款要求负责人出庭应诉。`, {}],
  ['a phone number of the review office', `${CO_JUS}行政复议咨询电话：0736-7221234。`, {}],
  ['applications passed on to the city', `${CO_JUS}收到复议申请12件，均已转送市政府。`, {}],
  ['the court\'s appeal cases', `${CO_GOV}市中级人民法院审理涉县政府二审行政案件18件。`, {}],
  ['a correction rate of case files', `${CITY_JUS}行政执法案卷评查纠错率12%。`, {}],
  ['a rate of suits won', `${CO_GOV}行政诉讼胜诉率达到92%。`, {}],
  tw(['reviews of the year before', `${CO_GOV}上年办理行政复议案件118件。`, {}]),
]

/** Near misses of round 51's rules (each beside the form it must not take away). */
export const NEAR_51: Probe39[] = [
  ['a branch\'s own report names itself', `${head('桐川市市场监督管理局高新分局')}高新分局全年作出行政处罚决定186件。`, { penalty_cases: [186, 'exact'] }],
  ['the city bureau\'s total before a branch\'s part', `${CITY_MKT}全年共查处违法案件860件，其中高新分局查处126件。`, { enforcement_cases: [860, 'exact'] }],
  ['a branch after its bureau\'s full name', `${CITY_ECO}市生态环境局高新分局全年办理环境违法案件46件。`, {}],
  ['the bureau itself by its full name', `${CITY_ECO}市生态环境局全年办理环境违法案件460件。`, { enforcement_cases: [460, 'exact'] }],
  ['two branches with 分别', `${CITY_MKT}城东分局、城西分局分别查处违法案件86件、72件。`, {}],
  ['a town\'s own team in the town\'s report', `${TOWN}桃坪镇综合行政执法队全年查处违法案件42起。`, { enforcement_cases: [42, 'exact'] }],
  ['the county\'s total before a town\'s part', `${CO_GOV}全县共整改安全隐患3260处，其中桃坪镇整改210处。`, { hazards_rectified: [3260, 'exact'] }],
  ['the provinces\' bodies, then the ministry\'s own', `${MIN}各省（区、市）应急管理部门共作出行政处罚决定12万件；部本级作出行政处罚决定36件。`, { penalty_cases: [36, 'exact'] }],
  ['lost suits of both kinds as zero', `${TOWN}全年行政复议、行政诉讼败诉案件均为零。`, { litigation_lost_cases: [0, 'exact'] }],
  ['each kind with its own 案件 as zero', `${CO_TR}行政复议案件、行政诉讼案件均为零。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['hazards found, still being rectified', `${CO_EMG}检查发现的260处隐患正在整改。`, {}],
  ['penalties beside those withdrawn', `${CO_MKT}全年作出行政处罚决定120件，因复议撤销行政处罚决定2件。`, { penalty_cases: [120, 'exact'] }],
  ['another bureau rectifying hazards', `${CO_EMG}县住建局督促整改建筑施工安全隐患126处。`, {}],
  ['the bureau\'s own rectification with no subject', `${CO_EMG}全年督促整改各类安全隐患1260处。`, { hazards_rectified: [1260, 'exact'] }],
  ['the provinces\' staff as a ministry\'s trainees', `${MIN}举办执法骨干培训班2期，各省（区、市）应急管理部门执法骨干320人参训。`,
    { training_sessions: [2, 'exact'], training_participants: [320, 'exact'] }],
  ['reviews and suits as a table with spaces', `${CO_HLT}行政复议 3件 行政诉讼 2件`, { reconsideration_cases: [3, 'exact'], litigation_cases: [2, 'exact'] }],
]

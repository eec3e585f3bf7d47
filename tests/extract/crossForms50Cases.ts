/**
 * Cross forms of round 50 in the enforcement family's review, suit and penalty indicators (reconsideration cases and their
 * correction rate, suits, suits lost, heads appearing; penalties, fines, waivers, inspections, hazards rectified): the shapes and
 * the distractors of crossForms50.ts, with the corpus's role ruling (a department counts the reviews it answered as respondent, a
 * government or a justice bureau those it handled as review body) and courts' and higher review bodies' figures beside the
 * author's. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw, CITY_JUS, CITY_MKT, CO_APP, CO_ECO, CO_EMG, CO_FOR, CO_GOV, CO_HLT, CO_HRS, CO_JUS, CO_MKT, CO_TR, STREET, TOWN } from './crossForms50'

const PRV_EMG = head('四川省应急管理厅')
const CITY_ECO = head('鹤川市生态环境局')
const CO_ZF = head('青禾县综合行政执法局')
const CO_TAX = head('国家税务总局青禾县税务局')

export const REVIEWS_50: Probe39[] = [
  // the own figure in shapes not written before
  ['respondent after a colon', `${CO_MKT}行政复议情况：被申请行政复议3件，均维持。`, { reconsideration_cases: [3, 'exact'] }],
  ['reviews, suits, lost and heads in one sentence', `${CO_HRS}全年发生行政复议案件4件、行政诉讼案件6件，败诉1件，负责人出庭应诉率100%。`,
    { reconsideration_cases: [4, 'exact'], litigation_cases: [6, 'exact'], litigation_lost_cases: [1, 'exact'], head_appearance_pct: [100, 'exact'] }],
  ['neither reviews nor suits', `${CO_FOR}全年未发生行政复议和行政诉讼案件。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['suits with none lost', `${CO_TR}行政诉讼案件8件，实现零败诉。`, { litigation_cases: [8, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['a town\'s appearance rate in 百分之', `${TOWN}镇政府负责人出庭应诉率达到百分之百。`, { head_appearance_pct: [100, 'exact'] }],
  ['a government as review body with its rate', `${CO_GOV}县政府作为行政复议机关，全年受理行政复议申请96件，纠错率12.5%。`,
    { reconsideration_cases: [96, 'exact'], reconsideration_correction_pct: [12.5, 'exact'] }],
  ['a government in both roles', `${CO_GOV}县政府作为被申请人的行政复议案件5件；作为行政复议机关受理复议申请88件。`, { reconsideration_cases: [88, 'exact'] }],
  ['a department in both roles', `${CITY_MKT}作为被申请人新收行政复议案件12件；作为复议机关，办理针对各区分局的复议案件5件。`,
    { reconsideration_cases: [12, 'exact'] }],
  ['a street\'s suits in Chinese numerals', `${STREET}全年发生行政诉讼案件三件，无败诉案件。`, { litigation_cases: [3, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['heads appearing: the count beside the rate', `${CO_ZF}负责人出庭应诉9件次，出庭应诉率100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['the city government\'s correction rate', `${CITY_JUS}市政府行政复议综合纠错率为18.6%。`, { reconsideration_correction_pct: [18.6, 'exact'] }],
  ['the author\'s part of all levels\' total', `${CITY_JUS}全市各级行政复议机关共受理复议申请2860件，其中市政府受理640件。`, { reconsideration_cases: [640, 'exact'] }],
  ['约 on reviews accepted', `${CO_JUS}全年受理行政复议申请约150件。`, { reconsideration_cases: [150, 'approx'] }],
  tw(['accepted and closed with the rate', `${CO_JUS}全年受理行政复议申请128件，审结121件，纠错率15.2%。`,
    { reconsideration_cases: [128, 'exact'], reconsideration_correction_pct: [15.2, 'exact'] }]),
  tw(['suits with one lost', `${CO_TR}全年行政诉讼案件5件，其中败诉1件。`, { litigation_cases: [5, 'exact'], litigation_lost_cases: [1, 'exact'] }]),
  tw(['a town with no review', `${TOWN}全年未发生行政复议案件。`, { reconsideration_cases: [0, 'exact'] }]),
  // courts, higher review bodies, years, spans, targets and labels
  ['a court\'s suits', `${CO_GOV}县人民法院全年受理一审行政诉讼案件236件。`, {}],
  ['the province upheld our penalties', `${CO_MKT}省市场监管局作为复议机关维持我局处罚决定2件。`, {}],
  ['suits the year before', `${CO_TR}上年发生行政诉讼案件9件。`, {}],
  ['a span of suits lost', `${CO_GOV}近三年累计行政诉讼败诉5件。`, {}],
  ['a rank of review work', `${CO_GOV}行政复议工作考核位列全市第一。`, {}],
  ['an article of the review law', `${CO_JUS}依据《行政复议法》第六十三条作出变更决定。`, {}],
  ['a target of appearance', `${CO_GOV}确保行政机关负责人出庭应诉率达到100%。`, {}],
  ['applications not accepted', `${CO_JUS}对不符合受理条件的3件复议申请作出不予受理决定。`, {}],
  ['people guided to a review', `${TOWN}引导群众通过行政复议途径解决行政争议15件。`, {}],
  ['a government as respondent only', `${CO_GOV}县政府作为被申请人的行政复议案件5件。`, {}],
  ['closed cases of the year before', `${CO_JUS}审结上年结转的行政复议案件6件。`, {}],
  ['a rate of suits lost', `${CO_GOV}行政诉讼败诉率为3.2%。`, {}],
  ['a city court\'s cases and loss rate', `${CITY_JUS}市中级人民法院审结一审行政案件1260件，行政机关败诉率8.6%。`, {}],
  tw(['a document number of a review decision', `${CO_JUS}作出行政复议决定书（青复决〔2023〕12号）。`, {}]),
]

export const PENALTIES_50: Probe39[] = [
  // the own figure in shapes not written before
  ['penalties, fines and waivers in one sentence', `${CO_MKT}全年作出行政处罚决定286件，罚没款合计312.5万元，对轻微违法行为依法不予处罚41件。`,
    { penalty_cases: [286, 'exact'], fines_yuan: [3125000, 'exact'], lenient_cases: [41, 'exact'] }],
  ['waivers after a colon', `${CO_TR}首违不罚：办理首违不罚案件68起。`, { lenient_cases: [68, 'exact'] }],
  ['waivers before their predicate', `${CO_MKT}全年有68件轻微违法案件依法免予处罚。`, { lenient_cases: [68, 'exact'] }],
  ['a town team\'s checks in Chinese numerals', `${TOWN}镇综合行政执法队全年开展执法检查三百二十次。`, { enforcement_inspections: [320, 'exact'] }],
  ['checks and hazards as name-value pairs', `${CO_EMG}执法检查：586次；排查隐患：1420处；整改隐患：1396处。`,
    { enforcement_inspections: [586, 'exact'], hazards_rectified: [1396, 'exact'] }],
  ['约 on fines', `${CITY_ECO}全年罚没金额约3600万元。`, { fines_yuan: [36000000, 'approx'] }],
  ['以上 on checks', `${CO_EMG}全年开展安全生产执法检查1200次以上。`, { enforcement_inspections: [1200, 'approx'] }],
  ['no penalty made', `${STREET}全年未作出行政处罚决定。`, { penalty_cases: [0, 'exact'] }],
  ['a town\'s fines in 万元', `${TOWN}全年罚款3.6万元。`, { fines_yuan: [36000, 'exact'] }],
  ['a province department\'s own checks and fines', `${PRV_EMG}省厅本级执法检查企业136家次，罚款金额856万元。`,
    { enforcement_inspections: [136, 'exact'], fines_yuan: [8560000, 'exact'] }],
  ['hazards rectified beside those still open', `${CO_EMG}整改隐患1380处，正在整改52处。`, { hazards_rectified: [1380, 'exact'] }],
  ['penalties before their predicate', `${CO_ZF}全年共有412件违法案件作出行政处罚决定。`, { penalty_cases: [412, 'exact'] }],
  ['fines summed from two kinds', `${CO_TAX}全年罚款860万元、没收违法所得40万元，罚没合计900万元。`, { fines_yuan: [9000000, 'exact'] }],
  tw(['penalties and fines', `${CO_MKT}全年办理行政处罚案件198件，罚没款256.3万元。`, { penalty_cases: [198, 'exact'], fines_yuan: [2563000, 'exact'] }]),
  tw(['hazards found and rectified', `${CO_EMG}全年排查整改安全隐患860处。`, { hazards_rectified: [860, 'exact'] }]),
  tw(['waivers under a list', `${CITY_MKT}适用“首违不罚”清单办理案件52件。`, { lenient_cases: [52, 'exact'] }]),
  tw(['checks with 余', `${CO_ZF}全年开展执法检查2600余次。`, { enforcement_inspections: [2600, 'approx'] }]),
  // systems, years, caps, catalogues, single cases and labels
  ['the city system\'s fines in a county bureau', `${CO_MKT}全市市场监管系统罚没款1.6亿元。`, {}],
  ['the year before\'s fines', `${CO_MKT}上年罚没金额为260万元。`, {}],
  ['a cap on fines', `${CO_MKT}全年罚没款控制在300万元以内。`, {}],
  ['penalty items of a catalogue', `${CO_MKT}梳理行政处罚事项1260项。`, {}],
  ['a list of powers with its penalty part', `${CO_EMG}公布权力清单286项，其中行政处罚189项。`, {}],
  ['items of a waiver list', `${CO_MKT}制定轻微违法行为免罚清单事项36项。`, {}],
  ['discretion benchmarks', `${CO_TR}细化行政处罚裁量基准1320条。`, {}],
  ['hazards only found', `${CO_EMG}排查出一般隐患2360处。`, {}],
  ['checks per month required', `${CO_EMG}每月开展执法检查不少于10次。`, {}],
  ['a plan of firms to check', `${CO_EMG}年度执法计划确定检查企业320家。`, {}],
  ['checks the bureau underwent', `${CO_EMG}接受省应急管理厅执法检查2次。`, {}],
  ['one firm\'s fine', `${CO_ECO}对某化工企业超标排放行为作出罚款96万元的行政处罚。`, {}],
  ['fines per case', `${CO_MKT}案均罚没款1.8万元。`, {}],
  ['an article of the food law', `${CO_MKT}依据《食品安全法》第一百二十四条处以罚款。`, {}],
  ['fines ranked', `${CO_MKT}罚没款总额位居全市第3位。`, {}],
  ['penalties over three years', `${CO_TR}近三年共作出行政处罚决定2860件。`, {}],
  ['a share of waivers', `${CO_MKT}免罚案件占全部案件的12%。`, {}],
  ['hazards listed for supervision', `${CO_EMG}挂牌督办重大事故隐患6项。`, {}],
  ['checks of a campaign month', `${CO_EMG}“安全生产月”活动期间开展执法检查86次。`, {}],
  ['surcharges on fines', `${CO_TAX}加处罚款12万元。`, {}],
  ['a district bureau in a street\'s report', `${STREET}区城管执法局全年罚没款230万元。`, {}],
  tw(['penalties of a span', `${CO_ZF}本届政府以来累计作出行政处罚决定6800件。`, {}]),
  tw(['a document number of a penalty', `${CO_MKT}作出行政处罚决定书（青市监罚〔2023〕56号）。`, {}]),
]

/**
 * Near misses of the rules the first run asked for (each beside the form it must not take away): checks the author underwent from a
 * named organ (接受/迎接 + organ + 检查), deputies raising suggestions at a meeting (代表在…期间提出), 办件总量, a hall of a level above
 * the author (市政务服务中心…), a review role the author claims with 作为 against its kind's, a catalogue's items (法制审核目录清单事项),
 * a wider area's subject carried into a clause with none (全市…系统…，罚没款…).
 */
export const NEAR_50: Probe39[] = [
  ['checks after reports received', `${CO_EMG}接受群众举报后开展执法检查36次。`, { enforcement_inspections: [36, 'exact'] }],
  ['own checks after those undergone', `${CO_EMG}接受省应急管理厅执法检查2次；全年开展执法检查420次。`, { enforcement_inspections: [420, 'exact'] }],
  tw(['checks undergone from the city bureau', `${CO_MKT}迎接市市场监管局专项检查3次。`, {}]),
  ['suggestions raised at the session, undertaken', `${CO_HLT}承办县人大代表在县十八届人大三次会议上提出的建议18件。`, { proposals_handled: [18, 'exact'] }],
  ['proposals raised at the session by members', `${CO_HLT}政协委员在县政协十届二次会议上共提出提案186件。`, {}],
  ['办件量 still read', `${CO_APP}全年办件量达12.6万件。`, { approvals_handled: [126000, 'exact'] }],
  ['a one-thing service\'s total', `${CO_APP}“一件事一次办”办件总量1260件。`, {}],
  ['the county hall in a county bureau\'s report', `${CO_APP}县政务服务中心全年办件8.6万件。`, { approvals_handled: [86000, 'exact'] }],
  ['the county hall in a town\'s report', `${TOWN}县政务服务中心全年办件8.6万件。`, {}],
  ['a town\'s own centre', `${TOWN}镇便民服务中心全年办件3260件。`, { approvals_handled: [3260, 'exact'] }],
  ['a street as respondent', `${STREET}街道作为被申请人的行政复议案件2件。`, { reconsideration_cases: [2, 'exact'] }],
  ['a department as respondent', `${CO_TR}作为被申请人的行政复议案件3件。`, { reconsideration_cases: [3, 'exact'] }],
  ['the government\'s respondent count in a justice bureau', `${CO_JUS}县政府作为被申请人的行政复议案件4件。`, {}],
  ['reviews made against the catalogue', `${CO_MKT}对照法制审核目录清单，审核重大执法决定36件。`, { legal_review_cases: [36, 'exact'] }],
  ['the city bureau\'s own system with a subjectless clause', `${CITY_MKT}全市市场监管系统共查处案件2860件，罚没款3600万元。`,
    { enforcement_cases: [2860, 'exact'], fines_yuan: [36000000, 'exact'] }],
  ['the city\'s system, then the bureau named', `${CO_MKT}全市市场监管系统共查处案件2860件，本局罚没款286万元。`, { fines_yuan: [2860000, 'exact'] }],
  ['a government\'s reviews against lower bodies', `${CO_GOV}县政府受理以各乡镇政府和县直部门为被申请人的行政复议申请64件。`, { reconsideration_cases: [64, 'exact'] }],
]

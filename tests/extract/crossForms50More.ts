/**
 * Cross forms of round 50, second part (written after the first part's rules, run once before any rule of its own): numbers that
 * stand beside the words of the same indicators and measure something else — rates of a stage (履行率, 答复率, 采纳率, 公示率, 覆盖率),
 * durations and limits (平均审理期限, 整改期限, 法定时限 to 承诺时限 in days), ranges of a law's fines, standards and reductions of fines,
 * counts in a measure another indicator does not take (人次 of heads appearing, 条 of decisions published, 项 of catalogues), changes
 * beside the level, parts by stage or by kind; with the own figure after a change, after a stage's parts, and rates said with their
 * change. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { type Probe39 } from './unseenForms39'
import { tw, CITY_APP, CITY_JUS, CO_APP, CO_EMG, CO_GOV, CO_HLT, CO_JUS, CO_MKT, CO_TR, STREET, TOWN } from './crossForms50'

export const MORE_50: Probe39[] = [
  // penalties and fines
  ['the level after its change', `${CO_MKT}办理行政处罚案件同比增长15%，达到486件。`, { penalty_cases: [486, 'exact'] }],
  ['a fine\'s range in a law', `${CO_MKT}依法对违法行为人处2万元以上10万元以下罚款。`, {}],
  ['a fine\'s standard raised', `${CO_TR}罚款标准由2000元提高到5000元。`, {}],
  ['fines reduced for firms', `${CO_MKT}为小微企业减免罚款12万元。`, {}],
  ['penalties published in 条', `${CO_MKT}行政处罚信息公示率100%，公示处罚信息286条。`, {}],
  ['the cycle of a case', `${CO_MKT}行政处罚案件平均办理周期缩短至28天。`, {}],
  ['a procedure\'s share', `${CO_MKT}一般程序案件占比68%。`, {}],
  ['fines after their fall', `${CO_MKT}罚没款同比下降12.3%，为286万元。`, { fines_yuan: [2860000, 'exact'] }],
  // checks and hazards
  ['a coverage rate of checks', `${CO_EMG}重点企业执法检查覆盖率100%。`, {}],
  ['sampling tasks', `${CO_MKT}开展“双随机、一公开”抽查任务36个。`, {}],
  ['a catalogue of check items', `${CO_EMG}公布行政检查事项清单56项。`, {}],
  ['checks on firms fell', `${CO_MKT}入企检查频次同比下降38%。`, {}],
  ['hazards and problems rectified with the rate', `${CO_EMG}督促整改隐患问题1260项，整改完成率99%。`, { hazards_rectified: [1260, 'exact'] }],
  ['rectified of those found', `${CO_EMG}检查发现的126处隐患中，已整改118处。`, { hazards_rectified: [118, 'exact'] }],
  ['a rectification rate', `${CO_EMG}隐患整改率98.6%。`, {}],
  ['a rectification deadline', `${CO_EMG}责令企业在30日内完成隐患整改。`, {}],
  ['firms ordered with their hazards', `${CO_EMG}责令限期整改隐患企业32家。`, {}],
  tw(['checks with firms and days', `${CO_EMG}开展为期15天的执法检查，检查企业86家。`, {}]),
  // reviews, suits and heads
  ['applicants counted in persons', `${CO_JUS}行政复议申请人共涉及86人。`, {}],
  ['the average time of a review', `${CO_JUS}复议案件平均审理期限45天。`, {}],
  ['decisions carried out', `${CO_JUS}行政复议决定履行率100%。`, {}],
  ['a settlement rate', `${CO_JUS}行政复议调解和解率32%。`, {}],
  ['a direct correction rate', `${CITY_JUS}全年行政复议直接纠错率6.8%。`, { reconsideration_correction_pct: [6.8, 'exact'] }],
  ['a change of the correction rate', `${CITY_JUS}复议纠错率较上年下降3个百分点。`, {}],
  ['received, refused, referred, accepted', `${CO_JUS}全年收到复议申请126件，其中不予受理8件、告知向其他机关申请5件，受理113件。`,
    { reconsideration_cases: [113, 'exact'] }],
  ['the appearance rate from the year before', `${CO_GOV}负责人出庭应诉率由上年的85%提升至100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['a cap on the loss rate', `${CO_GOV}行政诉讼败诉率控制在5%以内。`, {}],
  ['heads appearing in 人次', `${CO_GOV}行政机关负责人出庭应诉26人次。`, {}],
  ['suits answered, then closed', `${CO_TR}新收行政应诉案件18件，审结16件。`, { litigation_cases: [18, 'exact'] }],
  tw(['a part of the suits by cause', `${CO_GOV}行政应诉案件中，涉及征地拆迁的8件。`, {}]),
  // approval
  ['statutory to promised days', `${CO_APP}审批时限由法定的20个工作日压缩至5个工作日。`, {}],
  ['promised against statutory limits', `${CO_APP}承诺时限比法定时限平均减少68%。`, { approval_time_compression_pct: [68, 'exact'] }],
  ['a share right after a count of items', `${CO_APP}全程网办事项1260项，占比85%。`, { online_processing_pct: [85, 'exact'] }],
  ['cross-province items', `${CO_APP}“跨省通办”事项156项。`, {}],
  ['one-thing services and their items', `${CO_APP}推出“一件事一次办”集成服务38项，办件1.2万件。`, {}],
  ['a catalogue of permits', `${CITY_APP}编制行政许可事项实施清单186项。`, {}],
  ['helpers\' services', `${CO_APP}提供帮办代办服务3600余次。`, {}],
  ['reviews of service', `${CO_APP}收到好差评评价8.6万条，好评率99.9%。`, {}],
  ['on-the-spot items counted, no share', `${TOWN}便民服务中心即办件2960件。`, {}],
  // oversight
  ['documents corrected in filing', `${CITY_JUS}备案审查中纠正规范性文件3件。`, {}],
  ['documents reviewed beside those issued', `${CO_GOV}审查规范性文件12件，制发规范性文件9件。`, { normative_docs_reviewed: [12, 'exact'] }],
  ['advisers\' contracts and documents', `${CO_HLT}法律顾问参与审查合同86份、规范性文件12件。`, {}],
  ['a catalogue published', `${CO_GOV}重大行政决策事项目录公布率100%。`, {}],
  ['closure and satisfaction of suggestions', `${CO_HLT}人大代表建议办结率100%，满意率98%。`, {}],
  ['a reply rate of requests', `${STREET}依申请公开答复率100%。`, {}],
  ['a rank in requests', `${CO_GOV}依申请公开申请数量居全市第二。`, {}],
  ['an adoption rate of reviews', `${CO_MKT}法制审核意见采纳率100%。`, {}],
  ['a catalogue of reviews', `${CO_MKT}重大执法决定法制审核目录清单事项42项。`, {}],
  tw(['requests by their senders', `${CO_GOV}收到的公开申请中，自然人提出58件、法人或其他组织提出12件。`, {}]),
]

/**
 * The third part: the same indicators in paragraphs (a heading and its body, a figure of another year or area in the sentence before,
 * a breakdown after 其中，), and figures in Chinese numerals with 万 and 点.
 */
export const PARAGRAPHS_50: Probe39[] = [
  ['a heading naming the city in a county bureau', `${CO_MKT}\n（三）全市市场监管执法情况\n全年查处违法案件2860件，罚没款3600万元。`, {}],
  ['a review heading, then a bare 受理', `${CO_GOV}\n四、行政复议工作\n全年共受理42件，办结40件。`, { reconsideration_cases: [42, 'exact'] }],
  ['a suit heading, then cases handled', `${CO_GOV}\n五、行政应诉工作\n全年共办理案件9件，无败诉案件。`, { litigation_cases: [9, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['a plan section\'s shares', `${CO_APP}\n五、2024年工作计划\n力争即办件比例达到60%，全程网办率达到95%。`, {}],
  ['the year before, then the year', `${CO_TR}2022年，全局办理行政处罚案件286件。2023年，全局办理行政处罚案件312件。`, { penalty_cases: [312, 'exact'] }],
  ['the system\'s total with a subjectless clause', `${CO_MKT}全市市场监管系统共查处案件2860件，罚没款3600万元。`, {}],
  ['the system\'s total, then the bureau\'s part', `${CO_MKT}全市市场监管系统共查处案件2860件。其中，我局查处案件312件，罚没款286万元。`,
    { enforcement_cases: [312, 'exact'], fines_yuan: [2860000, 'exact'] }],
  ['a disclosure heading, new requests and those carried over', `${CO_GOV}\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请56件，上年结转3件。`,
    { info_disclosure_requests: [56, 'exact'] }],
  ['a proposals heading, then undertaken', `${CO_HLT}\n（二）人大建议和政协提案办理\n全年承办36件，按期办结率100%。`, { proposals_handled: [36, 'exact'] }],
  ['a review body\'s outcomes after 其中，', `${CO_GOV}县政府全年收到行政复议申请126件，受理118件。其中，维持62件，撤销5件，确认违法3件，纠错率8.5%。`,
    { reconsideration_cases: [118, 'exact'], reconsideration_correction_pct: [8.5, 'exact'] }],
  ['two years in one sentence', `${CO_JUS}2022年受理行政复议申请96件，2023年受理118件，同比增长22.9%。`, { reconsideration_cases: [118, 'exact'] }],
  ['a county bureau\'s checks in a town, then the town\'s own', `${TOWN}县应急管理局在我镇开展执法检查12次；镇应急管理办公室全年开展安全检查260次，整改隐患186处。`,
    { enforcement_inspections: [260, 'exact'], hazards_rectified: [186, 'exact'] }],
  ['a heading, the area\'s compression and a kind\'s days', `${CO_APP}\n（一）审批服务提速\n全县1260项政务服务事项承诺时限平均压缩76%，其中企业开办压缩至0.5天。`,
    { approval_time_compression_pct: [76, 'exact'] }],
  ['fines in Chinese numerals with 万', `${TOWN}全年罚没款二十六万元。`, { fines_yuan: [260000, 'exact'] }],
  ['reviews in Chinese numerals with 零', `${CO_JUS}全年受理行政复议申请一百零八件。`, { reconsideration_cases: [108, 'exact'] }],
  ['a share in 百分之 with 点', `${CO_APP}即办件比例为百分之四十五点五。`, { immediate_processing_pct: [45.5, 'exact'] }],
  tw(['a heading naming the province in a city bureau', `${CITY_APP}\n（二）全省政务服务改革情况\n全程网办率达到90%，承诺时限平均压缩70%。`, {}]),
  tw(['a town\'s suits heading', `${TOWN}\n三、行政应诉\n全年发生行政诉讼案件2件，镇长出庭应诉2件，出庭率100%。`,
    { litigation_cases: [2, 'exact'], head_appearance_pct: [100, 'exact'] }]),
  ['the next year\'s decisions catalogue after the year\'s', `${CO_GOV}全年作出重大行政决策6项。2024年拟将8项重大决策事项纳入目录管理。`, { major_decisions: [6, 'exact'] }],
  ['disclosure none in a street\'s table told in prose', `${STREET}本年度收到政府信息公开申请0件，结转下年度继续办理0件。`, { info_disclosure_requests: [0, 'exact'] }],
]

/**
 * Found while probing after the three parts' first runs (each with its near misses): the author's own part after a run of totals in
 * two measures (全县共查处…312件，罚没款286万元，其中本局查处案件86件、罚没款120万元), read in place of each total, and the same in
 * one measure with parallel runs (全县共发生行政复议案件126件、行政诉讼案件48件，其中县本级行政复议案件36件、行政诉讼案件12件: the
 * suits' total took the reviews' part 36 before, ownPart.ts parallelPart); a share that may be done online beside the share done
 * (可网办率100%，全程网办率86%: the 可 share is another stage, online_processing_pct's other_stage, and is still read alone); this
 * year's figure with its verb alone after a span's total (自2021年以来…共作出重大行政决策18项，今年作出5项: clauseEvent.ts BARE_LEAD
 * takes 今年 beside 全年/本年/当年).
 */
export const FOUND_50: Probe39[] = [
  ['the county\'s cases and fines, then the bureau\'s', `${CO_MKT}全县共查处违法案件312件，罚没款286万元，其中本局查处案件86件、罚没款120万元。`,
    { enforcement_cases: [86, 'exact'], fines_yuan: [1200000, 'exact'] }],
  ['the city system\'s checks and fines, then the bureau\'s', `${CO_EMG}全市应急管理系统开展执法检查2.6万次，罚款金额3600万元，其中我局开展执法检查860次、罚款120万元。`,
    { enforcement_inspections: [860, 'exact'], fines_yuan: [1200000, 'exact'] }],
  tw(['the county\'s reviews and suits, then the government\'s own level', `${CO_GOV}全县共发生行政复议案件126件、行政诉讼案件48件，其中县本级行政复议案件36件、行政诉讼案件12件。`,
    { reconsideration_cases: [36, 'exact'], litigation_cases: [12, 'exact'] }]),
  ['the share that may be done online beside the share done', `${CO_APP}全县政务服务事项可网办率100%，全程网办率86%。`, { online_processing_pct: [86, 'exact'] }],
  tw(['the share done before the share that may be', `${CITY_APP}全程网办率86%，可网办率100%。`, { online_processing_pct: [86, 'exact'] }]),
  ['near miss: the share that may be done online alone', `${CO_APP}全县政务服务事项可网办率100%。`, { online_processing_pct: [100, 'exact'] }],
  ['a span\'s total, then this year\'s with its verb alone', `${CO_GOV}自2021年以来，县政府共作出重大行政决策18项，今年作出5项。`, { major_decisions: [5, 'exact'] }],
  tw(['a five-year plan\'s total, then this year\'s', `${CO_JUS}“八五”普法以来，共审查规范性文件126件，今年审查32件。`, { normative_docs_reviewed: [32, 'exact'] }]),
  ['near miss: this year\'s other act after the total', `${CO_GOV}县政府共作出重大行政决策5项，今年组织听证3次。`, { major_decisions: [5, 'exact'] }],
  ['near miss: this year\'s verb with another object', `${CO_JUS}今年共审查规范性文件32件，今年审查合同86份。`, { normative_docs_reviewed: [32, 'exact'] }],
  ['decisions reviewed with their count after 对', `${CO_GOV}对12项重大行政决策进行了合法性审查。`, { legal_review_cases: [12, 'exact'] }],
  ['materials cut from a count to a count, then the rate', `${CO_APP}申请材料由平均8份减少至5份，减少37.5%。`, { material_reduction_pct: [37.5, 'exact'] }],
  ['near miss: each total with the own part in its aside', `${CO_MKT}全县立案查处违法案件220起（局本级18起），作出行政处罚决定220起（局本级16起），罚没款1509万元（局本级302.2万元）。`,
    { enforcement_cases: [18, 'exact'], penalty_cases: [16, 'exact'], fines_yuan: [3022000, 'exact'] }],
  ['near miss: two stages\' totals, then the own level\'s', `${CO_GOV}全县共受理行政复议申请126件、审结120件，其中县政府本级受理36件、审结30件。`,
    { reconsideration_cases: [36, 'exact'] }],
  ['near miss: the departments\' penalties and fines, then one bureau\'s part, in a government', `${CO_GOV}全县各行政执法部门全年共办理行政处罚案件2860件，罚没款1860万元，其中县市场监管局办理620件。`,
    { penalty_cases: [2860, 'exact'], fines_yuan: [18600000, 'exact'] }],
  ['near miss: the own total and fines, then a kind\'s part', `${CO_MKT}全年查处违法案件312件，罚没款286万元，其中食品案件86件、罚没款120万元。`,
    { enforcement_cases: [312, 'exact'], fines_yuan: [2860000, 'exact'] }],
  ['near miss: the own total and fines, then a procedure\'s part', `${CO_MKT}全年查处违法案件312件，罚没款286万元，其中一般程序案件86件，罚没款120万元。`,
    { enforcement_cases: [312, 'exact'], fines_yuan: [2860000, 'exact'] }],
  ['near miss: the county\'s cases and money involved, then the bureau\'s cases', `${CO_MKT}全县共查处违法案件312件，涉案金额560万元，其中本局查处案件86件。`,
    { enforcement_cases: [86, 'exact'] }],
]

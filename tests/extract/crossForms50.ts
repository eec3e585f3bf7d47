/**
 * Cross forms of round 50 (issue 11: on unseen pages about one value in four or five is wrong or missed, precision the weaker
 * side). Round 49's cross probes covered enforcement cases, training and mediation; these cover the approval family (time
 * compression, 即办件 and 全程网办 shares, materials cut, approvals handled) and the oversight family (proposals, documents reviewed
 * and filed, legal reviews, major decisions, disclosure requests). Positives in shapes earlier rounds did not write (a figure
 * before its term, after a colon, a table flattened to 名称：数值 pairs, three or four figures in one sentence, Chinese numerals,
 * 约/近/余/以上, a zero stated, 百分之N); negatives beside the words (the area's or system's total in a department's report, the
 * year before, spans, targets and plans, ranks, document and article numbers, items of a catalogue, hours of a window, days of a
 * time limit, another body's figures). Authors of five levels, some in traditional script (opencc, as the corpus's traditional
 * items). Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

/** A probe written in simplified script, run in traditional (its title, its opening and its sentence). */
export const tw = ([form, text, want]: Probe39): Probe39 => [`traditional: ${form}`, toTraditional(text), want]

export const PRV_DATA = head('湖北省政务服务和大数据管理局')
export const PRV_JUS = head('浙江省司法厅')
export const MIN = head('自然资源部')
export const CITY_APP = head('鹤川市行政审批局')
export const CITY_JUS = head('鹤川市司法局')
export const CITY_MKT = head('鹤川市市场监督管理局')
export const CITY_EDU = head('鹤川市教育局')
export const CO_GOV = head('青禾县人民政府')
export const CO_APP = head('青禾县行政审批服务局')
export const CO_JUS = head('青禾县司法局')
export const CO_MKT = head('青禾县市场监督管理局')
export const CO_HLT = head('青禾县卫生健康局')
export const CO_TR = head('青禾县交通运输局')
export const CO_EMG = head('青禾县应急管理局')
export const CO_HRS = head('青禾县人力资源和社会保障局')
export const CO_FOR = head('青禾县林业局')
export const CO_ECO = head('鹤川市生态环境局青禾分局')
export const TOWN = head('白沙镇人民政府')
export const STREET = head('东湖街道办事处')

export const APPROVAL_50: Probe39[] = [
  // the own figure in shapes not written before
  ['compression after a colon', `${CO_APP}审批时限压缩比：平均压缩78.6%。`, { approval_time_compression_pct: [78.6, 'exact'] }],
  ['three rates in one sentence', `${CO_APP}全县政务服务事项承诺时限平均压缩72%，即办件比例达到46%，全程网办率达到91.5%。`,
    { approval_time_compression_pct: [72, 'exact'], immediate_processing_pct: [46, 'exact'], online_processing_pct: [91.5, 'exact'] }],
  ['four figures as name-value pairs', `${CO_APP}办件总量：38620件；即办件占比：52.3%；全程网办率：88%；申请材料压减率：36%。`,
    { approvals_handled: [38620, 'exact'], immediate_processing_pct: [52.3, 'exact'], online_processing_pct: [88, 'exact'], material_reduction_pct: [36, 'exact'] }],
  ['a town centre\'s share in 百分之', `${TOWN}镇便民服务中心即办件比例达到百分之六十五。`, { immediate_processing_pct: [65, 'exact'] }],
  ['约 on the items handled', `${CITY_APP}全年受理各类审批服务事项约12.6万件。`, { approvals_handled: [126000, 'approx'] }],
  ['余 on a window\'s items', `${CO_APP}政务服务中心窗口全年办结各类事项8600余件。`, { approvals_handled: [8600, 'approx'] }],
  ['the count before its closing predicate', `${CO_APP}全年3.6万件审批服务事项全部按期办结。`, { approvals_handled: [36000, 'exact'] }],
  ['a province\'s share before its noun', `${PRV_DATA}全省92%的政务服务事项实现全程网办。`, { online_processing_pct: [92, 'exact'] }],
  ['materials cut with 精简率', `${CO_APP}申请材料精简率达到41.2%。`, { material_reduction_pct: [41.2, 'exact'] }],
  ['statutory and promised days, then the ratio', `${CO_APP}法定办结时限共计3260个工作日，承诺办结时限压减至980个工作日，压缩比为69.9%。`,
    { approval_time_compression_pct: [69.9, 'exact'] }],
  ['a street\'s items in Chinese numerals', `${STREET}便民服务中心全年办理各类服务事项一千二百件。`, { approvals_handled: [1200, 'exact'] }],
  ['the city after the province', `${CITY_APP}全省审批时限平均压缩60%，我市平均压缩71%。`, { approval_time_compression_pct: [71, 'exact'] }],
  ['the total, its on-the-spot part and the share', `${CO_APP}全年办结审批服务事项5.2万件，其中即办件2.9万件，即办件比例55.8%。`,
    { approvals_handled: [52000, 'exact'], immediate_processing_pct: [55.8, 'exact'] }],
  ['the rate with the year before in brackets', `${CO_APP}全程网办率达到93%（上年为81%）。`, { online_processing_pct: [93, 'exact'] }],
  ['permits granted after the applications accepted', `${CO_APP}受理行政许可申请2160件，准予许可2098件。`, { approvals_handled: [2160, 'exact'] }],
  tw(['two rates', `${CO_APP}即办件比例达到58%，全程网办率达到90%。`, { immediate_processing_pct: [58, 'exact'], online_processing_pct: [90, 'exact'] }]),
  tw(['time and materials', `${CITY_APP}审批时限平均压缩75%，申请材料平均精简30%。`,
    { approval_time_compression_pct: [75, 'exact'], material_reduction_pct: [30, 'exact'] }]),
  tw(['items handled with 余', `${CO_APP}全年共办理行政许可事项4600余件。`, { approvals_handled: [4600, 'approx'] }]),
  // days, hours, counters and catalogues are no rates or items handled
  ['statutory days alone', `${CO_APP}梳理法定办结时限共计3260个工作日。`, {}],
  ['promised days alone', `${CO_APP}承诺办结时限平均为4.5个工作日。`, {}],
  ['compressed to a day', `${CO_APP}企业开办时间压缩至1个工作日以内。`, {}],
  ['the average time of a start-up', `${CO_APP}企业开办平均用时0.5天。`, {}],
  ['a catalogue of items', `${CO_APP}梳理公布政务服务事项清单1260项，其中行政许可事项186项。`, {}],
  ['items made available online are no share', `${CO_APP}推动1180个事项实现“全程网办”。`, {}],
  ['hours of the hall', `${CO_APP}政务服务大厅推行延时服务，工作日延长服务2小时，周末开放8小时。`, {}],
  ['windows of the hall', `${CO_APP}政务服务大厅设置综合受理窗口36个。`, {}],
  ['counted materials, no rate', `${CO_APP}累计减少申请材料1360份。`, {}],
  ['a hotline\'s requests are no approvals', `${CO_APP}12345政务服务便民热线受理群众诉求5.6万件。`, {}],
  // targets, other years, spans, ranks and other bodies
  ['a target of compression', `${CO_APP}力争审批时限压缩比达到80%以上。`, {}],
  ['next year\'s planned share', `${CO_APP}2024年计划实现全程网办率95%。`, {}],
  ['a change of the share', `${CO_APP}即办件比例较上年提高12个百分点。`, {}],
  ['a span since a reform', `${CO_APP}自“一窗受理”改革以来累计办件42万件。`, {}],
  ['a quarter\'s items', `${CO_APP}一季度受理审批事项9600件。`, {}],
  ['a month\'s share', `${CO_APP}12月份即办件比例达到61%。`, {}],
  ['a rank in the business survey', `${CITY_APP}营商环境评价中政务服务指标位列全省第2名。`, {}],
  ['a document number of the notice', `${CO_APP}印发《关于进一步压缩审批时限的通知》（青审批〔2023〕8号）。`, {}],
  ['the city hall in a county bureau\'s report', `${CO_APP}市政务服务中心全年办件86万件。`, {}],
  ['satisfaction and on-time rates', `${CO_APP}群众满意率达99.8%，审批事项按期办结率100%。`, {}],
  tw(['a target of the share', `${CO_APP}确保即办件比例不低于50%。`, {}]),
  tw(['a span of items handled', `${CITY_APP}近三年累计办理审批事项38万件。`, {}]),
]

export const OVERSIGHT_50: Probe39[] = [
  // the own figure in shapes not written before
  ['proposals total before its parts', `${CO_HLT}共办理人大建议、政协提案36件，其中人大建议14件、政协提案22件，办复率100%。`, { proposals_handled: [36, 'exact'] }],
  ['a town\'s suggestions in Chinese numerals', `${TOWN}办理县人大代表建议十二件。`, { proposals_handled: [12, 'exact'] }],
  ['proposals with the year before', `${CO_HLT}办理人大建议、政协提案26件，较上年增加6件。`, { proposals_handled: [26, 'exact'] }],
  ['documents reviewed after a colon', `${CO_GOV}规范性文件合法性审查：审查县政府及县政府办公室规范性文件23件。`, { normative_docs_reviewed: [23, 'exact'] }],
  ['a cleanup\'s count with its outcomes', `${CITY_JUS}开展规范性文件专项清理，清理文件186件，废止12件，修改9件。`, { normative_docs_reviewed: [186, 'exact'] }],
  ['documents filed with their rate', `${CO_GOV}向市政府报送备案规范性文件8件，报备率100%。`, { normative_docs_filed: [8, 'exact'] }],
  ['lower bodies\' documents filed', `${CITY_JUS}备案审查各区县政府报送的规范性文件48件。`, { normative_docs_filed: [48, 'exact'] }],
  ['legal reviews after a colon', `${CO_MKT}重大执法决定法制审核：审核案件46件。`, { legal_review_cases: [46, 'exact'] }],
  ['opinions on decisions in 份', `${CO_JUS}为县政府重大行政决策事项出具合法性审查意见书38份。`, { legal_review_cases: [38, 'exact'] }],
  ['decisions made', `${CO_GOV}全年作出重大行政决策7项，均经过合法性审查。`, { major_decisions: [7, 'exact'] }],
  ['no decision made', `${TOWN}2023年未作出重大行政决策事项。`, { major_decisions: [0, 'exact'] }],
  ['requests received, then accepted', `${CO_GOV}全年收到政府信息公开申请62件，依法受理58件。`, { info_disclosure_requests: [58, 'exact'] }],
  ['no request received', `${STREET}全年未收到政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['requests with those carried over', `${CO_GOV}办理依申请公开事项45件（含上年结转3件）。`, { info_disclosure_requests: [45, 'exact'] }],
  ['近 on requests', `${PRV_JUS}全年办理依申请公开近300件。`, { info_disclosure_requests: [300, 'approx'] }],
  ['four oversight figures in one sentence', `${CO_GOV}全年审查规范性文件15件，向市政府报备12件，作出重大行政决策4项，办理依申请公开31件。`,
    { normative_docs_reviewed: [15, 'exact'], normative_docs_filed: [12, 'exact'], major_decisions: [4, 'exact'], info_disclosure_requests: [31, 'exact'] }],
  ['the legal reviews of the bureau beside its penalties', `${CO_MKT}全年作出行政处罚决定126件，均经法制审核，其中重大执法决定法制审核18件。`,
    { penalty_cases: [126, 'exact'], legal_review_cases: [18, 'exact'] }],
  tw(['requests accepted and answered', `${CO_GOV}全年受理政府信息公开申请71件，均已按时答复。`, { info_disclosure_requests: [71, 'exact'] }]),
  tw(['suggestions and proposals 共计', `${CITY_EDU}办理市人大代表建议和政协委员提案共计53件。`, { proposals_handled: [53, 'exact'] }]),
  tw(['drafts reviewed with opinions', `${CITY_JUS}审查市政府规范性文件32件，提出修改意见86条。`, { normative_docs_reviewed: [32, 'exact'] }]),
  tw(['a town\'s decisions', `${TOWN}全年作出重大行政决策3项。`, { major_decisions: [3, 'exact'] }]),
  // other bodies, stocks, numbers that are labels, spans, plans
  ['suggestions raised by deputies', `${CO_HLT}县人大代表在县十八届人大三次会议期间共提出建议216件。`, {}],
  ['replies published', `${CO_HLT}在门户网站公开建议提案办理复文15件。`, {}],
  ['documents issued in the government\'s name', `${CO_GOV}以县政府名义印发规范性文件9件。`, {}],
  ['documents in force', `${CO_GOV}现行有效的县政府规范性文件共126件。`, {}],
  ['a document number of the rules', `${CO_GOV}印发《青禾县行政规范性文件管理办法》（青政发〔2023〕5号）。`, {}],
  ['an article of the decision regulation', `${CO_GOV}依据《重大行政决策程序暂行条例》第二十三条组织专家论证。`, {}],
  ['documents sent to the justice bureau for review', `${CO_HLT}提请县司法局合法性审查规范性文件4件。`, {}],
  ['next year\'s catalogue of decisions', `${CO_GOV}公布2024年度重大行政决策事项目录，列入事项6项。`, {}],
  ['decisions over a government\'s term', `${CO_GOV}本届政府以来累计作出重大行政决策38项。`, {}],
  ['advisers\' contracts', `${CO_GOV}政府法律顾问全年审查合同126份。`, {}],
  ['offices\' legal reviews', `${CO_MKT}各市场监管所法制审核案件320件。`, {}],
  ['information published', `${CO_GOV}全年主动公开政府信息3860条。`, {}],
  ['a change of requests', `${CO_GOV}依申请公开数量较上年减少12件。`, {}],
  ['a month\'s requests', `${CO_GOV}11月份收到依申请公开申请8件。`, {}],
  ['a filing target', `${CO_GOV}确保规范性文件备案率达到100%。`, {}],
  ['documents drafted', `${CO_HLT}起草规范性文件3件。`, {}],
  ['contracts only reviewed', `${TOWN}对镇政府签订的合同开展合法性审查12份。`, {}],
  ['a ministry\'s national requests', `${MIN}指导各地自然资源部门办理政府信息公开申请2.6万件。`, {}],
  tw(['documents planned for review', `${CO_GOV}2024年拟审核规范性文件20件。`, {}]),
  tw(['documents in a county bureau of the city\'s system', `${CO_MKT}全市市场监管系统清理规范性文件96件。`, {}]),
]

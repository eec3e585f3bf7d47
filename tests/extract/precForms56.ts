/**
 * Precision forms of round 56 (issue 11: holdout P 0.745, enforcement F1 0.729, training 0.758; round 55's fresh first runs took 14
 * false values to 28 true). Part A: the value forms earlier rounds left open (the level a count fell to, a plan's hours before the
 * per-head hours done, agreements counted in 份, two kinds where one is 违法建设, a level's government as the author's part, a study
 * of several levels of bodies, a clause naming its law only later, a 业务 study). Part B (enforcement): a figure of a period that is
 * not the year beside the year's, the year before's for comparison, bodies the author supervises or guides, cases transferred or
 * received, a figure in a plan's title, people against cases, money beside counts, ranks and scores. About two thirds near misses, a
 * third the author's own figure in new wording. Authors of many kinds and levels, some in traditional script. Sentences invented for
 * this test (the real reports' register, no report's wording). precForms56Training.ts holds training and mediation.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

export const REG_FOR = head('北溪自治区林业和草原局')
export const CITY_GOV = head('岑州市人民政府')
export const CITY_CG = head('岑州市城市管理局')
export const CITY_MKT = head('岑州市市场监督管理局')
export const CITY_JUS = head('岑州市司法局')
export const BANNER_GOV = head('乌拉特后旗人民政府')
export const CO_GOV = head('漳源县人民政府')
export const CO_GOV_T = headT('漳源縣人民政府')
export const CO_MKT = head('漳源县市场监督管理局')
export const CO_ZF = head('漳源县综合行政执法局')
export const CO_EMG = head('漳源县应急管理局')
export const CO_JUS = head('漳源县司法局')
export const CO_AG = head('漳源县农业农村局')
export const CO_HLT = head('漳源县卫生健康局')
export const CO_HRS = head('漳源县人力资源和社会保障局')
export const CO_TR = head('漳源县交通运输局')
export const CO_NR = head('漳源县自然资源局')
export const CO_FOR = head('漳源县林业局')
export const CO_ECO = head('岑州市生态环境局漳源分局')
export const DIST_GOV = head('岑州市东湖区人民政府')
export const DIST_JUS = head('岑州市东湖区司法局')
export const ZONE = head('岑州高新技术产业开发区管理委员会')
export const TOWN = head('柳溪镇人民政府')
export const STREET = head('北关街道办事处')

/** Part A: the open value forms, each ruled as an analyst would fill the table. */
export const OPEN_FORMS_56: Probe39[] = [
  // the level a count fell to
  ['fell to: a fall in percent, then the level', `${CO_GOV}全县行政复议案件同比下降31%，降至27件。`, { reconsideration_cases: [27, 'exact'] }],
  ['fell to: from the former level to the year\'s', `${CO_HRS}办结劳动保障监察案件由上年的64件减少至41件。`, { enforcement_cases: [41, 'exact'] }],
  ['fell to: 下降到 after the measure', `${DIST_GOV}以区政府为被告的行政诉讼案件下降到9件，同比减少5件。`, { litigation_cases: [9, 'exact'] }],
  ['fell to: a rate fell to (no count)', `${CO_GOV}行政诉讼败诉率降至3.2%，同比下降4个百分点。`, {}],
  ['fell to: a cost fell to (no count)', `${CO_MKT}企业开办时间压缩至1个工作日，开办成本降至零。`, {}],
  // a plan's hours before the per-head hours done
  ['plan hours: the plan, then the hours done per head', `${CO_AG}年初计划人均学法40学时，全年干部人均实际学法52学时。`, { training_hours_per_person: [52, 'exact'] }],
  ['plan hours: a floor required, then reached', `${CO_TR}按照每人每年不少于40学时的要求，全局干部人均学法达到56学时。`, { training_hours_per_person: [56, 'exact'] }],
  ['plan hours: the plan alone', `${CO_HLT}制定年度学法计划，明确干部人均学法不少于40学时。`, {}],
  // agreements counted in 份
  ['agreements 份: mediated, then agreements in 份', `${CO_JUS}全县各级调解组织调解纠纷1286件，达成调解协议1214份。`, { disputes_resolved: [1214, 'exact'] }],
  ['agreements 份: agreements alone in 份', `${TOWN}人民调解委员会全年制作调解协议书96份。`, { disputes_resolved: [96, 'exact'] }],
  ['agreements 份: leaflets in 份 near mediation', `${STREET}开展人民调解宣传活动，发放调解知识手册2600份。`, {}],
  // two kinds of the year with no total, one 违法建设
  ['two kinds: 违法建设 and another, no total', `${CO_ZF}全年查处违法建设案件32件，查处占道经营案件215件。`, {}],
  // a level's government as the author's own part
  ['level part: a county\'s total, then 其中县级政府', `${CO_GOV}全县共受理政府信息公开申请63件，其中县级政府受理并答复6件。`, { info_disclosure_requests: [6, 'exact'] }],
  ['level part: a district\'s total, then 其中区政府本级', `${DIST_GOV}全区共收到政府信息公开申请45件，其中区政府本级收到18件。`, { info_disclosure_requests: [18, 'exact'] }],
  // a study of several levels of bodies together
  ['several levels: city and counties\' study together', `${CITY_GOV}市县两级党委、政府全年共组织专题学法96次。`, {}],
  ['several levels: three levels\' study groups', `${CO_GOV}县乡村三级共开展法治专题学习420余场。`, {}],
  ['several levels: the levels\' study, then the government\'s own', `${CITY_GOV}市县两级政府全年组织学法84次，其中市政府常务会议会前学法14次。`,
    { training_sessions: [14, 'exact'] }],
  // a study naming its law only later, and a 业务 study
  ['business study: internal business study alone', `${DIST_JUS}局机关全年开展业务学习38次。`, {}],
  ['business study: business study, then the law study', `${CO_NR}全年开展业务学习24次，其中学习《土地管理法》等法律法规8次。`, { training_sessions: [8, 'exact'] }],
]

/** Part B: enforcement figures that are not the author's result of the year, and its own in new wording. */
export const ENF_56: Probe39[] = [
  // a period that is not the year beside the year's
  ['period: a five-year plan\'s cases, then the year\'s', `${CO_MKT}“十四五”以来累计查办各类违法案件1360件，2023年查办违法案件318件。`, { enforcement_cases: [318, 'exact'] }],
  ['period: three years\' checks alone', `${CO_EMG}近三年共检查生产经营单位6200余家次。`, {}],
  ['period: since a year, then the year\'s', `${CO_TR}自2019年以来共查处非法营运车辆1120台次；今年查处道路运输违法案件146件。`, { enforcement_cases: [146, 'exact'] }],
  ['period: a half-year\'s figure beside the year\'s', `${CO_HRS}上半年办结劳动保障监察案件62件，全年共办结劳动保障监察案件135件。`, { enforcement_cases: [135, 'exact'] }],
  ['period: a quarter\'s penalties alone', `${CITY_CG}一季度共作出行政处罚决定86件。`, {}],
  ['period: the fourth quarter\'s campaign checks', `${CO_AG}四季度集中开展农资打假，检查农资经营门店210家次。`, {}],
  ['period: the year\'s own after a decade\'s', `${CO_FOR}党的十八大以来累计查处林业行政案件760起。本年度查处林业行政案件58起。`, { enforcement_cases: [58, 'exact'] }],
  tw(['period: since a campaign\'s start in traditional script', `${CO_NR}自專項整治開展以來共立案查處違法用地案件85宗。`, {}]),
  // the year before's for comparison
  ['year before: the count with last year\'s in brackets', `${CO_MKT}全年立案查处违法案件286件（上年为241件）。`, { enforcement_cases: [286, 'exact'] }],
  ['year before: compared with last year\'s', `${CO_ZF}全年办理行政处罚案件412件，比上年的365件多47件。`, { penalty_cases: [412, 'exact'] }],
  ['year before: last year\'s alone as the base of a change', `${CO_EMG}执法检查数量较2022年的980家次有所增加。`, {}],
  ['year before: the year before\'s sentence', `${CO_TR}2022年，全局查处违法案件208件。`, {}],
  // bodies the author supervises or guides
  ['guided: the towns guided to check', `${CO_EMG}指导各乡镇开展安全生产检查2860家次。`, {}],
  ['guided: departments urged to fine, then the own', `${CO_GOV}督促各行政执法部门查处违法案件1860件；县政府本级作出行政处罚决定12件。`, { penalty_cases: [12, 'exact'] }],
  ['guided: the branches supervised', `${CITY_MKT}督导各分局办理案件1230件。`, {}],
  ['guided: the street helped to demolish', `${CITY_CG}协助各街道拆除违法建设126处。`, {}],
  ['guided: the bureau\'s own after its guidance', `${CO_AG}指导各乡镇农业综合服务站开展农资检查；局执法大队全年立案查处农业违法案件37件。`, { enforcement_cases: [37, 'exact'] }],
  // cases transferred to or received from another body
  ['transferred: cases passed to the police', `${CO_MKT}全年向公安机关移送涉嫌犯罪案件12件。`, {}],
  ['transferred: the year\'s cases, then those passed on', `${CO_MKT}全年查办违法案件264件，其中移送公安机关12件。`, { enforcement_cases: [264, 'exact'] }],
  ['transferred: cases received from another body', `${CO_ZF}接收县市场监管局移交案件26件。`, {}],
  ['transferred: clues passed to the discipline body', `${CO_NR}向县纪委监委移送问题线索5条。`, {}],
  tw(['transferred: petitions assigned (handled, its own), then the own filed', `${CO_ECO}承接省級交辦信訪件48件，本局立案查處環境違法案件62件。`, { enforcement_cases: [62, 'exact'], petitions_handled: [48, 'exact'] }]),
  // a figure in a plan's or document's title
  ['title: a three-year plan\'s years', `${CO_EMG}印发《安全生产治本攻坚三年行动方案（2024—2026年）》，全年排查整改隐患1326项。`, { hazards_rectified: [1326, 'exact'] }],
  ['title: a document number alone', `${CO_ZF}印发《综合行政执法事项目录》（漳执〔2023〕15号），明确执法事项236项。`, {}],
  ['title: a plan naming a count of actions', `${CITY_MKT}制定《“铁拳”行动十项措施》，部署开展专项执法行动。`, {}],
  // people against cases with the same words
  ['people: managers summoned, not cases', `${CO_HRS}全年约谈用人单位负责人36人次。`, {}],
  ['people: workers paid back, then the cases', `${CO_HRS}为2360名劳动者追发工资3120万元，办结欠薪案件146件。`, { enforcement_cases: [146, 'exact'] }],
  ['people: officers sent out, not checks', `${CO_AG}全年出动执法人员1860人次，检查农资门店620家次。`, { enforcement_inspections: [620, 'exact'] }],
  ['people: officers sent out alone', `${CO_TR}全年出动执法人员3260人次、执法车辆860台次。`, {}],
  // money amounts beside counts
  ['money: fines beside cases', `${CO_MKT}全年查办案件318件，罚没款3.2万元。`, { enforcement_cases: [318, 'exact'], fines_yuan: [32000, 'exact'] }],
  ['money: goods\' worth, not fines', `${CO_MKT}查扣假冒伪劣商品货值12.6万元。`, {}],
  ['money: wages recovered, not fines', `${CO_HRS}为劳动者追讨欠薪860万元。`, {}],
  ['money: losses recovered for consumers, not fines', `${CITY_MKT}为消费者挽回经济损失268万元。`, {}],
  ['money: a fine per case, not the total', `${CO_ZF}对该企业处以罚款5万元。`, {}],
  // rates whose base is another measure
  ['rates: closing rate, not reconsideration', `${CO_GOV}行政复议案件结案率达100%，纠错率为8.3%。`, { reconsideration_correction_pct: [8.3, 'exact'] }],
  ['rates: a satisfaction rate alone', `${CO_MKT}投诉举报处理满意率达98.6%。`, {}],
  ['rates: a check\'s coverage rate', `${CO_EMG}重点企业检查覆盖率达100%。`, {}],
  // ranks and scores
  ['rank: the county\'s place in the city', `${CO_GOV}法治政府建设考核位列全市第3名。`, {}],
  ['score: an assessment score', `${CO_MKT}在市局执法案卷评查中得分96分。`, {}],
  ['score: points and a place', `${DIST_GOV}依法行政考核得分92.5分，排名全市第二。`, {}],
  // the author's own in new wording
  ['own: a bureau\'s cases in its own voice', `${REG_FOR}本厅直接查办破坏森林资源案件14起。`, { enforcement_cases: [14, 'exact'] }],
  ['own: a banner\'s government\'s reconsiderations', `${BANNER_GOV}旗人民政府全年收到行政复议申请23件。`, { reconsideration_cases: [23, 'exact'] }],
  ['own: a zone\'s checks', `${ZONE}管委会全年开展执法检查426次。`, { enforcement_inspections: [426, 'exact'] }],
  tw(['own: a county government\'s suits in traditional script', `${CO_GOV}全年以縣政府為被告的行政訴訟案件19件。`, { litigation_cases: [19, 'exact'] }]),
]

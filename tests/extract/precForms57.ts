/**
 * Precision forms of round 57 (issue 11: holdout P 0.749, enforcement F1 0.721; round 56's fresh first runs took 9 false values to
 * 34 true), enforcement. Shapes earlier rounds did not probe: a span of months other than the year (11月以来, 9—12月, 1—11月 that
 * stands for the year), a change counted alone, a statute's article or a legal range of fines (第一百一十条, 处2000元以上1万元以下罚款),
 * a hotline's number (12315, 12345), a threshold in money before a count (罚款1万元以上的案件), money of another kind beside fines
 * (赔偿, 经费, 奖励), checks the author received from higher bodies, typical cases published in a batch (第三批), a campaign month's
 * window, accountability of officials, ages and years of service. About two thirds near misses, a third the author's own figure in
 * new wording. Authors of many kinds and levels, some in traditional script. Sentences invented for this test (the real reports'
 * register, no report's wording). precForms57Training.ts holds training and mediation.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

export const PRV_MKT = head('东岭省市场监督管理局')
export const PRV_JUS_T = headT('東嶺省司法廳')
export const CITY_GOV = head('岷州市人民政府')
export const CITY_ZF = head('岷州市城市管理综合行政执法局')
export const CITY_EMG = head('岷州市应急管理局')
export const CITY_JUS = head('岷州市司法局')
export const CO_GOV = head('桐江县人民政府')
export const CO_MKT = head('桐江县市场监督管理局')
export const CO_MKT_T = headT('桐江縣市場監督管理局')
export const CO_ZF = head('桐江县综合行政执法局')
export const CO_EMG = head('桐江县应急管理局')
export const CO_JUS = head('桐江县司法局')
export const CO_HRS = head('桐江县人力资源和社会保障局')
export const CO_TR = head('桐江县交通运输局')
export const CO_WAT = head('桐江县水利局')
export const CO_EDU = head('桐江县教育局')
export const CO_TAX = head('国家税务总局桐江县税务局')
export const DIST_GOV = head('岷州市西城区人民政府')
export const DIST_MKT = head('岷州市西城区市场监督管理局')
export const TOWN = head('青石镇人民政府')
export const TOWN_T = headT('青石鎮人民政府')
export const STREET = head('南门街道办事处')

/** Enforcement figures that are not the author's result of the year, and its own in new wording. */
export const ENF_57: Probe39[] = [
  // a span of months other than the year
  ['months: since a month, alone', `${CO_MKT}11月以来集中查办食品安全违法案件46件。`, {}],
  ['months: a window of months, alone', `${CO_ZF}9月至12月开展占道经营专项整治，立案查处违法案件83件。`, {}],
  ['months: a window of months, then the year\'s', `${CO_TR}5—8月查处超限运输案件61件；全年共查处道路运输违法案件238件。`, { enforcement_cases: [238, 'exact'] }],
  ['months: January to November stands for the year', `${CO_EMG}1—11月，全县共实施安全生产行政处罚74起。`, { penalty_cases: [74, 'exact'] }],
  ['months: since a spring campaign began', `${DIST_MKT}“春季攻势”启动以来，检查经营主体1260户次。`, {}],
  tw(['months: the last month\'s alone', `${CO_WAT}12月份立案查处水事违法案件9件。`, {}]),
  // a change counted alone
  ['change: more cases than last year, no total', `${CO_MKT}全年查办案件数量比上年多出36件。`, {}],
  ['change: a percent rise, no total', `${CO_ZF}行政处罚案件数量同比上升18.6%。`, {}],
  ['change: the rise, then the year\'s total', `${CO_HRS}劳动保障监察案件同比增加21件，全年共立案查处劳动保障违法案件97件。`, { enforcement_cases: [97, 'exact'] }],
  ['change: a fall in fines, no total', `${CITY_ZF}罚没款金额同比减少126万元。`, {}],
  // a statute's article or a legal range
  ['statute: an article number beside penalties', `${CO_EMG}依据《安全生产法》第一百一十条作出行政处罚。`, {}],
  ['statute: a legal range of fines', `${CO_WAT}依法对违法取水行为处2万元以上10万元以下罚款。`, {}],
  ['statute: the range, then the year\'s fines', `${CO_ZF}按照“处5000元以上3万元以下罚款”的规定从轻处罚，全年罚款金额合计46.8万元。`, { fines_yuan: [468000, 'exact'] }],
  ['statute: an article before the waivers', `${DIST_MKT}依照《行政处罚法》第三十三条，对首次轻微违法的18户经营者不予处罚。`, { lenient_cases: [18, 'exact'] }],
  ['statute: an article number alone with 条', `${CO_TR}严格执行《道路运输条例》第六十三条规定。`, {}],
  // a hotline's number
  ['hotline: 12315 with no count', `${CO_MKT}畅通12315投诉举报渠道，及时处置消费纠纷。`, {}],
  ['hotline: 12345 work orders\' rate', `${CO_GOV}12345热线工单按时办结率达99.2%。`, {}],
  ['hotline: 12315, then the cases found', `${DIST_MKT}依托12315平台转办线索，立案查处违法案件52件。`, { enforcement_cases: [52, 'exact'] }],
  // a threshold in money before a count
  ['threshold: cases above a fine, a part', `${CO_MKT}罚款1万元以上的案件共36件。`, {}],
  ['threshold: large fines in brackets', `${CITY_EMG}作出大额罚款（5万元以上）处罚决定12件。`, {}],
  ['threshold: a transfer rule\'s sum', `${CO_MKT}对涉案货值5万元以上的案件一律移送公安机关。`, {}],
  ['threshold: the year\'s cases, then those above a sum', `${CO_ZF}全年作出行政处罚决定312件，其中罚款1万元以上的案件41件。`, { penalty_cases: [312, 'exact'] }],
  // money of another kind beside fines
  ['money: compensation paid, not fines', `${CO_GOV}办理行政赔偿案件2件，支付赔偿金3.6万元。`, {}],
  ['money: enforcement funds, not fines', `${CO_ZF}落实执法装备经费120万元。`, {}],
  ['money: rewards for reports, not fines', `${CO_MKT}兑现举报奖励资金2.4万元。`, {}],
  ['money: fines and forfeits paid to the treasury', `${CO_TR}全年罚没收入186万元，全部上缴国库。`, { fines_yuan: [1860000, 'exact'] }],
  ['money: taxes in arrears, then the fines', `${CO_TAX}查补税款1260万元，加收滞纳金86万元，罚款320万元。`, { fines_yuan: [3200000, 'exact'] }],
  tw(['money: a subsidy withdrawn, not fines', `${CO_HRS}追回违规领取的失业保险金8.6万元。`, {}]),
  // checks the author received from higher bodies
  ['received checks: the province\'s and city\'s inspections', `${CO_EMG}接受省、市安全生产督查检查12次。`, {}],
  ['received checks: inspections welcomed', `${TOWN}迎接上级各类执法检查9次。`, {}],
  ['received checks: inspected, then its own checks', `${CO_WAT}接受市水利局执法督查2次，全年开展水行政执法检查156次。`, { enforcement_inspections: [156, 'exact'] }],
  // typical cases published, an ordinal batch
  ['published: typical cases in a batch', `${PRV_MKT}公布第三批民生领域典型案例10件。`, {}],
  ['published: a batch\'s ordinal, then the year\'s cases', `${CO_MKT}发布第二批“铁拳”典型案例5个；全年查办违法案件426件。`, { enforcement_cases: [426, 'exact'] }],
  // a campaign month's window
  ['campaign month: checks in the safety month', `${CO_EMG}“安全生产月”期间检查企业320家次。`, {}],
  ['campaign month: the month\'s, then the year\'s', `${CITY_EMG}“安全生产月”期间检查企业680家次；全年共检查生产经营单位5260家次。`, { enforcement_inspections: [5260, 'exact'] }],
  // accountability of officials, not cases
  ['accountability: officials held to account', `${CO_GOV}对行政执法不作为、乱作为问责3人。`, {}],
  ['accountability: officers punished for faults', `${CITY_ZF}查处执法队员违纪违法问题6起。`, {}],
  // ages, years of service and staff
  ['ages: the officers\' average age', `${CO_MKT}全局持证执法人员156名，平均年龄42岁。`, { certified_officers: [156, 'exact'] }],
  ['ages: years of service', `${STREET}执法中队现有队员14人，平均从事执法工作8年。`, {}],
  // hearings and other procedures, not cases
  ['procedure: hearings held', `${CO_ZF}依申请组织行政处罚听证5次。`, {}],
  ['procedure: decisions served by publication', `${CO_TR}公告送达行政处罚决定书7份。`, {}],
  ['procedure: the cases, then hearings as a part', `${DIST_MKT}全年立案查处各类案件268件，其中组织听证3件。`, { enforcement_cases: [268, 'exact'] }],
  // the author's own in new wording, after a distractor in the same sentence
  ['own: after a month\'s campaign, the year\'s checks', `${CO_WAT}在汛前集中检查的基础上，全年累计开展河湖执法检查420次。`, { enforcement_inspections: [420, 'exact'] }],
  ['own: a town\'s cases of one kind in 宗', `${TOWN}全年依法查处各类违法建筑案件38宗。`, { enforcement_cases: [38, 'exact'] }],
  tw(['own: a town\'s penalties in traditional script', `${TOWN}全年鎮綜合行政執法隊作出行政處罰決定46件。`, { penalty_cases: [46, 'exact'] }]),
  ['own: a province department\'s cases', `${PRV_MKT}全省系统之外，省局直接查办跨区域案件24件。`, { enforcement_cases: [24, 'exact'] }],
  ['own: hazards after checks received', `${CO_EMG}在接受省级督查后，全年共排查整改安全隐患1862项。`, { hazards_rectified: [1862, 'exact'] }],
  ['own: cases with people and money after them', `${CO_HRS}全年查处劳动保障违法案件64件，涉及劳动者1260人、金额1860万元。`, { enforcement_cases: [64, 'exact'] }],
  ['own: a rank after the own count', `${CO_TR}全年实施行政处罚218起，案件数量居全市第二。`, { penalty_cases: [218, 'exact'] }],
  ['own: suits with a rate beside', `${CO_GOV}全年发生行政诉讼案件17件，败诉率5.9%。`, { litigation_cases: [17, 'exact'] }],
  ['own: reviews with a previous year\'s after', `${CITY_GOV}全年收到行政复议申请132件，上年同期为118件。`, { reconsideration_cases: [132, 'exact'] }],
]

/** A long list of figures, each term near another indicator's term. */
export const LIST_57: Probe39[] = [
  ['list: checks, cases, fines, waivers, hazards, people and vehicles', `${CO_EMG}全年检查企业1260家次，发现隐患3260项、整改3180项，立案86起，罚款126万元，`
    + `不予处罚12起，出动执法人员3560人次、车辆860台次，约谈企业负责人42人次，停产整顿7家，关闭取缔3家。`,
  { enforcement_inspections: [1260, 'exact'], hazards_rectified: [3180, 'exact'], enforcement_cases: [86, 'exact'], fines_yuan: [1260000, 'exact'],
    lenient_cases: [12, 'exact'] }],
  ['list: an eleven-figure line of a labour bureau', `${CO_HRS}全年主动检查用人单位460户，受理举报投诉218件，立案查处76件，结案74件，结案率97.4%，`
    + `追发工资2860万元，涉及劳动者1860人，督促补缴社会保险费86万元，作出行政处罚决定9件，罚款12.6万元，移送公安机关3件。`,
  { enforcement_inspections: [460, 'exact'], enforcement_cases: [76, 'exact'], penalty_cases: [9, 'exact'], fines_yuan: [126000, 'exact'] }],
  tw(['list: a town\'s line of kinds', `${TOWN}全年巡查3600余次，劝導占道經營1200餘起，清理亂堆放860處，拆除違建26處，受理群眾投訴96件。`, {}]),
]

/**
 * Precision forms of round 53 (issue 11: holdout precision 0.746, enforcement 0.62, training 0.70; fresh first runs take about one
 * false value per true one). Figures that stand beside an indicator's term but are not the author's result of the year, in
 * families no earlier round probed as such: changes against the year before (an increment, a growth rate, points of a rate), ranks,
 * scores and awards, and per-head figures and averages (read only where the indicator is itself an average, hours per person).
 * About two thirds are near misses, a third the author's own figure in new wording beside them. Authors of many kinds and levels,
 * some in traditional script. Sentences invented for this test (the real reports' register, no report's wording).
 * precForms53More.ts holds the other four families (shortcomings and plans, stock, documents, money).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

export const PRV_JUS = head('河川省司法厅')
export const CITY_GOV = head('桐溪市人民政府')
export const CITY_JUS = head('桐溪市司法局')
export const CITY_APP = head('桐溪市行政审批服务局')
export const CITY_MKT = head('桐溪市市场监督管理局')
export const CO_GOV = head('梅岭县人民政府')
export const AUT_GOV = head('石门土家族自治县人民政府')
export const BANNER = head('乌拉特前旗人民政府')
export const CO_MKT = head('梅岭县市场监督管理局')
export const CO_ZF = head('梅岭县综合行政执法局')
export const CO_EMG = head('梅岭县应急管理局')
export const CO_JUS = head('梅岭县司法局')
export const CO_HRS = head('梅岭县人力资源和社会保障局')
export const CO_TAX = head('国家税务总局梅岭县税务局')
export const CO_NR = head('梅岭县自然资源和规划局')
export const CO_TR = head('梅岭县交通运输局')
export const CO_HLT = head('梅岭县卫生健康局')
export const CO_PS = head('梅岭县公安局')
export const ZONE = head('桐溪经济技术开发区管理委员会')
export const TOWN = head('青石镇人民政府')
export const STREET = head('南门街道办事处')

export const CHANGES_53: Probe39[] = [
  // the increment, the growth rate and the points of a rate, alone
  ['cases: an increment alone', `${CO_MKT}查办各类违法案件数较上年增加36件。`, {}],
  ['reviews: a growth rate of a count', `${CO_JUS}行政复议案件受理量同比增长18.5%。`, {}],
  ['a correction rate\'s points', `${CO_JUS}行政复议纠错率较上年下降3.2个百分点。`, {}],
  ['participants: 比去年多', `${CITY_JUS}全市执法人员参训人次比去年多420人次。`, {}],
  ['proposals: fewer than the year before', `${CO_GOV}承办人大代表建议数量较上年减少12件。`, {}],
  ['disputes: a rise against the same period', `${TOWN}调处矛盾纠纷数比上年同期上升15.6%。`, {}],
  ['hazards: 多出 against the year before', `${CO_EMG}督促整改安全隐患同比多出230处。`, {}],
  ['online share: points raised', `${CITY_APP}全程网办比例较上年提高12个百分点。`, {}],
  ['fines: a fall and its amount', `${CO_ZF}罚没金额同比下降26.3%，减少48万元。`, {}],
  ['cases: 增幅 alone', `${CO_HRS}劳动保障监察立案数增幅达到22%。`, {}],
  ['attendance rate: points raised', `${AUT_GOV}行政机关负责人出庭应诉率同比提升20个百分点。`, {}],
  ['disputes resolved: 增加了 against a named year', `${STREET}全年化解纠纷数量比2022年增加了58件。`, {}],
  ['cases: the year before\'s level only', `${CO_ZF}全年查处违法建设案件数量较2022年的96件有所下降。`, {}],
  ['inspections: 翻了一番 with the old level', `${CO_PS}治安检查次数由上年的450次翻了一番。`, {}],
  tw(['suits: fewer in traditional script', `${CO_GOV}行政诉讼案件同比减少9件。`, {}]),
  // the level beside its change
  ['cases: level, then increment and rate', `${CO_MKT}全年查办各类案件412件，较上年增加36件，增长9.6%。`, { enforcement_cases: [412, 'exact'] }],
  ['reviews: level, then growth', `${CO_JUS}全年受理行政复议案件154件，同比增长18.5%。`, { reconsideration_cases: [154, 'exact'] }],
  ['correction rate: level, then points', `${CO_JUS}行政复议纠错率为12.4%，较上年下降3.2个百分点。`, { reconsideration_correction_pct: [12.4, 'exact'] }],
  ['attendance rate: level, then points', `${AUT_GOV}行政机关负责人出庭应诉率达100%，同比提高15个百分点。`, { head_appearance_pct: [100, 'exact'] }],
  ['participants: level, then 比去年多', `${CITY_JUS}全年培训执法人员1860人次，比去年多420人次。`, { training_participants: [1860, 'exact'] }],
  ['disputes: level, fall, resolved', `${TOWN}全年排查矛盾纠纷326件，同比下降12.1%，调处成功318件。`,
    { disputes_identified: [326, 'exact'], disputes_resolved: [318, 'exact'] }],
  ['proposals: 由…增至', `${CO_GOV}办理人大代表建议由上年的48件增至62件。`, { proposals_handled: [62, 'exact'] }],
  ['fines: level, then a fall', `${CO_MKT}全年罚没款186万元，同比减少26.3%。`, { fines_yuan: [1860000, 'exact'] }],
  ['immediate share: 由…提高到', `${CITY_APP}即办件比例由2022年的35%提高到52%。`, { immediate_processing_pct: [52, 'exact'] }],
  tw(['sessions: level and change in traditional script', `${BANNER}全年举办法治培训班8期，比上年增加3期。`, { training_sessions: [8, 'exact'] }]),
]

export const RANKS_53: Probe39[] = [
  // scores, ranks and awards alone
  ['a score and a rank', `${CO_GOV}法治政府建设考核得分96.5分，排名全市第二。`, {}],
  ['publicity ranked in the province', `${CITY_JUS}普法依法治理工作在全省考核中位列第3名。`, {}],
  ['a file review\'s score', `${CO_MKT}在全市行政执法案卷评查中得分92分。`, {}],
  ['units named advanced', `${CO_GOV}全县有6个单位被评为法治建设先进单位。`, {}],
  ['honours counted', `${CO_JUS}获评全国普法工作先进集体等荣誉5项。`, {}],
  ['an indicator ranked first', `${CITY_APP}营商环境评价中政务服务指标排名全省第1。`, {}],
  ['prizes in a contest', `${CO_ZF}选派执法人员参加全市执法技能竞赛，2人获一等奖。`, {}],
  ['名列第N位', `${TOWN}在全县平安建设考评中名列第4位。`, {}],
  ['位居前N', `${CO_EMG}安全生产执法检查工作位居全市前3。`, {}],
  ['files awarded excellent', `${CO_HLT}在全市卫生监督执法案卷评比中3件案卷获评优秀案卷。`, {}],
  ['an exam\'s average score', `${CO_GOV}国家工作人员学法考试平均分88.6分，合格率100%。`, {}],
  ['cases chosen as models', `${PRV_JUS}全省有12件行政执法案例入选全国典型案例。`, {}],
  tw(['years at the top in traditional script', `${CO_GOV}法治政府建设考核连续3年位居全省前列。`, {}]),
  // the own figure beside a rank or a score
  ['rank, then publicity events', `${CO_JUS}普法工作位列全市第一，全年开展普法宣传活动126场次。`, { legal_publicity_events: [126, 'exact'] }],
  ['score, then cases', `${CO_ZF}执法案卷评查得分95分；全年查处违法案件238件。`, { enforcement_cases: [238, 'exact'] }],
  ['named advanced, then cases', `${CO_MKT}被评为全省市场监管系统执法办案先进集体，全年立案查处案件356件。`, { enforcement_cases: [356, 'exact'] }],
  ['courses and trainees, then a rank', `${CO_GOV}举办领导干部法治专题培训班3期，培训1260人次，在全市法治政府建设考评中排名第2。`,
    { training_sessions: [3, 'exact'], training_participants: [1260, 'exact'] }],
  ['a contest won after own courses', `${CO_TR}举办执法业务培训5期；在全省交通执法练兵比武中获团体第二名。`, { training_sessions: [5, 'exact'] }],
  tw(['disputes, then a town\'s rank in traditional script', `${TOWN}全年化解矛盾纠纷215件，综治考核排名全县第一。`, { disputes_resolved: [215, 'exact'] }]),
]

export const AVERAGES_53: Probe39[] = [
  // averages and per-head figures of a count: never the count
  ['days per approval', `${CITY_APP}审批事项平均办理时间压缩至2.5个工作日。`, {}],
  ['days per case', `${CO_MKT}平均每件案件办理周期为28天。`, {}],
  ['the fine per case', `${CO_TAX}每件案件平均罚款1.2万元。`, {}],
  ['cases per officer', `${CO_ZF}执法人员人均办理案件36件。`, {}],
  ['disputes per mediator a year', `${CO_JUS}每名人民调解员年均调处纠纷42件。`, {}],
  ['approvals per day', `${CITY_APP}日均办件量达到1260件。`, {}],
  ['checks per officer a month', `${CO_EMG}每名执法人员月均检查企业18家次。`, {}],
  ['wages recovered per case', `${CO_HRS}平均每起案件为劳动者追回工资3.6万元。`, {}],
  ['events per community', `${STREET}每个社区平均开展普法活动8场。`, {}],
  ['mediators per ten thousand people', `${CO_GOV}全县每万人拥有人民调解员12名。`, {}],
  ['trainees per session', `${ZONE}每期法治培训平均参训60人。`, {}],
  tw(['cases per officer in traditional script', `${CO_PS}民警人均办理行政案件28起。`, {}]),
  // the averages the catalogue holds, and totals beside averages
  ['hours per officer as 人均…培训', `${CO_MKT}执法人员人均参加法律知识培训62学时。`, { training_hours_per_person: [62, 'exact'] }],
  ['hours per leader as 年度人均学法时长', `${CO_GOV}领导干部年度人均学法时长达到40个学时。`, { training_hours_per_person: [40, 'exact'] }],
  ['hours as 每名干部平均', `${CO_JUS}每名干部平均完成网上学法56学时。`, { training_hours_per_person: [56, 'exact'] }],
  ['approvals, then the daily average', `${CITY_APP}全年办理审批事项38600件，平均每个工作日办理150件。`, { approvals_handled: [38600, 'exact'] }],
  ['cases and fines around the fine per case', `${CO_ZF}全年查处案件420件，案均罚款2300元，罚没款合计96.6万元。`,
    { enforcement_cases: [420, 'exact'], fines_yuan: [966000, 'exact'] }],
  ['sessions, then trainees per session', `${CO_TAX}全年开展执法培训12期，平均每期参训80人。`, { training_sessions: [12, 'exact'] }],
  tw(['hours per inspector in traditional script', `${CO_HLT}卫生监督员人均学法52学时。`, { training_hours_per_person: [52, 'exact'] }]),
]

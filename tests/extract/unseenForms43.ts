/**
 * Unseen forms of round 43 (issue 11: holdout 0.813, enforcement 0.754 with false values, training 0.764). The three families
 * that most reports state (enforcement, training, oversight with reviews and suits) at every level, each true form beside the
 * forms of figures that stand near the same terms but are not the author's own result of the year: what it organised for
 * others or took part in, an area's or several bodies' total, a change against the year before, a target or a duty, a span of
 * years, an average per unit, a rank or a score, a document number or a date, a telephone number, money of another measure,
 * a share of another measure. Levels vary (a ministry, a province's department, a city bureau, a county government, a street),
 * about one in ten texts is in traditional script, some digits are full-width, some numbers are Chinese numerals, some are
 * approximate. Forms of unseenForms39/41/42 are not repeated. Sentences invented for this test (the real reports' register,
 * no report's wording).
 */
import type { Probe39 } from './unseenForms39'

const head = (organ: string) => `${organ}2023年度法治政府建设工作报告\n2023年，`
const MIN = head('水利部')
const PRO = head('省生态环境厅')
const CITY = head('市城市管理局')
const SC = head('县市场监督管理局')
const GOV = head('县人民政府')
const ST = head('东湖街道办事处')
const JT = head('县交通运输局')
const YJ = head('市应急管理局')
const SF = head('县司法局')
const TR = '縣人民政府2023年度法治政府建設工作報告\n2023年，'
const TRB = '市市場監督管理局2023年度法治政府建設工作報告\n2023年，'

export const ENFORCEMENT_43: Probe39[] = [
  // the year's own cases, penalties and fines in forms not yet probed
  ['penalties and fines in Chinese numerals', `${SC}全年共办理行政处罚案件三百一十二件，罚没款一百二十六点五万元。`,
    { penalty_cases: [312, 'exact'], fines_yuan: [1265000, 'exact'] }],
  ['fines in 元 with thousands separators', `${CITY}全年罚没金额共计3,680,500元。`, { fines_yuan: [3680500, 'exact'] }],
  ['fines paid to the treasury', `${SC}全年罚没收入上缴国库428.6万元。`, { fines_yuan: [4286000, 'exact'] }],
  ['cases of all kinds in Chinese numerals', `${CITY}办理各类行政执法案件一千零八十件。`, { enforcement_cases: [1080, 'exact'] }],
  ['cases nearly a hundred', `${ST}街道综合行政执法队查处违法行为近百起。`, { enforcement_cases: [100, 'approx'] }],
  ['penalty decisions counted by 份', `${PRO}全省下达环境行政处罚决定书4200份，罚没款3.2亿元。`,
    { penalty_cases: [4200, 'exact'], fines_yuan: [320000000, 'exact'] }],
  ['a ministry\'s own cases', `${MIN}各级水行政主管部门立案查处水事违法案件2.3万件。`, { enforcement_cases: [23000, 'exact'] }],
  ['penalties of the simple procedure within the year\'s', `${JT}作出行政处罚决定860件，其中适用简易程序412件。`, { penalty_cases: [860, 'exact'] }],
  ['penalties then kinds after 其中', `${SC}查处违法案件126件，其中食品类48件、药品类20件。`, { enforcement_cases: [126, 'exact'] }],
  ['full-width digits', `${SC}全年查处违法案件１２６件，罚没款２１５万元。`, { enforcement_cases: [126, 'exact'], fines_yuan: [2150000, 'exact'] }],
  ['traditional penalties and fines', `${TRB}全年辦理行政處罰案件146件，罰款金額86.5萬元。`, { penalty_cases: [146, 'exact'], fines_yuan: [865000, 'exact'] }],
  ['traditional cases with full-width digits', `${TR}全縣行政執法部門共查處違法案件１８６０件。`, { enforcement_cases: [1860, 'exact'] }],
  // lenient cases
  ['lenient: first offence not punished', `${SC}对首次违法且危害后果轻微的当事人依法不予处罚47件。`, { lenient_cases: [47, 'exact'] }],
  ['lenient: list applied, mitigated after', `${SC}适用“首违不罚”清单免予处罚案件28件，从轻处罚16件。`, { lenient_cases: [28, 'exact'] }],
  ['lenient: sum waived is no fine', `${SC}适用轻微违法行为免罚清单办理案件19件，涉及免罚金额8.6万元。`, { lenient_cases: [19, 'exact'] }],
  ['lenient: decisions not to punish', `${CITY}对轻微违法行为作出不予行政处罚决定31件。`, { lenient_cases: [31, 'exact'] }],
  ['lenient: traditional', `${TRB}對輕微違法行為依法不予處罰52件。`, { lenient_cases: [52, 'exact'] }],
  ['lenient: items on a list are no cases', `${GOV}制定轻微违法行为不予处罚事项清单，涵盖12个领域86项。`, {}],
  ['lenient: a share of cases', `${SC}包容审慎监管案件占比12.6%。`, {}],
  // officers holding cards
  ['cards held by officers', `${SC}全局持有行政执法证件人员136名。`, { certified_officers: [136, 'exact'] }],
  ['new cards then all held', `${CITY}新申领执法证件12人，现有持证执法人员286人。`, { certified_officers: [286, 'exact'] }],
  ['card rate is no count', `${SC}执法人员持证率达95%。`, {}],
  ['cards cancelled', `${CITY}注销执法证件9件，暂扣执法证件2件。`, {}],
  ['cards of the whole county in a county government', `${GOV}全县持有行政执法证件人员1268名。`, { certified_officers: [1268, 'exact'] }],
  // checks and spot checks
  ['spot checks of firms by 户次', `${SC}通过“双随机、一公开”抽查市场主体1260户次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['a share of joint spot checks', `${SC}部门联合“双随机、一公开”抽查占比达42%。`, {}],
  ['checks with a change after', `${CITY}全年开展行政检查1860次，同比下降18.5%。`, { enforcement_inspections: [1860, 'exact'] }],
  ['checks reduced by a share alone', `${GOV}涉企行政检查次数同比减少32%。`, {}],
  ['checks reduced by a count alone', `${GOV}全年减少涉企检查420次。`, {}],
  ['checks by 余次', `${YJ}全年开展安全生产执法检查2300余次。`, { enforcement_inspections: [2300, 'approx'] }],
  ['checks in Chinese numerals', `${ST}开展城市管理执法检查二百四十次。`, { enforcement_inspections: [240, 'exact'] }],
  // case files reviewed are no cases
  ['case files reviewed', `${CITY}开展行政执法案卷评查，抽查案卷120卷，评查合格率96.7%。`, {}],
  ['penalty files reviewed, excellent ones', `${SC}评查行政处罚案卷86卷，其中优秀案卷12卷。`, {}],
  ['case files then cases', `${SC}评查行政处罚案卷86卷；全年作出行政处罚决定210件。`, { penalty_cases: [210, 'exact'] }],
  // coercive measures
  ['coercive measures alone', `${SC}依法实施查封、扣押等行政强制措施35次。`, {}],
  ['coercive measures beside penalties', `${CITY}作出行政处罚决定520件，实施行政强制措施35次。`, { penalty_cases: [520, 'exact'] }],
]

export const TRAINING_43: Probe39[] = [
  ['collective study in Chinese numerals', `${SF}局党组全年组织集体学法十二次。`, { training_sessions: [12, 'exact'] }],
  ['lectures and the people at them', `${SF}举办法治专题讲座4场，参训干部职工520人次。`, { training_sessions: [4, 'exact'], training_participants: [520, 'exact'] }],
  ['the theory group\'s study', `${PRO}厅党组理论学习中心组专题学法6次。`, { training_sessions: [6, 'exact'] }],
  ['hours per person', `${SF}干部职工人均学法学时达到48学时。`, { training_hours_per_person: [48, 'exact'] }],
  ['hours per person online', `${CITY}干部在线学法人均完成62.5学时。`, { training_hours_per_person: [62.5, 'exact'] }],
  ['hours over a figure', `${SC}执法人员人均参加法律知识培训超过40学时。`, { training_hours_per_person: [40, 'at_least'] }],
  ['rounds of training and people', `${JT}开展执法人员轮训3轮，轮训执法人员共计四百六十人次。`, { training_sessions: [3, 'exact'], training_participants: [460, 'exact'] }],
  ['a named lecture hall\'s sessions', `${GOV}举办“法治大讲堂”九期。`, { training_sessions: [9, 'exact'] }],
  ['participants nearly a thousand', `${CITY}举办执法业务培训班6期，参训人员近千人次。`, { training_sessions: [6, 'exact'], training_participants: [1000, 'approx'] }],
  ['traditional study and people', `${TR}全年組織集體學法12次，參訓幹部480人次。`, { training_sessions: [12, 'exact'], training_participants: [480, 'exact'] }],
  ['traditional hours per person', `${TRB}執法人員人均學法學時達到60學時。`, { training_hours_per_person: [60, 'exact'] }],
  ['full-width sessions', `${SF}组织集中学法１０次，参学人员３２０人次。`, { training_sessions: [10, 'exact'], training_participants: [320, 'exact'] }],
  ['a town\'s study at meetings', `${ST}街道党工委会议会前学法8次。`, { training_sessions: [8, 'exact'] }],
  ['publicity events', `${ST}开展“八五”普法宣传活动36场。`, { legal_publicity_events: [36, 'exact'] }],
  ['a ministry\'s lectures', `${MIN}举办部机关法治讲座5期，部机关干部1200余人次参加。`, { training_sessions: [5, 'exact'], training_participants: [1200, 'approx'] }],
  // exams, courtroom visits
  ['an exam\'s pass rate', `${SC}组织全体执法人员参加年度法律知识考试，参考率100%，合格率98.6%。`, {}],
  ['an exam\'s score', `${SF}干部学法考试平均成绩92.6分。`, {}],
  ['courtroom visits by people', `${GOV}组织领导干部旁听庭审86人次。`, {}],
  ['an exam\'s rank', `${SC}在全市执法人员法律知识考试中排名第一。`, {}],
  // outsiders, others' courses, targets, spans, dates, changes, an area's totals
  ['firms\' managers trained', `${SC}为全县32家企业举办合规培训班4期，培训企业管理人员360人次。`, {}],
  ['lectures given elsewhere', `${SF}受邀为县直单位授课12场。`, {}],
  ['towns guided to train', `${SF}指导乡镇开展法治培训26场。`, {}],
  ['sent to a city course', `${JT}选派42名执法人员参加市交通运输局举办的执法培训班。`, {}],
  ['a duty of hours per person', `${CITY}要求每人每年学法不少于40学时。`, {}],
  ['a duty of sessions', `${GOV}确保年度集体学法不少于4次。`, {}],
  ['a target of hours', `${SC}力争执法人员人均培训学时达到60学时。`, {}],
  ['trained since the plan began', `${SC}“十四五”以来累计培训执法人员3200人次。`, {}],
  ['three years of study', `${SF}近三年共组织集体学法36次。`, {}],
  ['a date of a session', `${SF}于4月23日组织全体干部学习《行政复议法》。`, {}],
  ['participants\' change', `${CITY}参训人次同比增长15%。`, {}],
  ['the city\'s exam takers in a city bureau', `${CITY}全市国家工作人员学法考试参考人数4.6万人。`, {}],
  ['people per session', `${SF}每期培训学员30至50人。`, {}],
  ['a course\'s days and hours', `${SF}举办为期3天的执法人员培训班1期，共计24学时。`, { training_sessions: [1, 'exact'] }],
  ['sessions then a change', `${SF}全年集体学法12次，比上年增加3次。`, { training_sessions: [12, 'exact'] }],
  ['sessions then a rank', `${SC}全年集体学法10次，学法考试成绩位列全县第2。`, { training_sessions: [10, 'exact'] }],
]

export const OVERSIGHT_43: Probe39[] = [
  ['reviews received, accepted, concluded', `${GOV}全年收到行政复议申请36件，依法受理32件，审结30件。`, { reconsideration_cases: [32, 'exact'] }],
  ['a direct correction rate', `${GOV}行政复议直接纠错率为15.6%。`, { reconsideration_correction_pct: [15.6, 'exact'] }],
  ['new reviews in Chinese numerals', `${GOV}新收行政复议案件一百零八件。`, { reconsideration_cases: [108, 'exact'] }],
  ['suits and lost ones after 其中', `${SC}发生行政诉讼案件14件，其中败诉2件。`, { litigation_cases: [14, 'exact'], litigation_lost_cases: [2, 'exact'] }],
  ['suits responded to', `${CITY}全年办理行政应诉案件21件。`, { litigation_cases: [21, 'exact'] }],
  ['heads\' rate reached', `${SC}负责人出庭应诉率达到100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['heads\' appearances then the rate', `${GOV}行政机关负责人出庭应诉18件次，出庭率100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['heads\' rate in words', `${GOV}行政机关负责人出庭应诉率百分之百。`, { head_appearance_pct: [100, 'exact'] }],
  ['draft documents reviewed, comments', `${SF}审查规范性文件草案15件，提出修改意见46条。`, { normative_docs_reviewed: [15, 'exact'] }],
  ['filed with rates after', `${GOV}向县人大常委会报备规范性文件6件，报备率、及时率均为100%。`, { normative_docs_filed: [6, 'exact'] }],
  ['legal review of enforcement decisions', `${CITY}对重大行政执法决定进行法制审核128件。`, { legal_review_cases: [128, 'exact'] }],
  ['traditional reviews and rate', `${TR}全年受理行政復議案件42件，糾錯率11.9%。`, { reconsideration_cases: [42, 'exact'], reconsideration_correction_pct: [11.9, 'exact'] }],
  ['full-width suits', `${GOV}全县发生一审行政诉讼案件８６件。`, { litigation_cases: [86, 'exact'] }],
  ['the whole county\'s heads\' rate in a county government', `${GOV}全县行政机关负责人出庭应诉率100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['a province\'s own reviews', `${PRO}厅本级办理行政复议案件23件，行政诉讼案件17件。`, { reconsideration_cases: [23, 'exact'], litigation_cases: [17, 'exact'] }],
  ['filing review of lower documents', `${GOV}对各乡镇和县直部门报备的规范性文件进行备案审查26件。`, { normative_docs_filed: [26, 'exact'] }],
  // distractors of the same terms
  ['the city\'s reviews in a county department', `${SC}全市行政复议机构共受理案件1860件。`, {}],
  ['documents cleaned over three years', `${GOV}近三年累计清理规范性文件230件。`, {}],
  ['suits down by a share', `${SC}行政诉讼案件较上年下降25%。`, {}],
  ['reviews up by a count', `${GOV}行政复议案件较上年增加12件。`, {}],
  ['a target correction rate', `${GOV}力争行政复议纠错率保持在15%左右。`, {}],
  ['a score and a rank of the year\'s assessment', `${GOV}法治政府建设考核得分95.2分，位列全市第三。`, {}],
  ['a document number of a rule', `${GOV}印发《规范性文件管理办法》（县政办发〔2023〕18号）。`, {}],
  ['settlement rate is no correction', `${GOV}行政复议调解和解率28%。`, {}],
  ['a rate of suits after review', `${GOV}复议后起诉率12%。`, {}],
  ['the court\'s cases in a county government', `${GOV}县人民法院审结一审行政案件260件。`, {}],
  ['heads\' rate of the city in a county bureau', `${SC}全市行政机关负责人出庭应诉率98.6%。`, {}],
  ['contracts reviewed by the office', `${SF}审核县政府合同协议86件。`, {}],
  ['the year\'s documents issued', `${GOV}全年以县政府名义制发规范性文件9件。`, {}],
  ['reviews since a year', `${GOV}2020年以来累计办理行政复议案件520件。`, {}],
  ['reviews per month', `${GOV}月均受理行政复议案件9件。`, {}],
  ['a law\'s article', `${GOV}依据《行政复议法》第三十条作出复议决定。`, {}],
  ['review then the court\'s', `${GOV}县政府受理行政复议案件86件；县人民法院审结一审行政案件260件。`, { reconsideration_cases: [86, 'exact'] }],
]

export const DISTRACTOR_43: Probe39[] = [
  // what the author organised for others or only took part in
  ['joint action of several bodies', `${JT}联合公安、城管等部门开展联合执法，各部门合计查处违法行为860起。`, {}],
  ['joint action then own', `${JT}联合公安、城管等部门开展联合执法，各部门合计查处违法行为860起，其中本局查处312起。`, { enforcement_cases: [312, 'exact'] }],
  ['assisting the police', `${SC}协助公安机关侦办案件15起。`, {}],
  ['another body\'s cases reported to us', `${SC}接收上级交办案件线索36条。`, {}],
  ['a higher body\'s check we joined', `${YJ}参与省安委会综合检查组检查企业46家次。`, {}],
  ['checks by an inspector team of the province', `${YJ}省督导组来我市检查企业120家。`, {}],
  // an area's total against the author's own
  ['province total in a city bureau', `${YJ}全省应急管理系统罚款总额1.8亿元。`, {}],
  ['province total then own', `${YJ}全省应急管理系统罚款总额1.8亿元，我局罚款2860万元。`, { fines_yuan: [28600000, 'exact'] }],
  ['the city\'s total then ours after 其中', `${SC}全市市场监管系统共查处违法案件5600件，其中我局查处620件。`, { enforcement_cases: [620, 'exact'] }],
  ['the city\'s training in a county office', `${SF}全市共举办法治培训班320期。`, {}],
  ['the county\'s sessions in a street office', `${ST}全县各级各部门开展集体学法1200余次。`, {}],
  ['the county\'s penalties in a county government', `${GOV}全县行政执法部门办理行政处罚案件3260件。`, { penalty_cases: [3260, 'exact'] }],
  // changes against levels
  ['cases up by a share alone', `${CITY}查处违法案件数同比增长12.5%。`, {}],
  ['fines up by money alone', `${SC}罚没款较上年增加56万元。`, {}],
  ['penalties down by a count alone', `${JT}行政处罚案件较上年减少23件。`, {}],
  ['a level then its change in a share', `${CITY}查处违法案件860件，同比增长12.5%。`, { enforcement_cases: [860, 'exact'] }],
  ['a change in 件 then the level in brackets', `${SC}罚没款同比增加56万元（全年罚没款215万元）。`, { fines_yuan: [2150000, 'exact'] }],
  // targets and duties
  ['a duty of spot-check share', `${GOV}力争“双随机”抽查比例不低于5%。`, {}],
  ['a duty of checks a year', `${YJ}确保每年对重点企业执法检查不少于12次。`, {}],
  ['a duty of cases per officer', `${CITY}要求每名执法人员每年办理案件不少于5件。`, {}],
  ['a plan\'s checks', `${YJ}年度执法计划安排检查企业600家。`, {}],
  ['a plan then actual', `${YJ}年度执法计划安排检查企业600家，实际检查企业680家次。`, { enforcement_inspections: [680, 'exact'] }],
  // spans of years
  ['cases since the plan began', `${SC}“十四五”以来累计查处违法案件1.2万件。`, {}],
  ['fines over three years', `${SC}近三年共罚没款2600万元。`, {}],
  ['penalties over a span of years', `${JT}2021年至2023年，累计办理行政处罚案件3600件。`, {}],
  ['a span then the year', `${SC}近三年共查处违法案件1600件，2023年查处违法案件620件。`, { enforcement_cases: [620, 'exact'] }],
  // averages
  ['cases per officer', `${CITY}执法人员人均办案12件。`, {}],
  ['fine per case', `${SC}平均每件案件罚款1.2万元。`, {}],
  ['checks per firm', `${SC}户均检查频次0.8次。`, {}],
  ['days per case', `${SC}案件平均办理时长28天。`, {}],
  // ranks and scores
  ['a case file score and rank', `${SC}执法案卷评查得分96.5分，排名全市第2。`, {}],
  ['an assessment rank', `${JT}行政执法考核排名全省第3位。`, {}],
  ['an ordinal of a campaign', `${SC}开展第十二届“诚信兴商宣传月”活动。`, {}],
  // numbers and dates
  ['a decision number', `${SC}依法作出行政处罚决定（市监罚字〔2023〕第0086号）。`, {}],
  ['an article of a law', `${SC}依据《行政处罚法》第三十三条第一款作出不予处罚决定。`, {}],
  ['a date of an action', `${SC}于2023年3月15日开展“3·15”执法行动。`, {}],
  ['a date then cases', `${SC}于3月15日开展专项执法行动，全年查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['a hotline number and complaints', `${SC}畅通12315投诉举报热线，受理举报1260件。`, {}],
  ['a supervision telephone', `${CITY}公布执法监督电话0431-85672345。`, {}],
  ['a hotline then checks', `${SC}公布举报电话12315；开展执法检查820次。`, { enforcement_inspections: [820, 'exact'] }],
  // money of another measure, shares of another measure
  ['case money is no fine', `${SC}查处案件涉案金额1260万元。`, {}],
  ['losses recovered', `${SC}为消费者挽回经济损失326万元。`, {}],
  ['fines then goods worth', `${SC}罚没款215万元，涉案货值1,260万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['money then cases in 万元 near 件', `${SC}查处违法案件126件，罚没款86万元。`, { enforcement_cases: [126, 'exact'], fines_yuan: [860000, 'exact'] }],
  ['a disclosure rate of penalties', `${SC}行政处罚决定网上公示率100%。`, {}],
  ['coverage of the three systems', `${GOV}行政执法“三项制度”覆盖率100%。`, {}],
  ['a share of cases of a kind', `${SC}食品类案件占全部案件的38.1%。`, {}],
  ['a money share of fines', `${SC}罚没款中食品类案件占46%。`, {}],
  // traditional script distractors
  ['traditional: the province total', `${TRB}全省市場監管系統罰沒款總額5.6億元。`, {}],
  ['traditional: a change alone', `${TR}行政處罰案件同比增長8.6%。`, {}],
  ['traditional: a span', `${TR}近五年累計培訓執法人員1.2萬人次。`, {}],
  ['traditional: outsiders trained', `${TRB}為企業舉辦合規培訓6場，培訓企業人員600人次。`, {}],
  ['traditional: a duty', `${TR}確保每人每年學法不少於40學時。`, {}],
  // approximations in Chinese words
  ['cases twenty-odd', `${ST}查处占道经营等违法行为二十余起。`, { enforcement_cases: [20, 'approx'] }],
  ['fines forty-six point six ten-thousands', `${ST}罚款四十六点六万元。`, { fines_yuan: [466000, 'exact'] }],
  ['a range of sessions', `${SF}每季度开展集体学法2至3次。`, {}],
]

/** Forms of the same families that real reports use and no earlier round wrote: a level told as a change from one figure to another, a
 * figure as of a date, none at all, an item list (事项, 名录库) beside its cases, within-year 累计, the year before's level named by its
 * year, a sum in brackets, a share of a whole. */
export const FORMS_43: Probe39[] = [
  ['a rate raised from one figure to another', `${GOV}行政机关负责人出庭应诉率由85%提高到100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['a correction rate down from one to another', `${GOV}行政复议纠错率从12%下降至8.5%。`, { reconsideration_correction_pct: [8.5, 'exact'] }],
  ['cases grown from last year\'s to this year\'s', `${SC}查处违法案件由上年的98件增至126件。`, { enforcement_cases: [126, 'exact'] }],
  ['the level, then last year\'s in brackets', `${SC}查处违法案件126件（2022年为98件）。`, { enforcement_cases: [126, 'exact'] }],
  ['last year\'s level named by its year alone', `${SC}2022年查处违法案件98件。`, {}],
  ['cards as of the year\'s end', `${CITY}截至2023年底，全局共有持证执法人员86名。`, { certified_officers: [86, 'exact'] }],
  ['officers, of whom card holders', `${SC}全局共有行政执法人员120名，其中持证执法人员96名。`, { certified_officers: [96, 'exact'] }],
  ['all officers hold cards', `${JT}全局82名执法人员全部持证上岗。`, { certified_officers: [82, 'exact'] }],
  ['lawyers are no card holders', `${SF}配备公职律师12名、法律顾问3名。`, {}],
  ['within-year 累计 checks', `${YJ}全年累计开展执法检查1260次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['none of either kind', `${ST}全年未发生行政复议和行政诉讼案件。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['no suit lost', `${GOV}全县发生行政诉讼案件36件，无败诉案件。`, { litigation_cases: [36, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['fines with their parts in brackets', `${SC}罚没款215万元（其中罚款180万元，没收违法所得35万元）。`, { fines_yuan: [2150000, 'exact'] }],
  ['fines more than ten thousand-odd', `${ST}罚款10万余元。`, { fines_yuan: [100000, 'approx'] }],
  ['penalty items listed are no cases', `${GOV}梳理公布行政处罚事项1260项。`, {}],
  ['powers handed down to towns', `${GOV}向乡镇赋予行政执法事项126项。`, {}],
  ['discretion standards', `${SC}细化行政处罚裁量标准1260条。`, {}],
  ['spot-check lists and rosters', `${SC}建立检查对象名录库3200户、执法人员名录库120人。`, {}],
  ['rosters then checks made', `${SC}建立检查对象名录库3200户，全年抽查检查市场主体860户次。`, { enforcement_inspections: [860, 'exact'] }],
  ['hotline work orders', `${CITY}办理12345热线工单2.6万件。`, {}],
  ['an estimate for the year', `${SC}预计全年罚没款可达300万元。`, {}],
  ['checks per officer', `${YJ}平均每名执法人员检查企业36家次。`, {}],
  ['both changes alone', `${SC}查处案件数和罚没款较上年分别增加20件、35万元。`, {}],
  ['both levels then their changes', `${SC}办理行政处罚案件210件，罚没金额215万元，分别同比增长12%和8%。`,
    { penalty_cases: [210, 'exact'], fines_yuan: [2150000, 'exact'] }],
  ['sessions ten-odd in words', `${ST}街道班子成员集中学法十余次。`, { training_sessions: [10, 'approx'] }],
  ['sessions and people in words', `${SF}举办执法人员培训班六期，培训四百余人次。`, { training_sessions: [6, 'exact'], training_participants: [400, 'approx'] }],
  ['hours of our staff in a higher body\'s online course', `${SC}组织执法人员参加全省行政执法人员网络培训，人均完成62学时。`, { training_hours_per_person: [62, 'exact'] }],
  ['a register of online learners', `${CITY}网上学法平台注册学员3200人。`, {}],
  ['a duty of monthly study', `${SC}坚持每月至少开展1次集中学法。`, {}],
  ['reviews filed with the brought-forward ones', `${GOV}受理行政复议申请36件（含上年结转3件）。`, { reconsideration_cases: [36, 'exact'] }],
  ['brought-forward alone', `${GOV}上年结转行政复议案件3件。`, {}],
  ['corrections counted by kind', `${GOV}复议决定撤销3件、变更1件、确认违法2件。`, {}],
  ['documents filed with both bodies', `${SC}向市政府和市人大常委会报送备案规范性文件5件。`, { normative_docs_filed: [5, 'exact'] }],
  ['filed and reviewed, one problem found', `${GOV}备案审查规范性文件12件，发现问题1件并督促整改。`, { normative_docs_filed: [12, 'exact'] }],
  ['documents corrected are no review', `${GOV}纠正违法或不当规范性文件2件。`, {}],
  ['a province\'s order number', `${PRO}贯彻《生态环境行政处罚办法》（生态环境部令第30号）。`, {}],
  ['a quarter\'s cases', `${SC}第一季度查处违法案件30件。`, {}],
  ['the year\'s fines 逾 a round figure', `${MIN}全年罚没款逾1.2亿元。`, { fines_yuan: [120000000, 'at_least'] }],
  ['traditional: a rate raised', `${TR}行政機關負責人出庭應訴率由85%提高到100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['traditional: cards as of the year\'s end', `${TRB}截至2023年底，全局持證執法人員共96名。`, { certified_officers: [96, 'exact'] }],
]

const SCN = head('青河县市场监督管理局')
const ZR_ = head('县自然资源局')

/** Longer sentences in the real reports' run of clauses (一是…；二是…, figures of several measures in one sentence). */
export const CLAUSES_43: Probe39[] = [
  ['cases, closed, fines, transferred, then a change', `${SC}一是强化执法办案，全年立案查处各类违法案件238件，结案226件，罚没款合计312.6万元，其中移送公安机关7件；二是规范涉企检查，涉企检查次数较上年下降21%。`,
    { enforcement_cases: [238, 'exact'], fines_yuan: [3126000, 'exact'] }],
  ['a county\'s units, penalties, coercion, checks', `${GOV}全县35个行政执法单位共办理行政处罚案件4126件、行政强制案件86件，开展行政检查1.2万次。`,
    { penalty_cases: [4126, 'exact'], enforcement_inspections: [12000, 'exact'] }],
  ['complaints, buildings removed, cases', `${CITY}全年共受理群众投诉举报3.6万件，办结率99.6%，立案查处违法建设案件326件，拆除违法建设12.6万平方米。`, { enforcement_cases: [326, 'exact'] }],
  ['checks, hazards found and rectified', `${YJ}全年检查企业326家次，查出隐患1860项，已整改1812项，整改率97.4%。`,
    { enforcement_inspections: [326, 'exact'], hazards_rectified: [1812, 'exact'] }],
  ['a street team\'s patrols, dissuasions, cases, fines', `${ST}街道综合执法中队全年巡查8600余次，劝导整改占道经营1260起，立案查处46起，罚款3.2万元。`,
    { enforcement_cases: [46, 'exact'], fines_yuan: [32000, 'exact'] }],
  ['firms\' staff trained then own study', `${SC}举办食品安全管理员培训4期，培训企业人员1200人次；组织局机关干部集中学法12次。`, { training_sessions: [12, 'exact'] }],
  ['reviews of a government in full', `${GOV}县政府作为复议机关，全年新收行政复议申请128件，受理116件，审结109件，其中撤销、变更、确认违法等纠错16件，直接纠错率14.7%；以县政府为被告的行政诉讼案件42件，败诉3件。`,
    { reconsideration_cases: [116, 'exact'], reconsideration_correction_pct: [14.7, 'exact'], litigation_cases: [42, 'exact'], litigation_lost_cases: [3, 'exact'] }],
  ['a bureau as respondent and defendant', `${SC}本局作为被申请人的行政复议案件5件，均维持原行政行为；作为被告的行政诉讼案件3件。`,
    { reconsideration_cases: [5, 'exact'], litigation_cases: [3, 'exact'] }],
  ['suits, heads in court, their rate', `${CITY}全年行政诉讼案件38件，负责人出庭36件，出庭应诉率94.7%。`, { litigation_cases: [38, 'exact'], head_appearance_pct: [94.7, 'exact'] }],
  ['own documents reviewed, departments\' filed', `${GOV}审查县政府及县政府办公室规范性文件8件，备案审查部门规范性文件26件。`,
    { normative_docs_reviewed: [8, 'exact'], normative_docs_filed: [26, 'exact'] }],
  ['the level beside last year\'s by its year', `${SC}查处违法案件126件，较2022年的98件增长28.6%。`, { enforcement_cases: [126, 'exact'] }],
  ['fines raised from last year\'s', `${SC}罚没款由上年的180万元增加至215万元。`, { fines_yuan: [2150000, 'exact'] }],
  // (the corpus counts an author's 法律明白人 courses as its own training: b-tw-litian-2021-training, dev)
  ['法律明白人 trained by a justice bureau', `${SF}组织全县村（社区）“法律明白人”培训班12期，培训3600人次。`,
    { training_sessions: [12, 'exact'], training_participants: [3600, 'exact'] }],
  ['a county\'s training of its officers', `${GOV}全县开展行政执法人员培训86场次，培训执法人员4800余人次。`,
    { training_sessions: [86, 'exact'], training_participants: [4800, 'approx'] }],
  ['a span then the year\'s after 其中', `${SC}“十四五”以来累计查处违法案件3600件，其中2023年查处860件。`, { enforcement_cases: [860, 'exact'] }],
  ['since the year began', `${JT}今年以来，累计查处超限超载车辆1260台次，罚款386万元。`, { fines_yuan: [3860000, 'exact'] }],
  ['the city\'s totals then own in a named county bureau', `${SCN}全市市场监管部门共查处违法案件5600件，罚没款1.2亿元；本局查处违法案件620件，罚没款2600万元。`,
    { enforcement_cases: [620, 'exact'], fines_yuan: [26000000, 'exact'] }],
  ['training per person as times and hours', `${SF}全局干部人均参加培训3.5次、人均学法48学时。`, { training_hours_per_person: [48, 'exact'] }],
  ['a first place then penalties', `${SC}在全市年度执法质量考评中获得第一名，全年办理行政处罚案件320件。`, { penalty_cases: [320, 'exact'] }],
  ['traditional heads and correction', `${TR}全縣行政機關負責人出庭應訴率達到100%，行政復議案件綜合糾錯率為16.2%。`,
    { head_appearance_pct: [100, 'exact'], reconsideration_correction_pct: [16.2, 'exact'] }],
  ['traditional received then accepted', `${TRB}全年共收到行政復議申請58件，其中依法受理52件。`, { reconsideration_cases: [52, 'exact'] }],
  ['checks, hazards found, documents served', `${YJ}全年共计开展执法检查1260次，发现问题隐患3860项，下达执法文书1260份。`, { enforcement_inspections: [1260, 'exact'] }],
  ['rectification notices then cases', `${CITY}下达责令限期整改通知书1860份，立案查处526件。`, { enforcement_cases: [526, 'exact'] }],
  ['two hotlines then cases', `${SC}开通“12315”“12345”双热线，全年受理诉求2.3万件，立案查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['a span of months of the year', `${SC}2023年1月至12月，全局共办理行政处罚案件312件。`, { penalty_cases: [312, 'exact'] }],
  ['cases, money involved, fines, both changes', `${SC}办理案件312件，涉及金额1260万元，罚没款215万元，案件数和罚没款分别增长12%、8%。`,
    { enforcement_cases: [312, 'exact'], fines_yuan: [2150000, 'exact'] }],
  ['a closed course\'s days and periods', `${SF}组织执法人员参加封闭式培训5天，共计40课时。`, {}],
  ['a correction rate in words', `${GOV}行政复议纠错率为百分之十二点五。`, { reconsideration_correction_pct: [12.5, 'exact'] }],
  ['a kind\'s share of reviews', `${GOV}行政复议案件中涉及征地拆迁类占42%。`, {}],
  ['concluded rates of reviews', `${GOV}行政复议案件审结率98%，按期审结率100%。`, {}],
  ['penalties, fines, hearings after 其中', `${SC}作出行政处罚决定86件，罚没款128.6万元，其中听证案件3件。`, { penalty_cases: [86, 'exact'], fines_yuan: [1286000, 'exact'] }],
  ['penalties by kind of procedure add to no more than the total', `${JT}办理行政处罚案件560件，其中一般程序案件148件、简易程序案件412件。`, { penalty_cases: [560, 'exact'] }],
  ['a town\'s cases with a county team\'s help', `${ST}配合区城管执法局开展联合整治6次，街道执法队立案查处违法行为58起。`, { enforcement_cases: [58, 'exact'] }],
  ['the city\'s then 我县 in a named county bureau', `${SCN}全市查处违法案件1.2万件，我县查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['the city\'s then 全县 in a named county bureau', `${SCN}全市查处违法案件1.2万件，全县查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['the province\'s then 全市 in a city bureau', `${CITY}全省城管系统查处违法案件3.6万件，全市查处违法案件2860件。`, { enforcement_cases: [2860, 'exact'] }],
  ['the city\'s courses then the office\'s own', `${SF}全市共举办法治培训班320期，我局举办法治培训班6期。`, { training_sessions: [6, 'exact'] }],
  ['study at meetings and lectures of a government', `${GOV}县政府常务会议会前学法12次，举办领导干部法治专题讲座2期，参训120人次。`,
    { training_sessions: [14, 'derived'], training_participants: [120, 'exact'] }],
]

/** Figures of things that stand beside enforcement, training and review terms in real reports: notices, hearings, exams, rolls, equipment. */
export const BESIDE_43: Probe39[] = [
  ['an article\'s ordinal case', `${SC}第3起案件适用“首违不罚”。`, {}],
  ['model cases chosen', `${SC}办理的“首违不罚”案例入选全省典型案例2件。`, {}],
  ['a service rate of decisions', `${SC}行政处罚决定书送达率100%。`, {}],
  ['hearings held', `${SC}依法组织听证3次。`, {}],
  ['fines grown by a multiple', `${SC}罚没款同比增长1.2倍。`, {}],
  ['fines\' share of the county\'s', `${SC}罚没款占全县的36%。`, {}],
  ['officers to assistants', `${CITY}执法人员与执法辅助人员比例为1:2。`, {}],
  ['staff on the establishment all carded', `${JT}在编执法人员46名，均持有执法证。`, { certified_officers: [46, 'exact'] }],
  ['card exam takers and pass rate', `${SC}参加执法证考试52人，通过率96%。`, {}],
  ['checks by a supervisor of enforcement', `${GOV}开展行政执法监督检查4次。`, {}],
  ['checks we received', `${SC}接受上级执法检查3次。`, {}],
  ['the average fine', `${SC}行政处罚案件的平均罚款金额为0.8万元。`, {}],
  ['the share of penalties on firms', `${SC}涉企行政处罚案件占比降至35%。`, {}],
  ['fines collected', `${SC}全年收缴罚没款1286.5万元。`, { fines_yuan: [12865000, 'exact'] }],
  ['fines and confiscations together', `${CITY}罚款和没收违法所得合计86.3万元。`, { fines_yuan: [863000, 'exact'] }],
  ['correction orders', `${SC}作出责令改正决定126份。`, {}],
  ['notices then cases filed', `${CITY}下达《责令改正通知书》86份，立案12件。`, { enforcement_cases: [12, 'exact'] }],
  ['court enforcement applied for', `${ZR_}申请人民法院强制执行5件。`, {}],
  ['recorders and vehicles', `${CITY}配备执法记录仪126台、执法车辆12辆。`, {}],
  ['credit repaired', `${SC}帮助126家企业完成信用修复。`, {}],
  ['publicity events and their audience', `${SC}开展“谁执法谁普法”宣传活动48场，受众2.6万人次。`, { legal_publicity_events: [48, 'exact'] }],
  ['an exam\'s takers', `${SF}组织干部职工参加学法用法考试，参考128人。`, {}],
  ['items on a study list', `${SF}学法清单明确学习内容12项。`, {}],
  ['leaders\' law lessons', `${SF}领导班子成员讲法治课6次。`, { training_sessions: [6, 'exact'] }],
  ['an oath ceremony', `${GOV}组织宪法宣誓仪式3次，宣誓人员46人。`, {}],
  ['an exam before promotion', `${GOV}组织新提任干部任前法律知识考试，参考35人，合格率100%。`, {}],
  ['courses then a part by video', `${SF}举办法治培训2期，其中1期为视频培训。`, { training_sessions: [2, 'exact'] }],
  ['a participation rate', `${SF}干部职工参训率100%。`, {}],
  ['study points per person', `${SF}学法积分人均达到1.2万分。`, {}],
  ['review closing rates', `${GOV}行政复议案件办结率、按期办结率均为100%。`, {}],
  ['disclosure requests and a rate', `${SC}办理依申请公开86件，按时答复率100%。`, { info_disclosure_requests: [86, 'exact'] }],
  ['suits with the bureau as defendant after 中', `${SC}行政诉讼案件中，以本局为被告的14件。`, { litigation_cases: [14, 'exact'] }],
  ['review enquiries by phone', `${GOV}接听行政复议咨询电话320人次。`, {}],
  ['a filing pass rate', `${GOV}规范性文件备案审查通过率100%。`, {}],
  ['legal review rate then count', `${CITY}重大行政执法决定法制审核率100%，审核案件36件。`, { legal_review_cases: [36, 'exact'] }],
  ['documents drafted', `${SF}起草规范性文件3件。`, {}],
  ['a compliance rate of reviews', `${GOV}行政复议决定履行率100%。`, {}],
  ['lost suits then a rate', `${GOV}行政诉讼一审判决败诉2件，败诉率5.7%。`, { litigation_lost_cases: [2, 'exact'] }],
  ['suits, a change, then lost ones', `${SC}行政诉讼案件18件，同比下降10%，其中败诉1件。`, { litigation_cases: [18, 'exact'], litigation_lost_cases: [1, 'exact'] }],
  ['a complaints number with its area code', `${SC}公布投诉举报电话0436-3222815。`, {}],
  ['traditional: staff all carded', `${TRB}在編執法人員46名，均持有執法證。`, { certified_officers: [46, 'exact'] }],
  ['traditional: fines collected', `${TRB}全年收繳罰沒款1286.5萬元。`, { fines_yuan: [12865000, 'exact'] }],
  ['traditional: an exam\'s takers', `${TR}組織幹部職工參加學法用法考試，參考128人。`, {}],
]

/** Paragraphs of several sentences: a heading, the year's own figures, then others' or planned figures after them, or before. */
export const PASSAGES_43: Probe39[] = [
  ['a heading, own figures, then next year\'s plan', `${SC}\n（二）严格规范公正文明执法\n全年查处违法案件126件，罚没款215万元。\n四、2024年工作打算\n计划开展执法检查不少于1000次，力争查处案件150件。`,
    { enforcement_cases: [126, 'exact'], fines_yuan: [2150000, 'exact'] }],
  // (a problems section is read as no result: engine.ts skips plans and problems)
  ['problems section with a figure', `${SC}全年开展执法检查820次。\n三、存在的问题\n执法人员不足，全局仅有持证执法人员36名，难以满足监管需要。`,
    { enforcement_inspections: [820, 'exact'] }],
  ['last year\'s paragraph before the year\'s', `${CITY}2022年，全局查处违法案件980件。2023年，全局查处违法案件1120件，罚没款560万元。`,
    { enforcement_cases: [1120, 'exact'], fines_yuan: [5600000, 'exact'] }],
  ['checks in several sentences of one paragraph', `${YJ}开展安全生产专项检查320次。开展消防安全检查180次。`, { enforcement_inspections: [500, 'derived'] }],
  ['checks of kinds, then the year\'s total', `${YJ}开展安全生产专项检查320次，开展消防安全检查180次。全年累计开展执法检查860次。`, { enforcement_inspections: [860, 'exact'] }],
  ['a town\'s part of the county\'s totals', `${ST}\n（一）执法情况\n全区综合行政执法系统共查处违法案件3200件。街道执法中队查处违法案件186件，罚款12.6万元。`,
    { enforcement_cases: [186, 'exact'], fines_yuan: [126000, 'exact'] }],
  ['study of the year in two sentences', `${SF}局党组会议会前学法10次。举办法治讲座3期，参加干部210人次。`,
    { training_sessions: [13, 'derived'], training_participants: [210, 'exact'] }],
  ['reviews and suits in a government\'s section', `${GOV}\n（五）强化行政权力监督\n县政府新收行政复议案件86件，审结82件，纠错率13.4%。县政府作为被告的一审行政诉讼案件52件，负责人出庭应诉率100%。`,
    { reconsideration_cases: [86, 'exact'], reconsideration_correction_pct: [13.4, 'exact'], litigation_cases: [52, 'exact'], head_appearance_pct: [100, 'exact'] }],
  ['a case told as an example after the year\'s', `${SC}全年查处违法案件126件。如：某超市销售过期食品一案，罚款5万元，没收违法所得2000元。`, { enforcement_cases: [126, 'exact'] }],
  ['a campaign paragraph after the year\'s', `${SC}全年查处违法案件126件，罚没款215万元。在“守护消费”专项行动中，查处案件36件，罚没款28万元。`,
    { enforcement_cases: [126, 'exact'], fines_yuan: [2150000, 'exact'] }],
  ['traditional passage', `${TRB}全年查處違法案件126件，罰沒款215萬元。全市市場監管系統共查處案件5600件。`, { enforcement_cases: [126, 'exact'], fines_yuan: [2150000, 'exact'] }],
]

/** More of each family's neighbours: information published, platforms, political study beside law study, rates of suits, decisions. */
export const NEIGHBOURS_43: Probe39[] = [
  ['complaints then filed', `${SC}受理投诉举报1260件，立案36件。`, { enforcement_cases: [36, 'exact'] }],
  ['penalty information published', `${SC}公示行政处罚信息306条。`, {}],
  ['a rate of fines paid in', `${SC}罚没款上缴率100%。`, {}],
  ['unlicensed firms dealt with by 户', `${SC}查处无证经营126户。`, {}],
  ['cases moved to the judiciary', `${SC}移送司法机关5件。`, {}],
  ['days per case shortened', `${SC}案件办理平均用时缩短至15天。`, {}],
  ['political study of which law study', `${SF}局党组理论学习中心组学习12次，其中学法4次。`, { training_sessions: [4, 'exact'] }],
  ['meetings\' law study and laws studied', `${SF}局务会学法4次，学习法律法规12部。`, { training_sessions: [4, 'exact'] }],
  ['online content pushed', `${SF}开展线上学法，推送学习内容36期。`, {}],
  ['course hours in total', `${SF}举办培训班3期，培训时长共计18小时。`, { training_sessions: [3, 'exact'] }],
  ['seminars on the thought of law', `${SF}开展习近平法治思想专题研讨4次。`, { training_sessions: [4, 'exact'] }],
  // (a lecture for firms is no training of the author's, but it is a publicity event: the catalogue's legal_publicity_events)
  ['lectures for firms by 法律进企业', `${SC}举办“法律进企业”讲座12场。`, { legal_publicity_events: [12, 'exact'] }],
  ['a coverage rate of training', `${SF}执法人员培训覆盖率100%。`, {}],
  ['a won rate of suits', `${CITY}行政应诉案件胜诉率95%。`, {}],
  ['reviews against the bureau, upheld and revoked', `${SC}以本局为被申请人的行政复议案件5件，维持4件，撤销1件。`, { reconsideration_cases: [5, 'exact'] }],
  ['corrected as respondent', `${SC}行政复议被纠错2件。`, {}],
  ['information published proactively', `${GOV}主动公开政府信息1260条。`, {}],
  ['disclosure change by a count', `${GOV}依申请公开数量较上年增加20件。`, {}],
  ['major decisions all reviewed', `${GOV}重大行政决策事项全部经过合法性审查，共6项。`, { major_decisions: [6, 'exact'] }],
  ['traditional: political study of which law study', `${TR}縣政府黨組理論學習中心組學習12次，其中學法4次。`, { training_sessions: [4, 'exact'] }],
  ['traditional: complaints then filed', `${TRB}受理投訴舉報1260件，立案36件。`, { enforcement_cases: [36, 'exact'] }],
]

const YJC = head('县应急管理局')

/** An area's or other bodies' total with the author's part right after it, and a committee's member units as the subject. */
export const PARTS_43: Probe39[] = [
  ['the province\'s cities\' total, then the department\'s own level', `${PRO}全省各市州生态环境部门共办理环境行政处罚案件4200件，厅本级办理26件。`, { penalty_cases: [26, 'exact'] }],
  ['the city\'s reviews, then the county\'s in a county government', `${GOV}全市行政复议案件1860件，我县86件。`, { reconsideration_cases: [86, 'exact'] }],
  ['traditional: the city\'s reviews, then the county\'s', `${TR}全市行政復議案件1860件，我縣86件。`, { reconsideration_cases: [86, 'exact'] }],
  ['the province\'s cards, then the bureau\'s', `${YJ}全省应急管理系统持证执法人员6800名，其中我局持证执法人员126名。`, { certified_officers: [126, 'exact'] }],
  ['the safety committee\'s member units', `${YJC}县安委会各成员单位开展安全检查1200余次。`, {}],
  ['the food safety committee\'s member units', `${SC}县食安委成员单位开展食品安全联合检查360次。`, {}],
  ['the publicity group\'s member units', `${SF}县普法领导小组各成员单位开展普法宣传活动120场。`, {}],
  ['member units, then the bureau\'s own', `${YJC}县安委会各成员单位开展安全检查1200余次，我局开展执法检查360次。`, { enforcement_inspections: [360, 'exact'] }],
  ['a city bureau in the county', `${SC}市局在我县查处违法案件12件。`, {}],
  ['the city\'s own level beside its counties', `${CITY}市本级查处违法案件860件，各县（市、区）查处2300件。`, { enforcement_cases: [860, 'exact'] }],
]

/** Round figures told in words (上百, 数十), a filing told after the documents' noun, a correction rate of documents. */
export const WORDS_43: Probe39[] = [
  ['about a hundred sessions, about a thousand people', `${SF}全年开展各类法治培训上百场次，培训人数上千人次。`,
    { training_sessions: [100, 'approx'], training_participants: [1000, 'approx'] }],
  ['several tens of lectures', `${SF}举办“法律大讲堂”数十场。`, { training_sessions: [10, 'at_least'] }],
  ['several hundred thousand checks of a ministry', `${head('交通运输部')}全国交通运输系统开展执法检查数十万次。`, { enforcement_inspections: [100000, 'at_least'] }],
  ['ten online sessions are exact', `${SF}开展线上培训十场。`, { training_sessions: [10, 'exact'] }],
  ['drafts reviewed, departments\' documents filed', `${GOV}审查县政府规范性文件草案12件，审查部门规范性文件备案26件。`,
    { normative_docs_reviewed: [12, 'exact'], normative_docs_filed: [26, 'exact'] }],
  ['a filing after the documents\' noun', `${GOV}审查部门规范性文件备案26件。`, { normative_docs_filed: [26, 'exact'] }],
  ['a correction rate of filed documents', `${GOV}备案审查乡镇规范性文件8件，纠正2件，纠错率25%。`, { normative_docs_filed: [8, 'exact'] }],
  ['a correction rate of case files', `${CITY}案卷评查纠错率8%。`, {}],
  ['a plan\'s bound, then the actual sessions', `${SF}制定学法计划，全年学法不少于12次，实际学法14次。`, { training_sessions: [14, 'exact'] }],
  ['a plan\'s bound, then the actual checks with their term', `${SC}制定执法检查计划，全年检查不少于100次，实际开展执法检查126次。`, { enforcement_inspections: [126, 'exact'] }],
  ['a plan\'s bound, then the actual checks by their verb alone', `${SC}制定执法检查计划，全年检查不少于100次，实际完成126次。`, { enforcement_inspections: [126, 'exact'] }],
  ['changes after one 分别, levels after the next', `${SC}行政处罚案件数、罚没金额同比分别增长15.2%、8.6%，分别达到236件、326万元。`,
    { penalty_cases: [236, 'exact'], fines_yuan: [3260000, 'exact'] }],
  ['traditional: changes after one 分别, levels after the next', `${TRB}行政處罰案件數、罰沒金額同比分別增長15.2%、8.6%，分別達到236件、326萬元。`,
    { penalty_cases: [236, 'exact'], fines_yuan: [3260000, 'exact'] }],
  ['levels after 分别, changes after the next', `${SC}行政处罚案件数、罚没金额分别为236件、326万元，较上年分别增长15.2%、8.6%。`,
    { penalty_cases: [236, 'exact'], fines_yuan: [3260000, 'exact'] }],
  ['traditional: changes by 分别 alone', `${TRB}查處案件數和罰沒款較上年分別增加20件、35萬元。`, {}],
  ['documents then reviews\' correction rate', `${GOV}备案审查规范性文件8件；行政复议纠错率13.4%。`,
    { normative_docs_filed: [8, 'exact'], reconsideration_correction_pct: [13.4, 'exact'] }],
]

export const ALL_43: [string, Probe39[]][] = [
  ['enforcement', ENFORCEMENT_43], ['training', TRAINING_43], ['oversight', OVERSIGHT_43], ['distractors', DISTRACTOR_43], ['forms', FORMS_43], ['clauses', CLAUSES_43], ['beside', BESIDE_43], ['passages', PASSAGES_43], ['neighbours', NEIGHBOURS_43], ['parts', PARTS_43], ['words', WORDS_43],
]

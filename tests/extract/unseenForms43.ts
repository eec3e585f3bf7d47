/**
 * Unseen forms of round 43 (issue 11: holdout 0.813, enforcement 0.754 with false values, training 0.764). The three families
 * that most reports state (enforcement, training, oversight with reviews and suits) at every level, each true form beside the
 * forms of figures that stand near the same terms but are not the author's own result of the year: what it organised for
 * others or took part in, an area's or several bodies' total, a change against the year before, a target or a duty, a span of
 * years, an average per unit, a rank or a score, a document number or a date, a telephone number, money of another measure,
 * a share of another measure. Levels vary (a ministry, a province's department, a city bureau, a county government, a street),
 * about one in ten texts is in traditional script, some digits are full-width, some numbers are Chinese numerals, some are
 * approximate. Forms of unseenForms39/41/42 are not repeated. Sentences invented for this test (the real reports' register,
 * no report's wording). Continued in unseenForms43More.ts, which shares these reports' heads.
 */
import { head, type Probe39 } from './unseenForms39'

export const MIN = head('水利部')
export const PRO = head('省生态环境厅')
export const CITY = head('市城市管理局')
export const SC = head('县市场监督管理局')
export const GOV = head('县人民政府')
export const ST = head('东湖街道办事处')
export const JT = head('县交通运输局')
export const YJ = head('市应急管理局')
export const SF = head('县司法局')
export const TR = '縣人民政府2023年度法治政府建設工作報告\n2023年，'
export const TRB = '市市場監督管理局2023年度法治政府建設工作報告\n2023年，'

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

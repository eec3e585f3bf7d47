/**
 * Cross-check of round 48 (2026-12-06): probes written before round 48's sets were merged, by someone who had not read them. Each
 * takes one of the forms issue 11 names as seen on reworded real reports (a term before its number, a long list between term and
 * number, lenient wording, should-hold against holds, 超/逾 bounds, Chinese numerals and decimals inside a sentence, 没有一件 zeros,
 * 由…提升到… changes, what the author only took part in, sub-totals of named bodies, a different measure with the same measure word,
 * targets and requirements) and writes it again at another level, in another family, in another order or script, so that what the
 * rules read here measures how far their forms reach. Sentences invented for this test (the real reports' register, no report's
 * wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const CITY_TEAM = head('汀州市综合行政执法局')
const CITY_TRANSPORT = head('汀州市交通运输局')
const CITY_HEALTH = head('汀州市卫生健康委员会')
const CITY_APPROVAL = head('汀州市行政审批服务局')
const CITY_APPROVAL_T = headT('汀州市行政審批服務局')
const COUNTY = head('清源县人民政府')
const COUNTY_MARKET = head('清源县市场监督管理局')
const COUNTY_MARKET_T = headT('清源縣市場監督管理局')
const COUNTY_LAND = head('清源县自然资源局')
const COUNTY_FARM = head('清源县农业农村局')
const COUNTY_JUSTICE = head('清源县司法局')
const COUNTY_JUSTICE_T = headT('清源縣司法局')
const COUNTY_LABOUR = head('清源县人力资源和社会保障局')
const TOWN = head('白沙镇人民政府')
const STREET = head('西城街道办事处')
const PROVINCE_DEPT = head('湖南省交通运输厅')

export const TERM_BEFORE_NUMBER_48: Probe39[] = [
  ['a count of trainees after its term with 累计…余', `${CITY_TEAM}举办执法业务培训班5期，参训人员累计达1350余人次。`,
    { training_sessions: [5, 'exact'], training_participants: [1350, 'approx'] }],
  ['trainees after their term in traditional script', `${COUNTY_JUSTICE_T}舉辦法治講座6場，參加人員累計410餘人次。`,
    { training_sessions: [6, 'exact'], training_participants: [410, 'approx'] }],
  ['a long list of services between the verb and the total', `${CITY_APPROVAL}全年受理企业开办、工程建设项目审批、社会事务许可、证照变更等各类审批服务事项共计18426件。`,
    { approvals_handled: [18426, 'exact'] }],
  ['a long list of services in traditional script', `${CITY_APPROVAL_T}辦理營業執照、食品經營許可、藥品經營許可、建築施工許可等業務共5210件。`,
    { approvals_handled: [5210, 'exact'] }],
  ['a total of inspections after a list of fields', `${COUNTY_MARKET}围绕食品、药品、特种设备、工业产品等重点领域，全年开展监督检查共计2360户次。`,
    { enforcement_inspections: [2360, 'exact'] }],
]

export const KINDS_OF_VALUE_48: Probe39[] = [
  ['lenient cases as 提醒不罚…余件', `${COUNTY_MARKET}推行包容审慎监管，对轻微违法行为提醒不罚30余件。`, { lenient_cases: [30, 'approx'] }],
  ['lenient cases as 首次违法不予处罚', `${CITY_TRANSPORT}落实“首违不罚”清单，全年首次违法不予处罚案件126件。`, { lenient_cases: [126, 'exact'] }],
  ['lenient cases with the count before 轻微违法', `${CITY_TEAM}对147起轻微违法行为依法免予处罚。`, { lenient_cases: [147, 'exact'] }],
  ['officers who should hold against those who hold', `${COUNTY_LAND}全局应持证执法人员56人，实际持证54人，持证率96.4%。`, { certified_officers: [54, 'exact'] }],
  ['officers who hold after 其中', `${COUNTY_FARM}现有在编执法人员48名，其中已取得行政执法证件的45名。`, { certified_officers: [45, 'exact'] }],
  ['should hold against holds in traditional script', `${COUNTY_MARKET_T}應持證執法人員112人，已持證110人。`, { certified_officers: [110, 'exact'] }],
  ['hours above a bound', `${COUNTY_JUSTICE}干部职工人均学法时长超过50学时。`, { training_hours_per_person: [50, 'at_least'] }],
  ['hours above a bound with 逾', `${COUNTY_LABOUR}全局干部年度人均学法逾40学时。`, { training_hours_per_person: [40, 'at_least'] }],
  ['hours stated with a decimal', `${CITY_HEALTH}全委干部人均学法学时达62.5学时。`, { training_hours_per_person: [62.5, 'exact'] }],
]

export const CHINESE_NUMERALS_48: Probe39[] = [
  ['cases in Chinese numerals inside a sentence', `${CITY_TEAM}全年立案查处各类违法行为一千二百三十四件，结案率98%。`, { enforcement_cases: [1234, 'exact'] }],
  ['a rate in Chinese numerals with 百分之…点', `${COUNTY}全县矛盾纠纷调解成功率达到百分之九十六点八。`, { mediation_success_pct: [96.8, 'exact'] }],
  ['disputes resolved in Chinese numerals', `${STREET}人民调解委员会成功调解各类矛盾纠纷三十四件。`, { disputes_resolved: [34, 'exact'] }],
  ['fines in Chinese numerals with 点…万', `${CITY_TRANSPORT}查处违法案件218件，罚没款四十六点六万元。`, { enforcement_cases: [218, 'exact'], fines_yuan: [466000, 'exact'] }],
  ['a change from a Chinese numeral to a figure', `${head('邻水县政务服务管理局')}全程网办比例由百分之六十二提升到91.3%。`, { online_processing_pct: [91.3, 'exact'] }],
  ['a change from a figure to a Chinese numeral', `${CITY_APPROVAL}承诺时限压缩比由上年的65%提高到百分之八十二点六。`, { approval_time_compression_pct: [82.6, 'exact'] }],
  ['inspections in Chinese numerals with 万', `${PROVINCE_DEPT}厅本级开展路政执法检查一点二万次。`, { enforcement_inspections: [12000, 'exact'] }],
]

export const ZEROS_48: Probe39[] = [
  ['no suit at all', `${COUNTY_LAND}全年未发生一起行政诉讼案件。`, { litigation_cases: [0, 'exact'] }],
  ['neither review nor suit', `${COUNTY_FARM}全年没有一件执法行为引发行政复议或行政诉讼。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['no review in traditional script', `${COUNTY_MARKET_T}全年沒有發生一起行政複議案件。`, { reconsideration_cases: [0, 'exact'] }],
  ['no zero for a kind of suit only', `${COUNTY_LAND}全年未发生因信息公开引发的行政诉讼。`, {}],
]

export const NOT_THE_AUTHORS_48: Probe39[] = [
  ['checks the author only took part in', `${CITY_HEALTH}参加市政府组织的联合执法检查12次。`, {}],
  ['a sub-total of three named bureaus in a government’s report', `${COUNTY}县市场监管局、县生态环境局、县交通运输局合计办理行政处罚案件868件。`, {}],
  ['legal aid beside reviews with the same measure word', `${COUNTY_JUSTICE}全年办理法律援助案件326件，办理行政复议案件41件。`, { reconsideration_cases: [41, 'exact'] }],
  ['a town helping the county’s team', `${TOWN}协助县综合行政执法局开展联合执法检查16次。`, {}],
  ['a street’s mediators trained by the district', `${STREET}选派人民调解员参加区司法局举办的业务培训2期、58人次。`, {}],
  ['permits beside cases with the same measure word', `${CITY_TRANSPORT}办理道路运输经营许可1462件，查处违法案件95件。`, { approvals_handled: [1462, 'exact'], enforcement_cases: [95, 'exact'] }],
]

export const TARGETS_48: Probe39[] = [
  ['a goal of inspections with 力争…不少于', `${CITY_TEAM}力争全年执法检查不少于500次。`, {}],
  ['a requirement of hours per person', `${COUNTY_MARKET}要求每名执法人员每年参加法治培训不少于60学时。`, {}],
  ['a rate to be kept', `${COUNTY}确保行政机关负责人出庭应诉率保持100%。`, {}],
  ['a rate reached beside a target', `${COUNTY}行政机关负责人出庭应诉率达到100%，高于省定目标。`, { head_appearance_pct: [100, 'exact'] }],
  ['a plan of next year after a heading', `${CITY_APPROVAL}即办件比例达到68%。\n三、2024年工作计划\n推动即办件比例提高到75%以上，全程网办比例不低于95%。`,
    { immediate_processing_pct: [68, 'exact'] }],
]

export const ALL_48: [string, Probe39[]][] = [
  ['terms before their numbers', TERM_BEFORE_NUMBER_48],
  ['kinds of value', KINDS_OF_VALUE_48],
  ['Chinese numerals', CHINESE_NUMERALS_48],
  ['zeros', ZEROS_48],
  ['not the author’s', NOT_THE_AUTHORS_48],
  ['targets', TARGETS_48],
]

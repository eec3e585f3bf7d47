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

const HY_APPROVAL = head('衡阳市行政审批服务局')
const HY_GOV = head('衡阳市人民政府')
const QD_GOV = head('祁东县人民政府')
const QD_GOV_T = headT('祁東縣人民政府')
const QD_JUSTICE = head('祁东县司法局')
const QD_OFFICE = head('祁东县人民政府办公室')
const QD_LETTERS = head('祁东县信访局')
const GY_TOWN = head('归阳镇人民政府')
const YC_STREET = head('永昌街道办事处')
const HN_JUSTICE = head('湖南省司法厅')
const HY_ECO = head('衡阳市生态环境局')

/** The other families at other levels: approval, oversight, reviews and suits, mediation, studies and publicity. */
export const OTHER_FAMILIES_48: Probe39[] = [
  ['approval: compression and immediate share', `${HY_APPROVAL}审批事项承诺时限较法定时限平均压缩72.4%，即办件占比提升至46%。`, { approval_time_compression_pct: [72.4, 'exact'], immediate_processing_pct: [46, 'exact'] }],
  ['approval: materials cut and online share', `${HY_APPROVAL}申请材料平均精简38%，“全程网办”事项占比达92.6%。`, { material_reduction_pct: [38, 'exact'], online_processing_pct: [92.6, 'exact'] }],
  ['approval: a count of matters is no handled count', `${HY_APPROVAL}梳理公布政务服务事项1286项，其中可网上办理1240项。`, {}],
  ['approval: handled in 万件', `${QD_GOV}县政务服务中心全年办理各类事项12.8万件，群众满意率99.9%。`, { approvals_handled: [128000, 'exact'] }],
  ['approval: a town’s service centre’s matters', `${GY_TOWN}镇便民服务中心全年受理各类事项3260件。`, { approvals_handled: [3260, 'exact'] }],
  ['approval: a dispute centre’s matters are no approvals', `${QD_GOV}县综治中心全年受理各类事项860件。`, {}],
  ['approval: a target of compression', `${HY_APPROVAL}力争审批时限压缩比达到80%以上。`, {}],
  ['oversight: normative documents filed', `${QD_GOV}报送县人大常委会备案的规范性文件12件，备案审查率100%。`, { normative_docs_filed: [12, 'exact'] }],
  ['oversight: documents reviewed by the justice bureau', `${QD_JUSTICE}全年审核县政府及县政府办公室规范性文件18件，提出修改意见54条。`, { normative_docs_reviewed: [18, 'exact'] }],
  ['oversight: contracts reviewed beside documents', `${QD_JUSTICE}审查县政府合同协议146份，审核规范性文件9件。`, { normative_docs_reviewed: [9, 'exact'] }],
  ['oversight: major decisions', `${QD_GOV}全年作出重大行政决策事项7项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。`, { major_decisions: [7, 'exact'] }],
  ['oversight: proposals handled, both kinds summed', `${QD_OFFICE}办理县人大代表建议86件、县政协委员提案112件，办结率100%。`, { proposals_handled: [198, 'derived'] }],
  ['oversight: disclosure requests received', `${QD_OFFICE}全年共受理政府信息公开申请43件，均在法定期限内答复。`, { info_disclosure_requests: [43, 'exact'] }],
  ['oversight: disclosure requests in traditional script', `${QD_GOV_T}全年受理政府信息公開申請27件，按時辦結率100%。`, { info_disclosure_requests: [27, 'exact'] }],
  ['oversight: legal reviews of enforcement decisions', `${HY_ECO}对62件重大行政执法决定开展法制审核，审核率100%。`, { legal_review_cases: [62, 'exact'] }],
  ['enforcement: reviews received, heard and corrected', `${HN_JUSTICE}全年收到行政复议申请1320件，受理1186件，审结1104件，直接纠错率14.6%。`, { reconsideration_cases: [1186, 'exact'], reconsideration_correction_pct: [14.6, 'exact'] }],
  ['enforcement: suits and heads appearing', `${QD_GOV}全县新收行政诉讼案件67件，行政机关负责人出庭应诉率达98.5%，败诉案件3件。`, { litigation_cases: [67, 'exact'], head_appearance_pct: [98.5, 'exact'], litigation_lost_cases: [3, 'exact'] }],
  ['enforcement: a court’s figures are not the government’s', `${QD_GOV}县人民法院全年审结一审行政案件81件。`, {}],
  ['mediation: disputes found and resolved', `${GY_TOWN}全年排查矛盾纠纷312起，成功化解298起，化解率95.5%。`, { disputes_identified: [312, 'exact'], disputes_resolved: [298, 'exact'] }],
  ['mediation: mediated with success rate', `${YC_STREET}各级调解组织共调解纠纷186件，调解成功182件，调解成功率97.8%。`, { disputes_resolved: [182, 'exact'], mediation_success_pct: [97.8, 'exact'] }],
  ['mediation: a county’s mediations in Chinese numerals with 余', `${QD_JUSTICE}全县人民调解组织调处矛盾纠纷二千三百余件，调解成功率达百分之九十八。`, { mediation_success_pct: [98, 'exact'] }],
  ['mediation: petitions handled', `${QD_LETTERS}全年受理群众来信来访1462件次，按期办结率99.2%。`, { petitions_handled: [1462, 'exact'] }],
  ['mediation: legal aid is no mediation', `${QD_JUSTICE}办理法律援助案件418件，为群众挽回经济损失1260万元。`, {}],
  ['mediation: a town’s village committees’ totals', `${GY_TOWN}指导各村调委会化解纠纷136件。`, {}],
  ['training: a city’s leaders’ studies', `${HY_GOV}市政府常务会议会前学法12次，举办领导干部法治专题讲座4场。`, { training_sessions: [16, 'derived'] }],
  ['training: publicity events and materials', `${YC_STREET}开展“法律进社区”宣传活动28场次，发放宣传资料6000余份。`, { legal_publicity_events: [28, 'exact'] }],
  ['training: an exam’s candidates are not trainees', `${QD_JUSTICE}组织全县1260名国家工作人员参加年度学法用法考试，参考率100%。`, {}],
  ['training: a street’s studies with 期 and 人次', `${YC_STREET}组织机关干部集中学法6期，参学人员达420人次。`, { training_sessions: [6, 'exact'], training_participants: [420, 'exact'] }],
]

export const ALL_48: [string, Probe39[]][] = [
  ['terms before their numbers', TERM_BEFORE_NUMBER_48],
  ['kinds of value', KINDS_OF_VALUE_48],
  ['Chinese numerals', CHINESE_NUMERALS_48],
  ['zeros', ZEROS_48],
  ['not the author’s', NOT_THE_AUTHORS_48],
  ['targets', TARGETS_48],
  ['other families', OTHER_FAMILIES_48],
]

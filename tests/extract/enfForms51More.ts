/**
 * The second batch of round 51's enforcement forms, written after the rules in new wording and run once before any rule was changed
 * for it (corpus README, "Enforcement forms 51"). Other authors and sentences than enfForms51.ts's; the same kinds of distractor and
 * the own figure's shapes. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const MIN_ECO = head('生态环境部')
const PRV_TR = head('江苏省交通运输厅')
const CITY_EMG = head('澜州市应急管理局')
const CITY_URB = head('澜州市城市管理局')
const CO_GOV = head('平川县人民政府')
const CO_MKT = head('平川县市场监督管理局')
const CO_AGR = head('平川县农业农村局')
const CO_WAT = head('平川县水利局')
const CO_FIRE = head('平川县消防救援大队')
const CO_JUS = head('平川县司法局')
const TOWN = head('石岭镇人民政府')
const STREET = head('文昌街道办事处')

export const SECOND_51: Probe39[] = [
  // the own figure
  ['fines, penalties and waivers as one line with spaces', `${CO_MKT}行政处罚决定 174件 罚没款 96.8万元 不予处罚 19件`,
    { penalty_cases: [174, 'exact'], fines_yuan: [968000, 'exact'], lenient_cases: [19, 'exact'] }],
  ['hazards all closed in a town', `${TOWN}排查出的86处隐患已全部整改完毕。`, { hazards_rectified: [86, 'exact'] }],
  ['both suits and reviews none', `${STREET}行政诉讼和行政复议案件数量均为0。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['a water bureau\'s cases and checks', `${CO_WAT}全年开展水行政执法巡查检查412次，立案查处水事违法案件17件。`,
    { enforcement_inspections: [412, 'exact'], enforcement_cases: [17, 'exact'] }],
  ['a province department\'s own fines in 万元', `${PRV_TR}厅本级罚没款合计563.72万元。`, { fines_yuan: [5637200, 'exact'] }],
  ['a fire brigade\'s checks and hazards', `${CO_FIRE}全年检查社会单位1860家次，督促整改火灾隐患3120处。`,
    { enforcement_inspections: [1860, 'exact'], hazards_rectified: [3120, 'exact'] }],
  ['waivers for first offences with 余', `${CITY_URB}对首次轻微违法行为免予处罚300余起。`, { lenient_cases: [300, 'approx'] }],
  ['appearance and suits', `${CO_AGR}行政机关负责人出庭应诉率达100%，全年行政诉讼案件2件。`,
    { head_appearance_pct: [100, 'exact'], litigation_cases: [2, 'exact'] }],
  tw(['a city bureau\'s checks and penalties', `${CITY_EMG}全年执法检查企业2680家次，作出行政处罚决定312起，罚款1865万元。`,
    { enforcement_inspections: [2680, 'exact'], penalty_cases: [312, 'exact'], fines_yuan: [18650000, 'exact'] }]),
  tw(['a justice bureau\'s reviews for the government', `${CO_JUS}全年办理以县政府为复议机关的行政复议案件74件，纠错率10.8%。`,
    { reconsideration_cases: [74, 'exact'], reconsideration_correction_pct: [10.8, 'exact'] }]),
  // not the author's
  ['a named branch\'s fines in a city bureau', `${CITY_URB}开发区分局罚没款126万元。`, {}],
  ['three stations with 分别', `${CO_MKT}城关所、新集所和河口所分别办理简易程序案件21件、17件、12件。`, {}],
  ['a named township in a county government', `${CO_GOV}龙泉乡排查整改隐患64处。`, {}],
  ['the provinces in a ministry', `${MIN_ECO}各省份共下达环境行政处罚决定书9.1万份。`, {}],
  ['penalties revoked by the bureau', `${CO_MKT}自行撤回行政处罚决定1件。`, {}],
  ['a court\'s rulings on the county', `${CO_GOV}县人民法院审结以县政府部门为被告的行政案件39件。`, {}],
  ['joint checks with the county\'s bodies', `${CO_AGR}联合市场监管、公安等部门开展农资打假联合检查26次。`, {}],
  ['money recovered, not fines', `${CO_AGR}为农户挽回经济损失42万元。`, {}],
  ['the target of rectification', `${CITY_EMG}确保重大事故隐患整改率达到100%。`, {}],
  ['a span of hazards', `${CITY_EMG}三年行动以来累计整改隐患4.6万项。`, {}],
  ['notices of rectification', `${CO_FIRE}下发《责令改正通知书》560份。`, {}],
  ['people and vehicles out', `${CITY_URB}累计出动执法人员4.2万人次、执法车辆6800台次。`, {}],
  ['the city\'s total in a county bureau', `${CO_MKT}全市共办理“首违不罚”案件1160件。`, {}],
  ['an officer\'s card number', `${CO_JUS}执法证号：32090219。`, {}],
  ['a statute\'s article on the fine', `${CO_WAT}依据《水法》第六十五条处以罚款。`, {}],
  ['the second quarter\'s checks', `${CO_WAT}二季度开展河道执法检查58次。`, {}],
  tw(['the police in a justice bureau', `${CO_JUS}县公安局全年办理行政复议答复案件6件。`, {}]),
  tw(['a squadron\'s hazards', `${CITY_URB}第二中队整改燃气安全隐患86处。`, {}]),
  tw(['a rate of first-offence waivers', `${CO_MKT}首违不罚案件占比达11.6%。`, {}]),
  tw(['cards applied for', `${CO_AGR}为新进人员申领行政执法证件9本。`, {}]),
]

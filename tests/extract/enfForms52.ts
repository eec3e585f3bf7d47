/**
 * Enforcement forms of round 52 (issue 11: holdout enforcement F1 0.713, precision 0.62, the family with the most false values).
 * Forms enfForms51 did not probe, weighted to precision: an author's supervision of others' cases (督导/指导/督办/抽查下级), its
 * own review of files (评查案卷N卷: files, not cases), cases transferred or received (移送/移交/接收移送), joint actions with named
 * others, cases filed, concluded and decided, checks against the problems and cases they led to, complaints and reports against
 * cases, fines against taxes, late fees, deposits and back-paid insurance, the county's departments' total in a department's
 * report, the year before in a 同比/较上年 aside, spans (近三年, 十四五以来, 改革以来); and the own figure in new wording.
 * Authors of five levels, some in traditional script. Sentences invented for this test (the real reports' register, no report's
 * wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

export const PRV_MKT = head('江西省市场监督管理局')
export const CITY_MKT = head('岚州市市场监督管理局')
export const CITY_ZF = head('岚州市城市管理和综合执法局')
export const CITY_EMG = head('岚州市应急管理局')
export const CO_GOV = head('青阳县人民政府')
export const CO_MKT = head('青阳县市场监督管理局')
export const CO_ECO = head('岚州市生态环境局青阳分局')
export const CO_AGR = head('青阳县农业农村局')
export const CO_TR = head('青阳县交通运输局')
export const CO_ZF = head('青阳县综合行政执法局')
export const CO_HRS = head('青阳县人力资源和社会保障局')
export const CO_TAX = head('国家税务总局青阳县税务局')
export const CO_NR = head('青阳县自然资源局')
export const CO_EMG = head('青阳县应急管理局')
export const CO_HLT = head('青阳县卫生健康局')
export const CO_JUS = head('青阳县司法局')
export const TOWN = head('白沙镇人民政府')
export const STREET = head('东湖街道办事处')

export const SUPERVISE_52: Probe39[] = [
  // supervision of others' enforcement and reviews of files
  ['supervising the towns\' cases', `${CO_ZF}督导各乡镇办理违法建设案件86件。`, {}],
  ['guiding the counties\' bureaus\' cases', `${CITY_MKT}指导各县（市、区）局查办案件1260件。`, {}],
  ['files of the lower bodies reviewed', `${CITY_MKT}组织评查各县区行政处罚案卷320卷。`, {}],
  ['the own review of files in 卷', `${CO_MKT}开展行政执法案卷评查，评查案卷156卷。`, {}],
  ['files of lower bodies spot-checked', `${CITY_EMG}抽查下级执法案卷48卷，发现问题126个。`, {}],
  ['a higher body\'s check of the author\'s files', `${CO_AGR}接受市农业农村局执法督查，被抽查案卷12卷。`, {}],
  // (written after the 督导 rule, its near misses: the author's supervision of firms, the towns' cases it supervised as a part)
  ['firms urged to rectify under supervision', `${CO_EMG}督导企业整改事故隐患86处。`, { hazards_rectified: [86, 'exact'] }],
  ['the own cases, then the towns\' supervised', `${CO_ZF}全年查处违法建设案件126起，另督导各乡镇查处58起。`, { enforcement_cases: [126, 'exact'] }],
  ['cases listed for supervision', `${PRV_MKT}挂牌督办重大案件36件。`, {}],
  ['checks the author underwent', `${CO_TR}接受上级执法检查5次。`, {}],
  tw(['the counties\' cases supervised by a city bureau', `${CITY_ZF}督促各区执法局查处违法建设案件420起。`, {}]),
  // transfers, joint actions
  ['clues handed to another department', `${CO_ZF}向自然资源部门移交违法用地线索42条。`, {}],
  ['cases received by transfer', `${CO_MKT}接收公安机关移送案件8件。`, {}],
  ['criminal cases and detentions passed to the police', `${CO_ECO}向公安机关移送涉嫌环境犯罪案件5件、行政拘留案件9件。`, {}],
  ['cases helped with for another bureau', `${CO_AGR}配合县市场监管局查处农资违法案件12起。`, {}],
  ['cases filed jointly with a named bureau', `${CO_NR}与县综合执法局联合立案查处违法用地案件17宗。`, {}],
  ['vehicles seized with the police and transport', `${CO_ZF}会同公安、交通部门联合查处非法营运车辆236台次。`, {}],
  tw(['cases passed to procurators', `${CO_TAX}移送检察机关虚开发票案件6起。`, {}]),
  ['the own cases with those passed on as a part', `${CO_MKT}全年查办案件268件，其中移送公安机关21件。`, { enforcement_cases: [268, 'exact'] }],
  ['the own cases after a joint clause', `${CO_NR}参与联合执法行动6次；全年本局立案查处违法用地案件43宗。`, { enforcement_cases: [43, 'exact'] }],
  // stages of a case
  ['filed, concluded and decided', `${CO_MKT}全年立案312件，结案298件，其中作出行政处罚决定276件。`,
    { enforcement_cases: [312, 'exact'], penalty_cases: [276, 'exact'] }],
  ['cases still open at the year\'s end', `${CO_MKT}截至年底尚有在办案件23件。`, {}],
  ['complaints not filed as cases', `${CO_ZF}经核查不予立案42件。`, {}],
  ['cases discussed by the case committee', `${CO_MKT}提交案件审理委员会集体讨论案件18件。`, {}],
  ['penalty decisions served in 份', `${CITY_ZF}市局本级全年共下达行政处罚决定书186份。`, { penalty_cases: [186, 'exact'] }],
  ['penalties paid late, allowed to defer', `${CO_MKT}批准当事人延期缴纳罚款2件。`, {}],
  // checks against what they found
  ['checks, then the cases they led to', `${CO_EMG}开展执法检查426次，对发现的问题立案查处38起。`,
    { enforcement_inspections: [426, 'exact'], enforcement_cases: [38, 'exact'] }],
  ['clues found in checks', `${CO_HLT}监督检查中发现违法线索86条。`, {}],
  ['a river patrolled in 公里', `${CO_ZF}全年巡查河道120公里。`, {}],
  ['checks in 户次 with firms told to rectify', `${CO_MKT}检查各类市场主体5620户次，责令整改312户。`, { enforcement_inspections: [5620, 'exact'] }],
  ['checks helped with for a higher body', `${CO_HRS}配合上级开展劳动保障监察专项检查3次。`, {}],
  ['firms\' own checks', `${CO_EMG}督促企业开展自查自纠2360次。`, {}],
  ['checks by a hired third party', `${CO_EMG}委托第三方机构开展安全检查126家次。`, {}],
  tw(['a street\'s patrols in Chinese numerals', `${STREET}全年开展执法巡查检查一千二百次。`, { enforcement_inspections: [1200, 'exact'] }]),
  // complaints and reports against cases
  ['complaints received alone', `${CO_MKT}全年受理投诉举报3260件。`, {}],
  ['complaints, then the cases filed from them', `${CO_MKT}受理消费投诉举报2180件，据此立案查处违法案件64件。`, { enforcement_cases: [64, 'exact'] }],
  ['complaints settled with money recovered', `${CO_MKT}处理消费投诉1860件，为消费者挽回经济损失126万元。`, {}],
  tw(['labour complaints beside labour cases', `${CO_HRS}受理劳动保障投诉举报412件，立案查处劳动保障监察案件96件。`, { enforcement_cases: [96, 'exact'] }]),
]

export const MONEY_52: Probe39[] = [
  // fines against taxes, fees and other money
  ['taxes, late fees and fines apart', `${CO_TAX}查补税款3260万元，加收滞纳金420万元，罚款860万元。`, { fines_yuan: [8600000, 'exact'] }],
  ['taxes recovered by audits alone', `${CO_TAX}稽查查补收入5860万元。`, {}],
  ['taxes, late fees and fines as one sum', `${CO_TAX}查补税款、滞纳金及罚款合计4620万元。`, {}],
  ['insurance back-paid', `${CO_HRS}督促用人单位补缴社会保险费326万元。`, {}],
  ['a restoration deposit collected', `${CO_NR}收缴土地复垦保证金260万元。`, {}],
  ['an average fine per case', `${CO_ECO}案均罚款金额12.6万元。`, {}],
  ['fines and confiscations paid in', `${CITY_ZF}全年罚没收入入库1860万元。`, { fines_yuan: [18600000, 'exact'] }],
  ['wages recovered for workers', `${CO_HRS}为1260名劳动者追讨欠薪2360万元。`, {}],
  tw(['a compensation fund for ecological damage', `${CO_ECO}磋商达成生态环境损害赔偿金额380万元。`, {}]),
  // area totals, the year before, spans
  ['the county\'s departments\' total in the justice bureau', `${CO_JUS}全县各行政执法部门共办理行政处罚案件2360件。`, {}],
  ['the own part after the county\'s total', `${CO_MKT}全县行政执法机关共作出行政处罚决定1860件，其中我局642件。`, { penalty_cases: [642, 'exact'] }],
  ['the city\'s total in a county office', `${CO_ECO}全市生态环境系统共查处环境违法案件1360件。`, {}],
  ['fines with the year before in a 较上年 aside', `${CO_MKT}全年罚没款286万元，较上年（214万元）增长33.6%。`, { fines_yuan: [2860000, 'exact'] }],
  ['cases with a 上年同期 clause after', `${CO_ZF}查处违法案件628起，上年同期为512起。`, { enforcement_cases: [628, 'exact'] }],
  ['the year before alone', `${CO_MKT}去年全年作出行政处罚决定198件。`, {}],
  ['an increase in cases, then the level', `${CO_TR}行政处罚案件比上年增加46件，达到318件。`, { penalty_cases: [318, 'exact'] }],
  ['a change in count alone', `${CO_TR}行政处罚案件同比减少28件。`, {}],
  tw(['checks with the change in brackets', `${CITY_EMG}全年执法检查2860次（同比增长18%）。`, { enforcement_inspections: [2860, 'exact'] }]),
  ['penalties since the plan began', `${CITY_MKT}“十四五”以来共作出行政处罚决定1.2万件。`, {}],
  ['checks over three years', `${CO_EMG}近三年累计开展执法检查1860次。`, {}],
  ['cases since a past year', `${CO_ZF}2021年以来共查处违法建设案件420起。`, {}],
  ['cases since the reform', `${CO_ZF}综合执法改革以来共办理案件1360件。`, {}],
  ['two years summed', `${CO_MKT}2022—2023年共查办案件680件。`, {}],
  tw(['fines of the last five years', `${CITY_ZF}近五年累计罚没款6800万元。`, {}]),
  // the own figure in new wording
  ['a town team\'s cases in 宗 and fines', `${TOWN}镇综合执法队全年办理执法案件47宗，罚款6.8万元。`,
    { enforcement_cases: [47, 'exact'], fines_yuan: [68000, 'exact'] }],
  ['a province bureau\'s own cases and fines', `${PRV_MKT}省局直接查办案件42件，罚没款3260万元。`,
    { enforcement_cases: [42, 'exact'], fines_yuan: [32600000, 'exact'] }],
  ['waivers under tolerant supervision', `${CO_MKT}实施包容审慎监管，对轻微违法行为不予行政处罚126件。`, { lenient_cases: [126, 'exact'] }],
  ['hazards closed in a loop', `${CO_EMG}全年督促整改重大事故隐患42项，实现闭环管理。`, { hazards_rectified: [42, 'exact'] }],
  tw(['a transport bureau\'s penalties and fines', `${CO_TR}全年实施行政处罚512起，罚款金额236.8万元。`,
    { penalty_cases: [512, 'exact'], fines_yuan: [2368000, 'exact'] }]),
]

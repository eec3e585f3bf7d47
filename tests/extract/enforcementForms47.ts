/**
 * Enforcement forms of round 47 (issue 11: holdout enforcement precision 0.632, 14 false values against 4 misses). Weighted to
 * precision: each own figure of the enforcement family (checks, cases, penalties, fines, lenient outcomes, hazards rectified) stands
 * beside the numbers a real report puts near it that are not the author's result of the year — people and vehicles sent out
 * (出动执法人员N人次), entities or sites checked against checks, problems and clues found against cases, cases transferred (移送) or
 * received from others, a whole system's, province's or county's cases in a bureau's report, joint actions another body led, the
 * year before and spans of years, money involved and goods' worth against fines, targets (力争, 确保, 不少于), rates, a named
 * campaign's cases that are a part of the total, filed against closed, hazards found against rectified. Fourteen sectors (市场监管,
 * 城管/综合执法, 交通运输, 生态环境, 应急管理, 农业农村, 自然资源, 卫生健康, 文化旅游, 水利, 林业, 税务, 消防, 人社劳动监察), authors of
 * five levels (a ministry, a province's department, a city's bureau, a county's government and bureaus, a town's or a street's team),
 * some in traditional script, Chinese numerals and approximations. Sentences invented for this test (the real reports' register, no
 * report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const SC = head('青河县市场监督管理局')
const SCT = headT('青河縣市場監督管理局')
const SCC = head('临江市市场监督管理局')
const SCP = head('山西省市场监督管理局')
const SCM = head('国家市场监督管理总局')
const CG = head('临江市城市管理综合行政执法局')
const CGT = headT('臨江市城市管理綜合行政執法局')
const ZF = head('青河县综合行政执法局')
const JT = head('青河县交通运输局')
const JTT = headT('青河縣交通運輸局')
const JTP = head('山西省交通运输厅')
const JTM = head('交通运输部')
const HB = head('临江市生态环境局')
const HBT = headT('臨江市生態環境局')
const HBP = head('山西省生态环境厅')
const HBM = head('生态环境部')
const YJ = head('青河县应急管理局')
const YJT = headT('青河縣應急管理局')
const YJC = head('临江市应急管理局')
const NY = head('青河县农业农村局')
const NYP = head('山西省农业农村厅')
const ZR = head('临江市自然资源和规划局')
const ZRX = head('青河县自然资源局')
const WJ = head('青河县卫生健康局')
const WJC = head('临江市卫生健康委员会')
const WJT = headT('青河縣衛生健康局')
const WL = head('临江市文化广电和旅游局')
const WLT = headT('臨江市文化廣電和旅遊局')
const SL = head('青河县水利局')
const SLP = head('山西省水利厅')
const LY = head('青河县林业局')
const SW = head('国家税务总局青河县税务局')
const XF = head('青河县消防救援大队')
const XFT = headT('青河縣消防救援大隊')
const RS = head('青河县人力资源和社会保障局')
const RST = headT('青河縣人力資源和社會保障局')
const G = head('青河县人民政府')
const Z = head('桥头镇人民政府')
const ZT = headT('橋頭鎮人民政府')
const ST = head('东湖街道办事处')

export const CASES_47: Probe39[] = [
  // people and vehicles sent out, entities checked, problems and clues found, beside the cases
  ['people sent out then cases', `${CG}全年出动执法人员1.6万人次，立案查处违法案件862件。`, { enforcement_cases: [862, 'exact'] }],
  ['people sent out alone', `${CG}全年累计出动执法队员2.3万人次。`, {}],
  ['vehicles sent out alone', `${JT}出动执法车辆1260台次。`, {}],
  ['people and vehicles before the cases', `${NY}出动执法人员860人次、执法车辆210台次，查办农资违法案件24件。`, { enforcement_cases: [24, 'exact'] }],
  ['entities in 户 beside the cases', `${SC}检查食品生产经营主体4200户，立案查处违法案件218件。`, { enforcement_cases: [218, 'exact'] }],
  ['clues found then filed', `${SC}排查发现问题线索326条，立案查处128件。`, { enforcement_cases: [128, 'exact'] }],
  ['problems found alone', `${YJ}检查中发现各类问题1260个。`, {}],
  ['problems found beside the cases', `${HB}发现环境问题380个，立案查处环境违法案件96件。`, { enforcement_cases: [96, 'exact'] }],
  ['illegal acts found are no cases', `${ZR}动态巡查发现违法用地行为42起。`, {}],
  ['traditional people sent out then cases', `${CGT}出動執法人員1.6萬人次，立案查處違法案件862件。`, { enforcement_cases: [862, 'exact'] }],
  // transferred and received
  ['transferred to the police beside the cases', `${NY}查办农业违法案件46件，向公安机关移送涉嫌犯罪案件3件。`, { enforcement_cases: [46, 'exact'] }],
  ['clues transferred to other departments alone', `${CG}向相关部门移送违法线索86条。`, {}],
  ['cases received from the police alone', `${ZF}接收公安机关移交的违法案件32件。`, {}],
  ['cases received from the towns alone', `${ZF}受理乡镇移送的案件18件。`, {}],
  ['cases referred to the towns alone', `${ZF}向乡镇综合执法队交办案件56件。`, {}],
  ['transferred to the discipline body', `${WJ}向纪检监察机关移送问题线索4件。`, {}],
  ['received from superiors, then own total', `${SC}办理上级交办案件12件，全年共查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  // a whole system's, a wider area's, bodies below
  ['a county bureau: the city system', `${JT}全市交通运输系统共查处违法案件2.1万件。`, {}],
  ['a city bureau: the province system', `${WJC}全省卫生健康系统查处违法案件8600件。`, {}],
  ['a town: the county\'s cases', `${Z}全县综合行政执法系统立案查处案件3200件。`, {}],
  ['a province: the nation\'s cases', `${HBP}全国生态环境部门下达处罚决定书9.1万份。`, {}],
  ['a ministry: the nation\'s cases (its own area)', `${HBM}全国共下达环境行政处罚决定书9.1万份，罚没款金额62.8亿元。`, { penalty_cases: [91000, 'exact'], fines_yuan: [6280000000, 'exact'] }],
  ['a city bureau: the districts\' teams', `${CG}各区城管执法部门共查处违法案件1.2万件。`, {}],
  ['a county bureau: the brigade below beside the bureau', `${JT}县交通运输执法大队查处超限运输案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['a city bureau: the system then its own part', `${SCC}全省市场监管系统查处案件5.2万件，我局查处1860件。`, { enforcement_cases: [1860, 'exact'] }],
  ['a street: the district\'s total', `${ST}全区各街道共查处违法行为2600起。`, {}],
  ['the towns\' stations', `${NY}各乡镇农业综合服务站协助查处案件26起。`, {}],
  // joint actions led by others
  ['a campaign another body led', `${SC}参与县公安局牵头的打击假冒伪劣专项行动，共查获案件18起。`, {}],
  ['joint action under another body', `${Z}在县综合执法局统一组织下开展联合执法，查处违法行为40起。`, {}],
  ['joint action with others then own', `${HB}会同公安、水利等部门联合执法12次；我局全年查处环境违法案件86件。`, { enforcement_cases: [86, 'exact'] }],
  ['the author by its name leading, no joint action: its own', `${SC}由县市场监管局牵头，全年查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['the author organising its own teams', `${ZF}在我局统一组织下，各执法中队交叉执法，全局查处违法案件326件。`, { enforcement_cases: [326, 'exact'] }],
  ['a joint team\'s cases', `${LY}森林资源联合执法组查处毁林案件14起。`, {}],
  ['helped the police', `${LY}配合森林公安办理涉林刑事案件6起。`, {}],
  // the year before and spans of years
  ['the year before named by its year', `${SC}2022年查处违法案件188件。`, {}],
  ['the year before then the year', `${SC}2022年查处违法案件188件，2023年查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['three years together', `${HB}三年来累计查处环境违法案件620件。`, {}],
  ['since a reform', `${ZF}综合执法改革以来共办理各类案件3100件。`, {}],
  ['since the team was set up', `${Z}镇综合执法队成立以来，累计查处违法行为420起。`, {}],
  ['an aside of the year before', `${ZR}查处违法用地案件42宗（2022年为56宗）。`, { enforcement_cases: [42, 'exact'] }],
  ['more than the year before', `${WL}立案查处文化市场案件比上年增加12件。`, {}],
  ['the year before\'s unfinished closed', `${JT}办结2022年结转案件18件。`, {}],
  // money involved, targets, rates
  ['goods\' worth beside the cases', `${SC}查处假冒伪劣案件42件，涉案货值86.5万元。`, { enforcement_cases: [42, 'exact'] }],
  ['target of cases', `${SC}力争全年立案查处案件不少于300件。`, {}],
  ['target then the result', `${SC}年初确定查办案件目标200件，实际立案查处236件。`, { enforcement_cases: [236, 'exact'] }],
  ['closure rate alone', `${SC}案件办结率98.6%。`, {}],
  ['share of one kind', `${SC}食品安全案件占全部案件的36%。`, {}],
  ['cases per officer', `${CG}人均办案12.6件。`, {}],
  // a named campaign's cases as a part
  ['a campaign\'s part after 其中', `${SC}查处违法案件326件，其中“铁拳”行动案件48件。`, { enforcement_cases: [326, 'exact'] }],
  ['a campaign alone with its span', `${SC}在为期三个月的夏季专项整治中，查处违法案件86件。`, {}],
  ['a campaign\'s cases before the year\'s', `${HB}“清废行动”中查处案件16件；全年查处环境违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['a campaign named by its code', `${NY}“中国渔政亮剑”行动期间查处非法捕捞案件22起。`, {}],
  ['a holiday\'s checks and cases', `${WL}春节期间检查经营场所86家次，查处违法行为3起。`, {}],
  // filed and closed
  ['filed then closed, traditional', `${HBT}全年立案查處環境違法案件126件，結案118件。`, { enforcement_cases: [126, 'exact'] }],
  ['new filed then closed with carried', `${ZR}新立案查处违法用地案件38宗，办结（含上年结转）44宗。`, { enforcement_cases: [38, 'exact'] }],
  ['filed with 起 in a town', `${ZT}全年立案查處違法行為52起。`, { enforcement_cases: [52, 'exact'] }],
  ['closed with 结案率', `${RS}立案查处劳动保障监察案件86件，结案率100%。`, { enforcement_cases: [86, 'exact'] }],
  ['not filed after checks', `${SC}经核查不予立案41件。`, {}],
  ['cases open at the year\'s end', `${HB}截至年底仍有12件案件在办。`, {}],
  // sectors
  ['labour inspection: wages recovered', `${RS}办结劳动保障监察案件126件，为1860名劳动者追发工资2360万元。`, { enforcement_cases: [126, 'exact'] }],
  ['labour inspection traditional', `${RST}辦結勞動保障監察案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['labour inspection: complaints received', `${RS}受理欠薪投诉举报368件。`, {}],
  ['water: illegal sand mining cases', `${SL}查处非法采砂案件8起，罚款32万元。`, { enforcement_cases: [8, 'exact'], fines_yuan: [320000, 'exact'] }],
  ['water: river patrols are no checks', `${SL}开展河道巡查1260次，发现并制止违法行为36起。`, {}],
  ['forestry: cases of forest land', `${LY}查处林业行政案件36起，收回林地86亩。`, { enforcement_cases: [36, 'exact'] }],
  ['fire: cases beside closed sites', `${XF}立案查处消防违法行为216起，临时查封场所18家。`, { enforcement_cases: [216, 'exact'] }],
  ['fire traditional', `${XFT}立案查處消防違法行為216起。`, { enforcement_cases: [216, 'exact'] }],
  ['taxes: inspection cases', `${SW}查结稽查案件38户。`, {}],
  ['culture: cases of the market', `${WLT}立案查處文化市場違法案件42件。`, { enforcement_cases: [42, 'exact'] }],
  ['transport: overloaded trucks', `${JTT}查處超限超載車輛1260台次。`, {}],
  ['province: its own enforcement bureau', `${JTP}省交通运输综合执法局直接查办案件26件。`, { enforcement_cases: [26, 'exact'] }],
  ['ministry: supervised cases', `${JTM}挂牌督办重大案件12件。`, {}],
  ['county government: the county\'s departments', `${G}全县行政执法机关共办理行政执法案件5260件。`, { enforcement_cases: [5260, 'exact'] }],
  ['county government: one department', `${G}县市场监管局查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
]

export const PENALTIES_47: Probe39[] = [
  // penalties against cases, stages and others' decisions
  ['penalties beside the cases', `${SC}查处违法案件326件，作出行政处罚决定298件。`, { enforcement_cases: [326, 'exact'], penalty_cases: [298, 'exact'] }],
  ['penalties of the system in a county bureau', `${ZRX}全市自然资源系统作出行政处罚决定860件。`, {}],
  ['penalties of a province in a city bureau', `${HB}全省环境行政处罚案件6200件。`, {}],
  ['penalties of the province (own area)', `${HBP}全省作出环境行政处罚决定6200件。`, { penalty_cases: [6200, 'exact'] }],
  ['penalties last year', `${SC}上年作出行政处罚决定260件。`, {}],
  ['penalties since a year', `${CG}2020年以来累计作出行政处罚1.2万件。`, {}],
  ['penalties target', `${JT}确保行政处罚案件按时办结率达到100%。`, {}],
  ['penalties publicised rate', `${SC}行政处罚信息公示率100%。`, {}],
  ['penalty decisions reviewed by the legal office', `${SC}法制审核重大行政处罚决定46件。`, {}],
  ['penalties changed by reconsideration', `${SC}行政处罚决定被复议撤销1件。`, {}],
  ['penalties of a joint action', `${YJ}联合住建、消防等部门开展检查，联合作出行政处罚12件。`, {}],
  ['penalties by the police after a referral', `${HB}移送公安机关实施行政拘留案件7件。`, {}],
  ['penalties in a campaign as a part', `${WL}全年作出行政处罚86件，其中“扫黄打非”专项行动中处罚12件。`, { penalty_cases: [86, 'exact'] }],
  ['penalties with fines in one clause', `${WJ}作出行政处罚58件，罚款金额36.2万元。`, { penalty_cases: [58, 'exact'], fines_yuan: [362000, 'exact'] }],
  ['penalties traditional', `${WJT}作出行政處罰58件，罰款金額36.2萬元。`, { penalty_cases: [58, 'exact'], fines_yuan: [362000, 'exact'] }],
  ['penalties: persons punished', `${RS}对用人单位作出行政处罚12户。`, {}],
  ['penalties: persons warned alone', `${XF}对违法行为人警告处罚56人。`, {}],
  ['penalties: licences revoked', `${WL}吊销许可证4家。`, {}],
  ['penalties: simple procedure alone stays read', `${JT}当场作出简易程序处罚320件。`, { penalty_cases: [320, 'exact'] }],
  ['penalties: approx Chinese numeral', `${SCT}作出行政處罰決定三百餘件。`, { penalty_cases: [300, 'approx'] }],
  ['penalties: a town', `${Z}镇综合执法队作出行政处罚决定46件。`, { penalty_cases: [46, 'exact'] }],
  ['penalties: a street with fines', `${ST}作出行政处罚28件，罚款5.6万元。`, { penalty_cases: [28, 'exact'], fines_yuan: [56000, 'exact'] }],
  ['penalties: a ministry\'s own cases', `${SCM}总局本级作出行政处罚决定12件。`, { penalty_cases: [12, 'exact'] }],
  ['penalties: the ministry\'s nation', `${SCM}全国市场监管部门查处各类违法案件50.6万件。`, { enforcement_cases: [506000, 'exact'] }],
  ['penalties: a province\'s bureaus below', `${NYP}全省各级农业农村部门作出行政处罚3600件。`, { penalty_cases: [3600, 'exact'] }],
  ['penalties: a city\'s counties below in a city bureau', `${ZR}各县（市、区）自然资源部门作出行政处罚320件。`, {}],
  ['penalties: the taxes\' first offences', `${SW}对320户纳税人作出行政处罚。`, {}],
  ['penalties: executed by the court', `${ZRX}申请法院强制执行行政处罚决定6件。`, {}],
  ['penalties: files reviewed rate', `${ZRX}行政处罚案卷评查合格率96%。`, {}],
  ['penalties: planned', `${YJC}计划全年实施行政处罚不少于150次。`, {}],
  ['penalties: the 安委会 members\' total', `${YJ}县安委会各成员单位共实施行政处罚260次。`, {}],
  ['penalties: share of enterprises', `${YJC}处罚企业占检查企业总数的8.5%。`, {}],
]

export const FINES_47: Probe39[] = [
  // money involved, goods' worth, recovered, evaded taxes, late charges against fines
  ['fines beside money involved', `${SC}罚没款186.3万元，案值420万元。`, { fines_yuan: [1863000, 'exact'] }],
  ['goods\' worth alone', `${SC}查扣假冒商品货值36万元。`, {}],
  ['money involved alone', `${HB}环境违法案件涉案金额1260万元。`, {}],
  ['recovered for the people', `${SC}为消费者挽回经济损失268万元。`, {}],
  ['wages recovered', `${RS}追讨拖欠工资1860万元。`, {}],
  ['taxes recovered with fines', `${SW}查补税款1260万元，加收滞纳金86万元，罚款326万元。`, { fines_yuan: [3260000, 'exact'] }],
  ['late charges', `${ZF}加处罚款2.6万元。`, {}],
  ['fines paid by instalments', `${ZF}批准分期缴纳罚款3件、金额12万元。`, {}],
  ['fines reduced', `${SC}减免罚款金额68万元。`, {}],
  ['fines returned', `${CG}退还罚款4.2万元。`, {}],
  ['compensation for ecological damage', `${HB}磋商达成生态环境损害赔偿金额860万元。`, {}],
  ['reward money', `${SC}发放举报奖励金额12.6万元。`, {}],
  // the year before, spans, the system and targets
  ['fines the year before in an aside', `${HB}罚没款1260万元（上年为1480万元）。`, { fines_yuan: [12600000, 'exact'] }],
  ['fines the year before alone', `${HB}2022年罚款金额1480万元。`, {}],
  ['fines since a year', `${JT}2021年以来累计罚款2360万元。`, {}],
  ['fines of the system in a county bureau', `${YJ}全市应急管理系统罚款金额3260万元。`, {}],
  ['fines of a province (own area)', `${SLP}全省水行政处罚罚没款860万元。`, { fines_yuan: [8600000, 'exact'] }],
  ['fines of the towns', `${ZF}各乡镇综合执法队罚没款合计86万元。`, {}],
  ['fines changed', `${SC}罚没款较上年减少120万元。`, {}],
  ['fines changed by percent then the level', `${SC}罚没款同比下降15%，为326万元。`, { fines_yuan: [3260000, 'exact'] }],
  ['fines target', `${SC}全年罚没款控制在300万元以内。`, {}],
  ['fines per case', `${WJ}案均罚款0.6万元。`, {}],
  ['the largest fine', `${HB}最高一笔罚款达120万元。`, {}],
  ['one case\'s fine', `${ZR}对某公司非法占地一案处罚款86万元。`, {}],
  ['fines in a campaign as a part', `${SC}罚没款326万元，其中“铁拳”行动罚没86万元。`, { fines_yuan: [3260000, 'exact'] }],
  ['fines in a campaign alone', `${NY}“亮剑”行动中罚没款12万元。`, {}],
  ['fines of a joint action', `${CG}联合交警部门开展渣土车整治，共处罚款36万元。`, {}],
  // own fines in many forms
  ['fines of a town in 元', `${Z}全年收缴罚款38600元。`, { fines_yuan: [38600, 'exact'] }],
  ['fines traditional town', `${ZT}全年罰款38600元。`, { fines_yuan: [38600, 'exact'] }],
  ['fines Chinese numeral 万元', `${LY}罚款四十六万元。`, { fines_yuan: [460000, 'exact'] }],
  ['fines approx', `${XF}罚款金额260余万元。`, { fines_yuan: [2600000, 'approx'] }],
  ['fines in 亿元 ministry (its own area)', `${SCM}全国罚没金额86.2亿元。`, { fines_yuan: [8620000000, 'exact'] }],
  ['fines of labour inspection', `${RS}对违法用人单位罚款12.6万元。`, { fines_yuan: [126000, 'exact'] }],
  ['fines: confiscated income beside the fines', `${WL}罚款26万元，没收违法所得8万元。`, { fines_yuan: [340000, 'derived'] }],
  ['fines: deposited to the treasury', `${JT}罚没款全部上缴国库，共计212万元。`, { fines_yuan: [2120000, 'exact'] }],
]

export const CHECKS_47: Probe39[] = [
  // checks in 次 and 家次 against entities, people, patrols, samples
  ['checks in 次 beside entities in 家', `${YJ}开展执法检查420次，检查企业386家。`, { enforcement_inspections: [420, 'exact'] }],
  ['checks in 家次 beside people', `${WL}出动执法人员1260人次，检查经营场所860家次。`, { enforcement_inspections: [860, 'exact'] }],
  ['people sent out alone are no checks', `${WL}出动执法人员1260人次。`, {}],
  ['patrols alone are no checks', `${CG}开展街面巡查8600次。`, {}],
  ['samples checked are no checks', `${SC}监督抽检食品1260批次。`, {}],
  ['samples unqualified', `${SC}抽检不合格36批次。`, {}],
  ['checks of a joint team', `${YJ}县安委会办公室组织联合检查36次。`, {}],
  ['checks the towns did', `${YJ}各乡镇开展安全检查2600次。`, {}],
  ['checks in the city in a county bureau', `${SC}全市开展“双随机”抽查1860次。`, {}],
  ['checks the year before', `${YJ}上年开展执法检查380次。`, {}],
  ['checks target', `${YJ}年度监督检查计划检查企业300家次。`, {}],
  ['checks planned then done', `${YJ}计划检查企业300家次，实际检查326家次。`, { enforcement_inspections: [326, 'exact'] }],
  ['checks completion rate', `${YJ}年度执法计划完成率108%。`, {}],
  ['checks coverage', `${SC}双随机抽查覆盖率达到100%。`, {}],
  ['checks reduced', `${SC}减少入企检查频次120次。`, {}],
  ['checks with others led', `${NY}配合市农业综合执法支队开展检查12次。`, {}],
  ['checks traditional', `${YJT}開展執法檢查420次。`, { enforcement_inspections: [420, 'exact'] }],
  ['checks Chinese numeral', `${WJ}开展卫生监督检查一千二百余次。`, { enforcement_inspections: [1200, 'approx'] }],
  ['checks in a campaign as a part', `${YJ}开展执法检查420次，其中危化品专项检查36次。`, { enforcement_inspections: [420, 'exact'] }],
  ['checks in 户次 for taxes', `${SW}开展税务检查86户次。`, { enforcement_inspections: [86, 'exact'] }],
  ['fire: checked units in 家次', `${XF}检查社会单位2360家次，督改隐患1860处。`, { enforcement_inspections: [2360, 'exact'], hazards_rectified: [1860, 'exact'] }],
  ['water: checks of projects', `${SL}开展水利工程安全检查86次。`, { enforcement_inspections: [86, 'exact'] }],
  ['forestry: patrol kilometres', `${LY}巡护里程2.6万公里。`, {}],
  ['transport: sites checked in 家次', `${JTT}檢查運輸企業326家次。`, { enforcement_inspections: [326, 'exact'] }],
  ['a town: checks in 次', `${Z}开展安全生产检查126次。`, { enforcement_inspections: [126, 'exact'] }],
  ['a street: the district\'s checks', `${ST}配合区应急管理局检查企业46家次。`, {}],
  ['province: checks by its own enforcement bureau', `${NYP}省农业综合行政执法监督局开展执法检查36次。`, { enforcement_inspections: [36, 'exact'] }],
  ['checks per entity', `${SC}对每户企业年均检查不超过1次。`, {}],
]

export const HAZARDS_47: Probe39[] = [
  ['hazards found then rectified', `${YJ}排查隐患2360处，整改2310处。`, { hazards_rectified: [2310, 'exact'] }],
  ['hazards found alone', `${YJC}检查发现安全隐患1860项。`, {}],
  ['hazards found and the rate', `${YJ}发现隐患860处，整改率98%。`, {}],
  ['hazards found then rectified traditional', `${YJT}發現隱患860處，已整改846處。`, { hazards_rectified: [846, 'exact'] }],
  ['hazards being rectified', `${YJ}剩余14处隐患正在整改。`, {}],
  ['major hazards listed', `${YJC}挂牌督办重大隐患6处。`, {}],
  ['hazards of the towns', `${YJ}各乡镇排查整改隐患1260处。`, {}],
  ['hazards since a year', `${XF}三年来累计整改火灾隐患6800处。`, {}],
  ['hazards target', `${YJ}确保隐患整改率达到100%。`, {}],
  ['hazards of a joint campaign another led', `${Z}配合县应急管理局整改隐患36处。`, {}],
  ['hazards rectified by a town', `${Z}整改安全隐患126处。`, { hazards_rectified: [126, 'exact'] }],
  ['hazards rectified fire', `${XFT}督促整改火災隱患1860處。`, { hazards_rectified: [1860, 'exact'] }],
  ['hazards rectified water', `${SL}整改水利工程隐患42项。`, { hazards_rectified: [42, 'exact'] }],
  ['hazards rectified forestry with found', `${LY}排查森林火灾隐患86处，全部整改到位。`, {}],
  ['hazards rectified in a campaign part', `${YJ}整改隐患2310处，其中燃气专项整治整改236处。`, { hazards_rectified: [2310, 'exact'] }],
  ['hazards: enterprises rectified', `${YJ}责令86家企业限期整改。`, {}],
  ['hazards: the year before', `${YJ}上年整改隐患1980处。`, {}],
  ['hazards: the city\'s in a county bureau', `${YJ}全市排查整改隐患3.6万处。`, {}],
  ['hazards: rectified Chinese numeral approx', `${ZT}整改隱患一百餘處。`, { hazards_rectified: [100, 'approx'] }],
  ['hazards: money for rectification', `${YJ}投入隐患整改资金860万元。`, {}],
]

export const LENIENT_47: Probe39[] = [
  ['lenient cases beside penalties', `${SC}作出行政处罚326件，其中不予处罚42件。`, { penalty_cases: [326, 'exact'], lenient_cases: [42, 'exact'] }],
  ['lenient: money spared', `${SC}免罚涉及金额86万元。`, {}],
  ['lenient: list of items', `${JT}公布首违不罚事项清单28项。`, {}],
  ['lenient: entities benefited', `${SC}惠及经营主体186户。`, {}],
  ['lenient: the city\'s in a county bureau', `${SC}全市适用轻微违法不予处罚案件860件。`, {}],
  ['lenient: since a year', `${CG}2021年以来累计首违不罚案件520件。`, {}],
  ['lenient: the year before', `${CG}上年办理首违不罚案件68件。`, {}],
  ['lenient: share', `${CG}首违不罚案件占比12%。`, {}],
  ['lenient: own cases', `${CG}办理首违不罚案件86件。`, { lenient_cases: [86, 'exact'] }],
  ['lenient: traditional town', `${ZT}辦理首違不罰案件12件。`, { lenient_cases: [12, 'exact'] }],
  ['lenient: firms spared and the money', `${HB}对12家企业依法不予处罚，免罚金额86万元。`, { lenient_cases: [12, 'exact'] }],
  ['lenient: cases with the 家 of a bureau', `${WJ}适用轻微免罚案件16件。`, { lenient_cases: [16, 'exact'] }],
  ['lenient: warnings after education', `${JT}教育劝导轻微违法行为1260起。`, {}],
]

export const REVIEWS_47: Probe39[] = [
  ['reconsideration of the bureau beside its cases', `${SC}查处违法案件326件，被申请行政复议3件。`, { enforcement_cases: [326, 'exact'], reconsideration_cases: [3, 'exact'] }],
  ['suits beside penalties', `${HB}作出行政处罚126件，发生行政诉讼2件。`, { penalty_cases: [126, 'exact'], litigation_cases: [2, 'exact'] }],
  ['reconsideration of the city in a county bureau', `${ZRX}全市自然资源系统行政复议案件68件。`, {}],
  ['reconsideration: penalties upheld', `${SC}被复议的行政处罚决定均被维持。`, {}],
  ['suits lost none', `${CG}行政诉讼案件无败诉。`, { litigation_lost_cases: [0, 'exact'] }],
  ['suits the year before', `${CG}上年行政诉讼案件12件。`, {}],
]

/** Paragraphs as reports write them: several measures in a row, the own figure among them. */
export const PARAGRAPHS_47: Probe39[] = [
  ['market: a full paragraph', `${SC}全年出动执法人员6800人次，检查各类市场主体1.2万户次，发现问题线索420条，立案查处违法案件236件，结案228件，罚没款186.5万元，涉案货值320万元，向公安机关移送涉嫌犯罪案件5件。`, { enforcement_inspections: [12000, 'exact'], enforcement_cases: [236, 'exact'], fines_yuan: [1865000, 'exact'] }],
  ['market: the year before and the change', `${SCC}全年查处各类违法案件1860件，较上年的1620件增长14.8%。`, { enforcement_cases: [1860, 'exact'] }],
  ['market: the change in 件 then the level', `${SC}查处违法案件较去年增加38件，总数达到236件。`, { enforcement_cases: [236, 'exact'] }],
  ['market: half a year alone', `${SC}上半年查处违法案件98件。`, {}],
  ['market: the months to a date in a year-end report', `${SC}截至11月底，查处违法案件218件。`, { enforcement_cases: [218, 'exact'] }],
  ['market: three years by year, the report\'s year last', `${SC}2021年至2023年查处违法案件分别为156件、198件、236件。`, { enforcement_cases: [236, 'exact'] }],
  ['market: own cases beside the supervised', `${SC}自办案件220件，办理市局督办案件16件。`, {}],
  ['urban: buildings, stalls and cases', `${CG}拆除违法建设1.2万平方米，规范占道经营8600处，立案查处违法案件862件，罚款金额326万元。`, { enforcement_cases: [862, 'exact'], fines_yuan: [3260000, 'exact'] }],
  ['urban: complaints then cases', `${CG}受理数字城管案件12.6万件，结案率98%，立案查处违法案件862件。`, { enforcement_cases: [862, 'exact'] }],
  ['urban: the digital platform\'s cases alone', `${CG}数字城管平台受理各类问题8.6万件。`, {}],
  ['town team: delegated powers then cases', `${Z}承接县级赋权事项126项，镇综合执法队立案查处违法行为38起，罚款4.6万元。`, { enforcement_cases: [38, 'exact'], fines_yuan: [46000, 'exact'] }],
  ['town: the county team acting in the town', `${Z}县综合行政执法局在我镇查处违法建设案件12件。`, {}],
  ['street: the team with the police', `${ST}联合派出所开展夜间整治行动24次，劝离流动摊贩360余人次。`, {}],
  ['transport: trucks, unloaded goods, cases, fines', `${JT}检测货运车辆6.8万台次，查处超限超载车辆860台次，卸载货物1.2万吨，立案查处520件，罚款312万元。`, { enforcement_cases: [520, 'exact'], fines_yuan: [3120000, 'exact'] }],
  ['transport: points deducted are no fines', `${JT}对违法驾驶人记分3600分。`, {}],
  ['ecology: monitoring, cases, daily fines', `${HB}开展执法监测386次，查处环境违法案件96件，其中按日连续处罚2件，罚款金额1260万元。`, { enforcement_cases: [96, 'exact'], fines_yuan: [12600000, 'exact'] }],
  ['ecology: sites checked against cases', `${HBT}檢查污染源企業2600家次，立案查處環境違法案件96件，罰款1260萬元。`, { enforcement_inspections: [2600, 'exact'], enforcement_cases: [96, 'exact'], fines_yuan: [12600000, 'exact'] }],
  ['ecology: central inspectors\' complaints', `${HB}办结中央生态环境保护督察转办信访件186件。`, { petitions_handled: [186, 'exact'] }],
  ['emergency: a paragraph', `${YJ}检查生产经营单位1260家次，发现隐患3600处，整改3540处，立案查处32起，罚款186万元，关闭取缔非法企业6家。`, { enforcement_inspections: [1260, 'exact'], hazards_rectified: [3540, 'exact'], enforcement_cases: [32, 'exact'], fines_yuan: [1860000, 'exact'] }],
  ['emergency: penalties before the accident', `${YJC}实施事故前行政处罚236次，罚款1260万元。`, { penalty_cases: [236, 'exact'], fines_yuan: [12600000, 'exact'] }],
  ['emergency: an accident\'s fine is not the year\'s', `${YJC}对某企业生产安全事故罚款86万元。`, {}],
  ['emergency: experts sent out', `${YJC}聘请专家参与执法检查320人次。`, {}],
  ['agriculture: samples, seized goods, cases', `${NY}抽检农产品样品2600个，收缴假劣农资3.6吨，查办违法案件42件，罚没款28万元。`, { enforcement_cases: [42, 'exact'], fines_yuan: [280000, 'exact'] }],
  ['agriculture: boats and nets seized', `${NY}清理取缔违规渔具1260张（顶），查获涉渔“三无”船舶12艘。`, {}],
  ['natural resources: patches, cases, area', `${ZR}卫片执法下发图斑620个，立案查处违法用地案件42宗，涉及土地面积186亩，罚款320万元。`, { enforcement_cases: [42, 'exact'], fines_yuan: [3200000, 'exact'] }],
  ['natural resources: land returned', `${ZRX}拆除复耕违法占地216亩，没收地上建筑物1.2万平方米。`, {}],
  ['health: institutions checked, cases, fines', `${WJ}监督检查各类医疗机构860户次，立案查处违法案件46件，罚没款26.3万元。`, { enforcement_inspections: [860, 'exact'], enforcement_cases: [46, 'exact'], fines_yuan: [263000, 'exact'] }],
  ['health: the city commission\'s districts', `${WJC}全市卫生监督机构共查处违法案件1260件，罚没款860万元。`, { enforcement_cases: [1260, 'exact'], fines_yuan: [8600000, 'exact'] }],
  ['culture: people sent out, sites, cases', `${WL}出动执法人员3200人次，检查文化旅游经营单位1860家次，办理案件86件。`, { enforcement_inspections: [1860, 'exact'] }],
  ['culture: pirated goods seized', `${WL}收缴非法出版物1.2万册。`, {}],
  ['water: permits, patrols, cases', `${SL}审批取水许可36件，开展水行政执法巡查260次，查处水事违法案件18件。`, { enforcement_cases: [18, 'exact'], approvals_handled: [36, 'exact'] }],
  ['water: the province\'s own area', `${SLP}全省查处水事违法案件2600件。`, { enforcement_cases: [2600, 'exact'] }],
  ['forestry: cases, trees, area', `${LY}查处林业行政案件36起，收缴木材86立方米，恢复林地面积120亩，罚款46万元。`, { enforcement_cases: [36, 'exact'], fines_yuan: [460000, 'exact'] }],
  ['fire: checks, hazards, closed, fines', `${XF}检查单位2360家次，发现火灾隐患3200处，督促整改3160处，临时查封46家，罚款236万元。`, { enforcement_inspections: [2360, 'exact'], hazards_rectified: [3160, 'exact'], fines_yuan: [2360000, 'exact'] }],
  ['fire: the detachment\'s city in a brigade\'s report', `${XF}全市消防救援机构检查单位3.6万家次。`, {}],
  ['labour: checks, cases, wages', `${RS}主动检查用人单位860户次，立案查处劳动保障违法案件86件，追发工资1260万元，罚款12万元。`, { enforcement_inspections: [860, 'exact'], enforcement_cases: [86, 'exact'], fines_yuan: [120000, 'exact'] }],
  ['labour: the wage campaign\'s part', `${RS}全年办结劳动保障监察案件126件，其中根治欠薪冬季专项行动中办结48件。`, { enforcement_cases: [126, 'exact'] }],
  ['labour: blacklisted firms', `${RST}將12家用人單位列入拖欠農民工工資失信聯合懲戒名單。`, {}],
  ['taxes: the bureau\'s cases and the recovered', `${SW}立案检查56户，查结48户，查补税费2860万元，罚款460万元。`, { fines_yuan: [4600000, 'exact'] }],
  ['county government: the county\'s cases with the system above', `${G}全市行政处罚案件5.6万件，我县行政执法机关办理行政处罚案件6260件。`, { penalty_cases: [6260, 'exact'] }],
  ['county government: its departments then a town', `${G}全县执法部门立案查处案件4260件；桥头镇综合执法队查处违法行为126起。`, { enforcement_cases: [4260, 'exact'] }],
  ['province: the own area and the department\'s own', `${SCP}全省市场监管部门查处案件6.2万件，罚没款6.8亿元，省局本级查办案件36件。`, { enforcement_cases: [36, 'exact'], fines_yuan: [680000000, 'exact'] }],
  ['ministry: the nation\'s checks and its own', `${JTM}全国交通运输执法机构检查车辆1.2亿辆次，部本级督办案件16件。`, {}],
  ['target after the result', `${SC}全年查处违法案件236件，超额完成年度目标任务（200件）。`, { enforcement_cases: [236, 'exact'] }],
  ['the result against the plan\'s share', `${YJC}全年执法检查计划1260家次，完成1286家次。`, { enforcement_inspections: [1286, 'exact'] }],
  ['a reported rate of cases by kind', `${SCC}食品安全案件占比36.5%，药品案件占比12%。`, {}],
  ['a rank beside the cases', `${SCC}办案数量位居全省第3位。`, {}],
  ['the dispatched and the inspection as one figure', `${WJT}出動衛生監督員1260人次，監督檢查860戶次。`, { enforcement_inspections: [860, 'exact'] }],
]

/** Breakdowns and tables: kinds of penalty, departments and teams below, each beside the total they make up. */
export const BREAKDOWNS_47: Probe39[] = [
  ['kinds of penalty after the total', `${G}全县作出行政处罚决定9860件，其中警告2980件、罚款6120件、没收违法所得210件、责令停产停业36件。`, { penalty_cases: [9860, 'exact'] }],
  ['kinds of penalty after the total, traditional', `${headT('青河縣人民政府')}全縣作出行政處罰決定9860宗，其中警告2980宗、罰款6120宗。`, { penalty_cases: [9860, 'exact'] }],
  ['fines counted in 件 are no money', `${G}罚款类处罚6120件。`, {}],
  ['detention counted in 人 beside penalties', `${G}作出行政处罚9860件，行政拘留3560人。`, { penalty_cases: [9860, 'exact'] }],
  ['departments in brackets after the total', `${G}全县办理行政处罚案件12600件，县市场监管局（3860件）、县城管局（2440件）、县交通运输局（1920件）位居前三。`, { penalty_cases: [12600, 'exact'] }],
  ['departments after 其中 with 次', `${G}全县实施行政处罚6800次，其中县市场监管局1395次、县应急管理局522次。`, { penalty_cases: [6800, 'exact'] }],
  ['departments\' checks after the total', `${G}全县开展执法检查3.2万次，其中县应急管理局开展执法检查2600次。`, { enforcement_inspections: [32000, 'exact'] }],
  ['a department\'s checks alone in a government\'s report', `${G}县应急管理局开展执法检查2600次。`, { enforcement_inspections: [2600, 'exact'] }],
  ['procedures after the total', `${CG}办理行政处罚案件860件，其中简易程序520件、普通程序340件。`, { penalty_cases: [860, 'exact'] }],
  ['the bureau\'s teams after the total', `${JT}全局查处违法案件1260件，其中路政大队620件、运政大队420件、海事所220件。`, { enforcement_cases: [1260, 'exact'] }],
  ['the towns\' teams after the county total', `${ZF}全县查处违法案件3600件，其中各乡镇执法队查处1260件。`, { enforcement_cases: [3600, 'exact'] }],
  ['kinds of case after the total', `${SC}查处违法案件326件，其中食品类126件、药品类48件、特种设备类22件。`, { enforcement_cases: [326, 'exact'] }],
  ['kinds of case alone', `${SC}查处食品违法案件126件、药品违法案件48件。`, { enforcement_cases: [174, 'derived'] }],
  ['coercive measures beside penalties in a table row', `${Z}本镇行政执法情况如下。\n行政处罚：本年处理决定数量46件；行政强制：本年处理决定数量3件。`, { penalty_cases: [46, 'exact'] }],
  ['one kind\'s fine after the total fine', `${HB}罚没款1260万元，其中按日连续处罚罚款320万元。`, { fines_yuan: [12600000, 'exact'] }],
  ['shares of the total', `${G}行政处罚案件中，市场监管领域占42%，城市管理领域占26%。`, {}],
  ['warnings counted', `${G}警告、通报批评12175件。`, {}],
  ['licences refused and revoked', `${G}不予许可102件，撤销许可5件。`, {}],
]

/** Campaigns, seasons and spans told in the sentence before the figure, and the year's total after them. */
export const SPANS_47: Probe39[] = [
  ['a campaign\'s months then 期间', `${SC}9月至11月，开展校园食品安全专项整治。期间，检查学校食堂320家次，查处违法案件12件。`, {}],
  ['a campaign\'s months then the year', `${SC}9月至11月开展校园食品安全专项整治，查处违法案件12件；全年共查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['a hundred days\' action', `${YJ}开展安全生产“百日攻坚”行动，检查企业620家次，整改隐患1860处。`, {}],
  ['a hundred days\' action then the year', `${YJ}“百日攻坚”行动中整改隐患1860处。全年累计整改隐患5200处。`, { hazards_rectified: [5200, 'exact'] }],
  ['the summer\'s night checks', `${XF}夏季消防检查期间，检查单位860家次，督改隐患1260处。`, {}],
  ['a holiday\'s checks', `${WL}国庆假期检查旅游景区36家次。`, {}],
  ['a single month', `${CG}仅12月份就查处违法案件86件。`, {}],
  ['a quarter', `${HB}第四季度查处环境违法案件26件。`, {}],
  ['the plan\'s five years so far', `${SC}“十四五”以来，查处违法案件1260件。`, {}],
  ['a year before named as 去年', `${SC}去年全年查处违法案件210件，今年查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['this year so far in a year-end report', `${SC}今年以来，查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['two years together', `${HB}2022—2023年共查处环境违法案件186件。`, {}],
  ['a joint team\'s campaign across months', `${CG}6月至8月，联合公安、交警开展渣土车专项整治，查处违法车辆326台次。`, {}],
]

export const ALL_47: [string, Probe39[]][] = [
  ['cases', CASES_47], ['penalties', PENALTIES_47], ['fines', FINES_47], ['checks', CHECKS_47], ['hazards', HAZARDS_47],
  ['lenient outcomes', LENIENT_47], ['reviews and suits', REVIEWS_47], ['paragraphs', PARAGRAPHS_47],
  ['breakdowns', BREAKDOWNS_47], ['spans', SPANS_47],
]

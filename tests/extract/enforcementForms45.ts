/**
 * Enforcement forms of round 45 (issue 11: holdout precision 0.779, enforcement 0.738 with 13 false values). The enforcement,
 * approval and mediation families, weighted to precision: numbers that stand beside the words of an enforcement indicator but are
 * not the author's figure of the year — cases transferred (移送公安/司法机关), stages (立案, 结案, 办结), checks in 户次 against cases,
 * orders to rectify, warnings, hearings, complaints and hotline orders, petitions, joint operations' totals, a superior's or a
 * whole city's totals in a bureau's report, changes (同比, 上年, 去年), spans (累计, 近三年, 自X年以来), police's criminal against
 * administrative cases, amounts against counts, lenient outcomes, coercive measures, random spot checks and their rates, approvals
 * counted against other rates, mediation's stages and committees. Also the forms earlier rounds left open: penalties by procedure
 * with no total, a 罚没合计 closing a list of kinds, a bare 办理案件 after a heading that names the kind, a noun given in the
 * clause before (查处…。其中…), Chinese numerals, decimals and approximations. Thirteen sectors, authors of five levels, some in
 * traditional script. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const SC = head('青河县市场监督管理局')
const SCT = headT('青河縣市場監督管理局')
const SP = head('山西省市场监督管理局')
const HB = head('临江市生态环境局')
const HBT = headT('臨江市生態環境局')
const HBP = head('山西省生态环境厅')
const JT = head('青河县交通运输局')
const JTT = headT('青河縣交通運輸局')
const CG = head('临江市城市管理综合行政执法局')
const ZF = head('青河县综合行政执法局')
const YJ = head('青河县应急管理局')
const YJT = headT('青河縣應急管理局')
const ZR = head('临江市自然资源和规划局')
const NY = head('青河县农业农村局')
const WL = head('临江市文化广电和旅游局')
const WJ = head('青河县卫生健康局')
const WJT = headT('青河縣衛生健康局')
const GA = head('青河县公安局')
const GAT = headT('青河縣公安局')
const GAC = head('临江市公安局')
const SW = head('国家税务总局青河县税务局')
const HG = head('临江海关')
const Z = head('桥头镇人民政府')
const ZT = headT('橋頭鎮人民政府')
const ST = head('东湖街道办事处')
const G = head('青河县人民政府')
const J = head('青河县司法局')
const JTR = headT('青河縣司法局')
const SPA = head('青河县行政审批服务局')
const SPAT = headT('青河縣行政審批服務局')
const ZW = head('临江市政务服务管理局')

export const CASES_45: Probe39[] = [
  // stages: filed, closed, transferred; the first stage stated is the year's count (round 42's 立案…，结案…)
  ['closed told before filed', `${SC}全年立案查处各类违法案件312件，办结298件，移送公安机关涉嫌犯罪案件6件。`, { enforcement_cases: [312, 'exact'] }],
  ['transferred alone to the judiciary', `${SC}向司法机关移送涉嫌犯罪案件8件。`, {}],
  ['transferred to the police, a town', `${Z}将涉嫌违法线索移送县公安局处理3件。`, {}],
  ['transferred then the year\'s cases', `${HB}移送公安机关环境违法案件5件，全年查处环境违法案件86件。`, { enforcement_cases: [86, 'exact'] }],
  ['transferred within after 其中', `${HB}查处环境违法案件86件，其中移送公安机关行政拘留案件7件。`, { enforcement_cases: [86, 'exact'] }],
  ['closure rate beside filed', `${ZR}立案查处违法用地案件42宗，结案率95.2%。`, { enforcement_cases: [42, 'exact'] }],
  ['cases carried from last year closed', `${SC}办结上年度结转案件26件。`, {}],
  ['cases filed by 宗, traditional', `${SCT}全年立案查處違法案件268宗，結案251宗。`, { enforcement_cases: [268, 'exact'] }],
  ['cases under way at year end', `${CG}截至年底尚有在办案件36件。`, {}],
  ['cases withdrawn', `${CG}撤销立案2件。`, {}],
  ['cases not filed', `${SC}经核查不予立案线索46条。`, {}],
  ['clues received then filed', `${SC}受理案件线索420条，立案128件。`, { enforcement_cases: [128, 'exact'] }],
  ['cases filed counted with 起 in a town', `${Z}综合行政执法队全年立案查处违法行为46起，结案46起。`, { enforcement_cases: [46, 'exact'] }],
  // checks, orders, warnings and hearings are not cases
  ['checks in 户次 beside cases', `${SC}检查各类市场主体3260户次，查处违法案件128件。`, { enforcement_inspections: [3260, 'exact'], enforcement_cases: [128, 'exact'] }],
  ['orders to rectify only', `${YJ}下达责令限期整改指令书236份。`, {}],
  ['orders to rectify in 家 beside cases', `${YJ}责令整改企业86家，立案查处安全生产违法行为32起。`, { enforcement_cases: [32, 'exact'] }],
  ['warnings only', `${JT}对违规经营户作出警告处理56起。`, {}],
  ['warnings within penalties', `${JT}作出行政处罚决定320件，其中警告56件。`, { penalty_cases: [320, 'exact'] }],
  ['hearings held', `${HB}组织行政处罚听证会4场。`, {}],
  ['hearings beside penalties', `${HB}作出行政处罚决定126件，依法举行听证4件。`, { penalty_cases: [126, 'exact'] }],
  ['talks only', `${HB}约谈企业负责人36人次。`, {}],
  ['traditional orders and cases', `${YJT}責令整改企業86家，立案查處安全生產違法行為32起。`, { enforcement_cases: [32, 'exact'] }],
  // complaints, hotlines and petitions are not cases
  ['complaints received only', `${SC}受理消费者投诉举报8600件，为消费者挽回经济损失320万元。`, {}],
  ['12345 orders only', `${CG}办理12345市民服务热线转办件2.3万件，按时办结率99.8%。`, {}],
  ['12345 orders beside cases', `${CG}办理12345热线工单2.3万件，立案查处违法案件486件。`, { enforcement_cases: [486, 'exact'] }],
  ['complaints verified then cases', `${WL}受理文化市场举报投诉126件，查实42件，立案查处28件。`, { enforcement_cases: [28, 'exact'] }],
  ['petitions beside cases', `${ZR}办理信访事项86件，查处违法用地案件36宗。`, { petitions_handled: [86, 'exact'], enforcement_cases: [36, 'exact'] }],
  ['visits in 批次 alone (`optional` petitions, as b-tw-cangcheng)', `${SC}接待群众来访120批次。`, { petitions_handled: [120, 'exact'] }],
  // joint operations, several bodies, a superior's and a whole area's totals
  ['joint operation\'s total', `${SC}联合公安、农业农村等部门开展食品安全专项整治，共查处违法案件56件。`, {}],
  ['joint operation then own', `${SC}联合公安、农业农村部门开展专项整治3次；全年我局查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['three bodies together', `${G}公安、市场监管、交通运输三部门合计查处违法案件1260件。`, {}],
  ['the city system\'s total with own part', `${SC}全市市场监管系统查处违法案件3600件，其中我局查处236件。`, { enforcement_cases: [236, 'exact'] }],
  ['the city system\'s total alone in a county bureau', `${SC}全市市场监管系统共查处违法案件3600件。`, {}],
  ['the province\'s total, then the city bureau\'s', `${HB}全省查处环境违法案件5200件，我局查处186件。`, { enforcement_cases: [186, 'exact'] }],
  ['a superior\'s decision on own case', `${SC}市局督办案件3件，均已办结。`, {}],
  ['the towns\' teams below', `${ZF}各乡镇综合行政执法队共查处违法行为320起。`, {}],
  ['the towns\' then own', `${ZF}各乡镇执法队查处违法行为320起，局本级查处违法案件156件。`, { enforcement_cases: [156, 'exact'] }],
  ['county government: the county\'s units', `${G}全县各行政执法部门共办理行政处罚案件4126件。`, { penalty_cases: [4126, 'exact'] }],
  ['province: the system\'s cities', `${SP}全省各市市场监管部门查处案件4.6万件，省局直接查办案件26件。`, { enforcement_cases: [26, 'exact'] }],
  ['helped another body', `${Z}配合县市场监管局查处违法案件12件。`, {}],
  ['assisted the police', `${WL}协助公安机关查办侵权盗版案件3起。`, {}],
  // changes, the year before, spans
  ['同比 change after the level', `${SC}查处违法案件236件，同比增长12.4%。`, { enforcement_cases: [236, 'exact'] }],
  ['同比 change alone in 件', `${SC}查处违法案件同比增加36件。`, {}],
  ['the year before\'s then the year\'s', `${SC}上年查处违法案件210件；今年查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['the year before in an aside', `${SC}查处违法案件236件（上年为210件）。`, { enforcement_cases: [236, 'exact'] }],
  ['去年同期 alone', `${SC}去年同期查处违法案件210件。`, {}],
  ['累计 since a year', `${SC}自2019年以来累计查处违法案件1260件。`, {}],
  ['近三年', `${HB}近三年共查处环境违法案件560件。`, {}],
  ['a span of years', `${ZR}2021年至2023年，共查处违法用地案件128宗。`, {}],
  ['“十四五”以来', `${JT}“十四五”以来累计查处超限超载车辆1.2万台次。`, {}],
  ['a quarter\'s cases', `${SC}一季度查处违法案件56件。`, {}],
  ['a campaign\'s days', `${SC}“铁拳”行动期间查处违法案件86件。`, {}],
  ['more than the year before', `${HB}比上年多查处环境违法案件16件。`, {}],
  // police: administrative against criminal
  ['police: administrative cases against criminal', `${GA}全年受理行政案件3260起，查处2860起；立案侦办刑事案件1120起。`, { enforcement_cases: [3260, 'exact'] }],
  ['police: criminal cases only', `${GA}全年立案刑事案件1120起，破案680起。`, {}],
  ['police: persons dealt with', `${GA}依法查处违法犯罪人员860人。`, {}],
  ['police: criminal solved rate', `${GAC}刑事案件破案率同比提高5个百分点。`, {}],
  ['police: traffic offences', `${GA}查处各类交通违法行为5.6万起。`, { enforcement_cases: [56000, 'exact'] }],
  ['police: traditional criminal cases', `${GAT}全年立案偵辦刑事案件1120起。`, {}],
  ['police: criminal then administrative', `${GA}侦破刑事案件680起，查处治安案件2400起。`, { enforcement_cases: [2400, 'exact'] }],
  ['police: detained persons', `${GA}行政拘留326人，刑事拘留128人。`, {}],
  // customs and taxes
  ['customs: smuggling cases and the goods\' value', `${HG}立案调查走私违规案件126起，案值3.2亿元，罚没入库2860万元。`, { enforcement_cases: [126, 'exact'], fines_yuan: [28600000, 'exact'] }],
  ['customs: criminal smuggling cases alone', `${HG}立案侦办走私犯罪案件18起。`, {}],
  ['taxes: inspections and recovered taxes', `${SW}立案检查纳税人46户，查补税款1860万元。`, {}],
  ['taxes: fines of tax cases', `${SW}查结税务稽查案件42件，入库罚款326万元。`, { enforcement_cases: [42, 'exact'], fines_yuan: [3260000, 'exact'] }],
  // other sectors
  ['agriculture: cases and seized goods', `${NY}查处农资违法案件26件，收缴假劣农药1.2吨。`, { enforcement_cases: [26, 'exact'] }],
  ['agriculture: fishing ban patrols are no checks', `${NY}开展禁渔执法巡查320次，查处非法捕捞案件18起。`, { enforcement_cases: [18, 'exact'] }],
  ['culture: sites checked then cases', `${WL}检查文化旅游经营场所2860家次，立案查处违法违规案件42件。`, { enforcement_inspections: [2860, 'exact'], enforcement_cases: [42, 'exact'] }],
  ['health: supervision cases', `${WJ}查处卫生健康违法案件58件，罚没款26.8万元。`, { enforcement_cases: [58, 'exact'], fines_yuan: [268000, 'exact'] }],
  ['health traditional', `${WJT}查處衛生健康違法案件58件，罰沒款26.8萬元。`, { enforcement_cases: [58, 'exact'], fines_yuan: [268000, 'exact'] }],
  ['health: unlicensed practice cleared', `${WJ}取缔非法行医窝点6处。`, {}],
  ['urban management: buildings removed', `${CG}拆除违法建设3260处、12.6万平方米。`, {}],
  ['urban management: dissuaded without a case', `${CG}劝导规范占道经营行为1.8万起。`, {}],
  ['a town\'s team', `${Z}镇综合行政执法队办理执法案件68件。`, { enforcement_cases: [68, 'exact'] }],
  ['a street\'s cases traditional', `${headT('東湖街道辦事處')}立案查處違法行為36起，罰款2.4萬元。`, { enforcement_cases: [36, 'exact'], fines_yuan: [24000, 'exact'] }],
  ['emergency: dangerous chemicals cases with fines', `${YJ}查处危险化学品违法行为12起，罚款36万元。`, { enforcement_cases: [12, 'exact'], fines_yuan: [360000, 'exact'] }],
  ['natural resources: patches then cases by 宗', `${ZR}下发卫片执法图斑860个，立案查处32宗。`, { enforcement_cases: [32, 'exact'] }],
  ['transport: vehicles then cases', `${JTT}查處超限超載車輛860台次，立案查處520件。`, { enforcement_cases: [520, 'exact'] }],
]

export const PENALTIES_45: Probe39[] = [
  // amounts against counts
  ['fines in 万元 beside the cases', `${SC}办理行政处罚案件186件，罚没款326.5万元。`, { penalty_cases: [186, 'exact'], fines_yuan: [3265000, 'exact'] }],
  ['a province\'s own area in 亿元 (its `optional` total)', `${HBP}全省环境行政处罚罚没款1.26亿元。`, { fines_yuan: [126000000, 'exact'] }],
  ['fines counted by cases', `${HB}罚款案件86件。`, { penalty_cases: [86, 'exact'] }],
  ['money involved is no fine', `${SC}查处违法案件126件，涉案金额580万元。`, { enforcement_cases: [126, 'exact'] }],
  ['money recovered is no fine', `${SC}为群众挽回经济损失126万元。`, {}],
  ['fines changed', `${SC}罚没款同比下降18%。`, {}],
  ['fines of the year before', `${SC}罚没款326万元，上年为286万元。`, { fines_yuan: [3260000, 'exact'] }],
  ['fines per case', `${SC}案均罚没款1.8万元。`, {}],
  ['one case\'s fine', `${SC}其中查处某公司销售不合格产品一案，罚款28万元。`, {}],
  ['fines of the largest case', `${HB}单案最高罚款金额达200万元。`, {}],
  ['fines paid late charges', `${HB}加处罚款12万元。`, {}],
  ['fines Chinese numerals', `${JT}全年罚没款三百二十六万元。`, { fines_yuan: [3260000, 'exact'] }],
  ['fines approx', `${JT}全年罚没款近300万元。`, { fines_yuan: [3000000, 'approx'] }],
  ['fines above', `${JT}全年罚没款超过300万元。`, { fines_yuan: [3000000, 'at_least'] }],
  ['fines in 元 and 角', `${Z}全年罚款收入26860.5元。`, { fines_yuan: [26860.5, 'exact'] }],
  ['fines reduced is no fine', `${SC}减免罚款金额26万元。`, {}],
  ['fines traditional 萬元', `${SCT}罰沒款合計326.5萬元。`, { fines_yuan: [3265000, 'exact'] }],
  // 罚没合计 closing a list of kinds
  ['罚没合计 closing a list of kinds', `${SC}罚款186万元、没收违法所得42万元，罚没合计228万元。`, { fines_yuan: [2280000, 'exact'] }],
  ['罚没总额 after a list of kinds', `${SC}处罚款120万元，没收违法所得36万元，罚没总额156万元。`, { fines_yuan: [1560000, 'exact'] }],
  ['kinds with no total', `${SC}罚款120万元，没收违法所得36万元。`, { fines_yuan: [1560000, 'derived'] }],
  ['a total before the kinds', `${SC}罚没款156万元，其中罚款120万元、没收违法所得36万元。`, { fines_yuan: [1560000, 'exact'] }],
  ['罚没合计 after the fines of two other bodies', `${J}县市场监管局罚没款186万元，县城管局罚没款42万元，罚没合计228万元。`, {}],
  ['罚没合计 in traditional', `${SCT}罰款186萬元、沒收違法所得42萬元，罰沒合計228萬元。`, { fines_yuan: [2280000, 'exact'] }],
  // penalties by procedure with no total (round 44's open form; ruling in the corpus README, Enforcement forms 45)
  ['simple and general procedure, no total', `${JT}适用简易程序作出行政处罚126件，适用普通程序作出行政处罚48件。`, { penalty_cases: [174, 'derived'] }],
  ['procedures after the noun', `${JT}行政处罚案件中，适用简易程序126件、一般程序48件。`, { penalty_cases: [174, 'derived'] }],
  ['procedures within a total', `${JT}作出行政处罚决定174件，其中简易程序126件、一般程序48件。`, { penalty_cases: [174, 'exact'] }],
  ['one procedure alone stays read (as the corpus reads 立案查办一般程序案件759起)', `${JT}适用简易程序作出行政处罚126件。`, { penalty_cases: [126, 'exact'] }],
  ['general procedure cases alone stay read', `${SC}办理一般程序行政处罚案件48件。`, { penalty_cases: [48, 'exact'] }],
  ['procedures traditional', `${JTT}適用簡易程序作出行政處罰126件，適用普通程序作出行政處罰48件。`, { penalty_cases: [174, 'derived'] }],
  ['a unit\'s cases beside the bureau\'s are not procedures', `${JT}局机关作出行政处罚126件，县交通执法大队作出行政处罚48件。`, { penalty_cases: [126, 'exact'] }],
  // lenient outcomes
  ['lenient list applied', `${SC}对轻微违法行为依法不予处罚案件42件，减免罚款36万元。`, { lenient_cases: [42, 'exact'] }],
  ['lenient firms counted', `${SC}首违不罚惠及市场主体126户。`, {}],
  ['lenient: three kinds each counted, then the total', `${SC}不予处罚36件、从轻处罚28件、减轻处罚12件，共计76件。`, { lenient_cases: [76, 'exact'] }],
  ['lenient since a year', `${SC}2021年以来累计适用首违不罚案件326件。`, {}],
  ['lenient share', `${SC}包容审慎监管案件占比12%。`, {}],
  ['lenient list items', `${SC}制定轻微违法行为免罚清单事项36项。`, {}],
  ['lenient traditional', `${SCT}辦理首違不罰案件42件。`, { lenient_cases: [42, 'exact'] }],
  ['lenient: tax first offences', `${SW}对首次违反税收规定的纳税人不予处罚案件236件。`, { lenient_cases: [236, 'exact'] }],
  ['lenient: traffic warnings', `${JT}对首次轻微违法的货车驾驶员教育后放行1260台次。`, {}],
  // coercive measures
  ['coercive measures in 件', `${SC}实施行政强制措施36件。`, {}],
  ['coercive measures beside cases', `${HB}实施查封扣押38件，查处环境违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['compulsory enforcement requested', `${ZR}申请人民法院强制执行案件8件。`, {}],
  ['penalties then coercion traditional', `${HBT}作出行政處罰決定126件，實施查封扣押38件。`, { penalty_cases: [126, 'exact'] }],
  // penalties beside other measures
  ['penalty decisions publicised', `${SC}公示行政处罚决定信息186条。`, {}],
  ['penalty files reviewed', `${SC}评查行政处罚案卷60卷。`, {}],
  ['penalties' + ' persons', `${GA}治安管理处罚1860人次。`, {}],
  ['penalty powers listed', `${SC}梳理行政处罚事项1260项。`, {}],
  ['penalties of the town delegated powers', `${Z}承接县级下放行政处罚权限128项，全年作出行政处罚36件。`, { penalty_cases: [36, 'exact'] }],
  ['penalties changed', `${SC}行政处罚案件数同比下降8.6%。`, {}],
  ['penalties approx Chinese numeral', `${SC}作出行政处罚决定二百余件。`, { penalty_cases: [200, 'approx'] }],
  ['penalties decimals 万件', `${GAC}全年作出行政处罚决定1.26万件。`, { penalty_cases: [12600, 'exact'] }],
  ['penalties of the city in a county bureau', `${SC}全市市场监管部门作出行政处罚决定2860件。`, {}],
]

export const CHECKS_45: Probe39[] = [
  ['double random tasks and rate', `${SC}“双随机、一公开”抽查覆盖率达100%。`, {}],
  ['double random checks by 次', `${SC}开展“双随机、一公开”抽查86次，抽查市场主体1260户。`, { enforcement_inspections: [86, 'exact'] }],
  ['double random problem rate', `${SC}双随机抽查问题发现率12.6%。`, {}],
  ['double random joint share', `${SC}跨部门联合抽查占比35%。`, {}],
  ['double random firms found with problems', `${SC}抽查发现问题企业36户，均已责令整改。`, {}],
  ['checks change', `${SC}涉企检查次数同比减少30%。`, {}],
  ['checks reduced is no count', `${SC}通过“综合查一次”减少入企检查260次。`, {}],
  ['checks joint with others', `${SC}会同卫健、教育部门联合检查学校食堂86家次。`, {}],
  ['checks since a year', `${YJ}2020年以来累计检查企业3600家次。`, {}],
  ['checks Chinese numeral', `${YJ}全年开展安全生产执法检查一千二百次。`, { enforcement_inspections: [1200, 'exact'] }],
  ['checks approx', `${YJ}检查生产经营单位1200余家次。`, { enforcement_inspections: [1200, 'approx'] }],
  ['checks traditional', `${YJT}開展安全生產執法檢查1200次。`, { enforcement_inspections: [1200, 'exact'] }],
  ['checks planned', `${YJ}年度执法计划检查企业360家。`, {}],
  ['checks planned then done', `${YJ}年度执法计划检查企业360家，实际检查企业386家次。`, { enforcement_inspections: [386, 'exact'] }],
  ['checks by officers sent', `${HB}出动执法人员2860人次，检查企业1260家次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['checks undergone', `${SW}接受上级各类检查6次。`, {}],
  ['the province\'s all levels in its department\'s report (`optional`)', `${HBP}全省各级生态环境部门检查企业2.6万家次。`, { enforcement_inspections: [26000, 'exact'] }],
  ['checks then hazards', `${YJ}检查企业860家次，发现隐患2360处，整改2310处。`, { enforcement_inspections: [860, 'exact'], hazards_rectified: [2310, 'exact'] }],
  ['hazards found only', `${YJ}排查一般隐患2360处。`, {}],
  ['hazards rectified rate', `${YJ}隐患整改率98%。`, {}],
  ['hazards rectified since a year', `${YJ}2021年以来累计整改隐患1.2万处。`, {}],
  ['hazards rectified traditional', `${YJT}整改隱患2310處。`, { hazards_rectified: [2310, 'exact'] }],
  ['inspected institutions of health', `${WJ}监督检查医疗机构326户次。`, { enforcement_inspections: [326, 'exact'] }],
  ['culture: patrols counted', `${WL}出动执法检查人员3600人次。`, {}],
  ['a town: patrols', `${Z}开展日常巡查960余次。`, {}],
  ['customs: inspections of goods', `${HG}查验进出口货物1.2万票。`, {}],
  ['checks with 次 of the joint team', `${G}县安委会组织联合执法检查12次。`, {}],
  ['sampled batches', `${SC}抽检食品1260批次，合格率98.6%。`, {}],
]

export const APPROVAL_45: Probe39[] = [
  ['approvals handled and on-the-spot count', `${SPA}全年办理审批服务事项8.6万件，其中即办件3.2万件。`, { approvals_handled: [86000, 'exact'] }],
  ['即办件 count and share', `${SPA}即办件3.2万件，即办件占比37.2%。`, { immediate_processing_pct: [37.2, 'exact'] }],
  ['办件量 of the hall with departments\' windows', `${ZW}市政务服务中心全年办件28.6万件。`, { approvals_handled: [286000, 'exact'] }],
  ['办件量 change', `${SPA}办件量同比增长16%。`, {}],
  ['办件量 of the towns', `${SPA}各乡镇便民服务中心办件1.2万件。`, {}],
  ['办件量 of a year before', `${SPA}2022年办件量为7.8万件，2023年办件量为8.6万件。`, { approvals_handled: [86000, 'exact'] }],
  ['approvals since the reform', `${SPA}自相对集中行政许可权改革以来累计办件36万件。`, {}],
  ['advance closure rate', `${SPA}提前办结率92%。`, {}],
  ['good-review rate', `${SPA}“好差评”好评率99.98%。`, {}],
  ['on-time closure rate', `${SPA}按时办结率100%。`, {}],
  ['compression and other rates', `${SPA}承诺时限压缩率80.5%，按时办结率100%。`, { approval_time_compression_pct: [80.5, 'exact'] }],
  ['compression then days', `${SPA}审批时限压缩率达82%，平均办理时间4.5个工作日。`, { approval_time_compression_pct: [82, 'exact'] }],
  ['compression of a kind', `${SPA}工程建设项目审批时限压缩率60%，全县审批事项平均时限压缩78%。`, { approval_time_compression_pct: [78, 'exact'] }],
  ['compression of a kind then the county\'s average', `${SPA}企业开办时限压缩率90%，全县政务服务事项平均承诺时限压缩65%。`, { approval_time_compression_pct: [65, 'exact'] }],
  ['online rate of a kind then the whole\'s', `${SPA}不动产登记事项全程网办率85%，全县政务服务事项全程网办率98%。`, { online_processing_pct: [98, 'exact'] }],
  ['immediate rate of a kind then all items\'', `${SPA}社保类事项即办件比例55%，全部审批事项即办件比例42%。`, { immediate_processing_pct: [42, 'exact'] }],
  ['the bureau\'s own rate before the county\'s average', `${SPA}本局审批时限压缩率60%，全县审批事项平均时限压缩78%。`, { approval_time_compression_pct: [60, 'exact'] }],
  ['the whole\'s rate before a kind\'s', `${SPA}审批事项平均时限压缩78%，工程建设项目审批时限压缩率60%。`, { approval_time_compression_pct: [78, 'exact'] }],
  ['materials and time', `${SPA}申请材料压减35%，审批时限压缩76%。`, { material_reduction_pct: [35, 'exact'], approval_time_compression_pct: [76, 'exact'] }],
  ['materials count only', `${SPA}精简申请材料286份。`, {}],
  ['online and on-the-spot', `${SPAT}全程網辦率95%，即辦件比例40%。`, { online_processing_pct: [95, 'exact'], immediate_processing_pct: [40, 'exact'] }],
  ['permits issued only', `${SPA}发放营业执照1.2万份。`, {}],
  ['market entities registered', `${SPA}新登记市场主体6800户。`, {}],
  ['consultations handled', `${SPA}接听政务服务咨询电话1.6万个。`, {}],
  ['approvals in Chinese numerals', `${SPA}全年受理行政许可事项八千六百件。`, { approvals_handled: [8600, 'exact'] }],
  ['approvals approx', `${SPA}全年办理审批事项近9万件。`, { approvals_handled: [90000, 'approx'] }],
  ['approvals of the transport bureau', `${JT}办理道路运输行政许可事项3260件。`, { approvals_handled: [3260, 'exact'] }],
  ['approvals of natural resources by 宗', `${ZR}受理不动产登记业务3.6万件。`, {}],
  ['approvals accepted and granted', `${WJ}受理行政许可申请860件，准予许可852件。`, { approvals_handled: [860, 'exact'] }],
  ['approvals not granted only', `${WJ}不予许可8件。`, {}],
  ['approvals of a town', `${Z}便民服务中心全年代办事项2860件。`, {}],
  ['approvals traditional', `${SPAT}全年受理行政許可事項8600件。`, { approvals_handled: [8600, 'exact'] }],
  ['approvals of the province in a city report', `${ZW}全省政务服务事项办件量3600万件。`, {}],
  ['approvals one window', `${ZW}“一窗受理”综合窗口办件12万件。`, {}],
  ['approvals entered in the hall', `${ZW}进驻市政务服务中心事项1260项。`, {}],
]

export const MEDIATION_45: Probe39[] = [
  ['committees counted beside disputes', `${J}全县共有人民调解委员会236个，调解员1260名，全年调解矛盾纠纷2860件，调解成功2836件。`, { disputes_resolved: [2836, 'exact'] }],
  ['accepted then succeeded then rate', `${J}人民调解组织受理矛盾纠纷2860件，调解成功2836件，调解成功率99.2%。`, { disputes_identified: [2860, 'exact'], disputes_resolved: [2836, 'exact'], mediation_success_pct: [99.2, 'exact'] }],
  ['success rate of a kind', `${J}医疗纠纷调解成功率95%。`, {}],
  ['success rate of labour arbitration', `${J}劳动争议仲裁调解率76%。`, {}],
  ['success rate of the year before', `${J}调解成功率98.5%，上年为97.2%。`, { mediation_success_pct: [98.5, 'exact'] }],
  ['success rate changed', `${J}调解成功率同比提高1.2个百分点。`, {}],
  ['mediators trained', `${J}培训人民调解员1260人次。`, {}],
  ['mediators\' case subsidies', `${J}发放人民调解“以案定补”经费26万元。`, {}],
  ['mediation agreements\' money', `${Z}调解协议涉及金额860万元。`, {}],
  ['disputes by level are parts (README: not the total)', `${Z}成功调解村级纠纷78件、镇级纠纷37件。`, {}],
  ['the city\'s mediation in a county bureau', `${J}全市人民调解组织调解纠纷3.2万件。`, {}],
  ['a court\'s pre-suit mediation', `${J}法院诉前调解成功案件860件。`, {}],
  ['labour disputes by the arbitration committee', `${J}县劳动人事争议仲裁委员会受理案件126件。`, {}],
  ['traffic accident disputes of the police', `${GA}调解道路交通事故纠纷1260起。`, { disputes_resolved: [1260, 'exact'] }],
  ['consumer disputes mediated by the market bureau', `${SC}调解消费纠纷1860件，挽回损失120万元。`, { disputes_resolved: [1860, 'exact'] }],
  ['mediation since a year', `${J}2020年以来累计调解纠纷1.6万件。`, {}],
  ['mediation Chinese numerals', `${Z}全年调解矛盾纠纷一百二十六起，调解成功一百二十二起。`, { disputes_resolved: [122, 'exact'] }],
  ['mediation traditional rate', `${JTR}調解成功率達到百分之九十八點五。`, { mediation_success_pct: [98.5, 'exact'] }],
  ['found approx traditional', `${ZT}排查矛盾糾紛三百餘件。`, { disputes_identified: [300, 'approx'] }],
  ['petitions: 12345 against petitions', `${Z}办理12345热线工单860件，信访事项36件。`, { petitions_handled: [36, 'exact'] }],
  ['petitions of the county\'s bureau in a town', `${Z}县信访局全年受理信访事项1260件。`, {}],
  ['visits in 批 and 人次 alone (`optional` petitions)', `${Z}接待群众来访86批326人次。`, { petitions_handled: [86, 'exact'] }],
  ['petitions since a year', `${Z}2021年以来累计办理信访事项326件。`, {}],
  ['petitions approx Chinese numerals', `${Z}受理信访事项五十余件。`, { petitions_handled: [50, 'approx'] }],
  ['petitions traditional', `${ZT}辦理信訪事項36件次。`, { petitions_handled: [36, 'exact'] }],
  ['disputes by the justice stations', `${J}全县12个司法所调解纠纷1260件。`, {}],
  ['mediated through one channel only', `${J}通过“访调对接”化解信访纠纷36件。`, {}],
]

export const FORMS_45: Probe39[] = [
  // a bare 办理案件 after a heading that names the kind
  ['bare 办理案件 after a heading naming penalties', `${SC}\n（二）行政处罚情况\n全年办理案件186件，罚没款326万元。`, { penalty_cases: [186, 'exact'], fines_yuan: [3260000, 'exact'] }],
  ['bare 办理案件 after a heading naming enforcement', `${ZF}\n二、行政执法情况\n全年共办理案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['bare 办理案件 after a heading naming reviews', `${J}\n（三）行政复议情况\n全年办理案件36件，纠错率8.3%。`, { reconsideration_cases: [36, 'exact'], reconsideration_correction_pct: [8.3, 'exact'] }],
  ['bare 办理案件 after a heading of training', `${SC}\n（四）法治培训情况\n全年开展培训12次。`, {}],
  ['bare 办理案件 with no heading', `${SC}全年办理案件186件。`, {}],
  // a noun given in the clause before
  ['其中 after a sentence that names the cases', `${SC}全年查处违法案件236件。其中，行政处罚案件198件。`, { enforcement_cases: [236, 'exact'], penalty_cases: [198, 'exact'] }],
  ['noun in the clause before the figure', `${HB}环境违法案件方面，全年立案查处86件。`, { enforcement_cases: [86, 'exact'] }],
  ['noun of reviews before', `${G}行政复议案件中，以县政府为被申请人的8件。`, {}],
  ['noun in the clause before, a change', `${HB}环境违法案件方面，同比减少12件。`, {}],
  ['kinds after the noun', `${SC}查处违法案件236件。其中，食品类86件、药品类42件。`, { enforcement_cases: [236, 'exact'] }],
  // Chinese numerals, decimals, approximations
  ['cases in Chinese numerals with 余', `${JT}立案查处违法案件三百余件。`, { enforcement_cases: [300, 'approx'] }],
  ['cases with 近', `${JT}立案查处违法案件近300件。`, { enforcement_cases: [300, 'approx'] }],
  ['cases 万 decimals', `${CG}办理各类执法案件1.26万件。`, { enforcement_cases: [12600, 'exact'] }],
  ['cases 超 at least', `${CG}办理各类执法案件超1万件。`, { enforcement_cases: [10000, 'at_least'] }],
  ['cases 上千', `${CG}查处违法案件上千起。`, { enforcement_cases: [1000, 'approx'] }],
  ['checks 两千', `${SC}开展执法检查两千余次。`, { enforcement_inspections: [2000, 'approx'] }],
  ['fines traditional Chinese numerals', `${HBT}罰沒款一千二百萬元。`, { fines_yuan: [12000000, 'exact'] }],
  ['penalties 为零', `${Z}全年行政处罚案件为零。`, { penalty_cases: [0, 'exact'] }],
  ['cases 数为0 of the year', `${SC}2023年查处违法案件数为0。`, { enforcement_cases: [0, 'exact'] }],
  ['penalties 均为零 of the bureau', `${JT}本局行政处罚案件数量均为零，执法检查86次。`, { penalty_cases: [0, 'exact'], enforcement_inspections: [86, 'exact'] }],
  ['penalties of one kind 为零', `${SC}涉企行政处罚案件为零。`, {}],
  ['another body\'s penalties 为零', `${SC}县农业农村局行政处罚案件为零。`, {}],
  ['penalties of the year before 为零', `${SC}2022年行政处罚案件为零。`, {}],
  ['reviews of the year before 为零', `${ST}2022年行政复议案件为零。`, {}],
  ['reviews zero', `${ST}全年未发生行政复议案件。`, { reconsideration_cases: [0, 'exact'] }],
  ['cases per month', `${CG}月均办理案件120件。`, {}],
  ['rates are no counts', `${SC}行政处罚案件网上办案率100%。`, {}],
  ['ranking of cases', `${SC}办案数量位居全市第一。`, {}],
  ['goal of cases', `${SC}力争全年查处违法案件不少于200件。`, {}],
  ['goal then done', `${SC}年初计划查处违法案件200件，实际查处236件。`, { enforcement_cases: [236, 'exact'] }],
  // a superior's or province's totals in traditional, with the own part
  ['traditional system total and own part', `${SCT}全市市場監管系統查處違法案件3600件，其中我局查處236件。`, { enforcement_cases: [236, 'exact'] }],
  ['traditional joint operation', `${HBT}聯合公安、水務等部門開展專項執法，查處環境違法案件26件。`, {}],
  ['ministry level: the national system (`optional`)', `${head('国家市场监督管理总局')}全国市场监管部门查处各类违法案件86万件。`, { enforcement_cases: [860000, 'exact'] }],
  ['province: own direct cases', `${HBP}省厅直接查办环境违法案件12件。`, { enforcement_cases: [12, 'exact'] }],
]

export const SECTORS_45: Probe39[] = [
  ['culture: tourism complaints beside cases', `${WL}受理旅游投诉286件，办结率100%，立案查处旅游市场违法案件16件。`, { enforcement_cases: [16, 'exact'] }],
  ['culture: cases of the province\'s team', `${WL}配合省文化市场综合执法总队查办案件2件。`, {}],
  ['culture: traditional penalties', `${headT('臨江市文化廣電和旅遊局')}作出行政處罰決定38件，罰款金額12.6萬元。`, { penalty_cases: [38, 'exact'], fines_yuan: [126000, 'exact'] }],
  ['natural resources: land recovered is no case', `${ZR}收回闲置土地326亩，查处违法用地案件28宗。`, { enforcement_cases: [28, 'exact'] }],
  ['natural resources: area of the cases', `${ZR}查处违法用地案件28宗，涉及土地面积126亩。`, { enforcement_cases: [28, 'exact'] }],
  ['natural resources: mining cases moved to the police', `${ZR}移送公安机关非法采矿案件4起。`, {}],
  ['health: clinics checked in 户次 and cases', `${WJ}监督检查各类单位1860户次，立案查处42件，罚没款18.6万元。`,
    { enforcement_inspections: [1860, 'exact'], enforcement_cases: [42, 'exact'], fines_yuan: [186000, 'exact'] }],
  ['health: the supervision institute\'s cases in a health bureau', `${WJ}县卫生健康综合监督执法所立案查处违法案件42件。`, { enforcement_cases: [42, 'exact'] }],
  ['taxes: cases of the inspection bureau above', `${SW}配合市局稽查局查办案件6户。`, {}],
  ['taxes: lenient list applied in 户', `${SW}对386户纳税人适用“首违不罚”。`, {}],
  ['customs: administrative penalties and fines', `${HG}作出行政处罚决定312件，罚没款2860万元。`, { penalty_cases: [312, 'exact'], fines_yuan: [28600000, 'exact'] }],
  ['customs: the directly-under customs total', `${HG}关区各隶属海关共办理行政处罚案件1260件。`, {}],
  ['town: delegated powers and cases', `${Z}承接县级赋权事项86项，办理执法案件26件。`, { enforcement_cases: [26, 'exact'] }],
  ['town traditional: cases and fines', `${ZT}辦理執法案件26件，罰款3.6萬元。`, { enforcement_cases: [26, 'exact'], fines_yuan: [36000, 'exact'] }],
  ['town: the county team\'s cases in the town', `${Z}县综合行政执法局在我镇查处违法建设案件18起。`, {}],
  ['street: grid events are no cases', `${ST}处置网格事件1.2万件，查处违法案件36件。`, { enforcement_cases: [36, 'exact'] }],
  ['transport: cases and vehicles unloaded', `${JT}立案查处超限运输案件520件，卸载货物2.6万吨。`, { enforcement_cases: [520, 'exact'] }],
  ['transport: cases of the province\'s road team', `${JT}省交通运输综合执法队在我县查处超限车辆86台次。`, {}],
  ['emergency: firms punished counted in 家', `${YJ}对36家企业实施行政处罚，罚款126万元。`, { fines_yuan: [1260000, 'exact'] }],
  ['emergency: accidents are no cases', `${YJ}全县发生生产安全事故3起，死亡3人。`, {}],
  ['environment: daily fines of one case', `${HB}适用按日连续处罚案件2件，罚款86万元。`, {}],
  ['environment: permits issued', `${HB}核发排污许可证236张。`, {}],
  ['market: food samples failed moved to cases', `${SC}对抽检不合格食品立案查处26件。`, { enforcement_cases: [26, 'exact'] }],
  ['market: price complaints handled as cases', `${SC}处理价格投诉举报326件。`, {}],
  ['city: the districts\' totals in a city bureau', `${CG}各区城管执法部门共查处违法案件5600件，市局直属支队查处326件。`, { enforcement_cases: [326, 'exact'] }],
]

/** Written after the first rules (the near misses of each): kinds added up, totals after kinds, other bodies counted, exclusions. */
export const SECOND_45: Probe39[] = [
  // procedures: summed only when every figure of the paragraph names a different one
  ['procedures by 起 in a street team', `${ST}街道综合行政执法队适用简易程序办理行政处罚案件9起，适用普通程序办理行政处罚案件13起。`, { penalty_cases: [22, 'derived'] }],
  ['procedures, then the year\'s total in the next sentence', `${JT}适用简易程序作出行政处罚126件，适用普通程序作出行政处罚48件。全年共作出行政处罚174件。`, { penalty_cases: [174, 'exact'] }],
  ['procedures with the total in an aside', `${JT}实施行政处罚174件（简易程序126件，一般程序48件）。`, { penalty_cases: [174, 'exact'] }],
  ['the same procedure twice is no breakdown', `${JT}上半年适用简易程序作出行政处罚60件，下半年适用简易程序作出行政处罚66件。`, {}],
  ['procedures of a change', `${JT}适用简易程序作出行政处罚同比增加26件，适用普通程序作出行政处罚同比减少8件。`, {}],
  ['procedures beside the fines', `${SC}适用简易程序作出行政处罚36件、罚款1.8万元，适用一般程序作出行政处罚58件、罚没款126万元。`,
    { penalty_cases: [94, 'derived'], fines_yuan: [1278000, 'derived'] }],
  // totals after kinds
  ['合计 alone after the kinds', `${SC}罚款186万元，没收违法所得42万元，合计228万元。`, { fines_yuan: [2280000, 'exact'] }],
  ['another measure\'s 总额 after the kinds', `${SC}罚款186万元、没收违法所得42万元，涉案货值总额500万元。`, { fines_yuan: [2280000, 'derived'] }],
  ['a 罚没款总额 alone', `${SC}全年罚没款总额228万元。`, { fines_yuan: [2280000, 'exact'] }],
  ['kinds and the total in traditional with 總額', `${SCT}罰款120萬元，沒收違法所得36萬元，罰沒總額156萬元。`, { fines_yuan: [1560000, 'exact'] }],
  // transfers
  ['clues transferred then cases', `${SC}向公安机关移送案件线索6条，查处食品违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['transferred cases of a kind then kinds of own', `${SC}移送公安机关食品案件6件；查处药品违法案件42件。`, { enforcement_cases: [42, 'exact'] }],
  ['transfers to the judiciary then cases, traditional', `${HBT}移送司法機關環境違法案件5件，全年查處環境違法案件86件。`, { enforcement_cases: [86, 'exact'] }],
  // withdrawn, criminal, tax inspection, fine cases, late charges
  ['filed then withdrawn', `${SC}立案查处违法案件126件，撤销立案2件。`, { enforcement_cases: [126, 'exact'] }],
  ['police: crimes and offences together', `${GA}查处各类违法犯罪案件3600起。`, {}],
  ['police: administrative cases after criminal ones', `${GA}破获刑事案件680起，办理行政案件2400起。`, { enforcement_cases: [2400, 'exact'] }],
  ['taxes: inspection cases filed', `${SW}立案稽查案件38户，查结稽查案件36件。`, { enforcement_cases: [36, 'exact'] }],
  ['fine cases and fines', `${Z}办理罚款案件86件，罚款金额12.6万元。`, { penalty_cases: [86, 'exact'], fines_yuan: [126000, 'exact'] }],
  ['fines and late charges', `${HB}罚款860万元，加处罚款30万元。`, { fines_yuan: [8600000, 'exact'] }],
  // counted bodies below
  ['the county\'s market offices', `${SC}全县8个市场监管所共查处违法案件120件。`, {}],
  ['the county\'s offices, then the bureau\'s', `${SC}全县8个市场监管所共查处违法案件120件，局机关稽查队查处违法案件46件。`, { enforcement_cases: [46, 'exact'] }],
  ['the city\'s squads', `${CG}全市6个执法大队查处违法案件1860件。`, {}],
  ['the stations counted, no figure of theirs', `${J}全县共有司法所12个，全年调解纠纷1260件。`, { disputes_resolved: [1260, 'exact'] }],
  ['the directly-under police stations', `${GAC}各所属派出所共办理行政案件5600起。`, {}],
  ['a county\'s units in a county government', `${G}全县12个行政执法单位共作出行政处罚决定2600件。`, { penalty_cases: [2600, 'exact'] }],
  // mediation: a kind's rate against the whole
  ['the whole rate, then a kind\'s', `${J}人民调解成功率98%，其中医疗纠纷调解成功率95%。`, { mediation_success_pct: [98, 'exact'] }],
  ['a kind\'s rate in traditional', `${JTR}勞動爭議調解成功率76%。`, {}],
  ['the whole rate of disputes of all kinds', `${J}各类矛盾纠纷调解成功率98.6%。`, { mediation_success_pct: [98.6, 'exact'] }],
  // a heading that names penalties
  ['penalties heading, then checked and handled', `${SC}\n（二）行政处罚情况\n开展执法检查860次，办理案件186件。`, { enforcement_inspections: [860, 'exact'], penalty_cases: [186, 'exact'] }],
  ['penalties heading, a review named', `${SC}\n（二）行政处罚情况\n全年办理行政复议案件3件。`, { reconsideration_cases: [3, 'exact'] }],
  ['lenient heading is no penalties', `${SC}\n（三）轻微违法免罚情况\n全年办理案件42件。`, {}],
  // a bare total closing the items
  ['lenient traditional: three kinds then the total', `${SCT}不予處罰36件、從輕處罰28件、減輕處罰12件，共計76件。`, { lenient_cases: [76, 'exact'] }],
  ['disputes of two kinds then the total', `${J}成功调解婚姻家庭纠纷36件、邻里纠纷28件，共计64件。`, { disputes_resolved: [64, 'exact'] }],
  ['own and another body\'s lenient cases, then their total', `${SC}我局办理首违不罚案件12件，县城管局办理首违不罚案件8件，共计20件。`, { lenient_cases: [12, 'exact'] }],
  ['a total smaller than its items is no total of theirs', `${SC}罚款186万元，没收违法所得42万元，合计100万元。`, { fines_yuan: [2280000, 'derived'] }],
  // a higher level's bureau as a clause's subject
  ['town: the county bureau\'s cases, then the town team\'s', `${Z}县市场监管局查处违法案件12件，镇综合行政执法队查处违法行为36起。`, { enforcement_cases: [36, 'exact'] }],
  ['county bureau: the city bureau\'s, then own', `${SC}市局直接查办案件6件；我局全年查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['county government: its own department', `${G}县市场监管局全年查处违法案件236件。`, { enforcement_cases: [236, 'exact'] }],
  ['town traditional: the county bureau\'s petitions', `${ZT}縣信訪局全年受理信訪事項1260件。`, {}],
  ['penalties heading in traditional', `${SCT}\n（二）行政處罰情況\n全年辦理案件186件。`, { penalty_cases: [186, 'exact'] }],
]

/** The indicators the enforcement probes (rounds 45 and 47) check: the enforcement family's and its neighbours' in approval and mediation. */
export const ENFORCEMENT_IDS = [
  'approval_time_compression_pct', 'immediate_processing_pct', 'online_processing_pct', 'material_reduction_pct', 'approvals_handled',
  'enforcement_inspections', 'enforcement_cases', 'penalty_cases', 'fines_yuan', 'lenient_cases', 'hazards_rectified',
  'reconsideration_cases', 'litigation_cases', 'reconsideration_correction_pct', 'head_appearance_pct', 'litigation_lost_cases',
  'disputes_identified', 'disputes_resolved', 'mediation_success_pct', 'petitions_handled',
]

export const ALL_45: [string, Probe39[]][] = [
  ['cases', CASES_45], ['penalties and fines', PENALTIES_45], ['checks and hazards', CHECKS_45], ['approvals', APPROVAL_45],
  ['mediation and petitions', MEDIATION_45], ['forms left open', FORMS_45], ['more sectors', SECTORS_45], ['after the first rules', SECOND_45],
]

/**
 * Distractor forms of round 46 (holdout precision 0.770: 31 false values against 16 misses). The approval, enforcement and
 * mediation families (oversight and training in distractorForms46More.ts): a number that is not the author's value of the report
 * year sits beside the indicator's term — the year before's (上年, 2022年, 去年同期), a change (同比增长 N%, 增加 N件), a sum since a
 * year (2019年以来累计) or over a plan period (“十四五”以来), a nation's, province's or city's total quoted for context, a body below's
 * or a sister body's count, the units, people or items involved rather than the cases, money, ranks (全省第3名), a share of another
 * base, the documents and meetings about the measure, a plan or target (确保, 力争, 不低于 as an obligation: the README's ruling puts
 * them in `must_not`), a half-year's or a quarter's figure in a year's report, and figures inside 《titles》 or quoted slogans. Most
 * texts carry the true value beside the distractor, so that a rule dropping it shows. Authors of five levels (a ministry, a
 * province's department, a city's bureau, a county's bureau or government, a town or a street), fourteen sectors, some in
 * traditional script. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const A = head('柳塘县行政审批服务局')
const AT = headT('柳塘縣行政審批服務局')
const AC = head('云岭市政务服务管理局')
const AP = head('江西省政务服务管理局')
const AM = head('国家知识产权局')
const SC = head('柳塘县市场监督管理局')
const SCT = headT('柳塘縣市場監督管理局')
const SCC = head('云岭市市场监督管理局')
const HB = head('云岭市生态环境局')
const HBP = head('江西省生态环境厅')
const JT = head('柳塘县交通运输局')
const CG = head('云岭市城市管理局')
const YJ = head('柳塘县应急管理局')
const YJT = headT('柳塘縣應急管理局')
const ZR = head('柳塘县自然资源局')
const NY = head('柳塘县农业农村局')
const WL = head('云岭市文化广电旅游局')
const WJ = head('柳塘县卫生健康局')
const SL = head('柳塘县水利局')
const SW = head('国家税务总局柳塘县税务局')
const GA = head('柳塘县公安局')
const RS = head('柳塘县人力资源和社会保障局')
const SM = head('国家药品监督管理局')
const G = head('柳塘县人民政府')
const GT = headT('柳塘縣人民政府')
const Z = head('石桥镇人民政府')
const ZT = headT('石橋鎮人民政府')
const S = head('南湖街道办事处')
const J = head('柳塘县司法局')
const JT2 = headT('柳塘縣司法局')
const JC = head('云岭市司法局')
const XF = head('柳塘县信访局')

export const APPROVAL_46: Probe39[] = [
  // the year before, changes
  ['the year before in a clause after', `${A}全年办理各类审批服务事项3.2万件，上年为2.8万件。`, { approvals_handled: [32000, 'exact'] }],
  ['去年同期 alone', `${A}去年同期受理审批事项2.4万件。`, {}],
  ['2022年 named as the year before', `${A}2022年办理审批事项2.6万件。`, {}],
  ['a change after the count', `${AC}全年受理办结政务服务事项126万件，同比增长18.6%。`, { approvals_handled: [1260000, 'exact'] }],
  ['a change in 件 alone', `${A}审批办件量同比增加3600件。`, {}],
  ['a change in points then the level', `${A}全程网办率同比提高12个百分点，达到86%。`, { online_processing_pct: [86, 'exact'] }],
  ['a change of the share alone', `${A}即办件比例较上年提升8个百分点。`, {}],
  ['traditional: the count and its growth', `${AT}全年辦理審批事項2.6萬件，較上年增長15%。`, { approvals_handled: [26000, 'exact'] }],
  // spans
  ['since a year', `${A}2019年以来累计办理审批事项12.6万件。`, {}],
  ['since the plan period began', `${AC}“十四五”以来累计办件860万件。`, {}],
  ['approvals since a year then the year', `${A}2020年以来累计办件9.8万件，今年办件2.9万件。`, { approvals_handled: [29000, 'exact'] }],
  // wider areas quoted for context, the bodies below, sister bodies
  ['a nation\'s rate quoted, then the city\'s', `${AC}全国政务服务事项全程网办率平均为78%，我市达到92%。`, { online_processing_pct: [92, 'exact'] }],
  ['the province\'s total in a county bureau\'s report', `${A}全省政务服务平台全年办件1.2亿件。`, {}],
  ['the city\'s total then the county\'s own', `${A}全市共办理政务服务事项326万件，其中我县办理28万件。`, { approvals_handled: [280000, 'exact'] }],
  ['the towns\' centres then the bureau\'s own level', `${A}各乡镇便民服务中心全年办件4.2万件，局本级办件2.6万件。`, { approvals_handled: [26000, 'exact'] }],
  ['a sister bureau\'s window', `${A}县公安局户政窗口全年办件1.8万件。`, {}],
  ['the province\'s own level after its cities', `${AP}全省各设区市审批时限平均压缩62%，省本级压缩75%。`, { approval_time_compression_pct: [75, 'exact'] }],
  // items, units and people involved rather than cases handled
  ['items listed are no cases', `${A}梳理公布政务服务事项1260项。`, {}],
  ['immediate items counted are no share', `${A}梳理即办事项386项。`, {}],
  ['materials cut by number are no share', `${A}精简申请材料320份。`, {}],
  ['materials cut by number then the share', `${A}精简申请材料320份，申请材料压减率42%。`, { material_reduction_pct: [42, 'exact'] }],
  ['people served', `${A}服务办事群众12万人次。`, {}],
  ['firms registered', `${A}新登记市场主体3260户。`, {}],
  ['windows beside the count', `${A}设置综合受理窗口24个，全年受理各类政务服务事项2.8万件。`, { approvals_handled: [28000, 'exact'] }],
  ['firms served beside the count', `${A}为126家企业办理审批事项860件。`, { approvals_handled: [860, 'exact'] }],
  // money
  ['fees waived beside the count', `${A}为企业减免审批费用86万元，全年办件2.6万件。`, { approvals_handled: [26000, 'exact'] }],
  ['an investment\'s sum', `${A}审批备案投资项目126个，总投资86亿元。`, {}],
  // ranks and other bases
  ['a rank beside the share', `${A}政务服务满意度排名全市第1，全程网办率达到85%。`, { online_processing_pct: [85, 'exact'] }],
  ['a rank of the share alone', `${A}全程网办率全省排名第3位。`, {}],
  ['satisfaction is no share of cases', `${A}群众满意度99.8%。`, {}],
  ['a share of items on line is no processing share', `${A}电子证照应用率达到90%。`, {}],
  ['time left per case', `${A}审批事项平均办理时间2.6个工作日。`, {}],
  ['rate of complaints rectified', `${A}“好差评”差评整改率100%。`, {}],
  // documents and meetings about the measure
  ['documents issued', `${A}出台审批制度改革配套文件6份。`, {}],
  ['meetings held', `${A}召开审批制度改革推进会4次，全年办件2.6万件。`, { approvals_handled: [26000, 'exact'] }],
  // targets
  ['确保 a share', `${A}确保即办件比例达到60%以上。`, {}],
  ['力争 next year', `${A}2024年力争全程网办率达到90%。`, {}],
  ['a target then the result', `${A}年初确定全程网办率目标85%，实际达到88.6%。`, { online_processing_pct: [88.6, 'exact'] }],
  ['不低于 as a requirement then the result', `${A}按照审批时限压缩不低于50%的要求，实际平均压缩72%。`, { approval_time_compression_pct: [72, 'exact'] }],
  // parts of the year
  ['a half-year', `${A}上半年办理审批事项1.3万件。`, {}],
  ['three quarters then the year', `${A}前三季度办件量2.1万件，全年办件量2.9万件。`, { approvals_handled: [29000, 'exact'] }],
  ['a month', `${A}12月份办理审批事项2600件。`, {}],
  // titles and slogans
  ['a plan\'s years inside a title', `${A}落实《政务服务“一网通办”三年行动方案（2021—2023年）》，全年办件1.6万件。`, { approvals_handled: [16000, 'exact'] }],
  ['slogans with figures, then the share', `${A}推行“最多跑一次”“30分钟办结”改革，即办件占比达到62%。`, { immediate_processing_pct: [62, 'exact'] }],
  ['a slogan\'s count alone', `${A}推出“一件事一次办”主题套餐20个。`, {}],
  // other authors
  ['a ministry: the count and its growth', `${AM}全年办结行政许可事项8600件，同比增长12%。`, { approvals_handled: [8600, 'exact'] }],
  ['a ministry: applications pending at year end', `${SM}截至年底在审注册申请1200件。`, {}],
  ['a town: the county centre\'s beside its own', `${Z}便民服务中心全年办理政务服务事项3600件，县政务服务中心同期办件42万件。`, { approvals_handled: [3600, 'exact'] }],
  ['a town traditional: the year before', `${ZT}便民服務中心全年辦理政務服務事項3600件，上年為3100件。`, { approvals_handled: [3600, 'exact'] }],
  ['a street: the count and its immediate part', `${S}全年办理政务服务事项5200件，其中即办件4100件。`, { approvals_handled: [5200, 'exact'] }],
  ['a county government: a sister county\'s share', `${G}全程网办率达到86%，高于全市平均水平8个百分点。`, { online_processing_pct: [86, 'exact'] }],
  ['compression in days alone', `${A}审批时限由法定的20个工作日压缩至5个工作日，较上年多压缩3个工作日。`, {}],
  ['materials share after its change', `${A}申请材料压减率较2022年提高8个百分点，达到46%。`, { material_reduction_pct: [46, 'exact'] }],
]

export const ENFORCEMENT_46: Probe39[] = [
  // the year before
  ['cases: the year before in a clause after', `${SC}全年查处各类违法案件286件，上年为241件。`, { enforcement_cases: [286, 'exact'] }],
  ['cases: the year before\'s only', `${SC}2022年查处各类违法案件241件。`, {}],
  ['checks: 去年同期 beside the year\'s', `${YJ}全年开展安全生产执法检查1260次，去年同期为980次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['penalties: the year before first', `${JT}上年作出行政处罚决定420件，本年作出行政处罚决定516件。`, { penalty_cases: [516, 'exact'] }],
  ['fines: the year before in brackets', `${HB}罚没款1860万元（2022年为1420万元）。`, { fines_yuan: [18600000, 'exact'] }],
  ['reconsideration: the year before\'s only', `${G}2022年全县办理行政复议案件68件。`, {}],
  ['suits: last year\'s lost ones', `${G}上年行政诉讼败诉案件3件。`, {}],
  ['traditional: the year before', `${SCT}全年查處各類違法案件286件，上年為241件。`, { enforcement_cases: [286, 'exact'] }],
  // changes
  ['cases: a change in 件 after the count', `${SC}查处违法案件286件，同比增加45件。`, { enforcement_cases: [286, 'exact'] }],
  ['cases: a change in % alone', `${SCC}查办案件数同比下降6.2%。`, {}],
  ['fines: a change in 万元 alone', `${HB}罚没款较上年增加440万元。`, {}],
  ['checks: a change of the count alone', `${YJ}执法检查次数同比增长23%。`, {}],
  ['hazards: a change alone', `${YJ}整改隐患数较上年多1200处。`, {}],
  ['suits: a change alone', `${G}行政诉讼案件同比减少12件。`, {}],
  ['head appearance: a change then the rate', `${G}行政机关负责人出庭应诉率较上年提高15个百分点，达到100%。`, { head_appearance_pct: [100, 'exact'] }],
  // spans
  ['cases since a year', `${NY}2019年以来累计查处农资违法案件236件。`, {}],
  ['fines since the plan period', `${HB}“十四五”以来累计罚没款1.2亿元。`, {}],
  ['lenient since the list came out', `${SC}免罚清单实施以来累计不予处罚案件860件。`, {}],
  ['hazards over three years', `${YJ}近三年累计排查整改隐患2.6万处。`, {}],
  ['since a year then the year', `${ZR}2021年以来累计查处违法用地案件312宗，2023年查处98宗。`, { enforcement_cases: [98, 'exact'] }],
  // wider areas, bodies below, sister bodies
  ['the province\'s cases quoted in a county bureau', `${SC}全省市场监管系统查处案件5.6万件，我局查处286件。`, { enforcement_cases: [286, 'exact'] }],
  ['the nation\'s figure quoted in a province', `${HBP}全国生态环境部门下达处罚决定书9.1万份。`, {}],
  ['the city\'s reconsideration total in a county government', `${G}全市行政复议机关受理案件1860件。`, {}],
  ['a bureau\'s team below', `${CG}各区城管执法大队查处违法案件3200件。`, {}],
  ['the market offices below then the bureau\'s own', `${SC}各市场监管所立案86件，局机关立案200件。`, { enforcement_cases: [200, 'exact'] }],
  ['a sister bureau\'s checks', `${WJ}县市场监管局开展药品检查320次。`, {}],
  ['a town: the county team\'s checks', `${Z}县综合执法大队在我镇开展执法检查56次。`, {}],
  ['a street: the district\'s fines', `${S}区城管执法局全年罚没款620万元。`, {}],
  // units, people, items involved rather than cases
  ['firms involved rather than cases', `${SC}查处违法案件286件，涉及经营主体240户。`, { enforcement_cases: [286, 'exact'] }],
  ['firms checked beside inspections', `${YJ}开展执法检查1260次，检查企业860家。`, { enforcement_inspections: [1260, 'exact'] }],
  ['officers sent out', `${JT}出动执法人员1.2万人次，查处违法案件516件。`, { enforcement_cases: [516, 'exact'] }],
  ['people punished', `${GA}行政处罚违法人员1860人。`, {}],
  ['items seized', `${WL}收缴非法出版物3600册，查处案件42件。`, { enforcement_cases: [42, 'exact'] }],
  ['hazards found are no hazards rectified', `${YJ}排查发现隐患3260处，整改3180处。`, { hazards_rectified: [3180, 'exact'] }],
  ['enterprises rectified are no hazards', `${YJ}督促86家企业完成整改。`, {}],
  ['lenient: firms helped', `${SC}首违不罚惠及市场主体326户。`, {}],
  ['reconsideration: applicants counted', `${G}行政复议申请人共236人，受理行政复议案件180件。`, { reconsideration_cases: [180, 'exact'] }],
  // money
  ['money involved beside fines', `${SC}案值合计1260万元，罚没款326万元。`, { fines_yuan: [3260000, 'exact'] }],
  ['money recovered for consumers', `${SCC}为消费者挽回经济损失860万元。`, {}],
  ['back wages recovered', `${RS}为劳动者追讨欠薪2600万元，查处劳动保障违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['water fees recovered', `${SL}追缴水资源费36万元。`, {}],
  ['taxes made good', `${SW}查补税款1.2亿元，查结稽查案件86件。`, { enforcement_cases: [86, 'exact'] }],
  ['compensation awarded in suits', `${G}行政赔偿金额12万元。`, {}],
  // ranks and other bases
  ['a rank beside cases', `${SC}查处案件数全市第3名，查处违法案件286件。`, { enforcement_cases: [286, 'exact'] }],
  ['a rank alone', `${HB}执法考核全省第2名。`, {}],
  ['closure rate is no count', `${SC}案件办结率98.6%。`, {}],
  ['a share of the cases is no rate of the catalogue', `${SC}食品类案件占案件总数的42%。`, {}],
  ['the court\'s rate of upholding is no head appearance', `${G}行政诉讼案件胜诉率92%。`, {}],
  ['reconsideration: maintained rate is no correction rate', `${G}行政复议决定维持率86%，纠错率12%。`, { reconsideration_correction_pct: [12, 'exact'] }],
  // documents and meetings
  ['documents on enforcement issued', `${SC}制定行政执法制度文件12项。`, {}],
  ['meetings on reconsideration', `${G}召开行政复议委员会会议4次。`, {}],
  ['files reviewed are no cases', `${SC}评查行政执法案卷120卷。`, {}],
  ['hearings on suits attended', `${G}组织旁听庭审4场。`, {}],
  // targets
  ['确保 head appearance', `${G}确保行政机关负责人出庭应诉率达到100%。`, {}],
  ['力争 hazards', `${YJ}力争全年整改隐患不少于5000处。`, {}],
  ['a plan of checks then the result', `${SC}年度检查计划安排检查1200户次，实际检查1360户次。`, { enforcement_inspections: [1360, 'exact'] }],
  ['不低于 random-check share', `${SCC}双随机抽查比例不低于5%。`, {}],
  // parts of the year
  ['a half-year\'s cases', `${SC}上半年查处违法案件126件。`, {}],
  ['a quarter then the year', `${YJ}第一季度执法检查260次，全年执法检查1260次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['January to October', `${HB}1至10月罚没款1260万元。`, {}],
  // titles and slogans
  ['a campaign\'s year in a slogan', `${SC}开展“守护消费2023”专项行动，查处违法案件86件。`, { enforcement_cases: [86, 'exact'] }],
  ['figures in a rule\'s title', `${YJ}对照《安全生产领域十大重点问题》，整改隐患3180处。`, { hazards_rectified: [3180, 'exact'] }],
  ['a campaign\'s days in quotes', `${JT}开展“百日攻坚”行动，查处超限超载车辆860台次。`, {}],
  // other authors and sectors
  ['a ministry: the nation is its own area (`optional`, read)', `${SM}全国药品监管部门查处药品案件11.2万件。`, { enforcement_cases: [112000, 'exact'] }],
  ['a province: penalties of the year and the year before', `${HBP}全省下达环境行政处罚决定书4260份，上年为3980份。`, { penalty_cases: [4260, 'exact'] }],
  ['police: detained people beside cases', `${GA}查处治安案件3260起，行政拘留860人。`, { enforcement_cases: [3260, 'exact'] }],
  ['water: illegal sand cases and the sand', `${SL}查处非法采砂案件12起，没收河砂3600吨。`, { enforcement_cases: [12, 'exact'] }],
  ['transport traditional: vehicles and penalties', `${headT('柳塘縣交通運輸局')}查處超限車輛860台次，作出行政處罰516件。`, { penalty_cases: [516, 'exact'] }],
  ['emergency traditional: the year before', `${YJT}全年開展執法檢查1260次，上年為980次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['a county government traditional: suits and their change', `${GT}全縣發生行政訴訟案件86件，同比下降12%。`, { litigation_cases: [86, 'exact'] }],
  ['a county government: the towns\' documents on enforcement', `${G}各乡镇制定执法工作制度文件36件，全县办理行政处罚案件4260件。`, { penalty_cases: [4260, 'exact'] }],
  ['cases: a document on the campaign then the cases', `${SC}出台专项整治文件3件，查处违法案件86件。`, { enforcement_cases: [86, 'exact'] }],
  ['hazards: a half-year then the year', `${YJT}上半年整改隱患1200處，全年整改隱患3180處。`, { hazards_rectified: [3180, 'exact'] }],
  ['a town: its team\'s cases beside the county\'s', `${Z}镇综合执法队查处违法行为68起，县执法局同期查处1260起。`, { enforcement_cases: [68, 'exact'] }],
]

export const MEDIATION_46: Probe39[] = [
  // the year before and changes
  ['resolved: the year before after', `${J}全年调解化解矛盾纠纷2360件，上年为2100件。`, { disputes_resolved: [2360, 'exact'] }],
  ['identified: the year before\'s only', `${J}2022年排查矛盾纠纷2680件。`, {}],
  ['petitions: 去年同期 beside the year', `${XF}全年受理信访事项860件，去年同期为920件。`, { petitions_handled: [860, 'exact'] }],
  ['success rate: a change then the rate', `${J}调解成功率较上年提高2个百分点，达到98.2%。`, { mediation_success_pct: [98.2, 'exact'] }],
  ['resolved: a change alone', `${J}化解矛盾纠纷数同比增长16%。`, {}],
  ['petitions: a change in 件 alone', `${XF}信访事项同比减少86件。`, {}],
  ['traditional: the year before', `${JT2}全年調解化解矛盾糾紛2360件，上年為2100件。`, { disputes_resolved: [2360, 'exact'] }],
  // spans
  ['resolved since a year', `${J}2019年以来累计调解矛盾纠纷1.2万件。`, {}],
  ['petitions since the plan period', `${XF}“十四五”以来累计办理信访事项4600件。`, {}],
  ['identified over three years then the year', `${J}近三年累计排查纠纷7200件，今年排查纠纷2680件。`, { disputes_identified: [2680, 'exact'] }],
  // wider areas, bodies below, sister bodies
  ['the city\'s total quoted in a county bureau', `${J}全市人民调解组织调解纠纷3.6万件。`, {}],
  ['the city\'s total then the county\'s', `${J}全市共调解纠纷3.6万件，其中我县调解2360件。`, { disputes_resolved: [2360, 'exact'] }],
  ['the justice offices below', `${J}各司法所调解纠纷1260件。`, {}],
  ['a town: the county\'s petitions', `${Z}县信访局全年受理信访事项860件。`, {}],
  ['a town: its own beside the county\'s', `${Z}全镇化解矛盾纠纷236件，全县化解矛盾纠纷5200件。`, { disputes_resolved: [236, 'exact'] }],
  ['a street: the communities\' mediators', `${S}各社区调委会调解纠纷320件，街道调委会调解纠纷86件。`, { disputes_resolved: [86, 'exact'] }],
  ['a city bureau: a sister court\'s mediations', `${JC}市中级人民法院诉前调解案件8600件。`, {}],
  // units, people, items
  ['people involved rather than disputes', `${J}调解纠纷2360件，涉及当事人5100人。`, { disputes_resolved: [2360, 'exact'] }],
  ['mediation committees counted', `${J}全县建成人民调解委员会236个。`, {}],
  ['mediators counted', `${J}现有人民调解员1260名，调解纠纷2360件。`, { disputes_resolved: [2360, 'exact'] }],
  ['visitors in 人次 beside matters', `${XF}接待群众来访1260人次，受理信访事项860件。`, { petitions_handled: [860, 'exact'] }],
  ['visits in 批 alone are `optional` petitions (b-tw-cangcheng)', `${XF}接待集体访36批。`, { petitions_handled: [36, 'exact'] }],
  // money
  ['money involved', `${J}调解纠纷涉及金额3600万元。`, {}],
  ['subsidies paid to mediators', `${J}发放人民调解案件补贴28万元，调解纠纷2360件。`, { disputes_resolved: [2360, 'exact'] }],
  ['wages recovered through mediation', `${RS}调解劳动争议案件326件，为劳动者追回工资860万元。`, { disputes_resolved: [326, 'exact'] }],
  // ranks and other bases
  ['a rank of petitions', `${XF}信访工作考核全市第1名。`, {}],
  ['a rank beside resolved', `${J}调解工作排名全省第3名，调解纠纷2360件。`, { disputes_resolved: [2360, 'exact'] }],
  ['agreements honoured is no success rate', `${J}调解协议履行率99%。`, {}],
  ['petitions settled on time is no count', `${XF}信访事项按期办结率100%。`, {}],
  ['satisfaction with petitions', `${XF}群众满意率96.5%。`, {}],
  ['a kind\'s share of disputes', `${J}婚姻家庭纠纷占纠纷总数的36%。`, {}],
  // documents and meetings
  ['meetings on disputes', `${J}召开矛盾纠纷排查化解联席会议12次。`, {}],
  ['documents on mediation', `${J}出台人民调解工作规范文件3件。`, {}],
  ['training of mediators is no dispute', `${J}培训人民调解员860人次。`, {}],
  // targets
  ['确保 success rate', `${J}确保调解成功率达到95%以上。`, {}],
  ['力争 disputes resolved locally', `${G}力争90%以上的矛盾纠纷化解在基层。`, {}],
  ['a target then the result', `${J}年初确定调解成功率目标95%，实际达到97.6%。`, { mediation_success_pct: [97.6, 'exact'] }],
  // parts of the year
  ['a half-year', `${J}上半年调解矛盾纠纷1180件。`, {}],
  ['a quarter then the year', `${XF}第四季度受理信访事项210件，全年受理信访事项860件。`, { petitions_handled: [860, 'exact'] }],
  ['a festival\'s period', `${J}春节期间排查矛盾纠纷126件。`, {}],
  // titles and slogans
  ['a slogan with a figure', `${J}推广“枫桥经验”“123”调解工作法，调解纠纷2360件。`, { disputes_resolved: [2360, 'exact'] }],
  ['a campaign in a title', `${XF}落实《信访工作条例》实施三周年活动，受理信访事项860件。`, { petitions_handled: [860, 'exact'] }],
  // other authors
  ['a province: the nation\'s quoted', `${head('江西省司法厅')}全国人民调解组织调解矛盾纠纷1750万件。`, {}],
  ['a town traditional: the county\'s beside its own', `${ZT}全鎮化解矛盾糾紛236件，全縣化解矛盾糾紛5200件。`, { disputes_resolved: [236, 'exact'] }],
  ['a county government: the towns\' identified', `${G}各乡镇排查矛盾纠纷3600件。`, {}],
  ['a street: a campaign\'s documents beside its resolved', `${S}印发排查化解工作方案2份，化解矛盾纠纷312件。`, { disputes_resolved: [312, 'exact'] }],
  ['a county government: petitions of the year before in brackets', `${G}受理信访事项1260件（2022年为1380件）。`, { petitions_handled: [1260, 'exact'] }],
  ['a city bureau: the province\'s success rate quoted', `${JC}全省人民调解成功率为96%，全市调解成功率达到98.3%。`, { mediation_success_pct: [98.3, 'exact'] }],
  ['a street: identified then resolved with the rate', `${S}排查矛盾纠纷320件，化解312件，化解率97.5%。`, { disputes_identified: [320, 'exact'], disputes_resolved: [312, 'exact'] }],
]

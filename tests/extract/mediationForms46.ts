/**
 * Mediation and service forms of round 46 (issue 11: holdout precision). The catalogue's mediation family — disputes identified
 * (排查/受理纠纷), resolved (化解, 调解成功, 成功调处, 达成调解协议), the success rate (调解成功率) and petitions handled (信访) — and
 * the work beside it that the catalogue has no indicator for: pre-suit mediation (诉前调解, the court's), arbitration of labour and
 * personnel disputes (劳动人事争议仲裁), legal aid (法律援助), public legal services (公共法律服务, 12348 热线), notarisation. Weighted
 * to precision: each true figure stands beside one that is not the author's year's count — the year before, 同比, spans (累计, 自X年
 * 以来), other rates (化解率, 调处率, 履行率, 满意率, 办结率), committees, mediators and rooms counted, a kind's rate against the
 * whole's, money (涉及金额, 挽回), the sweep's stage against the settling's (排查 vs 调处), other bodies (法院, 派出所, 信访局, 各村),
 * targets. Also labour inspection (劳动保障监察): the 人社局's enforcement, whose cases are `enforcement_cases` (ruling in the corpus
 * README, "Mediation and service forms 46"). Thirteen sectors and authors of five levels; every fifth probe again in traditional
 * script (the test converts it). Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'

const MJ = head('司法部')
const MR = head('人力资源社会保障部')
const MX = head('国家信访局')
const PJ = head('山西省司法厅')
const PR = head('山西省人力资源和社会保障厅')
const PX = head('山西省信访局')
const PG = head('山西省人民政府')
const CJ = head('临江市司法局')
const CR = head('临江市人力资源和社会保障局')
const CX = head('临江市信访局')
const CGA = head('临江市公安局')
const CWJ = head('临江市卫生健康委员会')
const CZJ = head('临江市住房和城乡建设局')
const CSC = head('临江市市场监督管理局')
const J = head('青河县司法局')
const R = head('青河县人力资源和社会保障局')
const X = head('青河县信访局')
const G = head('青河县人民政府')
const ZR = head('青河县自然资源局')
const NY = head('青河县农业农村局')
const LY = head('青河县林业局')
const JT = head('青河县交通运输局')
const JY = head('青河县教育局')
const SL = head('青河县水利局')
const TJ = head('青河县退役军人事务局')
const MZ = head('青河县民政局')
const GA = head('青河县公安局')
const Z = head('桥头镇人民政府')
const S = head('东湖街道办事处')
const SF = head('桥头镇司法所')
const X2 = head('柳林乡人民政府')
const HB = head('临江市生态环境局')
const CG = head('临江市城市管理局')
const YB = head('青河县医疗保障局')
const WL = head('青河县文化和旅游局')
const YJ = head('青河县应急管理局')
const S2 = head('西关街道办事处')

/** 人民调解: the stages and their rate, beside committees, mediators, money, other rates, other years and other bodies. */
export const PEOPLES_46: Probe39[] = [
  // the stages: found, accepted, mediated, succeeded
  ['found, mediated with success, rate', `${J}全县各级人民调解组织排查矛盾纠纷3120件，调解成功3086件，调解成功率98.9%。`,
    { disputes_identified: [3120, 'exact'], disputes_resolved: [3086, 'exact'], mediation_success_pct: [98.9, 'exact'] }],
  ['found then 调处 alone (not success)', `${J}排查矛盾纠纷1260件，调处1248件。`, { disputes_identified: [1260, 'exact'] }],
  ['found, 调处, then succeeded', `${J}排查矛盾纠纷1260件，调处1248件，其中调处成功1230件。`, { disputes_identified: [1260, 'exact'], disputes_resolved: [1230, 'exact'] }],
  ['accepted and agreements reached', `${SF}受理矛盾纠纷136件，达成调解协议131件。`, { disputes_identified: [136, 'exact'], disputes_resolved: [131, 'exact'] }],
  ['mediated then agreements (lower stage dropped)', `${Z}调解纠纷96件，达成调解协议92件。`, { disputes_resolved: [92, 'exact'] }],
  ['resolved before the predicate', `${S}全年共有218件矛盾纠纷得到有效化解。`, { disputes_resolved: [218, 'exact'] }],
  ['a sweep\'s rounds beside the disputes found', `${X2}开展矛盾纠纷排查12轮次，排查出矛盾纠纷58件，化解56件。`, { disputes_identified: [58, 'exact'], disputes_resolved: [56, 'exact'] }],
  ['a sweep\'s sites and households only', `${Z}组织网格员走访农户3260户，排查重点场所46处。`, {}],
  ['the success rate with 达', `${CJ}全市人民调解成功率达98.2%。`, { mediation_success_pct: [98.2, 'exact'] }],
  ['the success rate as a bound', `${SF}调解成功率保持在98%以上。`, { mediation_success_pct: [98, 'approx'] }],
  // committees, mediators, rooms: counted, no cases
  ['committees only', `${J}全县共建立人民调解委员会268个。`, {}],
  ['mediators only', `${J}全县共有人民调解员1860名，其中专职人民调解员96名。`, {}],
  ['committees and mediators, then the year\'s', `${CJ}全市有人民调解组织2360个、人民调解员1.2万名，全年调解矛盾纠纷2.6万件，调解成功2.58万件。`, { disputes_resolved: [25800, 'exact'] }],
  ['rooms and studios beside resolved', `${S}建成个人调解工作室3个、社区调解室12个，化解矛盾纠纷146件。`, { disputes_resolved: [146, 'exact'] }],
  ['mediators of a professional committee', `${CWJ}市医疗纠纷人民调解委员会配备专职调解员8名。`, {}],
  ['mediators trained in 人次', `${PJ}全省培训人民调解员4.6万人次。`, {}],
  ['committees newly set up in trades', `${CJ}新建行业性专业性人民调解组织26个，调解纠纷1860件。`, { disputes_resolved: [1860, 'exact'] }],
  ['a committee\'s ordinal name', `${S}第三人民调解委员会调解成功纠纷46件。`, { disputes_resolved: [46, 'exact'] }],
  ['gold-medal mediators named', `${J}评选“金牌调解员”10名，调解成功纠纷1260件。`, { disputes_resolved: [1260, 'exact'] }],
  // money: 涉及金额, 履行金额, 挽回损失
  ['money of the disputes beside resolved', `${J}调解成功矛盾纠纷1260件，涉及金额3260万元。`, { disputes_resolved: [1260, 'exact'] }],
  ['money fulfilled alone', `${SF}调解协议履行金额126万元。`, {}],
  ['losses recovered beside resolved', `${CSC}调解消费纠纷成功3260件，为消费者挽回经济损失860万元。`, { disputes_resolved: [3260, 'exact'] }],
  ['money of the subsidies', `${J}兑现人民调解个案补贴资金36万元，全年调解成功纠纷2400件。`, { disputes_resolved: [2400, 'exact'] }],
  // other rates: 化解率, 调处率, 履行率, 满意率, 回访率
  ['resolved rate only', `${J}矛盾纠纷化解率98.6%。`, {}],
  ['handled rate only', `${SF}矛盾纠纷调处率100%。`, {}],
  ['fulfilment rate beside the success rate', `${J}调解成功率97.6%，调解协议履行率99.1%。`, { mediation_success_pct: [97.6, 'exact'] }],
  ['satisfaction rate beside resolved', `${S}化解矛盾纠纷96件，群众满意率98%。`, { disputes_resolved: [96, 'exact'] }],
  ['follow-up rate only', `${SF}调解案件回访率100%。`, {}],
  ['the agreements\' judicial confirmation', `${J}申请司法确认调解协议36件。`, {}],
  // a kind's rate against the whole's
  ['a kind\'s rate before the whole\'s', `${CJ}医疗纠纷调解成功率92%，全市各类矛盾纠纷调解成功率98.4%。`, { mediation_success_pct: [98.4, 'exact'] }],
  ['the whole\'s rate then a kind\'s after 其中', `${J}调解成功率98.1%，其中婚姻家庭纠纷调解成功率96%。`, { mediation_success_pct: [98.1, 'exact'] }],
  ['property disputes\' rate alone', `${CZJ}物业纠纷调解成功率90.5%。`, {}],
  ['land disputes\' rate alone', `${ZR}土地权属纠纷调处成功率88%。`, {}],
  ['traffic accident disputes\' rate alone', `${CGA}交通事故纠纷调解成功率86%。`, {}],
  ['a kind\'s count and rate: count read as resolved, rate not', `${CWJ}调解医疗纠纷成功126件，医疗纠纷调解成功率91%。`, { disputes_resolved: [126, 'exact'] }],
  // the year before, 同比, spans
  ['success rate of the year before alone', `${J}上年调解成功率为97.3%。`, {}],
  ['resolved with 同比', `${J}成功调解矛盾纠纷1860件，同比增长8.6%。`, { disputes_resolved: [1860, 'exact'] }],
  ['resolved change alone in 件', `${J}调解成功纠纷同比增加126件。`, {}],
  ['found, the year before in an aside', `${Z}排查矛盾纠纷236件（上年为198件），化解232件。`, { disputes_identified: [236, 'exact'], disputes_resolved: [232, 'exact'] }],
  ['去年 then 今年', `${S}去年化解矛盾纠纷86件，今年化解矛盾纠纷112件。`, { disputes_resolved: [112, 'exact'] }],
  ['cumulative since a station opened', `${SF}建所以来累计调解纠纷2860件。`, {}],
  ['cumulative since a year, then the year', `${J}2018年以来累计调解成功纠纷1.3万件，其中今年调解成功2460件。`, { disputes_resolved: [2460, 'exact'] }],
  ['the first half only', `${Z}上半年化解矛盾纠纷46件。`, {}],
  ['a campaign\'s span', `${J}“百日攻坚”行动期间排查矛盾纠纷620件，化解598件。`, {}],
  ['近三年', `${CJ}近三年全市人民调解组织共调解纠纷7.8万件。`, {}],
  // targets and plans
  ['a target rate alone', `${J}确保调解成功率达到95%以上。`, {}],
  ['a target, then the rate reached', `${CJ}年初确定调解成功率不低于96%的目标，全年实际达到98.3%。`, { mediation_success_pct: [98.3, 'exact'] }],
  ['a plan for next year', `${J}2024年，力争化解矛盾纠纷3000件以上。`, {}],
  ['a requirement on each committee', `${S}要求每个社区调委会每月排查纠纷不少于2次。`, {}],
  // other bodies beside the author
  ['the court\'s pre-suit mediation, then own', `${J}县人民法院诉前调解案件860件；人民调解组织调解成功纠纷2300件。`, { disputes_resolved: [2300, 'exact'] }],
  ['the police station\'s beside the town\'s', `${Z}镇派出所调解治安纠纷36起；镇调委会化解矛盾纠纷128件。`, { disputes_resolved: [128, 'exact'] }],
  ['the county\'s total in a town', `${Z}全县化解矛盾纠纷8600件，我镇化解186件。`, { disputes_resolved: [186, 'exact'] }],
  ['the villages\' parts after the town\'s', `${X2}全乡调解成功纠纷86件，其中村调委会调解成功52件。`, { disputes_resolved: [86, 'exact'] }],
  ['the justice stations of the county in the bureau\'s', `${J}各司法所共调解纠纷1860件。`, {}],
  ['the province\'s in a city bureau', `${CJ}全省人民调解组织调解纠纷48万件，全市调解纠纷2.6万件。`, { disputes_resolved: [26000, 'exact'] }],
  ['a ministry\'s whole country', `${MJ}全国人民调解组织共调解矛盾纠纷1560万件。`, { disputes_resolved: [15600000, 'exact'] }],
  ['a province\'s whole province', `${PJ}全省人民调解组织排查矛盾纠纷52万件，调解成功51.2万件，调解成功率98.5%。`,
    { disputes_identified: [520000, 'exact'], disputes_resolved: [512000, 'exact'], mediation_success_pct: [98.5, 'exact'] }],
  ['a province government\'s', `${PG}全省化解矛盾纠纷62万件。`, { disputes_resolved: [620000, 'exact'] }],
  // numerals, approximations, full-width
  ['Chinese numerals approx', `${SF}全年排查纠纷一百六十余件，化解一百五十余件。`, { disputes_identified: [160, 'approx'], disputes_resolved: [150, 'approx'] }],
  ['近 before the figure', `${S}化解矛盾纠纷近200件。`, { disputes_resolved: [200, 'approx'] }],
  ['percent in Chinese', `${X2}调解成功率达百分之百。`, { mediation_success_pct: [100, 'exact'] }],
  ['万 with decimals', `${PJ}调解成功矛盾纠纷12.6万件。`, { disputes_resolved: [126000, 'exact'] }],
  ['a zero of disputes turned into cases', `${SF}全年未发生因矛盾纠纷激化引发的刑事案件，化解纠纷68件。`, { disputes_resolved: [68, 'exact'] }],
  ['a colon heading', `${Z}人民调解：排查纠纷86件，化解84件。`, { disputes_identified: [86, 'exact'], disputes_resolved: [84, 'exact'] }],
]

/** 诉前调解, 行政调解 and the linked channels (访调, 警调, 诉调): the court's is the court's, a department's own mediation is read. */
export const CHANNELS_46: Probe39[] = [
  ['pre-suit mediation of the court alone', `${J}配合法院开展诉前调解，成功化解纠纷320件。`, {}],
  ['pre-suit referred to the mediators', `${CJ}人民调解组织承接法院委派诉前调解案件1260件，调解成功680件。`, {}],
  ['pre-suit beside own', `${J}承接诉前委派调解案件320件；全年人民调解组织调解成功纠纷2860件。`, { disputes_resolved: [2860, 'exact'] }],
  ['pre-suit rate', `${J}诉前调解成功率42%。`, {}],
  ['administrative mediation by a department', `${ZR}开展行政调解，调处土地权属纠纷36件，成功调处32件。`, { disputes_resolved: [32, 'exact'] }],
  ['administrative mediation accepted and succeeded', `${NY}受理农村土地承包经营纠纷46件，调解成功41件。`, { disputes_identified: [46, 'exact'], disputes_resolved: [41, 'exact'] }],
  ['forest rights disputes', `${LY}调处山林权属纠纷18起，成功调处16起。`, { disputes_resolved: [16, 'exact'] }],
  ['water disputes of the water bureau', `${SL}化解水事纠纷12起。`, { disputes_resolved: [12, 'exact'] }],
  ['school disputes of the education bureau', `${JY}妥善化解校园矛盾纠纷23件。`, { disputes_resolved: [23, 'exact'] }],
  ['veterans\' matters: petitions and disputes', `${TJ}受理退役军人信访事项56件，化解矛盾纠纷18件。`, { petitions_handled: [56, 'exact'], disputes_resolved: [18, 'exact'] }],
  ['civil affairs: marriage disputes mediated', `${MZ}婚姻家庭辅导室调解婚姻家庭纠纷126件。`, { disputes_resolved: [126, 'exact'] }],
  ['transport: passenger complaints', `${JT}受理12328交通运输服务热线投诉860件，办结率100%。`, {}],
  ['police-mediation linked by the police', `${GA}通过“警调对接”机制化解矛盾纠纷560起。`, {}],
  ['police: own mediation', `${GA}全年调解治安纠纷1260起，调解成功1180起。`, { disputes_resolved: [1180, 'exact'] }],
  ['police: disputes received on 110 only', `${CGA}接报各类纠纷警情3.2万起。`, {}],
  ['visit-mediation linked, then the year\'s', `${X}通过“访调对接”化解信访矛盾46件；全年受理信访事项1260件。`, { petitions_handled: [1260, 'exact'] }],
  ['litigation-mediation linked, then the year\'s', `${J}通过诉调对接化解纠纷230件，全年共化解矛盾纠纷3460件。`, { disputes_resolved: [3460, 'exact'] }],
  ['health: medical disputes accepted and mediated', `${CWJ}市医调委受理医疗纠纷126件，调解成功118件，涉及赔偿金额860万元。`, {}],
  ['health: medical disputes of the author', `${CWJ}全年调解医疗纠纷126件，成功118件。`, { disputes_resolved: [118, 'exact'] }],
  ['housing: property disputes resolved', `${CZJ}化解物业服务纠纷326件，办理物业投诉1260件。`, { disputes_resolved: [326, 'exact'] }],
  ['market: consumer disputes with recovered losses', `${CSC}受理消费者投诉2.6万件，调解成功2.3万件，挽回经济损失1860万元。`, { disputes_resolved: [23000, 'exact'] }],
  ['market: complaints only', `${CSC}处理消费者投诉举报3.1万件。`, {}],
  ['an online mediation platform\'s applications', `${CJ}在线矛盾纠纷多元化解平台受理调解申请560件。`, {}],
  ['a town\'s comprehensive centre', `${Z}镇社会治理综合服务中心接待群众诉求360件，化解矛盾纠纷126件。`, { disputes_resolved: [126, 'exact'] }],
  ['street: 枫桥 experience with the rate', `${S}坚持和发展新时代“枫桥经验”，调解成功率达99%。`, { mediation_success_pct: [99, 'exact'] }],
]

/** 劳动人事争议仲裁 and labour mediation: arbitration's cases are the tribunal's caseload, no mediation figure. */
export const ARBITRATION_46: Probe39[] = [
  ['arbitration cases only', `${R}受理劳动人事争议仲裁案件1260件，结案1236件。`, {}],
  ['arbitration cases with the closing rate', `${CR}全市劳动人事争议仲裁机构立案受理案件5600件，仲裁结案率96.8%。`, {}],
  ['arbitration mediation rate', `${R}劳动人事争议仲裁调解率68%。`, {}],
  ['arbitration success rate of mediation', `${CR}劳动人事争议调解成功率72.5%。`, {}],
  ['arbitration money', `${R}为劳动者追回工资及经济补偿金3260万元。`, {}],
  ['arbitration then the whole mediation', `${G}劳动人事争议仲裁结案860件；全县矛盾纠纷调解成功率98.2%。`, { mediation_success_pct: [98.2, 'exact'] }],
  ['the arbitration commission as subject', `${R}县劳动人事争议仲裁委员会全年调解成功案件236件。`, {}],
  ['a ministry\'s national arbitration', `${MR}全国各级劳动人事争议调解组织和仲裁机构共办理争议案件386万件。`, {}],
  ['a province\'s department', `${PR}全省仲裁机构办结劳动人事争议案件21.6万件，调解成功率74%。`, {}],
  ['labour disputes mediated by the bureau\'s own mediators', `${R}基层劳动争议调解组织调解劳动纠纷326件，调解成功298件。`, { disputes_resolved: [298, 'exact'] }],
  ['labour arbitration beside petitions', `${R}受理劳动争议仲裁案件420件，办理信访事项86件。`, { petitions_handled: [86, 'exact'] }],
  ['arbitration awards', `${R}作出仲裁裁决书186份。`, {}],
  ['arbitration in a town: the county\'s', `${Z}配合县劳动人事争议仲裁院调处劳资纠纷12起。`, {}],
  ['rural land contract arbitration', `${NY}农村土地承包仲裁委员会受理仲裁申请8件。`, {}],
  ['commercial arbitration in a justice bureau', `${CJ}临江仲裁委员会受理仲裁案件1860件，标的额26亿元。`, {}],
]

/** 信访: matters handled, beside visits' people, rates, backlogs, matters passed on, other bodies and spans. */
export const PETITIONS_46: Probe39[] = [
  ['accepted with a closing rate', `${X}全年受理信访事项1860件，按期办结率99.6%。`, { petitions_handled: [1860, 'exact'] }],
  ['timely acceptance rate only', `${CX}信访事项及时受理率100%。`, {}],
  ['satisfaction rate only', `${CX}群众满意率93.2%。`, {}],
  ['participation rate only', `${CX}信访事项参评率86%。`, {}],
  ['backlog cases resolved', `${X}化解信访积案36件。`, {}],
  ['backlog beside the year\'s', `${X}化解信访积案36件，全年共受理群众来信来访1260件次。`, { petitions_handled: [1260, 'exact'] }],
  ['carried over from last year alone', `${Z}办结上年度结转信访事项6件。`, {}],
  ['passed to the county\'s bureau', `${Z}向县信访局移交信访事项8件。`, {}],
  ['assigned from above beside own', `${S}办理上级交办信访件26件，受理群众信访事项136件。`, { petitions_handled: [136, 'exact'] }],
  ['leaders receiving visitors\' days', `${G}县级领导公开接访48次，接待群众126批386人次。`, { petitions_handled: [126, 'exact'] }],
  ['people of visits only', `${Z}接待来访群众326人次。`, {}],
  ['online petitions share', `${CX}网上信访占比达68%。`, {}],
  ['online petitions count', `${CX}办理网上信访事项8600件。`, { petitions_handled: [8600, 'exact'] }],
  ['petitions fall 同比 only', `${X}信访总量同比下降12.6%。`, {}],
  ['petitions fall in 件 only', `${X}信访件次较上年减少86件次。`, {}],
  ['the year before in an aside', `${Z}受理信访事项46件（上年58件），办结率100%。`, { petitions_handled: [46, 'exact'] }],
  ['since a year', `${S}2019年以来累计化解信访问题328件。`, {}],
  ['visits to Beijing: none', `${Z}全年实现进京非访“零登记”。`, {}],
  ['a national bureau\'s', `${MX}全国信访系统共受理群众信访事项560万件次。`, { petitions_handled: [5600000, 'exact'] }],
  ['a province bureau\'s own', `${PX}省信访局本级受理群众来信来访4.6万件次。`, { petitions_handled: [46000, 'exact'] }],
  ['a province bureau: the province\'s, then own', `${PX}全省各级信访部门受理信访事项86万件，省信访局本级受理4.6万件。`, { petitions_handled: [46000, 'exact'] }],
  ['a county bureau\'s county total', `${X}全县各级各部门共受理信访事项3260件。`, { petitions_handled: [3260, 'exact'] }],
  ['a department\'s own petitions', `${ZR}办理涉及土地征收的信访事项126件。`, { petitions_handled: [126, 'exact'] }],
  ['a department: petitions and suits', `${CZJ}受理信访件1860件，作为被告的行政诉讼案件36件。`, { petitions_handled: [1860, 'exact'], litigation_cases: [36, 'exact'] }],
  ['petitions by law: applications for review', `${X}引导信访人依法申请行政复议12件。`, {}],
  ['petitions turned to other channels', `${CX}按照“诉访分离”导入法律程序信访事项260件。`, {}],
  ['petitions in 件 and 人次', `${X2}受理群众信访38件52人次。`, { petitions_handled: [38, 'exact'] }],
  ['letters of leaders\' mailbox', `${CX}办理市长信箱来信2.6万件。`, {}],
  ['hotlines\' orders beside petitions', `${X}办理12345热线工单1.8万件，受理信访事项2360件。`, { petitions_handled: [2360, 'exact'] }],
  ['petitions after a colon heading', `${S}信访工作：受理信访事项68件，办结68件。`, { petitions_handled: [68, 'exact'] }],
  ['a town: the county\'s then own', `${Z}全县受理信访事项2600件，我镇受理信访事项86件。`, { petitions_handled: [86, 'exact'] }],
  ['a target of petitions', `${X}力争信访事项按期办结率达到100%。`, {}],
  ['petitions resolved as disputes', `${Z}化解信访矛盾纠纷26件。`, {}],
  ['traditional numerals approx', `${X2}受理信访事項六十餘件。`, { petitions_handled: [60, 'approx'] }],
]

/** 公共法律服务, 法律援助, 12348, 公证, 律师: no indicator of the catalogue, beside the mediation figures that are. */
export const LEGAL_SERVICE_46: Probe39[] = [
  ['legal aid cases only', `${J}办理法律援助案件860件，为受援人挽回经济损失1260万元。`, {}],
  ['legal aid beside resolved', `${J}办理法律援助案件860件，人民调解组织调解成功纠纷2600件。`, { disputes_resolved: [2600, 'exact'] }],
  ['legal aid consultations', `${J}接待法律咨询5600人次。`, {}],
  ['legal aid of migrant workers', `${CJ}为农民工提供法律援助1260件，讨回欠薪3600万元。`, {}],
  ['12348 hotline calls', `${CJ}12348公共法律服务热线接听群众来电4.2万人次，满意率99%。`, {}],
  ['12348 hotline beside disputes', `${J}12348热线解答咨询3600件，排查矛盾纠纷860件。`, { disputes_identified: [860, 'exact'] }],
  ['public legal service centre\'s services', `${J}县公共法律服务中心提供各类法律服务1.2万件。`, {}],
  ['public legal service stations built', `${J}建成村（社区）公共法律服务工作室186个。`, {}],
  ['legal advisers of villages', `${J}为186个村（社区）配备法律顾问，提供法律咨询3200人次。`, {}],
  ['notarisation', `${J}办理公证事项2860件。`, {}],
  ['lawyers\' cases', `${CJ}全市律师办理各类法律事务2.6万件。`, {}],
  ['legal aid in a ministry', `${MJ}全国共办理法律援助案件150万件，提供法律咨询1600万人次。`, {}],
  ['legal aid in a province', `${PJ}全省法律援助机构组织办理法律援助案件6.2万件。`, {}],
  ['legal aid in a station', `${SF}受理法律援助申请26件，解答法律咨询560人次，调解纠纷86件。`, { disputes_resolved: [86, 'exact'] }],
  ['legal aid in a street', `${S}开展法律援助进社区活动12场，受理法律援助案件8件。`, {}],
  ['community correction', `${SF}在册社区矫正对象36人，新接收12人。`, {}],
  ['people released from prison helped', `${SF}衔接刑满释放人员28人。`, {}],
  ['legal service satisfaction alone', `${J}公共法律服务满意率98.6%。`, {}],
  ['legal aid then the success rate', `${J}受理法律援助案件620件；全县人民调解成功率98.8%。`, { mediation_success_pct: [98.8, 'exact'] }],
  ['legal aid duty lawyers', `${J}法律援助工作站值班律师提供法律帮助1860人次。`, {}],
]

/** 劳动保障监察 (ruling: enforcement, the 人社局's `enforcement_cases`), beside complaints, wages recovered, workers and arbitration. */
export const LABOUR_INSPECTION_46: Probe39[] = [
  ['labour inspection cases filed', `${R}立案查处劳动保障监察案件126件，结案率100%。`, { enforcement_cases: [126, 'exact'] }],
  ['labour inspection cases closed', `${CR}全市办结劳动保障监察案件860件。`, { enforcement_cases: [860, 'exact'] }],
  ['labour inspection cases with wages recovered', `${R}查处劳动保障监察案件86件，为1260名劳动者追发工资等待遇2360万元。`, { enforcement_cases: [86, 'exact'] }],
  ['complaints received then cases filed', `${R}受理劳动保障监察举报投诉326件，立案查处58件。`, { enforcement_cases: [58, 'exact'] }],
  ['complaints only', `${R}受理欠薪投诉举报420件，按期结案率100%。`, {}],
  ['employers checked only', `${R}书面审查用人单位1260户。`, {}],
  ['wages recovered only', `${CR}为农民工追讨欠薪1.2亿元。`, {}],
  ['wage cases of the labour inspection brigade', `${R}县劳动保障监察大队处理欠薪案件96件。`, { enforcement_cases: [96, 'exact'] }],
  ['labour inspection cases transferred to the police', `${R}向公安机关移送涉嫌拒不支付劳动报酬犯罪案件6件。`, {}],
  ['labour inspection: penalties', `${R}作出劳动保障监察行政处罚决定18件，罚款26万元。`, { penalty_cases: [18, 'exact'], fines_yuan: [260000, 'exact'] }],
  ['labour inspection cases of the ministry', `${MR}全国劳动保障监察机构查处各类违法案件8.6万件。`, { enforcement_cases: [86000, 'exact'] }],
  ['labour inspection cases in a province', `${PR}全省劳动保障监察机构办结案件1.6万件。`, { enforcement_cases: [16000, 'exact'] }],
  ['labour inspection with the year before', `${R}查处劳动保障监察案件126件，上年为98件。`, { enforcement_cases: [126, 'exact'] }],
  ['labour inspection 同比 only', `${R}劳动保障监察案件同比下降18%。`, {}],
  ['labour inspection beside arbitration', `${R}立案查处劳动保障监察案件64件；受理劳动人事争议仲裁案件312件。`, { enforcement_cases: [64, 'exact'] }],
  ['labour inspection: the county\'s in a town', `${Z}配合县人社局查处欠薪案件5件。`, {}],
  ['labour inspection: a blacklist', `${R}将3家企业列入拖欠农民工工资失信联合惩戒对象名单。`, {}],
  ['labour inspection cases since a year', `${R}自2020年以来累计查处劳动保障监察案件520件。`, {}],
  ['labour inspection traditional-numeral approx', `${R}全年查处劳动保障监察案件一百余件。`, { enforcement_cases: [100, 'approx'] }],
]

/** Whole paragraphs: the author's own figures once, with several of the neighbours above. */
export const PARAGRAPHS_46: Probe39[] = [
  ['a justice bureau\'s mediation paragraph', `${J}全县共有人民调解委员会218个、人民调解员1260名。全年排查矛盾纠纷2860件，调解成功2812件，调解成功率98.3%，` +
    '涉及金额4260万元；办理法律援助案件560件，12348热线接听来电3200人次。',
    { disputes_identified: [2860, 'exact'], disputes_resolved: [2812, 'exact'], mediation_success_pct: [98.3, 'exact'] }],
  ['a town\'s stability paragraph', `${Z}镇村两级排查矛盾纠纷126件，化解123件；受理群众信访事项46件，办结率100%；配合县法院开展诉前调解12件。`,
    { disputes_identified: [126, 'exact'], disputes_resolved: [123, 'exact'], petitions_handled: [46, 'exact'] }],
  ['a street\'s paragraph with last year', `${S}全年化解矛盾纠纷168件（2022年为152件），调解成功率99.4%，较上年提高0.3个百分点；接待来访群众86批次。`,
    { disputes_resolved: [168, 'exact'], mediation_success_pct: [99.4, 'exact'], petitions_handled: [86, 'exact'] }],
  ['a county government\'s paragraph', `${G}全县人民调解组织调解矛盾纠纷5260件，调解成功率98.6%；县信访局受理信访事项1860件；县劳动人事争议仲裁院结案420件。`,
    { disputes_resolved: [5260, 'exact'], mediation_success_pct: [98.6, 'exact'], petitions_handled: [1860, 'exact'] }],
  ['a city bureau\'s: the province\'s rate, then own', `${CJ}全省人民调解成功率为97.8%，我市为98.6%，位居全省第二。`, { mediation_success_pct: [98.6, 'exact'] }],
  ['a station\'s report: its own, then the county\'s', `${SF}全年调解纠纷86件，调解成功85件；全县各司法所共调解纠纷1260件。`, { disputes_resolved: [85, 'exact'] }],
  ['a labour bureau\'s paragraph', `${R}立案查处劳动保障监察案件86件，为农民工追发工资1260万元；受理劳动人事争议仲裁案件620件，仲裁调解成功率72%；办理信访事项136件。`,
    { enforcement_cases: [86, 'exact'], petitions_handled: [136, 'exact'] }],
  ['a petition bureau\'s paragraph', `${X}全年受理群众信访事项2360件，同比下降9.2%，按期办结率99.8%；化解信访积案18件；网上信访占比72%。`, { petitions_handled: [2360, 'exact'] }],
  ['a village-level listing in a township', `${X2}各村调委会排查纠纷96件，乡调委会调处疑难纠纷12件。`, {}],
  ['a ministry\'s year with the plan', `${MJ}全国人民调解组织调解矛盾纠纷1780万件，调解成功率96%以上。下一步，力争培育金牌调解员1万名。`,
    { disputes_resolved: [17800000, 'exact'], mediation_success_pct: [96, 'approx'] }],
]

/** Near misses of the forms above, in other wording: the stage, the body, the year and the kind told again. */
export const MORE_46: Probe39[] = [
  ['a part after 其中 named success', `${Z}受理矛盾纠纷68件，其中成功调解66件。`, { disputes_identified: [68, 'exact'], disputes_resolved: [66, 'exact'] }],
  ['调处 then success after 其中, success first', `${S}调处矛盾纠纷326件，其中成功调处318件。`, { disputes_resolved: [318, 'exact'] }],
  ['调处 then 调处 again after 其中 (no success)', `${S}调处矛盾纠纷326件，其中调处邻里纠纷120件。`, {}],
  ['the court\'s 调处 then its success after 其中', `${J}法院诉前调处纠纷860件，其中调处成功520件。`, {}],
  ['调处 alone beside the rate of handling', `${S}调处矛盾纠纷56件，调处率100%。`, {}],
  ['排查化解 as one stage', `${X2}排查化解矛盾纠纷76件。`, { disputes_resolved: [76, 'exact'] }],
  ['found, then still under mediation', `${Z}排查矛盾纠纷62件，正在调处3件。`, { disputes_identified: [62, 'exact'] }],
  ['judicial confirmation beside the year\'s', `${J}调解成功矛盾纠纷1860件，其中申请司法确认126件。`, { disputes_resolved: [1860, 'exact'] }],
  // (a committee named by its disputes is another body, whose figures are its own: the clause after its count carries it as subject)
  ['a committee set up, then its disputes', `${CJ}成立物业纠纷人民调解委员会3个，调解成功物业纠纷260件。`, {}],
  ['cumulative since a centre opened', `${CJ}中心成立以来累计化解矛盾纠纷3600件。`, {}],
  ['cumulative since a committee was set up', `${S}调委会组建以来共调解纠纷560件。`, {}],
  ['a kind\'s rate with a long kind', `${LY}林地权属纠纷调解成功率85%。`, {}],
  ['a kind\'s rate with a contract kind', `${NY}土地承包经营纠纷调处成功率93%。`, {}],
  ['the whole\'s rate after a long kind\'s', `${NY}土地承包经营纠纷调处成功率93%，全县矛盾纠纷调解成功率97.6%。`, { mediation_success_pct: [97.6, 'exact'] }],
  ['accepted with a long kind', `${ZR}受理土地山林权属纠纷36件，调处成功33件。`, { disputes_identified: [36, 'exact'], disputes_resolved: [33, 'exact'] }],
  ['accepted difficult ones with 的 after the whole', `${J}全县排查矛盾纠纷2860件；县司法局直接受理调解的疑难纠纷43件。`, { disputes_identified: [2860, 'exact'] }],
  ['accepted with a long kind, traditional numerals', `${NY}受理农村土地承包经营纠纷二十六件。`, { disputes_identified: [26, 'exact'] }],
  ['accepted consultation, not disputes', `${J}受理群众法律咨询3260件。`, {}],
  ['the medical mediation committee\'s in full', `${CWJ}市医疗纠纷人民调解委员会受理医疗纠纷86件，调解成功80件。`, {}],
  ['the traffic mediation committee\'s short name', `${CGA}市交调委调解交通事故纠纷1260起。`, {}],
  ['the author\'s own committee under the town', `${Z}镇人民调解委员会调解纠纷46件，调解成功45件。`, { disputes_resolved: [45, 'exact'] }],
  ['arbitration\'s rate in a paragraph', `${CR}仲裁调解成功率76%，全市人民调解成功率98.2%。`, { mediation_success_pct: [98.2, 'exact'] }],
  ['the arbitration court as subject', `${R}县劳动人事争议仲裁院调解成功率达70%。`, {}],
  ['the arbitration bodies of a province', `${PR}全省劳动人事争议仲裁机构调解成功率68%。`, {}],
  ['guided to apply for a suit', `${X}引导信访群众通过诉讼途径解决问题36件。`, {}],
  ['guided to apply for review by a town', `${Z}引导群众依法申请行政复议5件。`, {}],
  ['the author\'s own reviews beside guided ones', `${CJ}办理行政复议案件126件；引导信访人申请复议8件。`, { reconsideration_cases: [126, 'exact'] }],
  ['petitions routed to procedures beside the year\'s', `${CX}受理信访事项8600件，其中导入法律程序办理1260件。`, { petitions_handled: [8600, 'exact'] }],
  ['petitions led by leaders: cases taken', `${G}县级领导包案化解信访问题46件。`, {}],
  ['labour inspection cases closed by the brigade', `${R}县劳动监察大队办结劳动保障监察案件62件。`, { enforcement_cases: [62, 'exact'] }],
  ['labour inspection: cases of the city in a county bureau', `${R}全市劳动保障监察机构办结案件3200件。`, {}],
  ['labour inspection: wages cases by the bureau', `${CR}全年处理拖欠工资案件326件，为2860名劳动者追回工资3600万元。`, { enforcement_cases: [326, 'exact'] }],
  ['labour inspection: clues only', `${R}排查欠薪线索126条。`, {}],
  ['labour inspection: enterprises inspected with cases', `${R}检查用人单位860户，立案查处违法案件36件。`, { enforcement_cases: [36, 'exact'] }],
  ['labour inspection: the annual review of employers', `${CR}开展劳动保障书面材料审查1.2万户。`, {}],
  ['12348 hotline\'s disputes passed on', `${J}12348热线受理咨询3600件，转交调解组织化解纠纷42件。`, {}],
  ['public legal services with the mediation rate', `${S}社区公共法律服务工作室提供咨询326人次，调解成功率100%。`, { mediation_success_pct: [100, 'exact'] }],
  ['a street\'s grid: reports and disputes', `${S}网格员上报事件1860件，排查矛盾纠纷126件，化解124件。`, { disputes_identified: [126, 'exact'], disputes_resolved: [124, 'exact'] }],
  ['a town\'s: the station\'s figure as its own', `${Z}镇司法所调解纠纷86件，调解成功85件。`, { disputes_resolved: [85, 'exact'] }],
  ['a street\'s key disputes only', `${S}化解重大疑难矛盾纠纷6件，全年共化解矛盾纠纷236件。`, { disputes_resolved: [236, 'exact'] }],
  ['a province: the whole country\'s rate before its own', `${PJ}全国人民调解成功率96%，全省人民调解成功率98%。`, { mediation_success_pct: [98, 'exact'] }],
]

/** A third batch: other sectors' mediation and petitions, and the neighbours told once more at each level. */
export const SECTORS_46: Probe39[] = [
  ['environment: petitions on pollution', `${HB}办理生态环境信访投诉1860件，办结率100%。`, { petitions_handled: [1860, 'exact'] }],
  ['environment: disputes of damage compensation', `${HB}磋商达成生态环境损害赔偿协议12件。`, {}],
  ['urban management: disputes mediated', `${CG}调处城市管理领域矛盾纠纷86件，成功化解82件。`, { disputes_resolved: [82, 'exact'] }],
  ['urban management: 12319 orders', `${CG}办理12319城建服务热线诉求2.6万件。`, {}],
  ['medical insurance: complaints only', `${YB}受理医保咨询投诉1260件。`, {}],
  ['medical insurance: petitions', `${YB}办理群众信访事项23件，按时办结率100%。`, { petitions_handled: [23, 'exact'] }],
  ['tourism: complaints mediated', `${WL}受理旅游投诉86件，调解成功80件，为游客挽回损失12万元。`, { disputes_resolved: [80, 'exact'] }],
  ['tourism: complaints only', `${WL}处理旅游投诉举报86件。`, {}],
  ['emergency: petitions on safety', `${YJ}受理安全生产举报86件，办理信访事项12件。`, { petitions_handled: [12, 'exact'] }],
  ['street: grid disputes, then the rate', `${S2}网格化排查矛盾纠纷312件，化解306件，化解率98.1%。`, { disputes_identified: [312, 'exact'], disputes_resolved: [306, 'exact'] }],
  ['street: mediation rooms\' rate', `${S2}社区调解室调解成功率100%。`, { mediation_success_pct: [100, 'exact'] }],
  ['street: mediators named, then resolved', `${S2}聘请兼职调解员36名，成功调解纠纷128件。`, { disputes_resolved: [128, 'exact'] }],
  ['town: disputes by village, no total', `${Z}东村调解纠纷12件、西村调解纠纷9件。`, {}],
  ['town: the villages\' total in the town\'s report', `${X2}全乡各村（社区）调委会共调解纠纷96件。`, {}],
  ['town: the station and the town together', `${Z}镇司法所联合镇综治中心化解矛盾纠纷64件。`, { disputes_resolved: [64, 'exact'] }],
  ['county: the petitions bureau\'s total and the leaders\' visits', `${X}全年受理信访事项2180件，县领导接访下访126次。`, { petitions_handled: [2180, 'exact'] }],
  ['county: petitions of the year in 批次 and 人次', `${X}接待群众来访326批次1260人次。`, { petitions_handled: [326, 'exact'] }],
  ['county: mediation evaluated by a superior', `${J}获评全省人民调解工作先进集体，调解成功率98%。`, { mediation_success_pct: [98, 'exact'] }],
  ['county: a quarter\'s rate only', `${J}一季度调解成功率97%。`, {}],
  ['county: mediators\' cases counted per person', `${J}专职人民调解员人均调解纠纷56件。`, {}],
  ['county: legal aid and disputes in one clause each', `${J}法律援助中心办理援助案件312件；人民调解组织排查纠纷2100件，化解2068件。`, { disputes_identified: [2100, 'exact'], disputes_resolved: [2068, 'exact'] }],
  ['city: petitions of the whole city and the bureau\'s own', `${CX}全市受理信访事项3.6万件，市信访局本级受理4200件。`, { petitions_handled: [4200, 'exact'] }],
  ['city: a kind\'s rate then the whole\'s with 全市', `${CJ}婚姻家庭纠纷调解成功率95%，全市调解成功率98.7%。`, { mediation_success_pct: [98.7, 'exact'] }],
  ['city: the year before\'s rate and the change', `${CJ}调解成功率98.7%，较上年提高0.4个百分点。`, { mediation_success_pct: [98.7, 'exact'] }],
  ['province: the system\'s counts of bodies', `${PJ}全省建成县级矛盾纠纷调处化解中心116个、乡镇（街道）中心1460个。`, {}],
  ['province: legal aid and 12348', `${PJ}12348热线服务群众86万人次，办理法律援助案件9.6万件。`, {}],
  ['ministry: petitions of a ministry\'s own', `${MR}部本级办理群众来信来访2.3万件次。`, { petitions_handled: [23000, 'exact'] }],
  ['ministry: arbitration\'s national rate', `${MR}全国劳动人事争议仲裁结案率96.5%。`, {}],
  ['labour bureau: arbitration in its report, with its own petitions', `${CR}劳动人事争议仲裁院立案受理案件3260件；市人社局办理信访件860件。`, { petitions_handled: [860, 'exact'] }],
  ['labour bureau: labour inspection cases closed in Chinese numerals', `${R}办结劳动保障监察案件八十六件。`, { enforcement_cases: [86, 'exact'] }],
]

export const ALL_46: [string, Probe39[]][] = [
  ['people\'s mediation', PEOPLES_46],
  ['channels: pre-suit, administrative, linked', CHANNELS_46],
  ['labour and personnel arbitration', ARBITRATION_46],
  ['petitions', PETITIONS_46],
  ['public legal services', LEGAL_SERVICE_46],
  ['labour inspection', LABOUR_INSPECTION_46],
  ['paragraphs', PARAGRAPHS_46],
  ['near misses', MORE_46],
  ['other sectors', SECTORS_46],
]

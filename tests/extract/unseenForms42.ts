/**
 * Unseen forms of round 42 (issue 11: enforcement P 0.657 on the holdout, false values more than misses, distractors taken).
 * The enforcement family across the sectors whose reports count it differently (市场监管, 交通 治超, 生态环境, 应急, a town's
 * 综合行政执法, 农业, 文旅, 卫健, 自然资源, 水利, 烟草, 税务, 海关), with the training figures of the same reports. Each figure
 * beside the year's own is something else: people or vehicles sent out against checks made, tasks against checks, samples in
 * 批次 or 份, places set up and permits issued, hazards found against rectified, outsiders trained against the staff, area and
 * length (平方米, 亩, 公里), goods seized and their worth against fines, stages (立案 against 办结, 移送 against 处罚, 约谈 and
 * 责令), a campaign's own totals, a season, a holiday or a month, changes against the year before, and all levels' or other
 * regions' totals in a department's report. Each distractor has a sibling that states the true value beside it, so that no fix
 * takes the value away. Forms of unseenForms39/41, enforcementForms31, distractorKinds/Matrix and precisionProbes20 are not
 * repeated. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'

const SC = head('县市场监督管理局')
const JT = head('县交通运输局')
const HB = head('市生态环境局')
const YJ = head('县应急管理局')
const ZF = head('镇人民政府')
const NY = head('县农业农村局')
const WL = head('县文化广电和旅游局')
const WJ = head('县卫生健康局')
const ZR = head('县自然资源局')
const SL = head('县水利局')
const YC = head('县烟草专卖局')
const SW = head('县税务局')
const HG = head('海关')
/** Authors whose titles name their place: a wider area's figure is told by the author's level, which its region gives. */
const SCN = head('青河县市场监督管理局')
const HBN = head('临江市生态环境局')
const HGN = head('上海海关')

export const MARKET_42: Probe39[] = [
  ['random-check tasks are no checks', `${SC}制定“双随机、一公开”抽查任务36项。`, {}],
  ['tasks then checks made', `${SC}完成“双随机、一公开”抽查任务36项，开展抽查检查520次。`, { enforcement_inspections: [520, 'exact'] }],
  ['officers then firms checked by 户次', `${SC}出动执法人员2600人次，检查食品经营户1800户次。`, { enforcement_inspections: [1800, 'exact'] }],
  ['officers then checks by 次', `${SC}累计出动执法人员2600人次，开展执法检查980次。`, { enforcement_inspections: [980, 'exact'] }],
  ['officers alone in a campaign sentence', `${SC}开展校园食品安全整治，出动执法人员860人次。`, {}],
  ['firms on the roll checked are no checks', `${SC}辖区共有食品经营户3200户，已全部纳入监管。`, {}],
  ['samples in 批次 beside checks', `${SC}开展食品安全检查420次，抽检食品样品1600批次。`, { enforcement_inspections: [420, 'exact'] }],
  ['samples found unfit', `${SC}抽检不合格样品36批次，已全部核查处置。`, {}],
  ['filed then closed', `${SC}立案调查违法案件126件，结案118件。`, { enforcement_cases: [126, 'exact'] }],
  ['closed alone with a rate', `${SC}案件按期结案率100%。`, {}],
  ['transferred to police beside penalties', `${SC}作出行政处罚决定210件，移送公安机关涉嫌犯罪案件9件。`, { penalty_cases: [210, 'exact'] }],
  ['transferred to police alone', `${SC}向公安机关移送案件线索12条。`, {}],
  ['case value 案值 beside fines', `${SC}查处违法案件126件，案值350万元，罚没款215万元。`, { enforcement_cases: [126, 'exact'], fines_yuan: [2150000, 'exact'] }],
  ['case value 案值 alone', `${SC}查办案件案值合计350万元。`, {}],
  ['talks with firms 约谈', `${SC}约谈企业负责人46人次。`, {}],
  ['talks then checks', `${SC}约谈企业负责人46人次，开展专项检查120次。`, { enforcement_inspections: [120, 'exact'] }],
  ['campaign 铁拳 totals inside it', `${SC}在“铁拳”行动中查处违法案件36件。`, {}],
  ['campaign then the year', `${SC}在“铁拳”行动中查处违法案件36件。全年查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['both levels\' total in a county bureau\'s report', `${SCN}市县两级市场监管部门共查处违法案件1260件。`, {}],
  ['both levels then own', `${SCN}市县两级市场监管部门共查处违法案件1260件，我局查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['fines down by a share', `${SC}罚没款同比下降12.6%。`, {}],
  ['fines with a change in money after', `${SC}罚没款215万元，比上年减少30万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['complaints settled for consumers', `${SC}处理消费投诉举报1860件，调解成功率95%。`, {}],
  ['licences issued', `${SC}核发食品经营许可证860张。`, {}],
  ['staff trained then people reached by 普法', `${SC}组织执法人员培训3期，培训180人次；开展“3·15”普法宣传活动5场，覆盖群众8000人次。`,
    { training_sessions: [3, 'exact'], training_participants: [180, 'exact'], legal_publicity_events: [5, 'exact'] }],
  ['people reached alone', `${SC}普法宣传覆盖群众8000人次。`, {}],
  ['firms\' staff trained are outsiders', `${SC}为食品生产企业开展食品安全培训6场，培训从业人员600人次。`, {}],
]

export const TRANSPORT_42: Probe39[] = [
  ['vehicles weighed at a station', `${JT}治超站检测货运车辆2.6万辆次。`, {}],
  ['vehicles caught by cameras', `${JT}非现场执法点抓拍超限车辆860辆。`, {}],
  ['vehicles then cases filed', `${JT}查处超限超载车辆860台次，立案查处超限运输案件520件。`, { enforcement_cases: [520, 'exact'] }],
  ['vehicles turned back', `${JT}劝返超限车辆1200辆次。`, {}],
  ['points on licences', `${JT}对违法驾驶人记分3600分。`, {}],
  ['fines of overloading', `${JT}查处超限超载车辆860台次，罚款260万元。`, { fines_yuan: [2600000, 'exact'] }],
  ['road patrol in kilometres', `${JT}路政巡查里程12万公里。`, {}],
  ['patrol kilometres then checks', `${JT}路政巡查里程12万公里，开展路域环境专项检查36次。`, { enforcement_inspections: [36, 'exact'] }],
  ['joint stations', `${JT}设立公安交警与交通联合执法点6个。`, {}],
  ['taxis checked with 台次 and cases', `${JT}检查出租汽车2600台次，查处非法营运案件46件。`, { enforcement_cases: [46, 'exact'] }],
  ['one month of a summer action', `${JT}暑期百日行动期间查处违法案件120件。`, {}],
  ['summer action then year', `${JT}暑期百日行动期间查处违法案件120件；全年共查处交通运输违法案件680件。`, { enforcement_cases: [680, 'exact'] }],
  ['the year before\'s figure told by 比', `${JT}全年查处违法案件680件，比上年多查处120件。`, { enforcement_cases: [680, 'exact'] }],
  ['an increment alone', `${JT}查处违法案件数比上年多120件。`, {}],
  ['drivers trained are outsiders', `${JT}对“两客一危”驾驶员开展安全培训2600人次。`, {}],
]

export const ECOLOGY_42: Probe39[] = [
  ['monitoring points set up', `${HB}布设大气环境质量监测点位36个。`, {}],
  ['monitoring points then checks', `${HB}布设监测点位36个，全年开展环境执法检查1260次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['discharge permits issued', `${HB}核发排污许可证420张，登记管理860家。`, {}],
  ['units checked by 家次 beside penalties', `${HB}检查排污单位1860家次，作出行政处罚决定96件。`, { enforcement_inspections: [1860, 'exact'], penalty_cases: [96, 'exact'] }],
  ['all three levels\' sums in a city bureau', `${HBN}省市县三级生态环境部门共下达处罚决定书360份，罚款2860万元。`, {}],
  ['city-wide then the bureau\'s own', `${HB}全市生态环境系统共下达处罚决定书360份；市本级作出行政处罚决定96件，罚款1260万元。`,
    { penalty_cases: [96, 'exact'], fines_yuan: [12600000, 'exact'] }],
  ['a kind\'s cases and fine after the year\'s', `${HB}作出行政处罚决定96件，罚款1260万元；适用按日连续处罚案件2件，罚款86万元。`,
    { penalty_cases: [96, 'exact'], fines_yuan: [12600000, 'exact'] }],
  ['complaints on environment', `${HB}办理环境信访投诉1260件，办结率100%。`, {}],
  ['samples analysed', `${HB}采集分析水质样品860份。`, {}],
  ['online monitoring sets', `${HB}安装在线监控设备120台（套）。`, {}],
  ['ordered to stop production', `${HB}责令停产整治企业12家。`, {}],
  ['seals and seizures', `${HB}实施查封扣押案件8件。`, {}],
]

export const SAFETY_42: Probe39[] = [
  ['hazards found alone', `${YJ}检查生产经营单位860家次，排查一般事故隐患3200条。`, { enforcement_inspections: [860, 'exact'] }],
  ['hazards found then rectified in 条', `${YJ}排查一般事故隐患3200条，整改3150条。`, { hazards_rectified: [3150, 'exact'] }],
  ['hazards listed with a rectified rate only', `${YJ}排查隐患3200条，整改率98.4%。`, {}],
  ['major hazards listed for supervision', `${YJ}挂牌督办重大事故隐患5项。`, {}],
  ['firms trained are outsiders', `${YJ}培训企业主要负责人和安全管理人员1200人次。`, {}],
  ['firms trained then own staff', `${YJ}培训企业主要负责人1200人次；组织本局执法人员业务培训4期，参训160人次。`,
    { training_sessions: [4, 'exact'], training_participants: [160, 'exact'] }],
  ['drills held', `${YJ}指导企业开展应急演练260场。`, {}],
  ['experts hired for checks', `${YJ}聘请第三方专家参与执法检查86人次。`, {}],
  ['talks with firms\' heads', `${YJ}约谈企业主要负责人26人。`, {}],
  ['closed firms', `${YJ}提请县政府关闭取缔非法企业3家。`, {}],
  ['fines of safety', `${YJ}立案查处安全生产违法行为46起，罚款186万元。`, { enforcement_cases: [46, 'exact'], fines_yuan: [1860000, 'exact'] }],
  ['flood season counts', `${YJ}汛期开展防汛安全检查120次。`, {}],
  ['flood season then year', `${YJ}汛期开展防汛安全检查120次，全年开展安全生产执法检查860次。`, { enforcement_inspections: [860, 'exact'] }],
]

export const TOWN_42: Probe39[] = [
  ['illegal buildings removed by area', `${ZF}镇综合行政执法队拆除违法建筑1.2万平方米。`, {}],
  ['illegal buildings by 处 and area', `${ZF}拆除违建46处，面积8600平方米。`, {}],
  ['billboards cleared', `${ZF}清理违规户外广告牌320块。`, {}],
  ['billboards then cases', `${ZF}清理违规户外广告牌320块，立案查处违法案件58件。`, { enforcement_cases: [58, 'exact'] }],
  ['stalls rectified are no hazards', `${ZF}规范占道经营摊点260处。`, {}],
  ['patrols counted', `${ZF}开展日常巡查860余次。`, {}],
  ['rubbish cleared in tonnes', `${ZF}清运垃圾杂物360吨。`, {}],
  ['county team\'s figures in the town', `${ZF}县综合行政执法局在我镇查处违法案件36件。`, {}],
  ['county team then the town\'s own', `${ZF}县综合行政执法局在我镇查处违法案件36件，镇综合行政执法队查处违法案件58件。`, { enforcement_cases: [58, 'exact'] }],
  ['villagers reached by 普法', `${ZF}开展“法律进村居”活动12场，受教育群众3000余人次。`, { legal_publicity_events: [12, 'exact'] }],
  ['leaflets handed out alone', `${ZF}发放法治宣传资料5000余份。`, {}],
  ['cadres trained beside leaflets', `${ZF}组织镇村干部法治培训2次，培训120人次，发放学习资料600份。`,
    { training_sessions: [2, 'exact'], training_participants: [120, 'exact'] }],
]

export const FARM_42: Probe39[] = [
  ['input shops checked by 家次', `${NY}检查农资经营门店460家次。`, { enforcement_inspections: [460, 'exact'] }],
  ['input shops on the roll', `${NY}全县共有农资经营门店126家。`, {}],
  ['farm samples in 批次', `${NY}抽检农产品样品860批次，合格率99.5%。`, {}],
  ['samples then cases', `${NY}抽检农产品样品860批次，查处农资违法案件23件。`, { enforcement_cases: [23, 'exact'] }],
  ['fake seeds seized in kilograms', `${NY}查获假劣种子1200公斤。`, {}],
  ['fishing ban boats', `${NY}清理取缔违规渔具360张（顶）。`, {}],
  ['farmers trained are outsiders', `${NY}培训高素质农民520人。`, {}],
  ['goods worth beside fines', `${NY}查处案件23件，涉案货值18万元，罚没款9.6万元。`, { enforcement_cases: [23, 'exact'], fines_yuan: [96000, 'exact'] }],
]

export const CULTURE_42: Probe39[] = [
  ['venues checked with officers', `${WL}出动文化市场执法人员960人次，检查演出场所、网吧等经营单位420家次。`, { enforcement_inspections: [420, 'exact'] }],
  ['venues on the roll', `${WL}全县共有网吧46家、娱乐场所32家。`, {}],
  ['holiday checks', `${WL}国庆假期检查文化经营场所86家次。`, {}],
  ['holiday then year', `${WL}国庆假期检查文化经营场所86家次；全年检查文化经营场所1260家次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['shows approved', `${WL}审批营业性演出36场。`, {}],
  ['illegal publications seized', `${WL}收缴非法出版物2600册。`, {}],
  ['warnings given', `${WL}给予警告处罚12家，罚款3.6万元。`, { fines_yuan: [36000, 'exact'] }],
  ['tourist complaints', `${WL}受理旅游投诉86件，为游客挽回损失12万元。`, {}],
]

export const HEALTH_42: Probe39[] = [
  ['supervision visits by 户次', `${WJ}开展公共场所监督检查1860户次。`, { enforcement_inspections: [1860, 'exact'] }],
  ['samples by 份', `${WJ}抽检生活饮用水样品260份。`, {}],
  ['samples then penalties', `${WJ}抽检生活饮用水样品260份，作出行政处罚86件。`, { penalty_cases: [86, 'exact'] }],
  ['clinics on the roll', `${WJ}辖区共有医疗机构326家。`, {}],
  ['unlicensed practice cases', `${WJ}查处非法行医案件6件，罚没款12.6万元。`, { enforcement_cases: [6, 'exact'], fines_yuan: [126000, 'exact'] }],
  ['medical staff trained are outsiders', `${WJ}对辖区医务人员开展依法执业培训1200人次。`, {}],
  ['a supervision institute\'s own staff', `${WJ}组织卫生监督员法律知识培训6期，参训240人次。`, { training_sessions: [6, 'exact'], training_participants: [240, 'exact'] }],
  ['health certificates issued', `${WJ}办理从业人员健康证明8600份。`, {}],
]

export const LAND_42: Probe39[] = [
  ['satellite patches checked', `${ZR}核查卫片图斑1260个。`, {}],
  ['patches then cases', `${ZR}核查卫片图斑1260个，立案查处违法用地案件36件。`, { enforcement_cases: [36, 'exact'] }],
  ['illegal land in mu beside its cases (宗)', `${ZR}查处违法用地36宗，涉及面积280亩。`, { enforcement_cases: [36, 'exact'] }],
  ['illegal land area alone', `${ZR}违法用地面积同比下降，全年新增违法用地280亩。`, {}],
  ['land returned to farming', `${ZR}恢复耕地面积120亩。`, {}],
  ['land fines', `${ZR}立案查处违法用地案件36件，罚款260万元。`, { enforcement_cases: [36, 'exact'], fines_yuan: [2600000, 'exact'] }],
  ['mining cases counted by 起 with tonnes', `${ZR}查处非法采矿案件8起，非法开采矿石1.2万吨。`, { enforcement_cases: [8, 'exact'] }],
  ['transferred to the court for enforcement', `${ZR}申请法院强制执行非诉案件12件，移送纪检监察机关问题线索3条。`, {}],
]

export const WATER_42: Probe39[] = [
  ['river patrol in kilometres', `${SL}开展河道巡查3600公里。`, {}],
  ['patrol kilometres then cases', `${SL}巡查河道3600公里，查处水事违法案件18件。`, { enforcement_cases: [18, 'exact'] }],
  ['sand dredging seized', `${SL}查扣非法采砂船只6艘，没收河砂3000立方米。`, {}],
  ['river chiefs patrols', `${SL}各级河长累计巡河2.6万人次。`, {}],
  ['river obstacles cleared', `${SL}清理河道“四乱”问题86处。`, {}],
  ['water permits', `${SL}办理取水许可证46件。`, {}],
]

export const REVENUE_42: Probe39[] = [
  ['tobacco cases and sticks seized', `${YC}查处涉烟违法案件126起，查获违法卷烟2600条。`, { enforcement_cases: [126, 'exact'] }],
  ['tobacco case value alone', `${YC}查处涉烟案件案值380万元。`, {}],
  ['retail licences', `${YC}办理烟草专卖零售许可证320件。`, {}],
  ['retailers checked by 户次', `${YC}检查卷烟零售户6800户次。`, { enforcement_inspections: [6800, 'exact'] }],
  ['tobacco criminal cases of the police', `${YC}配合公安机关破获涉烟刑事案件5起。`, {}],
  ['tax back taxes and late fees', `${SW}查补税款及滞纳金2600万元。`, {}],
  ['tax audit then fines', `${SW}检查纳税人36户，查补税款2600万元，罚款360万元。`, { fines_yuan: [3600000, 'exact'] }],
  ['taxpayers served', `${SW}为纳税人办理退税1.2万户次。`, {}],
  ['tax training of payers', `${SW}举办纳税人学堂36期，培训纳税人3600人次。`, {}],
  ['customs cases and their value', `${HG}立案调查走私违规案件86起，案值2.6亿元。`, { enforcement_cases: [86, 'exact'] }],
  ['customs seizures by weight', `${HG}查获固体废物120吨。`, {}],
  ['national customs total', `${HGN}全国海关立案侦办走私犯罪案件4500起。`, {}],
  ['declarations checked', `${HG}查验进出口货物报关单1.2万票。`, {}],
]

/** Quarters, months and changes in wordings the earlier rounds did not use; a region beside the author's. */
export const TIME_42: Probe39[] = [
  ['first three quarters', `${SC}前三季度查处违法案件96件。`, {}],
  ['first three quarters then the year', `${SC}前三季度查处违法案件96件，全年查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['as of the end of October then the year', `${SC}截至10月底，罚没款180万元；全年罚没款215万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['a campaign\'s month told by 一个月内', `${JT}集中整治的一个月内，查处违法案件86件。`, {}],
  ['a campaign\'s month then the year', `${JT}集中整治的一个月内，查处违法案件86件；全年查处违法案件680件。`, { enforcement_cases: [680, 'exact'] }],
  ['growth in count 同比增加N件', `${SC}查处违法案件同比增加23件。`, {}],
  ['growth in count then the level', `${SC}查处违法案件126件，同比增加23件。`, { enforcement_cases: [126, 'exact'] }],
  ['growth in percentage points of a rate', `${YJ}隐患整改率同比提高3个百分点。`, {}],
  ['a neighbouring county in an exchange', `${SC}赴邻县学习交流，该县全年查处违法案件320件。`, {}],
  ['the city\'s total in a county bureau', `${SC}全市查处违法案件1.2万件，我县查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['the province\'s fines in a county bureau\'s report', `${SCN}全省市场监管系统罚没款12亿元。`, {}],
  ['the province\'s fines then own', `${SCN}全省市场监管系统罚没款12亿元，本局罚没款215万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['the county\'s own area total in a county bureau stays', `${SCN}全县市场监管系统罚没款215万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['the nation\'s in a customs report then own', `${HGN}全国海关立案侦办走私犯罪案件4500起；本关立案调查走私违规案件86起。`, { enforcement_cases: [86, 'exact'] }],
  ['the year two years before', `${SC}2021年罚没款160万元，2023年罚没款215万元。`, { fines_yuan: [2150000, 'exact'] }],
]

/** Training figures of enforcement reports: the staff's sessions against the public reached, materials and outsiders. */
export const TRAINING_42: Probe39[] = [
  ['staff trained by 人次 alone', `${ZR}组织执法人员参加业务培训260人次。`, { training_participants: [260, 'exact'] }],
  ['people reached by a law week', `${ZR}“全国土地日”期间发放宣传资料3000份，接受咨询群众600人次。`, {}],
  ['law week then staff', `${ZR}“全国土地日”期间接受咨询群众600人次；组织执法人员参加业务培训260人次。`, { training_participants: [260, 'exact'] }],
  ['a publicity event\'s audience counted', `${SL}开展“世界水日”法治宣传活动6场，覆盖群众1.2万人次。`, { legal_publicity_events: [6, 'exact'] }],
  ['brochures printed', `${SL}印制水法规宣传手册2000册。`, {}],
  ['officers sent to a province course', `${HB}选派12名执法骨干参加省生态环境厅执法大练兵培训。`, {}],
  ['a practice competition', `${HB}组织执法大练兵活动，参与执法人员86人次。`, {}],
  ['exam takers', `${JT}组织86名执法人员参加执法资格考试，通过率95%。`, {}],
  ['own staff training then exam takers', `${JT}举办执法人员业务培训班3期，培训执法人员180人次，组织86名执法人员参加执法资格考试。`,
    { training_sessions: [3, 'exact'], training_participants: [180, 'exact'] }],
  ['learning rate on a platform', `${WJ}干部职工在学法平台参学率100%。`, {}],
  ['learning rate then hours per person', `${WJ}干部职工在学法平台参学率100%，人均学习时长32小时。`, { training_hours_per_person: [32, 'exact'] }],
  ['students in a school lecture', `${NY}走进中小学开展法治讲座4场，听众1200名师生。`, { legal_publicity_events: [4, 'exact'] }],
  ['social media posts', `${YC}通过微信公众号发布普法信息260条，阅读量5万次。`, {}],
]

/** Acts beside the year's cases and fines that are no case, penalty, fine or check: credit measures, lenient outcomes, measuring. */
export const BESIDE_42: Probe39[] = [
  ['firms listed as abnormal', `${SC}将1260户企业列入经营异常名录。`, {}],
  ['listed as abnormal then cases', `${SC}将1260户企业列入经营异常名录，查处违法案件126件。`, { enforcement_cases: [126, 'exact'] }],
  ['licences revoked by 户', `${SC}吊销营业执照36户。`, {}],
  ['credit restored', `${SC}帮助860户企业完成信用修复。`, {}],
  ['instruments verified', `${SC}检定计量器具1.2万台件。`, {}],
  ['instruments then checks', `${SC}检定计量器具1.2万台件，开展计量监督检查86次。`, { enforcement_inspections: [86, 'exact'] }],
  ['fines reduced for firms', `${SC}依法为小微企业减免罚款36万元。`, {}],
  ['fines reduced then fines', `${SC}罚没款215万元，依法为小微企业减免罚款36万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['fines refunded', `${SC}退还多收罚没款2.6万元。`, {}],
  ['penalty notices served', `${SC}送达行政处罚事先告知书86份。`, {}],
  ['money involved in penalties', `${SC}作出行政处罚决定210件，涉及金额860万元。`, { penalty_cases: [210, 'exact'] }],
  ['illegal buildings counted by 处 under 查处', `${ZF}查处违法建设46处。`, {}],
  ['docks removed', `${SL}依法拆除非法码头6座、砂石堆场12个。`, {}],
  ['holders among the staff', `${JT}现有执法人员86名，其中持证执法人员82名。`, { certified_officers: [82, 'exact'] }],
  ['officers who passed the card exam', `${JT}组织36名执法人员参加执法资格考试，32人取得执法证件。`, {}],
  ['warnings and the cases', `${WL}查处文化市场违法案件36件，其中警告12件。`, { enforcement_cases: [36, 'exact'] }],
  ['mandatory measures', `${HB}实施行政强制措施12件。`, {}],
  ['hearings notified', `${SC}告知当事人听证权利46件。`, {}],
  ['fines paid into the treasury', `${SC}罚没款215万元全部上缴国库。`, { fines_yuan: [2150000, 'exact'] }],
  ['court trial watched by staff', `${ZR}组织执法人员旁听行政诉讼庭审2次，参加36人次。`, {}],
  ['handbooks handed to officers', `${YJ}为执法人员配发执法手册120册。`, {}],
  ['a town\'s grid workers counted', `${ZF}配备网格员86名，开展网格巡查1.2万次。`, {}],
]

export const ALL_42: [string, Probe39[]][] = [
  ['市场监管', MARKET_42], ['交通 治超', TRANSPORT_42], ['生态环境', ECOLOGY_42], ['应急', SAFETY_42], ['town 综合行政执法', TOWN_42],
  ['农业', FARM_42], ['文旅', CULTURE_42], ['卫健', HEALTH_42], ['自然资源', LAND_42], ['水利', WATER_42],
  ['烟草 税务 海关', REVENUE_42], ['parts of the year, changes, other regions', TIME_42], ['training in enforcement reports', TRAINING_42],
  ['acts beside cases and fines', BESIDE_42],
]

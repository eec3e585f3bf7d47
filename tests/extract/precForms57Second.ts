/**
 * Precision forms of round 57, the second batch: the forms ruled after the first run, in new wording, with authors of other kinds and
 * levels: a late month's since (自10月起, 8月份以来), a quoted month's or week's 期间 (“质量月”, “宪法宣传周”, “民法典宣传月”), a campaign's
 * launch (启动以来), a broadcast watched (收听, 收看…电视电话会), agreements fulfilled (履行协议), officials' discipline (违纪), a dispute
 * committee a union or firms hold, and each with the author's own figure of the year beside it. Sentences invented for this test (the real
 * reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const CITY_MKT = head('澄川市市场监督管理局')
const CITY_HRS = head('澄川市人力资源和社会保障局')
const CO_GOV = head('梅岭县人民政府')
const CO_GOV_T = headT('梅嶺縣人民政府')
const CO_ZF = head('梅岭县城市管理和综合执法局')
const CO_EMG = head('梅岭县应急管理局')
const CO_JUS = head('梅岭县司法局')
const CO_NR = head('梅岭县自然资源和规划局')
const CO_FIRE = head('梅岭县消防救援大队')
const PRV_EMG = head('西陵省应急管理厅')
const TOWN = head('白沙镇人民政府')
const STREET = head('东湖街道办事处')

export const SECOND_57: Probe39[] = [
  // a late month's since
  ['late since: 自10月起 alone', `${CO_ZF}自10月起开展夜市占道整治，查处违法案件58件。`, {}],
  ['late since: 8月份以来 alone', `${CO_NR}8月份以来立案查处违法用地案件14宗。`, {}],
  ['late since: 今年9月以来 in a town', `${TOWN}今年9月以来，调解成功邻里纠纷26件。`, {}],
  ['late since: the months\', then the year\'s', `${CO_EMG}10月以来检查企业380家次；全年共检查生产经营单位2260家次。`, { enforcement_inspections: [2260, 'exact'] }],
  ['late since: an early month stays the year\'s', `${CITY_HRS}2月以来，全市共立案查处劳动保障违法案件312件。`, { enforcement_cases: [312, 'exact'] }],
  tw(['late since: 十一月以来 in traditional script', `${CO_JUS}十一月以来開展集中學法4次。`, {}]),
  // a quoted month's or week's 期间
  ['quoted period: the quality month', `${CITY_MKT}“质量月”期间抽查产品质量126批次，立案查处案件18件。`, {}],
  ['quoted period: the constitution week', `${CO_JUS}“宪法宣传周”期间开展普法宣传活动36场。`, {}],
  ['quoted period: the civil code month, then the year\'s', `${STREET}“民法典宣传月”期间开展宣传活动8场，全年共开展普法宣传活动42场。`, { legal_publicity_events: [42, 'exact'] }],
  ['quoted period: the fire month', `${CO_FIRE}“119消防宣传月”期间检查社会单位460家。`, {}],
  // a campaign's launch
  ['launch: a named campaign since its launch', `${CO_ZF}“净街”行动启动以来，累计拆除违法广告牌216块、查处案件64件。`, {}],
  ['launch: a sweep since its launch, then the year\'s', `${CO_EMG}专项排查整治启动以来共整改隐患860项；全年共排查整改安全隐患3120项。`, { hazards_rectified: [3120, 'exact'] }],
  tw(['launch: since launch in traditional script', `${CO_NR}“鐵拳”執法行動啟動以來查處違法佔地案件22宗。`, {}]),
  // a broadcast watched
  ['broadcast: a phone-and-TV meeting watched', `${CO_GOV}组织各部门负责人收看全国法治政府建设电视电话会议2次。`, {}],
  ['broadcast: a radio lecture listened to', `${TOWN}组织镇村干部收听法治广播讲座4次。`, {}],
  ['broadcast: a province\'s video meeting watched, then the own', `${PRV_EMG}收看应急管理部执法视频培训会1次，举办全省执法骨干培训班3期。`, { training_sessions: [3, 'exact'] }],
  ['broadcast: an online course watched stays a study', `${CO_JUS}组织全体干部集中收看法治网络课程8次。`, { training_sessions: [8, 'exact'] }],
  // agreements fulfilled
  ['fulfilled: agreements carried out in 件', `${STREET}督促当事人履行调解协议46件。`, {}],
  ['fulfilled: agreements reached, then fulfilled', `${CO_JUS}全县达成人民调解协议1326份，当事人自觉履行协议1302份。`, { disputes_resolved: [1326, 'exact'] }],
  ['fulfilled: a fulfilment rate after resolved', `${TOWN}成功调解矛盾纠纷92件，协议履行率100%。`, { disputes_resolved: [92, 'exact'] }],
  // officials' discipline
  ['discipline: officers\' breaches investigated', `${CO_GOV}查处行政执法人员违纪问题4起。`, {}],
  ['discipline: breaches by officers, then the own cases', `${CITY_MKT}查处执法人员违纪违规问题3件；全年立案查处各类违法案件1268件。`, { enforcement_cases: [1268, 'exact'] }],
  // a dispute committee a union or firms hold
  ['dispute body: a firm\'s labour dispute committee', `${CITY_HRS}企业劳动争议调解委员会调解劳动争议126件。`, {}],
  ['dispute body: a land dispute committee in a town', `${TOWN}土地承包经营争议调解委员会调处纠纷12件。`, {}],
  // (a county's own labour dispute centre in its government's report is the government's: precForms55's ruling on 全区劳动人事争议调解组织)
  tw(['dispute body: a county\'s labour dispute mediation centre stays the government\'s', `${CO_GOV_T}縣勞動爭議調解中心調解成功案件86件。`,
    { disputes_resolved: [86, 'exact'] }]),
  // the author's own after such a distractor
  ['own: a fire brigade\'s year after a campaign month', `${CO_FIRE}全年共检查社会单位2160家，督促整改火灾隐患3260处。`, { enforcement_inspections: [2160, 'exact'], hazards_rectified: [3260, 'exact'] }],
  ['own: the justice bureau\'s disputes after the union\'s', `${CO_JUS}县总工会劳动争议调解委员会调解36件；全县人民调解组织共调解成功矛盾纠纷1860件。`, { disputes_resolved: [1860, 'exact'] }],
  ['own: the town\'s study after a broadcast', `${TOWN}组织收看市级法治讲座视频会1次；全年镇党委会前学法12次。`, { training_sessions: [12, 'exact'] }],
  ['own: the city bureau\'s cases after a month since', `${CITY_MKT}全年查办各类违法案件2360件，其中11月以来查办食品案件126件。`, { enforcement_cases: [2360, 'exact'] }],
  ['own: a street\'s events after the week', `${STREET}全年开展法治宣传活动26场次。`, { legal_publicity_events: [26, 'exact'] }],
]

/**
 * The third batch of round 53's precision forms: the seven families again in longer passages and in forms the first two batches
 * did not write (a multiple of the year before, a share of a total, a level after 增加至/下降至, a record among years, satisfaction
 * and pass rates, honours counted in 次, a heading of difficulties, 今后/拟于/预计, decisions in 份, published and collected
 * entries, money waived or held as a deposit). About two thirds near misses. Sentences invented for this test (the real reports'
 * register, no report's wording).
 */
import { type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import {
  AUT_GOV, BANNER, CITY_APP, CITY_GOV, CITY_JUS, CITY_MKT, CO_EMG, CO_GOV, CO_HRS, CO_JUS, CO_MKT, CO_NR, CO_PS, CO_TAX, CO_TR, CO_ZF,
  STREET, TOWN, ZONE,
} from './precForms53'

export const THIRD_53: Probe39[] = [
  // changes
  ['checks: a multiple of the year before', `${CO_EMG}执法检查次数是上年的1.5倍。`, {}],
  ['cases: 增长一倍', `${CO_TR}全年查处超限超载案件数较上年增长一倍。`, {}],
  ['reviews: a share of the city\'s total', `${CO_JUS}受理行政复议案件占全市总量的32%。`, {}],
  ['online share: a rate\'s growth in percent', `${CITY_APP}全程网办率较上年增长15%。`, {}],
  ['suits: a record among years', `${CITY_GOV}行政诉讼案件数量为近五年最低。`, {}],
  ['cases: the level after 增加至', `${CO_MKT}全年查办案件增加至326件。`, { enforcement_cases: [326, 'exact'] }],
  ['success rate: 上升到', `${TOWN}人民调解成功率上升到98.5%。`, { mediation_success_pct: [98.5, 'exact'] }],
  ['correction rate: 同比下降至', `${CITY_GOV}行政复议纠错率同比下降至8.6%。`, { reconsideration_correction_pct: [8.6, 'exact'] }],
  ['attendance rate: points, then 达到', `${CO_GOV}行政机关负责人出庭应诉率较上年提升了3.6个百分点，达到96.8%。`, { head_appearance_pct: [96.8, 'exact'] }],
  ['reviews: an increment, then 达到 the level', `${CITY_GOV}新收行政复议案件同比增加23件，达到158件。`, { reconsideration_cases: [158, 'exact'] }],
  tw(['fines: a multiple in traditional script', `${CO_ZF}罚没金额为上年的2倍。`, {}]),
  // ranks, scores, rates of satisfaction
  ['a supervision score and a rank', `${CO_ZF}在全市行政执法监督考核中取得96.8分的成绩，排名第5。`, {}],
  ['satisfaction measured', `${CO_GOV}法治建设群众满意度测评得分92.6分。`, {}],
  ['rank among the city\'s counties', `${CO_GOV}依法行政考核在全市12个县区中排名第3。`, {}],
  ['honours in 次', `${CO_JUS}法治宣传工作获得省级表彰2次。`, {}],
  ['pass and excellence rates of files', `${CO_MKT}执法案卷评查合格率100%，优秀率85%。`, {}],
  ['excellent files in 卷', `${CO_HRS}报送的劳动保障监察案卷中有12卷被评为优秀案卷。`, {}],
  ['an exam\'s pass rate, then the own sessions', `${CO_PS}民警执法资格考试通过率98%；全年组织法律培训16期。`, { training_sessions: [16, 'exact'] }],
  // averages
  ['days to conclude on average', `${CO_MKT}案件平均办结时间缩短至45天。`, {}],
  ['the average fine', `${CO_NR}违法用地案件平均罚款金额为8.6万元。`, {}],
  ['hours per case handled', `${CO_PS}案均办理时间压缩至3.5小时。`, {}],
  // shortcomings and plans
  ['a heading of difficulties with petitions left', `${TOWN}全年化解矛盾纠纷186件。\n二、存在的困难和问题\n仍有12件信访事项未能化解。`,
    { disputes_resolved: [186, 'exact'] }],
  ['今后每年', `${CO_JUS}今后每年开展普法活动不少于20场。`, {}],
  ['拟于明年', `${STREET}拟于明年一季度组织法治培训2期。`, {}],
  ['an estimate with 预计', `${CITY_APP}预计明年办理审批事项将突破5万件。`, {}],
  ['a plan section numbered （三）', `${CO_TAX}全年查结稽查案件36件。\n（三）2024年工作安排\n计划开展税收执法检查120户次。`,
    { enforcement_cases: [36, 'exact'] }],
  ['gaps inline as 短板弱项', `${BANNER}短板弱项方面，全旗仍有8个苏木镇未配备专职法制审核人员。`, {}],
  // stock
  ['cadres counted, then hours per person', `${CO_MKT}全局干部职工共68人，全年参加学法培训人均50学时。`, { training_hours_per_person: [50, 'exact'] }],
  ['committees in an autonomous county', `${AUT_GOV}全县建立村级人民调解委员会186个，覆盖率100%。`, {}],
  ['counsel on retainer', `${ZONE}常年聘请法律顾问3名，参与重大决策论证。`, {}],
  // documents and entries
  ['decisions in 份', `${CO_EMG}全年制发行政处罚决定书86份。`, { penalty_cases: [86, 'exact'] }],
  ['licences published as entries', `${CITY_APP}在门户网站公开行政许可信息2860条。`, {}],
  ['penalty entries collected', `${CITY_MKT}归集行政处罚信息1260条。`, {}],
  ['files uploaded', `${CO_TR}向省执法平台上传执法案卷86卷。`, {}],
  ['notices handed out', `${CO_HRS}发放《劳动保障法律告知书》1260份。`, {}],
  ['licence items cleared', `${CO_GOV}清理行政许可事项26项。`, {}],
  // money
  ['fines waived', `${CITY_MKT}为市场主体减免罚款36万元。`, {}],
  ['a deposit collected', `${CO_NR}收取土地复垦保证金860万元。`, {}],
  ['goods held and their value', `${CO_MKT}查扣涉嫌侵权商品价值46万元。`, {}],
  ['a late charge on a fine', `${CO_ZF}依法加处罚款2.6万元。`, {}],
  ['fines paid to the treasury', `${CO_TR}全年罚没款上缴国库386万元。`, { fines_yuan: [3860000, 'exact'] }],
  tw(['fines beside a deposit in traditional script', `${CITY_JUS}全年收取罚款12万元，收取保证金50万元。`, { fines_yuan: [120000, 'exact'] }]),
]

/**
 * Headings of problems and plans the structure did not know (存在的主要问题, 存在的薄弱环节, 面临的困难, （四）明年工作重点, a later
 * year's 重点工作/工作要点), and the report's own year's tasks that stay results. 8 of the 12 failed on dcea8f3.
 */
export const HEADINGS_53: Probe39[] = [
  ['存在的主要问题', `${CO_MKT}全年查处案件120件。\n二、存在的主要问题\n执法力量不足，全年仅开展执法检查86次。`, { enforcement_cases: [120, 'exact'] }],
  ['（三）存在的薄弱环节', `${TOWN}全年化解矛盾纠纷215件。\n（三）存在的薄弱环节\n基层调解力量薄弱，全年排查矛盾纠纷42件，化解率偏低。`, { disputes_resolved: [215, 'exact'] }],
  ['存在的短板和不足', `${CO_ZF}全年查处违法建设案件86起。\n三、存在的短板和不足\n执法队伍人员偏少，全年开展巡查检查320次，覆盖面不够。`, { enforcement_cases: [86, 'exact'] }],
  ['面临的困难和挑战', `${CO_HRS}立案查处劳动保障违法案件56件。\n二、当前面临的主要挑战\n监察力量不足，全年检查用人单位126户次，难以全覆盖。`, { enforcement_cases: [56, 'exact'] }],
  ['（四）明年工作重点', `${CO_JUS}全年举办法治培训班4期。\n（四）明年工作重点\n举办法治培训班6期，培训执法人员300人次。`, { training_sessions: [4, 'exact'] }],
  ['a later year\'s 重点工作', `${CO_EMG}全年开展执法检查960次。\n四、2024年重点工作\n开展执法检查1000次，培训执法人员300人次。`, { enforcement_inspections: [960, 'exact'] }],
  ['a later year\'s 工作要点', `${CITY_JUS}全年开展普法活动126场。\n三、2024年工作要点\n开展普法活动150场。`, { legal_publicity_events: [126, 'exact'] }],
  tw(['存在的主要问题 in traditional script', `${CO_TR}全年罚款186万元。\n三、存在的主要问题\n执法装备不足，全年开展路面检查612次。`, { fines_yuan: [1860000, 'exact'] }]),
  // the report's own year's tasks and a results heading after the problems: read
  ['the year\'s 重点工作完成情况', `${CO_MKT}依法履职。\n一、2023年重点工作完成情况\n全年查处案件120件。`, { enforcement_cases: [120, 'exact'] }],
  ['the report\'s year\'s 重点工作', `${CO_EMG}依法履职。\n二、2023年重点工作\n全年开展执法检查86次。`, { enforcement_inspections: [86, 'exact'] }],
  ['a results heading after 存在的主要问题', `${CO_GOV}依法履职。\n二、存在的主要问题\n行政复议案件办理质量不高，全年办理行政复议案件46件。\n三、其他有关情况\n全年办理政府信息公开申请58件。`,
    { info_disclosure_requests: [58, 'exact'] }],
  ['a later year named in the lead, then its tasks', `${CO_JUS}全年举办法治培训班3期，2024年将继续加大培训力度。\n三、2024年重点工作\n举办法治培训班5期。`,
    { training_sessions: [3, 'exact'] }],
]

/**
 * Differences and thresholds found by trying the families in more wording after the headings (on d95aa8d): a change after 比上年度/
 * 较前一年 with its verb after 多, a difference as 增收/减收/高出, a per-unit floor (每个村至少…), a count of cases over a fine's
 * threshold (罚没款超过10万元的有16件), fines sent to a court or dunned (强制执行罚款, 催缴罚款). The own figure beside each stays.
 */
export const DIFFERENCES_53: Probe39[] = [
  ['disputes: 比上年度多调解', `${CO_JUS}全年调解纠纷比上年度多调解86件。`, {}],
  ['cases: 较前一年多出', `${CO_MKT}查处案件较前一年多出42件。`, {}],
  ['fines: 增收 against the year before', `${CO_MKT}全年罚没款较上年增收26.8万元。`, {}],
  ['immediate share: 高出 the province\'s average', `${CITY_APP}即办件比例比全省平均高出15%。`, {}],
  ['fines: 减收', `${CO_TAX}罚款入库同比减收120万元。`, {}],
  ['checks: 比2022年同期多开展了', `${CO_EMG}执法检查次数比2022年同期多开展了120次。`, {}],
  ['events: a floor for each village', `${CO_JUS}全县每个村（社区）至少开展普法活动4场。`, {}],
  ['events: a floor for each community each quarter', `${STREET}每个社区每季度不少于开展普法活动1场。`, {}],
  ['fines: cases over a threshold with 的有', `${CITY_MKT}查处的案件中，罚没款超过10万元的有16件。`, {}],
  ['fines: cases over a threshold with 的共', `${CO_ZF}罚款金额在5000元以上的共86件。`, {}],
  tw(['fines: cases over a threshold with 的达', `${CO_NR}罚款100万元以上的达6宗。`, {}]),
  ['disputes: level, then 比上年度多调解', `${CO_JUS}全年调解纠纷1260件，比上年度多调解86件。`, { disputes_resolved: [1260, 'exact'] }],
  ['fines: level, then 增收', `${CO_MKT}全年罚没款286万元，较上年增收26.8万元。`, { fines_yuan: [2860000, 'exact'] }],
  ['immediate share: level, then 高出', `${CITY_APP}即办件比例达到62%，比全省平均高出15%。`, { immediate_processing_pct: [62, 'exact'] }],
  ['cases, then those over a threshold', `${CITY_MKT}全年查处案件1260件，其中罚没款超过10万元的有16件。`, { enforcement_cases: [1260, 'exact'] }],
  ['events, then a floor for each village', `${CO_JUS}全年开展普法活动126场，每个村（社区）至少1场。`, { legal_publicity_events: [126, 'exact'] }],
  // fines owed and pursued (written after the rest, on c306d29): not the year's fines
  ['fines sent to the court for enforcement', `${CO_MKT}申请人民法院强制执行罚款36万元。`, {}],
  ['fines dunned', `${CO_EMG}对逾期不缴纳的12家企业催缴罚款36万元。`, {}],
  ['fines of the year, then those sent to the court', `${CO_ZF}全年罚没款286万元，申请人民法院强制执行罚款36万元。`, { fines_yuan: [2860000, 'exact'] }],
]

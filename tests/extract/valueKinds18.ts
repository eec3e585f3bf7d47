/**
 * Value kinds (issue 11, vals18): forms a county bureau's, a town's or a ministry's annual report writes that the earlier
 * matrices do not cover, crossed with every catalogue indicator's core (the distractor matrix's cores, the distractor kinds'
 * extra cores and the newer indicators). Two groups:
 * - own forms: the core's own figure written as reports write it (after a colon heading or 其中：, in a 全年：…；… list, in an
 *   aside, in full-width digits, Chinese numerals, with 余/多/近/以上, 万 as a unit, a thousands space) is read with its value;
 * - near kinds: a number of another measure next to the core's phrase (a change in the core's unit, a share of a total,
 *   another completion rate, materials handed out, people sent out or reached, another body's caseload in the same unit,
 *   opinions issued, meetings on law work, time per item, a cumulative total since a start, an area's total quoted for
 *   comparison) is never taken, alone, before or after the own figure, in the next sentence or in an aside.
 * Sentences are invented for this test.
 */
import { DCORES, core, own, phrase, type DCore, type Kind, type Position } from './distractorMatrix'
import { EXTRA_CORES, probesOf, type Kind17, type KindProbe } from './distractorKinds'

/** The newer indicators' cores (lenient cases, petitions, lost suits, material reduction). */
const NEW_CORES: DCore[] = [
  core('enforcement', 'lenient_cases', 'act', '实施', '首违免罚', '件'),
  core('mediation', 'petitions_handled', 'act', '办理', '信访事项', '件'),
  core('approval', 'material_reduction_pct', 'pct', '', '申请材料压缩比达到'),
  core('approval', 'approvals_handled', 'act', '受理并办结', '审批服务事项', '件'),
  core('training', 'training_sessions', 'act', '开展', '专题学法', '次'),
]

export const CORES: DCore[] = [...DCORES, ...EXTRA_CORES, ...NEW_CORES]

// ---- own forms ---------------------------------------------------------------------------------------------------------

export interface OwnProbe {
  family: string
  indicator: string
  form: string
  text: string
  value: number
  qualifier?: string
}

/** The own figure in another script of digits: [form, written, value, qualifier]. */
function figures(c: DCore): [string, string, number, string?][] {
  if (c.kind === 'pct') return [['full-width', '９５．５％', 95.5], ['full-width percent', '95.5％', 95.5], ['chinese percent', '百分之九十五点五', 95.5]]
  if (c.kind === 'yuan') return [['full-width', '１２．５万元', 125000], ['spaced thousands', '125 000元', 125000], ['chinese', '十二点五万元', 125000]]
  const u = c.unit
  return [['full-width', `３４${u}`, 34], ['chinese', `三十四${u}`, 34], ['余', `34余${u}`, 34, 'approx'], ['近', `近34${u}`, 34, 'approx'],
    ['以上', `34${u}以上`, 34, 'approx'], ['万', `1.2万${u}`, 12000], ['spaced thousands', `1 234${u}`, 1234], ['comma thousands', `1,234${u}`, 1234]]
}

/** Wordings that put the core's phrase {P} in a report's own layout. */
const LAYOUTS: [string, string][] = [
  ['colon heading', '2023年主要工作数据：{P}。'],
  ['其中：', '2023年，本局依法履职，各项工作有序推进，其中：{P}。'],
  ['全年：list', '2023年全年：{P}；编发工作简报16期。'],
  ['aside', '2023年，本局严格规范公正文明执法（全年{P}）。'],
  ['semicolon list', '2023年，本局法治工作成效明显：一是{P}；二是编发工作简报16期。'],
  ['line start', '2023年法治政府建设情况\n全年{P}。'],
]

export function buildOwnProbes(): OwnProbe[] {
  const out: OwnProbe[] = []
  for (const c of CORES) {
    const [ownText, value] = own(c)
    for (const [form, layout] of LAYOUTS) {
      if (c.kind === 'state' && form === '全年：list') continue
      out.push({ family: c.family, indicator: c.indicator, form, text: layout.replace('{P}', phrase(c, ownText)), value })
    }
    for (const [form, written, v, qualifier] of figures(c)) {
      out.push({ family: c.family, indicator: c.indicator, form, text: `2023年，本局${phrase(c, written)}。`, value: v, qualifier })
    }
  }
  return out
}

// ---- near kinds --------------------------------------------------------------------------------------------------------

const ACTS: Kind[] = ['act']
const ALL: Kind[] = ['act', 'state', 'pct', 'yuan']
const AFTER: Position[] = ['post', 'next', 'bracket', 'alone']

/** Wordings as the distractor kinds' ({P}/{V}/{O}/{D} templates, or fixed text with its figures, false, and an indicator allowed to take them). */
export const NEAR_KINDS: Kind17[] = [
  { name: 'change in unit', kinds: ACTS, n: 7, positions: AFTER,
    wordings: ['较上年增加{D}', '比上年减少{D}', '同比增长{D}', '较去年同期多{D}', '净增{D}', '较2022年下降{D}', '比上年少{D}', '同比增加了{D}'] },
  { name: 'change in percent', kinds: ALL, n: 0, positions: AFTER,
    wordings: [['同比增长17.6%', [17.6]], ['较上年下降23.5%', [23.5]], ['增幅达41%', [41]], ['环比上升6.2个百分点', [6.2]], ['同比提高3个百分点', [3]], ['降幅为12%', [12]]] },
  { name: 'share of total', kinds: ALL, n: 0, positions: AFTER,
    wordings: [['占全市总量的27.3%', [27.3]], ['占比达到42%', [42]], ['占全部案件的三分之一', [3]], ['约占全县的18.5%', [18.5]], ['居全市第三', [3]], ['占同期总数的六成', [6]]] },
  { name: 'other completion rate', kinds: ['pct', 'act'], n: 0,
    wordings: [['办结率100%', [100]], ['按时办结率达99.2%', [99.2]], ['群众满意度98.6%', [98.6]], ['回访满意率为97%', [97]], ['调处率达到93.4%', [93.4]],
      ['答复率100%', [100]], ['群众知晓率达到91%', [91]], ['参训率达96%', [96]], ['案件办结率为98.1%', [98.1]]] },
  { name: 'materials', kinds: ALL, n: 0,
    wordings: [['发放宣传手册3800册', [3800]], ['悬挂宣传横幅46条', [46]], ['张贴宣传海报520张', [520]], ['发送普法短信12万条', [120000, 12]],
      ['制作宣传展板28块', [28]], ['发放法律明白纸4600份', [4600]], ['印发宣传折页1500余份', [1500]]] },
  { name: 'people sent or reached', kinds: ALL, n: 0,
    wordings: [['出动检查人员1420人次', [1420]], ['受教育群众3.6万人次', [36000, 3.6]], ['接受群众法律咨询870人次', [870]], ['服务企业群众2300余人次', [2300]],
      ['惠及群众5600人', [5600]], ['覆盖辖区居民1.2万户', [12000, 1.2]]] },
  { name: 'other caseload', kinds: ACTS, n: 0,
    wordings: [['办理法律援助案件57件', [57]], ['办理公证事项312件', [312]], ['受理消费者投诉举报410件', [410]], ['接收社区矫正对象23人', [23]],
      ['代理诉讼案件11件', [11]], ['受理劳动人事争议仲裁案件63件', [63]], ['处理群众投诉举报线索78件', [78]], ['收到来信来访121件', [121], false, 'petitions_handled']] },
  { name: 'opinions issued', kinds: ALL, n: 0,
    wordings: [['出具合法性审核意见书47份', [47], false, 'legal_review_cases'], ['提出合法性审查意见52条', [52], false, 'legal_review_cases'], ['审核各类合同协议63份', [63]],
      ['出具法律意见书19份', [19]], ['提出修改意见86条', [86]]] },
  { name: 'law-work meetings', kinds: ALL, n: 0,
    wordings: [['召开法治政府建设工作推进会3次', [3]], ['召开专题会议研究法治工作5次', [5]], ['听取法治工作汇报4次', [4]], ['召开依法治县委员会会议2次', [2]],
      ['召开全面依法治区工作会议1次', [1]], ['召开党组会议专题研究部署法治建设6次', [6]]] },
  { name: 'time per item', kinds: ALL, n: 0,
    wordings: [['平均办理时限压缩至3.5个工作日', [3.5]], ['承诺办结时限平均9天', [9]], ['办件平均用时2.3天', [2.3]], ['平均每件办理用时1.8个工作日', [1.8]]] },
  { name: 'since a start', kinds: ['act', 'yuan'], n: 820, time: true,
    wordings: ['自2018年以来累计{P}', '十三五期间{P}', '机构改革以来共{P}', '成立以来累计{P}', '条例施行以来{P}', '2016年至今累计{P}', '建站以来累计{P}', '开通以来累计{P}'] },
  // (an area's total stated alone is `optional` by the corpus README's ruling: only beside the own figure)
  { name: 'area quoted', kinds: ['act', 'state', 'yuan'], n: 1320, positions: ['pre', 'next'],
    wordings: ['全市各级各部门共{P}', '全市共{P}', '全县各执法单位共{P}'] },
  { name: 'others quoted', kinds: ['act', 'state', 'yuan'], n: 1320,
    wordings: ['全市法院系统{P}', '全省同级部门平均{P}', '全省同类部门平均{P}', '兄弟县区{P}', '全市检察机关{P}'] },
  { name: 'published not asked', kinds: ALL, n: 0,
    wordings: [['主动公开政府信息326条', [326]], ['在门户网站发布信息1580条', [1580]], ['更新政府信息公开目录42条', [42]], ['通过政务新媒体发布信息2100余条', [2100]]] },
  { name: 'documents issued', kinds: ALL, n: 0,
    wordings: [['制定出台规范性文件6件', [6]], ['起草规范性文件4件', [4]], ['以局名义印发规范性文件5件', [5]], ['公布现行有效规范性文件目录27件', [27]], ['印发工作方案11个', [11]]] },
  { name: 'exam and quiz', kinds: ALL, n: 0,
    wordings: [['组织年度学法考试1次、参考人员186人次', [1, 186]], ['参加网上学法考试203人次', [203]], ['线上答题2.3万人次', [23000, 2.3]], ['考试合格率100%', [100]], ['参考率达98%', [98]]] },
  { name: 'staff not holders', kinds: ALL, n: 0,
    wordings: [['新申领执法证件12人', [12]], ['换发执法证件37个', [37]], ['报名参加执法资格考试21人', [21]], ['现有在编干部职工96人', [96]], ['新增执法人员8名', [8]]] },
  { name: 'decision steps', kinds: ALL, n: 0,
    wordings: [['组织召开听证会3次', [3]], ['公开征求意见7次', [7]], ['组织专家论证5次', [5]], ['开展风险评估4次', [4]]] },
  { name: 'notices served', kinds: ALL, n: 0,
    wordings: [['下达责令整改通知书126份', [126]], ['制发执法文书310份', [310]], ['送达告知书58份', [58]], ['约谈企业负责人23人次', [23]]] },
  { name: 'money not fines', kinds: ['act', 'yuan'], n: 0,
    wordings: [['为企业减免罚款36万元', [360000, 36]], ['追缴社会保险基金48万元', [480000, 48]], ['退还多缴税费12万元', [120000, 12]], ['发放奖励资金9.5万元', [95000, 9.5]]] },
  { name: 'media reach', kinds: ALL, n: 0,
    wordings: [['推送学法文章，阅读量达1.2万次', [12000, 1.2]], ['普法短视频播放量36万次', [360000, 36]], ['线上直播观看2.6万人次', [26000, 2.6]], ['网页浏览量8.9万余次', [89000, 8.9]]] },
  { name: 'seized goods', kinds: ALL, n: 0,
    wordings: [['没收非法出版物1260件', [1260]], ['查扣假冒商品380件', [380]], ['收缴非法捕捞网具57套', [57]], ['扣押涉案车辆16辆', [16]], ['案值总计46万元', [460000, 46]]] },
  { name: 'sampling', kinds: ALL, n: 0,
    wordings: [['抽检食品样品1200批次', [1200]], ['完成监督抽检326批次', [326]], ['送检样品88个', [88]]] },
  { name: 'sweeps', kinds: ALL, n: 0,
    wordings: [['开展矛盾纠纷集中排查6轮', [6]], ['组织拉网式排查4次', [4]], ['申请司法确认37件', [37]], ['调解协议履行率达98%', [98]], ['开展回访89次', [89]]] },
  { name: 'deputies met', kinds: ALL, n: 0,
    wordings: [['邀请人大代表、政协委员视察4次', [4]], ['走访人大代表27人次', [27]], ['召开代表委员座谈会3场', [3]], ['人大代表建议满意率100%', [100]]] },
  { name: 'service ratings', kinds: ALL, n: 0,
    wordings: [['收到“好差评”评价4.6万条', [46000, 4.6]], ['差评12件，整改率100%', [12, 100]], ['提供帮办代办服务560件', [560]], ['接听咨询电话2300个', [2300]], ['“最多跑一次”比例达96%', [96]]] },
  { name: 'hearing attended', kinds: ALL, n: 0,
    wordings: [['组织旁听庭审2次', [2]], ['列席人大常委会会议3次', [3]], ['旁听行政诉讼案件庭审4场', [4]]] },
]

export function buildNearProbes(): KindProbe[] {
  return CORES.flatMap((c) => probesOf(c, NEAR_KINDS))
}

export const NEAR_NAMES = NEAR_KINDS.map((k) => k.name)
export const OWN_FORMS = [...LAYOUTS.map(([f]) => f), ...new Set(CORES.flatMap((c) => figures(c).map(([f]) => f)))]

/**
 * Passages: a few sentences in a report's own layout (a colon heading, a 其中：breakdown, a table told in prose, a heading of problems
 * or plans, an aside with the year before, the author's part of an area's total, stages and rates side by side). [text, indicator,
 * own figure or null, figures no indicator may take]
 */
export const PASSAGES: [string, string, number | null, number[]][] = [
  ['县委依法治县办组织开展法治讲座。全年共举办12场，本局均派员参加。', 'training_sessions', null, [12]],
  ['2023年，本局全年：受理行政复议申请34件；审结30件；纠错3件。', 'reconsideration_cases', 34, [30, 3]],
  ['2023年，本局受理行政复议申请34件，其中：维持21件、撤销3件、驳回6件。', 'reconsideration_cases', 34, [21, 3, 6]],
  ['2023年行政处罚情况：简易程序21件，普通程序13件。', 'penalty_cases', null, [21, 13]],
  ['2023年，本局开展执法检查34次。\n二、存在的问题\n执法检查覆盖面不足，仅检查企业12家。', 'enforcement_inspections', 34, [12]],
  ['2023年，本局开展执法检查34次。\n三、下一步工作打算\n计划开展执法检查50次。', 'enforcement_inspections', 34, [50]],
  ['2023年，本局查处违法案件34件（上年为29件），同比增长17.2%。', 'enforcement_cases', 34, [29, 17.2]],
  ['2023年，全县行政执法部门共查处违法案件1320件，其中本局34件，占2.6%。', 'enforcement_cases', 34, [1320, 2.6]],
  ['2023年，本局查处违法案件34件，罚没款12.5万元，其中：食品类19件、药品类15件。', 'enforcement_cases', 34, [19, 15]],
  ['2023年，本局行政执法数据如下：行政许可1260件，行政处罚34件，行政强制5件，行政检查210次。', 'penalty_cases', 34, [5]],
  ['2023年，本局组织旁听庭审1次，干部职工40人参加。', 'training_participants', null, [40]],
  ['2023年，本局开展法治宣传进社区活动12场，发放资料3000余份，受教育群众5000余人次。', 'training_participants', null, [3000, 5000]],
  ['2023年，本局邀请律师为干部职工举办民法典专题讲座1场，参训62人。', 'training_participants', 62, []],
  ['2023年，本局行政复议案件0件，行政诉讼案件2件（均为上年结转）。', 'litigation_cases', 2, []],
  ['2023年，本局收到政府信息公开申请34件，上年结转2件，办结36件。', 'info_disclosure_requests', 34, [2, 36]],
  ['2023年，本局排查矛盾纠纷96件，调解成功90件，调解成功率93.8%，协议履行率100%。', 'mediation_success_pct', 93.8, [100]],
  ['2023年，本局现有执法人员86人，其中持证执法人员84人，持证率97.7%。', 'certified_officers', 84, [86, 97.7]],
  ['2023年，本局应持证人员86人，实际持证84人。', 'certified_officers', 84, [86]],
  ['2023年，本局审核重大行政执法决定34件，出具法制审核意见书34份，提出修改意见12条。', 'legal_review_cases', 34, [12]],
  ['2023年，本局制定规范性文件3件，全部经合法性审核并报送备案。', 'normative_docs_reviewed', null, []],
  ['2023年，本局办理人大代表建议12件、政协提案22件，满意率100%，按时办结率100%。', 'proposals_handled', 34, [100]],
  ['2023年，本局共办理审批事项一万二千三百四十件，即办件比例为65.4%。', 'approvals_handled', 12340, []],
  ['2023年，本局共办理审批事项1.234万件。', 'approvals_handled', 12340, []],
  ['2023年，本局查处违法案件３４件，罚没款１２．５万元。', 'fines_yuan', 125000, []],
  ['2023年，本局共受理行政复议申请34件，较上年增加7件，增长25.9%。', 'reconsideration_cases', 34, [7, 25.9]],
  ['2023年，本局共开展“双随机、一公开”抽查34次，抽查市场主体260户，发现问题12个。', 'enforcement_inspections', 34, [12]],
  ['2023年，本局出动执法人员1260人次，检查企业340家次，立案查处34件。', 'enforcement_cases', 34, [1260]],
  ['2023年，本局组织开展法治培训2期，参训人员160人次，考试合格率100%。', 'training_sessions', 2, [100]],
  ['2023年，本局“谁执法谁普法”责任清单共36项，开展普法活动34场。', 'legal_publicity_events', 34, [36]],
  ['2023年，本局组织学法，开展调研7次。', 'training_sessions', null, [7]],
  ['2023年，本局组织专题学法，全年共举办7次。', 'training_sessions', 7, []],
  ['2023年，本局受理行政复议申请，依法审结34件。', 'reconsideration_cases', 34, []],
  ['2023年，本局依法履职，各项工作有序推进，其中：受理行政复议申请34件。', 'reconsideration_cases', 34, []],
  ['行政处罚：本年处理决定0件；行政强制：本年处理决定3件。', 'penalty_cases', 0, [3]],
  ['2023年，全市共办理人大代表建议和政协提案1320件，本局办理人大代表建议和政协提案34件。', 'proposals_handled', 34, [1320, 1354]],
  ['2023年，全县法院判决行政机关败诉的34件。', 'litigation_lost_cases', 34, []],
  ['2023年，平台上线以来累计办件8200件，本局全年办理行政审批事项1234件。', 'approvals_handled', 1234, [8200]],
]

/**
 * More distractor kinds for the matrix (issue 11, vals17), over the enforcement, oversight and approval cores: the figure
 * last year's comparison quotes or the change it states, spans of years, other bodies' counts where the agency only took
 * part, national or provincial campaign totals, a night's, a month's or a quarter's count, per-unit averages, ranks and
 * scores, document numbers and dates, hotline names, money beside counts, sub-totals after 其中, other rates in the same
 * unit, institutions or households inspected (家/户), targets and plans, and items only transferred to others. Each kind
 * in several wordings, before, after, in the next sentence, in brackets and alone. The extra cores (rates of court and
 * review outcomes, filings, decisions, hazards, time cut) also run over the matrix's first contexts. Sentences are invented.
 */
import { CONTEXTS, DCORES, core, fig, own, phrase, type DCore, type DistractorProbe, type Kind, type Position } from './distractorMatrix'

export const FOCUS = ['approval', 'enforcement', 'oversight']

export const EXTRA_CORES: DCore[] = [
  core('enforcement', 'head_appearance_pct', 'pct', '', '行政机关负责人出庭应诉率为'),
  core('enforcement', 'reconsideration_correction_pct', 'pct', '', '行政复议纠错率为'),
  core('enforcement', 'hazards_rectified', 'act', '整改', '安全隐患', '处'),
  core('oversight', 'normative_docs_filed', 'act', '报送备案', '规范性文件', '件'),
  core('oversight', 'major_decisions', 'act', '作出', '重大行政决策', '项'),
  core('approval', 'approval_time_compression_pct', 'pct', '', '审批时限压缩比例为'),
]

/**
 * A wording: a template, or fixed text with its figures, whether only the core's own indicator must not take them, and an
 * indicator that may (institutions inspected, 检查…321家, are the corpus's inspections when no count of checks is given).
 */
export type Wording = string | [string, number[], boolean?, string?]

export interface Kind17 {
  name: string
  kinds: Kind[]
  n: number
  wordings: Wording[]
  time?: boolean
  positions?: Position[]
}

const ACTS: Kind[] = ['act']
const SUMS: Kind[] = ['act', 'yuan']
const ALL: Kind[] = ['act', 'state', 'pct', 'yuan']
const AFTER: Position[] = ['post', 'next', 'bracket', 'alone']

export const KINDS: Kind17[] = [
  { name: 'compared with', kinds: ALL, n: 29, positions: AFTER,
    wordings: ['较上年的{D}增加{C}', '比上年同期的{D}有所上升', '上年同期为{D}', '同比增加{C}', '较2022年减少{C}', '比去年多{C}', '上一年度为{D}', '与2022年的{D}基本持平'] },
  { name: 'years before', time: true, kinds: SUMS, n: 820,
    wordings: ['近三年{P}', '三年来累计{P}', '自2020年以来{P}', '2021年至2023年共{P}', '“十四五”以来共{P}', '历年累计{P}', '本届政府任期内共{P}', '近五年{P}', '2020年以来，{P}', '近3年{P}', '过去五年{P}', '五年间累计{P}'] },
  { name: 'others led', kinds: ACTS, n: 96,
    wordings: ['由县公安局牵头、联合8个部门{P}', '县市场监管局牵头，各成员单位{P}', '各乡镇（街道）共{P}', '下级部门共{P}', '全省各地{P}', '各县（市、区）{P}', '全市各执法部门{P}', '各镇（街道）{P}', '各区县共{P}', '全市各区{P}', '联合公安、交通等部门开展集中行动，各部门共{P}'] },
  { name: 'campaign total', time: true, kinds: SUMS, n: 170,
    wordings: ['全国“清朗”专项行动共{P}', '全省“铁拳”行动中{P}', '省厅部署的“雷霆”专项整治中全省{P}', '在全市统一开展的“净网”行动中{P}', '“蓝天”专项行动开展以来{P}', '专项整治期间全市{P}', '“清风”行动中，{P}', '在“护苗”专项行动中{P}', '全省统一部署的“亮剑”行动共{P}'] },
  { name: 'short period', time: true, kinds: SUMS, n: 17,
    wordings: ['当晚{P}', '一夜之间{P}', '12月份{P}', '11月当月{P}', '一季度{P}', '国庆期间{P}', '春节前后{P}', '夜查行动中{P}', '单日最多{P}', '第四季度{P}', '12月当月{P}', '“五一”假期{P}', '节假日期间{P}', '国庆长假期间{P}', '单月最高{P}'] },
  { name: 'per unit', kinds: SUMS, n: 6,
    wordings: ['人均{P}', '平均每名执法人员{P}', '平均每月{P}', '月均{P}', '日均{P}', '每个工作日平均{P}', '平均每个科室{P}', '平均每案{P}', '案均{P}', '平均每天{P}', '每月平均{P}', '平均每季度{P}'] },
  { name: 'rank and score', kinds: ALL, n: 0,
    wordings: [['该项工作在全市考核中排名第4', [4]], ['此项工作得分96.5分', [96.5]], ['获评全省优秀等次，得分95分', [95]], ['工作量居全市第2位', [2]], ['在全市法治政府建设考评中位列第6名、得92分', [6, 92]]] },
  { name: 'document and date', kinds: ALL, n: 0,
    wordings: [['依据《某市行政执法监督办法》（市政府第12号令）', [12]], ['按照某府发〔2024〕12号文件要求', [12]], ['于12月集中开展专项整治', [12]],
      ['执行《某省行政程序规定》（省政府令第221号）', [221]], ['自2023年12月起施行新的裁量基准', [12]], ['印发《2023年行政执法工作要点》等3个文件', [3]]] },
  { name: 'hotline', kinds: ALL, n: 0,
    wordings: [['通过12345热线转办群众诉求', [12345]], ['依托12345政务服务便民热线', [12345]], ['开通12315投诉举报热线', [12315]], ['公布“12348”法律服务热线', [12348]], ['设立“12345”专席', [12345]]] },
  { name: 'money and counts', kinds: ALL, n: 0,
    wordings: [['涉案金额96万元', [960000]], ['货值金额12.6万元', [126000]], ['挽回经济损失58万元', [580000]], ['收取行政事业性收费430万元', [4300000]]] },
  { name: 'money and counts', kinds: ACTS, n: 0, wordings: [['罚没款96万元', [96, 960000], true], ['没收违法所得3.2万元', [3.2, 32000], true]] },
  { name: 'money and counts', kinds: ['pct', 'yuan'], n: 0, wordings: [['查处违法案件96件', [96, 960000], true], ['办理行政处罚案件58件', [58, 580000], true]] },
  { name: 'sub-total', kinds: ACTS, n: 9, positions: ['post', 'next', 'bracket'],
    wordings: ['其中一般程序{D}', '其中涉企{D}', '其中当场办结{D}', '含简易程序{D}', '其中由市级交办{D}', '其中依申请{D}', '其中重大{O}{D}'] },
  { name: 'other rate', kinds: ['pct'], n: 88,
    wordings: ['群众满意率为{D}', '按期办结率{D}', '好评率达{D}', '结案率为{D}', '案卷评查优秀率{D}', '执法人员持证率达{D}', '主动公开率{D}', '按时答复率为{D}'] },
  { name: 'other count', kinds: ACTS, n: 0,
    wordings: [['核查群众投诉举报线索58件', [58]], ['评查行政执法案卷120卷', [120]], ['答复群众咨询260件', [260]], ['出具法律意见书19件', [19]], ['审核合同协议37件', [37]], ['清理证明事项18项', [18]]] },
  { name: 'places inspected', kinds: SUMS, n: 0,
    wordings: [['共检查全市321家医药机构', [321], false, 'enforcement_inspections'], ['检查各类市场主体1260户', [1260], false, 'enforcement_inspections'], ['出动执法人员860人次', [860]], ['出动执法车辆120台次', [120]], ['覆盖全县45个行政村', [45]], ['排查企业78家', [78]], ['检查重点场所156处', [156]]] },
  { name: 'plans', kinds: ['act', 'pct'], n: 50,
    wordings: ['计划年内{P}', '争取{P}', '年度目标为{P}', '2024年将{P}', '确保{P}以上', '任务指标为{P}', '力争到年底{P}', '预期{P}', '下一年度计划{P}', '预期目标为{P}', '2024年力争{P}'] },
  { name: 'transferred', kinds: ACTS, n: 9,
    wordings: ['向公安机关移送{O}{D}', '转交其他部门办理{O}{D}', '将{O}{D}移交属地处理', '移送纪检监察机关问题线索{D}', '接收群众举报线索{D}', '转办{O}{D}', '移交公安机关{O}{D}', '抄告相关部门{O}{D}', '将{D}{O}移送司法机关',
      '收到涉及其他部门的{O}{D}，均已转交有关部门办理', '接收非本部门职责的{O}{D}，已全部移交属地', '另收到{O}{D}，均依法转送有权机关'] },
]

const unitOf = (c: DCore) => (c.kind === 'pct' ? '%' : c.kind === 'yuan' ? '万元' : c.unit)

export interface KindProbe extends DistractorProbe {
  /** Only the core's own indicator must not take the figures (another indicator may: 罚没款 is a fine). */
  only: boolean
  /** An indicator that may take them. */
  may?: string
}

function wordingOf(c: DCore, k: Kind17, w: Wording): [string, number[], boolean, string?] {
  if (Array.isArray(w)) return [w[0], w[1], w[2] ?? false, w[3]]
  const [d, v] = fig(c, k.n)
  const [ch, cv] = fig(c, 7)
  const text = w.replace('{P}', phrase(c, d)).replace('{V}', c.verb).replace('{O}', c.obj).replace('{D}', d).replace('{C}', ch).replace('{U}', unitOf(c))
  const figures = [...(/\{[PD]\}/.test(w) ? [v] : []), ...(w.includes('{C}') ? [cv] : [])]
  return [text, figures, false]
}

/** The probes of core `c` under `contexts`: each wording alone, before and after the own figure, in the next sentence and in an aside. */
export function probesOf(c: DCore, contexts: Kind17[]): KindProbe[] {
  const out: KindProbe[] = []
  const [ownText, value] = own(c)
  const mine = `本局${phrase(c, ownText)}`
  for (const k of contexts) {
    if (!k.kinds.includes(c.kind)) continue
    for (const w of k.wordings) {
      const [d, mustNot, only, may] = wordingOf(c, k, w)
      if (mustNot.includes(value)) continue
      const probe = (position: Position, text: string, v: number | null) => {
        if (!(k.positions ?? ['pre', 'post', 'next', 'bracket', 'alone']).includes(position)) return
        out.push({ family: c.family, indicator: c.indicator, context: k.name, position, text, value: v, mustNot, only, may })
      }
      probe('alone', `2023年，${d}。`, null)
      probe('pre', k.time ? `2023年，${d}；今年${mine}。` : `2023年，${d}，${mine}。`, value)
      probe('post', `2023年，${mine}，${d}。`, value)
      probe('next', `2023年，${mine}。${d}。`, value)
      probe('bracket', `2023年，${mine}（${d}）。`, value)
    }
  }
  return out
}

/** The matrix's first contexts as kinds (their {P}/{V}/{O}/{D} wordings read the same). */
const FIRST: Kind17[] = CONTEXTS.map((c) => ({ name: c.name, kinds: c.kinds, n: c.n, wordings: c.wordings, time: c.time }))

/** The new kinds over the focus families' cores and the extra cores, and the first contexts over the extra cores. */
export function buildKindProbes(): KindProbe[] {
  const focus = [...DCORES.filter((c) => FOCUS.includes(c.family)), ...EXTRA_CORES]
  return [...focus.flatMap((c) => probesOf(c, KINDS)), ...EXTRA_CORES.flatMap((c) => probesOf(c, FIRST))]
}

export const KIND_NAMES = [...KINDS, ...FIRST].map((k) => k.name)

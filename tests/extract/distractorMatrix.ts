/**
 * The distractor matrix (issue 11, dist15): the FORM SPACE of numbers a careful analyst would not take as
 * the agency's indicator value, crossed with every indicator family. Each core (an act of the agency with
 * its measure word, or a rate, an amount, hours per person) is crossed with a distractor context (a count the
 * agency only took part in or underwent, other bodies' sub-totals, area-wide totals, last year's figure,
 * targets and plans, a quarter's or a month's part, campaign-period counts, multi-year totals, another measure with the same measure word,
 * per-item breakdowns, rankings and scores, budgets, dates, document numbers, phone numbers, ages, changes,
 * numbering) in several wordings and positions: a clause before or after the own figure, the next sentence,
 * brackets, a 分别-list, and alone (no true value in the text). Each probe expects the own figure (when
 * present) and that no distractor figure is taken by any indicator. Sentences are invented for this test.
 */

export interface DistractorProbe {
  family: string
  indicator: string
  context: string
  position: Position
  text: string
  /** The own figure, or null when the text holds none. */
  value: number | null
  mustNot: number[]
}

export type Position = 'pre' | 'post' | 'next' | 'bracket' | 'list' | 'alone'
export type Kind = 'act' | 'state' | 'pct' | 'yuan'

export interface DCore {
  family: string
  indicator: string
  kind: Kind
  /** Verb and object ('' verb for a state: 持证执法人员N名); for pct the term ends with its 为/达到. */
  verb: string
  obj: string
  unit: string
}

export const core = (family: string, indicator: string, kind: Kind, verb: string, obj: string, unit = ''): DCore =>
  ({ family, indicator, kind, verb, obj, unit })

export const DCORES: DCore[] = [
  core('approval', 'approvals_handled', 'act', '办理', '行政审批事项', '件'),
  core('approval', 'online_processing_pct', 'pct', '', '全程网办比例达到'),
  core('approval', 'immediate_processing_pct', 'pct', '', '即办件比例为'),
  core('enforcement', 'enforcement_inspections', 'act', '开展', '执法检查', '次'),
  core('enforcement', 'enforcement_cases', 'act', '查处', '违法案件', '件'),
  core('enforcement', 'penalty_cases', 'act', '办理', '行政处罚案件', '件'),
  core('enforcement', 'reconsideration_cases', 'act', '受理', '行政复议申请', '件'),
  core('enforcement', 'litigation_cases', 'act', '办理', '行政应诉案件', '件'),
  core('enforcement', 'fines_yuan', 'yuan', '', '罚没金额'),
  core('mediation', 'disputes_resolved', 'act', '调解化解', '矛盾纠纷', '件'),
  core('mediation', 'disputes_identified', 'act', '排查', '矛盾纠纷', '件'),
  core('mediation', 'mediation_success_pct', 'pct', '', '调解成功率为'),
  core('oversight', 'normative_docs_reviewed', 'act', '审查', '规范性文件', '件'),
  core('oversight', 'legal_review_cases', 'act', '法制审核', '重大行政执法决定', '件'),
  core('oversight', 'proposals_handled', 'act', '办理', '人大代表建议和政协提案', '件'),
  core('oversight', 'info_disclosure_requests', 'act', '受理', '政府信息公开申请', '件'),
  core('training', 'training_sessions', 'act', '举办', '法治培训班', '期'),
  core('training', 'legal_publicity_events', 'act', '开展', '普法宣传活动', '场'),
  core('training', 'training_participants', 'act', '组织法治培训，参训', '干部职工', '人次'),
  core('training', 'certified_officers', 'state', '', '持证执法人员', '名'),
  core('training', 'training_hours_per_person', 'state', '', '干部职工人均学法', '学时'),
]

/** The own figure as written, and its value. */
export function own(c: DCore): [string, number] {
  if (c.kind === 'pct') return ['95.5%', 95.5]
  if (c.kind === 'yuan') return ['12.5万元', 125000]
  return [`34${c.unit}`, 34]
}
/** A distractor figure `n` in the core's measure (a percentage for rates, 万元 for amounts). */
export function fig(c: DCore, n: number): [string, number] {
  if (c.kind === 'pct') return [`${n}%`, n]
  if (c.kind === 'yuan') return [`${n}万元`, n * 10000]
  return [`${n}${c.unit}`, n]
}
export const phrase = (c: DCore, figure: string) => `${c.verb}${c.obj}${figure}`

/**
 * A context: its wordings, the kinds of core it fits, and the figure its {D} carries. In a wording {P} is the
 * core's phrase with the distractor figure, {V}/{O} its verb and object, {D} the distractor figure alone;
 * wordings without them carry their own figures (listed after the wording).
 */
interface Context {
  name: string
  kinds: Kind[]
  n: number
  wordings: (string | [string, number[]])[]
  /** Whether a 分别-list of two bodies' figures fits the context. */
  list?: boolean
  /** Whether the context is a time scope (a year before, a span of years, a part of the year, a campaign). */
  time?: boolean
}

const ACTS: Kind[] = ['act']
const ALL: Kind[] = ['act', 'state', 'pct', 'yuan']

export const CONTEXTS: Context[] = [
  { name: 'took part', kinds: ACTS, n: 9, wordings: ['配合市政府{P}', '派员参加上级组织的{O}{D}', '作为成员单位参与{P}', '协助省厅{P}', '参与市级联合{V}{O}{D}', '积极配合上级部门{P}', '陪同督查组{P}'] },
  { name: 'inspected by', kinds: ALL, n: 0, wordings: [['接受上级部门执法检查5次', [5]], ['被市政府督查组督查检查3次', [3]], ['迎接省厅专项督查2次', [2]], ['接受市人大执法检查1次', [1]], ['先后接受各类检查考核6次', [6]]] },
  { name: 'other bodies', kinds: ['act', 'state', 'yuan'], n: 96, wordings: ['县公安局、县交通局、县城管局合计{P}', '公安、交通、城管三部门共计{P}', '各成员单位共{P}', '其他部门{P}'], list: true },
  { name: 'area total', kinds: ['act', 'state', 'yuan'], n: 1320, wordings: ['全市各级行政机关共{P}', '全县系统共{P}', '全省各级各部门{P}'], list: true },
  { name: 'area rate', kinds: ['pct'], n: 88, wordings: ['全市平均{P}', '全省{P}'] },
  { name: 'last year', time: true, kinds: ALL, n: 29, wordings: ['上年{P}', '2022年{P}', '去年同期{P}', '2022年全年{P}', '与上年的{D}相比有所增加', '上一年度同期{P}'] },
  { name: 'targets', kinds: ['act', 'pct'], n: 50, wordings: ['计划{P}', '力争{P}以上', '2024年的目标是{P}', '确保全年{P}', '下一步将{P}', '年度任务为{P}', '要求全年{P}', '预计{P}', '拟{P}'] },
  { name: 'campaign period', time: true, kinds: ACTS, n: 17, wordings: ['“百日攻坚”专项行动期间{P}', '宪法宣传周期间{P}', '“春雷行动”期间{P}', '在安全生产月活动期间{P}'] },
  { name: 'part of the year', time: true, kinds: ['act', 'yuan'], n: 17, wordings: ['第三季度{P}', '上半年{P}', '仅12月份{P}', '局前三季度{P}'] },
  { name: 'multi-year', time: true, kinds: ['act', 'yuan'], n: 820, wordings: ['自2019年以来累计{P}', '“十三五”期间共{P}', '近三年来共{P}', '2019—2023年累计{P}', '五年来共{P}', '“十四五”以来累计{P}'] },
  {
    name: 'same measure word',
    kinds: ALL,
    n: 0,
    wordings: [['答复群众政策咨询36件', [36]], ['召开党组会议13次', [13]], ['编发工作简报16期', [16]], ['接待群众来访760人次', [760]],
      ['现有在编干部84名', [84]], ['梳理权责清单事项335项', [335]], ['发放宣传资料2600份', [2600]],
      ['办理12345热线工单430件', [430]], ['收到意见建议58条', [58]], ['召开执法工作推进会7次', [7]], ['开展调研走访26次', [26]]],
  },
  { name: 'breakdown', kinds: ACTS, n: 0, wordings: [['其中简易程序21件、普通程序13件', [21, 13]], ['其中城区23件、农村11件', [23, 11]], ['按类别分，食品类19件、药品类15件', [19, 15]]] },
  { name: 'ranking', kinds: ALL, n: 0, wordings: [['在年度法治政府建设考核中得分98.5分、位列第3名', [98.5, 3]], ['综合排名全市第2位', [2]]] },
  { name: 'budget', kinds: ALL, n: 0, wordings: [['投入专项经费36万元', [360000]], ['年度预算安排48万元', [480000]]] },
  { name: 'dates', kinds: ALL, n: 0, wordings: [['于5月12日集中部署', [5, 12]], ['10月至12月开展集中整治', [10, 12]]] },
  { name: 'document number', kinds: ALL, n: 0, wordings: [['根据《关于加强执法监督的通知》（某府办发〔2023〕15号）', [15]], ['依照《行政处罚法》第三十三条', [33]]] },
  { name: 'phone', kinds: ALL, n: 0, wordings: [['开通监督电话0531-86123456', [86123456]], ['公布举报电话12315', [12315]]] },
  { name: 'ages', kinds: ALL, n: 0, wordings: [['干部平均年龄45岁', [45]], ['其中35岁以下干部占一半', [35]]] },
  { name: 'change', kinds: ALL, n: 0, wordings: [['同比增长12.5%', [12.5]], ['较上年下降8.3%', [8.3]], ['比上年提高6个百分点', [6]]] },
  { name: 'numbering', kinds: ALL, n: 0, wordings: [['公布第3批清单', [3]], ['在第十二届法治论坛上交流发言', [12]], ['建立健全6项工作制度', [6]], ['部署4个专项行动', [4]]] },
]

function wordingOf(c: DCore, ctx: Context, w: string | [string, number[]]): [string, number[]] {
  if (Array.isArray(w)) return w
  const [d, v] = fig(c, ctx.n)
  return [w.replace('{P}', phrase(c, d)).replace('{V}', c.verb).replace('{O}', c.obj).replace('{D}', d), [v]]
}

const SUBJECT = '本局'

export function buildDistractorProbes(): DistractorProbe[] {
  const out: DistractorProbe[] = []
  for (const c of DCORES) {
    const [ownText, value] = own(c)
    const mine = `${SUBJECT}${phrase(c, ownText)}`
    const base = { family: c.family, indicator: c.indicator }
    for (const ctx of CONTEXTS) {
      if (!ctx.kinds.includes(c.kind)) continue
      for (const w of ctx.wordings) {
        const [d, figures] = wordingOf(c, ctx, w)
        if (figures.includes(value)) continue
        const probe = (position: Position, text: string, v: number | null) => out.push({ ...base, context: ctx.name, position, text, value: v, mustNot: figures })
        probe('alone', `2023年，${d}。`, null)
        // (a time scope carries over a new subject: the own figure after it returns to the year by name)
        probe('pre', ctx.time ? `2023年，${d}；今年${mine}。` : `2023年，${d}，${mine}。`, value)
        probe('post', `2023年，${mine}，${d}。`, value)
        probe('next', `2023年，${mine}。${d}。`, value)
        probe('bracket', `2023年，${mine}（${d}）。`, value)
      }
      if (ctx.list) {
        const [a, va] = fig(c, ctx.n)
        const [b, vb] = fig(c, ctx.n - 11)
        const list = `县公安局、县交通局分别${c.verb}${c.obj}${a}、${b}`
        out.push({ ...base, context: ctx.name, position: 'list', text: `2023年，${list}。`, value: null, mustNot: [va, vb] })
        out.push({ ...base, context: ctx.name, position: 'list', text: `2023年，${mine}；${list}。`, value, mustNot: [va, vb] })
      }
    }
  }
  return out
}

/**
 * What is wrong with a probe's reading ('' when nothing): its own figure missed or another taken, or a distractor figure taken by
 * any indicator (by the core's own alone when `only`; never minding the indicator `may`).
 */
export function probeFailure(p: DistractorProbe & { only?: boolean; may?: string }, observations: { indicator_id: string; value: number }[]): string {
  const mine = observations.find((o) => o.indicator_id === p.indicator)
  const wrong = p.value !== null && mine?.value !== p.value ? `${p.indicator}: ${mine ? mine.value : 'none'}, want ${p.value}` : ''
  const taken = observations.filter((o) => p.mustNot.includes(o.value) && (!p.only || o.indicator_id === p.indicator) && o.indicator_id !== p.may)
    .map((o) => `${o.indicator_id} took ${o.value}`)
  return [wrong, ...taken].filter(Boolean).join('; ')
}

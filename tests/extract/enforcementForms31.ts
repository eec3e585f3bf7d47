/**
 * The enforcement forms matrix of round 31 (issue 11: enforcement read F1 0.814 on the holdout against 0.975 on dev,
 * precision 0.750 — values taken that the author did not state as its own year's). Sentences built from FORMS, never
 * from one report, in the manner of trainingForms24: four kinds of author (a city bureau, a county government, a town,
 * a provincial department) × each indicator's acts (检查, 查处, 处罚, 罚没, 免罚, 持证) × measure words (次, 件, 起, 万元,
 * 亿元, 人, 名) × numerals (arabic, Chinese, 余, 多, 近, 超过, 万/亿 scales), in OWN frames (全年共, 今年以来, the
 * author's short name after a lead, a change or a rate after it, 其中 parts, other acts after it, its own part after an
 * area's total, the noun first, a stated none, and frames of one indicator with others' figures beside it) and
 * DISTRACTOR frames: counts of what the author only assisted or took part in (配合/协助/派员参与 a higher body), joint
 * acts (联合, 会同), a 合计 of several bodies, subordinate units (分别, 各乡镇, a heading naming a level: （二）街镇。), spans
 * of years (…以来累计, 近三年), the year before, plans and targets (计划, 力争, 确保), norms, averages (月均), parts of the
 * year, a campaign's period, an example case, a change against the year before (较上年减少, 同比增加), per-case amounts and
 * thresholds (单笔最高, 案均, 5万元以上的案件) and another measure with the same measure word. Each distractor is read alone
 * and after the author's own figure, in the next sentence, ；-clause or comma clause (an area's total only after it: alone
 * it is `optional`). Rulings: corpus README, "Cases, reviews, disputes and approvals". Invented sentences.
 * oversightForms31.ts builds the oversight family on this.
 */

export type Want = Partial<Record<string, [number, string]>>

export interface FormProbe {
  frame: string
  distractor: boolean
  author: string
  indicator: string
  text: string
  /** The values the text states (an indicator of the matrix absent here must stay absent). */
  want: Want
}

/**
 * An author: its name ({A}), its self-name ({M}), a body above it ({H}) and, for a unit (a bureau, a department), its area's
 * bodies ({W}) and its whole area ({WHOLE}): a government's or a town's area total is its own.
 */
export interface Author { kind: string; subject: string; self: string; above: string; area?: string; whole?: string }
export const AUTHORS: Author[] = [
  { kind: 'city bureau', subject: '市市场监管局', self: '我局', above: '省市场监管局', area: '全市各级市场监管部门', whole: '全市' },
  { kind: 'county government', subject: '县政府', self: '我县', above: '市政府', },
  { kind: 'town', subject: '镇政府', self: '我镇', above: '县综合行政执法局', },
  { kind: 'provincial department', subject: '省生态环境厅', self: '我厅', above: '生态环境部', area: '全省各级生态环境部门', whole: '全省' },
]

/** A count as written before its measure word: text, value, qualifier. */
export type Numeral = [string, number, string]
/** Counts: the first is the plain one every author reads, the rest are read on the first author. */
export const COUNT_NUMERALS: Numeral[] = [
  ['36', 36, 'exact'], ['三十六', 36, 'exact'], ['30余', 30, 'approx'], ['30多', 30, 'approx'], ['近40', 40, 'approx'],
  ['超过30', 30, 'at_least'], ['1.2万', 12000, 'exact'], ['1万余', 10000, 'approx'],
]
/** Amounts, written before 元 (the 万/亿 scale is part of them). */
const YUAN_NUMERALS: Numeral[] = [
  ['36万', 360000, 'exact'], ['12.5万', 125000, 'exact'], ['三十六万', 360000, 'exact'], ['300余万', 3000000, 'approx'],
  ['近1.2亿', 120000000, 'approx'], ['超过50万', 500000, 'at_least'], ['1.35亿', 135000000, 'exact'],
]

/**
 * An indicator's acts: phrases with {S} for the count and its measure word (the first phrase opens with a verb a
 * helper may take: 配合…开展), the measure word, the numerals, a part of the count (其中…), the noun a change is said of,
 * and distractors of its own (another measure with the same measure word, a per-case amount).
 */
export interface Group {
  id: string
  phrases: string[]
  unit: string
  numerals: Numeral[]
  part: string
  noun: string
  near: string[]
  /**
   * What the figure is: an act's count in the year (the default, every frame), a count of people who hold something (持证:
   * no act, so no frame about the act's time or helpers) or a rate (出庭应诉率: neither, nor a share of an area's total).
   */
  kind?: Kind
  /** Own frames of this indicator alone ({PH}, {A}…), with the values of other indicators they also state. */
  extra?: { name: string; text: string; also?: Want }[]
  /** How the author says it had none (全年未发生…): read as 0. */
  none?: string
}
/** a: an act's count, s: a stock of people, r: a rate. */
type Kind = 'a' | 's' | 'r'

export const ENFORCEMENT: Group[] = [
  { id: 'enforcement_inspections', phrases: ['开展执法检查{S}', '开展“双随机、一公开”抽查{S}', '组织专项检查{S}', '实施现场检查{S}'], unit: '次',
    numerals: COUNT_NUMERALS, part: '其中夜查3次', noun: '执法检查',
    near: ['召开执法检查工作部署会5次', '接受上级执法检查5次', '开展执法检查督导5次'],
    extra: [{ name: 'people and firms after', text: '{A}{PH}，出动执法人员300人次，检查企业500家次' },
      { name: 'firms before', text: '{A}对辖区500户企业{PH}' }] },
  { id: 'enforcement_cases', phrases: ['查处违法案件{S}', '办结行政执法案件{S}', '立案查处各类违法行为{S}'], unit: '件',
    numerals: COUNT_NUMERALS, part: '其中涉企案件3件', noun: '执法案件',
    near: ['评查执法案卷5件', '移送公安机关刑事案件5件', '受理群众投诉举报5件'],
    extra: [{ name: 'penalties as a part', text: '{A}{PH}，其中行政处罚30件', also: { penalty_cases: [30, 'exact'] } },
      { name: 'fines after', text: '{A}{PH}，罚没款12.5万元', also: { fines_yuan: [125000, 'exact'] } }] },
  { id: 'penalty_cases', phrases: ['办理行政处罚案件{S}', '作出行政处罚决定{S}', '实施行政处罚{S}'], unit: '件',
    numerals: COUNT_NUMERALS, part: '其中适用简易程序3件', noun: '行政处罚案件',
    near: ['评查行政处罚案卷5件', '举行行政处罚听证5件', '梳理行政处罚事项5件'],
    extra: [{ name: 'fines after', text: '{A}{PH}，罚没款12.5万元', also: { fines_yuan: [125000, 'exact'] } },
      { name: 'waivers after', text: '{A}{PH}，不予处罚8件', also: { lenient_cases: [8, 'exact'] } }] },
  { id: 'fines_yuan', phrases: ['收缴罚没款{S}', '罚没金额{S}', '收取罚款{S}'], unit: '元',
    numerals: YUAN_NUMERALS, part: '其中没收违法所得3万元', noun: '罚没款',
    near: ['单笔最高罚款5万元', '案均罚款5万元', '为群众挽回经济损失5万元', '查获涉案货值5万元', '对罚款5万元以上的案件实行集体讨论',
      '对罚款金额在5万元以上的处罚决定进行法制审核', '对5万元及以上罚款实行负责人集体讨论'],
    extra: [{ name: 'kinds as parts', text: '{A}{PH}，其中罚款3万元、没收违法所得1万元' },
      { name: 'after the cases', text: '{A}查处违法案件120件，{PH}', also: { enforcement_cases: [120, 'exact'] } }] },
  { id: 'lenient_cases', phrases: ['办理首违不罚案件{S}', '对轻微违法行为不予行政处罚{S}', '适用免罚清单免予处罚{S}'], unit: '件',
    numerals: COUNT_NUMERALS, part: '其中涉企3件', noun: '免罚案件',
    near: ['公布不予处罚事项5个', '制定免罚清单事项5个'],
    extra: [{ name: 'after the penalties', text: '{A}作出行政处罚决定200件，{PH}', also: { penalty_cases: [200, 'exact'] } }] },
  { id: 'certified_officers', phrases: ['持有行政执法证人员{S}', '持证执法人员{S}'], unit: '人',
    numerals: COUNT_NUMERALS.filter(([t]) => !t.includes('万')), part: '其中法制审核人员3人', noun: '持证执法人员', kind: 's',
    near: ['新增持证执法人员5人', '组织5人参加行政执法资格考试', '申领行政执法证5人'],
    extra: [{ name: 'part of the staff', text: '{A}现有执法人员400人，其中{PH}' }] },
]

/** {A} author, {M} its self-name, {H} a body above, {W} its area's bodies, {PH} the phrase, {U} the measure word. */
/** `kinds`: the kinds of figure the frame is written for (acts only when not given). */
export interface Frame { name: string; text: string; kinds?: string }
export const OWN: Frame[] = [
  { name: 'plain', text: '{A}{PH}', kinds: 'asr' },
  { name: '全年共', text: '{A}全年共{PH}' },
  { name: '今年以来', text: '今年以来，{A}{PH}' },
  { name: 'self-name after a lead', text: '{A}坚持严格规范公正文明执法。{M}全年{PH}', kinds: 'asr' },
  { name: 'rate after 同比增长', text: '{A}{PH}，同比增长15.2%' },
  { name: 'change after 较上年', text: '{A}{PH}，较上年增加5{U}' },
  { name: '其中 part after', text: '{A}{PH}，{PART}', kinds: 'as' },
  { name: 'other acts after', text: '{A}{PH}，开展普法宣传活动20场，发放宣传资料3000余份' },
  { name: 'described after', text: '{A}持续加大执法力度，{PH}，有力维护了市场秩序' },
  { name: 'own part after area total', text: '{W}共{PH500}，其中{M}{PH}', kinds: 'as' },
  { name: 'year span 1月至12月', text: '1月至12月，{A}{PH}' },
  { name: 'to the year\'s end 截至12月底', text: '截至12月底，{A}{PH}' },
  { name: 'year before in an aside', text: '{A}{PH}（上年为5{U}）', kinds: 'asr' },
  { name: 'year before after 上年同期为', text: '{A}{PH}，上年同期为5{U}', kinds: 'asr' },
  { name: 'share of the area after', text: '{A}{PH}，占全市总量的35%' },
  { name: 'noun first 共', text: '{A}全年{NOUN}共{N}', kinds: 'as' },
]

/** A distractor: its text, and whether it is read only after the author's own figure (alone it would be `optional`). */
export interface Distractor { name: string; text: string; afterOnly?: boolean; kinds?: string }
export const DISTRACTORS: Distractor[] = [
  { name: 'assisted 配合 a body above', text: '{A}配合{H}{PH5}' },
  { name: 'assisted 协助 a body above', text: '{A}协助{H}{PH5}' },
  { name: 'took part 派员参与', text: '{A}派员参与{H}{PH5}' },
  { name: '合计 of several bodies', text: '县公安局、县交通运输局和{A}三部门合计{PH5}' },
  { name: 'subordinate units 分别', text: '{A}所属各执法大队分别{PH5}' },
  { name: 'towns 各乡镇', text: '各乡镇（街道）共{PH5}' },
  { name: 'a level\'s heading （二）街镇。', text: '\n（二）街镇。{PH5}' },
  { name: 'a level\'s heading （一）区直部门：', text: '\n（一）区直部门：{PH5}' },
  { name: 'area total after own', text: '{W}共{PH5}', afterOnly: true, kinds: 'as' },
  { name: 'whole area 全市共 after own', text: '{WHOLE}共{PH5}', afterOnly: true, kinds: 'as' },
  { name: 'years since 以来累计', text: '2019年以来，{A}累计{PH5}', kinds: 'as' },
  { name: 'span 近三年', text: '近三年，{A}{PH5}' },
  { name: 'year before 2022年', text: '2022年，{A}{PH5}', kinds: 'asr' },
  { name: 'year before 上年同期', text: '上年同期，{A}{PH5}', kinds: 'asr' },
  { name: 'plan 计划', text: '{A}计划明年{PH5}', kinds: 'asr' },
  { name: 'target 力争', text: '{A}力争{PH5}以上', kinds: 'ar' },
  { name: 'target 确保', text: '{A}确保全年{PH5}以上', kinds: 'ar' },
  { name: 'norm 每季度至少', text: '{A}要求各执法队每季度至少{PH5}' },
  { name: 'joint 联合 another body', text: '{A}联合县公安局{PH5}' },
  { name: 'joint 会同 other bodies', text: '{A}会同县公安局、县交通运输局{PH5}' },
  { name: 'average 月均', text: '{A}月均{PH5}' },
  { name: 'one month 仅5月份', text: '仅5月份，{A}{PH5}' },
  { name: 'half year 上半年', text: '上半年，{A}{PH5}' },
  { name: 'example case 如某企业…案', text: '如某企业无证经营一案，{A}{PH5}' },
  { name: 'change 较上年减少', text: '{A}{NOUN}较上年减少5{U5}', kinds: 'asr' },
  { name: 'change 同比增加', text: '{A}{NOUN}同比增加5{U5}', kinds: 'asr' },
  { name: 'campaign period', text: '“春雷行动”期间，{A}{PH5}' },
  { name: 'own measure\'s neighbour', text: '{A}{NEAR}', kinds: 'asr' },
]

/** How a distractor follows the author's own figure: a new sentence, a ；-clause, a comma clause. */
const JOINS = ['。', '；', '，']

/** The distractor figure's text before the measure word: 5, or 5万 for amounts (stated in 元). */
const five = (g: Group) => (g.unit === '元' ? '5万' : '5')
const phrase = (g: Group, ph: string, n: string) => ph.replace('{S}', n + g.unit)

export function fill(t: string, a: Author, g: Group, ph: string, n: string): string {
  return t.replaceAll('{A}', a.subject).replaceAll('{M}', a.self).replaceAll('{H}', a.above).replaceAll('{WHOLE}', a.whole ?? '').replaceAll('{W}', a.area ?? '')
    .replaceAll('{PH500}', phrase(g, g.phrases[0], g.unit === '元' ? '500万' : '500')).replaceAll('{PH5}', phrase(g, ph, five(g)))
    .replaceAll('{PH}', phrase(g, ph, n)).replaceAll('{N}', n + g.unit).replaceAll('{PART}', g.part).replaceAll('{NOUN}', g.noun)
    .replaceAll('{U5}', g.unit === '元' ? '万元' : g.unit).replaceAll('{U}', g.unit === '元' ? '万元' : g.unit)
}

/**
 * Every probe of the groups: own frames over authors × phrases (the plain numeral), every numeral on the first author;
 * distractors over authors × phrases, alone and after the author's own figure.
 */
export function buildForms(groups: Group[]): FormProbe[] {
  const out: FormProbe[] = []
  const authors = (t: string) => AUTHORS.filter((a) => a.area || !/\{W/.test(t))
  for (const g of groups) {
    const fits = (kinds = 'a') => kinds.includes(g.kind ?? 'a')
    const own = [...OWN.filter((o) => fits(o.kinds)), ...(g.extra ?? [])]
    for (const f of own) {
      for (const a of authors(f.text)) {
        // (a frame that names the act by its noun reads the same for every phrase)
        for (const ph of f.text.includes('{PH}') ? g.phrases : g.phrases.slice(0, 1)) {
          for (const [n, value, qualifier] of a === AUTHORS[0] ? g.numerals : g.numerals.slice(0, 1)) {
            out.push({ frame: f.name, distractor: false, author: a.kind, indicator: g.id,
              text: `2023年，${fill(f.text, a, g, ph, n)}。`, want: { [g.id]: [value, qualifier], ...('also' in f ? f.also : {}) } })
          }
        }
      }
    }
    if (g.none) {
      for (const a of AUTHORS) out.push({ frame: 'none stated', distractor: false, author: a.kind, indicator: g.id, text: `2023年，${a.subject}${g.none}。`, want: { [g.id]: [0, 'exact'] } })
    }
    const texts = [...DISTRACTORS.filter((d) => fits(d.kinds)).map((d) => ({ d, phs: d.text.includes('{NEAR}') ? g.near : g.phrases }))]
    for (const { d, phs } of texts) {
      for (const a of authors(d.text)) {
        for (const ph of phs) {
          const near = d.text.includes('{NEAR}') ? d.text.replace('{NEAR}', ph).replaceAll('{A}', a.subject) : fill(d.text, a, g, ph, '')
          if (!d.afterOnly) out.push({ frame: d.name, distractor: true, author: a.kind, indicator: g.id, text: `2023年，${near}。`, want: {} })
          const own = fill('{A}{PH}', a, g, g.phrases[0], g.numerals[0][0])
          for (const join of JOINS) {
            out.push({ frame: d.name, distractor: true, author: a.kind, indicator: g.id, text: `2023年，${own}${join}${near}。`,
              want: { [g.id]: [g.numerals[0][1], g.numerals[0][2]] } })
          }
        }
      }
    }
  }
  return out
}

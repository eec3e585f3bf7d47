/**
 * Rewordings of vocabulary and order (the second family beside ./rewordings.ts's numerals, separators and layout): the
 * same facts and figures as a human rewording writes them, with a synonym for a verb or a quantity word, the count moved
 * before its term or its term before the verb, a percent or an amount of money written another way. Each is
 * meaning-preserving under the corpus README's rulings (tests/fixtures/corpus/README.md); the labels are carried through
 * the edits by ./rewordings.ts's machinery (`reword`), which drops an item whose evidence an edit cuts across.
 *
 * Pairs rejected, because the rulings read the two words differently (a swap would change what an analyst records):
 * - 办理 ↔ 办结, 受理 ↔ 办理, 收到 ↔ 受理, 准予 ↔ 受理: different stages (received → accepted → handled → closed);
 * - 调解/调处 ↔ 化解/调解成功: disputes mediated are not disputes resolved, 调处率 is no success rate;
 * - 参加 ↔ 参与: 参与/配合/协助 marks a count the agency only took part in (not its own), while 组织…参加 holds the session;
 * - 开展 ↔ 组织 alone: 组织 governs people (组织干部参加… holds, 参加… attends); 组织开展 for 开展 is kept;
 * - 培训 ↔ 轮训: a 轮训 is a round over the whole staff, a programme, not any training;
 * - 共计 ↔ 累计: 累计 is the rulings' cue of a total over years or since a start (历年累计, 自开班以来累计);
 * - X余 ↔ 超过X: approx and at_least are different qualifiers; 余 ↔ 多 ↔ X以上 are all approx and are kept;
 * - 我局 ↔ 局机关, a full organ name ↔ its short name: 局机关 after 全局 is a part, and an opening's agency label follows the
 *   name the text writes.
 */
import { BEFORE_VERB, CN_NUM, REWORDINGS, all, clauseAround, sentenceStart, isSessionClause, type Context, type Edit, type Rewording } from './rewordings'

const NUM = `(?:\\d+|[${CN_NUM}千]+)(?:余|多)?`
const UNITS = '件次|人次|场次|件|起|场|次|期|项|份|个|宗|批|人|名|家|条'
const CLAUSE_CLOSE = '(?=[，。；！\\n]|$)'
/** A term between a verb and its count: the thing counted, ending on a noun (行政复议案件, 法治培训, 干部职工). */
const TERM_HEAD = /(?:案件|纠纷|申请|文件|事项|决定书?|培训班?|讲座|活动|会议|信访件|来信|隐患|问题|诉讼|建议|提案|意见书?|事件|许可|人员|干部|职工|学法|合同)$/
const TERM_BAD = /^[的了各]|其中|分别|均|共|计|达|为|约|近|超|和|及|与|办理|受理|审结|办结|查处|查办|审查|审核|调解|化解|开展|举办|组织|培训(?!班)|接待|处理|收到|作出|做出|备案|参加|参与|开设|召开/
/** Verbs a count follows (办理行政复议案件12件) that keep their meaning when the count moves. */
const ORDER_VERBS = ['办理', '受理', '审结', '办结', '查处', '查办', '审查', '审核', '调解', '化解', '开展', '举办', '接待', '处理', '收到', '作出', '做出']
/** A verb, its term and its count closing a clause; prefix an adverb of the verb (共, 依法, 全年共). */
const COUNTED = new RegExp(`(共计?|依法|全年共?)?(${ORDER_VERBS.join('|')})([\\u4e00-\\u9fff]{2,12}?)(${NUM})(${UNITS})${CLAUSE_CLOSE}`, 'g')

interface Counted { at: number; verbAt: number; end: number; prefix: string; verb: string; term: string; num: string; unit: string }
function counted(text: string): Counted[] {
  return all(COUNTED, text).flatMap((m) => {
    const [, prefix = '', verb, term, num, unit] = m
    // (a verb inside a noun phrase is no verb of the count: 出具审查意见77份, 合法性审查意见)
    if (!TERM_HEAD.test(term) || TERM_BAD.test(term) || /[具性的和与及、]$/.test(text.slice(0, m.index + prefix.length))) return []
    return [{ at: m.index, verbAt: m.index + prefix.length, end: m.index + m[0].length, prefix, verb, term, num, unit }]
  })
}
/** Whether the clause before `at` leaves room for a term there (clause start, a subject, a time or an adverb). */
const openBefore = (text: string, at: number) => BEFORE_VERB.test(text.slice(clauseAround(text, at).start, at))

/** One replacement per match of `re` (global), by what `to` returns for it (null: no edit). */
const swaps = (re: RegExp, to: (m: RegExpExecArray, text: string, ctx: Context) => string | null) =>
  (text: string, ctx?: Context): Edit[] => all(re, text).flatMap((m) => {
    const t = to(m, text, ctx!)
    return t === null ? [] : [{ at: m.index, end: m.index + m[0].length, text: t }]
  })
const numberAfter = (text: string, at: number) => /\d|[一二两三四五六七八九十]/.test(text.slice(at, clauseAround(text, at).end))

const DIGITS = '零一二三四五六七八九'
/** 96.5 → 九十六点五, 100 → 一百, 8 → 八 (a percent read aloud). */
function spoken(n: string): string {
  const [int, frac] = n.split('.')
  const v = Number(int)
  const whole = v === 100 ? '一百' : v < 10 ? DIGITS[v] : `${Math.floor(v / 10) === 1 ? '' : DIGITS[Math.floor(v / 10)]}十${v % 10 ? DIGITS[v % 10] : ''}`
  return frac ? `${whole}点${[...frac].map((d) => DIGITS[Number(d)]).join('')}` : whole
}

export const VOCAB_REWORDINGS: Rewording[] = [
  {
    name: 'number before term',
    inside: true,
    // 办理行政复议案件12件 → 办理12件行政复议案件
    edits: (text) => counted(text).map((c) => ({ at: c.verbAt, end: c.end, text: `${c.verb}${c.num}${c.unit}${c.term}` })),
  },
  {
    name: 'term before verb',
    inside: true,
    // 共办理行政复议案件12件 → 行政复议案件共办理12件
    edits: (text) => counted(text).filter((c) => openBefore(text, c.at))
      .map((c) => ({ at: c.at, end: c.end, text: `${c.term}${c.prefix}${c.verb}${c.num}${c.unit}` })),
  },
  {
    name: 'count as subject (得到)',
    inside: true,
    // 共办理行政复议案件12件 → 共有12件行政复议案件得到办理
    edits: (text) => counted(text).filter((c) => /^(?:办理|受理|审结|办结|查处|查办|审查|审核|化解|处理)$/.test(c.verb) && /^[件起宗项份条个]$/.test(c.unit) && openBefore(text, c.at))
      .map((c) => ({ at: c.at, end: c.end, text: `${c.prefix ? '共有' : ''}${c.num}${c.unit}${c.term}得到${c.verb}` })),
  },
  {
    name: 'participants phrasing',
    inside: true,
    // 参训人员达300人次 → 300人次参加培训; 培训执法人员300人次 / 共150人参训 → 参训执法人员达300人次 / 参训人员共150人;
    // 参学N人 → 参加学习N人; 培训…，覆盖N人次 → 培训…，参加人员达N人次 (and back)
    edits: (text) => [
      ...swaps(new RegExp(`参训(?:人员|干部职工|干部|人数|学员)?(?:达到|达|共计|共|计|合计)?(${NUM})(人次|人)${CLAUSE_CLOSE}`, 'g'), (m) => `${m[1]}${m[2]}参加培训`)(text),
      ...swaps(new RegExp(`(?<=[，；。\\n局镇区县市府]|^)培训([\\u4e00-\\u9fff]{0,6}?(?:人员|干部|职工))(?:达到|达|共计|共)?(${NUM})人次${CLAUSE_CLOSE}`, 'g'), (m) => `参训${m[1]}达${m[2]}人次`)(text),
      ...swaps(new RegExp(`(?<=[，；。\\n]|^)(共|约)?(${NUM})(人次|人)参训${CLAUSE_CLOSE}`, 'g'), (m) => `参训人员${m[1] ?? ''}${m[2]}${m[3]}`)(text),
      ...swaps(new RegExp(`参学(${NUM})(人次|人)`, 'g'), (m) => `参加学习${m[1]}${m[2]}`)(text),
      ...swaps(new RegExp(`(?<=[，；]|^)(?:覆盖|参加人员达?)(${NUM})人次${CLAUSE_CLOSE}`, 'g'), (m, t) =>
        /培训|讲座|学法|授课/.test(t.slice(sentenceStart(t, m.index), m.index)) ? (m[0].startsWith('覆盖') ? `参加人员达${m[1]}人次` : `覆盖${m[1]}人次`) : null)(text),
    ].sort((a, b) => a.at - b.at),
  },
  {
    name: 'session verbs 开展↔举办',
    inside: true,
    edits: swaps(/组织开展|开展|举办|召开|举行/g, (m, text, { rand }) => {
      const c = clauseAround(text, m.index)
      const clause = text.slice(c.start, c.end)
      if (m[0] === '召开' || m[0] === '举行') return /会(?!员)/.test(clause) && numberAfter(text, m.index) ? (m[0] === '召开' ? '举行' : '召开') : null
      if (!isSessionClause(clause) || text[m.index - 1] === '组' && m[0] === '开展') return null
      return m[0] === '开展' ? (rand() < 0.5 ? '举办' : '组织开展') : m[0] === '举办' ? '开展' : '举办'
    }),
  },
  {
    name: 'case verbs 查处↔查办',
    inside: true,
    // 查处↔查办, 作出↔做出, 收到↔接到 (a count received), 审查↔审核 (not 备案审查), 成功化解↔成功调解
    edits: swaps(/查处|查办|(?<!工)作出|做出|收到|接到|(?<!备案)审查(?!起诉|调查)|审核|成功化解|成功调解/g, (m, text) => {
      const to: Record<string, string> = { 查处: '查办', 查办: '查处', 作出: '做出', 做出: '作出', 收到: '接到', 接到: '收到', 审查: '审核', 审核: '审查', 成功化解: '成功调解', 成功调解: '成功化解' }
      if ((m[0] === '收到' || m[0] === '接到') && !numberAfter(text, m.index)) return null
      return to[m[0]]
    }),
  },
  {
    name: 'quantity words 共计↔合计',
    inside: true,
    // 共计↔合计, 总计 → 共计, 达 ↔ 达到 before a figure
    edits: swaps(new RegExp(`共计|合计|总计|(?<![下传表送通发到抵直高])达(?:到)?(?=\\d|[${CN_NUM}])`, 'g'),
      (m) => ({ 共计: '合计', 合计: '共计', 总计: '共计', 达: '达到', 达到: '达' })[m[0]] ?? null),
  },
  {
    name: 'approx 余↔多',
    inside: true,
    edits: swaps(new RegExp(`(?<=\\d\\d|[${CN_NUM}千])[余多](?=${UNITS}|万)`, 'g'), (m) => (m[0] === '余' ? '多' : '余')),
  },
  {
    name: 'approx X余 → X以上',
    inside: true,
    // 300余人次 → 300人次以上 (both approx)
    edits: swaps(new RegExp(`(?<=\\d\\d|[${CN_NUM}千])余(${UNITS})(?!以|左)`, 'g'), (m) => `${m[1]}以上`),
  },
  {
    name: 'percent in words',
    inside: true,
    // 96.5% → 百分之九十六点五
    edits: swaps(/(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)%/g, (m) => (Number(m[1]) <= 100 && !/^0\d/.test(m[1]) ? `百分之${spoken(m[1])}` : null)),
  },
  {
    name: '万元 ↔ 元',
    inside: true,
    // 5.65万元 → 56500元, 56500元 → 5.65万元
    edits: swaps(/(?<![\d.,])(\d+(?:\.\d+)?)(万?)元/g, (m) => {
      const v = Number(m[1])
      if (m[2]) return Math.abs(v * 1e4 - Math.round(v * 1e4)) < 1e-6 ? `${Math.round(v * 1e4)}元` : null
      return Number.isInteger(v) && v >= 10000 ? `${v / 1e4}万元` : null
    }),
  },
]

/** Both families, as ./rewordingScore.ts and ./rewordings.test.ts run them. */
export const ALL_REWORDINGS: Rewording[] = [...REWORDINGS, ...VOCAB_REWORDINGS]

/**
 * Compiles the catalogue's rules (data in `data/indicators.json`) into matchers, and finds
 * the candidate figures for each indicator in one sentence.
 */
import type { Indicator, IndicatorRules } from './types'
import type { LectureKind } from './trainingLecture'

export interface CompiledRule {
  indicator: Indicator
  terms: RegExp[]
  /** Terms from this rank on are weak: they need `weakRequire` in the sentence. */
  weakFrom: number
  weakRequire: RegExp | null
  /** What, said earlier in the paragraph, gives a weak term its context instead (IndicatorRules.weak_lead). */
  weakLead: RegExp | null
  /** What the topic of a weak term's section names to give it its context (IndicatorRules.weak_heading). */
  weakHeading: RegExp | null
  after: RegExp[]
  units: Set<string>
  exclude: RegExp | null
  sentenceExclude: RegExp | null
  sentenceRequire: RegExp | null
  window: number
  negation: boolean
  sum: 'none' | 'sentence' | 'paragraph'
  sumUnless: RegExp | null
  sumParts: RegExp | null
  kindAlone: RegExp | null
  partKind: RegExp | null
  partWhole: RegExp | null
  reduction: boolean
  otherStage: RegExp | null
  narrow: RegExp | null
  audience: RegExp | null
  partOf: RegExp | null
  priorObject: RegExp | null
  governedBy: RegExp | null
  lecture: LectureKind | null
  otherTopic: RegExp | null
  otherHost: RegExp | null
  wholeArea: RegExp | null
  partsOther: RegExp | null
}

const union = (list: string[] | undefined): RegExp | null => (list && list.length ? new RegExp(list.join('|')) : null)

export function compileRules(indicators: Indicator[]): CompiledRule[] {
  return indicators.filter((i) => i.rules).map((indicator) => {
    const r = indicator.rules as IndicatorRules
    return {
      indicator,
      terms: [...r.terms, ...(r.weak_terms ?? [])].map((t) => new RegExp(t, 'g')),
      weakFrom: r.terms.length,
      weakRequire: union(r.weak_require),
      weakLead: union(r.weak_lead),
      weakHeading: union(r.weak_heading),
      after: (r.after ?? []).map((t) => new RegExp(`^(?:${t})`)),
      units: new Set(r.units),
      exclude: union(r.exclude),
      sentenceExclude: union(r.sentence_exclude),
      sentenceRequire: union(r.sentence_require),
      window: r.window ?? 12,
      negation: r.negation ?? false,
      sum: r.sum ?? 'none',
      sumUnless: union(r.sum_unless),
      sumParts: union(r.sum_parts),
      kindAlone: r.kind_alone ? new RegExp(r.kind_alone.join('|'), 'g') : null,
      partKind: union(r.part_kind),
      partWhole: union(r.part_whole),
      reduction: r.reduction ?? false,
      otherStage: union(r.other_stage),
      narrow: union(r.narrow),
      audience: union(r.audience),
      partOf: union(r.part_of),
      priorObject: union(r.prior_object),
      governedBy: union(r.governed_by),
      lecture: r.lecture ?? null,
      otherTopic: union(r.other_topic),
      otherHost: union(r.other_host),
      wholeArea: union(r.whole_area),
      partsOther: union(r.parts_other),
    }
  })
}

export interface TermHit { start: number; end: number; rank: number }

/** Longest term match looked for: the search never reaches further back than window + this. */
const MAX_TERM = 72

/**
 * What a term may carry between itself and its figure without moving away: titles (学习《…》《…》), 习近平法治思想,
 * and the rest of a list of study matter closed by 等内容/等法律法规 ("《宪法》和…国家法律汇编等内容8次"). (The 》 before 和 is looked
 * behind from after 和: a lookbehind ahead of its text V8 tries at every position.)
 */
const TOPIC = /《[^《》\n]{1,40}》|习近平(?:新时代中国特色社会主义思想|法治思想)|[和及、与](?<=》[和及、与])[^,，;；。《》\d]{1,30}?等(?:内容|法律法规|党内法规)/g

/** The old value of a change before its new one: 由上年的35人增加到, 由85%提高至. */
const CHANGE_FROM = /由[^,，;；。]{0,12}?(?:增加|增长|提高|提升|上升|下降|降低|减少|压缩|缩短)?(?:到|至)(?:\d{4}年(?:底|末)?的?)?$/

/**
 * A change against another period right after the term, before its level ("罚没金额较上年增加2.5万元，达12.5万元", "…申请同比增加12件，全年共
 * 收到48件", "…较去年同期增加38件，总数达到236件"): no distance either.
 */
const CHANGE_FIRST = /^(?:同比|环比|较上年|比上年|较去年|比去年|较\d{4}年|比\d{4}年)(?:同期)?(?:增加|增长|减少|下降|提高|提升|上升|降低)了?[^,，;；。]{0,12}?[,，]?(?=(?:全年|今年|本年)?(?:总数|总量|总额)?(?:达|为|共|累计|合计|总计|(?:[增降减]|增加|增长|上升|提高|提升|减少|下降|降低)(?:至|到)))/

/** A target's figure right after the term, before the result ("全程网办率目标为90%，实际完成93.5%"): no distance either. */
const TARGET_FIRST = /^(?:的)?(?:目标|计划|任务|预期)(?:值|数)?(?:为|是)?[\d.]+(?:%|[件项次个场])?[,，]\s*(?:而|但)?实际(?:完成|达到|实现|为|上)?了?$/

/**
 * A sentence that names its event, then says what was explained at it, and closes on a bare count ("“双月学法”制度持续落实，由各
 * 处室负责人解读…等法律法规，共6次"): the explaining clauses describe the event the term names and the count is its. Only the
 * rest of the term's own clause parts them. (What was explained must be law; a clause that does more than count closes nothing.)
 */
const DESCRIBED_COUNT = /^([^,，;；。]{0,12})[,，](?:由|邀请|请)?[^,，;；。]{0,20}?(?:解读|讲解|讲授|领学|辅导)[^;；。]*?(?:法律|法规|法|条例)[^,，;；。]{0,6}[,，](?:全年|年内)?(?:共计|总计|累计|共)$/

/**
 * Another named kind joined to a quoted term's name, with the event word they share ("“法治大讲堂”和“以案释法”研讨10余场"): one
 * subject of the count, so no distance.
 */
const JOINED_NAME = /^[”"][和及与、][“"][^“”"\n]{1,12}[”"](?:专题|集中)?(?:研讨|学习|讲座|培训|宣讲|活动)?(?:会(?!议)|班)?/

/** A short aside in brackets between term and figure (培训村（社区）法律明白人180人次, 村(居)): a gloss, no distance. */
const ASIDE = /[（(][^（）()\d,，;；。]{1,4}[）)]/g

/** Words that only introduce a figure (学习共6次, 学习累计6次, 达到…): they put no distance between term and figure. */
const LEAD_IN = /(?:共计|总计|合计|累计|共|计|达到|达|约)+$/
/** The measure's own total named right after its term (罚款总额达…, 罚没总金额…, 申请总数为…): no distance either. */
const MEASURE_TOTAL = /^(?:总额|总金额|总数|总量)(?:为|是)?(?:共计|总计|合计|累计|共|计|达到|达|约)*$/

/**
 * The length of a list of more kinds of the term's own noun right after it ("化解邻里纠纷、婚姻家庭纠纷、劳资纠纷N件": every
 * item ends in the term's last two characters, its head): items of what the term names, so no distance.
 */
function sameHeadRun(s: string, head: string): number {
  let i = 0
  while (i < s.length && '、和及与'.includes(s[i])) {
    const j = s.indexOf(head, i + 1)
    if (j < 0 || j - i > 11 || /[,，;；。、\d]/.test(s.slice(i + 1, j))) break
    i = j + head.length
  }
  return i
}

/**
 * Characters between a term's end and its figure, not counting the topics it names (see TOPIC), the rest of a list of
 * its own noun's kinds (see sameHeadRun) nor the words that lead in to the figure.
 */
export function gap(text: string, from: number, to: number): number {
  let n = to - from
  if (n <= 0) return n
  const s = text.slice(from, to)
  if (MEASURE_TOTAL.test(s)) return 0
  // (each form ending in $ is tried only on a string that ends as it must, and TOPIC only where one of its marks stands: V8
  // tries such a regex from every start, and this runs for every term hit far from its figure)
  const described = endsIn(s, DESCRIBED_LAST) ? DESCRIBED_COUNT.exec(s) : null
  if (described) return described[1].length
  const head = text.slice(Math.max(0, from - 2), from)
  if (/^[\u4e00-\u9fff]{2}$/.test(head)) n -= sameHeadRun(s, head)
  TOPIC.lastIndex = 0
  if (s.includes('《') || s.includes('》') || s.includes('习')) for (let m = TOPIC.exec(s); m; m = TOPIC.exec(s)) n -= m[0].length
  n -= JOINED_NAME.exec(s)?.[0].length ?? 0
  if (s.includes('（') || s.includes('(')) for (const m of s.matchAll(ASIDE)) n -= m[0].length
  const lead = endsIn(s, LEAD_IN_LAST) ? LEAD_IN.exec(s) : null
  if (lead) n -= lead[0].length
  const first = CHANGE_FIRST.exec(s) ?? TARGET_FIRST.exec(s)
  if (first) n -= first[0].length
  // The old value of a change ("由上年的35人增加到41人") stands between the term and the new one without parting them.
  const before = lead ? s.slice(0, lead.index) : s
  const change = endsIn(before, CHANGE_FROM_LAST) ? CHANGE_FROM.exec(before) : null
  return change ? n - change[0].length : n
}

/** The last characters a match of DESCRIBED_COUNT, LEAD_IN and CHANGE_FROM ends on (each ends at the string's end). */
const DESCRIBED_LAST = '共计'
const LEAD_IN_LAST = '计共到达约'
const CHANGE_FROM_LAST = '到至年底末的'
const endsIn = (s: string, lasts: string) => s.length > 0 && lasts.includes(s[s.length - 1])

/**
 * A term's gap that runs over an earlier item's figure into its complement ("办理行政审批事项534件、非许可事项": 534件,
 * then 非): the figure after it counts what is not the term's kind. (A list sharing its verb, 审核合同9件、重大行政执法
 * 决定47件, still names the second item.)
 */
const INTO_COMPLEMENT = /\d(?:\.\d+)?[件宗笔次项个]、非/

/** Where each match of the term termBefore reads starts and ends in the text (kept from call to call: no array per term and region). */
const matchStart: number[] = []
const matchEnd: number[] = []

/** The clause breaks a term may reach back over (see termBefore). */
const CLAUSE_BREAK = ',，;；'

/**
 * The term match that ends closest before `pos` (within the window), searching from `floor`. Takes
 * only the terms and window of a rule (a caller with other ones passes those, not a copy of the rule),
 * and may pass, per term, whether the sentence around the region holds the characters it needs (ruleIndex's termsMay:
 * a term with 0 is not run).
 */
export function termBefore(text: string, { terms, window, weakFrom = terms.length }: Pick<CompiledRule, 'terms' | 'window'> & { weakFrom?: number },
  floor: number, pos: number, may?: Uint8Array): TermHit | null {
  let best: TermHit | null = null
  floor = Math.max(floor, pos - window - MAX_TERM)
  const region = text.slice(floor, pos)
  for (let rank = 0; rank < terms.length; rank++) {
    if (may && may[rank] === 0) continue
    const re = terms[rank]
    re.lastIndex = 0
    let n = 0
    for (let m = re.exec(region); m; m = re.exec(region)) {
      if (m[0].length === 0) { re.lastIndex++; continue }
      matchStart[n] = floor + m.index
      matchEnd[n++] = floor + m.index + m[0].length
    }
    // (a term's matches end one after another, each later than the one before, so the last that holds takes the place of any before
    // it: they are read from the last, and an earlier one's gap, several regexes, is not worked out)
    for (let i = n - 1; i >= 0; i--) {
      // (a hit ending before the best so far loses to it whatever its gap, and so do the term's earlier ones)
      if (best && matchEnd[i] < best.end) break
      if (INTO_COMPLEMENT.test(text.slice(matchStart[i], matchEnd[i]))) continue
      const hit = { start: matchStart[i], end: matchEnd[i], rank }
      if (pos - hit.end > window && gap(text, hit.end, pos) > window) continue
      if (!best || hit.end > best.end) { best = hit; break }
      // Of two ending together the longer spans the term and the better rank scores it ("普法…开展“法律进村”活动" is also “法律进村”
      // 活动), unless the longer is a weak term: its words (废止…规范性文件) are what make it weak.
      const longer: TermHit = hit.end - hit.start > best.end - best.start ? hit : best
      best = { ...longer, rank: longer.rank >= weakFrom ? longer.rank : Math.min(rank, best.rank) }
      break
    }
  }
  // A term reaching back over a clause break (普法…，以讲座、资料…等方式宣传宪法，全年开展…活动) bridges a lead clause to a figure
  // whose clause names no event of its own; where the figure's clause holds a term of the event's own (法治宣传活动, 送法), that
  // one is the term, and the lead's words (资料, 宣传栏, 参加) are no part of it. (Looked for after the break only: bounded.)
  const cut = best ? lastBreak(text, best.start, best.end) : -1
  if (cut < 0) return best
  const own = termBefore(text, { terms, window, weakFrom }, cut + 1, pos, may)
  return own && own.rank < weakFrom ? own : best
}

/** The last clause break from `from` to `to`, or -1. */
function lastBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (CLAUSE_BREAK.includes(text[i])) return i
  return -1
}

/** A term right after the figure ("430余人次参加", "共约230人参训"). */
export function termAfter(text: string, rule: CompiledRule, pos: number, ceil: number): TermHit | null {
  const rest = text.slice(pos, Math.min(ceil, pos + 40))
  for (let rank = 0; rank < rule.after.length; rank++) { // (no entries() iterator: tried for every figure and rule)
    const m = rule.after[rank].exec(rest)
    if (m) return { start: pos, end: pos + m[0].length, rank }
  }
  return null
}

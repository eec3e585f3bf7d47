/**
 * How sure the extractor is of one observation: 1 minus a penalty for each reason to doubt it.
 *
 * Reason codes (written to `observations.confidence_reasons`, comma-separated), weighed (./confidenceWeights.ts), heaviest first:
 * - `no_review`    a count of normative documents whose clause names no act on them (规范性文件为0件: the documents
 *                  issued or in force, a disclosure table's row; ./confidenceForms.ts): low by itself;
 * - `one_word`     a count of one read from the word 一, also "a", "each" or part of a name (每一件, 综合查一次;
 *                  ./confidenceForms.ts): low by itself;
 * - `sum_across`   added up from figures in different clauses or sentences (set apart by ； or 。),
 *                  which may count different things or different bodies' work;
 * - `implausible`  a rate above 100 or hours per person above 200 (./confidenceForms.ts): no value of the
 *                  indicator, so low by itself (set, not fitted: no corpus value has the form);
 * - `close_rival`  another figure of the report (a different value, elsewhere) fitted the indicator nearly as
 *                  well: it lost by less than the smallest structural judgement the engine makes (an area's
 *                  total, 10 points), only by term distance or term rank, so the choice was a close one;
 * - `year_unstated` the sentence does not say the figure is a year's (no 2023年, 全年, 今年, 年内, 年度);
 * - `competing`    another sentence gives a different figure for the indicator, however far behind it scored;
 * - `figure_before` another figure before it in its clause;
 * - `short_term`   the term that names the figure is a short, generic word (培训, 立案, 罚款: ≤ 3 characters);
 * - `large`        a count of 10,000 or more: seldom one agency's own;
 * - `sum_total`    a sum whose parts hold a total or a breakdown (共, 合计, 其中, an aside; ./confidenceForms.ts):
 *                  maybe a total added to its own parts;
 * - `same_unit`    another figure of the sentence has the same measure word (a list or a breakdown:
 *                  the term may belong to another of them);
 * - `small`        a count of 3 or less: often a detail (one meeting, one office), not the year's total;
 * - `scoped`       a modifier narrows the figure;
 * - `term_far`     the term ends far before the figure (something stands between them);
 * - `took_part`    the figure's clause says people took part or signed up (参加, 参与, 报名): maybe
 *                  someone else's event, or attendance rather than the measure;
 * - `other_body`   the figure's clause names another body (公安, 法院, 检察, 直属/下属/所属 units,
 *                  各…单位/部门, 基层): maybe that body's figure, not the author's;
 * - `no_law`       a law-study or law-publicity figure whose clause names no law (学习12次, 讲座2次);
 * - `sub_item`     a part after 其中;
 * - `after_term`   the term follows the figure (N人参加…);
 * - `area_total`   the clause counts for an area, all levels or all kinds (全省/全市…, 各级, 各类, 此类):
 *                  maybe the area's total, not the author's own;
 * - `term_heads`   the term opens the figure's clause with no verb or doer before it (行政处罚24件): a label
 *                  in a list or breakdown, which says nothing of whose or which stage's figure it is;
 * - `derived`      added up from sub-figures;
 * - `since`        the sentence speaks of a period since some start (…以来, 近三年) or of a cumulative
 *                  count (累计): maybe not the year's.
 * Set by rule rather than fit (vals18: forms the rules read though they may not be the year's own, too rare in the corpus to
 * weigh; each alone puts a value in the low band):
 * - `since_event`  the sentence counts from an event, not a year (条例施行以来, 新法实施以来): the total since then, unless the
 *                  event fell in the report's year;
 * - `spaced`       the figure was read across a thousands space (1 234, 125 000元): maybe two neighbouring table cells;
 * - `year_other`   the figure's sentence names no year (全年 and 年内 say no which), and the last year its paragraph named before it is another than the
 *                  report's as a clause's time ("2022年，本局查处…29件。本局开展执法检查120次。"): maybe that year's figure.
 * Named for the reader but weighing nothing on the last fit: `de_before` (the figure follows 的: 复议后又起诉的12件),
 * `stage_word` (已, 目前, 拟, 正在, 尚 in the clause), `negation` (a negative statement read as 0: 未发生…案件), `near_twin`
 * (a slightly smaller figure of the same measure word follows: 受理5808件，调解成功5807件), `change` (new value of 由…提高到…),
 * `respectively` (paired through a 分别 list), `approx` (approximate or a bound).
 */
import type { Candidate } from './candidate'
import type { CompiledRule } from './rules'
import { clauseEnd, clauseStart, MAX_SENTENCE } from './structure'
import { scanNumbers, type NumberToken } from './numbers'
import { riskForms } from './confidenceForms'
import { PENALTY, type ConfidenceReason } from './confidenceWeights'
import { lastYearNamed, yearsNamed, type YearsNamed } from './confidenceYears'

export { CONFIDENCE_REASONS, confidenceBand, PENALTY, type ConfidenceReason } from './confidenceWeights'
export { yearsNamed, type YearsNamed } from './confidenceYears'

/** Characters between term and figure beyond which the link is doubtful. */
const NEAR = 6
/** A count this large is seldom one agency's own (a nation's or a province's total). */
const LARGE = 10_000

/** A rival that scored within this many points of the chosen figure made the choice a close one (a few ranks or characters apart). */
const CLOSE = 10

/** A later figure at least this share of this one (and smaller) is its near twin: a net count after a gross one. */
const TWIN = 0.9

/** A count this small is often a detail (one meeting, one office), not the year's total. */
const SMALL = 3

/** A term this short is a generic word (培训, 立案, 罚款) that many figures could follow. */
const SHORT_TERM = 3


/** Words that make a clause count for a whole area, all levels or all kinds. */
const AREA = /全国|全省|全区|全市|全县|全州|全盟|全旗|各级|各地|各类|此类|该类|系统/
/** Trainees of all levels counted right after the sessions ("…开设12期，培训各级干部N人次"): the sessions are all levels' too. */
const ALL_LEVELS_AFTER = /^[、,，](?:共|累计)?(?:培训|轮训|参训|覆盖)[^,，;；。]{0,6}各级/
/** A period that starts before the report's year, or a count accumulated over one (累计). */
const SINCE = /以来|至今|累计|近[两二三四五六七八九十]年|\d{4}[-—至到]\d{4}年/
/** A period counted from an event, not a year, a month or a day (施行以来, 实施以来; not 2023年以来, 年初以来, 3月以来). */
const SINCE_EVENT = /以来(?<=[\u4e00-\u9fff》”"]以来)(?<![年初月日底末度号]以来)/ // (its lookbehinds after 以来: V8 skips to the text, where ahead of it they were tried everywhere)
/** A clause that returns to the year (…，本局全年…, …；今年…): a period named before it is no longer the figure's. */
const YEAR_AGAIN = /[,，;；](?:(?:本|我)[局委办厅]|局机关)?(?:全年|今年|本年)/
/** Indicators about studying or spreading the law: their figure must stand in a clause about law. */
const LAW_SUBJECT = /学法|普法/
const LAW_WORD = /法|宪|律|条例|规章/
/** Another body whose figures a report may quote: police, courts, procuratorates, subordinate units, every unit or department, the grassroots. */
const OTHER_BODY = /公安|法院|检察|各.{0,4}(?:单位|部门|分局|管理局)|局属|直属|下属|所属|基层/
/** People who took part or signed up. */
const TOOK_PART = /参加|参与|报名/
/** Where parts of a sum stand in different clauses or sentences. */
const CLAUSES_APART = /[；;。]/
/** Words that say a figure is a year's. */
const YEAR_STATED = /20\d\d年|全年|今年|本年|年内|年度/
/** Where a sentence ends (。！？ or a line break), and where one (or a clause joined by ；) starts: by char code, tested at every character between. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 10
const isSentenceStart = (c: number) => isSentenceEnd(c) || c === 0xff1b || c === 59
/**
 * How far from its figure a candidate's doubts are read at most, either way: a sentence runs to its full stop, and a
 * single-line text with none would make every observation read the whole text (work growing with observations × text).
 */
const WINDOW = 2 * MAX_SENTENCE
/** Words that name which year a sentence's figures are. */
const YEAR_NAMED_HERE = /20\d\d年|今年|本年/
/** A figure in a clause's lead (a year does not count). */
const FIGURE = /\d(?!\d{0,3}年)|[一二两三四五六七八九十百千]+[件次人场期个项名户家起条份]/

/**
 * The clause of the total a part after 其中 belongs to (within its sentence, from `from`): a part of an area's total is the area's
 * figure too ("全国五类案件共15454件，其中…罚款18580.62万元"), unless the part names the author (其中本局…, 其中市政府本级…).
 */
function partsTotal(text: string, from: number, at: number): string {
  const qi = text.slice(from, at).lastIndexOf('其中')
  if (qi < 0 || /[本我]|本级/.test(text.slice(from + qi, at))) return ''
  return text.slice(clauseStart(text, Math.max(from, from + qi - 1), from), from + qi)
}

/** The figures of `text[start, end)` as scanned alone, read once per report when `scans` keeps them. */
function scanOf(text: string, start: number, end: number, scans?: Map<string, NumberToken[]>): NumberToken[] {
  const key = `${start}:${end}`
  let tokens = scans?.get(key)
  if (!tokens) { tokens = scanNumbers(text.slice(start, end)); scans?.set(key, tokens) }
  return tokens
}


export interface ConfidenceContext {
  /** The normalised text the candidate's offsets index. */
  text: string
  /** The indicator's compiled rule (./rules.ts), as the engine read the candidate with it. */
  rule: CompiledRule
  /** The other candidates for the same indicator whose figure no other observation took. */
  rivals: Candidate[]
  /** The report's year, when known. */
  year?: number | null
  /** The figures of the sentences already read, by where they start and end: one report's observations often share one. */
  scans?: Map<string, NumberToken[]>
  /** The years the text names as a clause's time (`yearsNamed`), read once for all of a report's observations. */
  years?: YearsNamed
}

/** The reasons to doubt candidate `c` and the confidence they leave. */
export function confidenceOf(c: Candidate, { text, rule, rivals, scans, year, years }: ConfidenceContext): { confidence: number; reasons: ConfidenceReason[] } {
  const indicator = rule.indicator
  const reasons: ConfidenceReason[] = []
  // Where the figure stands: a negative statement's evidence is its clause, so its end.
  const at = c.token ? c.token.start : c.via === 'negation' ? c.end : c.start
  const from = Math.max(c.sentence, at - WINDOW)
  const leadStart = clauseStart(text, at, from)
  const lead = text.slice(leadStart, at)
  const others = rivals.filter((r) => r.via !== 'sum' && !(Math.abs(r.value - c.value) < 1e-9) && (r.start >= c.end || r.end <= c.start))
  if (others.some((r) => r.sentence !== c.sentence)) reasons.push('competing')
  if (others.some((r) => r.score >= c.score - CLOSE)) reasons.push('close_rival')
  // (also sessions whose trainees, counted right after them, are all levels' cadres: "开设12期，培训各级干部13217人次")
  if (AREA.test(lead) || (c.subItem && AREA.test(partsTotal(text, from, at))) || (c.token && ALL_LEVELS_AFTER.test(text.slice(c.token.end, c.token.end + 16)))) reasons.push('area_total')
  const before = text.slice(from, at)
  if (SINCE.test(before)) reasons.push('since')
  // (split at a return to the year only where 以来 stands: its last part holds no 以来 the whole lacks)
  if (before.includes('以来') && SINCE_EVENT.test(before.split(YEAR_AGAIN).pop()!)) reasons.push('since_event')
  if (c.token && /\s/.test(text.slice(c.token.numStart, c.token.numEnd))) reasons.push('spaced')
  if (indicator.unit === 'count' && c.value >= LARGE) reasons.push('large')
  if (LAW_SUBJECT.test(indicator.name_zh) && !LAW_WORD.test(text.slice(c.start, c.end))) reasons.push('no_law')
  if (c.via === 'negation') reasons.push('negation')
  if (c.via === 'sum') reasons.push('derived')
  if (c.subItem) reasons.push('sub_item')
  if (c.scoped) reasons.push('scoped')
  if (c.via !== 'sum' && FIGURE.test(lead)) reasons.push('figure_before')
  if (c.via === 'term' && c.distance > NEAR) reasons.push('term_far')
  if (c.termLength <= SHORT_TERM) reasons.push('short_term')
  let end = c.end
  const endMax = Math.min(text.length, c.end + WINDOW)
  while (end < endMax && !isSentenceEnd(text.charCodeAt(end))) end++
  let start = at
  while (start > from && !isSentenceStart(text.charCodeAt(start - 1))) start--
  const whole = text.slice(start, end)
  if (!YEAR_STATED.test(whole)) reasons.push('year_unstated')
  // (全年, 年内 and 年度 say a year's, not which: after "2022年，…" they are 2022's)
  const named = year && !YEAR_NAMED_HERE.test(whole) ? lastYearNamed(years ?? yearsNamed(text), c.paragraph, start) : null
  if (named !== null && named !== year) reasons.push('year_other')
  const own = c.token
  const alike = own ? scanOf(text, from, end, scans).filter((t) => t.kind === 'quantity' && t.unit === own.unit && from + t.numStart !== own.numStart) : []
  if (alike.length) reasons.push('same_unit')
  if (own && alike.some((t) => from + t.numStart > own.numStart && t.value < c.value && t.value >= TWIN * c.value)) reasons.push('near_twin')
  if (c.via === 'after') reasons.push('after_term')
  if (c.via === 'sum' && CLAUSES_APART.test(text.slice(c.start, c.end))) reasons.push('sum_across')
  // The figure's own clause (a negative statement's is its evidence).
  const clause = text.slice(clauseStart(text, at, from), clauseEnd(text, own ? own.end : at, end))
  if (OTHER_BODY.test(clause)) reasons.push('other_body')
  if (TOOK_PART.test(clause)) reasons.push('took_part')
  if (indicator.unit === 'count' && c.value <= SMALL) reasons.push('small')
  if (c.change) reasons.push('change')
  if (c.via === 'respectively') reasons.push('respectively')
  if (c.qualifier === 'approx' || c.qualifier === 'at_least' || c.qualifier === 'at_most' || c.qualifier === 'range') {
    reasons.push('approx')
  }
  reasons.push(...riskForms(text, c, rule, at, leadStart))
  let confidence = 1
  for (const r of reasons) confidence -= PENALTY[r]
  return { confidence: Math.round(Math.max(0.05, confidence) * 100) / 100, reasons }
}

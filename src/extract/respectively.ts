/**
 * Respectively-lists: "减少材料24个,减少程序33个,减少时间495天,分别减少24.24%、39.29%、90%".
 * The k figures after 分别 belong, in order, to the k items of a 、-list in the figureless clause right
 * before it, or else to the last k clauses before it; each pair is matched against the indicators' terms using
 * the subject clause (or item) only.
 */
import type { NumberToken } from './numbers'
import { evidenceSpan, type Candidate } from './candidate'
import { clauseEnd, clauseStart, type Span } from './structure'
import { termBefore, type CompiledRule, type TermHit } from './rules'
import { weakContext } from './weakContext'
import type { Sentence } from './engine'

/** Longest list paired, and longest stretch of a subject clause searched for a term (bounded work). */
const MAX_LIST = 12
const MAX_SUBJECT = 80

const LIST_GLUE = /^[、,，和及与]$|^(?:和|及|与)$/
const AFTER_FENBIE = /^分别(?:[\u4e00-\u9fff]{0,4}?)?$/
/** A comparison with another period at 分别 ("较上年分别增加20件、35万元", "分别比上年减少…"): the figures are changes, no one's level. */
const COMPARED = /(?:同比|环比|[较比](?:上年|去年|\d{4}年)(?:同期)?)分别|分别(?:同比|环比|[较比](?:上年|去年|\d{4}年))/

/** Items of a 、-list in one clause ("A审查、B审查和C审查分别为2件、10件和1件"): the subjects, when there are exactly as many as figures. */
// (the two characters before a 和 are looked behind from after it: ahead of it, V8 tried the lookbehind at every position)
const ITEM_GLUE = /、|[和及与](?<=[\u4e00-\u9fff]{2}[和及与])(?=[\u4e00-\u9fff]{2})/g

function listedSubjects(text: string, clause: Span | undefined, n: number): Span[] | null {
  if (!clause) return null
  const items: Span[] = []
  let from = clause.start
  ITEM_GLUE.lastIndex = 0
  const body = text.slice(clause.start, clause.end)
  for (let m = ITEM_GLUE.exec(body); m; m = ITEM_GLUE.exec(body)) {
    items.push({ start: from, end: clause.start + m.index })
    from = clause.start + m.index + m[0].length
  }
  items.push({ start: from, end: clause.end })
  return items.length === n ? items : null
}

/** An organ's name, as the item of a list of bodies ends ("县公安局", "市场监管部门", "某镇人民政府"). */
const ORGAN_END = /(?:局|委|厅|部门|政府|法院|检察院|镇|乡|街道)$/
const OWN_ITEM = /^(?:本|我)/

/**
 * A 、-list of bodies right before 分别 ("县公安局、县交通局分别查处违法案件96件、85件"): each figure after it is one body's.
 * Returns the place of the author's own item in the list (本局, its figure is read as usual), -1 when the list names only
 * other bodies (no figure is the author's), null when the clause is no list of bodies.
 */
function bodiesListed(text: string, sentence: Span, at: number): number | null {
  const clause = text.slice(clauseStart(text, at, sentence.start), at).replace(/^(?:\d{4}年)?/, '')
  const items = clause.split(/、|和|及|与/)
  if (items.length < 2) return null
  const own = items.findIndex((item) => OWN_ITEM.test(item))
  return items.every((item, i) => i === own || ORGAN_END.test(item)) && items.filter((item) => OWN_ITEM.test(item)).length <= 1 ? own : null
}

/** A 、-list of years opening a clause (2022年、2023年…). */
const YEAR_LIST = /^\s*\d{4}\s*年?(?:\s*(?:、|和|及|与)\s*\d{4}\s*年?)+/

/** A span of years opening a clause (2021—2023年, 2021年至2023年), of a few years. */
const YEAR_SPAN = /^\s*(\d{4})\s*年?\s*(?:—|－|-|~|至|到)\s*(\d{4})\s*年/
const MAX_SPAN = 10

/**
 * The years of a 、-list or a span at `at` whose figures follow 分别 before `end` ("2022年、2023年我局分别办理…35件、29件",
 * "2021—2023年…分别为156件、198件、236件"), or null: the figure in the report's year's place is the year's own, the others are the
 * other years'.
 */
export function listedYears(text: string, at: number, end: number): number[] | null {
  const head = text.slice(at, Math.min(end, at + 40))
  const m = YEAR_LIST.exec(head) ?? YEAR_SPAN.exec(head)
  if (!m || !text.slice(at + m[0].length, end).includes('分别')) return null
  if (m.length < 3) return m[0].match(/\d{4}/g)!.map(Number)
  const [from, to] = [Number(m[1]), Number(m[2])]
  return to > from && to - from < MAX_SPAN ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : null
}

/** Where the years a 分别 at `at` pairs stand: its clause, or the clause before when that is only a span of years (2021—2023年，…). */
function yearsLead(text: string, sentence: Span, at: number): number {
  const cs = clauseStart(text, at, sentence.start)
  if (cs <= sentence.start) return cs
  const before = clauseStart(text, cs - 1, sentence.start)
  return SPAN_CLAUSE.test(text.slice(before, cs)) ? before : cs
}
const SPAN_CLAUSE = new RegExp(`${YEAR_SPAN.source}\\s*[,，]$`)

/** A part of the year: a quarter, a half, a month, or quarters as a span (一至四季度). */
const PART_OF_YEAR = '(?:第?[一二三四1-4]季度|[上下]半年|(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月份?|[一二三四1-4](?:至|到|—|－|-|~)[一二三四1-4]季度)'
/** Parts of the year opening a clause, listed or spanned (上半年、下半年…, 一至四季度…, 3月、6月和9月…). */
const PARTS_LIST = new RegExp(`^\\s*(?:\\d{4}年)?(?:[一二三四1-4](?:至|到|—|－|-|~)[一二三四1-4]季度|${PART_OF_YEAR}(?:\\s*(?:、|和|及|与)\\s*${PART_OF_YEAR})+)`)

/** The most 分别 of one sentence that are read (a real report's sentence has one or two). */
const MAX_RESPECTIVELY = 4
/**
 * Where the next 分别 of a sentence (`own`, its text, which starts at `start`) stands from `from` on, -1 if none.
 */
function nextRespectively(own: string, start: number, from: number): number {
  const k = own.indexOf('分别', from - start)
  return k < 0 ? -1 : start + k
}

/**
 * The candidates of every 分别 of the sentence, and the figures they pair (or leave to no one): a sentence may list the changes
 * after one and the levels after the next ("…同比分别增长15.2%、8.6%，分别达到236件、326万元").
 */
export function respectivelyCandidates(text: string, sentence: Sentence, rules: CompiledRule[], year: number | null):
  { candidates: Candidate[]; consumed: Set<NumberToken> } {
  const candidates: Candidate[] = []
  const consumed = new Set<NumberToken>()
  if (sentence.tokens.length < 2) return { candidates, consumed }
  // (looked for in the sentence alone: from its start to the text's end, a text with no 分别 after a sentence was read to its end
  // for each sentence, bench/hostile.ts)
  const own = text.slice(sentence.start, sentence.end)
  const first = nextRespectively(own, sentence.start, sentence.start)
  // (at most MAX_RESPECTIVELY of them: each is read over its sentence, so a text of one sentence full of 分别 — no real
  // report's — would cost the square of its length, bench/hostile.ts)
  for (let at = first, n = 0; at >= 0 && at < sentence.end - 1 && n < MAX_RESPECTIVELY; at = nextRespectively(own, sentence.start, at + 2), n++) {
    const one = respectivelyAt(text, sentence, rules, year, at, at > first)
    candidates.push(...one.candidates)
    for (const t of one.consumed) consumed.add(t)
  }
  return { candidates, consumed }
}

/**
 * respectivelyCandidates for the 分别 at `at`. A `later` one pairs only the items its clause listed before an earlier 分别 ("A、B同比
 * 分别增长…，分别达到…"); any other is left to the figures' own terms ("…分别压缩83%、78%，即办件占比分别为53%、43%").
 */
function respectivelyAt(text: string, sentence: Sentence, rules: CompiledRule[], year: number | null, at: number, later: boolean):
  { candidates: Candidate[]; consumed: Set<NumberToken> } {
  const toks = sentence.tokens
  const candidates: Candidate[] = []
  const consumed = new Set<NumberToken>()
  const years = later ? null : listedYears(text, yearsLead(text, sentence, at), at + 2)
  // (when the report's year is unknown, the latest listed is taken for it: a report lists the years up to its own)
  // (parts of the year listed before 分别 give each figure to a part: none is the year's, "上半年、下半年分别举办…3期、4期")
  const parts = !later && PARTS_LIST.test(text.slice(clauseStart(text, at, sentence.start), at))
  const own = later ? null : years ? years.indexOf(year ?? Math.max(...years)) : parts ? -1 : bodiesListed(text, sentence, at)
  if (own !== null) {
    // (the figures may follow in the next clause, which goes on about the same event: "…分别组织法治培训，参训干部职工96人次、85人次")
    let end = clauseEnd(text, at, sentence.end)
    if (end < sentence.end && !toks.some((t) => t.start > at && t.start < end)) end = clauseEnd(text, end + 1, sentence.end)
    const after = toks.filter((t) => t.start > at && t.start < end)
    after.forEach((t, i) => { if (i !== own) consumed.add(t) })
    // (a year's figure after the others' is read with the act 分别 names: "2022年、2023年…分别办理行政复议案件35件、29件")
    if (years && own > 0 && after[own]) {
      consumed.add(after[own])
      candidates.push(...paired(text, sentence, rules, after[own], { start: clauseStart(text, at, sentence.start), end: after[0].start }))
    }
    return { candidates, consumed }
  }
  const first = toks.findIndex((t) => t.start > at)
  if (first < 0 || !AFTER_FENBIE.test(text.slice(at, toks[first].start))) return { candidates, consumed }
  const list = [toks[first]]
  for (let k = first + 1; k < toks.length && list.length < MAX_LIST; k++) {
    if (!LIST_GLUE.test(text.slice(toks[k - 1].end, toks[k].start))) break
    list.push(toks[k])
  }
  if (list.length < 2) return { candidates, consumed }
  if (COMPARED.test(text.slice(Math.max(sentence.start, at - 8), toks[first].start))) {
    list.forEach((t) => consumed.add(t))
    return { candidates, consumed }
  }
  // Subject clauses before 分别, split at commas and semicolons.
  const head = text.slice(sentence.start, at)
  const subjects: Span[] = []
  let from = 0
  for (let i = 0; i <= head.length; i++) {
    if (i === head.length || /[,，;；]/.test(head[i])) {
      if (i > from) subjects.push({ start: sentence.start + from, end: sentence.start + i })
      from = i + 1
    }
  }
  // A 、-list in the figureless clause right before 分别 names the items, whatever clauses open the sentence
  // ("推行…，申请材料、办理时限分别压减40%、60%"); else the last clauses do, each with its own figure.
  // (a clause that lists its items before an earlier 分别 names them for this one too: "A、B同比分别增长…，分别达到…")
  const last = listedBefore(text, subjects[subjects.length - 1])
  if (later && last === subjects[subjects.length - 1]) return { candidates, consumed }
  const itemised = last && !toks.some((t) => t.start >= last.start && t.start < last.end)
    ? listedSubjects(text, last, list.length) : null
  const mine = itemised ?? (subjects.length >= list.length
    ? subjects.slice(subjects.length - list.length)
    : listedSubjects(text, last, list.length))
  if (!mine) return { candidates, consumed }
  // (the items of one clause's list may share a head written once after the last, sharedHead, or be verbs sharing its object)
  const oneClause = itemised || subjects.length < list.length
  const shared = oneClause ? sharedHead(text, mine[mine.length - 1]) : null
  const object = oneClause ? sharedObject(text, mine) : null
  list.forEach((tok, i) => {
    consumed.add(tok)
    const item = object && i < mine.length - 1 ? { ...mine[i], object } : mine[i]
    candidates.push(...paired(text, sentence, rules, tok, item, shared))
  })
  return { candidates, consumed }
}

/** An earlier 分别 in a clause, after the items it lists and any comparison that governs it (同比, 较上年). */
const EARLIER_FENBIE = /(?:同比|环比|[较比](?:上年|去年|\d{4}年)(?:同期)?)?分别/

/** The clause `span`, cut before an earlier 分别 in it (its items are then the ones this 分别 pairs). */
function listedBefore(text: string, span: Span | undefined): Span | undefined {
  if (!span) return span
  const m = EARLIER_FENBIE.exec(text.slice(span.start, span.end))
  return m && m.index > 0 ? { start: span.start, end: span.start + m.index } : span
}

/**
 * The head a list's items share, written once after its last item and 的 ("政务服务事项和行政许可事项的承诺时限分别压缩83%、78%":
 * 承诺时限 is every item's), or null.
 */
function sharedHead(text: string, last: Span): Span | null {
  // (looked for in the item alone: a search back from its end ran to the text's start when the item had no 的)
  const de = text.slice(last.start, last.end).lastIndexOf('的')
  return de > 0 && de < last.end - last.start - 1 ? { start: last.start + de + 1, end: last.end } : null
}

/** A verb of two characters standing alone as a list's item (受理, 办结, 收到, 审结). */
const BARE_VERB = /^[\u4e00-\u9fff]{2}$/

/**
 * Verbs listed before the one object they share, written once after the last verb ("受理、办结行政许可事项分别为1200件和1180件":
 * 行政许可事项 is also 受理's): that object, or null when an earlier item is more than a verb.
 */
function sharedObject(text: string, items: Span[]): Span | null {
  const last = items[items.length - 1]
  if (last.end - last.start < 4 || !items.slice(0, -1).every((s) => BARE_VERB.test(text.slice(s.start, s.end)))) return null
  return { start: last.start + 2, end: last.end }
}

/**
 * The candidates of figure `tok` whose subject (the clause or item it is paired with, else the head the list's items share)
 * names an indicator's term.
 */
function paired(text: string, sentence: Sentence, rules: CompiledRule[], tok: NumberToken, item: Span & { object?: Span },
  head: Span | null = null): Candidate[] {
  const out: Candidate[] = []
  // (a verb item is read with the object the list's verbs share: its term is searched in the two written together)
  const verbAndObject = item.object && text.slice(item.start, item.end) + text.slice(item.object.start, item.object.end)
  rules.forEach((rule, r) => {
    if (!rule.units.has(tok.unit) || !sentence.applies(r)) return
    if (verbAndObject) {
      const hit = termBefore(verbAndObject, { terms: rule.terms, window: verbAndObject.length }, 0, verbAndObject.length)
      if (hit && hit.rank < rule.weakFrom && !rule.exclude?.test(verbAndObject)) {
        out.push(pairedCandidate(text, sentence, rule, tok, item.start, hit))
        return
      }
    }
    let subject = { start: Math.max(item.start, item.end - MAX_SUBJECT), end: item.end }
    let hit = termBefore(text, { terms: rule.terms, window: subject.end - subject.start }, subject.start, subject.end)
    if (!hit && head && head.end !== item.end) {
      subject = head
      hit = termBefore(text, { terms: rule.terms, window: head.end - head.start }, head.start, head.end)
    }
    // (a weak term pairs only in its context, as before a figure: 受理、办结行政许可事项分别为… names no petition)
    if (!hit || (hit.rank >= rule.weakFrom && !weakContext(text, rule, sentence))) return
    const near = text.slice(Math.max(subject.start, hit.start - 6), subject.end)
    if (rule.exclude?.test(near)) return
    out.push(pairedCandidate(text, sentence, rule, tok, subject.start, hit))
  })
  return out
}

/** The candidate of `tok` paired with a subject opening at `from` whose term is `hit` (its length and rank; its place may be elsewhere). */
function pairedCandidate(text: string, sentence: Sentence, rule: CompiledRule, tok: NumberToken, from: number, hit: TermHit): Candidate {
  const span = evidenceSpan(text, { start: from, end: sentence.end }, Math.max(from, Math.min(hit.start, tok.start)), tok.end)
  return {
    indicatorId: rule.indicator.id, value: tok.value, low: tok.low, high: tok.high, qualifier: tok.qualifier,
    start: span.start, end: tok.end, score: 95 - 2 * hit.rank, termLength: hit.end - hit.start, token: tok,
    paragraph: sentence.paragraph, sentence: sentence.period, scoped: false, subItem: false,
    via: 'respectively', distance: 0, change: false,
  }
}

/**
 * The rule engine: catalogue rules + normalised text → at most one observation per indicator.
 *
 * For every sentence of the report body (plans and problem sections excluded) each number
 * with an accepted measure word is tried against each indicator: a term must end shortly
 * before it (or follow it), nothing disqualifying may stand near, and no closer number of
 * the same kind may sit between term and figure. Respectively-lists (分别…) pair figures
 * with their subjects; negative statements (无…复议…案件) yield 0; parallel sub-figures of
 * some indicators are added up when no total is stated. Each number serves one indicator;
 * each indicator takes its best-scoring candidate.
 */
import { scanNumbers, type NumberToken } from './numbers'
import { clauseEnd, clauseStart, inSpans, paragraphOf, sentences, type Span } from './structure'
import { changeTokens, isChange, termAfter, termBefore, type CompiledRule, type TermHit } from './rules'
import { respectivelyCandidates } from './respectively'
import { evidenceSpan, type Candidate } from './candidate'
import { isTarget, obligationSpans } from './targets'

const TOTAL_MARKER = /共|全年|累计|总计|合计|总共|全局|全区|全县|全市|全省|今年|年内|全系统/
const ASSISTED = /参与|协助|配合|帮助|指导/
const VERB = /开展|组织|进行|实施|完成|召开|举办|办理|办结|受理|查处/g
const FILLER = /^(?:共|计|共计|累计|总计|合计|达|达到|为|约|近|有|是|了|的|\s)*$/
const NEGATOR = /无|未发生|没有|未出现|零/g
const NEGATION_SPOILER = /纠错|撤销|败诉|被纠正|确认违法|违法行为/

/** A figure is "scoped" when a modifier narrows it (烟花爆竹…执法检查6次, 检查食品经营主体4406户次). */
function isScoped(text: string, clauseFrom: number, term: TermHit, tokenStart: number): boolean {
  const link = text.slice(term.end, tokenStart)
  if (!FILLER.test(link) && /[\u4e00-\u9fff]{2}/.test(link.replace(/共|计|累计|达到|达|约/g, ''))) return true
  const before = text.slice(clauseFrom, term.start)
  let lastVerbEnd = -1
  VERB.lastIndex = 0
  for (let m = VERB.exec(before); m; m = VERB.exec(before)) lastVerbEnd = m.index + m[0].length
  return lastVerbEnd >= 0 && before.length - lastVerbEnd >= 2
}

function candidateFor(text: string, rule: CompiledRule, tok: NumberToken, sentence: Span, tokens: NumberToken[],
  superseded: Set<NumberToken>, updated: Set<NumberToken>): Candidate | null {
  const sentenceText = text.slice(sentence.start, sentence.end)
  if (rule.sentenceExclude?.test(sentenceText)) return null
  if (rule.sentenceRequire && !rule.sentenceRequire.test(sentenceText)) return null
  if (tok.unit === '%' && isChange(text, tok, sentence.start) &&
      !(rule.reduction && /(?:减少|压缩|缩短|精简)(?:了)?$/.test(text.slice(sentence.start, tok.start)))) return null

  let hit = termBefore(text, rule, sentence.start, tok.start)
  let after = false
  if (hit) {
    const h = hit
    const owner = tokens.some((u) => u !== tok && u.kind === 'quantity' && !superseded.has(u) && rule.units.has(u.unit) &&
      u.start >= h.end && u.end <= tok.start)
    if (owner) hit = null
  }
  if (!hit) {
    hit = termAfter(text, rule, tok.end, sentence.end)
    after = true
  }
  if (!hit) return null
  const near = after
    ? text.slice(Math.max(sentence.start, tok.start - 6), Math.min(sentence.end, hit.end + 6))
    : text.slice(Math.max(sentence.start, hit.start - 6), Math.min(clauseEnd(text, tok.end, sentence.end), tok.end + 6))
  if (rule.exclude?.test(near)) return null
  const anchor = after ? tok.start : hit.start
  const cs = clauseStart(text, anchor, sentence.start)
  if (ASSISTED.test(text.slice(cs, anchor))) return null
  const distance = after ? 0 : tok.start - hit.end
  const subItem = text.slice(sentence.start, anchor).includes('其中')
  let score = 100 - distance - 2 * hit.rank
  if (TOTAL_MARKER.test(text.slice(cs, tok.start))) score += 5
  if (subItem) score -= 40
  const span = evidenceSpan(text, sentence, Math.min(anchor, tok.start), after ? hit.end : tok.end)
  return {
    indicatorId: rule.indicator.id, value: tok.value, low: tok.low, high: tok.high, qualifier: tok.qualifier,
    start: span.start, end: span.end, score, termLength: hit.end - hit.start, token: tok,
    paragraph: paragraphOf(text, tok.start).start, sentence: sentence.start, scoped: !after && isScoped(text, cs, hit, tok.start), subItem,
    via: after ? 'after' : 'term', distance, change: updated.has(tok),
  }
}

function negationCandidates(text: string, rule: CompiledRule, sentence: Span, governed: Span[]): Candidate[] {
  const out: Candidate[] = []
  const s = text.slice(sentence.start, sentence.end)
  NEGATOR.lastIndex = 0
  for (let m = NEGATOR.exec(s); m; m = NEGATOR.exec(s)) {
    const at = sentence.start + m.index + m[0].length
    if (inSpans(governed, at)) continue // "确保不发生…" is a target, not a result
    const ce = clauseEnd(text, at, sentence.end)
    const hit = termBefore(text, { ...rule, window: ce - at }, at, ce)
    if (!hit || hit.start - at > 12) continue
    if (NEGATION_SPOILER.test(text.slice(hit.end, ce))) continue
    const cs = clauseStart(text, at, sentence.start)
    out.push({
      indicatorId: rule.indicator.id, value: 0, low: null, high: null, qualifier: 'exact', start: cs, end: ce,
      score: 50, termLength: hit.end - hit.start, token: null, paragraph: paragraphOf(text, at).start,
      sentence: sentence.start, scoped: false, subItem: false, via: 'negation', distance: Math.max(0, hit.start - at), change: false,
    })
  }
  return out
}

/** Adds up parallel scoped figures when the report states no total for the indicator. */
function summed(text: string, rule: CompiledRule, list: Candidate[]): Candidate[] {
  if (rule.sum === 'none') return list
  const main = list.filter((c) => c.token && !c.subItem)
  // Paragraph sums need every figure narrowed by a modifier (no overall figure stated);
  // sentence sums add up a list of parallel items ("修订文件2个、废止1个").
  if (main.length < 2 || (rule.sum === 'paragraph' && main.some((c) => !c.scoped))) return list
  const groups = new Map<number, Candidate[]>()
  for (const c of main) {
    const key = rule.sum === 'paragraph' ? c.paragraph : c.sentence
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  const out = [...list]
  for (const group of groups.values()) {
    if (group.length < 2 || new Set(group.map((c) => c.token?.unit)).size > 1) continue
    if (rule.sumUnless && group.some((c) => rule.sumUnless!.test(text.slice(c.start, c.end)))) continue
    const first = group[0]
    const last = group[group.length - 1]
    out.push({
      ...first, value: group.reduce((a, c) => a + c.value, 0), qualifier: 'derived', low: null, high: null,
      start: first.start, end: last.end, score: Math.max(...group.map((c) => c.score)) + 1, token: null, via: 'sum',
      distance: Math.max(...group.map((c) => c.distance)),
    })
  }
  return out
}

/** `skip`: the plan and problem sections (`nonResultSections`), whose figures are not results. */
export function findCandidates(text: string, body: Span, rules: CompiledRule[], skip: Span[]): Candidate[] {
  const all = scanNumbers(text).filter((t) => t.start >= body.start && t.end <= body.end && !inSpans(skip, t.start))
  const { superseded, updated } = changeTokens(text, all)
  const quantities = all.filter((t) => t.kind === 'quantity' && !superseded.has(t))
  const out: Candidate[] = []
  let k = 0
  for (const sentence of sentences(text, body.start, body.end)) {
    while (k < quantities.length && quantities[k].start < sentence.start) k++
    let e = k
    while (e < quantities.length && quantities[e].end <= sentence.end) e++
    if (inSpans(skip, sentence.start)) continue
    const governed = obligationSpans(text, sentence)
    const toks = quantities.slice(k, e).filter((t) => !isTarget(text, t, sentence, governed))
    const listed = respectivelyCandidates(text, sentence, toks, rules)
    out.push(...listed.candidates)
    for (const tok of toks) {
      if (listed.consumed.has(tok)) continue
      for (const rule of rules) {
        if (!rule.units.has(tok.unit)) continue
        const c = candidateFor(text, rule, tok, sentence, all, superseded, updated)
        if (c) out.push(c)
      }
    }
    for (const rule of rules) if (rule.negation) out.push(...negationCandidates(text, rule, sentence, governed))
  }
  return out
}

const better = (a: Candidate, b: Candidate): boolean =>
  a.score !== b.score ? a.score > b.score : a.termLength !== b.termLength ? a.termLength > b.termLength : a.start < b.start

export interface Chosen {
  candidate: Candidate
  /** Other candidates of the same indicator with a different value (a sign of doubt). */
  competing: number
}

/** One number serves one indicator; then each indicator keeps its best candidate. */
export function selectObservations(text: string, candidates: Candidate[], rules: CompiledRule[]): Chosen[] {
  const byToken = new Map<NumberToken, Candidate>()
  const rest: Candidate[] = []
  for (const c of candidates) {
    if (!c.token) { rest.push(c); continue }
    const prev = byToken.get(c.token)
    if (!prev || better(c, prev)) byToken.set(c.token, c)
  }
  const kept = [...byToken.values(), ...rest]
  const out: Chosen[] = []
  for (const rule of rules) {
    const mine = summed(text, rule, kept.filter((c) => c.indicatorId === rule.indicator.id))
    let best: Candidate | null = null
    for (const c of mine) if (!best || better(c, best)) best = c
    if (best) {
      const value = best.value
      out.push({ candidate: best, competing: mine.filter((c) => c.via !== 'sum' && Math.abs(c.value - value) > 1e-9).length })
    }
  }
  return out
}

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
import { clauseStart, inSpans, ownAsideAt, type Span } from './structure'
import { bodySentences } from './bodySentences'
import { termAfter, termBefore, type CompiledRule } from './rules'
import { changeTokens, isChange } from './changes'
import { changeOf, countedOf, type TokenFacts } from './tokenFacts'
import { notLinked } from './termLink'
import { respectivelyCandidates } from './respectively'
import type { Candidate } from './candidate'
import { obligationSpans } from './targets'
import { breakdownGoesOn, subItemSpans } from './subitems'
import { headingNoneCandidates, negatedOne, negationAnchors, negationCandidates, noneHeading, type NegationAnchor } from './negation'
import { leadYear } from './otherYears'
import { scopeCarrier } from './scopeCarry'
import { ownPart } from './ownPart'
import { sectionTopic, weakContext } from './weakContext'
import { anyMay, anyTerm, lazyPerRule, mayName, mayTieAfter, namedIn, rulesByUnit, sentenceRules, termsMay, type SentenceRules } from './ruleIndex'
import { outside, ownPlaces, ownTokens, partSpans } from './periodScope'
import { nounAfter } from './nounAfter'
import { nounBeforeAct, verbFirstClauses } from './verbFirst'
import { notCountedSpans } from './clauseParts'
import type { AuthorRole } from './authorRole'
import { linked } from './linkScore'
import { firstLine } from './otherDepartment'

/** Meetings a figure before a term may count instead of the term's events. */
const MEETING = /会议|会上/
/**
 * A meeting's own law study (开展5次区政府常务会议集中学法, 4次局党组会议专题学法), or meetings that each held it (15次常务会议安排了会前学法,
 * 在9次党组会议上开展学法): their count is the sessions', as 常务会议学法5次 are.
 */
const MEETING_STUDY = /(?:会议|会上)(?:集中|专题|会前)?学法$|会议上?(?:均|都)?(?:安排|开展|进行|组织)了?(?:会前)?学法/

/** One sentence with what every candidate in it shares, computed once (the engine's work stays linear). */
export interface Sentence extends Span {
  paragraph: number
  /** Start of the period it belongs to: sentences joined by ；/; share one. */
  period: number
  /** Its quantities, in order. */
  tokens: NumberToken[]
  /** Where its sub-figures stand (after 其中, in a （含…） aside, in a breakdown after a colon). */
  subItems: Span[]
  /** Whether rule `r`'s sentence_exclude / sentence_require let it apply here (computed on first use). */
  applies: (r: number) => boolean
  /** Whether any of rule `r`'s terms occurs in the sentence (if not, only a term after a figure can tie it). */
  named: (r: number) => boolean
  /** What its characters allow of each rule (ruleIndex's SentenceRules): per term of a rule, 0 when it lacks a character the term needs. */
  possible: SentenceRules
  /** The author's role in reviews by its kind (see authorRole.ts), when the metadata names it. */
  author: AuthorRole | null
  /** The author's level (see authorLevel.ts), when the metadata names its region. */
  level: number | null
  /** The author's sector (places.ts sectorOf) when it is a department's, not a government's: another department named as a clause's subject is another body. */
  department: string | null
  /** Whether the author is a government: a body of its area named as a clause's subject is a part of the area's figure. */
  government: boolean
  /** The report's first line (./otherDepartment.ts firstLine), read once per report: a branch it names is the author. */
  title: string
  /** The figures of the next clause of its period (after its ；), for the author's part that opens it (./ownPart.ts). */
  following: NumberToken[]
}

function candidateFor(text: string, rule: CompiledRule, r: number, k: number, sentence: Sentence, facts: TokenFacts,
  superseded: Set<NumberToken>, updated: Set<NumberToken>): Candidate | null {
  const tok = sentence.tokens[k]
  if (!sentence.named(r) && !rule.after.length) return null
  if (changeOf(text, facts, tok, sentence, rule.reduction)) return null

  let hit = sentence.named(r) ? termBefore(text, rule, sentence.start, tok.start, termsMay(sentence.possible, r)) ?? nounBeforeAct(text, rule, clauseStart(text, tok.start, sentence.start), tok.start) : null
  let after = false
  // A closer figure of the same kind between the term and this one owns the term (not a change: "罚没金额较上年增加2.5万元，达12.5万元").
  for (let j = k - 1; hit && j >= 0 && sentence.tokens[j].start >= hit.end; j--) {
    const u = sentence.tokens[j]
    if (!superseded.has(u) && rule.units.has(u.unit) && !isChange(text, u, sentence.start, rule.reduction)) hit = null
  }
  if (hit && notLinked(text, rule, hit, tok, sentence)) hit = null
  // A figure followed by the noun it counts: a term before it names something else, unless the noun is the term.
  const counted = countedOf(text, facts, tok, sentence)
  if (counted) {
    const { noun, span, verb } = counted
    const own = anyTerm(rule)(noun) ? rule.terms.findIndex((re) => { re.lastIndex = 0; return re.test(noun) }) : -1
    // (a noun that is a meeting counts meetings, whatever they studied: "开展10次中心组理论学习扩大会议")
    if (own >= 0 && MEETING.test(noun)) return null
    if (own >= 0 && sentence.named(r) && verb) return linked(text, rule, k, sentence, { start: span.start, end: span.end, rank: own }, true, updated)
    hit = null
  }
  if (!hit) {
    // (never into an aside that states another fact: "34件（为企业减免罚款36万元）" names no 免罚 of the 34)
    hit = termAfter(text, rule, tok.end, ownAsideAt(text, tok.end, sentence.end) ? tok.end : sentence.end)
    after = true
    // An event after its count that names no law itself ("开展3次专题学习", "开展5次专项培训") needs law in its
    // sentence, as a weak term before a figure does.
    if (hit && rule.weakRequire && !rule.weakRequire.test(text.slice(hit.start, hit.end)) && !weakContext(text, rule, sentence)) hit = null
    if (!hit) {
      const noun = nounAfter(text, rule, tok, sentence.start, sentence.end)
      hit = noun && (noun.rank < rule.weakFrom || weakContext(text, rule, sentence)) ? noun : null
    }
  }
  if (!hit) return null
  // "两次召开会议传达学习": the figure counts meetings that relayed a study, not sessions of it (meetings that held the law study
  // count its sessions: 全年共有15次常务会议安排了会前学法).
  if (after && MEETING.test(text.slice(hit.start, hit.end)) && !MEETING_STUDY.test(text.slice(hit.start, hit.end))) return null
  const c = linked(text, rule, k, sentence, hit, after, updated)
  if (!c) return null
  const own = ownPart(text, sentence, k)
  // The part is read in place of its total: a sub-figure, so its confidence says so (its score stays the total's).
  return own ? { ...c, value: own.value, low: own.low, high: own.high, qualifier: own.qualifier, token: own, end: own.end, subItem: true } : c
}

const NO_SPANS: Span[] = []
const NO_TOKENS: NumberToken[] = []
const NO_ANCHORS: NegationAnchor[] = []

/** `skip`: the plan and problem sections (`nonResultSections`), whose figures are not results. */
/** `year`: the report's year, when known; a clause about an earlier year or a single month yields no figures (see scope.ts). */
/** `author`: the author's role in reviews by its kind as the metadata reads it (see authorRole.ts); `level`: its level (authorLevel.ts). */
/** `department`: the author's sector when the author is a department (./otherDepartment.ts), else null; `government`: whether it is a government. */
export function findCandidates(text: string, body: Span, rules: CompiledRule[], skip: Span[], year: number | null = null,
  author: AuthorRole | null = null, level: number | null = null, department: string | null = null, government = false): Candidate[] {
  year ??= leadYear(text, body)
  const all = scanNumbers(text).filter((t) => t.start >= body.start && t.end <= body.end && !inSpans(skip, t.start))
  const { superseded, updated } = changeTokens(text, all)
  const quantities = all.filter((t) => t.kind === 'quantity' && !superseded.has(t) && !negatedOne(text, t))
  const out: Candidate[] = []
  const byUnit = rulesByUnit(rules)
  const scopeOf = scopeCarrier(text, year)
  const title = firstLine(text)
  // The period whose last sentence's breakdown ran to its end, and that breakdown's part.
  let partPeriod = -1
  let part: Span | null = null
  const read = bodySentences(text, body, skip, quantities)
  for (const [i, { span, paragraph, period, from: k, to: e, read: reads }] of read.entries()) {
    // (a sentence without figures passes its period's scope on: a span of years, a breakdown, a month; see scopeCarry.ts)
    const { ownUntil, months } = scopeOf(span, period, paragraph)
    if (!reads) continue // nothing to read here
    const sentenceText = text.slice(span.start, span.end)
    // (the rules whose terms need none of its characters name nothing here: most are tried no further; when no rule of any figure's
    // measure word is left, no negation and no breakdown to carry on or open, the rest of the work would find nothing)
    const possible = sentenceRules(rules, text, span.start, span.end)
    const carried = period === partPeriod ? part : null
    const idle = !carried && !sentenceText.includes('其中') && quantities.slice(k, e).every((t) => !anyMay(possible, byUnit.get(t.unit)))
    // (such a sentence's obligations are read only when it has a negation they might govern: none without one)
    const governed = idle && !negationAnchors(text, span, NO_SPANS).length ? null : obligationSpans(text, span)
    const negations = governed ? negationAnchors(text, span, governed) : NO_ANCHORS
    if (!governed || (idle && !negations.length)) {
      part = null
      partPeriod = -1
      continue
    }
    const parts = e > k || negations.length ? [...months, ...partSpans(text, span, paragraph), ...notCountedSpans(text, span, period)] : []
    const tokens = e > k ? ownTokens(text, span, quantities.slice(k, e), ownUntil, year, governed, parts) : []
    // (a month's or a campaign's clause, whose figures are gone, does not exclude a rule from the rest: "…34期，宪法宣传周期间…")
    const ruleText = parts.length ? outside(sentenceText, parts, span.start) : sentenceText
    const subItems = tokens.length ? subItemSpans(text, span, tokens) : []
    part = breakdownGoesOn(text, span, subItems, carried)
    partPeriod = part ? period : -1
    // (the clauses read verb first on first use; no local arrow: tsx's keepNames renames each one it creates, ~1 µs per sentence)
    let clauses: string | undefined
    const sentence: Sentence = {
      start: span.start, end: span.end, paragraph, period, tokens, subItems,
      // (a sentence_require is met by the section's topic too, for a rule whose weak terms take their context from it: （二）人大建议和
      // 政协提案办理\n全年承办36件)
      applies: lazyPerRule(rules.length, (r) => !rules[r].sentenceExclude?.test(ruleText) &&
        (!rules[r].sentenceRequire || rules[r].sentenceRequire!.test(sentenceText) ||
          (rules[r].weakHeading?.test(sectionTopic(text, { start: span.start, end: span.end, paragraph })) ?? false))),
      // (also when a clause writes its act after its noun: 共有12件行政许可得到办理)
      named: lazyPerRule(rules.length, (r) => {
        if (!mayName(possible, r)) return false
        const may = termsMay(possible, r)
        return namedIn(rules[r], may, sentenceText) || namedIn(rules[r], may, clauses ??= verbFirstClauses(sentenceText))
      }),
      possible,
      author, level, department, government, title,
      following: read[i + 1]?.period === period ? quantities.slice(read[i + 1].from, read[i + 1].to) : NO_TOKENS,
    }
    const listed = respectivelyCandidates(text, sentence, rules, year)
    out.push(...listed.candidates)
    sentence.tokens.forEach((tok, j) => {
      if (listed.consumed.has(tok)) return
      const facts: TokenFacts = { change: [undefined, undefined] }
      for (const r of byUnit.get(tok.unit) ?? []) {
        // (a rule not named that cannot tie a figure by a form after it either: candidateFor would find nothing)
        if (!mayName(possible, r) && !mayTieAfter(possible, r)) continue
        if (!sentence.applies(r)) continue
        const c = candidateFor(text, rules[r], r, j, sentence, facts, superseded, updated)
        if (c) out.push(c)
      }
    })
    // (a zero stated in a clause about an earlier year, a span of years or a part of the year is that scope's: "2022年…，没有败诉")
    const own = negations.length ? ownPlaces(text, span, ownUntil, year, parts) : null
    // (a zero's anchor is after its last character, which may end the sentence and so any span of another year: its place is that character)
    const anchors = own ? negations.filter((a) => own(a.zero ? a.at - 1 : a.at)) : negations
    // (a count's zero stated right after its term, 行政处罚案件为零, is read for every count: no negator reaches back to other words)
    const zeros = anchors.filter((a) => a.zero)
    if (anchors.length) {
      // (a none alone under the heading that names its term, or after its colon: （二）依申请公开办理情况\n无。)
      const heading = noneHeading(text, span, paragraph)
      rules.forEach((rule, r) => {
        const read = rule.negation ? anchors : rule.indicator.unit === 'count' ? zeros : NO_ANCHORS
        const said = read.length && sentence.named(r) ? negationCandidates(text, rule, sentence, read, year) : []
        out.push(...(said.length || !heading || !rule.negation ? said : headingNoneCandidates(text, rule, sentence, heading)))
      })
    }
  }
  return out
}

/**
 * Lookups the engine makes once per rule (or rule list) and reuses for every sentence: whether any
 * of a rule's terms occurs in a string (one scan), which rules accept a measure word, which rules a
 * sentence's characters rule out, and per-rule facts about one sentence computed on first use only.
 */
import type { CompiledRule } from './rules'
import { neededChars } from './neededChars'

/** Per-rule facts about one sentence, computed on first use only (most sentences hold no figure). */
export function lazyPerRule(n: number, f: (r: number) => boolean): (r: number) => boolean {
  const memo = new Int8Array(n) // 0 unknown, 1 true, 2 false
  return (r) => {
    if (memo[r] === 0) memo[r] = f(r) ? 1 : 2
    return memo[r] === 1
  }
}

/** A backreference or a named group: such terms cannot be joined into one alternation. */
const NOT_JOINABLE = /\\[1-9k]|\(\?<[^=!]/
const anyTermOf = new WeakMap<CompiledRule, (s: string) => boolean>()

/** End of the group that opens at `source[at]` (its closing parenthesis), or -1; escapes and character classes skipped. */
function groupEnd(source: string, at: number): number {
  let depth = 0
  for (let i = at; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') { // (in a class a parenthesis is a character; without the u flag the first ] closes it)
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
    } else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return -1
}

/**
 * A term that opens with a lookbehind, `(?<=X)Y`, as `(?:X)Y`: some match of the one exists exactly when one of the other does
 * (its X ends where its Y starts), which is all a yes/no test asks. V8 tries a leading lookbehind at every position of the
 * string, and one such term in an alternation made it try all of them so (4 to 10 times a literal-led term's cost); from a
 * literal it skips ahead.
 */
export function lookbehindAsText(source: string): string {
  if (!source.startsWith('(?<=')) return source
  const end = groupEnd(source, 0)
  return end < 0 ? source : `(?:${source.slice(4, end)})${source.slice(end + 1)}`
}

/** Whether any of `rule`'s terms occurs in a string: its terms joined into one alternation (one scan instead of one per term, same answer). */
export function anyTerm(rule: CompiledRule): (s: string) => boolean {
  let test = anyTermOf.get(rule)
  if (!test) {
    const { terms } = rule
    const flags = terms[0]?.flags.replace('g', '')
    const joinable = terms.length && terms.every((re) => re.flags.replace('g', '') === flags && !re.sticky && !NOT_JOINABLE.test(re.source))
    const joined = joinable ? new RegExp(terms.map((re) => `(?:${lookbehindAsText(re.source)})`).join('|'), flags) : null
    test = joined ? (s) => joined.test(s) : (s) => terms.some((re) => { re.lastIndex = 0; return re.test(s) })
    anyTermOf.set(rule, test)
  }
  return test
}

/**
 * Whether one of `rule`'s terms occurs in `s`, a string of a sentence's characters (the sentence, its clauses read verb first), as
 * anyTerm tells: only the terms `may` (termsMay) leaves are run, each on its own — most sentences hold the
 * characters of one or two of a rule's terms, and the joined alternation tried every term at every position.
 */
export function namedIn(rule: CompiledRule, may: Uint8Array, s: string): boolean {
  for (let k = 0; k < may.length; k++) {
    if (may[k] === 0) continue
    const re = rule.terms[k]
    re.lastIndex = 0
    if (re.test(s)) return true
  }
  return false
}

/** Per rule list, the indices of the rules that accept each measure word (in rule order). */
const unitIndex = new WeakMap<CompiledRule[], Map<string, number[]>>()
export function rulesByUnit(rules: CompiledRule[]): Map<string, number[]> {
  let index = unitIndex.get(rules)
  if (!index) {
    index = new Map()
    rules.forEach((rule, r) => { for (const u of rule.units) index!.set(u, [...(index!.get(u) ?? []), r]) })
    unitIndex.set(rules, index)
  }
  return index
}

/** Per regex, rows of character codes it needs one of each of (see neededChars); per rule, those of its terms and of its forms after a figure. */
type Needs = number[][][]
/** Rows kept per regex: the fewest characters first, the rest add little but their cost. */
const ROWS = 3
const needsOf = new WeakMap<CompiledRule[], { terms: Needs; after: Needs }[]>()
const codes = (list: RegExp[]): Needs => list.map((re) => neededChars(re).map((set) => [...set].map((c) => c.charCodeAt(0)))
  .sort((a, b) => a.length - b.length).slice(0, ROWS))

/**
 * When each code unit was last seen: `stamp` while the sentence `sentenceRules` last read holds it. A byte each, cleared every
 * 255 sentences: 64 KB, where 32 bits each (256 KB, cleared never) missed the cache at most characters of a sentence.
 */
const seen = new Uint8Array(0x10000)
let stamp = 0

function stampChars(text: string, start: number, end: number): number {
  if (++stamp === 0x100) { seen.fill(0); stamp = 1 }
  seen[0x3002] = stamp // (。: verbFirstClauses joins the clauses with it)
  for (let i = start; i < end; i++) seen[text.charCodeAt(i)] = stamp
  return stamp
}

/** Whether a regex may match: each of its rows has a character the sentence holds. */
function holds(need: number[][]): boolean {
  for (const row of need) {
    let held = false
    for (let k = 0; k < row.length && !held; k++) held = seen[row[k]] === stamp
    if (!held) return false
  }
  return true
}

/** Whether one of the regexes may match. */
function anyHolds(needs: Needs): boolean {
  for (const need of needs) if (holds(need)) return true
  return false
}

/**
 * What a sentence's characters allow of each rule, worked out per rule on first use (see sentenceRules): a record the functions
 * below read (mayName, mayTieAfter, termsMay, anyMay). No closures: an object of arrows made per sentence had each renamed by tsx's
 * keepNames (the runtime of the bench and the CLI), ~1.8% of a report's extraction there.
 */
export interface SentenceRules {
  readonly needs: { terms: Needs; after: Needs }[]
  readonly text: string
  readonly start: number
  readonly end: number
  /** Per rule, its bits (1: its terms may name something, 2: one of its forms after a figure may occur), -1 before it is asked. */
  readonly memo: Int8Array
  /** Per rule, per term, whether the sentence holds the characters it needs (made on first use). */
  readonly perTerm: (Uint8Array | undefined)[]
  /** The stamp the sentence's characters were last marked with (another sentence read since: marked again). */
  mine: number
}

function current(possible: SentenceRules): void {
  if (possible.mine !== stamp) possible.mine = stampChars(possible.text, possible.start, possible.end)
}

/** 1 when rule `r`'s terms may name something in the sentence `possible` describes, 2 when one of its forms after a figure may occur (bits). */
function ruleBits(possible: SentenceRules, r: number): number {
  const { memo } = possible
  if (memo[r] >= 0) return memo[r]
  current(possible)
  const need = possible.needs[r]
  return (memo[r] = (anyHolds(need.terms) ? 1 : 0) | (anyHolds(need.after) ? 2 : 0))
}

/** Per term of rule `r`, 1 when the sentence `possible` describes holds the characters it needs: a term with 0 matches nowhere in it. */
export function termsMay(possible: SentenceRules, r: number): Uint8Array {
  let may = possible.perTerm[r]
  if (!may) {
    current(possible)
    const terms = possible.needs[r].terms
    may = possible.perTerm[r] = new Uint8Array(terms.length)
    for (let k = 0; k < terms.length; k++) may[k] = holds(terms[k]) ? 1 : 0
  }
  return may
}

/**
 * Which rules can match in `text` from `start` to `end` at all, by the characters their terms (and forms after a figure) need
 * (neededChars): a rule none of whose terms finds its characters in the sentence names nothing in it, nor in any string made of
 * them and 。 (its clauses read verb first, see verbFirstClauses); nor does a term that does not find its own. Read with
 * `mayName`, `mayTieAfter` and `termsMay`.
 */
export function sentenceRules(rules: CompiledRule[], text: string, start: number, end: number): SentenceRules {
  let needs = needsOf.get(rules)
  if (!needs) needsOf.set(rules, (needs = rules.map((rule) => ({ terms: codes(rule.terms), after: codes(rule.after) }))))
  return { needs, text, start, end, memo: new Int8Array(rules.length).fill(-1), perTerm: [], mine: stampChars(text, start, end) }
}

/** Whether rule `r`'s terms may occur in the sentence `possible` (sentenceRules) describes. */
export const mayName = (possible: SentenceRules, r: number) => (ruleBits(possible, r) & 1) !== 0
/** Whether one of rule `r`'s forms after a figure may occur in that sentence. */
export const mayTieAfter = (possible: SentenceRules, r: number) => (ruleBits(possible, r) & 2) !== 0
/** Whether any of the rules `list` (indices) may name something or tie a figure by a form after it in that sentence. */
export function anyMay(possible: SentenceRules, list: number[] | undefined): boolean {
  return list !== undefined && list.some((r) => ruleBits(possible, r) !== 0)
}

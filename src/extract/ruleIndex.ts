/**
 * Lookups the engine makes once per rule (or rule list) and reuses for every sentence: whether any
 * of a rule's terms occurs in a string (one scan), which rules accept a measure word, and per-rule
 * facts about one sentence computed on first use only.
 */
import type { CompiledRule } from './rules'

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

/**
 * What a regex cannot match without: sets of characters such that every match of it holds one character of each set
 * ("行政处罚(?:案件|决定)?" needs 行, 政, 处 and 罚; "[和及]诉讼" one of 和 and 及, then 诉 and 讼). A string lacking every
 * character of one of the sets has no match, so the engine need not run the regex over it — nor over any string made of
 * the same characters. Read from the regex's source: literals, groups, alternations, classes and quantifiers; whatever else
 * it meets (a class by range or escape, a backreference, the u, i or v flag) tells nothing.
 */

/** Each set: at least one of its characters is in every match (no sets: nothing is known). */
export type Need = Set<string>[]

/**
 * Either of two needs: for every set of each, their union (both lists' sets pairwise); past a few pairs only each one's
 * smallest set, joined.
 */
function either(a: Need, b: Need): Need {
  if (!a.length || !b.length) return []
  if (a.length * b.length > 16) return either([smallest(a)], [smallest(b)])
  return a.flatMap((x) => b.map((y) => new Set([...x, ...y])))
}
const smallest = (need: Need) => need.reduce((best, s) => (s.size < best.size ? s : best))

/**
 * A single-character escape (`\.`, `\u4e00`, `\n`) as its character; a class escape (`\d`, `\s`), a word boundary or a
 * backreference (its digits, all of them) as null; any other letter escape throws (nothing is then known of the regex).
 */
function escaped(source: string, at: number): { ch: string | null; end: number } {
  const c = source[at + 1]
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) return { ch: String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16)), end: at + 6 }
  if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(at + 2, at + 4))) return { ch: String.fromCharCode(parseInt(source.slice(at + 2, at + 4), 16)), end: at + 4 }
  const control = ({ n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' } as Record<string, string>)[c]
  if (control) return { ch: control, end: at + 2 }
  if (c !== undefined && 'dDsSwWbB'.includes(c)) return { ch: null, end: at + 2 }
  if (c !== undefined && /[0-9]/.test(c)) return { ch: null, end: at + 1 + /^[0-9]+/.exec(source.slice(at + 1))![0].length }
  if (c === 'k' && source[at + 2] === '<') return { ch: null, end: source.indexOf('>', at) + 1 || source.length }
  if (c === undefined || /\w/.test(c)) throw new Error(`escape not read: \\${c ?? ''}`)
  return { ch: c, end: at + 2 }
}

class Reader {
  i = 0
  constructor(readonly s: string) {}

  /** Alternatives up to the closing parenthesis of their group (or the end). */
  alternatives(): Need {
    let need = this.sequence()
    while (this.s[this.i] === '|') { this.i++; need = either(need, this.sequence()) }
    return need
  }

  /** A sequence needs what each of its parts that must match needs. */
  private sequence(): Need {
    const need: Need = []
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom()
      if (this.quantifiedAtLeastOnce()) need.push(...atom)
    }
    return need
  }

  /** Reads a quantifier after an atom, if any: whether the atom must still match at least once. */
  private quantifiedAtLeastOnce(): boolean {
    const c = this.s[this.i]
    let min = 1
    if (c === '?' || c === '*') { min = 0; this.i++ } else if (c === '+') this.i++
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.s.slice(this.i))
      if (!m) return true // (a literal brace, read by the next atom)
      min = Number(m[1])
      this.i += m[0].length
    } else return true
    if (this.s[this.i] === '?') this.i++ // (lazy)
    return min > 0
  }

  private atom(): Need {
    const s = this.s
    const c = s[this.i]
    if (c === '(') {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(s.slice(this.i))![0]
      if (head === '(' && s[this.i + 1] === '?') throw new Error('group not read') // (modifiers, (?i:…), and whatever comes next)
      this.i += head.length
      const inner = this.alternatives()
      if (s[this.i] !== ')') throw new Error('unclosed group')
      this.i++
      return /^\(\?(?:[=!]|<[=!])/.test(head) ? [] : inner // (a lookaround matches no characters of its own)
    }
    if (c === '[') return this.charClass()
    if (c === '\\') {
      const { ch, end } = escaped(s, this.i)
      this.i = end
      return ch === null ? [] : [new Set([ch])]
    }
    if ('*+?'.includes(c)) throw new Error('quantifier without an atom')
    this.i++
    return c === '.' || c === '^' || c === '$' ? [] : [new Set([c])]
  }

  /** A class listing its characters one by one (`[件宗]`, `[和、及与]`); a negated one, a range or a class escape tells nothing. */
  private charClass(): Need {
    const s = this.s
    let i = this.i + 1
    let need: Set<string> | null = s[i] === '^' ? null : new Set()
    if (s[i] === ']') throw new Error('empty class')
    for (; i < s.length && s[i] !== ']'; i++) {
      let ch: string | null = s[i]
      if (ch === '\\') { const e = escaped(s, i); ch = e.ch; i = e.end - 1 }
      if (ch === null || s[i + 1] === '-' && s[i + 2] !== ']') need = null
      need?.add(ch!)
    }
    if (s[i] !== ']') throw new Error('unclosed class')
    this.i = i + 1
    return need ? [need] : []
  }
}

/** The sets of characters every match of `re` holds one of each of (none when its source tells nothing). */
export function neededChars(re: RegExp): Need {
  if (/[iuv]/.test(re.flags)) return []
  try {
    const reader = new Reader(re.source)
    const need = reader.alternatives()
    return reader.i === re.source.length ? need : []
  } catch {
    return []
  }
}

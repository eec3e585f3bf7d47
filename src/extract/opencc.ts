/**
 * opencc-js's conversion algorithm over its own dictionaries, without its per-position allocations
 * (a match object per character, an array and a join per segment) and over arrays of code units, not
 * strings: the same output, several times faster on a traditional report. The steps mirror opencc-js 1.x (`Trie.matchPrefix`, `convert`,
 * `segment`, `Converter`): a configuration in another shape yields no plan, and the caller uses
 * opencc's own converter. tests/extract/normalise.test.ts compares the two on every dictionary word.
 */
import { pairHash, rank, startsWord, trieOf, type Trie } from './openccTrie'

/**
 * A growable run of UTF-16 code units. The passes read and write these instead of strings: a string
 * concatenation per replaced character (most characters of a traditional text) and reads through the
 * sliced and concatenated strings a pass leaves cost several times the walk itself.
 */
class Units {
  u = new Uint16Array(0x4000)
  n = 0
  private reserve(k: number): void {
    if (this.n + k <= this.u.length) return
    const grown = new Uint16Array(Math.max(2 * this.u.length, this.n + k))
    grown.set(this.u.subarray(0, this.n))
    this.u = grown
  }
  push(c: number): void {
    this.reserve(1)
    this.u[this.n++] = c
  }
  copy(from: Uint16Array, start: number, end: number): void {
    this.reserve(end - start)
    const u = this.u
    let n = this.n
    if (end - start > 64) { u.set(from.subarray(start, end), n); n += end - start } else for (let i = start; i < end; i++) u[n++] = from[i]
    this.n = n
  }
  pushString(s: string): void {
    this.reserve(s.length)
    this.n = writeUnits(this.u, this.n, s)
  }
  /**
   * The units as a string: a UTF-16 decode (several times faster than fromCharCode), which keeps every unit of
   * well-formed text (a byte order mark too: ignoreBOM); text with a lone surrogate, which it would replace,
   * through fromCharCode in chunks (it takes its arguments on the stack).
   */
  string(wellFormed: boolean): string {
    if (wellFormed) return utf16.decode(this.u.subarray(0, this.n))
    let out = ''
    for (let i = 0; i < this.n; i += 0x2000) out += String.fromCharCode.apply(null, this.u.subarray(i, Math.min(this.n, i + 0x2000)) as unknown as number[])
    return out
  }
}
/**
 * Writes the code units of `s` into `u` from `n` on; returns the end. A function of its own, as cjkCount's loop is (normalise.ts):
 * V8 compiles the loop over a whole text on its first long run (on-stack replacement), before `this.n = …` after it ever ran, and
 * that cached code then deoptimised at its end on every later text (about once per traditional report).
 */
function writeUnits(u: Uint16Array, n: number, s: string): number {
  for (let i = 0; i < s.length; i++) u[n++] = s.charCodeAt(i)
  return n
}
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true })
/** A surrogate code unit: text without one is well-formed, and so is its conversion (words are matched by code point). */
const SURROGATE = /[\ud800-\udfff]/

/** The value of the last `match` (kept here so that a match allocates nothing). */
let matched = ''

/** The code point at `i` of a text that ends at `end`, as `String.prototype.codePointAt` reads it (a lone surrogate as itself). */
function codePointAt(s: Uint16Array, i: number, end: number): number {
  const c = s[i]
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s[i + 1]
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
  }
  return c
}

/** The child of `node` by code point `c`, -1 when there is none. */
function childOf(t: Trie, node: number, c: number): number {
  for (let e = t.edges[node], last = t.edges[node + 1]; e < last; e++) if (t.edgeChar[e] === c) return t.edgeNode[e]
  return -1
}

/** End of the longest dictionary word at `at` in a text that ends at `end` (0 when none); its replacement in `matched`. */
function match(t: Trie, s: Uint16Array, at: number, end: number): number {
  if (at >= end) return 0
  const first = s[at]
  let node: number
  // Most positions start no word: one table read instead of a walk (a surrogate takes the general path).
  if (first < 0xd800 || first > 0xdbff) {
    if (!startsWord(t.starts, first)) return 0
    const r = rank(t, first)
    const kind = t.kinds[r]
    if (kind > 1) { matched = String.fromCharCode(kind); return at + 1 }
    node = t.rootChild[r]
    // (past the end a string reads NaN, which the hash takes as 0)
    const h = pairHash(first, at + 1 < end ? s[at + 1] : 0)
    if ((t.pairs[h >> 3] & (1 << (h & 7))) === 0) {
      // No longer word starts with these two: the one-character word, if any.
      if (t.value[node] < 0) return 0
      matched = t.values[t.value[node]]
      return at + 1
    }
  } else {
    const c = codePointAt(s, at, end)
    node = c > 0xffff ? t.astral.get(c) ?? -1 : startsWord(t.starts, c) ? t.rootChild[rank(t, c)] : -1
    if (node < 0) return 0
  }
  let a = at + (first >= 0xd800 && first <= 0xdbff ? width(s, at, end) : 1)
  let found = 0
  for (;;) {
    if (t.value[node] >= 0) { found = a; matched = t.values[t.value[node]] }
    if (a >= end) break
    const c = codePointAt(s, a, end)
    node = childOf(t, node, c)
    if (node < 0) break
    a += c > 0xffff ? 2 : 1
  }
  return found
}

/** A code unit that is a whole character and no ideographic description character: an unmatched one moves on by one. */
const plain = (c: number) => (c < 0xd800 || c > 0xdbff) && (c < 0x2ff0 || c > 0x2fff)
const width = (s: Uint16Array, i: number, end: number) => (codePointAt(s, i, end) > 0xffff ? 2 : 1)
/** Operands of an ideographic description character (⿰ 2, ⿲ 3 …), 0 for any other. */
function idsArity(c: number): number {
  return c >= 0x2ff0 && c <= 0x2ff1 ? 2 : c >= 0x2ff2 && c <= 0x2ff3 ? 3 : c >= 0x2ff4 && c <= 0x2fff ? 2 : 0
}
/** End of the ideographic description sequence at `at`, 0 when there is none. */
function idsEnd(s: Uint16Array, at: number, end: number): number {
  const arity = idsArity(codePointAt(s, at, end))
  if (arity === 0) return 0
  let i = at + width(s, at, end)
  for (let k = 0; k < arity; k++) {
    if (i >= end) return 0
    i = idsEnd(s, i, end) || i + width(s, i, end)
  }
  return i
}
/** How far an unmatched position moves on: one character, or a whole description sequence. */
function step(s: Uint16Array, at: number, end: number): number {
  const c = s[at]
  if ((c < 0x2ff0 || c > 0x2fff) && (c < 0xd800 || c > 0xdbff)) return 1
  const e = idsEnd(s, at, end)
  return e > at ? e - at : width(s, at, end)
}

/**
 * `Trie.convert` of each segment of the text `s` (between consecutive `cuts`), onto `out`: each longest match within
 * its segment replaced, the rest kept. Returns where the segments start and end in `out`. One call for all segments,
 * as the text is no longer cut into a call per segment and pass (most segments are a word or two).
 */
function convert(t: Trie, s: Uint16Array, cuts: readonly number[], out: Units): number[] {
  const starts = t.starts
  const outCuts = [out.n]
  let kept = cuts[0] // where the characters kept since the last replacement start
  for (let k = 1; k < cuts.length; k++) {
    const end = cuts[k]
    for (let i = cuts[k - 1]; i < end;) {
      const c = s[i]
      if (plain(c) && !startsWord(starts, c)) { // starts no word (most characters): kept, without a call
        i++
        continue
      }
      const single = plain(c) ? t.kinds[rank(t, c)] : 0
      if (single > 1) { // a one-character word: its replacement, without a walk
        out.copy(s, kept, i)
        out.push(single)
        kept = ++i
        continue
      }
      const e = match(t, s, i, end)
      if (e > 0) {
        out.copy(s, kept, i)
        out.pushString(matched)
        kept = i = e
      } else {
        i += step(s, i, end)
      }
    }
    outCuts.push(out.n + end - kept)
  }
  out.copy(s, kept, cuts[cuts.length - 1])
  return outCuts
}

/** `Trie.segment`: where the text `s[0, end)` is cut into dictionary words and the runs between them (0 and `end` included). */
function segment(t: Trie, s: Uint16Array, end: number): number[] {
  const starts = t.starts
  const cuts = [0]
  for (let i = 0; i < end;) {
    const c = s[i]
    if (plain(c) && !startsWord(starts, c)) { // starts no word: part of the run
      i++
      continue
    }
    const e = match(t, s, i, end)
    if (e > 0) {
      if (cuts[cuts.length - 1] !== i) cuts.push(i)
      cuts.push(e)
      i = e
    } else {
      i += step(s, i, end)
    }
  }
  if (cuts[cuts.length - 1] !== end) cuts.push(end)
  return cuts
}

export interface Plan { normalization: Trie[]; segmentation: Trie | null; conversion: Trie[] }

const isGroup = (g: unknown): g is string[] => Array.isArray(g) && g.every((d) => typeof d === 'string' && d.includes(' '))

/** The tries of one opencc configuration (`Locale.configs[…]`), or null for a shape this walk does not know. */
export function openccPlan(config: unknown): Plan | null {
  const c = config as { normalizationChain?: unknown; segmentation?: unknown; conversionChain?: unknown } | undefined
  if (!c || !Array.isArray(c.conversionChain) || !c.conversionChain.every(isGroup)) return null
  if (c.normalizationChain !== undefined && !(Array.isArray(c.normalizationChain) && c.normalizationChain.every(isGroup))) return null
  if (c.segmentation !== undefined && !isGroup(c.segmentation)) return null
  return {
    normalization: ((c.normalizationChain ?? []) as string[][]).map(trieOf),
    segmentation: c.segmentation ? trieOf(c.segmentation as string[]) : null,
    conversion: (c.conversionChain as string[][]).map(trieOf),
  }
}

/** The text and the text of each pass: kept from call to call. */
const units = { text: new Units(), other: new Units() }

/** `Converter`: the normalisation chain over the text, then each segment through the conversion chain. */
export function runPlan(plan: Plan, text: string): string {
  let s = units.text
  let t = units.other
  s.n = 0
  s.pushString(text)
  for (const trie of plan.normalization) {
    t.n = 0
    convert(trie, s.u, [0, s.n], t)
    const into = t
    t = s
    s = into
  }
  let cuts = plan.segmentation ? segment(plan.segmentation, s.u, s.n) : [0, s.n]
  for (const trie of plan.conversion) {
    t.n = 0
    cuts = convert(trie, s.u, cuts, t)
    const into = t
    t = s
    s = into
  }
  return s.string(!SURROGATE.test(text))
}

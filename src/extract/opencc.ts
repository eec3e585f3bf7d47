/**
 * opencc-js's conversion algorithm over its own dictionaries, without its per-position allocations
 * (a match object per character, an array and a join per segment): the same output, several times
 * faster on a traditional report. The steps mirror opencc-js 1.x (`Trie.matchPrefix`, `convert`,
 * `segment`, `Converter`): a configuration in another shape yields no plan, and the caller uses
 * opencc's own converter. tests/extract/normalise.test.ts compares the two on every dictionary word.
 */

class Node {
  readonly next = new Map<number, Node>()
  value: string | undefined = undefined
  /**
   * At the root only, per BMP code unit: 0 when it starts no word, 1 when it starts words, else the
   * replacement of the one-character word that is the only word it starts (most words of the character
   * dictionaries): one read of a compact table, where a walk would visit a node and its Map per character.
   */
  kinds: Uint16Array | null = null
  /**
   * At the root only: one bit per BMP code unit, set for the characters that start a word (8 KB: every
   * pass reads it at every character, and a larger table mostly misses the cache between reports).
   */
  starts: Uint32Array | null = null
  /**
   * At the root only: a hashed set of the first two code units of every longer word, and the
   * one-character words of the characters that also start longer ones. Most positions that start a
   * word of a phrase dictionary start none that goes on with the next character: the walk, which
   * visits nodes and Maps scattered in memory, is then not needed.
   */
  pairs: Uint8Array | null = null
  singles: Map<number, string> | null = null
}

/** Whether BMP code unit `c` starts a word (its bit in a root's `starts`). */
const startsWord = (starts: Uint32Array, c: number) => ((starts[c >> 5] >>> (c & 31)) & 1) === 1
/** The bit of a pair of code units in a root's `pairs`. */
const pairHash = (a: number, b: number) => ((a << 7) ^ b) & 0xffff

/** A trie as `Trie.loadDictGroup` builds it: the group's dictionaries loaded last to first, so the first one wins. */
function trieOf(group: readonly string[]): Node {
  const root = new Node()
  const pairs = (root.pairs = new Uint8Array(0x2000))
  const singles = (root.singles = new Map())
  const starts = (root.starts = new Uint32Array(0x10000 / 32))
  for (const dict of [...group].reverse()) {
    for (const entry of dict.split('|')) {
      const [from, to] = entry.split(' ')
      if (typeof to !== 'string') throw new TypeError(`opencc dictionary entry without a replacement: ${entry}`)
      let node = root
      for (const ch of from) {
        const c = ch.codePointAt(0)!
        let child = node.next.get(c)
        if (!child) { child = new Node(); node.next.set(c, child) }
        node = child
      }
      node.value = to
      const h = pairHash(from.charCodeAt(0), from.charCodeAt(1))
      if (from.length >= 2) pairs[h >> 3] |= 1 << (h & 7)
    }
  }
  root.kinds = new Uint16Array(0x10000)
  for (const [c, child] of root.next) {
    if (c > 0xffff) continue
    const single = child.next.size === 0 && child.value?.length === 1 ? child.value.charCodeAt(0) : 0
    root.kinds[c] = single > 1 ? single : 1
    if (single <= 1 && child.value !== undefined) singles.set(c, child.value)
    starts[c >> 5] |= 1 << (c & 31)
  }
  return root
}

/** The value of the last `match` (kept here so that a match allocates nothing). */
let matched = ''

/** End of the longest dictionary word at `at` (0 when none); its replacement in `matched`. */
function match(root: Node, s: string, at: number): number {
  if (at >= s.length) return 0
  const first = s.charCodeAt(at)
  // Most positions start no word: one table read instead of a Map lookup (a surrogate takes the general path).
  if (first < 0xd800 || first > 0xdbff) {
    if (!startsWord(root.starts!, first)) return 0
    const kind = root.kinds![first]
    if (kind > 1) { matched = String.fromCharCode(kind); return at + 1 }
    const h = pairHash(first, s.charCodeAt(at + 1))
    if ((root.pairs![h >> 3] & (1 << (h & 7))) === 0) {
      // No longer word starts with these two: the one-character word, if any.
      const one = root.singles!.get(first)
      if (one === undefined) return 0
      matched = one
      return at + 1
    }
  }
  let node = root
  let end = 0
  for (let a = at; a < s.length;) {
    const c = s.codePointAt(a)!
    a += c > 0xffff ? 2 : 1
    const child = node.next.get(c)
    if (child === undefined) break
    node = child
    if (child.value !== undefined) { end = a; matched = child.value }
  }
  return end
}

/** A code unit that is a whole character and no ideographic description character: an unmatched one moves on by one. */
const plain = (c: number) => (c < 0xd800 || c > 0xdbff) && (c < 0x2ff0 || c > 0x2fff)
const width = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1)
/** Operands of an ideographic description character (⿰ 2, ⿲ 3 …), 0 for any other. */
function idsArity(c: number): number {
  return c >= 0x2ff0 && c <= 0x2ff1 ? 2 : c >= 0x2ff2 && c <= 0x2ff3 ? 3 : c >= 0x2ff4 && c <= 0x2fff ? 2 : 0
}
/** End of the ideographic description sequence at `at`, 0 when there is none. */
function idsEnd(s: string, at: number): number {
  const arity = idsArity(s.codePointAt(at)!)
  if (arity === 0) return 0
  let i = at + width(s, at)
  for (let k = 0; k < arity; k++) {
    if (i >= s.length) return 0
    i = idsEnd(s, i) || i + width(s, i)
  }
  return i
}
/** How far an unmatched position moves on: one character, or a whole description sequence. */
function step(s: string, at: number): number {
  const c = s.charCodeAt(at)
  if ((c < 0x2ff0 || c > 0x2fff) && (c < 0xd800 || c > 0xdbff)) return 1
  const end = idsEnd(s, at)
  return end > at ? end - at : width(s, at)
}

/** `Trie.convert`: each longest match replaced, the rest kept. */
function convert(root: Node, s: string): string {
  const kinds = root.kinds!
  const starts = root.starts!
  let out = ''
  let raw = -1
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i)
    if (plain(c) && !startsWord(starts, c)) { // starts no word (most characters): kept, without a call
      if (raw < 0) raw = i
      i++
      continue
    }
    const single = plain(c) ? kinds[c] : 0
    if (single > 1) { // a one-character word: its replacement, without a walk
      if (raw >= 0) { out += s.slice(raw, i); raw = -1 }
      out += String.fromCharCode(single)
      i++
      continue
    }
    const end = match(root, s, i)
    if (end > 0) {
      if (raw >= 0) { out += s.slice(raw, i); raw = -1 }
      out += matched
      i = end
    } else {
      if (raw < 0) raw = i
      i += step(s, i)
    }
  }
  return raw >= 0 ? out + s.slice(raw) : out
}

/** `Trie.segment`: the text cut into dictionary words and the runs between them. */
function segment(root: Node, s: string): string[] {
  const starts = root.starts!
  const out: string[] = []
  let raw = -1
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i)
    if (plain(c) && !startsWord(starts, c)) { // starts no word: part of the run
      if (raw < 0) raw = i
      i++
      continue
    }
    const end = match(root, s, i)
    if (end > 0) {
      if (raw >= 0) { out.push(s.slice(raw, i)); raw = -1 }
      out.push(s.slice(i, end))
      i = end
    } else {
      if (raw < 0) raw = i
      i += step(s, i)
    }
  }
  if (raw >= 0) out.push(s.slice(raw))
  return out
}

export interface Plan { normalization: Node[]; segmentation: Node | null; conversion: Node[] }

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

/** `Converter`: the normalisation chain over the text, then each segment through the conversion chain. */
export function runPlan(plan: Plan, text: string): string {
  let s = text
  for (const t of plan.normalization) s = convert(t, s)
  const segments = plan.segmentation ? segment(plan.segmentation, s) : [s]
  let out = ''
  for (const seg of segments) {
    let x = seg
    for (const t of plan.conversion) x = convert(t, x)
    out += x
  }
  return out
}

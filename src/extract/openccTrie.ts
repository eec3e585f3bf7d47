/**
 * The tries of ./opencc.ts: opencc-js's dictionary groups (`Trie.loadDictGroup`) in typed arrays.
 */

/**
 * A trie in typed arrays: it is read between the rest of a report's extraction, which evicts it from the cache, and
 * nodes and Maps scattered over the heap (or a table with an entry per BMP code unit) then miss at nearly every read.
 * The root's children are numbered by rank: the count of characters that start a word before the character.
 */
export interface Trie {
  /** One bit per BMP code unit, set for the characters that start a word (every pass reads it at every character). */
  /**
   * Per 32 BMP code units, two words: a bit per unit, set for the characters that start a word (every pass reads it at every
   * character), and the rank of the first of the 32 (a rank's two reads in one cache line).
   */
  starts: Uint32Array
  /**
   * Per BMP starting character (by rank): 1 when it starts words, else the replacement of the one-character word
   * that is the only word it starts (most words of the character dictionaries): one read, where a walk would visit a node.
   */
  kinds: Uint16Array
  /** Per BMP starting character (by rank): its node. */
  rootChild: Int32Array
  /** The root's children past the BMP (words that start with a surrogate pair: a handful). */
  astral: Map<number, number>
  /** Per node: its edges, `edges[node]` to `edges[node + 1]` of `edgeChar` (the code point) and `edgeNode`. */
  edges: Int32Array
  edgeChar: Int32Array
  edgeNode: Int32Array
  /** Per node: the index of its word's replacement in `values`, or -1 where no word ends. */
  value: Int32Array
  values: string[]
  /**
   * A hashed set of the first two code units of every longer word. Most positions that start a word of a phrase
   * dictionary start none that goes on with the next character: the walk is then not needed. 2 KB: a larger set, with fewer
   * pairs in it by chance, mostly missed the cache after the rest of a report's extraction (the conversion took ×0.96 of its time with an 8 KB set; a 1 KB set ×0.98).
   */
  pairs: Uint8Array
}

/** Whether BMP code unit `c` starts a word (its bit in a trie's `starts`). */
export const startsWord = (starts: Uint32Array, c: number) => ((starts[(c >> 5) << 1] >>> (c & 31)) & 1) === 1
/** The rank of BMP code unit `c`, which starts a word: the index of its root child. */
export function rank(t: Trie, c: number): number {
  const w = (c >> 5) << 1
  let x = t.starts[w] & ((1 << (c & 31)) - 1)
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return t.starts[w + 1] + (Math.imul(x, 0x01010101) >>> 24)
}
/** The bit of a pair of code units in a trie's `pairs`. */
export const pairHash = (a: number, b: number) => ((a << 7) ^ b) & 0x3fff

/** A node while the trie is built. */
interface Building { next: Map<number, Building>; value: string | undefined }
const building = (): Building => ({ next: new Map(), value: undefined })

/** A trie as `Trie.loadDictGroup` builds it: the group's dictionaries loaded last to first, so the first one wins. */
export function trieOf(group: readonly string[]): Trie {
  const root = building()
  const pairs = new Uint8Array(0x800)
  for (const dict of [...group].reverse()) {
    for (const entry of dict.split('|')) {
      const [from, to] = entry.split(' ')
      if (typeof to !== 'string') throw new TypeError(`opencc dictionary entry without a replacement: ${entry}`)
      let node = root
      for (const ch of from) {
        const c = ch.codePointAt(0)!
        let child = node.next.get(c)
        if (!child) { child = building(); node.next.set(c, child) }
        node = child
      }
      node.value = to
      const h = pairHash(from.charCodeAt(0), from.charCodeAt(1))
      if (from.length >= 2) pairs[h >> 3] |= 1 << (h & 7)
    }
  }
  // Nodes numbered breadth first (the root is 0), each node's edges together.
  const order: Building[] = [root]
  for (let k = 0; k < order.length; k++) for (const child of order[k].next.values()) order.push(child)
  const ids = new Map(order.map((n, k) => [n, k]))
  const edges = new Int32Array(order.length + 1)
  const edgeChar = new Int32Array(order.length - 1)
  const edgeNode = new Int32Array(order.length - 1)
  const value = new Int32Array(order.length).fill(-1)
  const values: string[] = []
  let e = 0
  for (const [k, node] of order.entries()) {
    edges[k] = e
    for (const [c, child] of node.next) { edgeChar[e] = c; edgeNode[e++] = ids.get(child)! }
    if (node.value !== undefined) { value[k] = values.length; values.push(node.value) }
  }
  edges[order.length] = e
  const starts = new Uint32Array(0x10000 / 16)
  const astral = new Map<number, number>()
  for (const [c, child] of root.next) if (c > 0xffff) astral.set(c, ids.get(child)!); else starts[(c >> 5) << 1] |= 1 << (c & 31)
  let n = 0
  for (let w = 0; w < starts.length; w += 2) {
    starts[w + 1] = n
    for (let b = 0; b < 32; b++) n += (starts[w] >>> b) & 1
  }
  const t: Trie = { starts, kinds: new Uint16Array(n), rootChild: new Int32Array(n), astral, edges, edgeChar, edgeNode, value, values, pairs }
  for (const [c, child] of root.next) {
    if (c > 0xffff) continue
    const r = rank(t, c)
    const single = child.next.size === 0 && child.value?.length === 1 ? child.value.charCodeAt(0) : 0
    t.kinds[r] = single > 1 ? single : 1
    t.rootChild[r] = ids.get(child)!
  }
  return t
}

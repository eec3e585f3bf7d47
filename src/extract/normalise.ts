/**
 * Length-preserving normalisation: traditional → simplified, full-width → half-width, a verb's variants as the rules write it.
 *
 * Every step maps one UTF-16 code unit to one code unit, so index i of the normalised
 * text is index i of the original: offsets found in the normalised text are offsets into
 * the original, and `original.slice(start, end)` is the evidence as the report wrote it.
 * Numerals are not rewritten here (that would change lengths); `numbers.ts` reads them
 * in place.
 */
import { Converter, Locale } from 'opencc-js/t2cn' // traditional → simplified only: 0.1 MB instead of the full 1.2 MB build
import type { Script } from './types'
import { openccPlan, runPlan } from './opencc'

let toSimplified: ((s: string) => string) | null = null
/**
 * opencc's Taiwan → mainland conversion. Its dictionaries run through our own trie walk (./opencc.ts,
 * the same algorithm without opencc's per-position allocations: several times faster), unless the
 * package's configuration takes a shape that walk does not know, when opencc's own converter runs.
 */
function converter(): (s: string) => string {
  if (!toSimplified) {
    const plan = openccPlan((Locale.configs as Record<string, unknown>).tw2s)
    toSimplified = plan ? (s) => runPlan(plan, s) : Converter({ from: 'tw', to: 'cn' })
  }
  return toSimplified
}

/**
 * Characters that only occur in traditional writing, frequent in government reports (the words of the counts too —
 * 訓, 場, 達, 許可, 決定, 網辦, 隱患 — so a one-sentence passage is seen as traditional).
 * Used to decide whether the (comparatively slow) converter needs to run at all.
 */
const TRADITIONAL_MARKERS = new Uint32Array(0x10000 / 32) // one bit per code unit: 8 KB, where a byte each took 64 KB of cache
for (const ch of '區國會發業學實與對這時從來們個為經當關機體進過還開長問見種點應導廣條計設議論證請讀務動統總營護鄉鎮縣輔隊執處罰審辦檢幹練習課項級黨員權責規範標準認識單報紀錄歷劃圍團聯組織變邊頭數據調糾紛訴訟復議訓場達許決網隱萬億結現產書協優環節間費資訊傳說讓則衛療類價雙隨戶勞災險') TRADITIONAL_MARKERS[ch.charCodeAt(0) >> 5] |= 1 << (ch.charCodeAt(0) & 31)

/** How many of the CJK characters `cjkCount` last counted are traditional markers. */
let markers = 0

/**
 * The CJK characters among the text's first 20000 (and, in `markers`, the traditional ones): a loop in a
 * function of its own, whose code after the loop needs no type feedback. V8 compiles a long loop on its
 * first run (on-stack replacement), before the code after it has ever run; a comparison there then
 * deoptimised every later call (in about one process in three: the compile runs concurrently).
 */
function cjkCount(text: string): number {
  let traditional = 0
  let cjk = 0
  const limit = Math.min(text.length, 20000)
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++
      traditional += (TRADITIONAL_MARKERS[c >> 5] >>> (c & 31)) & 1
    }
  }
  markers = traditional
  return cjk
}

export function detectScript(text: string): Script {
  const cjk = cjkCount(text)
  return cjk > 0 && markers / cjk > 0.02 ? 'traditional' : 'simplified'
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g
const halfOf = (ch: string) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))

/**
 * Full-width ASCII (U+FF01–FF5E) and the ideographic space to their half-width forms (one regex replace: a loop
 * over the characters that concatenated a string per replaced one, every ，and ：, took about twice as long).
 */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, halfOf)
}

/** Hong Kong variants the Taiwan dictionaries leave as they are (衞生 of 衛生), read as their Taiwan forms first. */
const HK_VARIANT = /衞/g

/** `convert` applied to `text` keeping its length: per character where the whole text's length changes (one kept as it is). */
export function convertSameLength(text: string, convert: (s: string) => string): string {
  const whole = convert(text)
  if (whole.length === text.length) return whole
  let out = ''
  for (const ch of text) {
    const c = convert(ch)
    out += c.length === ch.length ? c : ch
  }
  return out
}

/** Traditional → simplified, guaranteed to keep the length (falls back per character). */
export function toSimplifiedSameLength(original: string): string {
  const text = original.includes('衞') ? original.replace(HK_VARIANT, '衛') : original
  return convertSameLength(text, converter())
}

/**
 * The text as compared for duplicates (not length-preserving): `normalise`d (traditional →
 * simplified, full-width → half-width) and no whitespace or zero-width characters at all, so the
 * same report wrapped, spaced or written in the other script gives the same key. The encoding is
 * resolved before (src/ingest), so a GBK and a UTF-8 file of one text give the same key too.
 */
export function contentKey(text: string): string {
  return normalise(text).text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
}

export interface Normalised {
  /** Same length as the original; index i corresponds to original index i. */
  text: string
  script: Script
}

/**
 * Variants of a verb that name one act, written as the catalogue's rules write it (two characters for two): 做出 is 作出,
 * 接到 is 收到 (a request received). Reworded reports pick either. (查办 and 查处 are one act too, but the catalogue's terms
 * name each where it reads them: 查处 alone is a weak term of cases.)
 */
const VERB_VARIANTS = /做出|(?<![迎对转衔])接到/g
const VARIANT_OF: Record<string, string> = { 做出: '作出', 接到: '收到' }
const verbsAsRulesWrite = (text: string) => text.replace(VERB_VARIANTS, (m) => VARIANT_OF[m])

/** The last text normalised: a report is normalised for its duplicate key and again for extraction. */
let last: { original: string; result: Normalised } | null = null

export function normalise(original: string): Normalised {
  if (last?.original === original) return last.result
  const script = detectScript(original)
  const simplified = script === 'traditional' ? toSimplifiedSameLength(original) : original
  last = { original, result: { text: verbsAsRulesWrite(toHalfWidth(simplified)), script } }
  return last.result
}

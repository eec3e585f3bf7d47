/**
 * Finds every number in normalised text, with its measure word, qualifier and scale.
 *
 * Arabic (1,918 · 478.7761 · 0-1) and Chinese numerals (一百二十 · 两 · 百分之九十 · 六成) are
 * read in place, so token offsets are offsets into the text. 万/亿 scale the value,
 * 余/多/以上/左右/约/近 make it approximate, 不少于/至少/超 a lower bound, 8至10 a range.
 * Years, dates, ordinals (第三) and document numbers (〔2019〕36号) are kept but flagged,
 * so the rule engine never takes them for quantities.
 */
import type { Qualifier } from './types'
import { CHINESE_NUMERAL_CHARS, parseArabic, parseChineseRange } from './numerals'
import { measureOfNoun, preQualifier, UNITS, unitAt } from './measureWords'

export type NumberKind = 'quantity' | 'year' | 'date' | 'docno' | 'ordinal'

export interface NumberToken {
  /** Start of the expression, including a leading qualifier (约, 不少于) or 百分之. */
  start: number
  /** Start and end of the numeral itself. */
  numStart: number
  numEnd: number
  /** End of the expression: after the measure word and any trailing 以上/左右. */
  end: number
  value: number
  low: number | null
  high: number | null
  /** Measure word after the number: '%', '件', '人次', '元', '学时' … or '' when none. */
  unit: string
  qualifier: Qualifier
  kind: NumberKind
}

const isDigit = (c: number) => c >= 48 && c <= 57
/** The first character of a round Chinese figure (十, 百, 千, 万). */
const ROUND_LEAD = new Set([...'十百千万'].map((c) => c.charCodeAt(0)))
/** A word ending in 上 that is no 上百's (线上, 会上, 网上, 以上…). */
const ON_WORD = /[线网会以之向往马晚早台路楼堂课]/
/**
 * End of the Arabic numeral at `at` (a digit), as /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d+)?/y reads it:
 * one to three digits and groups of a comma and three digits, else up to fifteen digits; then a decimal
 * part (a point and digits). Read by char code: the scanner reads every number of the text.
 */
function arabicEnd(text: string, at: number): number {
  let p = at
  while (isDigit(text.charCodeAt(p))) p++
  const digits = p - at
  let grouped = false
  if (digits <= 3) {
    while (text.charCodeAt(p) === 44 && isDigit(text.charCodeAt(p + 1)) && isDigit(text.charCodeAt(p + 2)) && isDigit(text.charCodeAt(p + 3))) { p += 4; grouped = true }
    if (!grouped && spacedGroups(text, at, p)) { p += 4; grouped = true }
  }
  if (!grouped) p = at + Math.min(digits, 15)
  if (text.charCodeAt(p) === 46 && isDigit(text.charCodeAt(p + 1))) for (p += 2; isDigit(text.charCodeAt(p)); p++);
  return p
}
/** A space that groups thousands: a plain, no-break or thin space. */
const isGroupSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f
/**
 * Whether the one to three digits at `at`..`p` and a space and three digits after them are one number written with a
 * thousands space ("1 234件", "125 000元"): only one group, standing alone, ending in a measure word or other text, never in a
 * row of table cells ("0 0 0", "5 120 3": a digit or a space before or after the pair keeps them apart).
 */
function spacedGroups(text: string, at: number, p: number): boolean {
  if (!isGroupSpace(text.charCodeAt(p)) || !isDigit(text.charCodeAt(p + 1)) || !isDigit(text.charCodeAt(p + 2)) || !isDigit(text.charCodeAt(p + 3))) return false
  const after = text.charCodeAt(p + 4)
  if (Number.isNaN(after) || isDigit(after) || isGroupSpace(after) || after === 10 || after === 13 || after === 9) return false
  const before = text.charCodeAt(at - 1)
  return !(isDigit(before) || isGroupSpace(before) || before === 46 || before === 44)
}
const CHINESE_DIGIT = new Map([...'零〇一二三四五六七八九'].map((ch, i) => [ch, String(i < 2 ? 0 : i - 1)]))
/** Length of the run of Chinese numeral characters at `at` (at most 12: a longer run is no number). */
function chineseRunLength(text: string, at: number): number {
  let n = 0
  while (n < 12 && numeralKind(text.charCodeAt(at + n)) === 2) n++
  return n
}
const CHENG_COMPOUND = /[功效立为果员绩本熟交品就型长全熟]/
const RANGE_SEPARATORS = '-~—–至到'
const FROM_BEFORE = /[从由]/

interface Numeral { start: number; end: number; value: number; chinese: boolean }

function readNumeral(text: string, at: number): Numeral | null {
  const c = text.charCodeAt(at)
  if (c >= 48 && c <= 57) {
    const end = arabicEnd(text, at)
    return { start: at, end, value: parseArabic(text.slice(at, end)), chinese: false }
  }
  const run = chineseRunLength(text, at)
  // A run may end in 万/亿 that belongs to the unit (三万元) — parse handles it as scale; a run that
  // is no number as a whole is read as its longest prefix that is one.
  for (let len = run; len > 0; len--) {
    const value = parseChineseRange(text, at, at + len)
    if (value !== null) return chineseDecimal(text, { start: at, end: at + len, value, chinese: true })
  }
  return null
}

/** 四十六点六万 → 466000, 七十八点五 → 78.5: digits after 点, then 万/亿 scaling the whole number. */
function chineseDecimal(text: string, n: Numeral): Numeral {
  if (text[n.end] !== '点' || /[万亿]/.test(text.slice(n.start, n.end))) return n
  let j = n.end + 1
  let fraction = ''
  while (j < text.length && fraction.length < 8 && CHINESE_DIGIT.has(text[j])) fraction += CHINESE_DIGIT.get(text[j++])
  if (!fraction) return n
  let value = Number(`${n.value}.${fraction}`)
  if (text[j] === '万' || text[j] === '亿') { value *= text[j] === '万' ? 1e4 : 1e8; j++ }
  return { ...n, end: j, value }
}

function classify(text: string, tok: Omit<NumberToken, 'kind'>): NumberKind {
  const before = text[tok.start - 1] ?? ''
  const after = text[tok.end] ?? ''
  if (before === '第') return 'ordinal'
  if (before === '〔' || before === '[' || (before === '(' && after === ')')) {
    if (tok.unit === '' && tok.value >= 1900 && tok.value <= 2100) return 'docno'
  }
  if (tok.unit === '号') return 'docno'
  if (tok.unit === '年' || (tok.unit === '' && Number.isInteger(tok.value) && tok.value >= 1949 && tok.value <= 2100 &&
      tok.numEnd - tok.numStart === 4)) return 'year'
  if (tok.unit === '月' || tok.unit === '日') return 'date'
  if (tok.unit === '' && /^[.:]\d/.test(text.slice(tok.numEnd, tok.numEnd + 2))) return 'date'
  return 'quantity'
}

/** Chinese numeral characters, one bit per code unit (8 KB: the scanner tests every character of the text, and a byte table of 64 KB mostly misses the cache). */
const CHINESE_NUMERAL = new Uint32Array(0x10000 / 32)
for (const ch of CHINESE_NUMERAL_CHARS) CHINESE_NUMERAL[ch.charCodeAt(0) >> 5] |= 1 << (ch.charCodeAt(0) & 31)
/** Per UTF-16 code unit: 1 an Arabic digit, 2 a Chinese numeral character, else 0. */
const numeralKind = (c: number) => (c >= 48 && c <= 57 ? 1 : (CHINESE_NUMERAL[c >> 5] >>> (c & 31)) & 1 ? 2 : 0)
/** A table of the characters' code units (looked up at every numeral character of the text). */
const table = (chars: Iterable<string>) => {
  const t = new Uint8Array(0x10000)
  for (const ch of chars) t[ch.charCodeAt(0)] = 1
  return t
}
const OPEN_QUOTE = table(['“', '"', '「', '『', '‘'])
/** Characters that may follow a Chinese numeral that is a number: a unit, 成, 余/多, a range. */
const AFTER_CHINESE = table([...UNITS.map((u) => u[0]), '成', '余', '多', '点', ...RANGE_SEPARATORS])
const IS_RANGE_SEPARATOR = table(RANGE_SEPARATORS)

/** 每 and 一, as char codes (每一 before a measure word is "every"). */
const EVERY = '每'.charCodeAt(0)
const EVERY_ONE = '一'.charCodeAt(0)

const CLOSE_QUOTE = /^[^\s\d，。；：、,;:（）()]{0,6}[”"」』’]/
const OPENED = /[“"「『‘][^”"」』’，。；\n]{0,8}$/
/**
 * A Chinese numeral inside a quoted name: its measure word closes a slogan (“综合查一次”, “最多跑一次”) or the name goes on a few
 * characters after it (“千名律师百场讲座”, “宪法进万家、百场法治宣讲”). The quote opened a few characters before it and closes soon
 * after its measure word with no clause's break between, so it names a reform or a campaign, not a count.
 */
function closesSlogan(text: string, after: number): boolean {
  return CLOSE_QUOTE.test(text.slice(after, after + 8)) && OPENED.test(text.slice(Math.max(0, after - 12), after - 1))
}

/** All number tokens in `text`, left to right, non-overlapping. */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = []
  for (let i = 0; i < text.length; i++) {
    const kind = numeralKind(text.charCodeAt(i))
    if (kind === 0) continue
    if (kind === 1) {
      // Do not start inside a longer Arabic number or decimal.
      const p = text.charCodeAt(i - 1)
      if ((p >= 48 && p <= 57) || p === 46) continue
    } else {
      // A Chinese numeral run is a number only before a measure word (一是, 统一, 二十大 are words),
      // and never when it opens a quoted slogan (“五个坚决防止”, “三会一课”) or stands inside one (“千名律师百场讲座”),
      // nor as the 一 of 每一 (每一件信访事项, 每一个案件: "every", no count).
      const run = chineseRunLength(text, i)
      if ((AFTER_CHINESE[text.charCodeAt(i + run)] !== 1 && !text.endsWith('百分之', i)) || OPEN_QUOTE[text.charCodeAt(i - 1)] === 1 || closesSlogan(text, i + run) ||
        (run === 1 && text.charCodeAt(i) === EVERY_ONE && text.charCodeAt(i - 1) === EVERY)) {
        i += run - 1
        continue
      }
    }
    const tok = readToken(text, i)
    if (tok) {
      out.push(tok)
      i = Math.max(tok.end, i + 1) - 1
    }
  }
  return out
}

/** The factor of a scale character (万, 亿) at `at`, or 0. */
function scaleAt(text: string, at: number): number {
  return text[at] === '万' ? 1e4 : text[at] === '亿' ? 1e8 : 0
}

function readToken(text: string, at: number): NumberToken | null {
  const num = readNumeral(text, at)
  if (!num) return null
  let start = num.start
  let value = num.value
  let qualifier: Qualifier = 'exact'
  let unit = ''
  let percentPrefix = false
  if (text.endsWith('百分之', start)) { start -= 3; percentPrefix = true }
  const pre = preQualifier(text, start) ?? (text[start - 1] === ' ' ? preQualifier(text, start - 1) : null)
  if (pre) { qualifier = pre.qualifier; start = pre.start }
  // A round Chinese figure after 上 or 数 (上百场, 上千人次: about; 数十次, 数百人: at least, several of it).
  else if (num.chinese && ROUND_LEAD.has(text.charCodeAt(start)) && (text[start - 1] === '数' || (text[start - 1] === '上' && !ON_WORD.test(text[start - 2] ?? '')))) {
    qualifier = text[start - 1] === '上' ? 'approx' : 'at_least'
    start -= 1
  }

  let j = num.end
  // Text copied from web pages often has a space between number and measure word ("16.5 吨").
  if (!num.chinese && (text[j] === ' ' || text[j] === '\u00a0') && /[^\s\d]/.test(text[j + 1] ?? ' ')) j++
  // Scale (Arabic only; Chinese runs carry their own 万/亿).
  const scaled = !num.chinese && scaleAt(text, j)
  if (scaled) { value *= scaled; j++ }
  if (text[j] === '余' || text[j] === '多') { qualifier = 'approx'; j++ }
  // 余/多 may also stand before the scale: "1700多万元", "3.5余亿元", "两千余万元".
  const late = !scaled && (!num.chinese || j > num.end) && scaleAt(text, j)
  if (late) { value *= late; j++ }

  let low: number | null = null
  let high: number | null = null
  // Range: 0-1次, 8至10场, 8场至10场.
  const unitBeforeRange = unitAt(text, j)
  const unitFrom = j
  const sepAt = unitBeforeRange && unitBeforeRange !== '%' ? j + unitBeforeRange.length : j
  if (IS_RANGE_SEPARATOR[text.charCodeAt(sepAt)] === 1 && !FROM_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
    const second = readNumeral(text, sepAt + 1)
    if (second && second.chinese === num.chinese && second.value >= value) {
      low = value
      high = second.value
      j = second.end
      qualifier = 'range'
    }
  }

  if (percentPrefix) {
    unit = '%'
  } else if (num.chinese && text[j] === '成' && !CHENG_COMPOUND.test(text[j + 1] ?? '') && value <= 10) {
    value *= 10
    unit = '%'
    j++
  } else {
    const u = j === unitFrom ? unitBeforeRange : unitAt(text, j) // (no range read: the same measure word)
    if (u) {
      unit = measureOfNoun(text, start, u, j + u.length)
      j += u.length
    } else if (num.chinese) {
      return null // a Chinese numeral with no measure word is a word (一是, 统一, 二十大), not a number
    }
  }
  if (unit === '' && high === null && num.chinese) return null
  if (text.startsWith('以上', j) || text.startsWith('左右', j)) { if (qualifier === 'exact') qualifier = 'approx'; j += 2 }
  else if (text.startsWith('以内', j) || text.startsWith('以下', j)) { if (qualifier === 'exact') qualifier = 'at_most'; j += 2 }

  const tok: NumberToken = { start, numStart: num.start, numEnd: num.end, end: j, value, low, high, unit, qualifier, kind: 'quantity' }
  tok.kind = classify(text, tok)
  return tok
}

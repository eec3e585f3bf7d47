/** Chinese numerals → numbers: 一百二十, 两千, 十二, 三万四千, 二〇二三 (digit by digit). */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 }

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿'

const DIGIT = new Map(Object.entries(DIGITS).map(([c, v]) => [c.charCodeAt(0), v]))
const SMALL = new Map(Object.entries(SMALL_UNITS).map(([c, v]) => [c.charCodeAt(0), v]))
const BIG = new Map(Object.entries(BIG_UNITS).map(([c, v]) => [c.charCodeAt(0), v]))
const LIANG = '两'.charCodeAt(0)
const YI = '亿'.charCodeAt(0)

/** Parses a run of Chinese numeral characters; null when it is not a well-formed number. */
export function parseChineseNumeral(s: string): number | null {
  return parseChineseRange(s, 0, s.length)
}

/** parseChineseNumeral on s[from, to), without slicing (the scanner calls it on every numeral run). */
export function parseChineseRange(s: string, from: number, to: number): number | null {
  const n = to - from
  if (n <= 0) return null
  // Digit-by-digit form (二〇二三): only digits, at least three of them.
  let allDigits = true
  let hasLiang = false
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (!DIGIT.has(c)) { allDigits = false; break }
    if (c === LIANG) hasLiang = true
  }
  if (n > 1 && allDigits) {
    if (n < 3 || hasLiang) return null
    let v = 0
    for (let i = from; i < to; i++) v = v * 10 + DIGIT.get(s.charCodeAt(i))!
    return v
  }
  let total = 0
  let section = 0
  let digit = -1
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    const d = DIGIT.get(c)
    if (d !== undefined) {
      if (digit > 0 && d !== 0) return null // 二三 is not a number
      digit = d
      continue
    }
    const small = SMALL.get(c)
    if (small !== undefined) {
      if (digit < 0 && (section !== 0 || total !== 0)) return null
      section += (digit < 0 ? 1 : digit) * small
      digit = -1
      continue
    }
    const big = BIG.get(c)
    if (big === undefined) return null
    section += digit < 0 ? 0 : digit
    if (section === 0) return null
    total = c === YI ? (total + section) * big : total + section * big
    section = 0
    digit = -1
  }
  return total + section + (digit < 0 ? 0 : digit)
}

/** Parses an Arabic number with optional thousands separators (a comma or a space): "77,339", "1 234", "478.7761". */
export function parseArabic(s: string): number {
  return Number(/[,\s]/.test(s) ? s.replace(/[,\s]/g, '') : s)
}

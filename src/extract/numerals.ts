/** Chinese numerals → numbers: 一百二十, 两千, 十二, 三万四千, 二〇二三 (digit by digit). */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 }

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿'

/** Parses a run of Chinese numeral characters; null when it is not a well-formed number. */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null
  // Digit-by-digit form (二〇二三): only digits, at least three of them.
  if (s.length > 1 && [...s].every((c) => c in DIGITS)) {
    if (s.length < 3 || s.includes('两')) return null
    return Number([...s].map((c) => DIGITS[c]).join(''))
  }
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[c] !== 0) return null // 二三 is not a number
      digit = DIGITS[c]
    } else if (c in SMALL_UNITS) {
      section += (digit ?? (section === 0 && total === 0 ? 1 : NaN)) * SMALL_UNITS[c]
      if (Number.isNaN(section)) return null
      digit = null
    } else if (c in BIG_UNITS) {
      section += digit ?? 0
      if (section === 0) return null
      total = c === '亿' ? (total + section) * BIG_UNITS[c] : total + section * BIG_UNITS[c]
      section = 0
      digit = null
    } else {
      return null
    }
  }
  return total + section + (digit ?? 0)
}

/** Parses an Arabic number with optional thousands separators: "77,339", "478.7761". */
export function parseArabic(s: string): number {
  return Number(s.replace(/,/g, ''))
}

/**
 * A report's years as the metadata readers read them, made so in one place: written in Chinese numerals (二〇二三年) as digits, and
 * spaced apart as a flattened PDF or .docx sets them (2 0 2 3 年 度, 2023 年度, 2023年 度) closed up, the spaces moved before the
 * year. The same length, so offsets hold; ./metadata.ts maps evidence back to the report's own characters.
 */

/** Digits of a year written in Chinese numerals (二〇二三, 二O二三). */
const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', o: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
/** The same by char code (looked up before every 年 of the text: a one-character string as key is made and hashed each time). */
const CN_DIGIT_CODES = new Map(Object.entries(CN_DIGITS).map(([ch, d]) => [ch.charCodeAt(0), d]))

/**
 * Years written in Chinese numerals (二〇二三年) as digits; the same length, so offsets hold. Read
 * back from each 年 (four numeral characters, then only spaces before it): a regex for the form
 * tries every position of the text.
 */
function digitYears(text: string): string {
  let out = ''
  let last = 0
  for (let y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
    if (y > 0 && text.charCodeAt(y - 1) >= 48 && text.charCodeAt(y - 1) <= 57) continue // 2023年: digits already
    let end = y
    while (end > 0 && /\s/.test(text[end - 1])) end--
    if (end < 4) continue
    let d = ''
    for (let i = end - 4; i < end && d.length === i - end + 4; i++) d += CN_DIGIT_CODES.get(text.charCodeAt(i)) ?? ''
    if (d.length < 4 || !/^(?:19|20)\d{2}$/.test(d)) continue
    out += text.slice(last, end - 4) + d
    last = end
  }
  return last === 0 ? text : out + text.slice(last)
}

/** A space inside a line, as a year's spacing is (never a line break: a year is not read across lines). */
export const MOVED_SPACE = /[ \t\u3000]/
/**
 * A year's four digits with spaces among them or before its 年, between 年 and 度 or before the comma after them (2 0 2 3 年 度 ，,
 * 2023 年度, 2023年 度), or four digits each spaced from the next with no 年 (（2 0 2 3）); not digits of a longer number (12 2023年
 * keeps its 12).
 */
const SPACED_YEAR = /(?<![\d.])[12][ \t\u3000]*[09][ \t\u3000]*\d[ \t\u3000]*\d(?![ \t\u3000]*\d)(?:[ \t\u3000]*年(?:[ \t\u3000]*度)?(?:[ \t\u3000]+(?=[,，]))?)?/g
const SPACES = /[ \t\u3000]+/g
const EACH_SPACED = /^\d[ \t\u3000]+\d[ \t\u3000]+\d[ \t\u3000]+\d/

/** The year closed up, its spaces before it; a match that is no year's (20 15 with no 年) as it is. */
const closed = (m: string) => {
  if (!MOVED_SPACE.test(m) || (!m.includes('年') && !EACH_SPACED.test(m))) return m
  const bare = m.replace(SPACES, '')
  return ' '.repeat(m.length - bare.length) + bare
}

/** The text with its years as the metadata readers read them: digits, closed up (the same length). */
export function yearsAsRead(text: string): string {
  return digitYears(text).replace(SPACED_YEAR, closed)
}

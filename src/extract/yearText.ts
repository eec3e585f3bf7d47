/**
 * A report's years as the metadata readers read them, made so in one place: written in Chinese numerals (二〇二三年) as digits, and
 * spaced apart as a flattened PDF or .docx sets them (2 0 2 3 年 度, 2023 年度, 2023年 度) closed up, the spaces moved before the
 * year. The same length, so offsets hold; ./metadata.ts maps evidence back to the report's own characters.
 */

/** Digits of a year written in Chinese numerals (二〇二三, 二O二三). */
const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', o: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
/** The same by char code (looked up before every 年 of the text: a one-character string as key is made and hashed each time). */
const CN_DIGIT_CODES = new Map(Object.entries(CN_DIGITS).map(([ch, d]) => [ch.charCodeAt(0), d]))

/** A space inside a line, as a year's spacing is (never a line break: a year is not read across lines). */
export const MOVED_SPACE = /[ \t\u3000]/
const isGap = (c: number) => c === 32 || c === 9 || c === 0x3000
const isDigit = (c: number) => c >= 48 && c <= 57

/**
 * The year before each 年 (read back from it: a regex for the form tried every position of the text): four digits or numerals
 * (二〇二三), spaces among them or before 年 (2 0 2 3 年, 2023 年), and after it 度 and the comma after them, spaced too (年 度 ，):
 * written as digits, closed up, the spaces before the year. The same length.
 */
function yearsBeforeNian(text: string): string {
  let out = ''
  let last = 0
  for (let y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
    let start = y
    let digits = ''
    let numerals = false
    let k = y
    while (k > last && digits.length < 4) {
      const c = text.charCodeAt(k - 1)
      if (isGap(c)) { k--; continue }
      const d = isDigit(c) ? text[k - 1] : CN_DIGIT_CODES.get(c)
      if (d === undefined) break
      numerals ||= !isDigit(c)
      digits = d + digits
      start = --k
    }
    // (not the end of a longer number, 12023年)
    if (digits.length < 4 || !/^(?:19|20)\d{2}$/.test(digits) || (!numerals && start > 0 && isDigit(text.charCodeAt(start - 1)))) continue
    // (after 年: 度, and a comma, each after spaces)
    let end = y + 1
    let tail = '年'
    let at = end
    while (at < text.length && isGap(text.charCodeAt(at))) at++
    if (text[at] === '度') { tail += '度'; end = at + 1; at = end; while (at < text.length && isGap(text.charCodeAt(at))) at++ }
    if ((text[at] === ',' || text[at] === '，') && at > end) end = at
    const group = text.slice(start, end)
    const closed = digits + tail
    if (!numerals && group.length === closed.length) continue
    out += text.slice(last, start) + ' '.repeat(group.length - closed.length) + closed
    last = end
  }
  return last === 0 ? text : out + text.slice(last)
}

/** Four digits of a year each spaced from the next with no 年 after them (（2 0 2 2）), in the head of the report, where titles stand. */
const SPACED_DIGITS = /(?<![\d.])[12][ \t\u3000]+[09][ \t\u3000]+\d[ \t\u3000]+\d(?![ \t\u3000]*\d)/g
const HEAD = 3000
const closedUp = (m: string) => {
  const bare = m.replace(/[ \t\u3000]+/g, '')
  return ' '.repeat(m.length - bare.length) + bare
}

/** The text with its years as the metadata readers read them: digits, closed up (the same length). */
export function yearsAsRead(text: string): string {
  const years = yearsBeforeNian(text)
  const head = years.slice(0, HEAD)
  const spaced = head.replace(SPACED_DIGITS, closedUp)
  return spaced === head ? years : spaced + years.slice(HEAD)
}

/**
 * The years a text names as a clause's time ("2022年，本局查处…"), read once per report, and the last one named before a
 * figure: what ./confidence.ts reads `year_other` from.
 */
import { isSpace } from './structure'
import { firstAtLeast } from './sorted'

/**
 * A year opening a clause as its time (2022年，…; ；2022年全年…), not one opening a span or a date range (2022年以来, 2021—2023年),
 * nor one inside a clause (较2022年…, 报告了2024年度…情况, a document's title): four digits and 年 after the text's start or a clause
 * mark (。！？；;，,：: or a line break), spaces and 在 or 于 between, as /(?:^|[。！？；;，,：:\n])\s*(?:在|于)?(\d{4})年/ finds them.
 */
const NOT_OWN_YEAR = /以来|至今|[至到—–\-－~]|\d/y
const YEAR_OPENER = new Set([...'。！？；;，,：:\n'].map((c) => c.charCodeAt(0)))
const isDigit = (c: number) => c >= 48 && c <= 57
/** The years a text names as a clause's time, in order: where each one's digits start, and the year. */
export interface YearsNamed { at: number[]; year: number[] }
/**
 * Every year `text` names as a clause's time: read once per report, not once per observation (a paragraph may be the whole text).
 * From each 年 back (a regex led by its opener was tried at every character of the text).
 */
export function yearsNamed(text: string): YearsNamed {
  const out: YearsNamed = { at: [], year: [] }
  for (let p = text.indexOf('年', 4); p >= 0; p = text.indexOf('年', p + 1)) {
    if (!isDigit(text.charCodeAt(p - 1)) || !isDigit(text.charCodeAt(p - 2)) || !isDigit(text.charCodeAt(p - 3)) || !isDigit(text.charCodeAt(p - 4))) continue
    NOT_OWN_YEAR.lastIndex = p + 1
    if (NOT_OWN_YEAR.test(text)) continue
    let k = p - 5
    if (k >= 0 && (text[k] === '在' || text[k] === '于')) k--
    while (k >= 0 && text.charCodeAt(k) !== 10 && isSpace(text.charCodeAt(k))) k--
    if (k >= 0 && !YEAR_OPENER.has(text.charCodeAt(k))) continue
    out.at.push(p - 4)
    out.year.push(Number(text.slice(p - 4, p)))
  }
  return out
}
/** The last year named as a clause's time whose digits stand in [from, to) with its 年 before `to`, or null. */
export function lastYearNamed({ at, year }: YearsNamed, from: number, to: number): number | null {
  // (the years whose digits and 年, five characters, end by `to`: those that start before to - 4)
  const k = firstAtLeast(at, to - 4)
  return k > 0 && at[k - 1] >= from ? year[k - 1] : null
}

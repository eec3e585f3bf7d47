/**
 * The characters scope.ts's clause scans need before they run their regexes (年 for an earlier year, 月季半 (or 夜日期假后前) for a month,
 * 期其 for a campaign's 期间, 《（( for names, 某 for a case named without its party…): whether a sentence holds any of them, read for all of them in one pass.
 */
import type { Span } from './structure'

/** The characters asked about, a bit each (32 at most: MARK_BIT holds 32 bits). */
const MARKS = '年期来按如《（(月季半其夜日假后前某'
const MARK_BIT = new Uint32Array(0x10000)
for (let k = 0; k < MARKS.length; k++) MARK_BIT[MARKS.charCodeAt(k)] = 1 << k
/** The marks in the span last read: the scans of one sentence (its scope, its months, its campaign) ask in turn. */
let marked = { text: '', start: -1, end: -1, bits: 0 }

/**
 * Whether any of `chars` (of MARKS) occurs in the span: a sentence without them cannot hold the form. One pass per sentence
 * reads all of MARKS at once, where a scan per question read every sentence five times (3% of all extraction).
 */
export function occursIn(text: string, span: Span, chars: string): boolean {
  let want = 0
  for (let k = 0; k < chars.length; k++) {
    const bit = MARK_BIT[chars.charCodeAt(k)]
    if (!bit) throw new Error(`occursIn: ${chars[k]} is not in MARKS`)
    want |= bit
  }
  if (marked.start !== span.start || marked.end !== span.end || marked.text !== text) {
    let bits = 0
    for (let i = span.start; i < span.end; i++) bits |= MARK_BIT[text.charCodeAt(i)]
    marked = { text, start: span.start, end: span.end, bits }
  }
  return (marked.bits & want) !== 0
}

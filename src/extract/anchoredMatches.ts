/**
 * The matches of a regex through a text, left to right, as `text.matchAll` of its global form gives them, tried only at the starts
 * a match can have: within a known distance of an anchor, a rare part every match holds. A whole-text regex that opens with a run
 * of CJK characters ([\u4e00-\u9fff]{4,9}系统) is otherwise tried, and backtracks, at nearly every position of a report.
 * `sticky`: the regex with the flag y for g. `anchors`: a global regex that finds every anchor (no two overlapping). `startsOf`: the
 * first and last start a match can have near an anchor.
 */
export function anchoredMatches(text: string, sticky: RegExp, anchors: RegExp, startsOf: (anchor: RegExpExecArray) => [number, number]): RegExpExecArray[] {
  const starts: number[] = []
  anchors.lastIndex = 0
  for (let a = anchors.exec(text); a; a = anchors.exec(text)) {
    const [first, last] = startsOf(a)
    for (let p = Math.max(0, first); p <= last; p++) starts.push(p)
  }
  starts.sort((a, b) => a - b)
  const out: RegExpExecArray[] = []
  let from = 0 // (past the last match, or past the last start tried)
  for (const p of starts) {
    if (p < from) continue
    sticky.lastIndex = p
    const m = sticky.exec(text)
    from = m ? p + m[0].length : p + 1
    if (m) out.push(m)
  }
  return out
}

/**
 * Hard wraps of plain text copied out of a PDF: every line of a paragraph broken at the same width
 * (about 35 characters), sentences and words cut in two ("办理行政复\n议案件21件"). The extractor splits
 * sentences at line breaks, so a wrapped report loses every figure whose term is cut. A line of the
 * text's wrap width that does not end a sentence is joined to the next one, as pdf-text.ts joins a
 * PDF's soft wraps by their geometry. First the page chrome goes, in any plain text: page number
 * lines ("— 3 —", "-3-", "第3页") and the running header next to them, which would cut a sentence in two
 * or stand between a heading and its paragraph. Text with neither is returned unchanged.
 */

const END_PUNCT = /[。！？；：:!?;」』”）)]$/
/** A line that starts a paragraph or a heading: indented, or numbered (一、 （一） 1. 一是). */
const STARTS_BLOCK = /^(?:[\s\u3000]|[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[章节部分])/
const PAGE_NUMBER = /^\s*(?:[—–－-]+\s*\d{1,3}\s*[—–－-]+|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/
/** Shortest width taken for a wrap (a shorter common length is a list of short lines). */
const MIN_WIDTH = 16
/** Lines a wrap width must account for, and its least share of the lines that do not end a sentence. */
const MIN_WRAPPED = 4
const MIN_SHARE = 0.3
/**
 * Lines enough when they are all the lines that do not end a sentence (a passage of a few lines copied out of a PDF): two when
 * the first line holds a clause (a passage with no title), else three (a title and a line of its length are no wrap).
 */
const MIN_ALL_WRAPPED = 3
const MIN_ALL_WRAPPED_UNTITLED = 2
/** How much shorter than the width a wrapped line may be (half-width digits and letters take less room). */
const SLACK = 4

/** Punctuation inside a clause or between clauses, which a title does not hold. */
const CLAUSE_MARK = /[，。；,;]/

/** A running header or footer: a short line with no sentence in it. */
const RUNNING = /^[^。，,；;：:]{2,40}$/

/**
 * Page chrome: page number lines, and a running header or footer (a short line next to a page number that the text repeats
 * word for word), which would otherwise stand between a heading and its paragraph or cut a sentence.
 */
function pageChrome(lines: string[]): Set<number> {
  const out = new Set<number>()
  // (how often each line occurs, counted only once a page number is found: most texts have none)
  let seen: Map<string, number> | null = null
  lines.forEach((l, i) => {
    if (!PAGE_NUMBER.test(l)) return
    out.add(i)
    if (!seen) {
      seen = new Map()
      for (const t of lines.map((x) => x.trim())) seen.set(t, (seen.get(t) ?? 0) + 1)
    }
    for (const j of [i - 1, i + 1]) if (j >= 0 && j < lines.length && RUNNING.test(lines[j].trim()) && seen.get(lines[j].trim())! >= 2) out.add(j)
  })
  return out
}

/** The common length of the lines that do not end a sentence, or 0 when there is none. */
function wrapWidth(lines: string[], minAll: number): number {
  const counts = new Map<number, number>()
  let open = 0
  for (const l of lines) {
    const t = l.trimEnd()
    if (t.length < MIN_WIDTH || END_PUNCT.test(t)) continue
    const n = t.length
    open++
    counts.set(n, (counts.get(n) ?? 0) + 1)
  }
  let width = 0
  let best = 0
  for (const [n, c] of counts) if (c > best || (c === best && n > width)) { width = n; best = c }
  // A passage of a few lines: every line that does not end a sentence at one width (a list of short lines has a title
  // or a heading of another length among them).
  return (best >= MIN_WRAPPED && best >= open * MIN_SHARE) || (best >= minAll && best === open) ? width : 0
}

/** Joins the hard-wrapped lines of `text` (see the file comment); lines keep their own characters. */
export function joinHardWraps(text: string): string {
  const all = text.split('\n')
  const chrome = pageChrome(all)
  const lines = chrome.size ? all.filter((_, i) => !chrome.has(i)) : all
  // The first line with text is the title, whatever its length: a title broken over lines is read as such by the metadata.
  // A first line with a clause in it (a comma, a full stop) is no title but a passage's first wrapped line.
  const text0 = lines.findIndex((l) => l.trim() !== '')
  const first = CLAUSE_MARK.test(lines[text0] ?? '') ? text0 - 1 : text0
  const width = wrapWidth(lines.slice(first + 1), first < text0 ? MIN_ALL_WRAPPED_UNTITLED : MIN_ALL_WRAPPED)
  if (!width) return chrome.size ? lines.join('\n') : text
  const wrapped = (l: string) => {
    const t = l.trimEnd()
    return t.length >= width - SLACK && t.length <= width + SLACK && !END_PUNCT.test(t)
  }
  const out: string[] = []
  out.push(...lines.slice(0, first + 1))
  // The lines joined into the current paragraph, each trimmed at its end when the next is joined to it (pieces, not one
  // growing string: a paragraph of a hundred thousand wrapped lines is joined in linear time).
  let cur = [lines[first + 1] ?? '']
  for (let i = first + 2; i < lines.length; i++) {
    const l = lines[i]
    const last = cur[cur.length - 1] // the last line joined, whose length tells whether it was wrapped
    if (wrapped(last) && l.trim() !== '' && !STARTS_BLOCK.test(l)) {
      const head = last.replace(/[\s\r]+$/, '')
      cur[cur.length - 1] = head + (/[A-Za-z]$/.test(head) && /^[A-Za-z]/.test(l) ? ' ' : '') // a number cut by the wrap is one number
      cur.push(l)
    } else {
      out.push(cur.join(''))
      cur = [l]
    }
  }
  if (first + 1 < lines.length) out.push(cur.join(''))
  return out.join('\n')
}

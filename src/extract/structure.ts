/**
 * Text structure: paragraphs, sentences, clauses, and the sections whose figures are
 * not the year's results (next year's plan, problems and shortcomings).
 */

export interface Span { start: number; end: number }

const SENTENCE_END = /[。！？；;!?\n]/g
const CLAUSE_BREAK = /[,，:：]/

/** Sentences: split at 。！？；; and line breaks. Empty ones are dropped. */
export function sentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = []
  let start = from
  SENTENCE_END.lastIndex = from
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index })
    start = m.index + 1
  }
  if (to > start) out.push({ start, end: to })
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0)
}

/** Start of the clause containing `pos` (after the last , or : before it, not before `floor`). */
export function clauseStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (CLAUSE_BREAK.test(text[i])) return i + 1
  return floor
}

/** End of the clause containing `pos` (the next , : or the sentence end `ceil`). */
export function clauseEnd(text: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) if (CLAUSE_BREAK.test(text[i])) return i
  return ceil
}

export function paragraphOf(text: string, pos: number): Span {
  const start = text.lastIndexOf('\n', pos - 1) + 1
  const nl = text.indexOf('\n', pos)
  return { start, end: nl < 0 ? text.length : nl }
}

/** A top-level heading: 一、… / 第一部分 … / or a short line that is only a heading word. */
const TOP_HEADING = /^[ \t]*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+(?:部分|章)|[0-9]{1,2}[、．]\D)/
const NOT_RESULTS = /下一步|下步|下一年度|明年|工作思路|工作打算|工作计划|工作安排|目标举措|主要安排|存在(?:的)?问题|存在(?:的)?不足|不足(?:之处|和|与|及)|问题(?:与|和|及)不足|困难和问题|努力方向|工作展望|今后(?:的)?工作/
const SHORT_HEADING = /^[ \t]*[（(]?[一二三四五六七八九十]*[)）、]?\s*(?:下一步|下步|存在(?:的)?问题|今后)[^。]{0,20}$/

/**
 * Ranges of the text under headings about plans or problems: figures there are targets or
 * last year's context, not this year's results.
 */
export function nonResultSections(text: string, body: Span): Span[] {
  const out: Span[] = []
  let open: number | null = null
  let pos = body.start
  while (pos < body.end) {
    const nl = text.indexOf('\n', pos)
    const lineEnd = nl < 0 || nl > body.end ? body.end : nl
    const line = text.slice(pos, lineEnd)
    const isTop = TOP_HEADING.test(line) && line.length <= 60
    if (isTop || SHORT_HEADING.test(line)) {
      const plan = NOT_RESULTS.test(line)
      if (open !== null && isTop && !plan) { out.push({ start: open, end: pos }); open = null }
      if (plan && open === null) open = pos
    }
    pos = lineEnd + 1
  }
  if (open !== null) out.push({ start: open, end: body.end })
  return out
}

export function inSpans(spans: Span[], pos: number): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end)
}

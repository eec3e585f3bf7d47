/**
 * What the lines of a statistics table flattened to text hold (./tables.ts, ./columnTables.ts): its cells (split by |, tabs or runs of
 * spaces), which of them are figures, a name's bracketed unit, and the sentence a name and its figure make.
 */
import type { Span } from './structure'

/** One figure as a sentence: `sentence` stands for the original's `start`..`end` (the row's name to its figure's cell). */
export interface TableRow { start: number; end: number; sentence: string }
export interface Cell { text: string; start: number; end: number }

const MAX_CELLS = 12
export const MAX_LINE = 400
/** A figure cell: digits (thousands commas, a decimal point), a sign, a percent or a measure word after. */
const FIGURE = /^[+\-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,3})?$/
export const EMPTY = /^(?:[—\-－/／]+|无)?$/
export const UNIT_WORD = /^(?:件|次|起|宗|例|人|名|人次|期|场|场次|万元|元|亿元|%|项|个|户|户次|家|家次|处|条|份|卷|天|学时|小时|批次|台次)$/
const BRACKET_UNIT = /[（(]([^（）()]{1,4})[）)]\s*$/

/** A line's cells (|, tab or two spaces and more between them), or null when it has fewer than two. */
export function cellsOf(text: string, start: number, end: number): Cell[] | null {
  if (end - start > MAX_LINE) return null
  const line = text.slice(start, end)
  const split = line.includes('|') ? /\|/g : line.includes('\t') ? /\t+/g : / {2,}/g
  const out: Cell[] = []
  let from = 0
  const push = (to: number) => {
    const raw = line.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    out.push({ text: raw.trim(), start: start + from + lead, end: start + from + lead + raw.trim().length })
  }
  for (let m = split.exec(line); m; m = split.exec(line)) { push(m.index); from = m.index + m[0].length }
  push(line.length)
  // (a markdown row's outer bars leave an empty cell at either end)
  if (line.includes('|')) {
    if (out.length && !out[0].text) out.shift()
    if (out.length && !out[out.length - 1].text) out.pop()
  }
  return out.length >= 2 && out.length <= MAX_CELLS ? out : null
}

/** (a year, 2023年, is a column's or a row's name, no figure) */
export const isFigure = (cell: string) => FIGURE.test(cell) && !/^(?:19|20)\d{2}\s*年/.test(cell)

/** A row's name without its bracketed unit, and that unit (or the unit column's, or the caption's). */
export function nameAndUnit(label: string, unitCell: string | undefined, tableUnit: string): [string, string] {
  const b = BRACKET_UNIT.exec(label)
  if (b && UNIT_WORD.test(b[1].trim())) return [label.slice(0, b.index).trim(), b[1].trim()]
  if (unitCell && UNIT_WORD.test(unitCell)) return [label, unitCell]
  return [label, tableUnit]
}

/** The row as a sentence: its name, the figure as the cell writes it and the unit when the cell has none (执法检查4820次。). */
export function rowSentence(name: string, figure: string, unit: string, year: number | null): string {
  const plain = /\d$/.test(figure)
  return `${year ?? ''}${year ? '年' : ''}${name}${figure.replace(/,/g, '')}${plain ? unit : ''}。`
}

/** The lines of a span of text, as spans (a line break ends each). */
export function linesOf(text: string, body: Span): Span[] {
  const out: Span[] = []
  for (let pos = body.start; pos < body.end;) {
    const nl = text.indexOf('\n', pos)
    const end = nl < 0 || nl > body.end ? body.end : nl
    out.push({ start: pos, end })
    pos = end + 1
  }
  return out
}

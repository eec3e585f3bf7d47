/**
 * Statistics tables flattened to text: a header row naming the columns (指标 | 2023年 | 2022年, 项目 | 本年 | 上年 | 增减, 指标 | 单位 |
 * 2023年…) and the rows under it (执法检查（次） | 4820 | 4312), cells split by |, tabs or runs of spaces, or one cell a line; also years
 * as rows (年份 | 执法检查（次） | …, then 2023年 | 4820 | …). Each row's figure of the report year's column (the first current
 * column, 本年/今年/数量, when the header names no year) is read as a sentence of its own, its row's name, figure and unit (from the
 * row's brackets, a unit column or a 单位：… above the table): 执法检查4820次。 The previous year's, the change's, the target's and the
 * remark's columns are never read, nor a table whose header names only other years; a serial number column (序号) is no name, and
 * a 合计 row is read with the rows it totals, as prose closes a list. The tables' lines themselves are no prose.
 */
import { inSpans, type Span } from './structure'
import type { TableRow } from './tableCells'
import type { Candidate } from './candidate'
import { firstAtLeast } from './sorted'
import { EMPTY, MAX_LINE, UNIT_WORD, cellsOf, isFigure, linesOf, nameAndUnit, rowSentence, type Cell } from './tableCells'
import { columnTable } from './columnTables'

export interface Tables { rows: TableRow[]; spans: Span[] }

type Column = 'year' | 'current' | 'previous' | 'change' | 'remark' | 'unit' | 'other'

/** Longest row name (a measure's, 立案查处违法用地案件（宗）); a longer first cell is prose. */
const MAX_NAME = 30
/** How many lines above a header a 单位：… caption is looked for. */
const CAPTION_LINES = 2
const YEAR_CELL = /^((?:19|20)\d{2})\s*年?度?(.*)$/
const CURRENT = /^(?:(?:本年度?|今年|当年|本期|本年累计)(?:数|数量|数据|完成数|实际数)?|数量|数值|数据|完成(?:数|情况)?|实际完成)$/
const PREVIOUS = /上年|去年|上期|同期|前年/
const CHANGE = /同比|环比|增减|增长|增幅|变化|比上年|较上年|幅度/
const REMARK = /^(?:备注|说明)$/
const UNIT_COLUMN = /^(?:计量)?单位$/
const TARGET = /目标|计划|预计|任务/
const ACTUAL = /完成|实际/
const LABEL_HEAD = /^(?:指标|项目|类别|名称|内容|事项|指标名称|统计项目|主要指标|工作指标)(?:[（(]单位[:：]?\s*([^（）()]{1,4})[）)])?$/
const YEAR_HEAD = /^(?:年份|年度)$/
const CAPTION_UNIT = /单位[:：]\s*([\u4e00-\u9fff%]{1,3})/
const RULE_LINE = /^\s*\|?\s*:?-{2,}/
/** What splits a line into cells. */
const CELL_BREAK = /[|\t]| {2}/
/** A serial number column first (序号 | 指标名称 | 2023年…): no name, no figure. */
const SERIAL = /^(?:序号|编号|序)$/
/** A row of the rows' total (合计 | 2185 | 2000): read with the rows it closes, as prose closes a list (…，合计2185件). */
const TOTAL_ROW = /^(?:合计|总计|小计|共计)$/


function columnOf(cell: string, year: number | null): Column {
  const y = YEAR_CELL.exec(cell)
  if (y) return year !== null && Number(y[1]) === year && !CHANGE.test(y[2]) ? 'year' : 'other'
  if (CURRENT.test(cell)) return 'current'
  if (PREVIOUS.test(cell)) return 'previous'
  if (CHANGE.test(cell)) return 'change'
  if (REMARK.test(cell)) return 'remark'
  if (UNIT_COLUMN.test(cell)) return 'unit'
  return 'other'
}

/** The column read in a header's cells after the first: the report year's (its actual over its target), else the first current one. */
function valueColumn(heads: string[], year: number | null): number {
  const kinds = heads.map((h) => columnOf(h, year))
  const years = kinds.map((k, i) => (k === 'year' ? i : -1)).filter((i) => i >= 0)
  if (years.length) return years.find((i) => ACTUAL.test(heads[i])) ?? years.find((i) => !TARGET.test(heads[i])) ?? -1
  if (heads.some((h) => YEAR_CELL.test(h))) return -1
  return kinds.indexOf('current')
}





/** The tables of a report's body (normalised text) and the sentences their rows' figures of `year` make. */
export function tablesOf(text: string, body: Span, year: number | null): Tables {
  const rows: TableRow[] = []
  const spans: Span[] = []
  const lines = linesOf(text, body)
  const captionUnit = (i: number) => {
    for (let k = Math.max(0, i - CAPTION_LINES); k <= i; k++) {
      const m = CAPTION_UNIT.exec(text.slice(lines[k].start, Math.min(lines[k].end, lines[k].start + MAX_LINE)))
      if (m && UNIT_WORD.test(m[1])) return m[1]
    }
    return ''
  }
  for (let i = 0; i < lines.length; i++) {
    // (most lines are prose: no cell break, and no column name of a table of one cell a line)
    const line = text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + MAX_LINE))
    const head = CELL_BREAK.test(line) ? cellsOf(text, lines[i].start, lines[i].end) : null
    const grid = head ? gridTable(text, lines, i, head, year, captionUnit(i), rows) : i - 1
    const read = head ? (grid >= i ? grid : columnTable(text, lines, i, head, captionUnit(i), rows))
      : LABEL_HEAD.test(line.trim()) ? stackedTable(text, lines, i, year, captionUnit(i), rows) : i - 1
    if (read > i) { spans.push({ start: lines[i].start, end: lines[read].end }); i = read }
  }
  return { rows, spans }
}

/** A table whose rows are lines of cells, from its header at line `i`: the last line it takes (or `i` - 1 when none). */
function gridTable(text: string, lines: Span[], i: number, head: Cell[], year: number | null, tableUnit: string, rows: TableRow[]): number {
  const serial = SERIAL.test(head[0].text) && head.length > 2
  if (serial) head = head.slice(1)
  const heads = head.slice(1).map((c) => c.text)
  if (heads.some(isFigure)) return i - 1
  const label = LABEL_HEAD.exec(head[0].text)
  const unit = label?.[1] ?? tableUnit
  if (YEAR_HEAD.test(head[0].text)) return yearRows(text, lines, i, head, year, unit, rows)
  const col = valueColumn(heads, year) + 1
  if (col <= 0) return i - 1
  const unitCol = heads.findIndex((h) => UNIT_COLUMN.test(h)) + 1
  const named = YEAR_CELL.exec(head[col].text) ? year : null
  let last = i
  let listed: TableRow[] = [] // (the rows since the table's start or its last total, with their items)
  const items: string[] = []
  for (let k = i + 1; k < lines.length; k++) {
    if (RULE_LINE.test(text.slice(lines[k].start, lines[k].end))) { last = k; continue }
    let cells = cellsOf(text, lines[k].start, lines[k].end)
    if (cells && serial && cells.length > 2) cells = cells.slice(1)
    // (a row names its measure in a short first cell and states a figure in a cell of its own: no line of prose is taken for one)
    if (!cells || isFigure(cells[0].text) || cells[0].text.length > MAX_NAME || cells.length > head.length + 1 || !cells.slice(1).some((c) => isFigure(c.text))) break
    last = k
    const cell = cells[col]
    if (!cell || !isFigure(cell.text)) continue
    const [name, u] = nameAndUnit(cells[0].text, unitCol > 0 ? cells[unitCol]?.text : undefined, unit)
    if (TOTAL_ROW.test(name) && listed.length) {
      // (the rows it totals and the total as one sentence, its commas half-width as the normalised text the rules read writes
      // them: 简易程序案件1860件,一般程序案件325件,合计2185件。)
      rows.splice(rows.length - listed.length, listed.length, {
        start: listed[0].start, end: cell.end, sentence: rowSentence(`${items.join(',')},${name}`, cell.text, u, named),
      })
      listed = []
      items.length = 0
      continue
    }
    const row = { start: cells[0].start, end: cell.end, sentence: rowSentence(name, cell.text, u, named) }
    rows.push(row)
    listed.push(row)
    items.push(rowSentence(name, cell.text, u, null).slice(0, -1))
  }
  return last > i ? last : i - 1
}

/** Years as rows (年份 | 执法检查（次） | …): the report year's row, each column's figure under the column's name. */
function yearRows(text: string, lines: Span[], i: number, head: Cell[], year: number | null, unit: string, rows: TableRow[]): number {
  let last = i
  for (let k = i + 1; k < lines.length; k++) {
    const cells = cellsOf(text, lines[k].start, lines[k].end)
    const y = cells ? YEAR_CELL.exec(cells[0].text) : null
    if (!cells || !y) break
    last = k
    if (year === null || Number(y[1]) !== year) continue
    for (let c = 1; c < Math.min(cells.length, head.length); c++) {
      if (!isFigure(cells[c].text)) continue
      const [name, u] = nameAndUnit(head[c].text, undefined, unit)
      rows.push({ start: cells[0].start, end: cells[c].end, sentence: rowSentence(name, cells[c].text, u, year) })
    }
  }
  return last > i ? last : i - 1
}

/** Most columns after the name a table of one cell a line has. */
const MAX_STACKED = 6

/** A table of one cell a line (指标 / 2023年 / 2022年 / 执法检查（次） / 4820 / 4312 …) from its name column's header at line `i`. */
function stackedTable(text: string, lines: Span[], i: number, year: number | null, tableUnit: string, rows: TableRow[]): number {
  const lineText = (k: number) => text.slice(lines[k].start, lines[k].end).trim()
  const label = LABEL_HEAD.exec(lineText(i))
  if (!label) return i - 1
  const heads: string[] = []
  // (another year names a column too: 2022年 beside the report's 2023年)
  const isHead = (cell: string) => columnOf(cell, year) !== 'other' || YEAR_CELL.test(cell)
  for (let k = i + 1; k < lines.length && heads.length < MAX_STACKED && isHead(lineText(k)); k++) heads.push(lineText(k))
  const col = valueColumn(heads, year)
  if (col < 0) return i - 1
  const unit = label[1] ?? tableUnit
  const width = heads.length + 1
  const named = YEAR_CELL.exec(heads[col]) ? year : null
  let last = i + heads.length
  for (let k = last + 1; k + heads.length < lines.length; k += width) {
    const name = lineText(k)
    const cells = heads.map((_, c) => lineText(k + 1 + c))
    if (!name || isFigure(name) || cells.some((c, j) => !isFigure(c) && !EMPTY.test(c) && columnOf(heads[j], year) !== 'remark')) break
    last = k + heads.length
    if (!isFigure(cells[col])) continue
    const [n, u] = nameAndUnit(name, undefined, unit)
    const cell = lines[k + 1 + col]
    const at = text.indexOf(cells[col], cell.start)
    rows.push({ start: lines[k].start, end: at + cells[col].length, sentence: rowSentence(n, cells[col], u, named) })
  }
  return last > i + heads.length ? last : i - 1
}

/**
 * The text the rules read: the normalised report with its tables' lines blanked (their cells are no prose), and after it the
 * sentences its tables' rows make (./tables.ts); `original` maps a candidate read in those sentences back to its row in the report.
 */
export function withTables(text: string, body: Span, skip: Span[], year: number | null) {
  const tables = tablesOf(text, body, year)
  const whole = { text, body, skip, original: (c: Candidate): Span => c }
  if (!tables.spans.length) return whole
  const rows = tables.rows.filter((r) => !inSpans(skip, r.start))
  const at: number[] = []
  let len = text.length + 2
  for (const r of rows) { at.push(len); len += r.sentence.length + 1 }
  // (blanked in place, line breaks kept: every offset stays the report's, and the skipped spans stay few whatever the tables' number)
  const pieces: string[] = []
  let from = 0
  for (const t of tables.spans) { pieces.push(text.slice(from, t.start), text.slice(t.start, t.end).replace(/[^\n]/g, ' ')); from = t.end }
  pieces.push(text.slice(from), '\n\n', rows.map((r) => r.sentence).join('\n'))
  const read = pieces.join('')
  return {
    text: read,
    body: { start: body.start, end: read.length },
    skip: [...skip, { start: body.end, end: text.length + 2 }],
    original: (c: Candidate): Span => {
      if (c.start < text.length) return c
      const k = firstAtLeast(at, c.start + 1) - 1
      return { start: rows[k].start, end: rows[k].end }
    },
  }
}

/**
 * Statistics tables with their measures as columns and one row of figures under them (the 行政执法统计年报 tables: 警告 | 罚款 | … |
 * 合计（宗） | 罚没金额（万元）, then 46 | 128 | … | 247 | 15.8), mostly under a caption row that names what the columns count and its
 * unit (行政处罚实施数量（宗） | | |). The figures become prose the rules read as they read a report's list: the total column as the
 * caption's total with the columns of its unit as its parts (行政处罚实施数量合计247宗，其中警告46宗，罚款128宗…。); with no total column,
 * the columns under the caption (行政许可实施数量：申请数量3620宗，受理数量3618宗…。); a column of another unit alone (罚没金额15.8万元。).
 * ./tables.ts tries it on a line of cells it reads no other table from. (The sentences join the normalised text: its , and :.)
 */
import type { Span } from './structure'
import { EMPTY, cellsOf, isFigure, nameAndUnit, rowSentence, type Cell, type TableRow } from './tableCells'

/** A total column's name (合计（宗）, 总计). */
const TOTAL = /^(?:合计|总计|共计|小计)$/

/** The row of figures under a header of `width` columns at line `k`: every cell a figure or empty, two figures at least. */
function figuresRow(text: string, lines: Span[], k: number, width: number): Cell[] | null {
  if (k >= lines.length) return null
  const cells = cellsOf(text, lines[k].start, lines[k].end)
  if (!cells || cells.length !== width || cells.some((c) => !isFigure(c.text) && !EMPTY.test(c.text))) return null
  return cells.filter((c) => isFigure(c.text)).length >= 2 ? cells : null
}

/**
 * The table whose header (or caption) is the line of cells `head` at line `i`: the last line it takes (or `i` - 1 when it is no such
 * table), its figures' sentences pushed onto `rows`.
 */
export function columnTable(text: string, lines: Span[], i: number, head: Cell[], tableUnit: string, rows: TableRow[]): number {
  let caption: [string, string] | null = null
  let h = i
  let names = head
  // (a caption row: one cell named, the others empty, then the columns' header)
  if (head.filter((c) => c.text).length === 1 && head[0].text && i + 1 < lines.length) {
    caption = nameAndUnit(head[0].text, undefined, tableUnit)
    h = i + 1
    names = cellsOf(text, lines[h].start, lines[h].end) ?? []
  }
  if (names.length < 2 || names.some((c) => !c.text || isFigure(c.text))) return i - 1
  const figures = figuresRow(text, lines, h + 1, names.length)
  if (!figures) return i - 1
  const unit = caption?.[1] ?? tableUnit
  const columns = names.map((c, j) => ({ cell: figures[j], nu: nameAndUnit(c.text, undefined, unit) }))
    .filter((c) => isFigure(c.cell.text))
  const item = (c: (typeof columns)[number]) => rowSentence(c.nu[0], c.cell.text, c.nu[1], null).slice(0, -1)
  const push = (cols: typeof columns, sentence: string) => {
    rows.push({ start: cols[0].cell.start, end: cols[cols.length - 1].cell.end, sentence })
  }
  const total = caption ? columns.find((c) => TOTAL.test(c.nu[0])) : undefined
  const ofCaption = columns.filter((c) => caption && c !== total && c.nu[1] === (total?.nu[1] ?? caption[1]))
  if (caption && total) {
    const parts = ofCaption.length ? `,其中${ofCaption.map(item).join(',')}` : ''
    push([total], `${caption[0]}${item(total)}${parts}。`)
  } else if (caption && ofCaption.length) push(ofCaption, `${caption[0]}:${ofCaption.map(item).join(',')}。`)
  for (const c of columns) if (c !== total && !ofCaption.includes(c)) push([c], `${item(c)}。`)
  return h + 1
}

/**
 * Pure assembly of pdf.js text items into lines (no pdf.js import here, so it is unit-testable).
 * A new line starts on `hasEOL` or when the baseline moves. Lines of a wide text column that run
 * to its right edge without ending a sentence are soft wraps and are joined, so that a sentence
 * broken across lines (common in Chinese PDFs) stays one line of text.
 */

export interface PdfTextItem {
  str: string
  hasEOL?: boolean
  /** [a, b, c, d, x, y] */
  transform?: number[]
  width?: number
  height?: number
}

interface PdfLine {
  text: string
  left: number
  right: number
  size: number
}

const END_PUNCT = /[。！？；：:.!?;」』”）)]$/
const MIN_COLUMN_WIDTH = 200

export function itemsToLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  let cur: PdfLine | null = null
  let lastY: number | null = null
  for (const it of items) {
    const x = it.transform?.[4] ?? 0
    const y = it.transform?.[5] ?? 0
    const size = Math.abs(it.height ?? it.transform?.[3] ?? 0) || 10
    if (cur && lastY !== null && it.str !== '' && Math.abs(y - lastY) > Math.max(1, size * 0.3)) {
      lines.push(cur)
      cur = null
    }
    if (it.str !== '') {
      if (!cur) cur = { text: '', left: x, right: x, size }
      cur.text += it.str
      cur.left = Math.min(cur.left, x)
      cur.right = Math.max(cur.right, x + (it.width ?? 0))
      cur.size = Math.max(cur.size, size)
      lastY = y
    }
    if (it.hasEOL) {
      lines.push(cur ?? { text: '', left: x, right: x, size })
      cur = null
      lastY = null
    }
  }
  if (cur) lines.push(cur)
  return lines
}

/** Text of one page: lines joined with '\n', soft wraps of a wide column joined. */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines = itemsToLines(items).map((l) => ({ ...l, text: l.text.replace(/\s+$/, '') }))
  const textLines = lines.filter((l) => l.text.trim() !== '')
  const left = Math.min(...textLines.map((l) => l.left))
  const right = Math.max(...textLines.map((l) => l.right))
  const wide = textLines.length > 1 && right - left >= MIN_COLUMN_WIDTH
  let out = ''
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    out += l.text
    if (i === lines.length - 1) break
    const next = lines[i + 1]
    const soft =
      wide && l.text.trim() !== '' && next.text.trim() !== '' &&
      l.right >= right - 1.5 * l.size && !END_PUNCT.test(l.text) &&
      next.left <= left + next.size // an indented next line starts a paragraph
    if (!soft) out += '\n'
    else if (/[A-Za-z0-9]$/.test(l.text) && /^[A-Za-z0-9]/.test(next.text.trimStart())) out += ' '
  }
  return out
}

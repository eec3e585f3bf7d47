/**
 * Text helpers for exports (pure): width estimates, line wrapping, file names.
 * A `Measure` returns the width in px of a string at a font size; the browser passes a
 * canvas-based one (exact, with the bundled web font), Node tests use `estimateWidth`.
 */

export type Measure = (text: string, fontSize: number, bold?: boolean) => number

/** CJK ideographs, kana, hangul, full-width forms and CJK punctuation take a full em. */
export const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/** Width estimate without a canvas: wide chars 1 em, others 0.6 em (0.64 bold). */
export const estimateWidth: Measure = (text, fontSize, bold = false) => {
  let w = 0
  for (const ch of text) w += WIDE.test(ch) ? fontSize : fontSize * (bold ? 0.64 : 0.6)
  return Math.ceil(w)
}

/** Characters after which a line may break (besides spaces). */
const BREAK_AFTER = /[、，,；;·/：:）)\-–]/

/**
 * Greedy wrap of `text` into lines no wider than `maxWidth`. Prefers breaking after a space or
 * punctuation; a CJK run may break between any two characters. Existing newlines are kept.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure = estimateWidth, bold = false): string[] {
  const out: string[] = []
  for (const para of text.split('\n')) {
    let line = ''
    let lastBreak = -1
    for (const ch of para) {
      const next = line + ch
      if (line && measure(next, fontSize, bold) > maxWidth) {
        if (lastBreak > 0 && lastBreak < line.length) {
          out.push(line.slice(0, lastBreak).trimEnd())
          line = (line.slice(lastBreak) + ch).trimStart()
        } else if (ch === ' ') {
          out.push(line)
          line = ''
        } else {
          out.push(line.trimEnd())
          line = ch
        }
        lastBreak = -1
        continue
      }
      line = next
      if (ch === ' ' || BREAK_AFTER.test(ch) || WIDE.test(ch)) lastBreak = line.length
    }
    out.push(line)
  }
  return out
}

/** Years as a compact label: 2023 · 2021-2023 (consecutive) · 2021_2023 (gaps). */
export function yearsLabel(years: readonly number[]): string {
  const ys = [...new Set(years.filter((y) => Number.isFinite(y)))].sort((a, b) => a - b)
  if (ys.length === 0) return ''
  if (ys.length === 1) return String(ys[0])
  const consecutive = ys.every((y, i) => i === 0 || y === ys[i - 1] + 1)
  return consecutive ? `${ys[0]}-${ys[ys.length - 1]}` : ys.join('_')
}

/** Characters that are not allowed (or are awkward) in file names on Windows, macOS and Linux. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g

/** A file name part: unsafe characters → "_", spaces → "_", no leading/trailing dots, ≤ 80 chars. */
export function safeFilePart(s: string): string {
  const cleaned = s
    .replace(UNSAFE, '_')
    .replace(/[↑↓]/g, '')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|[._]+$/g, '')
  return [...cleaned].slice(0, 80).join('') || 'chart'
}

/** `审批时限压缩比_2023.png`: what the chart is, then the years it shows. */
export function exportFileName(title: string, years: readonly number[], ext: string): string {
  const y = yearsLabel(years)
  return `${safeFilePart(title)}${y ? `_${y}` : ''}.${ext}`
}

/** Make names unique within one archive: a.png, a (2).png, a (3).png … */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return names.map((name) => {
    const key = name.toLowerCase()
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    if (n === 1) return name
    const dot = name.lastIndexOf('.')
    return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`
  })
}

/** YYYY-MM-DD in local time. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/**
 * Text fitting for axis labels (pure). ECharts cannot combine `overflow: 'truncate'` with rich
 * text, so labels that carry rich-text styles are cut here,
 * by an estimate of their width: a CJK character counts 1 unit (≈ one font size), others 0.6
 * (a little over the average Latin glyph, so that a cut label fits).
 */

/** Width of a text in units of the font size. */
export function textUnits(s: string): number {
  let n = 0
  for (const ch of s) n += /[\u2e80-\uffff]/.test(ch) ? 1 : 0.6
  return n
}

/** Rich-text markers are `{name|text}`: keep data strings from being read as markup. */
export function plainLabel(s: string): string {
  return s.replace(/[{}|]/g, (c) => ({ '{': '｛', '}': '｝', '|': '｜' })[c] ?? c)
}

/** Cut a label to at most `max` units, ending in "…" when cut. */
export function truncateLabel(s: string, max: number): string {
  if (textUnits(s) <= max) return s
  let out = ''
  for (const ch of s) {
    if (textUnits(out + ch) > max - 1) break
    out += ch
  }
  return `${out.trimEnd()}…`
}
